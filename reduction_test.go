package contactcost

import (
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestWithValue: a lever's number input is set by its name, on a copy; a
// month count must be a whole number from 0 to MaxHorizonMonths; an
// unknown name is refused; a pointer lever gives back a value.
func TestWithValue(t *testing.T) {
	l := HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36")}
	for _, tc := range []struct {
		key, value string
		want       Lever
		ok         bool
	}{
		{"seconds_saved", "12.5", HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("12.5")}, true},
		{"investment.monthly_fee", "400", HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"),
			Investment: Investment{MonthlyFee: dec("400")}}, true},
		{"rollout.ramp_months", "6", HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"),
			Rollout: Rollout{RampMonths: 6}}, true},
		{"rollout.ramp_months", "1.5", l, false},
		{"rollout.delay_months", "601", l, false},
		{"no_such_input", "1", l, false},
	} {
		got, ok := withValue(l, tc.key, dec(tc.value))
		if ok != tc.ok {
			t.Errorf("withValue(%s = %s) ok = %v, want %v", tc.key, tc.value, ok, tc.ok)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("withValue(%s = %s) (-want +got):\n%s", tc.key, tc.value, diff)
		}
	}
	if !l.SecondsSaved.Equal(dec("36")) {
		t.Errorf("withValue changed the lever it was given: %v", l.SecondsSaved)
	}
	if got, ok := withValue(&l, "seconds_saved", dec("1")); !ok || got.(HandleTimeReduction).SecondsSaved.String() != "1" {
		t.Errorf("withValue(*HandleTimeReduction) = %#v, %v; want a value with 1 s", got, ok)
	}
}

// TestWholeMonths: 0 and 600 are months, 12.0 is 12; 1.5, −1, 601 and a
// number beyond the bounds are not.
func TestWholeMonths(t *testing.T) {
	for _, tc := range []struct {
		v    decimal.Decimal
		want int
		ok   bool
	}{{dec("0"), 0, true}, {dec("600"), 600, true}, {dec("12.0"), 12, true}, {dec("1.5"), 0, false},
		{dec("-1"), 0, false}, {dec("601"), 0, false}, {decimal.New(1, 2_000_000_000), 0, false}} {
		if got, ok := wholeMonths64(tc.v); got != tc.want || ok != tc.ok {
			t.Errorf("wholeMonths64(%s) = %d, %v; want %d, %v", tc.v.String(), got, ok, tc.want, tc.ok)
		}
	}
}

// TestIsNilLever: a nil Lever and a typed nil pointer in one are nil; a
// value and a pointer to one are not.
func TestIsNilLever(t *testing.T) {
	var p *ACDRouting
	for _, tc := range []struct {
		l    Lever
		want bool
	}{{nil, true}, {p, true}, {ACDRouting{}, false}, {&ACDRouting{}, false}} {
		if got := isNilLever(tc.l); got != tc.want {
			t.Errorf("isNilLever(%#v) = %v, want %v", tc.l, got, tc.want)
		}
	}
}

// TestRatDecimal: a terminating rational is exact (1/4 = 0.25); another
// is rounded half-even to MaxFractionDigits (2/3 = 0.666…67); a decimal
// beyond the bounds reads as zero (validation refused it already).
func TestRatDecimal(t *testing.T) {
	if got := ratDecimal(big.NewRat(1, 4)); !got.Equal(dec("0.25")) {
		t.Errorf("ratDecimal(1/4) = %v, want 0.25", got)
	}
	want := decimal.New(2, 0).DivRound(decimal.New(3, 0), MaxFractionDigits)
	if got := ratDecimal(big.NewRat(2, 3)); !got.Equal(want) {
		t.Errorf("ratDecimal(2/3) = %v, want %v", got, want)
	}
	if got := boundedRat(decimal.New(1, 2_000_000_000)); got.Sign() != 0 {
		t.Errorf("boundedRat(1e2000000000) = %v, want 0", got)
	}
	if got := boundedRat(dec("-2.5")); got.Cmp(big.NewRat(-5, 2)) != 0 {
		t.Errorf("boundedRat(-2.5) = %v, want -5/2", got)
	}
}

// TestIsLabour: wages and benefits are the agents' pay, which the labour
// assumption decides; nothing else is.
func TestIsLabour(t *testing.T) {
	for _, c := range []Category{CategoryWages, CategoryBenefits} {
		if !isLabour(c) {
			t.Errorf("isLabour(%s) = false", c)
		}
	}
	for _, c := range []Category{CategoryTechnology, CategoryTelephony, CategoryFacilities, "training"} {
		if isLabour(c) {
			t.Errorf("isLabour(%s) = true", c)
		}
	}
}
