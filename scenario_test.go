package contactcost

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Tests of Scenario and Model.Estimate: the scenario's own checks, the
// order of levers, increments and totals, outcomes, monthly fees and the
// period's length in months, the labour assumption, and safety. Figures
// are worked by hand on leverCenter (helpers_test.go; its prices are
// recalled at the top of levers_test.go).

// scenarioDeflect deflects every tenth voice call, all resolved, at no
// cost: voice 9000 contacts, minutes in proportion, 1000 self-service
// sessions.
var scenarioDeflect = SelfServiceDeflection{From: ChannelVoice, Reach: dec("0.1"), Resolution: dec("1")}

// scenarioAssist saves 30 s on every voice contact for 0.10 a contact.
var scenarioAssist = HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("30"), CostPerContact: dec("0.10")}

// scenarioEstimate runs a scenario that must succeed.
func scenarioEstimate(t *testing.T, m Model, s Scenario) Savings {
	t.Helper()
	sv, err := m.Estimate(s)
	if err != nil {
		t.Fatalf("Estimate(...) error: %v", err)
	}
	return sv
}

// scenarioCheck compares one figure of an estimate.
func scenarioCheck(t *testing.T, what string, want, got any) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Estimate(...).%s mismatch (-want +got):\n%s", what, diff)
	}
}

