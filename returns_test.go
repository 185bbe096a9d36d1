package contactcost

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// The investment view (returns.go): monthly cash flows, TEI's ROI, present
// values, payback, and the bounds of discounting. Every figure is worked by
// hand in a comment; the long-horizon ones with big.Rat in the test.

// returnsAHTModel is a center whose agent handle time saves money in a
// straight line, so a handle-time cut's saving is easy to work by hand:
//
//	voice: 10000 calls, 50000 handle minutes (AHT 5 min = 300 s)
//	Agent wages 50000, variable with voice handle minutes: 1.00 a minute
//
// Under LabourProportional the wages follow the handle minutes: a cut of
// 36 s a call is 10000 × 36 / 60 = 6000 minutes, so 6000 a month.
func returnsAHTModel() Model {
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, Amount: dec("50000"), VariesWith: MeasureHandleMinutes, Channel: ChannelVoice},
		},
		Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("10000"), HandleMinutes: dec("50000")}},
	}
}

// returnsAHTCut is the handle-time cut of issue 8's defect 2 reproducer:
// 36 s a call saved on voice (6000 a month at full adoption on
// returnsAHTModel).
func returnsAHTCut(inv Investment, ro Rollout) HandleTimeReduction {
	return HandleTimeReduction{Name: "agent assist", Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"),
		Investment: inv, Rollout: ro}
}

// returnsEstimate runs Estimate with proportional labour and fails the test
// on an error.
func returnsEstimate(t *testing.T, m Model, h Horizon, levers ...Lever) Savings {
	t.Helper()
	s, err := m.Estimate(Scenario{Levers: levers, Labour: LabourProportional, Horizon: h})
	if err != nil {
		t.Fatalf("Estimate(%d levers, horizon %d months) error: %v", len(levers), h.Months, err)
	}
	return s
}

// returnsFlow is one CashFlow written in a test.
func returnsFlow(month int, gross, added, net, cumulative string) CashFlow {
	return CashFlow{Month: month, Gross: dec(gross), Added: dec(added), Net: dec(net), Cumulative: dec(cumulative)}
}

// returnsFieldErrors returns every *FieldError joined in err, in order.
func returnsFieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if fe, ok := e.(*FieldError); ok {
			out = append(out, fe)
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		walk(errors.Unwrap(e))
	}
	walk(err)
	return out
}

// returnsFindError returns the *FieldError of err at path that wraps want,
// or nil.
func returnsFindError(err, want error, path string) *FieldError {
	for _, fe := range returnsFieldErrors(err) {
		if fe.Path == path && errors.Is(fe, want) {
			return fe
		}
	}
	return nil
}

