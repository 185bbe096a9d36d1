package contactcost

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Uncertainty (ranges.go): the checks of the ranges, the tornado table and
// the three cases, worked by hand.

// rangesCenter is a month of voice whose wages move in a straight line
// with the handle minutes:
//
//	voice: 10000 calls, 50000 handle minutes (AHT 300 s)
//	Agent wages 50000, variable with voice handle minutes (1.00 a minute)
func rangesCenter() Model {
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, Amount: dec("50000"), VariesWith: MeasureHandleMinutes, Channel: ChannelVoice},
		},
		Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("10000"), HandleMinutes: dec("50000")}},
	}
}

// rangesLevers are an FCR programme and an agent assist after it:
//
//	FCR 0.5 → a with 2 repeats per unresolved contact: calls scale by
//	    (1 + 2(1 − a)) / (1 + 2 × 0.5) = (3 − 2a) / 2: C = 7500 at a = 0.75,
//	    8000 at 0.7, 7000 at 0.8; the minutes in proportion (5 C)
//	assist: s seconds saved on each of the C calls, p a call
//
// so the wages after are 5C − C s / 60 and the net saving in the month is
//
//	net = 50000 − C (5 − s/60 + p)
//
// As given (a 0.75, s 30, p 0.10): 50000 − 7500 × 4.6 = 15500 (gross
// 50000 − 33750 = 16250, added 750).
func rangesLevers(oneTime string) []Lever {
	return []Lever{
		FirstContactResolution{Name: "FCR programme", Before: dec("0.5"), After: dec("0.75"), RepeatsPerUnresolved: dec("2"),
			Investment: Investment{OneTime: dec(oneTime)}},
		HandleTimeReduction{Name: "agent assist", Channels: []Channel{ChannelVoice}, SecondsSaved: dec("30"), CostPerContact: dec("0.10")},
	}
}

// rangesThree range the assist's price, its seconds and the FCR reached,
// in that order (so the tornado must reorder them).
var rangesThree = []Range{
	{Lever: 1, Input: "cost_per_contact", Low: dec("0.05"), High: dec("0.30")},
	{Lever: 1, Input: "seconds_saved", Low: dec("20"), High: dec("40")},
	{Lever: 0, Input: "after", Low: dec("0.7"), High: dec("0.8")},
}

// rangesEstimate runs Estimate and fails the test on an error.
func rangesEstimate(t *testing.T, s Scenario) Savings {
	t.Helper()
	out, err := rangesCenter().Estimate(s)
	if err != nil {
		t.Fatalf("Estimate(%d ranges) error: %v", len(s.Ranges), err)
	}
	return out
}