// TestScenarioErrors checks Estimate's own checks of the scenario: every
// problem reported, each at its path.
func TestScenarioErrors(t *testing.T) {
	levers := func(n int) []Lever {
		out := make([]Lever, n)
		for i := range out {
			out[i] = ACDRouting{AHTReductionSeconds: dec("1")}
		}
		return out
	}
	tests := []struct {
		name string
		s    Scenario
		want []leverRunnerProblem
	}{
		{"labour not set", Scenario{Levers: levers(1)}, []leverRunnerProblem{{"labour", "", ErrNotSet}}},
		{"labour invalid", Scenario{Levers: levers(1), Labour: Labour(9)}, []leverRunnerProblem{{"labour", "", ErrInvalid}}},
		{"no levers", Scenario{Labour: LabourUnchanged}, []leverRunnerProblem{{"levers", "", ErrNotSet}}},
		{"more than 100 levers", Scenario{Labour: LabourUnchanged, Levers: levers(101)}, []leverRunnerProblem{{"levers", "", ErrTooLarge}}},
		{"labour and levers both missing", Scenario{}, []leverRunnerProblem{{"labour", "", ErrNotSet}, {"levers", "", ErrNotSet}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := leverCenter().Estimate(tc.s)
			if diff := cmp.Diff(tc.want, leverRunnerProblems(err), leverRunnerCompareErr); diff != "" {
				t.Errorf("Estimate(...) problems mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
	// 100 levers of 1 s each: 100 s of voice's 360 s AHT, 10000 × 100 /
	// 60 minutes; accepted.
	if _, err := leverCenter().Estimate(Scenario{Labour: LabourUnchanged, Levers: levers(100)}); err != nil {
		t.Errorf("Estimate(100 levers) error: %v", err)
	}
}

// TestScenarioOrderMatters applies a deflection and a handle-time tool in
// both orders. Proportional labour: wages 1.2, carrier 0.02 a voice handle
// minute, toll 0.1 a queue minute.
//
// Deflection then tool. Deflection: voice 9000 contacts, 54000 handle,
// 18000 queue: wages 112800, carrier 1080, toll 1800, platform 30000 =
// 145680; increment 7520 gross, 0 added. Tool on the 9000 contacts left:
// handle 54000 − 9000 × 0.5 = 49500: wages 107400, carrier 990, toll
// 1800, platform 30000 = 140190; fee 9000 × 0.10 = 900; increment 145680 −
// 140190 = 5490 gross, 900 added, 4590 net. Total 13010, 900, 12110.
//
// Tool then deflection. Tool: handle 55000: wages 114000, carrier 1100,
// toll 2000, platform 30000 = 147100; fee 10000 × 0.10 = 1000; increment
// 6100, 1000, 5100. Deflection: voice 9000 contacts, 49500 handle, 18000
// queue: 140190 again; increment 147100 − 140190 = 6910, 0, 6910. Total
// 13010, 1000, 12010.
//
// The volumes end the same; the tool's fee does not: it was paid on the
// 1000 contacts deflection later removes. Alone, each lever saves what it
// saves first: deflection 7520, tool 6100 gross, 1000 added, 5100 net.
func TestScenarioOrderMatters(t *testing.T) {
	tests := []struct {
		name                    string
		levers                  []Lever
		increments, alone       []Amounts
		total                   Amounts
		voiceAfter, selfService Volume
	}{
		{"deflection then tool", []Lever{scenarioDeflect, scenarioAssist},
			[]Amounts{leversAmounts("7520", "0", "7520"), leversAmounts("5490", "900", "4590")},
			[]Amounts{leversAmounts("7520", "0", "7520"), leversAmounts("6100", "1000", "5100")},
			leversAmounts("13010", "900", "12110"),
			leversVoice("9000", "49500", "18000"), leversAuto(ChannelSelfService, "1000", "0")},
		{"tool then deflection", []Lever{scenarioAssist, scenarioDeflect},
			[]Amounts{leversAmounts("6100", "1000", "5100"), leversAmounts("6910", "0", "6910")},
			[]Amounts{leversAmounts("6100", "1000", "5100"), leversAmounts("7520", "0", "7520")},
			leversAmounts("13010", "1000", "12010"),
			leversVoice("9000", "49500", "18000"), leversAuto(ChannelSelfService, "1000", "0")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sv := scenarioEstimate(t, leverCenter(), Scenario{Labour: LabourProportional, Levers: tc.levers})
			var inc, alone []Amounts
			for _, ls := range sv.Levers {
				inc, alone = append(inc, ls.Increment), append(alone, ls.Alone)
			}
			scenarioCheck(t, "Levers[i].Increment", tc.increments, inc)
			scenarioCheck(t, "Levers[i].Alone", tc.alone, alone)
			scenarioCheck(t, "Total", tc.total, sv.Total)
			var voice, ss []string
			for _, f := range sv.After.Channels {
				switch f.Channel {
				case ChannelVoice:
					voice = []string{f.Contacts.String(), f.HandleMinutes.String(), f.QueueMinutes.String()}
				case ChannelSelfService:
					ss = []string{f.Contacts.String(), f.HandleMinutes.String()}
				}
			}
			scenarioCheck(t, "After voice", []string{"9000", "49500", "18000"}, voice)
			scenarioCheck(t, "After self-service", []string{"1000", "0"}, ss)
		})
	}
}

// TestScenarioAloneVersusIncrement checks that Alone is the lever applied
// alone to the model and Increment what it adds after the levers before
// it (TestScenarioOrderMatters works the figures): the tool saves 5490
// gross after the deflection but 6100 alone; the first lever's Alone is
// its Increment.
func TestScenarioAloneVersusIncrement(t *testing.T) {
	sv := scenarioEstimate(t, leverCenter(), Scenario{Labour: LabourProportional, Levers: []Lever{scenarioDeflect, scenarioAssist}})
	scenarioCheck(t, "Levers[0].Alone", sv.Levers[0].Increment, sv.Levers[0].Alone)
	scenarioCheck(t, "Levers[1].Increment", leversAmounts("5490", "900", "4590"), sv.Levers[1].Increment)
	scenarioCheck(t, "Levers[1].Alone", leversAmounts("6100", "1000", "5100"), sv.Levers[1].Alone)
	// The tool alone is the scenario of the tool alone.
	alone := scenarioEstimate(t, leverCenter(), Scenario{Labour: LabourProportional, Levers: []Lever{scenarioAssist}})
	scenarioCheck(t, "Total of the tool alone", sv.Levers[1].Alone, alone.Total)
}

// TestScenarioOutcome checks each step's outcome: its cost and cost per
// contact in both scopes.
//
// Before: 153200 over 15000 assisted contacts, 10.2133… (10.21).
// After the deflection: 145680 (TestScenarioOrderMatters); assisted
// contacts 9000 + 5000 = 14000, all 14000 + 1000 sessions = 15000;
// 145680 / 14000 = 10.405714… → 10.41 a handled contact (up: the calls
// left are the costly ones), 145680 / 15000 = 9.712 → 9.71 a contact.
// After the tool: 140190 + 900 = 141090; 141090 / 14000 = 10.077857… →
// 10.08, 141090 / 15000 = 9.406 → 9.41.
func TestScenarioOutcome(t *testing.T) {
	sv := scenarioEstimate(t, leverCenter(), Scenario{Labour: LabourProportional, Levers: []Lever{scenarioDeflect, scenarioAssist}})
	want := []Outcome{
		{Cost: dec("145680"), AssistedContacts: dec("14000"), AllContacts: dec("15000"),
			CostPerAssistedContact: dec("10.41"), CostPerContact: dec("9.71"),
			ExactCostPerAssistedContact: ratio("145680", "14000"), ExactCostPerContact: ratio("145680", "15000")},
		{Cost: dec("141090"), AssistedContacts: dec("14000"), AllContacts: dec("15000"),
			CostPerAssistedContact: dec("10.08"), CostPerContact: dec("9.41"),
			ExactCostPerAssistedContact: ratio("141090", "14000"), ExactCostPerContact: ratio("141090", "15000")},
	}
	scenarioCheck(t, "Levers[i].After", want, []Outcome{sv.Levers[0].After, sv.Levers[1].After})
	if got := sv.Before.Center.CostPerContact; !got.Equal(dec("10.21")) {
		t.Errorf("Estimate(...).Before.Center.CostPerContact = %s, want 153200 / 15000 = 10.21", got)
	}
	if got := sv.After.Center.Cost; !got.Equal(dec("141090")) {
		t.Errorf("Estimate(...).After.Center.Cost = %s, want 141090", got)
	}
}

// scenarioQuarter is leverCenter's figures stated for the first quarter of
// 2026: three whole months.
func scenarioQuarter() Model {
	m := leverCenter()
	m.Period = MustParsePeriod("2026-Q1")
	return m
}

// scenarioWeek is leverCenter's figures stated for ISO week 10 of 2026
// (2026-03-02 to 2026-03-09): not whole calendar months.
func scenarioWeek() Model {
	m := leverCenter()
	m.Period = MustParsePeriod("2026-W10")
	return m
}

// scenarioRouting is leversCases' ACD routing with a monthly fee of fee:
// gross 2013 (600 transfers × 65 s + 10000 × 6 s = 1650 handle minutes ×
// 1.22) in any period the figures are stated for.
func scenarioRouting(fee string) ACDRouting {
	return ACDRouting{TransferRateBefore: dec("0.10"), TransferRateAfter: dec("0.04"), WastedSeconds: dec("65"),
		AHTReductionSeconds: dec("6"), Investment: Investment{MonthlyFee: dec(fee)}}
}

// TestScenarioMonthlyFee checks that a monthly fee is paid for each month
// of the model's period: once in a month, three times in a quarter, and in
// a week as the convention measures the week.
func TestScenarioMonthlyFee(t *testing.T) {
	tests := []struct {
		name       string
		model      func() Model
		convention Convention
		fee        string
		line       string // the fee line's amount
		want       Amounts
	}{
		// 500 × 1 month.
		{"a month", leverCenter, 0, "500", "500", leversAmounts("2013", "500", "1513")},
		// 500 × 3 months = 1500.
		{"a quarter", scenarioQuarter, 0, "500", "1500", leversAmounts("2013", "1500", "513")},
		// A whole calendar month is 1 month whatever the convention.
		{"a month, convention given", leverCenter, ConventionEqualMonths, "500", "500", leversAmounts("2013", "500", "1513")},
		// 52-weeks: a week is 1/52 of a year, 12/52 of a month: 520 ×
		// 12 / 52 = 120.
		{"a week, 52-weeks", scenarioWeek, Convention52Weeks, "520", "120", leversAmounts("2013", "120", "1893")},
		// actual-days: 7 of 2026's 365 days, 12 × 7 / 365 = 84/365 of a
		// month: 520 × 84 / 365 = 43680 / 365 = 119.6712… → 119.67.
		{"a week, actual-days", scenarioWeek, ConventionActualDays, "520", "119.67", leversAmounts("2013", "119.67", "1893.33")},
		// No fee: the week need not be measured in months.
		{"a week without a fee", scenarioWeek, 0, "0", "", leversAmounts("2013", "0", "2013")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.model()
			sv := scenarioEstimate(t, m, Scenario{Labour: LabourProportional, Convention: tc.convention, Levers: []Lever{scenarioRouting(tc.fee)}})
			scenarioCheck(t, "Total", tc.want, sv.Total)
			var want []leversLine
			if tc.line != "" {
				want = []leversLine{{"ACD routing: monthly fee", CategoryTechnology, ChannelVoice, dec(tc.line)}}
			}
			scenarioCheck(t, "After lever lines", want, leversOwnLines(m, sv.After))
		})
	}
}

// TestScenarioConventionErrors checks that a week with a monthly fee needs
// a convention that measures a week the same wherever it falls.
func TestScenarioConventionErrors(t *testing.T) {
	tests := []struct {
		name       string
		convention Convention
		want       error
	}{
		{"not set", 0, ErrNotSet},
		// Equal months measure a week by its month's days: 7/31 of a
		// month in March, 7/28 in February.
		{"equal-months", ConventionEqualMonths, ErrInvalid},
		{"30e/360", Convention30E360, ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scenarioWeek().Estimate(Scenario{Labour: LabourProportional, Convention: tc.convention,
				Levers: []Lever{scenarioRouting("520")}})
			if diff := cmp.Diff([]leverRunnerProblem{{"convention", "", tc.want}}, leverRunnerProblems(err), leverRunnerCompareErr); diff != "" {
				t.Errorf("Estimate(week, %v) problems mismatch (-want +got):\n%s\nerror: %v", tc.convention, diff, err)
			}
		})
	}
}

// TestScenarioLabourStated checks that the result states the labour
// assumption it was priced under, in Labour and in the assumptions.
func TestScenarioLabourStated(t *testing.T) {
	for _, labour := range []Labour{LabourUnchanged, LabourProportional} {
		sv := scenarioEstimate(t, leverCenter(), Scenario{Labour: labour, Levers: []Lever{scenarioAssist}})
		if sv.Labour != labour {
			t.Errorf("Estimate(%v).Labour = %v, want %v", labour, sv.Labour, labour)
		}
		found := false
		for _, a := range sv.Assumptions {
			found = found || strings.HasPrefix(a, "labour "+labour.String()+":")
		}
		if !found {
			t.Errorf("Estimate(%v).Assumptions = %q, want a sentence on labour %v", labour, sv.Assumptions, labour)
		}
	}
}

// TestScenarioReportsVerify checks that the reports before and after pass
// Report.Verify, for every lever of leversCases and for a scenario of two.
func TestScenarioReportsVerify(t *testing.T) {
	check := func(t *testing.T, sv Savings) {
		t.Helper()
		if err := sv.Before.Verify(); err != nil {
			t.Errorf("Estimate(...).Before.Verify() = %v", err)
		}
		if err := sv.After.Verify(); err != nil {
			t.Errorf("Estimate(...).After.Verify() = %v", err)
		}
	}
	for _, tc := range leversCases {
		t.Run(tc.name, func(t *testing.T) { check(t, leversEstimate(t, tc.model(), tc.labour, tc.lever)) })
	}
	t.Run("two levers", func(t *testing.T) {
		check(t, scenarioEstimate(t, leverCenter(), Scenario{Labour: LabourProportional, Levers: []Lever{scenarioDeflect, scenarioAssist}}))
	})
}

// scenarioLevers returns a fresh set of levers, one of each kind that
// works on leverCenter, with slices and investments.
func scenarioLevers() []Lever {
	return []Lever{
		SelfServiceDeflection{From: ChannelChat, Reach: dec("0.5"), Resolution: dec("0.3"), CostPerSession: dec("0.2"),
			Investment: Investment{OneTime: dec("10000"), MonthlyFee: dec("300")}, Rollout: Rollout{DelayMonths: 1, RampMonths: 3}},
		IVRContainment{TargetRate: dec("0.1"), MenuMinutes: dec("0.5"), CostPerMinute: dec("0.01")},
		&HandleTimeReduction{Channels: []Channel{ChannelVoice, ChannelChat}, SecondsSaved: dec("20"), CostPerContact: dec("0.05"),
			Investment: Investment{OneTime: dec("5000")}},
		FirstContactResolution{Channel: ChannelChat, Before: dec("0.6"), After: dec("0.7"), RepeatsPerUnresolved: dec("1.5")},
	}
}

// TestScenarioDoesNotModify checks that an estimate leaves the model and
// the levers as they were, and returns each lever as a value copy of the
// one given: the value of a pointer lever (review of 0bf502b, finding 6;
// before it, the pointer itself).
func TestScenarioDoesNotModify(t *testing.T) {
	m, levers := leverCenter(), scenarioLevers()
	sv := scenarioEstimate(t, m, Scenario{Labour: LabourProportional, Levers: levers, Horizon: Horizon{Months: 6}})
	if diff := cmp.Diff(leverCenter(), m); diff != "" {
		t.Errorf("Estimate(...) modified the model (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(scenarioLevers(), levers); diff != "" {
		t.Errorf("Estimate(...) modified the levers (-before +after):\n%s", diff)
	}
	for i, ls := range sv.Levers {
		want := levers[i]
		if p, ok := want.(*HandleTimeReduction); ok {
			want = *p
		}
		if diff := cmp.Diff(want, ls.Lever); diff != "" {
			t.Errorf("Estimate(...).Levers[%d].Lever is not a value copy of the lever given (-given +got):\n%s", i, diff)
		}
	}
}

// TestScenarioConcurrent runs one estimate of one model and scenario from
// several goroutines at once (run with -race): every result is the same.
func TestScenarioConcurrent(t *testing.T) {
	m := leverCenter()
	s := Scenario{Labour: LabourProportional, Levers: scenarioLevers(),
		Horizon: Horizon{Months: 12, DiscountRate: dec("0.08"), Compounding: CompoundingMonthly},
		Ranges:  []Range{{Lever: 0, Input: "resolution", Low: dec("0.2"), High: dec("0.4")}}}
	want := scenarioEstimate(t, m, s)
	const n = 4
	got := make([]Savings, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for k := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[k], errs[k] = m.Estimate(s)
		}()
	}
	wg.Wait()
	for k := range n {
		if errs[k] != nil {
			t.Fatalf("Estimate(...) in goroutine %d error: %v", k, errs[k])
		}
		if diff := cmp.Diff(want, got[k]); diff != "" {
			t.Errorf("Estimate(...) in goroutine %d differs (-serial +concurrent):\n%s", k, diff)
		}
	}
}

// TestScenarioIncrementNegativeAdded checks an increment whose Added is
// negative: a later lever brings back down a line an earlier lever
// raised (review of 0bf502b, finding 2: an increment is the change of the
// cumulative figures, each line a saving or a cost by where it ends
// against the baseline). Total.Added, each Alone.Added and each month's
// Added stay ≥ 0, and the increments add up to the Total.
//
// leverCenter, proportional labour.
//   - Callback (levers_test.go's TestLeversCallbackAgentTimeAdded): 1000
//     callbacks, 1 queue minute avoided, 5 talk minutes credited at 0.02,
//     30 s of dialling each: handle 60500, queue 19000; wages 120600
//     (+600), carrier 1210 (+10), toll 1900 (−100), credit −100.
//     Cumulative gross 200, added 610, net −410.
//   - Then 30 s saved on voice's 10000 contacts: handle 60500 − 5000 =
//     55500; wages 1.2 × 95500 = 114600 (6000 down from 120600, 5400
//     below the baseline), carrier 1110 (90 below), toll 1900, credit
//     −100. Cumulative: nothing above the baseline, so added 0; gross
//     5400 + 90 + 100 + 100 = 5690; net 153200 − (114600 + 1110 + 1900 +
//     30000 − 100) = 5690 ✓. Increment: gross 5690 − 200 = 5490, added 0
//     − 610 = −610, net 5690 − (−410) = 6100.
//   - Total 5690, 0, 5690 = (200 + 5490, 610 − 610, −410 + 6100).
//   - Alone: the callback 200, 610, −410; the tool on leverCenter, handle
//     55000: wages − 6000, carrier − 100: 6100, 0, 6100.
//
// With a 3-month horizon and the tool live from month 2 (a delay of 1
// month): month 1 has the callback alone, 200, 610, −410; months 2 and 3
// both levers, 5690, 0, 5690. Benefits 11580, Costs 610, Net 10970,
// cumulative −410, 5280, 10970.
func TestScenarioIncrementNegativeAdded(t *testing.T) {
	callback := Callback{AcceptRate: dec("0.1"), WaitAvoided: dec("1"), TalkMinutes: dec("5"), OverheadSeconds: dec("30")}
	tool := HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("30"), Rollout: Rollout{DelayMonths: 1}}
	sv := scenarioEstimate(t, leverCenter(), Scenario{Labour: LabourProportional, Levers: []Lever{callback, tool},
		Horizon: Horizon{Months: 3}})
	scenarioCheck(t, "Levers[i].Increment", []Amounts{leversAmounts("200", "610", "-410"), leversAmounts("5490", "-610", "6100")},
		[]Amounts{sv.Levers[0].Increment, sv.Levers[1].Increment})
	scenarioCheck(t, "Total", leversAmounts("5690", "0", "5690"), sv.Total)
	scenarioCheck(t, "Levers[i].Alone", []Amounts{leversAmounts("200", "610", "-410"), leversAmounts("6100", "0", "6100")},
		[]Amounts{sv.Levers[0].Alone, sv.Levers[1].Alone})
	var sum Amounts
	for _, ls := range sv.Levers {
		sum = Amounts{Gross: sum.Gross.Add(ls.Increment.Gross), Added: sum.Added.Add(ls.Increment.Added), Net: sum.Net.Add(ls.Increment.Net)}
	}
	scenarioCheck(t, "sum of the increments", sv.Total, sum)
	var months []string
	for _, f := range sv.Returns.Months {
		months = append(months, f.Gross.String()+" "+f.Added.String()+" "+f.Net.String()+" "+f.Cumulative.String())
	}
	scenarioCheck(t, "Returns.Months (gross added net cumulative)", []string{"200 610 -410 -410", "5690 0 5690 5280", "5690 0 5690 10970"}, months)
	r := sv.Returns
	scenarioCheck(t, "Returns Benefits, Costs, Net", []string{"11580", "610", "10970"},
		[]string{r.Benefits.String(), r.Costs.String(), r.Net.String()})
}

// scenarioWagesByHandle and scenarioWagesByHours are leverCenter with the
// agents' hours given (voice 1200, chat 800: 50 handle minutes an hour on
// both), the same wage bill of 120000 varying with handle minutes in the
// first and with agent hours in the second (split by them).
func scenarioWagesByHandle() Model {
	m := leverCenter()
	m.Volumes[0].AgentHours, m.Volumes[1].AgentHours = dec("1200"), dec("800")
	return m
}

func scenarioWagesByHours() Model {
	m := scenarioWagesByHandle()
	m.Costs[0].VariesWith = MeasureAgentHours
	m.Costs[0].Basis = Basis{By: MeasureAgentHours, Among: []Channel{ChannelVoice, ChannelChat}}
	return m
}

// TestScenarioWagesDriverRegression pins defect 6 of issue 8.
//
// Regression (issue 8, defect 6): with the old default "staffing
// unchanged", a 30 s cut on voice saved 6100 when the wages varied with
// handle minutes (the wage line fell in a straight line, 1.2 × 5000) but
// 100 when they varied with agent hours (the hours stayed). Now the labour
// assumption decides, whatever the wages vary with: unchanged keeps the
// wage bill (only the non-labour lines move), proportional scales each
// channel's agent hours with its handle minutes, so wages by hours fall
// as wages by minutes do; unit-priced wages (1.20 a handle minute) keep
// their amount under unchanged too. Each lever's figures, worked for the wages by
// handle minutes (1.2 a minute), hold for the wages by hours (120000 /
// 2000 = 60 an hour, 1.2 a minute at 50 minutes an hour):
//
//   - tool, 30 s on voice: 5000 minutes. Unchanged: carrier 0.02 × 5000 =
//     100. Proportional: + 1.2 × 5000 = 6100 (by hours: voice 1200 ×
//     55000 / 60000 = 1100 hours, 120000 × 1900 / 2000 = 114000).
//   - verification, 2% filtered (60 s each), 30 s on the rest, 0.5 IVR
//     minutes a call at 0.05: handle − 5100 to 54900, queue − 400, IVR
//     250. Unchanged: carrier 102 + toll 40 = 142 − 250 = −108.
//     Proportional: + 1.2 × 5100 = 6262 gross, net 6012 (by hours: 1200 ×
//     54900 / 60000 = 1098, 120000 × 1898 / 2000 = 113880).
//   - deflection (levers_test.go's reach case, whose 100 returning
//     customers meet self-service again: 10 more sessions, 1010 in all,
//     510 escalated): handle 60000 → 57855, queue − 800, added 252.50
//     for the sessions and 500 for the fee, 752.50. Unchanged: carrier
//     0.02 × 2145 = 42.90 + toll 80 = 122.90, net −629.60. Proportional,
//     wages fall 1.2 × 2145 = 2574 too: 2696.90, net 1944.40 (by hours:
//     1200 × 57855 / 60000 = 1157.1, 120000 × 1957.1 / 2000 = 117426).
//   - FCR on chat, 1.6 → 1.3 contacts a need: chat handle 40000 → 32500.
//     Unchanged: 0 (no non-labour line varies on chat). Proportional: 1.2
//     × 7500 = 9000 (by hours: 800 × 13/16 = 650, 120000 × 1850 / 2000 =
//     111000).
//   - callback, 1000 callbacks with 30 s overhead, 150 repeats avoided
//     (2 queue minutes each), 150 served: handle 60000 → 61400, queue −
//     300. Line by line (review of 0bf502b, finding 2), a line that rises
//     is an added cost: unchanged, toll falls 30 (gross), carrier rises
//     28 (added), net 2; proportional, wages rise too, 1.2 × 1400 =
//     1680: gross 30, added 1708, net −1678 (by hours: 1200 × 61400 /
//     60000 = 1228, 120000 × 2028 / 2000 = 121680). (Before the review:
//     gross 2 and −1678, added 0.)
func TestScenarioWagesDriverRegression(t *testing.T) {
	tests := []struct {
		name                    string
		lever                   Lever
		unchanged, proportional Amounts
	}{
		{"handle-time reduction", HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("30")},
			leversAmounts("100", "0", "100"), leversAmounts("6100", "0", "6100")},
		{"IVR verification with filtering", IVRVerification{SecondsSaved: dec("30"), FilterRate: dec("0.02"), WastedSeconds: dec("60"),
			IVRMinutes: dec("0.5"), CostPerMinute: dec("0.05")},
			leversAmounts("142", "250", "-108"), leversAmounts("6262", "250", "6012")},
		{"self-service deflection", leversCaseNamed(t, "self-service deflection, reach").lever,
			leversAmounts("122.90", "752.50", "-629.60"), leversAmounts("2696.90", "752.50", "1944.40")},
		{"first-contact resolution", FirstContactResolution{Channel: ChannelChat, Before: dec("0.6"), After: dec("0.8"),
			RepeatsPerUnresolved: dec("1.5")},
			leversAmounts("0", "0", "0"), leversAmounts("9000", "0", "9000")},
		{"callback", Callback{AcceptRate: dec("0.1"), OverheadSeconds: dec("30"), AbandonBefore: dec("0.08"), AbandonAfter: dec("0.05"),
			RedialRate: dec("0.5")},
			leversAmounts("30", "28", "2"), leversAmounts("30", "1708", "-1678")},
	}
	for _, tc := range tests {
		for _, model := range []struct {
			name string
			m    func() Model
		}{{"wages by handle minutes", scenarioWagesByHandle}, {"wages by agent hours", scenarioWagesByHours},
			{"wages priced per handle minute", scenarioWagesUnitPriced}} {
			for _, labour := range []Labour{LabourUnchanged, LabourProportional} {
				t.Run(tc.name+"/"+model.name+"/"+labour.String(), func(t *testing.T) {
					want := tc.unchanged
					if labour == LabourProportional {
						want = tc.proportional
					}
					sv := leversEstimate(t, model.m(), labour, tc.lever)
					scenarioCheck(t, "Total", want, sv.Total)
				})
			}
		}
	}
}