// returnsRoundHalfEven rounds r to places decimal places, ties to even,
// with integer arithmetic only (the test's own rounding, not the
// library's).
func returnsRoundHalfEven(r *big.Rat, places int) decimal.Decimal {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	q, rem := new(big.Int).QuoRem(num, r.Denom(), new(big.Int))
	// Compare 2|rem| with the denominator: above half, or exactly half
	// with an odd quotient, rounds away from zero.
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	if c := twice.Cmp(r.Denom()); c > 0 || (c == 0 && q.Bit(0) == 1) {
		if r.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return decimal.NewFromBigInt(q, -int32(places))
}

// returnsAnnuity returns Σ v^m for m = 1..months with v = 1/(1 + rate/12)
// (monthly compounding), exactly, in closed form: (1 − v^H) / (rate/12).
func returnsAnnuity(rate *big.Rat, months int) *big.Rat {
	i := new(big.Rat).Quo(rate, big.NewRat(12, 1))
	if i.Sign() == 0 {
		return big.NewRat(int64(months), 1)
	}
	onePlus := new(big.Rat).Add(big.NewRat(1, 1), i) // 1/v, reduced
	e := big.NewInt(int64(months))
	vH := new(big.Rat).SetFrac(new(big.Int).Exp(onePlus.Denom(), e, nil), new(big.Int).Exp(onePlus.Num(), e, nil))
	a := new(big.Rat).Sub(big.NewRat(1, 1), vH)
	return a.Quo(a, i)
}

// TestReturnsRampDoesNotScaleFees pins the cash flows of a ramped lever
// with a subscription.
//
// Regression (issue 8, defect 2): the ramp scaled the whole monthly net,
// fees included. Before: the monthly net 6000 − 4000 = 2000 was ramped
// (2000 × m/6 in months 1 to 5, 2000 from month 6): cumulative 5000 after
// month 5, 7000, 9000, 11000 ≥ 10000 in month 8, so "payback in month 8";
// over 12 months 5000 + 7 × 2000 = 19000, NPV at 0% 19000 − 10000 = 9000,
// ROI (19000 − 10000) / 10000 = +90%. After: the ramp scales the saving
// only, the fee is paid in full from go-live:
//
//	month m      1      2      3      4      5      6     7..12
//	adoption    1/6    2/6    3/6    4/6    5/6     1      1
//	gross      1000   2000   3000   4000   5000   6000   6000  (6000 × adoption)
//	added      4000   4000   4000   4000   4000   4000   4000  (the fee, never ramped)
//	net       −3000  −2000  −1000      0   1000   2000   2000
//	cumulative (−10000 at month 0): −13000 −15000 −16000 −16000 −15000
//	           −13000, then −11000 −9000 −7000 −5000 −3000 −1000 (month 12)
//
// Benefits 1000 + … + 6000 + 6 × 6000 = 21000 + 36000 = 57000; Costs
// 10000 + 12 × 4000 = 58000; Net −1000; ROI (TEI) −1000 / 58000 = −1/58
// (−1.7%; −10% by the old definition: (57000 − 48000 − 10000) / 10000).
// At 0% the present values are the sums: NPV −1000, DiscountedROI −1/58.
// Payback: month 13 adds 2000, cumulative +1000: month 13, past the
// horizon (the flows continue as in month 12).
func TestReturnsRampDoesNotScaleFees(t *testing.T) {
	lever := returnsAHTCut(Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}, Rollout{RampMonths: 6})
	s := returnsEstimate(t, returnsAHTModel(), Horizon{Months: 12}, lever)
	want := Returns{
		OneTime: dec("10000"),
		Months: []CashFlow{
			returnsFlow(1, "1000", "4000", "-3000", "-13000"),
			returnsFlow(2, "2000", "4000", "-2000", "-15000"),
			returnsFlow(3, "3000", "4000", "-1000", "-16000"),
			returnsFlow(4, "4000", "4000", "0", "-16000"),
			returnsFlow(5, "5000", "4000", "1000", "-15000"),
			returnsFlow(6, "6000", "4000", "2000", "-13000"),
			returnsFlow(7, "6000", "4000", "2000", "-11000"),
			returnsFlow(8, "6000", "4000", "2000", "-9000"),
			returnsFlow(9, "6000", "4000", "2000", "-7000"),
			returnsFlow(10, "6000", "4000", "2000", "-5000"),
			returnsFlow(11, "6000", "4000", "2000", "-3000"),
			returnsFlow(12, "6000", "4000", "2000", "-1000"),
		},
		// The year: gross 57000, added 12 × 4000 = 48000, net 9000 (the
		// one-time is not a month's), cumulative that of month 12.
		Years:    []CashFlow{returnsFlow(12, "57000", "48000", "9000", "-1000")},
		Benefits: dec("57000"), Costs: dec("58000"), Net: dec("-1000"), ROI: ratio("-1", "58"),
		PresentBenefits: dec("57000"), PresentCosts: dec("58000"), NPV: dec("-1000"), DiscountedROI: ratio("-1", "58"),
		PaybackMonth: 13,
	}
	if diff := cmp.Diff(want, s.Returns); diff != "" {
		t.Errorf("Estimate(36 s cut, fee 4000, one-time 10000, ramp 6, 12 months).Returns mismatch (-want +got):\n%s", diff)
	}
	// One lever: its returns alone are the scenario's.
	if diff := cmp.Diff(want, s.Levers[0].AloneReturns); diff != "" {
		t.Errorf("Estimate(36 s cut, ...).Levers[0].AloneReturns mismatch (-want +got):\n%s", diff)
	}
	// The period view is at full effect: 6000 saved, the fee of one
	// month 4000 added, net 2000.
	if diff := cmp.Diff(Amounts{Gross: dec("6000"), Added: dec("4000"), Net: dec("2000")}, s.Total); diff != "" {
		t.Errorf("Estimate(36 s cut, ...).Total mismatch (-want +got):\n%s", diff)
	}
}