// TestRangesTornadoWorkedByHand pins the swings, their order and the three
// cases of a two-lever, three-range scenario without a horizon (the
// measure is the period's net saving).
//
// Each range alone, net = 50000 − C (5 − s/60 + p):
//
//	ranges[0] p: 0.05 → 50000 − 7500 × 4.55 = 15875; 0.30 → 50000 − 7500 × 4.8 = 14000; spread 1875
//	ranges[1] s: 20 → 50000 − 7500 × (5 − 1/3 + 0.1) = 14250; 40 → 50000 − 7500 × (5 − 2/3 + 0.1) = 16750; spread 2500
//	ranges[2] a: 0.7 → 50000 − 8000 × 4.6 = 13200; 0.8 → 50000 − 7000 × 4.6 = 17800; spread 4600
//
// Tornado, widest first: ranges[2], ranges[1], ranges[0]. The pessimistic
// case takes each range's end with the lower net: p 0.30 (its high), s 20,
// a 0.7; the optimistic the others: p 0.05, s 40, a 0.8. Each is worked in
// full:
//
//	pessimistic: C 8000, minutes 40000 − 8000 × 20/60 = 37333.33…: wages
//	    booked 37333.33, gross 12666.67; added 8000 × 0.30 = 2400; net 10266.67
//	optimistic: C 7000, minutes 35000 − 7000 × 40/60 = 30333.33…: wages
//	    30333.33, gross 19666.67; added 7000 × 0.05 = 350; net 19316.67
//
// (Adding the swings up would say 15500 − 1500 − 1250 − 2300 = 10450 for the
// pessimistic case: the levers interact, so the cases are repriced.)
// 10266.67 ≤ 15500 ≤ 19316.67.
func TestRangesTornadoWorkedByHand(t *testing.T) {
	s := rangesEstimate(t, Scenario{Levers: rangesLevers("0"), Labour: LabourProportional, Ranges: rangesThree})
	want := Uncertainty{
		Measure:     "net",
		Pessimistic: Case{Values: decs("0.30", "20", "0.7"), Total: Amounts{Gross: dec("12666.67"), Added: dec("2400"), Net: dec("10266.67")}},
		Expected:    Case{Values: decs("0.10", "30", "0.75"), Total: Amounts{Gross: dec("16250"), Added: dec("750"), Net: dec("15500")}},
		Optimistic:  Case{Values: decs("0.05", "40", "0.8"), Total: Amounts{Gross: dec("19666.67"), Added: dec("350"), Net: dec("19316.67")}},
		Tornado: []Swing{
			{Range: 2, Lever: "FCR programme", Input: "after", Low: dec("0.7"), High: dec("0.8"),
				AtLow: dec("13200"), AtHigh: dec("17800"), Spread: dec("4600")},
			{Range: 1, Lever: "agent assist", Input: "seconds_saved", Low: dec("20"), High: dec("40"),
				AtLow: dec("14250"), AtHigh: dec("16750"), Spread: dec("2500")},
			{Range: 0, Lever: "agent assist", Input: "cost_per_contact", Low: dec("0.05"), High: dec("0.30"),
				AtLow: dec("15875"), AtHigh: dec("14000"), Spread: dec("1875")},
		},
	}
	if diff := cmp.Diff(want, s.Uncertainty); diff != "" {
		t.Errorf("Estimate(FCR + assist, three ranges).Uncertainty mismatch (-want +got):\n%s", diff)
	}
	u := s.Uncertainty
	if u.Pessimistic.Total.Net.Cmp(u.Expected.Total.Net) > 0 || u.Expected.Total.Net.Cmp(u.Optimistic.Total.Net) > 0 {
		t.Errorf("Estimate(three ranges): pessimistic %v, expected %v, optimistic %v: want them in order",
			u.Pessimistic.Total.Net, u.Expected.Total.Net, u.Optimistic.Total.Net)
	}
	// The expected case is the scenario itself.
	if !cmp.Equal(u.Expected.Total, s.Total) {
		t.Errorf("Estimate(three ranges).Uncertainty.Expected.Total = %+v, Total %+v", u.Expected.Total, s.Total)
	}
}

// TestRangesTornadoTies pins the order of equal spreads: the order of the
// ranges. With the assist alone on 10000 calls, net = 50000 − 10000 (5 −
// s/60 + p): s from 27 to 33 moves it by 10000 × 6/60 = 1000, p from 0.05
// to 0.15 by 10000 × 0.1 = 1000: a tie, so ranges[0] (p) comes first.
// At the ends: p 0.05 → 50000 − 10000 × 4.55 = 4500, p 0.15 → 3500; s 27 →
// 50000 − 10000 × 4.65 = 3500, s 33 → 4500 (expected 4000).
func TestRangesTornadoTies(t *testing.T) {
	assist := rangesLevers("0")[1]
	s := rangesEstimate(t, Scenario{Levers: []Lever{assist}, Labour: LabourProportional, Ranges: []Range{
		{Lever: 0, Input: "cost_per_contact", Low: dec("0.05"), High: dec("0.15")},
		{Lever: 0, Input: "seconds_saved", Low: dec("27"), High: dec("33")},
	}})
	want := []Swing{
		{Range: 0, Lever: "agent assist", Input: "cost_per_contact", Low: dec("0.05"), High: dec("0.15"),
			AtLow: dec("4500"), AtHigh: dec("3500"), Spread: dec("1000")},
		{Range: 1, Lever: "agent assist", Input: "seconds_saved", Low: dec("27"), High: dec("33"),
			AtLow: dec("3500"), AtHigh: dec("4500"), Spread: dec("1000")},
	}
	if diff := cmp.Diff(want, s.Uncertainty.Tornado); diff != "" {
		t.Errorf("Estimate(two equal spreads).Uncertainty.Tornado mismatch (-want +got):\n%s", diff)
	}
}