// scenarioWagesUnitPriced is scenarioWagesByHandle with its wages priced
// at 1.20 a handle minute (100000 minutes: 120000) instead of an amount.
func scenarioWagesUnitPriced() Model {
	m := scenarioWagesByHandle()
	m.Costs[0].Amount, m.Costs[0].UnitPrice = decimal.Decimal{}, dec("1.20")
	return m
}

// scenarioOffice is the reproducer of defect 8: an office of 100.00 that
// varies with contacts, split by contacts over voice (1 contact) and chat
// (2 contacts).
func scenarioOffice() Model {
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{{Name: "Office", Category: CategoryFacilities, Amount: dec("100.00"), VariesWith: MeasureContacts,
			Basis: Basis{By: MeasureContacts}}},
		Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("1")}, {Channel: ChannelChat, Contacts: dec("2")}},
	}
}

// TestScenarioIncrementsAddUpRegression pins defect 8 of issue 8 with the
// issue's reproducer.
//
// Regression (issue 8, defect 8): deflecting voice fully, then chat at
// half, each increment was rounded on its own: 33.33 + 33.33 = 66.66
// against a total of 66.67. The office after each step: 100 × 2/3 =
// 66.666… → 66.67, then 100 × 1/3 = 33.333… → 33.33. Increments: 100 −
// 66.67 = 33.33, then 66.67 − 33.33 = 33.34; total 100 − 33.33 = 66.67 =
// 33.33 + 33.34.
func TestScenarioIncrementsAddUpRegression(t *testing.T) {
	sv := scenarioEstimate(t, scenarioOffice(), Scenario{Labour: LabourUnchanged, Levers: []Lever{
		SelfServiceDeflection{From: ChannelVoice, Reach: dec("1"), Resolution: dec("1")},
		SelfServiceDeflection{From: ChannelChat, Reach: dec("1"), Resolution: dec("0.5")},
	}})
	scenarioCheck(t, "Levers[i].Increment", []Amounts{leversAmounts("33.33", "0", "33.33"), leversAmounts("33.34", "0", "33.34")},
		[]Amounts{sv.Levers[0].Increment, sv.Levers[1].Increment})
	scenarioCheck(t, "Total", leversAmounts("66.67", "0", "66.67"), sv.Total)
	if err := sv.After.Verify(); err != nil {
		t.Errorf("Estimate(...).After.Verify() = %v", err)
	}
}

