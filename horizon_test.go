package contactcost

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Time in a scenario (horizon.go): the months of a model's period, the
// rollouts, the seasons, and what the assumptions say about them. Every
// figure is worked by hand in a comment.

// horizonCenter is a center whose wages move in a straight line with the
// voice handle minutes, over any period:
//
//	voice: 10000 calls, 50000 handle minutes (AHT 300 s)
//	Agent wages 50000 for the period, variable with voice handle minutes
//	(1.00 a minute)
func horizonCenter(period string) Model {
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod(period), Scope: ScopeAssisted,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, Amount: dec("50000"), VariesWith: MeasureHandleMinutes, Channel: ChannelVoice},
		},
		Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("10000"), HandleMinutes: dec("50000")}},
	}
}

// horizonEstimate runs Estimate and fails the test on an error.
func horizonEstimate(t *testing.T, m Model, s Scenario) Savings {
	t.Helper()
	out, err := m.Estimate(s)
	if err != nil {
		t.Fatalf("Estimate(%s, %d levers, horizon %d) error: %v", m.Period, len(s.Levers), s.Horizon.Months, err)
	}
	return out
}

// horizonFlow is one CashFlow written in a test.
func horizonFlow(month int, gross, added, net, cumulative string) CashFlow {
	return CashFlow{Month: month, Gross: dec(gross), Added: dec(added), Net: dec(net), Cumulative: dec(cumulative)}
}

// TestHorizonWeeklyModelMonths pins how a week is measured in months.
//
// Regression (issue 8, defect 5): a weekly model's monthly net depended on
// the month the week fell in: the same week saving 6000 became 6000 × 28/7
// = 24000 a month in February and 6000 × 31/7 = 26571.43 in March (a week
// was 7 days of that month). Now the scenario's Convention measures it the
// same wherever it falls. The week of 2026-W07 (9–15 February) and of
// 2026-W11 (9–15 March) have the same volumes and costs; the 36 s cut saves
// 10000 × 36 / 60 = 6000 minutes = 6000 in the week, with a fee of 1000 a
// month and a 2-month horizon:
//
//	52-weeks: a week is 12/52 = 3/13 of a month
//	    period: fee 1000 × 3/13 = 230.769… → added 230.77, net 5769.23
//	    a month: gross 6000 / (3/13) = 26000, added the fee 1000, net 25000
//	actual-days: a week is 12 × 7/365 = 84/365 of a month (2026: 365 days)
//	    period: fee 1000 × 84/365 = 230.136… → added 230.14, net 5769.86
//	    a month: gross 6000 × 365/84 = 26071.428… → 26071.43, net 25071.43
//
// equal-months (7/28 in February, 7/31 in March) and 30e/360 are refused,
// and a week needs a convention.
func TestHorizonWeeklyModelMonths(t *testing.T) {
	lever := HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"), Investment: Investment{MonthlyFee: dec("1000")}}
	tests := []struct {
		convention Convention
		total      Amounts
		months     []CashFlow
	}{
		{Convention52Weeks, Amounts{Gross: dec("6000"), Added: dec("230.77"), Net: dec("5769.23")},
			[]CashFlow{horizonFlow(1, "26000", "1000", "25000", "25000"), horizonFlow(2, "26000", "1000", "25000", "50000")}},
		{ConventionActualDays, Amounts{Gross: dec("6000"), Added: dec("230.14"), Net: dec("5769.86")},
			[]CashFlow{horizonFlow(1, "26071.43", "1000", "25071.43", "25071.43"), horizonFlow(2, "26071.43", "1000", "25071.43", "50142.86")}},
	}
	for _, tt := range tests {
		for _, week := range []string{"2026-W07", "2026-W11"} {
			s := horizonEstimate(t, horizonCenter(week), Scenario{Levers: []Lever{lever}, Labour: LabourProportional,
				Convention: tt.convention, Horizon: Horizon{Months: 2}})
			if diff := cmp.Diff(tt.total, s.Total); diff != "" {
				t.Errorf("Estimate(%s, %s).Total mismatch (-want +got):\n%s", week, tt.convention, diff)
			}
			if diff := cmp.Diff(tt.months, s.Returns.Months); diff != "" {
				t.Errorf("Estimate(%s, %s).Returns.Months mismatch (-want +got):\n%s", week, tt.convention, diff)
			}
		}
	}

	bad := []struct {
		convention Convention
		want       error
	}{
		{ConventionEqualMonths, ErrInvalid},
		{Convention30E360, ErrInvalid},
		{0, ErrNotSet},
	}
	for _, tt := range bad {
		for _, week := range []string{"2026-W07", "2026-W11"} {
			_, err := horizonCenter(week).Estimate(Scenario{Levers: []Lever{lever}, Labour: LabourProportional,
				Convention: tt.convention, Horizon: Horizon{Months: 2}})
			var fe *FieldError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != "convention" {
				t.Errorf("Estimate(%s, convention %s) error = %v, want %v at convention", week, tt.convention, err, tt.want)
			}
		}
	}
	// Without a fee or a horizon nothing is measured in months: any
	// convention does.
	free := HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36")}
	s := horizonEstimate(t, horizonCenter("2026-W07"), Scenario{Levers: []Lever{free}, Labour: LabourProportional, Convention: ConventionEqualMonths})
	if !s.Total.Net.Equal(dec("6000")) {
		t.Errorf("Estimate(2026-W07, no fee, no horizon).Total.Net = %v, want 6000", s.Total.Net)
	}
}

