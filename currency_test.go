package contactcost

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseCurrency(t *testing.T) {
	// Minor units from ISO 4217 Table A.1 (published 2024-06-25).
	tests := []struct {
		code  string
		want  string
		minor int32
	}{
		{"USD", "USD", 2},
		{"usd", "USD", 2},
		{"Eur", "EUR", 2},
		{"eUR", "EUR", 2},
		{"HUF", "HUF", 2},
		{"JPY", "JPY", 0},
		{"KRW", "KRW", 0},
		{"XOF", "XOF", 0},
		{"KWD", "KWD", 3},
		{"BHD", "BHD", 3},
		{"TND", "TND", 3},
		{"CLF", "CLF", 4},
		{"UYW", "UYW", 4},
		{"ZWG", "ZWG", 2},
		{"XCG", "XCG", 2}, // added in 2025
		// Withdrawn after the 2024 list, kept for past periods.
		{"ANG", "ANG", 2},
		{"BGN", "BGN", 2},
	}
	for _, tt := range tests {
		c, err := ParseCurrency(tt.code)
		if err != nil {
			t.Errorf("ParseCurrency(%q) error: %v", tt.code, err)
			continue
		}
		if c.String() != tt.want || c.MinorUnits() != tt.minor || c.IsZero() {
			t.Errorf("ParseCurrency(%q) = %s with %d places, want %s with %d", tt.code, c, c.MinorUnits(), tt.want, tt.minor)
		}
		if m := MustParseCurrency(tt.code); m != c || !m.Equal(c) {
			t.Errorf("MustParseCurrency(%q) = %v, want %v", tt.code, m, c)
		}
	}
}

func TestParseCurrencyErrors(t *testing.T) {
	for _, code := range []string{"", "US", "USDD", "XXX", "XAU", "XDR", "ABC", "U$D", "ÜSD", "usd ", " usd", "GBX"} {
		_, err := ParseCurrency(code)
		var fe *FieldError
		if !errors.Is(err, ErrUnknownCurrency) || !errors.As(err, &fe) {
			t.Errorf("ParseCurrency(%q) error = %v, want ErrUnknownCurrency", code, err)
			continue
		}
		if fe.Path != "currency" || fe.Detail != quote(code) {
			t.Errorf("ParseCurrency(%q) error at %q: %q, want currency: %q", code, fe.Path, fe.Detail, quote(code))
		}
	}
	// A hostile code is quoted shortened.
	_, err := ParseCurrency(strings.Repeat("X", 1<<20))
	if !errors.Is(err, ErrUnknownCurrency) || len(err.Error()) > 100 {
		t.Errorf("ParseCurrency(1 MB) error is %d bytes: %.100v", len(err.Error()), err)
	}
	// parseCurrency reports at its location.
	_, err = parseCurrency(loc{path: "costs[2]", name: "Carrier"}, "currency", "EURO")
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != "costs[2].currency" || fe.Name != "Carrier" {
		t.Errorf("parseCurrency(costs[2], EURO) error = %v, want at costs[2].currency (\"Carrier\")", err)
	}
}

func TestMustParseCurrencyPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseCurrency(ZZZ) did not panic")
		}
	}()
	MustParseCurrency("ZZZ")
}

func TestCurrencies(t *testing.T) {
	all := Currencies()
	if len(all) != len(iso4217) || len(all) < 160 {
		t.Fatalf("Currencies() has %d entries, want all %d of the table", len(all), len(iso4217))
	}
	if !slices.IsSortedFunc(all, func(a, b Currency) int { return strings.Compare(a.String(), b.String()) }) {
		t.Error("Currencies() is not sorted by code")
	}
	for i := 1; i < len(all); i++ {
		if all[i] == all[i-1] {
			t.Errorf("Currencies() lists %s twice", all[i])
		}
	}
	for _, c := range all {
		if c.MinorUnits() != 0 && c.MinorUnits() != 2 && c.MinorUnits() != 3 && c.MinorUnits() != 4 {
			t.Errorf("%s has minor unit %d, want 0, 2, 3 or 4", c, c.MinorUnits())
		}
		if back, err := ParseCurrency(c.String()); err != nil || back != c {
			t.Errorf("ParseCurrency(%s) = %v, %v, want %v", c, back, err, c)
		}
	}
	if all[0].String() != "AED" || all[len(all)-1].String() != "ZWG" {
		t.Errorf("Currencies() runs from %s to %s, want AED to ZWG", all[0], all[len(all)-1])
	}
	// Each call returns a new slice.
	all[0] = Currency{}
	if again := Currencies(); again[0].String() != "AED" {
		t.Errorf("changing the result of Currencies() changed the next one: %v", again[0])
	}
}

func TestCurrencyZero(t *testing.T) {
	var z Currency
	if !z.IsZero() || z.String() != "" || z.MinorUnits() != 0 || z.Equal(MustParseCurrency("JPY")) {
		t.Errorf("Currency{}: IsZero %v, String %q, MinorUnits %d", z.IsZero(), z.String(), z.MinorUnits())
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Currency{}.MarshalText() = %q, %v, want empty", b, err)
	}
}

func TestCurrencyText(t *testing.T) {
	type currencyDoc struct {
		C Currency `json:"c"`
	}
	gbp := MustParseCurrency("GBP")
	b, err := json.Marshal(currencyDoc{gbp})
	if err != nil || string(b) != `{"c":"GBP"}` {
		t.Errorf("json.Marshal(GBP) = %s, %v, want {\"c\":\"GBP\"}", b, err)
	}
	var d currencyDoc
	if err := json.Unmarshal([]byte(`{"c":"gbp"}`), &d); err != nil || d.C != gbp {
		t.Errorf("json.Unmarshal(gbp) = %v, %v, want GBP", d, err)
	}
	if err := json.Unmarshal([]byte(`{"c":"GBX"}`), &d); !errors.Is(err, ErrUnknownCurrency) {
		t.Errorf("json.Unmarshal(GBX) error = %v, want ErrUnknownCurrency", err)
	}
	if err := json.Unmarshal([]byte(`{"c":""}`), &d); err != nil || !d.C.IsZero() {
		t.Errorf("json.Unmarshal(empty) = %v, %v, want the zero Currency", d, err)
	}
	c := gbp
	if err := c.UnmarshalText([]byte("kwd")); err != nil || c != MustParseCurrency("KWD") || c.MinorUnits() != 3 {
		t.Errorf("UnmarshalText(kwd) = %v, %v, want KWD", c, err)
	}
	if !MustParseCurrency("EUR").Equal(MustParseCurrency("eur")) || MustParseCurrency("EUR").Equal(MustParseCurrency("USD")) {
		t.Error("Currency.Equal is wrong")
	}
}