// scenarioRandomModel builds a small center with amounts in cents that
// split and scale into repeating decimals.
func scenarioRandomModel(r *rand.Rand) Model {
	cents := func(max int) decimal.Decimal { return decimal.New(int64(1+r.IntN(max)), -2) }
	c1, c2 := 1+r.IntN(40), 1+r.IntN(40)
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{
			{Name: "Wages", Category: CategoryWages, Amount: cents(9999999), VariesWith: MeasureHandleMinutes,
				Basis: Basis{By: MeasureHandleMinutes}},
			{Name: "Office", Category: CategoryFacilities, Amount: cents(999999), VariesWith: MeasureContacts, Basis: Basis{By: MeasureContacts}},
			{Name: "Toll", Category: CategoryTelephony, Amount: cents(99999), VariesWith: MeasureQueueMinutes, Channel: ChannelVoice},
			{Name: "Carrier", Category: CategoryTelephony, UnitPrice: decimal.New(int64(1+r.IntN(9)), -3), VariesWith: MeasureHandleMinutes,
				Channel: ChannelVoice},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: decimal.NewFromInt(int64(c1)), HandleMinutes: decimal.NewFromInt(int64(c1 * (1 + r.IntN(12)))),
				QueueMinutes: decimal.NewFromInt(int64(1 + r.IntN(200)))},
			{Channel: ChannelChat, Contacts: decimal.NewFromInt(int64(c2)), HandleMinutes: decimal.NewFromInt(int64(c2 * (1 + r.IntN(12))))},
		},
	}
}

