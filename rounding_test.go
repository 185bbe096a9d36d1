package contactcost

import (
	"errors"
	"testing"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// roundingModes lists the modes in the order of the columns of
// TestRoundingModes.
var roundingModes = [7]Round{RoundHalfEven, RoundHalfUp, RoundHalfDown, RoundUp, RoundDown, RoundCeiling, RoundFloor}

// TestRoundingModes rounds the same values to 2 places in every mode. The
// columns were worked by hand from the definitions: ties are the values with
// a 5 in the third place and nothing after it. The agreement of the int64
// and math/big rounding kernels is tested in internal/exact; here every
// value goes through each way the package rounds: Ratio.Round of a ratio
// held as a decimal and of one held as a fraction, and the policy's book
// (money to the minor unit of USD) and perUnit (to a scale of 2).
func TestRoundingModes(t *testing.T) {
	tests := []struct {
		in   string
		want [7]string // in the order of roundingModes
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
		{"0", [7]string{"0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"}},
	}
	usd := MustParseCurrency("USD")
	for _, tt := range tests {
		n, err := parseNum(loc{}, "in", tt.in)
		if err != nil {
			t.Fatalf("parseNum(%s) error: %v", tt.in, err)
		}
		asNumber := ratioOfNumber(n)
		asFraction, err := NewRatio(dec(tt.in), dec("1"))
		if err != nil {
			t.Fatalf("NewRatio(%s, 1) error: %v", tt.in, err)
		}
		for i, m := range roundingModes {
			want := tt.want[i]
			for _, x := range []Ratio{asNumber, asFraction} {
				got, err := x.Round(m, 2)
				if err != nil || got.StringFixed(2) != want {
					t.Errorf("Ratio(%s).Round(%v, 2) = %s, %v, want %s", tt.in, m, got.StringFixed(2), err, want)
				}
				p := policyOf(Rounding{Mode: m}, usd)
				if got := p.bookDecimal(x); got.StringFixed(2) != want {
					t.Errorf("policy{%v, USD}.bookDecimal(%s) = %s, want %s", m, tt.in, got.StringFixed(2), want)
				}
				if got := p.money(p.book(x)); got.StringFixed(2) != want {
					t.Errorf("policy{%v, USD}.money(book(%s)) = %s, want %s", m, tt.in, got.StringFixed(2), want)
				}
				if got := p.perUnit(x); got.StringFixed(2) != want {
					t.Errorf("policy{%v, USD}.perUnit(%s) = %s, want %s", m, tt.in, got.StringFixed(2), want)
				}
			}
		}
	}
}

func TestRoundErrors(t *testing.T) {
	third := ratio("1", "3")
	tests := []struct {
		name  string
		x     Ratio
		mode  Round
		scale int32
		want  error
		path  string
	}{
		{"negative scale", third, RoundHalfEven, -1, ErrOutOfRange, "scale"},
		{"scale too large", third, RoundHalfEven, MaxFractionDigits + 1, ErrOutOfRange, "scale"},
		{"unknown mode", third, Round(99), 2, ErrInvalid, "mode"},
		{"undefined", Ratio{}, RoundHalfEven, 2, ErrUndefined, "ratio"},
	}
	for _, tt := range tests {
		_, err := tt.x.Round(tt.mode, tt.scale)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: Ratio(%v).Round(%v, %d) error = %v, want %v at %q", tt.name, tt.x, tt.mode, tt.scale, err, tt.want, tt.path)
		}
	}
	// The widest scale is accepted: 1/3 to 30 places.
	got, err := third.Round(RoundDown, MaxFractionDigits)
	if want := "0." + "333333333333333333333333333333"; err != nil || got.String() != want {
		t.Errorf("Ratio(1/3).Round(down, 30) = %s, %v, want %s", got, err, want)
	}
	// A hostile number never reaches rounding.
	if _, err := NewRatio(decimal.New(1, 1<<30), dec("1")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("NewRatio(1e1073741824, 1) error = %v, want ErrTooLarge", err)
	}
}

