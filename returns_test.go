package contactcost

import (
	"errors"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// returnsDeflection is the deflection of TestLeversWorkedByHand: net 5266
// a month on leverCenter, 12000 one-time.
var returnsDeflection = SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.10"), ReContactRate: dec("0.20"),
	CostPerContact: dec("0.25"), MinutesPerSession: dec("3"), Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}}

// returnsNPV discounts monthly savings at a nominal annual rate compounded
// monthly, less the one-time investment: −oneTime + Σ save_m / (1 +
// rate/12)^m.
func returnsNPV(oneTime *big.Rat, rate *big.Rat, saves []*big.Rat) *big.Rat {
	factor := new(big.Rat).Add(big.NewRat(1, 1), new(big.Rat).Quo(rate, big.NewRat(12, 1)))
	npv, disc := new(big.Rat).Neg(oneTime), big.NewRat(1, 1)
	for _, s := range saves {
		disc.Mul(disc, factor)
		npv.Add(npv, new(big.Rat).Quo(s, disc))
	}
	return npv
}

// returnsRamp returns horizon months of monthly savings, month m of a ramp
// saving m/ramp of monthly.
func returnsRamp(monthly *big.Rat, horizon, ramp int) []*big.Rat {
	out := make([]*big.Rat, horizon)
	for m := 1; m <= horizon; m++ {
		share := big.NewRat(1, 1)
		if m < ramp {
			share = big.NewRat(int64(m), int64(ramp))
		}
		out[m-1] = new(big.Rat).Mul(monthly, share)
	}
	return out
}

// TestReturnsWorkedByHand: one month per period, no ramp, no discount.
// Monthly net 5266; payback 12000/5266 = 6000/2633 months (2.28), so the
// 3rd month; over 12 months 63192: ROI (63192 − 12000)/12000 = 4.266; NPV
// at 0% 63192 − 12000 = 51192.
func TestReturnsWorkedByHand(t *testing.T) {
	s := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{returnsDeflection}, HorizonMonths: 12})
	want := Returns{OneTime: dec("12000"), MonthlyNet: ratio("5266", "1"), ROI: ratio("4.266", "1"),
		PaybackMonths: ratio("6000", "2633"), PaybackMonth: 3, NPV: ratio("51192", "1")}
	if diff := cmp.Diff(want, s.Returns); diff != "" {
		t.Errorf("Estimate(deflection, 12 months).Returns mismatch (-want +got):\n%s", diff)
	}
	// One lever: its returns alone are the scenario's.
	if diff := cmp.Diff(want, s.Levers[0].AloneReturns); diff != "" {
		t.Errorf("Estimate(deflection, 12 months).Levers[0].AloneReturns mismatch (-want +got):\n%s", diff)
	}
}

// TestReturnsRampAndDiscount: the same lever over 24 months with a
// 3-month ramp, discounted at 12% a year (1% a month).
//
// Months 1 and 2 save 5266/3 and 2·5266/3, then 5266 a month: the
// cumulative net is 1755.33, 5266, 10532, 15798: it covers 12000 in month
// 4 (month 3 without the ramp). PaybackMonths ignores the ramp: 6000/2633.
// Over 24 months 5266·(1/3 + 2/3 + 22) = 5266·23 = 121118: ROI (121118 −
// 12000)/12000 = 54559/6000. NPV = −12000 + Σ save_m/1.01^m.
func TestReturnsRampAndDiscount(t *testing.T) {
	s := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{returnsDeflection}, HorizonMonths: 24, RampMonths: 3,
		DiscountRate: dec("0.12")})
	npv := returnsNPV(big.NewRat(12000, 1), big.NewRat(12, 100), returnsRamp(big.NewRat(5266, 1), 24, 3))
	want := Returns{OneTime: dec("12000"), MonthlyNet: ratio("5266", "1"), ROI: ratio("54559", "6000"),
		PaybackMonths: ratio("6000", "2633"), PaybackMonth: 4, NPV: ratioOfRat(npv)}
	if diff := cmp.Diff(want, s.Returns); diff != "" {
		t.Errorf("Estimate(deflection, ramp 3, 12%%).Returns mismatch (-want +got):\n%s", diff)
	}
	// The rate lowers the NPV below its undiscounted 121118 − 12000.
	if s.Returns.NPV.Cmp(ratio("109118", "1")) >= 0 {
		t.Errorf("Estimate(deflection, ramp 3, 12%%).Returns.NPV = %v, want below 109118", s.Returns.NPV)
	}
	// The same ramp at 0%: the NPV is the undiscounted net, 109118.
	s = scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{returnsDeflection}, HorizonMonths: 24, RampMonths: 3})
	if !s.Returns.NPV.Equal(ratio("109118", "1")) {
		t.Errorf("Estimate(deflection, ramp 3, 0%%).Returns.NPV = %v, want 109118", s.Returns.NPV)
	}
}