// scenarioRandomLever builds a lever of a random kind with random inputs
// in their ranges (some fail the cross-checks; the property skips them).
func scenarioRandomLever(r *rand.Rand) Lever {
	tenth := func() decimal.Decimal { return decimal.New(int64(r.IntN(11)), -1) }
	cents := func(max int) decimal.Decimal { return decimal.New(int64(r.IntN(max)), -2) }
	ch := []Channel{ChannelVoice, ChannelChat}[r.IntN(2)]
	inv := Investment{MonthlyFee: cents(5000)}
	switch r.IntN(7) {
	case 0:
		return SelfServiceDeflection{From: ch, Reach: tenth(), Resolution: tenth(), ReContactRate: tenth(),
			EscalationSeconds: decimal.NewFromInt(int64(r.IntN(30))), CostPerSession: cents(300), Investment: inv}
	case 1:
		return HandleTimeReduction{Channels: []Channel{ch}, SecondsSaved: decimal.NewFromInt(int64(r.IntN(45))), CostPerContact: cents(50),
			Investment: inv}
	case 2:
		b := r.IntN(6)
		return ACDRouting{Channel: ch, TransferRateBefore: decimal.New(int64(b), -1), TransferRateAfter: decimal.New(int64(r.IntN(b+1)), -1),
			WastedSeconds: decimal.NewFromInt(int64(r.IntN(40))), AHTReductionSeconds: decimal.NewFromInt(int64(r.IntN(15)))}
	case 3:
		b := r.IntN(10)
		return FirstContactResolution{Channel: ch, Before: decimal.New(int64(b), -1), After: decimal.New(int64(b+r.IntN(11-b)), -1),
			RepeatsPerUnresolved: decimal.New(int64(1+r.IntN(20)), -1), Investment: inv}
	case 4:
		return IVRContainment{TargetRate: decimal.New(int64(r.IntN(6)), -1), ReturnRate: tenth(), ContainedMinutes: decimal.NewFromInt(int64(r.IntN(3))),
			CostPerMinute: cents(10)}
	case 5:
		return IVRVerification{SecondsSaved: decimal.NewFromInt(int64(r.IntN(40))), FilterRate: decimal.New(int64(r.IntN(5)), -2),
			WastedSeconds: decimal.NewFromInt(int64(r.IntN(40))), IVRMinutes: decimal.New(int64(r.IntN(10)), -1), CostPerMinute: cents(10)}
	}
	return Callback{AcceptRate: tenth(), WaitAvoided: decimal.New(int64(r.IntN(20)), -1), TalkMinutes: decimal.NewFromInt(int64(r.IntN(5))),
		OutboundMinutes: decimal.NewFromInt(int64(r.IntN(5))), OutboundRate: cents(5), OverheadSeconds: decimal.NewFromInt(int64(r.IntN(30))),
		AbandonBefore: dec("0.1"), AbandonAfter: decimal.New(int64(5+r.IntN(6)), -2), RedialRate: tenth(), Investment: inv}
}

