package contactcost

import (
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
		{"a count, not a number", []Range{{Lever: 1, Input: "rollout.ramp_months", Low: dec("0"), High: dec("6")}},
			ErrInvalid, "ranges[0].input", `"rollout.ramp_months" is not a number input of levers[1]`},
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