// TestReturnsScenario: a scenario's one-time investments add up (12000 +
// 20000 = 32000), and its returns follow its total net with the ramp and
// the discount.
func TestReturnsScenario(t *testing.T) {
	s := scenarioEstimate(t, leverCenter(), Scenario{Levers: scenarioFiveLevers(), HorizonMonths: 24, DiscountRate: dec("0.12"), RampMonths: 3})
	if !s.Returns.OneTime.Equal(dec("32000")) {
		t.Errorf("Estimate(five levers).Returns.OneTime = %v, want 32000", s.Returns.OneTime)
	}
	m := s.Total.Net.Rat()
	saves := returnsRamp(m, 24, 3)
	total, cum, payback := new(big.Rat), new(big.Rat), 0
	for i, save := range saves {
		total.Add(total, save)
		cum.Add(cum, save)
		if payback == 0 && cum.Cmp(big.NewRat(32000, 1)) >= 0 {
			payback = i + 1
		}
	}
	roi := new(big.Rat).Sub(total, big.NewRat(32000, 1))
	roi.Quo(roi, big.NewRat(32000, 1))
	want := Returns{OneTime: dec("32000"), MonthlyNet: ratioOfRat(m), ROI: ratioOfRat(roi),
		PaybackMonths: ratioOfRat(new(big.Rat).Quo(big.NewRat(32000, 1), m)), PaybackMonth: payback,
		NPV: ratioOfRat(returnsNPV(big.NewRat(32000, 1), big.NewRat(12, 100), saves))}
	if diff := cmp.Diff(want, s.Returns); diff != "" {
		t.Errorf("Estimate(five levers).Returns mismatch (-want +got):\n%s", diff)
	}
	// Each lever's returns alone carry its own one-time investment.
	for i, want := range []string{"12000", "20000", "0", "0", "0"} {
		if got := s.Levers[i].AloneReturns.OneTime; !got.Equal(dec(want)) {
			t.Errorf("Estimate(five levers).Levers[%d].AloneReturns.OneTime = %v, want %s", i, got, want)
		}
	}
}