// TestReturnsTEIROIAndDiscountedROI pins the names of the figures.
//
// Regression (issue 8, defect 3): "ROI" was (net over the horizon −
// one-time) / one-time with the fees netted out; it is now TEI's (benefits
// − costs) / costs, and DiscountedROI is NPV / PresentCosts.
//
// The 36 s cut at once (no ramp), fee 4000, one-time 10000, 12 months at
// 12% nominal compounded monthly (1% a month, v = 1/1.01):
//
//	every month: gross 6000, added 4000, net 2000; cumulative −10000 + 2000 m,
//	    ≥ 0 first at m = 5
//	Benefits 12 × 6000 = 72000; Costs 10000 + 12 × 4000 = 58000; Net 14000
//	ROI 14000 / 58000 = 7/29 (the old definition gave (24000 − 10000) / 10000 = 1.4)
//	a = Σ 1.01^−m (m = 1..12) = (1 − 1.01^−12) / 0.01 = 11.2550774734…
//	PresentBenefits = 6000 a = 67530.4648… → 67530.46
//	PresentCosts = 10000 + 4000 a = 10000 + 45020.3098… → 55020.31
//	NPV = 67530.46 − 55020.31 = 12510.15
//	DiscountedROI = 12510.15 / 55020.31 = 1251015/5502031
func TestReturnsTEIROIAndDiscountedROI(t *testing.T) {
	lever := returnsAHTCut(Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}, Rollout{})
	s := returnsEstimate(t, returnsAHTModel(), Horizon{Months: 12, DiscountRate: dec("0.12"), Compounding: CompoundingMonthly}, lever)
	r := s.Returns
	// The closed form, worked in the test with big.Rat.
	a := returnsAnnuity(big.NewRat(12, 100), 12)
	wantPB := returnsRoundHalfEven(new(big.Rat).Mul(big.NewRat(6000, 1), a), 2)
	wantPC := returnsRoundHalfEven(new(big.Rat).Mul(big.NewRat(4000, 1), a), 2).Add(dec("10000"))
	if !wantPB.Equal(dec("67530.46")) || !wantPC.Equal(dec("55020.31")) {
		t.Fatalf("the test's closed form gives %v and %v, the comment 67530.46 and 55020.31", wantPB, wantPC)
	}
	type figures struct {
		Benefits, Costs, Net, PresentBenefits, PresentCosts, NPV decimal.Decimal
		ROI, DiscountedROI                                       Ratio
		PaybackMonth                                             int
	}
	want := figures{Benefits: dec("72000"), Costs: dec("58000"), Net: dec("14000"),
		PresentBenefits: dec("67530.46"), PresentCosts: dec("55020.31"), NPV: dec("12510.15"),
		ROI: ratio("7", "29"), DiscountedROI: ratio("1251015", "5502031"), PaybackMonth: 5}
	got := figures{r.Benefits, r.Costs, r.Net, r.PresentBenefits, r.PresentCosts, r.NPV, r.ROI, r.DiscountedROI, r.PaybackMonth}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Estimate(36 s cut, fee 4000, one-time 10000, 12 months at 12%% monthly).Returns mismatch (-want +got):\n%s", diff)
	}
	for i, m := range r.Months {
		if w := returnsFlow(i+1, "6000", "4000", "2000", decimal.NewFromInt(int64(-10000+2000*(i+1))).String()); !cmp.Equal(w, m) {
			t.Errorf("Estimate(...).Returns.Months[%d] = %+v, want %+v", i, m, w)
		}
	}
}