// TestRangesMeasureNPV pins the measure with a horizon: the NPV. Twelve
// months at 0%, one-time 10000 on the FCR programme, the range on the FCR
// reached: each month nets the period's net, so NPV = 12 × net − 10000:
//
//	as given: 12 × 15500 − 10000 = 176000
//	a 0.7: 12 × 13200 − 10000 = 148400; a 0.8: 12 × 17800 − 10000 = 203600; spread 55200
func TestRangesMeasureNPV(t *testing.T) {
	s := rangesEstimate(t, Scenario{Levers: rangesLevers("10000"), Labour: LabourProportional, Horizon: Horizon{Months: 12},
		Ranges: rangesThree[2:]})
	u := s.Uncertainty
	want := []Swing{{Range: 0, Lever: "FCR programme", Input: "after", Low: dec("0.7"), High: dec("0.8"),
		AtLow: dec("148400"), AtHigh: dec("203600"), Spread: dec("55200")}}
	if diff := cmp.Diff(want, u.Tornado); diff != "" {
		t.Errorf("Estimate(12 months, range on after).Uncertainty.Tornado mismatch (-want +got):\n%s", diff)
	}
	if u.Measure != "npv" || !u.Pessimistic.Returns.NPV.Equal(dec("148400")) || !u.Expected.Returns.NPV.Equal(dec("176000")) ||
		!u.Optimistic.Returns.NPV.Equal(dec("203600")) {
		t.Errorf("Estimate(12 months, range on after).Uncertainty: measure %q, NPVs %v, %v, %v; want npv, 148400, 176000, 203600",
			u.Measure, u.Pessimistic.Returns.NPV, u.Expected.Returns.NPV, u.Optimistic.Returns.NPV)
	}
	if diff := cmp.Diff(s.Returns, u.Expected.Returns); diff != "" {
		t.Errorf("Estimate(12 months).Uncertainty.Expected.Returns is not the scenario's Returns (-want +got):\n%s", diff)
	}
	// The cases carry their period totals too: 13200 and 17800 a month.
	if !u.Pessimistic.Total.Net.Equal(dec("13200")) || !u.Optimistic.Total.Net.Equal(dec("17800")) {
		t.Errorf("Estimate(12 months).Uncertainty totals %v, %v; want 13200, 17800", u.Pessimistic.Total.Net, u.Optimistic.Total.Net)
	}
	// Without ranges there is no uncertainty.
	s = rangesEstimate(t, Scenario{Levers: rangesLevers("10000"), Labour: LabourProportional, Horizon: Horizon{Months: 12}})
	if !cmp.Equal(Uncertainty{}, s.Uncertainty) {
		t.Errorf("Estimate(no ranges).Uncertainty = %+v, want zero", s.Uncertainty)
	}
}