func TestRoundText(t *testing.T) {
	names := [7]string{"half-even", "half-up", "half-down", "up", "down", "ceiling", "floor"}
	for i, m := range roundingModes {
		if m.String() != names[i] {
			t.Errorf("Round(%d).String() = %q, want %q", m, m.String(), names[i])
		}
		text, err := m.MarshalText()
		if err != nil || string(text) != names[i] {
			t.Errorf("%v.MarshalText() = %q, %v, want %q", m, text, err, names[i])
		}
		var back Round
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", text, back, err, m)
		}
	}
	var zero Round
	if zero != RoundHalfEven {
		t.Errorf("the zero Round is %v, want half-even", zero)
	}
	var m Round
	if err := m.UnmarshalText([]byte("banker")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(banker) error = %v, want ErrInvalid", err)
	}
	// The zero Round has a name, so empty text is no mode.
	if err := m.UnmarshalText(nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(empty) error = %v, want ErrInvalid", err)
	}
	if _, err := Round(9).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Round(9).MarshalText() error = %v, want ErrInvalid", err)
	}
	if got := Round(9).String(); got != "Round(9)" {
		t.Errorf("Round(9).String() = %q, want \"Round(9)\"", got)
	}
}

func TestRoundingPolicy(t *testing.T) {
	usd, jpy, kwd := MustParseCurrency("USD"), MustParseCurrency("JPY"), MustParseCurrency("KWD")
	var zero Rounding
	if got := []int32{zero.Scale(usd), zero.Scale(jpy), zero.Scale(kwd)}; !cmp.Equal(got, []int32{2, 0, 3}) {
		t.Errorf("Rounding{}.Scale(USD, JPY, KWD) = %v, want [2 0 3]", got)
	}
	four := Rounding{Mode: RoundHalfUp}.WithScale(4)
	if four.Scale(jpy) != 4 || four.Scale(usd) != 4 {
		t.Errorf("WithScale(4).Scale(JPY, USD) = %d, %d, want 4, 4", four.Scale(jpy), four.Scale(usd))
	}
	if four.Mode != RoundHalfUp {
		t.Errorf("WithScale(4).Mode = %v, want half-up", four.Mode)
	}
	// WithScale returns a copy.
	base := Rounding{Mode: RoundFloor}
	_ = base.WithScale(6)
	if !base.Equal(Rounding{Mode: RoundFloor}) || base.Scale(usd) != 2 {
		t.Errorf("WithScale changed its receiver: %v", base)
	}
	// A scale set equal to the currency's is still a different policy: it
	// does not follow another currency.
	two := Rounding{}.WithScale(2)
	if zero.Equal(two) || two.Scale(jpy) != 2 {
		t.Errorf("Rounding{}.WithScale(2): Equal(Rounding{}) %v, Scale(JPY) %d; want false, 2", zero.Equal(two), two.Scale(jpy))
	}
	if zero.Equal(four) || !four.Equal(Rounding{Mode: RoundHalfUp}.WithScale(4)) || !zero.Equal(Rounding{}) {
		t.Error("Rounding.Equal is wrong")
	}
	if got := (Rounding{Mode: RoundHalfUp}).WithScale(0).Scale(kwd); got != 0 {
		t.Errorf("WithScale(0).Scale(KWD) = %d, want 0", got)
	}
	texts := []struct {
		r    Rounding
		want string
	}{
		{zero, "half-even, currency minor unit"},
		{four, "half-up, 4 places"},
		{Rounding{Mode: RoundCeiling}.WithScale(0), "ceiling, 0 places"},
		{Rounding{Mode: RoundDown}, "down, currency minor unit"},
	}
	for _, s := range texts {
		if got := s.r.String(); got != s.want {
			t.Errorf("Rounding.String() = %q, want %q", got, s.want)
		}
	}
}

func TestRoundingCheck(t *testing.T) {
	l := loc{path: "rounding"}
	ok := []Rounding{{}, {Mode: RoundFloor}, Rounding{}.WithScale(0), Rounding{Mode: RoundUp}.WithScale(MaxFractionDigits)}
	for _, r := range ok {
		if err := r.check(l); err != nil {
			t.Errorf("%v.check() = %v, want nil", r, err)
		}
	}
	tests := []struct {
		r     Rounding
		want  []error
		paths []string
	}{
		{Rounding{Mode: 7}, []error{ErrInvalid}, []string{"rounding.mode"}},
		{Rounding{}.WithScale(-1), []error{ErrOutOfRange}, []string{"rounding.scale"}},
		{Rounding{}.WithScale(MaxFractionDigits + 1), []error{ErrOutOfRange}, []string{"rounding.scale"}},
		// Both problems are reported.
		{Rounding{Mode: 9}.WithScale(40), []error{ErrInvalid, ErrOutOfRange}, []string{"rounding.mode", "rounding.scale"}},
	}
	for _, tt := range tests {
		errs := errorList(tt.r.check(l))
		if len(errs) != len(tt.want) {
			t.Errorf("%v.check() = %v, want %d errors", tt.r, errs, len(tt.want))
			continue
		}
		for i, err := range errs {
			var fe *FieldError
			if !errors.Is(err, tt.want[i]) || !errors.As(err, &fe) || fe.Path != tt.paths[i] {
				t.Errorf("%v.check() error %d = %v, want %v at %q", tt.r, i, err, tt.want[i], tt.paths[i])
			}
		}
	}
}