// TestReturnsBreakEvenPaybackVsNetZero pins the two break-evens of one
// lever: NetZero's ignores the one-time investment, Payback's does not;
// and InRange, whether the lever accepts NetZero.
//
// Regression (issue 8, defect 3): the "break-even rate" ignored the
// one-time investment; BreakEven.Payback now pays it back by the end of the
// horizon. (Review 0bf502b renamed BreakEven.Period to NetZero and added
// InRange; the figures did not change.)
//
// The cut saves 10000 calls × s / 60 minutes × 1.00 = 500 s / 3 a month at
// s seconds. In the period (one month, at full effect, fee 4000):
//
//	500 s / 3 − 4000 = 0  →  NetZero s = 24
//
// and the lever accepts 24 s (seconds saved from 0 to the AHT, 300 s):
// InRange. Over 12 months without a ramp, with the one-time 10000:
//
//	12 × (500 s / 3 − 4000) − 10000 = 2000 s − 58000 = 0  →  Payback s = 29
//
// the fee plus 10000 / 12 a month: the one-time investment spread over the
// horizon is what separates them (500 × 5 / 3 = 10000 / 12). With the
// 6-month ramp of defect 2 the months' adoptions sum to (1 + … + 6) / 6 + 6
// = 9.5, so 9.5 × 500 s / 3 − 58000 = 0 → Payback s = 348000 / 9500 =
// 696/19 (36.63 s, more than the 36 s given: it does not pay back, as
// month 13's payback said); NetZero stays 24 (the period view is at full
// effect).
//
// A fee of 60000 a month: 500 s / 3 − 60000 = 0 → NetZero s = 360, beyond
// the AHT of 300 s, which the lever refuses: InRange false (no seconds it
// accepts make it pay in the period). Payback: 12 × (500 s / 3 − 60000) −
// 10000 = 2000 s − 730000 = 0 → s = 365.
func TestReturnsBreakEvenPaybackVsNetZero(t *testing.T) {
	tests := []struct {
		name string
		fee  string
		ro   Rollout
		want BreakEven
	}{
		{"no ramp", "4000", Rollout{}, BreakEven{Input: "seconds_saved", NetZero: ratio("24", "1"), InRange: true, Payback: ratio("29", "1")}},
		{"ramp 6", "4000", Rollout{RampMonths: 6}, BreakEven{Input: "seconds_saved", NetZero: ratio("24", "1"), InRange: true,
			Payback: ratio("696", "19")}},
		{"fee 60000", "60000", Rollout{}, BreakEven{Input: "seconds_saved", NetZero: ratio("360", "1"), InRange: false,
			Payback: ratio("365", "1")}},
	}
	for _, tt := range tests {
		inv := Investment{OneTime: dec("10000"), MonthlyFee: dec(tt.fee)}
		s := returnsEstimate(t, returnsAHTModel(), Horizon{Months: 12}, returnsAHTCut(inv, tt.ro))
		if diff := cmp.Diff(tt.want, s.Levers[0].BreakEven); diff != "" {
			t.Errorf("Estimate(36 s cut, %s).Levers[0].BreakEven mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
	// Without a horizon the payback break-even is undefined.
	inv := Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}
	s, err := returnsAHTModel().Estimate(Scenario{Levers: []Lever{returnsAHTCut(inv, Rollout{})}, Labour: LabourProportional})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(BreakEven{Input: "seconds_saved", NetZero: ratio("24", "1"), InRange: true}, s.Levers[0].BreakEven); diff != "" {
		t.Errorf("Estimate(36 s cut, no horizon).Levers[0].BreakEven mismatch (-want +got):\n%s", diff)
	}
}

// TestReturnsPresentValuesRounding pins that the present values are
// rounded once, by the model's rounding mode. From
// TestReturnsTEIROIAndDiscountedROI: 6000 a = 67530.4648…, 4000 a =
// 45020.3098… (a = Σ 1.01^−m over 12 months); the months' 6000 and 4000
// are whole, so the cash flows do not depend on the mode:
//
//	half-even: PB 67530.46, PC 10000 + 45020.31 = 55020.31, NPV 12510.15
//	up:        PB 67530.47, PC 55020.31, NPV 12510.16
//	down:      PB 67530.46, PC 55020.30, NPV 12510.16
//	ceiling:   as up; floor: as down
func TestReturnsPresentValuesRounding(t *testing.T) {
	lever := returnsAHTCut(Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}, Rollout{})
	tests := []struct {
		mode        Round
		pb, pc, npv string
	}{
		{RoundHalfEven, "67530.46", "55020.31", "12510.15"},
		{RoundUp, "67530.47", "55020.31", "12510.16"},
		{RoundDown, "67530.46", "55020.30", "12510.16"},
		{RoundCeiling, "67530.47", "55020.31", "12510.16"},
		{RoundFloor, "67530.46", "55020.30", "12510.16"},
	}
	for _, tt := range tests {
		m := returnsAHTModel()
		m.Rounding = Rounding{Mode: tt.mode}
		r := returnsEstimate(t, m, Horizon{Months: 12, DiscountRate: dec("0.12"), Compounding: CompoundingMonthly}, lever).Returns
		if !r.PresentBenefits.Equal(dec(tt.pb)) || !r.PresentCosts.Equal(dec(tt.pc)) || !r.NPV.Equal(dec(tt.npv)) {
			t.Errorf("Estimate(12%% monthly, rounding %s).Returns: PresentBenefits %v, PresentCosts %v, NPV %v; want %s, %s, %s",
				tt.mode, r.PresentBenefits, r.PresentCosts, r.NPV, tt.pb, tt.pc, tt.npv)
		}
	}
}

// returnsLongRate is a discount rate of 30 significant digits.
const returnsLongRate = "0.123456789012345678901234567891"

// TestReturnsLongHorizon pins the bounded discounting of a 600-month
// horizon against the closed form.
//
// Regression (issue 8, defect 7): NPV was worked with exact fractions
// raised month by month: a 1200-month horizon at a 30-digit rate took
// 200–300 s and printed 74,608 digits; 0.0725 over 1200 months took 3.3 s.
// Now the horizon is at most 600 months and the discount factors are
// rounded to 80 places; BenchmarkReturnsLongHorizon measures the speed.
//
// The 36 s cut with a one-time 10000 and no fee saves N = 6000 every month
// and adds nothing, so for monthly compounding at rate r, with v = 1/(1 +
// r/12) and H = 600:
//
//	PresentBenefits = round(N × (1 − v^H) / (r/12)),  PresentCosts = 10000
//	NPV = PresentBenefits − 10000
//	Benefits = 600 × 6000 = 3600000, Costs 10000, Net 3590000, ROI 359
//
// 0.0725: N × a = 966347.911… → NPV 956347.91; the 30-digit rate: N × a =
// 581944.889… → NPV 571944.89 (the exact values are worked below with
// big.Rat, to the cent).
func TestReturnsLongHorizon(t *testing.T) {
	for _, rate := range []string{"0.0725", returnsLongRate} {
		lever := returnsAHTCut(Investment{OneTime: dec("10000")}, Rollout{})
		s := returnsEstimate(t, returnsAHTModel(), Horizon{Months: 600, DiscountRate: dec(rate), Compounding: CompoundingMonthly}, lever)
		r := s.Returns
		a := returnsAnnuity(dec(rate).Rat(), 600)
		pb := returnsRoundHalfEven(new(big.Rat).Mul(big.NewRat(6000, 1), a), 2)
		npv := pb.Sub(dec("10000"))
		if !r.PresentBenefits.Equal(pb) || !r.NPV.Equal(npv) || !r.PresentCosts.Equal(dec("10000")) {
			t.Errorf("Estimate(600 months at %s).Returns: PresentBenefits %v, PresentCosts %v, NPV %v; want %v, 10000, %v",
				rate, r.PresentBenefits, r.PresentCosts, r.NPV, pb, npv)
		}
		// Bounded: an NPV of a few digits, not tens of thousands.
		if n := len(r.NPV.String()); n > 30 {
			t.Errorf("Estimate(600 months at %s).Returns.NPV has %d characters: %s", rate, n, r.NPV)
		}
		if !r.Benefits.Equal(dec("3600000")) || !r.Costs.Equal(dec("10000")) || !r.Net.Equal(dec("3590000")) ||
			!r.ROI.Equal(ratio("359", "1")) || r.PaybackMonth != 2 || len(r.Months) != 600 || len(r.Years) != 50 {
			t.Errorf("Estimate(600 months at %s).Returns: benefits %v, costs %v, net %v, ROI %v, payback %d, %d months, %d years;"+
				" want 3600000, 10000, 3590000, 359, 2, 600, 50", rate, r.Benefits, r.Costs, r.Net, r.ROI, r.PaybackMonth, len(r.Months), len(r.Years))
		}
	}
}

// BenchmarkReturnsLongHorizon measures issue 8's defect 7 case at the new
// bound: one lever over 600 months at a 30-digit discount rate (the old
// code took minutes over 1200 months), with the same horizon undiscounted
// as the baseline in the same run.
func BenchmarkReturnsLongHorizon(b *testing.B) {
	m := returnsAHTModel()
	lever := returnsAHTCut(Investment{OneTime: dec("10000"), MonthlyFee: dec("1000")}, Rollout{RampMonths: 6})
	for _, bc := range []struct {
		name string
		h    Horizon
	}{
		{"rate=30digits", Horizon{Months: 600, DiscountRate: dec(returnsLongRate), Compounding: CompoundingMonthly}},
		{"rate=0", Horizon{Months: 600}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s := Scenario{Levers: []Lever{lever}, Labour: LabourProportional, Horizon: bc.h}
			b.ReportAllocs()
			var sink Savings
			for b.Loop() {
				out, err := m.Estimate(s)
				if err != nil {
					b.Fatal(err)
				}
				sink = out
			}
			if sink.Returns.NPV.Sign() == 0 {
				b.Fatal("no NPV")
			}
		})
	}
}

