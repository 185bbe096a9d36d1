package contactcost

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// priceOneChannel is a one-channel model for period p with the given cost
// lines, all direct to voice.
func priceOneChannel(p string, c Convention, costs ...Cost) Model {
	for i := range costs {
		if costs[i].Name == "" {
			costs[i].Name = "line"
		}
		costs[i].Category = CategoryOther
		costs[i].Channel = ChannelVoice
	}
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod(p), Scope: ScopeAll, Convention: c,
		Costs:   costs,
		Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("1000"), HandleMinutes: dec("6000")}},
	}
}

// TestCostTiming works out, line by line, what a cost stated for another
// period, per unit of time, per unit or once comes to in a report.
func TestCostTiming(t *testing.T) {
	tests := []struct {
		name   string
		period string
		conv   Convention
		cost   Cost
		exact  Ratio
		booked string
	}{
		// An annual licence of 12,000 for 2026 in March: 12000·31/365 =
		// 74400/73 = 1019.178… by days, 1000 in equal months.
		{"annual licence by days", "2026-03", ConventionActualDays,
			Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")}, ratio("74400", "73"), "1019.18"},
		{"annual licence in equal months", "2026-03", ConventionEqualMonths,
			Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")}, ratio("1000", "1"), "1000.00"},
		// Under 30E/360 March is 30 of 360 days: 12000·30/360 = 1000.
		{"annual licence in 30E/360", "2026-03", Convention30E360,
			Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")}, ratio("1000", "1"), "1000.00"},
		// A quarterly tax of 9000 for 2026-Q1 in March by days: 9000·31/90.
		{"quarterly tax", "2026-03", ConventionActualDays,
			Cost{Amount: dec("9000"), Period: MustParsePeriod("2026-Q1")}, ratio("3100", "1"), "3100.00"},
		// 60 seats at 95.00 per seat per month: 5700 in any month, 17100 in
		// a quarter, under every convention (so none needs to be set).
		{"seats per month, a month", "2026-02", 0,
			Cost{UnitPrice: dec("95"), Quantity: dec("60"), Per: UnitMonth}, ratio("5700", "1"), "5700.00"},
		{"seats per month, a quarter", "2026-Q1", 0,
			Cost{UnitPrice: dec("95"), Quantity: dec("60"), Per: UnitMonth}, ratio("17100", "1"), "17100.00"},
		// Weekly payroll of 10,000 in March (31 days): 31/7 weeks by days,
		// 52/12 weeks in the 52-week convention, 30/7 in 30E/360.
		{"weekly payroll by days", "2026-03", ConventionActualDays,
			Cost{Amount: dec("10000"), Per: UnitWeek}, ratio("310000", "7"), "44285.71"},
		{"weekly payroll, 52 weeks", "2026-03", Convention52Weeks,
			Cost{Amount: dec("10000"), Per: UnitWeek}, ratio("130000", "3"), "43333.33"},
		{"weekly payroll, 30E/360", "2026-03", Convention30E360,
			Cost{Amount: dec("10000"), Per: UnitWeek}, ratio("300000", "7"), "42857.14"},
		// A rate per year by days spreads each year over its own days:
		// 36,600 a year in February 2024 (29 of 366 days).
		{"yearly rate in a leap year", "2024-02", ConventionActualDays,
			Cost{Amount: dec("36600"), Per: UnitYear}, ratio("2900", "1"), "2900.00"},
		// A monthly rate that applies only from 2026-03-16: half of March
		// (16 of 31 days) by days.
		{"rate with a window", "2026-03", ConventionActualDays,
			Cost{Amount: dec("3100"), Per: UnitMonth, Period: MustParsePeriod("2026-03-16..2027-01-01")}, ratio("1600", "1"), "1600.00"},
		// A one-time purchase of 50,000 excluded from the figures.
		{"one-time excluded", "2026-03", 0,
			Cost{Amount: dec("50000"), Timing: TimingOneTimeExcluded, Incurred: MustDate(2026, time.March, 10)}, ratio("0", "1"), "0.00"},
		// 36,000 amortized over 36 months from January 2026: 1000 a month,
		// 3000 a quarter, whatever the convention.
		{"amortized, a month", "2026-03", 0,
			Cost{Amount: dec("36000"), Timing: TimingOneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("1000", "1"), "1000.00"},
		{"amortized, a quarter", "2026-Q1", ConventionActualDays,
			Cost{Amount: dec("36000"), Timing: TimingOneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("3000", "1"), "3000.00"},
		{"amortized, the last month", "2028-12", 0,
			Cost{Amount: dec("36000"), Timing: TimingOneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("1000", "1"), "1000.00"},
		{"amortized, after the window", "2029-01", 0,
			Cost{Amount: dec("36000"), Timing: TimingOneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("0", "1"), "0.00"},
		// Half of March by days: 16 of 31 days of 1000 a month = 16000/31.
		{"amortized, half a month", "2026-03-16..2026-04-01", 0,
			Cost{Amount: dec("36000"), Timing: TimingOneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("16000", "31"), "516.13"},
		// A cost stated for another year contributes nothing (not strict).
		{"other year", "2026-03", ConventionActualDays,
			Cost{Amount: dec("12000"), Period: MustParsePeriod("2025")}, ratio("0", "1"), "0.00"},
		// A cost stated for the model's own period is its amount, whatever
		// the convention (none needed).
		{"own period", "2026-03", 0,
			Cost{Amount: dec("1234.567"), Period: MustParsePeriod("2026-03")}, ratio("1234.567", "1"), "1234.57"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := priceOneChannel(tt.period, tt.conv, tt.cost).Report()
			if err != nil {
				t.Fatalf("Report() error: %v", err)
			}
			line := r.Lines[0]
			if !line.Exact.Equal(tt.exact) || line.Amount.StringFixed(2) != tt.booked {
				t.Errorf("Report() line = %v booked %s, want %v booked %s", line.Exact, line.Amount.StringFixed(2), tt.exact, tt.booked)
			}
			if line.Timing != tt.cost.Timing || r.Convention != tt.conv {
				t.Errorf("Report() timing %v convention %v recorded, want %v %v", line.Timing, r.Convention, tt.cost.Timing, tt.conv)
			}
			if err := r.Verify(); err != nil {
				t.Errorf("Verify() = %v", err)
			}
		})
	}
}

// TestUnitPriceFromDriver prices lines per unit of their VariesWith figure.
//
//	0.012 per handle minute on voice, 6000 minutes: 72.00.
//	0.05 per contact among voice and email: 0.05 × (1000 + 500) = 75.00.
//	0.05 per contact under the default basis: the agent-assisted channels,
//	  voice and email, again 75.00 (the IVR's 2000 contacts, which the old
//	  default counted, would have made it 0.05 × 3500 = 175.00).
//	0.05 per contact among voice, email and ivr: 175.00.
func TestUnitPriceFromDriver(t *testing.T) {
	m := reportSampleCenter()
	m.Costs = []Cost{
		{Name: "Minutes", Category: CategoryTelephony, UnitPrice: dec("0.012"), Channel: ChannelVoice, VariesWith: MeasureHandleMinutes},
		{Name: "Per contact fee", Category: CategoryTechnology, UnitPrice: dec("0.05"),
			Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail}}, VariesWith: MeasureContacts},
		{Name: "Default fee", Category: CategoryTechnology, UnitPrice: dec("0.05"),
			Basis: Basis{By: MeasureContacts}, VariesWith: MeasureContacts},
		{Name: "Every contact fee", Category: CategoryTechnology, UnitPrice: dec("0.05"),
			Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail, ChannelIVR}}, VariesWith: MeasureContacts},
	}
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range r.Lines {
		got = append(got, l.Amount.StringFixed(2))
	}
	if diff := cmp.Diff([]string{"72.00", "75.00", "75.00", "175.00"}, got); diff != "" {
		t.Errorf("Report() amounts mismatch (-want +got):\n%s", diff)
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Verify() = %v", err)
	}
}

func TestConventionRequiredWhenItMatters(t *testing.T) {
	m := priceOneChannel("2026-03", 0, Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")})
	err := m.Validate()
	fe := validateFind(err, "convention", ErrNotSet)
	if fe == nil {
		t.Fatalf("Validate() = %v, want ErrNotSet at convention", err)
	}
	// The message names the line and shows what each convention would
	// give.
	for _, want := range []string{`costs[0] ("line")`, "actual-days gives 74400/73", "30e/360 gives 1000",
		"equal-months gives 1000", "52-weeks gives 1000"} {
		if !strings.Contains(fe.Detail, want) {
			t.Errorf("Validate() detail = %q, want it to contain %q", fe.Detail, want)
		}
	}
	// The same line stated for the report's own period needs no convention.
	m = priceOneChannel("2026", 0, Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")})
	if err := m.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}

func TestCostTimingErrors(t *testing.T) {
	jan15 := MustDate(2026, time.January, 15)
	strict := func(m Model) Model { m.Strict = true; return m }
	tests := []struct {
		name   string
		m      Model
		want   error
		path   string
		detail string
	}{
		{"zero months", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: TimingOneTimeAmortized, Incurred: jan15}),
			ErrOutOfRange, "costs[0].amortize_months", "0 (want 1 to 1200 months)"},
		{"no incurred date", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: TimingOneTimeExcluded}),
			ErrNotSet, "costs[0].incurred", ""},
		{"incurred on a recurring cost", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), Incurred: jan15}),
			ErrConflict, "costs[0].incurred", ""},
		{"amortize_months on a recurring cost", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), AmortizeMonths: 3}),
			ErrConflict, "costs[0].amortize_months", ""},
		{"one-time with a period", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: TimingOneTimeExcluded, Incurred: jan15,
			Period: MustParsePeriod("2026")}), ErrConflict, "costs[0].timing", ""},
		{"excluded and amortized", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: TimingOneTimeExcluded, Incurred: jan15,
			AmortizeMonths: 3}), ErrConflict, "costs[0].amortize_months", ""},
		{"unknown timing", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: 7}), ErrInvalid, "costs[0].timing", ""},
		{"unknown per", priceOneChannel("2026-03", ConventionActualDays, Cost{Amount: dec("1"), Per: 9}), ErrInvalid, "costs[0].per", ""},
		{"unknown convention", priceOneChannel("2026-03", 9, Cost{Amount: dec("1")}), ErrInvalid, "convention", ""},
		{"amount and unit price", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), UnitPrice: dec("2"), Quantity: dec("3")}),
			ErrConflict, "costs[0].amount", "unit-priced line has no amount"},
		{"quantity without price", priceOneChannel("2026-03", 0, Cost{Quantity: dec("3")}), ErrConflict, "costs[0].quantity",
			"a quantity needs a unit_price"},
		{"price without quantity", priceOneChannel("2026-03", 0, Cost{UnitPrice: dec("3")}), ErrNotSet, "costs[0].quantity",
			"a unit price needs a quantity"},
		{"price per volume with a rate", priceOneChannel("2026-03", 0, Cost{UnitPrice: dec("3"), VariesWith: MeasureContacts, Per: UnitMonth}),
			ErrConflict, "costs[0].unit_price", ""},
		{"negative price", priceOneChannel("2026-03", 0, Cost{UnitPrice: dec("-3"), Quantity: dec("1")}), ErrNegative,
			"costs[0].unit_price", ""},
		{"negative quantity", priceOneChannel("2026-03", 0, Cost{UnitPrice: dec("3"), Quantity: dec("-1")}), ErrNegative,
			"costs[0].quantity", ""},
		{"strict, no overlap", strict(priceOneChannel("2026-03", ConventionActualDays, Cost{Amount: dec("12000"),
			Period: MustParsePeriod("2025")})), ErrOutOfRange, "costs[0].period", "nothing of the line falls in 2026-03 (the model is strict)"},
		{"strict, amortization over", strict(priceOneChannel("2029-02", 0, Cost{Amount: dec("1"), Timing: TimingOneTimeAmortized,
			Incurred: jan15, AmortizeMonths: 36})), ErrOutOfRange, "costs[0].period", "nothing of the line falls in 2029-02"},
		{"amortization past 9999", priceOneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: TimingOneTimeAmortized,
			Incurred: MustDate(9999, time.June, 1), AmortizeMonths: 12}), ErrOutOfRange, "costs[0].amortize_months", "past 9999-12-31"},
		// Regression (issue 7, "Errors without a location"): a lone 30th
		// of a 31-day month has no length under 30E/360; the error used to
		// say "from: undefined", and "from" is no field of the model.
		{"lone 30th under 30E/360", priceOneChannel("2026-03", Convention30E360, Cost{Amount: dec("100"),
			Period: MustParsePeriod("2026-03-30")}), ErrUndefined, "costs[0].period", "2026-03-30 has no length under 30e/360"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.m.Validate()
			fe := validateFind(err, tt.path, tt.want)
			if fe == nil {
				t.Fatalf("Validate() = %v, want %v at %s", err, tt.want, tt.path)
			}
			if !strings.Contains(fe.Detail, tt.detail) {
				t.Errorf("Validate() detail = %q, want it to contain %q", fe.Detail, tt.detail)
			}
			if strings.Contains(err.Error(), "from:") {
				t.Errorf("Validate() = %q names \"from\", which is no field of the model", err)
			}
		})
	}
}