// TestScenarioIncrementsAddUpProperty checks over 1000 random small
// scenarios that the levers' increments add up exactly to the total, field
// by field, that Gross − Added = Net everywhere, that the net is the
// fall in the center's cost, and that the Total's and each Alone's Gross
// and Added are not negative.
//
// Regression (issue 8, defect 8): 274 of 1000 random scenarios had
// increments that missed the total.
func TestScenarioIncrementsAddUpProperty(t *testing.T) {
	// Four chunks of 250 scenarios, each with its own seed, run in
	// parallel: deterministic, and quick under -race.
	const chunks, per = 4, 250
	valid := make([]int, chunks)
	t.Run("chunks", func(t *testing.T) {
		for c := range chunks {
			t.Run(fmt.Sprint(c), func(t *testing.T) {
				t.Parallel()
				valid[c] = scenarioIncrementsAddUp(t, rand.New(rand.NewPCG(8, uint64(2026+c))), c*per, per)
			})
		}
	})
	ok := 0
	for _, n := range valid {
		ok += n
	}
	if ok < chunks*per/2 {
		t.Errorf("only %d of %d random scenarios were valid, want at least half", ok, chunks*per)
	}
}

// scenarioIncrementsAddUp checks n random scenarios, numbered from first,
// and returns how many were valid.
func scenarioIncrementsAddUp(t *testing.T, r *rand.Rand, first, n int) int {
	ok := 0
	for k := first; k < first+n; k++ {
		m := scenarioRandomModel(r)
		s := Scenario{Labour: []Labour{LabourUnchanged, LabourProportional}[r.IntN(2)]}
		for range 2 {
			s.Levers = append(s.Levers, scenarioRandomLever(r))
		}
		sv, err := m.Estimate(s)
		if err != nil {
			if !errors.Is(err, ErrOutOfRange) && !errors.Is(err, ErrConflict) && !errors.Is(err, ErrWorse) && !errors.Is(err, ErrNoContacts) {
				t.Errorf("scenario %d: Estimate(...) unexpected error: %v", k, err)
			}
			continue
		}
		ok++
		var sum Amounts
		for i, ls := range sv.Levers {
			if !ls.Increment.Gross.Sub(ls.Increment.Added).Equal(ls.Increment.Net) {
				t.Errorf("scenario %d: Levers[%d].Increment = %+v, want Gross − Added = Net", k, i, ls.Increment)
			}
			sum = Amounts{Gross: sum.Gross.Add(ls.Increment.Gross), Added: sum.Added.Add(ls.Increment.Added), Net: sum.Net.Add(ls.Increment.Net)}
		}
		if diff := cmp.Diff(sv.Total, sum); diff != "" {
			t.Errorf("scenario %d: increments do not add up to Total (-total +sum):\n%s\n%s", k, diff, scenarioDescribe(m, s))
		}
		if want := sv.Before.Center.Cost.Sub(sv.After.Center.Cost); !sv.Total.Net.Equal(want) {
			t.Errorf("scenario %d: Total.Net = %s, want Before − After = %s", k, sv.Total.Net, want)
		}
		if !sv.Total.Gross.Sub(sv.Total.Added).Equal(sv.Total.Net) {
			t.Errorf("scenario %d: Total = %+v, want Gross − Added = Net", k, sv.Total)
		}
		// Line by line, the Total's and each Alone's Gross (the falls and
		// credits) and Added (the costs and rises) are never negative;
		// only an increment's may be.
		if sv.Total.Gross.Sign() < 0 || sv.Total.Added.Sign() < 0 {
			t.Errorf("scenario %d: Total = %+v, want Gross and Added ≥ 0\n%s", k, sv.Total, scenarioDescribe(m, s))
		}
		for i, ls := range sv.Levers {
			if a := ls.Alone; a.Gross.Sign() < 0 || a.Added.Sign() < 0 || !a.Gross.Sub(a.Added).Equal(a.Net) {
				t.Errorf("scenario %d: Levers[%d].Alone = %+v, want Gross and Added ≥ 0, Gross − Added = Net", k, i, a)
			}
		}
	}
	return ok
}

// scenarioDescribe writes a scenario for a failure message.
func scenarioDescribe(m Model, s Scenario) string {
	var b strings.Builder
	for _, c := range m.Costs {
		fmt.Fprintf(&b, "%s %s %s; ", c.Name, c.Amount, c.UnitPrice)
	}
	for _, v := range m.Volumes {
		fmt.Fprintf(&b, "%s %s %s %s; ", v.Channel, v.Contacts, v.HandleMinutes, v.QueueMinutes)
	}
	fmt.Fprintf(&b, "labour %v; levers %+v", s.Labour, s.Levers)
	return b.String()
}