// TestReturnsCompounding pins the two compounding conventions.
//
// Monthly reads the rate as nominal: v = 1/(1 + r/12). Annual reads it as
// effective: v = (1 + r)^(−1/12), so that 12 months discount by exactly 1
// + r. Two consequences worked by hand:
//
//   - At the same r, annual compounding discounts less ((1 + r/12)^12 > 1
//   - r), so the present value of a positive flow is higher: at 12%,
//     v_monthly = 1/1.01 = 0.990099…, v_annual = 1.12^(−1/12) = 0.990600….
//   - At r = 1.01^12 − 1 = 0.126825030131969720661201 (exact: 24 places),
//     annual v = 1/1.01 exactly, the monthly v of r = 0.12: the two give
//     the same Returns to the cent.
//
// And the factor itself: v^12, built month by month at 80 places, is
// 1/(1 + r) to 70 places.
func TestReturnsCompounding(t *testing.T) {
	lever := returnsAHTCut(Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}, Rollout{RampMonths: 3})
	at := func(rate string, c Compounding) Returns {
		return returnsEstimate(t, returnsAHTModel(), Horizon{Months: 24, DiscountRate: dec(rate), Compounding: c}, lever).Returns
	}
	monthly, annual := at("0.12", CompoundingMonthly), at("0.12", CompoundingAnnual)
	if annual.PresentBenefits.Cmp(monthly.PresentBenefits) <= 0 || annual.NPV.Cmp(monthly.NPV) <= 0 {
		t.Errorf("at 12%%: annual PresentBenefits %v, NPV %v; monthly %v, %v: want annual above monthly",
			annual.PresentBenefits, annual.NPV, monthly.PresentBenefits, monthly.NPV)
	}
	if diff := cmp.Diff(monthly, at("0.126825030131969720661201", CompoundingAnnual)); diff != "" {
		t.Errorf("Returns at 0.12 monthly and at 1.01^12 − 1 annual differ (-monthly +annual):\n%s", diff)
	}

	// v^12 against 1/(1 + r), to 70 places, for a few rates.
	for _, rate := range []string{"0.0725", "0.12", "1", returnsLongRate} {
		terms, err := Horizon{Months: 12, DiscountRate: dec(rate), Compounding: CompoundingAnnual}.terms()
		if err != nil {
			t.Fatalf("Horizon{12, %s, annual}.terms() error: %v", rate, err)
		}
		v12 := new(big.Rat).SetFrac(terms.factors[11], new(big.Int).Exp(big.NewInt(10), big.NewInt(80), nil))
		want := new(big.Rat).Inv(new(big.Rat).Add(big.NewRat(1, 1), dec(rate).Rat()))
		diff := new(big.Rat).Sub(v12, want)
		if diff.Abs(diff).Cmp(new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(70), nil))) > 0 {
			t.Errorf("annual v^12 at %s = %s, want 1/(1 + r) = %s to 70 places", rate, v12.FloatString(75), want.FloatString(75))
		}
	}
}