// TestZeroLineNeedsNoChannel pins that a line with nothing in the period
// may name a channel the period has no volume for (chat, launched later).
func TestZeroLineNeedsNoChannel(t *testing.T) {
	m := priceOneChannel("2026-03", ConventionActualDays, Cost{Amount: dec("100")})
	m.Costs = append(m.Costs, Cost{Name: "Chat licence", Category: CategorySoftwareLicences, Amount: dec("500"), Per: UnitMonth,
		Period: MustParsePeriod("2026-07-01..2027-01-01"), Channel: ChannelChat})
	r, err := m.Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	if got := r.Lines[1]; got.Amount.Sign() != 0 || len(got.Parts) != 0 {
		t.Errorf("Report() chat line = %v with %d parts, want 0 with none", got.Amount, len(got.Parts))
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Verify() = %v", err)
	}
	// In July the line has an amount and chat needs its volume.
	m.Period = MustParsePeriod("2026-07")
	err = m.Validate()
	if validateFind(err, "costs[1].channel", ErrUnknownChannel) == nil {
		t.Errorf("Validate() in July = %v, want ErrUnknownChannel at costs[1].channel", err)
	}
}

// TestPriceTimingText pins the text form of Timing (TestTimingJSON before the
// enumerations shared one text form).
func TestPriceTimingText(t *testing.T) {
	for _, tm := range []Timing{TimingRecurring, TimingOneTimeExcluded, TimingOneTimeAmortized} {
		b, err := tm.MarshalText()
		var back Timing
		if err != nil || back.UnmarshalText(b) != nil || back != tm {
			t.Errorf("Timing(%d) text round trip = %q, %v → %v", tm, b, err, back)
		}
	}
	names := map[Timing]string{TimingRecurring: "recurring", TimingOneTimeExcluded: "one-time-excluded", TimingOneTimeAmortized: "one-time-amortized"}
	for tm, want := range names {
		if got := tm.String(); got != want {
			t.Errorf("Timing(%d).String() = %q, want %q", tm, got, want)
		}
	}
	var tm Timing
	if err := tm.UnmarshalText(nil); err != nil || tm != TimingRecurring {
		t.Errorf("UnmarshalText(empty) = %v, %v; want TimingRecurring", tm, err)
	}
	err := tm.UnmarshalText([]byte("once"))
	var fe *FieldError
	if !errors.Is(err, ErrInvalid) || !errors.As(err, &fe) || fe.Path != "timing" {
		t.Errorf("UnmarshalText(once) = %v, want ErrInvalid at timing", err)
	}
	if _, err := Timing(7).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Timing(7).MarshalText() error = %v, want ErrInvalid", err)
	}
}