// TestHorizonQuarterMonths pins a period of whole calendar months: it is
// that many months whatever the convention (none needed, and equal-months
// or 30e/360 do no harm). The 36 s cut saves 6000 in the quarter 2026-Q1:
// 2000 a month; its fee of 1000 a month costs 3 × 1000 = 3000 in the
// period, so the period nets 3000 and each month 2000 − 1000 = 1000.
func TestHorizonQuarterMonths(t *testing.T) {
	lever := HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"), Investment: Investment{MonthlyFee: dec("1000")}}
	for _, c := range []Convention{0, ConventionEqualMonths, Convention30E360, ConventionActualDays, Convention52Weeks} {
		s := horizonEstimate(t, horizonCenter("2026-Q1"), Scenario{Levers: []Lever{lever}, Labour: LabourProportional,
			Convention: c, Horizon: Horizon{Months: 2}})
		if diff := cmp.Diff(Amounts{Gross: dec("6000"), Added: dec("3000"), Net: dec("3000")}, s.Total); diff != "" {
			t.Errorf("Estimate(2026-Q1, convention %s).Total mismatch (-want +got):\n%s", c, diff)
		}
		want := []CashFlow{horizonFlow(1, "2000", "1000", "1000", "1000"), horizonFlow(2, "2000", "1000", "1000", "2000")}
		if diff := cmp.Diff(want, s.Returns.Months); diff != "" {
			t.Errorf("Estimate(2026-Q1, convention %s).Returns.Months mismatch (-want +got):\n%s", c, diff)
		}
	}
}

// horizonFCR and horizonAssist are two levers that interact: resolving
// more at the first contact leaves fewer calls for the agent assist to
// save seconds on.
//
// FCR 0.5 → 0.75 with 2 repeats per unresolved contact: contacts per need
// 1 + 2 × 0.5 = 2 before, 1 + 2 × (1 − FCR) after. At adoption a the FCR
// reached is 0.5 + 0.25 a, so contacts scale by (2 − 0.5 a) / 2 = 1 − a/4:
// 8750 calls at a = 1/2, 7500 at full effect; the minutes in proportion.
//
// The assist saves 30 s a call and costs 0.10 a call and 500 a month.
func horizonFCR(ro Rollout) FirstContactResolution {
	return FirstContactResolution{Name: "FCR programme", Channel: ChannelVoice, Before: dec("0.5"), After: dec("0.75"),
		RepeatsPerUnresolved: dec("2"), Investment: Investment{OneTime: dec("20000")}, Rollout: ro}
}