// TestRangesErrors pins the checks of the ranges against the levers, each
// at its path, and the errors met at a range's end, located there.
func TestRangesErrors(t *testing.T) {
	tests := []struct {
		name   string
		ranges []Range
		want   error
		path   string
		detail string // a part of the detail
	}{
		{"lever past the end", []Range{{Lever: 2, Input: "after", Low: dec("0.6"), High: dec("0.8")}},
			ErrOutOfRange, "ranges[0].lever", "2 (want 0 to 1)"},
		{"negative lever", []Range{{Lever: -1, Input: "after", Low: dec("0.6"), High: dec("0.8")}},
			ErrOutOfRange, "ranges[0].lever", "-1 (want 0 to 1)"},
		{"unknown input", []Range{{Lever: 1, Input: "seconds_save", Low: dec("20"), High: dec("40")}},
			ErrInvalid, "ranges[0].input", `did you mean "seconds_saved"`},
		{"not a number input", []Range{{Lever: 1, Input: "channels", Low: dec("1"), High: dec("2")}},
			ErrInvalid, "ranges[0].input", `"channels" is not a number input of levers[1]`},
		// Since review 0bf502b a rollout's months are number inputs too (the
		// case "a count, not a number" on rollout.ramp_months that stood
		// here is now TestRangesRolloutMonths); a name is not one.
		{"a name, not a number", []Range{{Lever: 1, Input: "name", Low: dec("0"), High: dec("6")}},
			ErrInvalid, "ranges[0].input", `"name" is not a number input of levers[1]`},
		// A rollout's months are whole, 0 to 600: the assist's ramp is 0,
		// so low 0 is its value and only the other end is wrong.
		{"ramp months high 1.5", []Range{{Lever: 1, Input: "rollout.ramp_months", Low: dec("0"), High: dec("1.5")}},
			ErrOutOfRange, "ranges[0].high", "1.5 (want whole months, 0 to 600)"},
		{"ramp months high 601", []Range{{Lever: 1, Input: "rollout.ramp_months", Low: dec("0"), High: dec("601")}},
			ErrOutOfRange, "ranges[0].high", "601 (want whole months, 0 to 600)"},
		{"delay months low -1", []Range{{Lever: 1, Input: "rollout.delay_months", Low: dec("-1"), High: dec("3")}},
			ErrOutOfRange, "ranges[0].low", "-1 (want whole months, 0 to 600)"},
		{"delay months low 0.0001", []Range{{Lever: 0, Input: "rollout.delay_months", Low: dec("0.0001"), High: dec("3")}},
			ErrOutOfRange, "ranges[0].low", "0.0001 (want whole months, 0 to 600)"},
		{"delay months above the value", []Range{{Lever: 1, Input: "rollout.delay_months", Low: dec("1"), High: dec("3")}},
			ErrOutOfRange, "ranges[0]", "the lever's rollout.delay_months 0 is not within low 1 and high 3"},
		{"another lever's input", []Range{{Lever: 0, Input: "seconds_saved", Low: dec("20"), High: dec("40")}},
			ErrInvalid, "ranges[0].input", "levers[0]"},
		{"duplicate", []Range{{Lever: 1, Input: "seconds_saved", Low: dec("20"), High: dec("40")},
			{Lever: 1, Input: "seconds_saved", Low: dec("25"), High: dec("35")}},
			ErrDuplicate, "ranges[1].input", "levers[1].seconds_saved is also ranges[0]"},
		{"low above the value", []Range{{Lever: 1, Input: "seconds_saved", Low: dec("31"), High: dec("40")}},
			ErrOutOfRange, "ranges[0]", "the lever's seconds_saved 30 is not within low 31 and high 40"},
		{"value above high", []Range{{Lever: 0, Input: "after", Low: dec("0.6"), High: dec("0.74")}},
			ErrOutOfRange, "ranges[0]", "the lever's after 0.75 is not within low 0.6 and high 0.74"},
		{"hostile low", []Range{{Lever: 1, Input: "seconds_saved", Low: decimal.New(1, -2_000_000_000), High: dec("40")}},
			ErrTooLarge, "ranges[0].low", ""},
		{"hostile high", []Range{{Lever: 1, Input: "seconds_saved", Low: dec("20"), High: decimal.New(-7, 2_000_000_000)}},
			ErrTooLarge, "ranges[0].high", ""},
		{"60-digit high", []Range{{Lever: 1, Input: "seconds_saved", Low: dec("20"), High: dec(strings.Repeat("9", 60))}},
			ErrTooLarge, "ranges[0].high", ""},
		{"51 ranges", make([]Range, 51), ErrTooLarge, "ranges", "51 ranges (at most 50)"},
		// At an end the lever's own checks run, and say which end.
		{"high beyond the AHT", []Range{{Lever: 1, Input: "seconds_saved", Low: dec("20"), High: dec("400")}},
			ErrOutOfRange, "levers[1].seconds_saved", "(with ranges[0].high)"},
		{"negative low", []Range{{Lever: 1, Input: "cost_per_contact", Low: dec("0.05"), High: dec("0.5")},
			{Lever: 1, Input: "seconds_saved", Low: dec("-5"), High: dec("40")}},
			ErrNegative, "levers[1].seconds_saved", "(with ranges[1].low)"},
		{"rate above 1 at high", []Range{{Lever: 0, Input: "after", Low: dec("0.6"), High: dec("1.2")}},
			ErrOutOfRange, "levers[0].after", "(with ranges[0].high)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rangesCenter().Estimate(Scenario{Levers: rangesLevers("0"), Labour: LabourProportional, Ranges: tt.ranges})
			fe := returnsFindError(err, tt.want, tt.path)
			if fe == nil {
				t.Fatalf("Estimate(%s) error = %v, want %v at %s", tt.name, err, tt.want, tt.path)
			}
			if !strings.Contains(fe.Detail, tt.detail) {
				t.Errorf("Estimate(%s) detail = %q, want it to contain %q", tt.name, fe.Detail, tt.detail)
			}
			if strings.HasPrefix(tt.path, "levers[1]") && fe.Name != "agent assist" {
				t.Errorf("Estimate(%s) error names %q, want \"agent assist\"", tt.name, fe.Name)
			}
		})
	}
}