// TestReturnsUndefined pins the figures that are undefined or fixed by
// rule: without a positive monthly net, without a one-time investment,
// without a horizon; and a quarter's monthly net.
func TestReturnsUndefined(t *testing.T) {
	same := func(inv Investment) Lever {
		return FirstContactResolution{Before: dec("0.7"), After: dec("0.7"), Investment: inv}
	}
	quarter := leverCenter()
	quarter.Period = MustParsePeriod("2026-Q1")
	tests := []struct {
		name string
		m    Model
		s    Scenario
		want Returns
	}{
		// A lever that changes nothing but costs 500 a month: net −500.
		// PaybackMonths is undefined and there is no payback month; over
		// 12 months −6000: ROI (−6000 − 1000)/1000 = −7, NPV −7000.
		{"negative net", leverCenter(),
			Scenario{Levers: []Lever{same(Investment{OneTime: dec("1000"), Recurring: dec("500")})}, HorizonMonths: 12},
			Returns{OneTime: dec("1000"), MonthlyNet: ratio("-500", "1"), ROI: ratio("-7", "1"), NPV: ratio("-7000", "1")}},
		// Nothing saved, nothing invested: paid back at once, no ROI
		// (nothing invested), NPV 0.
		{"zero net, no investment", leverCenter(), Scenario{Levers: []Lever{same(Investment{})}, HorizonMonths: 12},
			Returns{OneTime: dec("0"), MonthlyNet: ratio("0", "1"), PaybackMonth: 1, NPV: ratio("0", "1")}},
		// Nothing saved with an investment: never paid back.
		{"zero net, investment", leverCenter(), Scenario{Levers: []Lever{same(Investment{OneTime: dec("1000")})}, HorizonMonths: 12},
			Returns{OneTime: dec("1000"), MonthlyNet: ratio("0", "1"), ROI: ratio("-1", "1"), NPV: ratio("-1000", "1")}},
		// FCR 0.7 → 0.8 nets 9400 and, without an investment, pays back in
		// month 1; without a horizon ROI and NPV are undefined.
		{"no investment, no horizon", leverCenter(), Scenario{Levers: []Lever{FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}}},
			Returns{OneTime: dec("0"), MonthlyNet: ratio("9400", "1"), PaybackMonths: ratio("0", "1"), PaybackMonth: 1}},
		// The same net over a quarter is 9400/3 a month: 9400 one-time pays
		// back in exactly 3 months; over 6 months 18800: ROI 1, NPV 9400.
		{"quarter", quarter, Scenario{Levers: []Lever{FirstContactResolution{Before: dec("0.7"), After: dec("0.8"),
			Investment: Investment{OneTime: dec("9400")}}}, HorizonMonths: 6},
			Returns{OneTime: dec("9400"), MonthlyNet: ratio("9400", "3"), ROI: ratio("1", "1"), PaybackMonths: ratio("3", "1"),
				PaybackMonth: 3, NPV: ratio("9400", "1")}},
	}
	for _, tt := range tests {
		s := scenarioEstimate(t, tt.m, tt.s)
		if diff := cmp.Diff(tt.want, s.Returns); diff != "" {
			t.Errorf("Estimate(%s).Returns mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestPaybackMonth(t *testing.T) {
	tests := []struct {
		monthly, oneTime string
		ramp             int
		want             int
	}{
		{"100", "250", 0, 3},
		{"100", "300", 0, 3}, // exactly covered at the end of month 3
		{"100", "301", 0, 4},
		{"100", "50", 0, 1},
		{"100", "0", 0, 1},
		{"100", "100", 1, 1},
		// Ramp over 4 months: 25, 50, 75, then 100 a month; cumulative 25,
		// 75, 150, 250, 350, 450.
		{"100", "25", 4, 1},
		{"100", "150", 4, 3},
		{"100", "151", 4, 4},
		{"100", "250", 4, 4},
		{"100", "251", 4, 5},
		{"100", "351", 4, 6},
		// Beyond any sensible horizon: more than 2^40 months.
		{"0.000000000000000000000000000001", "1", 0, 0},
	}
	for _, tt := range tests {
		if got := paybackMonth(dec(tt.monthly).Rat(), dec(tt.oneTime).Rat(), tt.ramp); got != tt.want {
			t.Errorf("paybackMonth(%s, %s, ramp %d) = %d, want %d", tt.monthly, tt.oneTime, tt.ramp, got, tt.want)
		}
	}
}

func TestScenarioTermsErrors(t *testing.T) {
	lever := []Lever{FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}}
	ok := []Scenario{
		// (A horizon of 1200 months at 0%: a non-zero rate makes the exact
		// NPV of so many months slow, about a second under -race.)
		{HorizonMonths: 1200, RampMonths: 1200, DiscountRate: dec("0")},
		{HorizonMonths: 12, DiscountRate: dec("-0.99")},
		{HorizonMonths: 0, RampMonths: 0, DiscountRate: dec("0")},
		{HorizonMonths: 1, DiscountRate: dec("5")},
	}
	for _, s := range ok {
		s.Levers = lever
		if _, err := leverCenter().Estimate(s); err != nil {
			t.Errorf("Estimate(horizon %d, ramp %d, rate %v) error = %v", s.HorizonMonths, s.RampMonths, s.DiscountRate, err)
		}
	}
	bad := []struct {
		name   string
		s      Scenario
		want   error
		path   string
		detail string
	}{
		{"horizon above 1200", Scenario{HorizonMonths: 1201}, ErrOutOfRange, "horizon_months", "1201 (want 0 to 1200)"},
		{"negative horizon", Scenario{HorizonMonths: -1}, ErrOutOfRange, "horizon_months", "-1 (want 0 to 1200)"},
		{"negative ramp", Scenario{RampMonths: -1}, ErrOutOfRange, "ramp_months", "-1 (want 0 to 1200)"},
		{"ramp above 1200", Scenario{RampMonths: 1201}, ErrOutOfRange, "ramp_months", "1201 (want 0 to 1200)"},
		{"discount rate −1", Scenario{DiscountRate: dec("-1")}, ErrOutOfRange, "discount_rate", "-1 (want above −1, that is −100%)"},
		{"discount rate below −1", Scenario{DiscountRate: dec("-1.5")}, ErrOutOfRange, "discount_rate", "-1.5 (want above −1, that is −100%)"},
		{"discount rate too large", Scenario{DiscountRate: dec("1e50")}, ErrTooLarge, "discount_rate", ""},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.s
			s.Levers = lever
			_, err := leverCenter().Estimate(s)
			var fe *FieldError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) {
				t.Fatalf("Estimate(%s) error = %v, want %v", tt.name, err, tt.want)
			}
			if fe.Path != tt.path || (tt.detail != "" && fe.Detail != tt.detail) {
				t.Errorf("Estimate(%s) error at %q, detail %q; want at %q, detail %q", tt.name, fe.Path, fe.Detail, tt.path, tt.detail)
			}
		})
	}
	// Every problem of the terms at once.
	_, err := leverCenter().Estimate(Scenario{Levers: lever, HorizonMonths: -1, RampMonths: 1201, DiscountRate: dec("-2"), Staffing: 9})
	var paths []string
	for _, fe := range leversFieldErrors(err) {
		paths = append(paths, fe.Path)
	}
	if diff := cmp.Diff([]string{"staffing", "horizon_months", "ramp_months", "discount_rate"}, paths); diff != "" {
		t.Errorf("Estimate(four bad terms) problems mismatch (-want +got):\n%s", diff)
	}
}