// TestReturnsHorizonErrors pins the checks of a horizon's terms, each at
// its path.
//
// Regression (issue 8, defect 9): a discount rate of 8 (meaning 8%) was
// accepted silently; it is refused with a hint.
func TestReturnsHorizonErrors(t *testing.T) {
	tests := []struct {
		name   string
		h      Horizon
		want   error
		path   string
		detail string // a part of the detail
	}{
		{"rate 8", Horizon{Months: 12, DiscountRate: dec("8"), Compounding: CompoundingMonthly},
			ErrOutOfRange, "horizon.discount_rate", "0.08 is 8%"},
		{"rate 1.0001", Horizon{Months: 12, DiscountRate: dec("1.0001"), Compounding: CompoundingAnnual},
			ErrOutOfRange, "horizon.discount_rate", "(want 0 to 1"},
		{"negative rate", Horizon{Months: 12, DiscountRate: dec("-0.05"), Compounding: CompoundingMonthly},
			ErrOutOfRange, "horizon.discount_rate", "-0.05 (want 0 to 1)"},
		{"rate without compounding", Horizon{Months: 12, DiscountRate: dec("0.08")}, ErrNotSet, "horizon.compounding", "monthly"},
		{"unknown compounding", Horizon{Months: 12, DiscountRate: dec("0.08"), Compounding: 7}, ErrInvalid, "horizon.compounding", ""},
		{"rate without months", Horizon{DiscountRate: dec("0.08"), Compounding: CompoundingMonthly},
			ErrConflict, "horizon.discount_rate", "without horizon.months"},
		{"compounding without months", Horizon{Compounding: CompoundingAnnual}, ErrConflict, "horizon.compounding", "without horizon.months"},
		{"seasons without months", Horizon{Seasons: []PeriodVolumes{{Period: MustParsePeriod("2026-03"), Volumes: returnsAHTModel().Volumes}}},
			ErrConflict, "horizon.seasons", "without horizon.months"},
		{"601 months", Horizon{Months: 601}, ErrOutOfRange, "horizon.months", "601 (want 0 to 600)"},
		{"negative months", Horizon{Months: -1}, ErrOutOfRange, "horizon.months", "-1 (want 0 to 600)"},
		{"hostile rate", Horizon{Months: 12, DiscountRate: decimal.New(1, 2_000_000_000), Compounding: CompoundingMonthly},
			ErrTooLarge, "horizon.discount_rate", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := returnsAHTModel().Estimate(Scenario{Levers: []Lever{returnsAHTCut(Investment{}, Rollout{})},
				Labour: LabourProportional, Horizon: tt.h})
			fe := returnsFindError(err, tt.want, tt.path)
			if fe == nil {
				t.Fatalf("Estimate(%s) error = %v, want %v at %s", tt.name, err, tt.want, tt.path)
			}
			if !strings.Contains(fe.Detail, tt.detail) {
				t.Errorf("Estimate(%s) detail = %q, want it to contain %q", tt.name, fe.Detail, tt.detail)
			}
		})
	}
	// The rollout's months are bounded as the horizon's.
	for _, ro := range []Rollout{{DelayMonths: 601}, {RampMonths: -1}} {
		_, err := returnsAHTModel().Estimate(Scenario{Levers: []Lever{returnsAHTCut(Investment{}, ro)}, Labour: LabourProportional,
			Horizon: Horizon{Months: 12}})
		path := "levers[0].rollout.delay_months"
		if ro.RampMonths != 0 {
			path = "levers[0].rollout.ramp_months"
		}
		if fe := returnsFindError(err, ErrOutOfRange, path); fe == nil || fe.Name != "agent assist" {
			t.Errorf("Estimate(rollout %+v) error = %v, want ErrOutOfRange at %s (\"agent assist\")", ro, err, path)
		}
	}
	// Every problem at once, in the order of the fields.
	_, err := returnsAHTModel().Estimate(Scenario{Levers: []Lever{returnsAHTCut(Investment{}, Rollout{})}, Labour: LabourProportional,
		Horizon: Horizon{Months: 601, DiscountRate: dec("8")}})
	var paths []string
	for _, fe := range returnsFieldErrors(err) {
		paths = append(paths, fe.Path)
	}
	if diff := cmp.Diff([]string{"horizon.months", "horizon.discount_rate", "horizon.compounding"}, paths); diff != "" {
		t.Errorf("Estimate(months 601, rate 8, no compounding) problems mismatch (-want +got):\n%s", diff)
	}
}