// rangesCut is the 36 s cut of issue 8's defect 2 on rangesCenter: 10000
// calls × 36 / 60 = 6000 minutes at 1.00, so 6000 a month at full effect;
// fee 4000 a month, one-time 10000.
func rangesCut(ro Rollout) HandleTimeReduction {
	return HandleTimeReduction{Name: "agent assist", Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"),
		Investment: Investment{OneTime: dec("10000"), MonthlyFee: dec("4000")}, Rollout: ro}
}

// TestRangesRolloutMonths pins ranges over a rollout's months (review
// 0bf502b: they were refused as "not a number input"). Twelve months at
// 0%, so NPV = Net = Σ gross − 10000 − 4000 × the months live; a month at
// adoption a grosses 6000 a, and pays the fee in full once live.
//
// The ramp (the lever's 6, from 0 to 12 months), no delay: 12 months live,
// costs 10000 + 12 × 4000 = 58000.
//
//	ramp 0:  12 × 6000 = 72000; NPV 72000 − 58000 = 14000
//	ramp 6:  1000 + 2000 + … + 5000 + 7 × 6000 = 15000 + 42000 = 57000; NPV −1000
//	ramp 12: Σ 6000 m / 12 (m = 1..12) = 500 × 78 = 39000; NPV −19000
//
// AtLow 14000, AtHigh −19000, spread 33000: the pessimistic case is the
// high end (12), the optimistic the low (0). Payback (each month at full
// effect nets 6000 − 4000 = 2000): ramp 0, −10000 + 2000 m ≥ 0 at m = 5;
// ramp 6, month 13 (defect 2's figure); ramp 12, the cumulative is −19000
// at month 12, then −19000 + 2000 k ≥ 0 at k = 10: month 22. ROI (TEI) at
// ramp 12: −19000 / 58000 = −19/58; its first month grosses 500, adds 4000,
// nets −3500, cumulative −13500.
//
// The delay (0, from 0 to 2 months), the ramp 6: delay 2 leaves months 1
// and 2 with nothing (no effect, no fee), months 3 to 8 at 1/6 … 6/6
// (1000 … 6000 = 21000), months 9 to 12 at 6000 (24000): benefits 45000,
// costs 10000 + 10 × 4000 = 50000, NPV −5000. AtLow −1000 (the lever as
// given), AtHigh −5000, spread 4000: pessimistic the high end (2).
// Payback: −5000 at month 12, +2000 a month: month 15.
//
// The period view is at full effect whatever the rollout: every case's
// Total is gross 6000, added 4000, net 2000.
func TestRangesRolloutMonths(t *testing.T) {
	full := Amounts{Gross: dec("6000"), Added: dec("4000"), Net: dec("2000")}
	tests := []struct {
		name    string
		r       Range
		atLow   string
		atHigh  string
		spread  string
		values  [3]string // the input in the pessimistic, expected and optimistic cases
		npv     [3]string
		payback [3]int
	}{
		{"ramp 0 to 12", Range{Lever: 0, Input: "rollout.ramp_months", Low: dec("0"), High: dec("12")}, "14000", "-19000", "33000",
			[3]string{"12", "6", "0"}, [3]string{"-19000", "-1000", "14000"}, [3]int{22, 13, 5}},
		{"delay 0 to 2", Range{Lever: 0, Input: "rollout.delay_months", Low: dec("0"), High: dec("2")}, "-1000", "-5000", "4000",
			[3]string{"2", "0", "0"}, [3]string{"-5000", "-1000", "-1000"}, [3]int{15, 13, 13}},
	}
	for _, tt := range tests {
		s := rangesEstimate(t, Scenario{Levers: []Lever{rangesCut(Rollout{RampMonths: 6})}, Labour: LabourProportional,
			Horizon: Horizon{Months: 12}, Ranges: []Range{tt.r}})
		u := s.Uncertainty
		want := []Swing{{Range: 0, Lever: "agent assist", Input: tt.r.Input, Low: tt.r.Low, High: tt.r.High,
			AtLow: dec(tt.atLow), AtHigh: dec(tt.atHigh), Spread: dec(tt.spread)}}
		if diff := cmp.Diff(want, u.Tornado); diff != "" {
			t.Errorf("Estimate(%s).Uncertainty.Tornado mismatch (-want +got):\n%s", tt.name, diff)
		}
		for k, c := range []struct {
			name string
			c    Case
		}{{"Pessimistic", u.Pessimistic}, {"Expected", u.Expected}, {"Optimistic", u.Optimistic}} {
			values := decs(tt.values[k])
			if !cmp.Equal(values, c.c.Values) || !c.c.Returns.NPV.Equal(dec(tt.npv[k])) || c.c.Returns.PaybackMonth != tt.payback[k] {
				t.Errorf("Estimate(%s).Uncertainty.%s: values %v, NPV %v, payback %d; want %v, %s, %d",
					tt.name, c.name, c.c.Values, c.c.Returns.NPV, c.c.Returns.PaybackMonth, values, tt.npv[k], tt.payback[k])
			}
			if diff := cmp.Diff(full, c.c.Total); diff != "" {
				t.Errorf("Estimate(%s).Uncertainty.%s.Total mismatch (-want +got):\n%s", tt.name, c.name, diff)
			}
		}
	}

	// The pessimistic ramp of 12 months, month by month where it shows.
	s := rangesEstimate(t, Scenario{Levers: []Lever{rangesCut(Rollout{RampMonths: 6})}, Labour: LabourProportional,
		Horizon: Horizon{Months: 12}, Ranges: []Range{{Lever: 0, Input: "rollout.ramp_months", Low: dec("0"), High: dec("12")}}})
	p := s.Uncertainty.Pessimistic.Returns
	first := CashFlow{Month: 1, Gross: dec("500"), Added: dec("4000"), Net: dec("-3500"), Cumulative: dec("-13500")}
	if !cmp.Equal(first, p.Months[0]) || !p.Benefits.Equal(dec("39000")) || !p.Costs.Equal(dec("58000")) || !p.ROI.Equal(ratio("-19", "58")) {
		t.Errorf("Estimate(ramp 0 to 12).Uncertainty.Pessimistic.Returns: month 1 %+v, benefits %v, costs %v, ROI %v; "+
			"want %+v, 39000, 58000, -19/58", p.Months[0], p.Benefits, p.Costs, p.ROI, first)
	}

	// A part of a month is refused at the end that has it: the ramp's 6
	// months lie between 1.5 and 12, but 1.5 is not whole.
	_, err := rangesCenter().Estimate(Scenario{Levers: []Lever{rangesCut(Rollout{RampMonths: 6})}, Labour: LabourProportional,
		Horizon: Horizon{Months: 12}, Ranges: []Range{{Lever: 0, Input: "rollout.ramp_months", Low: dec("1.5"), High: dec("12")}}})
	if fe := returnsFindError(err, ErrOutOfRange, "ranges[0].low"); fe == nil || !strings.Contains(fe.Detail, "1.5 (want whole months, 0 to 600)") {
		t.Errorf("Estimate(ramp_months low 1.5) error = %v, want ErrOutOfRange at ranges[0].low: 1.5 (want whole months, 0 to 600)", err)
	}
}