func horizonAssist(ro Rollout) HandleTimeReduction {
	return HandleTimeReduction{Name: "agent assist", Channels: []Channel{ChannelVoice}, SecondsSaved: dec("30"),
		CostPerContact: dec("0.10"), Investment: Investment{OneTime: dec("5000"), MonthlyFee: dec("500")}, Rollout: ro}
}

// TestHorizonRollouts pins delays, ramps per lever, fees and one-time
// costs in the cash flows of two interacting levers.
//
// FCR ramps over 2 months (adoption 1/2 in month 1, full from month 2); the
// assist waits 1 month (month 1: no effect, no fee), then ramps over 2
// (adoption 1/2 in month 2, full from month 3). Each month is repriced with
// both levers at their adoption, in order:
//
//	month 1: FCR 1/2 → 8750 calls, 43750 minutes; assist not live
//	    gross 50000 − 43750 = 6250, added 0, net 6250
//	month 2: FCR full → 7500 calls, 37500 minutes; assist at 1/2 on 7500
//	    calls: 3750 calls used × 30 s = 1875 minutes → 35625 minutes
//	    gross 14375; added 3750 × 0.10 = 375 + the fee 500 in full = 875;
//	    net 13500
//	months 3, 4: FCR full, assist full on 7500 calls: 3750 minutes → 33750
//	    gross 16250; added 750 + 500 = 1250; net 15000
//	one-time 20000 + 5000 = 25000 at month 0: cumulative −18750, −5250,
//	    9750, 24750 → payback month 3
//	Benefits 6250 + 14375 + 2 × 16250 = 53125; Costs 25000 + 875 + 2 ×
//	1250 = 28375; Net 24750; ROI 24750 / 28375 = 198/227
//	the 4 months as a year: gross 53125, added 875 + 2 × 1250 = 3375, net
//	49750, cumulative 24750
//
// The interaction is repriced, not added: alone, at full effect, FCR saves
// 12500 and the assist 5000 on 10000 calls (17500), together 16250 (the
// assist saves on 7500 calls, and pays 750 for them, not 1000).
//
// Alone, the assist's months are 0 (not live), then at 1/2 on 10000
// calls: gross 2500, added 500 + 500 = 1000, net 1500; then gross 5000,
// added 1000 + 500 = 1500, net 3500; one-time 5000: cumulative −5000,
// −3500, 0 → payback month 3 (zero counts). FCR alone: 6250, then 12500 a
// month; −20000 → −13750, −1250, 11250, 23750: month 3.
func TestHorizonRollouts(t *testing.T) {
	levers := []Lever{horizonFCR(Rollout{RampMonths: 2}), horizonAssist(Rollout{DelayMonths: 1, RampMonths: 2})}
	s := horizonEstimate(t, horizonCenter("2026-03"), Scenario{Levers: levers, Labour: LabourProportional, Horizon: Horizon{Months: 4}})
	want := Returns{
		OneTime: dec("25000"),
		Months: []CashFlow{
			horizonFlow(1, "6250", "0", "6250", "-18750"),
			horizonFlow(2, "14375", "875", "13500", "-5250"),
			horizonFlow(3, "16250", "1250", "15000", "9750"),
			horizonFlow(4, "16250", "1250", "15000", "24750"),
		},
		Years:    []CashFlow{horizonFlow(4, "53125", "3375", "49750", "24750")},
		Benefits: dec("53125"), Costs: dec("28375"), Net: dec("24750"), ROI: ratio("198", "227"),
		PresentBenefits: dec("53125"), PresentCosts: dec("28375"), NPV: dec("24750"), DiscountedROI: ratio("198", "227"),
		PaybackMonth: 3,
	}
	if diff := cmp.Diff(want, s.Returns); diff != "" {
		t.Errorf("Estimate(FCR ramp 2, assist delay 1 ramp 2).Returns mismatch (-want +got):\n%s", diff)
	}
	// The period view is at full effect whatever the rollouts.
	if diff := cmp.Diff(Amounts{Gross: dec("16250"), Added: dec("1250"), Net: dec("15000")}, s.Total); diff != "" {
		t.Errorf("Estimate(FCR, assist).Total mismatch (-want +got):\n%s", diff)
	}
	alone := []Returns{
		{OneTime: dec("20000"),
			Months: []CashFlow{horizonFlow(1, "6250", "0", "6250", "-13750"), horizonFlow(2, "12500", "0", "12500", "-1250"),
				horizonFlow(3, "12500", "0", "12500", "11250"), horizonFlow(4, "12500", "0", "12500", "23750")},
			Years:    []CashFlow{horizonFlow(4, "43750", "0", "43750", "23750")},
			Benefits: dec("43750"), Costs: dec("20000"), Net: dec("23750"), ROI: ratio("19", "16"),
			PresentBenefits: dec("43750"), PresentCosts: dec("20000"), NPV: dec("23750"), DiscountedROI: ratio("19", "16"),
			PaybackMonth: 3},
		{OneTime: dec("5000"),
			Months: []CashFlow{horizonFlow(1, "0", "0", "0", "-5000"), horizonFlow(2, "2500", "1000", "1500", "-3500"),
				horizonFlow(3, "5000", "1500", "3500", "0"), horizonFlow(4, "5000", "1500", "3500", "3500")},
			Years:    []CashFlow{horizonFlow(4, "12500", "4000", "8500", "3500")},
			Benefits: dec("12500"), Costs: dec("9000"), Net: dec("3500"), ROI: ratio("7", "18"),
			PresentBenefits: dec("12500"), PresentCosts: dec("9000"), NPV: dec("3500"), DiscountedROI: ratio("7", "18"),
			PaybackMonth: 3},
	}
	for i, w := range alone {
		if diff := cmp.Diff(w, s.Levers[i].AloneReturns); diff != "" {
			t.Errorf("Estimate(FCR, assist).Levers[%d].AloneReturns mismatch (-want +got):\n%s", i, diff)
		}
	}
}