// TestReturnsPaybackMonth pins the payback month's rule: the first month
// at whose end the cumulative net cash flow, after the one-time
// investment, is zero or more; looked for past the horizon up to month
// 1200; 0 when it does not come.
//
// The 36 s cut without a ramp saves 6000 a month (12-month horizon):
//
//	no one-time, no fee: month 1 nets 6000 ≥ 0              → 1
//	fee 6000, no one-time: every month nets 0, cumulative 0 → 1
//	fee 7000: every month nets −1000                        → 0 (never)
//	fee 6000, one-time 1: cumulative −1 for ever            → 0
//	fee 4000 (net 2000), one-time 2000000: −2000000 + 2000 m ≥ 0 at m = 1000 → 1000
//	one-time 2400000: m = 1200, the last month looked at    → 1200
//	one-time 2400001: m = 1200.0005, past month 1200        → 0
//
// (A delayed lever is pinned below with its working.) And the years of a
// 30-month horizon (fee 4000, one-time 10000): 12 months
// of 6000/4000/2000 make a year of 72000/48000/24000, cumulative −10000 +
// 24000 = 14000; the second 38000; the last, months 25 to 30, 36000/
// 24000/12000, cumulative 50000.
func TestReturnsPaybackMonth(t *testing.T) {
	tests := []struct {
		fee, oneTime string
		want         int
	}{
		{"0", "0", 1},
		{"6000", "0", 1},
		{"7000", "0", 0},
		{"6000", "1", 0},
		{"4000", "2000000", 1000},
		{"4000", "2400000", 1200},
		{"4000", "2400001", 0},
	}
	for _, tt := range tests {
		lever := returnsAHTCut(Investment{OneTime: dec(tt.oneTime), MonthlyFee: dec(tt.fee)}, Rollout{})
		s := returnsEstimate(t, returnsAHTModel(), Horizon{Months: 12}, lever)
		if got := s.Returns.PaybackMonth; got != tt.want {
			t.Errorf("Estimate(fee %s, one-time %s).Returns.PaybackMonth = %d, want %d", tt.fee, tt.oneTime, got, tt.want)
		}
	}

	// A lever not live within the horizon: delay 12 on a 12-month horizon.
	// Months 1 to 12 have nothing (no effect, no fee); the cumulative stays
	// −10000; from month 13 each nets 2000: −10000 + 2000 (m − 12) ≥ 0 at
	// m = 17. Its payback break-even is undefined: nothing it saves reaches
	// the horizon, so no seconds_saved makes the cumulative zero there; its
	// NetZero break-even is still 24, which the lever accepts (InRange).
	lever := returnsAHTCut(Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}, Rollout{DelayMonths: 12})
	s := returnsEstimate(t, returnsAHTModel(), Horizon{Months: 12}, lever)
	for _, m := range s.Returns.Months {
		if w := returnsFlow(m.Month, "0", "0", "0", "-10000"); !cmp.Equal(w, m) {
			t.Errorf("Estimate(delay 12).Returns.Months[%d] = %+v, want %+v", m.Month-1, m, w)
		}
	}
	if got := s.Returns.PaybackMonth; got != 17 {
		t.Errorf("Estimate(delay 12).Returns.PaybackMonth = %d, want 17", got)
	}
	if diff := cmp.Diff(BreakEven{Input: "seconds_saved", NetZero: ratio("24", "1"), InRange: true}, s.Levers[0].BreakEven); diff != "" {
		t.Errorf("Estimate(delay 12).Levers[0].BreakEven mismatch (-want +got):\n%s", diff)
	}

	lever = returnsAHTCut(Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}, Rollout{})
	s = returnsEstimate(t, returnsAHTModel(), Horizon{Months: 30}, lever)
	want := []CashFlow{
		returnsFlow(12, "72000", "48000", "24000", "14000"),
		returnsFlow(24, "72000", "48000", "24000", "38000"),
		returnsFlow(30, "36000", "24000", "12000", "50000"),
	}
	if diff := cmp.Diff(want, s.Returns.Years); diff != "" {
		t.Errorf("Estimate(30 months).Returns.Years mismatch (-want +got):\n%s", diff)
	}
}