// TestRangesMonthlyFeeNeedsMonths pins a range over a monthly fee on a
// weekly model: the fee's end needs the week's length in months, so the
// scenario needs a convention even when the lever's own fee is zero.
//
// Regression (review 0bf502b, item 8): without a convention the estimate
// panicked at the range's high end (a nil pointer dereference: the period
// had no length in months); now it is refused up front with ErrNotSet at
// "convention".
//
// With one, the 36 s cut saves 10000 × 36 / 60 = 6000 minutes at 1.00 in
// the week, without a horizon (the measure is the period's net):
//
//	52-weeks: a week is 12/52 = 3/13 of a month; fee 1300 × 3/13 = 300:
//	    AtLow (fee 0) 6000, AtHigh 5700, spread 300
//	actual-days: 12 × 7/365 = 84/365 of a month (2026 has 365 days); fee
//	    1300 × 84/365 = 109200/365 = 299.178… → 299.18: AtHigh 5700.82, spread 299.18
//
// The pessimistic case is the fee's high end: gross 6000, added the fee,
// net as AtHigh. A range whose ends are both 0 needs no months.
func TestRangesMonthlyFeeNeedsMonths(t *testing.T) {
	week := rangesCenter()
	week.Period = MustParsePeriod("2026-W11")
	cut := HandleTimeReduction{Name: "agent assist", Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36")}
	fee := []Range{{Lever: 0, Input: "investment.monthly_fee", Low: dec("0"), High: dec("1300")}}
	estimate := func(c Convention, ranges []Range) (s Savings, err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("panic: %v", p)
			}
		}()
		return week.Estimate(Scenario{Levers: []Lever{cut}, Labour: LabourProportional, Convention: c, Ranges: ranges})
	}

	_, err := estimate(0, fee)
	var fe *FieldError
	if !errors.Is(err, ErrNotSet) || !errors.As(err, &fe) || fe.Path != "convention" {
		t.Errorf("Estimate(2026-W11, range over investment.monthly_fee, no convention) error = %v, want ErrNotSet at convention", err)
	}

	tests := []struct {
		convention     Convention
		added, atHigh  string
		spread         string
		pessimisticNet string
	}{
		{Convention52Weeks, "300", "5700", "300", "5700"},
		{ConventionActualDays, "299.18", "5700.82", "299.18", "5700.82"},
	}
	for _, tt := range tests {
		s, err := estimate(tt.convention, fee)
		if err != nil {
			t.Fatalf("Estimate(2026-W11, fee range, %s) error: %v", tt.convention, err)
		}
		u := s.Uncertainty
		want := []Swing{{Range: 0, Lever: "agent assist", Input: "investment.monthly_fee", Low: dec("0"), High: dec("1300"),
			AtLow: dec("6000"), AtHigh: dec(tt.atHigh), Spread: dec(tt.spread)}}
		if diff := cmp.Diff(want, u.Tornado); diff != "" {
			t.Errorf("Estimate(2026-W11, fee range, %s).Uncertainty.Tornado mismatch (-want +got):\n%s", tt.convention, diff)
		}
		pess := Case{Values: decs("1300"), Total: Amounts{Gross: dec("6000"), Added: dec(tt.added), Net: dec(tt.pessimisticNet)}}
		if diff := cmp.Diff(pess, u.Pessimistic); diff != "" {
			t.Errorf("Estimate(2026-W11, fee range, %s).Uncertainty.Pessimistic mismatch (-want +got):\n%s", tt.convention, diff)
		}
	}

	s, err := estimate(0, []Range{{Lever: 0, Input: "investment.monthly_fee", Low: dec("0"), High: dec("0")}})
	if err != nil || !s.Uncertainty.Tornado[0].AtHigh.Equal(dec("6000")) {
		t.Errorf("Estimate(2026-W11, fee range 0 to 0, no convention) = %+v, %v; want AtHigh 6000, no error", s.Uncertainty.Tornado, err)
	}
}
