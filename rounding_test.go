package contactcost

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestRoundingModes rounds the same values to 2 places in every mode. The
// columns were worked by hand from the definitions: ties are the values with
// a 5 in the third place and nothing after it.
func TestRoundingModes(t *testing.T) {
	modes := []RoundingMode{HalfEven, HalfUp, HalfDown, Up, Down, Ceiling, Floor}
	tests := []struct {
		in   string
		want [7]string // in the order of modes
	}{
		//                     half-even half-up half-down up     down   ceiling floor
		{"2.345", [7]string{"2.34", "2.35", "2.34", "2.35", "2.34", "2.35", "2.34"}},
		{"2.355", [7]string{"2.36", "2.36", "2.35", "2.36", "2.35", "2.36", "2.35"}},
		{"-2.345", [7]string{"-2.34", "-2.35", "-2.34", "-2.35", "-2.34", "-2.34", "-2.35"}},
		{"2.341", [7]string{"2.34", "2.34", "2.34", "2.35", "2.34", "2.35", "2.34"}},
		{"2.349", [7]string{"2.35", "2.35", "2.35", "2.35", "2.34", "2.35", "2.34"}},
		{"-2.341", [7]string{"-2.34", "-2.34", "-2.34", "-2.35", "-2.34", "-2.34", "-2.35"}},
		{"-2.349", [7]string{"-2.35", "-2.35", "-2.35", "-2.35", "-2.34", "-2.34", "-2.35"}},
		{"2.3450001", [7]string{"2.35", "2.35", "2.35", "2.35", "2.34", "2.35", "2.34"}},
		{"2.34", [7]string{"2.34", "2.34", "2.34", "2.34", "2.34", "2.34", "2.34"}},
		{"0.005", [7]string{"0.00", "0.01", "0.00", "0.01", "0.00", "0.01", "0.00"}},
		{"-0.005", [7]string{"0.00", "-0.01", "0.00", "-0.01", "0.00", "0.00", "-0.01"}},
		{"7", [7]string{"7.00", "7.00", "7.00", "7.00", "7.00", "7.00", "7.00"}},
	}
	for _, tt := range tests {
		for i, m := range modes {
			got, err := m.Round(dec(tt.in), 2)
			if err != nil {
				t.Fatalf("%v.Round(%s, 2) error: %v", m, tt.in, err)
			}
			if got.StringFixed(2) != tt.want[i] {
				t.Errorf("%v.Round(%s, 2) = %s, want %s", m, tt.in, got.StringFixed(2), tt.want[i])
			}
			// The same value as a Ratio rounds the same way.
			r, _ := NewRatio(dec(tt.in), dec("1"))
			rgot, err := r.Round(m, 2)
			if err != nil || !rgot.Equal(got) {
				t.Errorf("Ratio(%s).Round(%v, 2) = %v, %v, want %v", tt.in, m, rgot, err, got)
			}
		}
	}
}

// TestRoundQuoAgrees checks the int64 rounding path against the math/big
// one on every mode and sign, including the extremes of int64.
func TestRoundQuoAgrees(t *testing.T) {
	nums := []int64{0, 1, -1, 5, -5, 7, -7, 10, -10, 15, -15, 25, -25, 1<<62 + 1, -(1 << 62), 9223372036854775807, -9223372036854775808}
	dens := []int64{1, 2, 3, 10, 7, 1 << 40, 9223372036854775807}
	for m := HalfEven; m <= Floor; m++ {
		for _, n := range nums {
			for _, d := range dens {
				want := roundQuo(bigInt(n), bigInt(d), m)
				if got := roundQuo64(n, d, m); !want.IsInt64() || got != want.Int64() {
					t.Errorf("roundQuo64(%d, %d, %v) = %d, want %s", n, d, m, got, want)
				}
			}
		}
	}
}

func TestRoundErrors(t *testing.T) {
	if _, err := HalfEven.Round(dec("1"), -1); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Round(scale -1) error = %v, want ErrOutOfRange", err)
	}
	if _, err := HalfEven.Round(dec("1"), MaxFractionDigits+1); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Round(scale 31) error = %v, want ErrOutOfRange", err)
	}
	if _, err := RoundingMode(99).Round(dec("1"), 2); !errors.Is(err, ErrInvalid) {
		t.Errorf("RoundingMode(99).Round error = %v, want ErrInvalid", err)
	}
	if _, err := HalfEven.Round(decimal.New(1, 1<<30), 2); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Round(1e1073741824) error = %v, want ErrTooLarge", err)
	}
}

func TestRoundingModeText(t *testing.T) {
	for m := HalfEven; m <= Floor; m++ {
		text, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back RoundingMode
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Errorf("round trip of %v = %v, %v", m, back, err)
		}
	}
	if _, err := ParseRoundingMode("banker"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseRoundingMode(banker) error = %v", err)
	}
	if _, err := RoundingMode(9).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("RoundingMode(9).MarshalText() error = %v", err)
	}
	if got := RoundingMode(9).String(); got != "RoundingMode(9)" {
		t.Errorf("String() = %q", got)
	}
}

func TestRoundingPolicy(t *testing.T) {
	usd, jpy, kwd := MustCurrency("USD"), MustCurrency("JPY"), MustCurrency("KWD")
	var zero Rounding
	if got := []int32{zero.Scale(usd), zero.Scale(jpy), zero.Scale(kwd)}; !cmp.Equal(got, []int32{2, 0, 3}) {
		t.Errorf("zero policy scales = %v, want [2 0 3]", got)
	}
	four := Rounding{Mode: HalfUp}.WithScale(4)
	if four.Scale(jpy) != 4 {
		t.Errorf("WithScale(4).Scale(JPY) = %d", four.Scale(jpy))
	}
	if s, ok := four.ScaleSet(); s != 4 || !ok {
		t.Errorf("ScaleSet() = %d, %v", s, ok)
	}
	if zero.Equal(four) || !four.Equal(Rounding{Mode: HalfUp}.WithScale(4)) {
		t.Error("Equal is wrong")
	}
	got, err := four.Apply(ratio("2", "3"), usd)
	if err != nil || got.String() != "0.6667" {
		t.Errorf("Apply(2/3) = %v, %v, want 0.6667", got, err)
	}
	if _, err := four.Apply(Ratio{}, usd); !errors.Is(err, ErrUndefined) {
		t.Errorf("Apply(undefined) error = %v", err)
	}
	if got, want := four.String(), "half-up, 4 places"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := zero.String(), "half-even, currency minor unit"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestRoundingJSON(t *testing.T) {
	tests := []struct {
		in   Rounding
		json string
	}{
		{Rounding{}, `{"mode":"half-even"}`},
		{Rounding{Mode: Floor}.WithScale(0), `{"mode":"floor","scale":0}`},
		{Rounding{Mode: HalfUp}.WithScale(4), `{"mode":"half-up","scale":4}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.in)
		if err != nil || string(b) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v, want %s", tt.in, b, err, tt.json)
		}
		var back Rounding
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(tt.in) {
			t.Errorf("Unmarshal(%s) = %v, %v", b, back, err)
		}
	}
	for _, bad := range []string{`{"mode":"sideways"}`, `{"mode":"up","scale":31}`, `{"mode":"up","places":2}`, `{"mode":"up"} {}`} {
		var r Rounding
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%s) = nil error", bad)
		}
	}
	if _, err := json.Marshal(Rounding{Mode: 12}); err == nil {
		t.Error("Marshal(invalid mode) = nil error")
	}
}