// horizonSeasonContacts are the voice calls of each month of 2026: a busy
// January and December, a short February; 125000 in the year.
var horizonSeasonContacts = []int64{12000, 9000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 10000, 14000}

// horizonSeasonalYear is a year model with its months' volumes, AHT 300 s
// in every month:
//
//	voice: 125000 calls, 625000 handle minutes in the year
//	Agent wages 1.00 per handle minute (variable)
//	Platform 120000 a year, fixed
//
// The seasons are given in reverse order (any order goes).
func horizonSeasonalYear() (Model, []PeriodVolumes) {
	m := Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026"), Scope: ScopeAssisted,
		Convention: ConventionActualDays,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, UnitPrice: dec("1"), VariesWith: MeasureHandleMinutes, Channel: ChannelVoice},
			{Name: "Platform", Category: CategoryTechnology, Amount: dec("120000"), Channel: ChannelVoice},
		},
		Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("125000"), HandleMinutes: dec("625000")}},
	}
	var seasons []PeriodVolumes
	for k := 11; k >= 0; k-- {
		c := horizonSeasonContacts[k]
		seasons = append(seasons, PeriodVolumes{Period: MustParsePeriod("2026-" + []string{"01", "02", "03", "04", "05", "06", "07",
			"08", "09", "10", "11", "12"}[k]),
			Volumes: []Volume{{Channel: ChannelVoice, Contacts: decimal.NewFromInt(c), HandleMinutes: decimal.NewFromInt(5 * c)}}})
	}
	return m, seasons
}

// horizonSeasonLever saves 36 s a call for 0.05 a call and 1000 a month,
// one-time 30000.
var horizonSeasonLever = HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"), CostPerContact: dec("0.05"),
	Investment: Investment{OneTime: dec("30000"), MonthlyFee: dec("1000")}}

