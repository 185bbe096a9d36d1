package contactcost

import (
	"encoding/json"
	"errors"
	"slices"
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
		{"XCG", "XCG", 2},
	}
	for _, tt := range tests {
		c, err := ParseCurrency(tt.code)
		if err != nil {
			t.Fatalf("ParseCurrency(%q) error: %v", tt.code, err)
		}
		if c.Code() != tt.want || c.MinorUnits() != tt.minor || c.String() != tt.want || c.IsZero() {
			t.Errorf("ParseCurrency(%q) = %s/%d, want %s/%d", tt.code, c.Code(), c.MinorUnits(), tt.want, tt.minor)
		}
	}
}

func TestParseCurrencyErrors(t *testing.T) {
	for _, code := range []string{"", "US", "USDD", "XXX", "XAU", "XDR", "ABC", "U$D", "ÜSD", "usd "} {
		if _, err := ParseCurrency(code); !errors.Is(err, ErrUnknownCurrency) {
			t.Errorf("ParseCurrency(%q) error = %v, want ErrUnknownCurrency", code, err)
		}
	}
}

func TestCurrencies(t *testing.T) {
	all := Currencies()
	if len(all) != len(iso4217) || len(all) < 160 {
		t.Fatalf("Currencies() has %d entries", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b Currency) int {
		if a.Code() < b.Code() {
			return -1
		}
		return 1
	}) {
		t.Error("Currencies() is not sorted by code")
	}
	counts := map[int32]int{}
	for _, c := range all {
		counts[c.MinorUnits()]++
		if back, err := ParseCurrency(c.Code()); err != nil || back != c {
			t.Errorf("ParseCurrency(%s) = %v, %v", c.Code(), back, err)
		}
	}
	// Every minor unit in the table is 0, 2, 3 or 4.
	for minor := range counts {
		if minor != 0 && minor != 2 && minor != 3 && minor != 4 {
			t.Errorf("unexpected minor unit %d", minor)
		}
	}
}

func TestCurrencyText(t *testing.T) {
	type doc struct {
		C Currency `json:"c"`
	}
	b, err := json.Marshal(doc{MustCurrency("GBP")})
	if err != nil || string(b) != `{"c":"GBP"}` {
		t.Errorf("Marshal = %s, %v", b, err)
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"c":"gbp"}`), &d); err != nil || d.C != MustCurrency("GBP") {
		t.Errorf("Unmarshal = %v, %v", d, err)
	}
	if err := json.Unmarshal([]byte(`{"c":"GBX"}`), &d); !errors.Is(err, ErrUnknownCurrency) {
		t.Errorf("Unmarshal(GBX) error = %v", err)
	}
	if err := json.Unmarshal([]byte(`{"c":""}`), &d); err != nil || !d.C.IsZero() {
		t.Errorf("Unmarshal(empty) = %v, %v", d, err)
	}
	if got := MustCurrency("EUR").GoString(); got != `contactcost.MustCurrency("EUR")` {
		t.Errorf("GoString() = %s", got)
	}
	if !MustCurrency("EUR").Equal(MustCurrency("eur")) || MustCurrency("EUR").Equal(MustCurrency("USD")) {
		t.Error("Equal is wrong")
	}
}

func TestMustCurrencyPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustCurrency(ZZZ) did not panic")
		}
	}()
	MustCurrency("ZZZ")
}