// TestPriceScenarioVariableLines prices leverCenter for the volumes an
// IVR verification step leaves: 36 s saved on each of the 10000 voice
// calls is 10000 × 36 / 60 = 6000 handle minutes, so voice has 54000; the
// step adds half an IVR minute to each call at 0.10 a minute.
//
//	Agent wages 120000, variable with handle minutes of voice and chat
//	  (labour proportional: a wage line follows its figure):
//	  120000 × (54000 + 40000) / (60000 + 40000) = 112800, split by handle
//	  minutes: voice 112800 × 54/94 = 64800, chat 112800 × 40/94 = 48000.
//	Carrier 0.02 per voice handle minute: 0.02 × 54000 = 1080.
//	Toll-free 2000, variable with queue minutes, which did not move: 2000.
//	Platform 30000, fixed: 30000 (contacts unchanged: voice 20000, chat
//	  10000).
//	IVR minutes: the lever's own line, 10000 × 0.5 × 0.10 = 500, on the
//	  IVR channel the lever creates (the model has none).
//	After: 112800 + 1080 + 2000 + 30000 + 500 = 146380.
func TestPriceScenarioVariableLines(t *testing.T) {
	s, err := leverCenter().Estimate(Scenario{Labour: LabourProportional, Levers: []Lever{IVRVerification{SecondsSaved: dec("36"),
		IVRMinutes: dec("0.5"), CostPerMinute: dec("0.10")}}})
	if err != nil {
		t.Fatalf("Estimate() error: %v", err)
	}
	type line struct {
		Name   string
		Amount string
		Parts  map[Channel]string
	}
	var got []line
	for _, l := range s.After.Lines {
		parts := map[Channel]string{}
		for _, p := range l.Parts {
			parts[p.Channel] = p.Amount.StringFixed(2)
		}
		got = append(got, line{l.Name, l.Amount.StringFixed(2), parts})
	}
	want := []line{
		{"Agent wages", "112800.00", map[Channel]string{ChannelVoice: "64800.00", ChannelChat: "48000.00"}},
		{"Carrier", "1080.00", map[Channel]string{ChannelVoice: "1080.00"}},
		{"Toll-free", "2000.00", map[Channel]string{ChannelVoice: "2000.00"}},
		{"Platform", "30000.00", map[Channel]string{ChannelVoice: "20000.00", ChannelChat: "10000.00"}},
		{"IVR verification: IVR minutes", "500.00", map[Channel]string{ChannelIVR: "500.00"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Estimate().After lines mismatch (-want +got):\n%s", diff)
	}
	if !s.After.Center.Cost.Equal(dec("146380")) || !s.Before.Center.Cost.Equal(dec("153200")) {
		t.Errorf("Estimate() center cost before, after = %v, %v; want 153200, 146380", s.Before.Center.Cost, s.After.Center.Cost)
	}
	if err := s.After.Verify(); err != nil {
		t.Errorf("Estimate().After.Verify() = %v", err)
	}
}