// TestHorizonSeasons pins a seasonal year's cash flows: month m is the
// ((m − 1) mod 12)-th month of 2026, repriced on its own volumes.
//
// A month of c calls saves c × 36 / 60 = 0.6 c minutes at 1.00 and pays
// 0.05 c plus the fee 1000:
//
//	January (months 1, 13), 12000 calls: gross 7200, added 600 + 1000 = 1600, net 5600
//	February (months 2, 14), 9000:      gross 5400, added 450 + 1000 = 1450, net 3950
//	March to November, 10000:           gross 6000, added 500 + 1000 = 1500, net 4500
//	December (months 12, 24), 14000:    gross 8400, added 700 + 1000 = 1700, net 6700
//	cumulative from −30000: −24400, −20450, −15950, −11450, −6950, −2450,
//	    +2050 in month 7 → payback month 7
//	a year: gross 0.6 × 125000 = 75000, added 0.05 × 125000 + 12000 = 18250,
//	    net 56750; cumulative −30000 + 56750 = 26750, then 83500
//	Benefits 150000, Costs 30000 + 36500 = 66500, Net 83500, ROI 83500 /
//	66500 = 167/133
//
// The fixed platform saves nothing in any month. Without the seasons every
// month is the year's twelfth: gross 75000 / 12 = 6250, added 6250 / 12 +
// 1000 = 1520.833… → 1520.83, net 4729.17.
func TestHorizonSeasons(t *testing.T) {
	m, seasons := horizonSeasonalYear()
	s := horizonEstimate(t, m, Scenario{Levers: []Lever{horizonSeasonLever}, Labour: LabourProportional,
		Horizon: Horizon{Months: 24, Seasons: seasons}})
	r := s.Returns
	if len(r.Months) != 24 {
		t.Fatalf("Estimate(seasonal year).Returns has %d months, want 24", len(r.Months))
	}
	got := []CashFlow{r.Months[0], r.Months[1], r.Months[2], r.Months[5], r.Months[6], r.Months[11], r.Months[12], r.Months[13], r.Months[23]}
	want := []CashFlow{
		horizonFlow(1, "7200", "1600", "5600", "-24400"),
		horizonFlow(2, "5400", "1450", "3950", "-20450"),
		horizonFlow(3, "6000", "1500", "4500", "-15950"),
		horizonFlow(6, "6000", "1500", "4500", "-2450"),
		horizonFlow(7, "6000", "1500", "4500", "2050"),
		horizonFlow(12, "8400", "1700", "6700", "26750"),
		horizonFlow(13, "7200", "1600", "5600", "32350"),
		horizonFlow(14, "5400", "1450", "3950", "36300"),
		horizonFlow(24, "8400", "1700", "6700", "83500"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Estimate(seasonal year).Returns.Months[0, 1, 2, 5, 6, 11, 12, 13, 23] mismatch (-want +got):\n%s", diff)
	}
	wantYears := []CashFlow{horizonFlow(12, "75000", "18250", "56750", "26750"), horizonFlow(24, "75000", "18250", "56750", "83500")}
	if diff := cmp.Diff(wantYears, r.Years); diff != "" {
		t.Errorf("Estimate(seasonal year).Returns.Years mismatch (-want +got):\n%s", diff)
	}
	if !r.Benefits.Equal(dec("150000")) || !r.Costs.Equal(dec("66500")) || !r.Net.Equal(dec("83500")) ||
		!r.ROI.Equal(ratio("167", "133")) || r.PaybackMonth != 7 {
		t.Errorf("Estimate(seasonal year).Returns: benefits %v, costs %v, net %v, ROI %v, payback %d; want 150000, 66500, 83500, 167/133, 7",
			r.Benefits, r.Costs, r.Net, r.ROI, r.PaybackMonth)
	}
	// The period view is the year's: 75000 − (6250 + 12 × 1000).
	if diff := cmp.Diff(Amounts{Gross: dec("75000"), Added: dec("18250"), Net: dec("56750")}, s.Total); diff != "" {
		t.Errorf("Estimate(seasonal year).Total mismatch (-want +got):\n%s", diff)
	}

	flat := horizonEstimate(t, m, Scenario{Levers: []Lever{horizonSeasonLever}, Labour: LabourProportional, Horizon: Horizon{Months: 24}})
	if diff := cmp.Diff(horizonFlow(1, "6250", "1520.83", "4729.17", "-25270.83"), flat.Returns.Months[0]); diff != "" {
		t.Errorf("Estimate(year, no seasons).Returns.Months[0] mismatch (-want +got):\n%s", diff)
	}
}

// TestHorizonSeasonsErrors pins the checks of the seasons.
//
//   - January's calls 12001: the months add up to 125001 calls, the model
//     has 125000: ErrConflict at horizon.seasons, naming the channel and the
//     figure.
//   - February at 4500 handle minutes (AHT 9000 calls → 30 s) and March at
//     90500 (the year still 625000, AHT 300 s): the 36 s cut fits the year
//     but not February: ErrOutOfRange at the lever's seconds_saved, naming
//     the month.
//   - A week has no months to give volumes for: ErrConflict at
//     horizon.seasons.
func TestHorizonSeasonsErrors(t *testing.T) {
	lever := horizonSeasonLever
	run := func(m Model, seasons []PeriodVolumes) error {
		_, err := m.Estimate(Scenario{Levers: []Lever{lever}, Labour: LabourProportional, Convention: Convention52Weeks,
			Horizon: Horizon{Months: 12, Seasons: seasons}})
		return err
	}
	month := func(seasons []PeriodVolumes, p string) *Volume {
		for k := range seasons {
			if seasons[k].Period.String() == p {
				return &seasons[k].Volumes[0]
			}
		}
		t.Fatalf("no season %s", p)
		return nil
	}

	m, seasons := horizonSeasonalYear()
	month(seasons, "2026-01").Contacts = dec("12001")
	err := run(m, seasons)
	fe := returnsFindError(err, ErrConflict, "horizon.seasons")
	if fe == nil || !strings.Contains(fe.Detail, `"voice" contacts`) || !strings.Contains(fe.Detail, "125001") || !strings.Contains(fe.Detail, "125000") {
		t.Errorf("Estimate(January 12001 calls) error = %v, want ErrConflict at horizon.seasons naming \"voice\" contacts, 125001 and 125000", err)
	}

	m, seasons = horizonSeasonalYear()
	month(seasons, "2026-02").HandleMinutes = dec("4500")
	month(seasons, "2026-03").HandleMinutes = dec("90500")
	err = run(m, seasons)
	fe = returnsFindError(err, ErrOutOfRange, "levers[0].seconds_saved")
	if fe == nil || !strings.Contains(fe.Detail, "2026-02") || !strings.Contains(fe.Detail, "30 seconds") {
		t.Errorf("Estimate(February AHT 30 s, 36 s saved) error = %v, want ErrOutOfRange at levers[0].seconds_saved naming 2026-02 and its 30 seconds", err)
	}

	week := horizonCenter("2026-W11")
	err = run(week, []PeriodVolumes{{Period: MustParsePeriod("2026-W11"), Volumes: week.Volumes}})
	if returnsFindError(err, ErrConflict, "horizon.seasons") == nil {
		t.Errorf("Estimate(weekly model with seasons) error = %v, want ErrConflict at horizon.seasons", err)
	}
}

// TestHorizonAssumptions pins what the assumptions say about time: the
// period's months, the horizon, the discounting and its compounding, the
// ROI and payback definitions.
func TestHorizonAssumptions(t *testing.T) {
	lever := HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36"), Investment: Investment{MonthlyFee: dec("1000")}}
	m, seasons := horizonSeasonalYear()
	tests := []struct {
		name  string
		m     Model
		s     Scenario
		wants []string
	}{
		{"monthly compounding", horizonCenter("2026-03"),
			Scenario{Horizon: Horizon{Months: 36, DiscountRate: dec("0.08"), Compounding: CompoundingMonthly}},
			[]string{"labour proportional", "the period 2026-03 is 1 month", "whole calendar months", "horizon 36 months",
				"discount rate 0.08 a year, nominal, compounded monthly", "ROI (Forrester TEI)", "payback"}},
		{"annual compounding", horizonCenter("2026-03"),
			Scenario{Horizon: Horizon{Months: 12, DiscountRate: dec("0.0725"), Compounding: CompoundingAnnual}},
			[]string{"horizon 12 months", "discount rate 0.0725 a year, effective", "(1 + 0.0725)^(−m/12)"}},
		{"no discounting", horizonCenter("2026-03"), Scenario{Horizon: Horizon{Months: 12}},
			[]string{"horizon 12 months", "no discounting"}},
		{"a week", horizonCenter("2026-W07"), Scenario{Convention: Convention52Weeks, Horizon: Horizon{Months: 12}},
			[]string{"52-weeks", "horizon 12 months"}},
		{"seasons", m, Scenario{Horizon: Horizon{Months: 24, Seasons: seasons}},
			[]string{"horizon 24 months", "mod 12", "repriced on its own"}},
	}
	for _, tt := range tests {
		tt.s.Levers, tt.s.Labour = []Lever{lever}, LabourProportional
		s := horizonEstimate(t, tt.m, tt.s)
		text := strings.Join(s.Assumptions, "\n")
		for _, w := range tt.wants {
			if !strings.Contains(text, w) {
				t.Errorf("Estimate(%s).Assumptions do not mention %q:\n%s", tt.name, w, text)
			}
		}
	}
	// Without a horizon nothing is said about one.
	s := horizonEstimate(t, horizonCenter("2026-03"), Scenario{Levers: []Lever{lever}, Labour: LabourUnchanged})
	if slices.ContainsFunc(s.Assumptions, func(a string) bool { return strings.Contains(a, "horizon") || strings.Contains(a, "discount") }) {
		t.Errorf("Estimate(no horizon).Assumptions mention a horizon:\n%s", strings.Join(s.Assumptions, "\n"))
	}
}

// TestHorizonWorkBound pins the bound on an estimate's work (review
// 0bf502b, item 9): 100 levers on staggered 600-month rollouts over a
// 600-month horizon are refused with ErrTooLarge at "levers", within
// seconds, instead of pricing for minutes.
//
// Lever i (a 1 s cut on voice, on leverCenter's voice and chat, with
// social added) waits i months and ramps over 600, so in month m it is at
// (m − i)/600: no two months leave the levers at the same shares, and each
// of the 600 months is priced with every live lever. The estimator counts
// each application of a lever as 1 + the scenario's channels (4 here) and
// each pricing as 1 + an eighth of the lines and channels (1 here), and
// stops past maxWork = 300000:
//
//	each lever alone, in two passes (its AloneReturns, which is also the
//	    lever's own end of its payback break-even, and the break-even's
//	    other end), reads its live months but the first off a line, 1
//	    each: 2 × Σ (599 − i), i = 0..99, = 2 × (59900 − 4950) = 109900
//	the scenario's months: Σ (4 × min(m, 100) + 1), m = 1..600,
//	    = 4 × (5050 + 500 × 100) + 600 = 220800
//
// at least 330700 in all (the steps and break-even points add a little),
// past the bound before the scenario's last months. (On voice and chat
// alone an application counts 3: 109900 + 3 × 55050 + 600 = 275650 and a
// little, under the bound: that scenario computes, in about a second.)
//
// It stops after about 1.4 s on a two-core machine, about 9 s under the
// race detector (far longer than the rest of this file together), so it
// runs only without -short.
func TestHorizonWorkBound(t *testing.T) {
	if testing.Short() {
		t.Skip("about 1.4 s, 9 s under -race: run without -short")
	}
	var levers []Lever
	for i := range 100 {
		levers = append(levers, HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("1"),
			Rollout: Rollout{DelayMonths: i, RampMonths: 600}})
	}
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		m := leverCenter()
		m.Volumes = append(m.Volumes, Volume{Channel: ChannelSocial, Contacts: dec("1000"), HandleMinutes: dec("5000")})
		_, err := m.Estimate(Scenario{Levers: levers, Labour: LabourProportional, Horizon: Horizon{Months: 600}})
		done <- err
	}()
	select {
	case err := <-done:
		t.Logf("refused after %v", time.Since(start))
		var fe *FieldError
		if !errors.Is(err, ErrTooLarge) || !errors.As(err, &fe) || fe.Path != "levers" {
			t.Errorf("Estimate(100 levers on staggered 600-month rollouts, 600 months) error = %v, want ErrTooLarge at levers", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("Estimate(100 levers on staggered 600-month rollouts, 600 months) still running after 60 s")
	}
}