// TestPolicyMoney pins how the policy books money to each currency's minor
// unit and writes per-unit figures at its scale.
func TestPolicyMoney(t *testing.T) {
	usd, jpy, kwd := MustParseCurrency("USD"), MustParseCurrency("JPY"), MustParseCurrency("KWD")
	tests := []struct {
		name string
		p    policy
		x    Ratio
		book string // bookDecimal
		unit string // perUnit
	}{
		// JPY has no minor unit: 2.5 is a tie, even 2 or up 3.
		{"yen half-even", policyOf(Rounding{}, jpy), ratio("2.5", "1"), "2", "2"},
		{"yen half-up", policyOf(Rounding{Mode: RoundHalfUp}, jpy), ratio("2.5", "1"), "3", "3"},
		// KWD has 3 places: 1.0005 is a tie at the fourth.
		{"dinar half-even", policyOf(Rounding{}, kwd), ratio("1.0005", "1"), "1.000", "1.000"},
		{"dinar half-up", policyOf(Rounding{Mode: RoundHalfUp}, kwd), ratio("1.0005", "1"), "1.001", "1.001"},
		// 2/3 at 4 places per unit (the old Rounding.Apply), money in cents.
		{"per unit at 4 places", policyOf(Rounding{Mode: RoundHalfUp}.WithScale(4), usd), ratio("2", "3"), "0.67", "0.6667"},
		{"per unit up", policyOf(Rounding{Mode: RoundUp}.WithScale(4), usd), ratio("1", "3"), "0.34", "0.3334"},
		{"per unit floor", policyOf(Rounding{Mode: RoundFloor}, usd), ratio("-1", "3"), "-0.34", "-0.34"},
		// A per-unit scale wider than the minor unit: 1000/3 at 6 places.
		{"six places", policyOf(Rounding{}.WithScale(6), jpy), ratio("1000", "3"), "333", "333.333333"},
		// Mode up: 0.001 is booked as a cent, not as nothing (the defect of
		// the old Returns.OneTime, which always rounded half-even).
		{"up books a mill as a cent", policyOf(Rounding{Mode: RoundUp}, usd), ratio("0.001", "1"), "0.01", "0.01"},
	}
	for _, tt := range tests {
		if got := tt.p.bookDecimal(tt.x); !got.Equal(dec(tt.book)) {
			t.Errorf("%s: bookDecimal(%v) = %s, want %s", tt.name, tt.x, got, tt.book)
		}
		if got := tt.p.perUnit(tt.x); !got.Equal(dec(tt.unit)) {
			t.Errorf("%s: perUnit(%v) = %s, want %s", tt.name, tt.x, got, tt.unit)
		}
	}
	// An undefined per-unit figure is zero.
	if got := policyOf(Rounding{}, usd).perUnit(Ratio{}); !got.IsZero() {
		t.Errorf("perUnit(undefined) = %s, want 0", got)
	}
	// money writes minor units in the currency's places, and unitsRat is
	// the same amount exactly.
	moneyTests := []struct {
		c     Currency
		units int64
		want  string
	}{
		{usd, 12345, "123.45"},
		{jpy, 12345, "12345"},
		{kwd, 12345, "12.345"},
		{usd, -5, "-0.05"},
		{usd, 0, "0"},
	}
	for _, tt := range moneyTests {
		p := policyOf(Rounding{}, tt.c)
		units := exact.IntOf(tt.units)
		if got := p.money(units); !got.Equal(dec(tt.want)) {
			t.Errorf("policy{%s}.money(%d) = %s, want %s", tt.c, tt.units, got, tt.want)
		}
		if got := p.unitsRat(units); got.Cmp(dec(tt.want).Rat()) != 0 {
			t.Errorf("policy{%s}.unitsRat(%d) = %s, want %s", tt.c, tt.units, got, tt.want)
		}
	}
}
