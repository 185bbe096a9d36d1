package contactcost

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// oneChannel is a one-channel model for period p with the given cost lines,
// all direct to voice.
func oneChannel(p string, c Convention, costs ...Cost) Model {
	for i := range costs {
		if costs[i].Name == "" {
			costs[i].Name = "line"
		}
		costs[i].Category = Other
		costs[i].Channel = Voice
	}
	return Model{
		Currency: MustCurrency("USD"), Period: MustParsePeriod(p), Scope: ScopeAll, Convention: c,
		Costs:   costs,
		Volumes: []Volume{{Channel: Voice, Contacts: dec("1000"), HandleMinutes: dec("6000")}},
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
		{"annual licence by days", "2026-03", ActualDays,
			Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")}, ratio("74400", "73"), "1019.18"},
		{"annual licence in equal months", "2026-03", EqualMonths,
			Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")}, ratio("1000", "1"), "1000.00"},
		// A quarterly tax of 9000 for 2026-Q1 in March by days: 9000·31/90.
		{"quarterly tax", "2026-03", ActualDays,
			Cost{Amount: dec("9000"), Period: MustParsePeriod("2026-Q1")}, ratio("3100", "1"), "3100.00"},
		// 60 seats at 95.00 per seat per month: 5700 in any month, 17100 in
		// a quarter, under every convention (so none needs to be set).
		{"seats per month, a month", "2026-02", 0,
			Cost{UnitPrice: dec("95"), Quantity: dec("60"), Per: Month}, ratio("5700", "1"), "5700.00"},
		{"seats per month, a quarter", "2026-Q1", 0,
			Cost{UnitPrice: dec("95"), Quantity: dec("60"), Per: Month}, ratio("17100", "1"), "17100.00"},
		// Weekly payroll of 10,000 in March (31 days): 31/7 weeks by days,
		// 52/12 weeks in the 52-week convention, 30/7 in 30E/360.
		{"weekly payroll by days", "2026-03", ActualDays,
			Cost{Amount: dec("10000"), Per: Week}, ratio("310000", "7"), "44285.71"},
		{"weekly payroll, 52 weeks", "2026-03", Weeks52,
			Cost{Amount: dec("10000"), Per: Week}, ratio("130000", "3"), "43333.33"},
		{"weekly payroll, 30E/360", "2026-03", Thirty360,
			Cost{Amount: dec("10000"), Per: Week}, ratio("300000", "7"), "42857.14"},
		// A rate per year by days spreads each year over its own days:
		// 36,600 a year in February 2024 (29 of 366 days).
		{"yearly rate in a leap year", "2024-02", ActualDays,
			Cost{Amount: dec("36600"), Per: Year}, ratio("2900", "1"), "2900.00"},
		// A monthly rate that applies only from 2026-03-16: half of March
		// (16 of 31 days) by days.
		{"rate with a window", "2026-03", ActualDays,
			Cost{Amount: dec("3100"), Per: Month, Period: MustParsePeriod("2026-03-16..2027-01-01")}, ratio("1600", "1"), "1600.00"},
		// A one-time purchase of 50,000 excluded from the figures.
		{"one-time excluded", "2026-03", 0,
			Cost{Amount: dec("50000"), Timing: OneTimeExcluded, Incurred: MustDate(2026, time.March, 10)}, ratio("0", "1"), "0.00"},
		// 36,000 amortized over 36 months from January 2026: 1000 a month,
		// 3000 a quarter, whatever the convention.
		{"amortized, a month", "2026-03", 0,
			Cost{Amount: dec("36000"), Timing: OneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("1000", "1"), "1000.00"},
		{"amortized, a quarter", "2026-Q1", ActualDays,
			Cost{Amount: dec("36000"), Timing: OneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("3000", "1"), "3000.00"},
		{"amortized, the last month", "2028-12", 0,
			Cost{Amount: dec("36000"), Timing: OneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("1000", "1"), "1000.00"},
		{"amortized, after the window", "2029-01", 0,
			Cost{Amount: dec("36000"), Timing: OneTimeAmortized, Incurred: MustDate(2026, time.January, 15), AmortizeMonths: 36},
			ratio("0", "1"), "0.00"},
		// A cost stated for another year contributes nothing (not strict).
		{"other year", "2026-03", ActualDays,
			Cost{Amount: dec("12000"), Period: MustParsePeriod("2025")}, ratio("0", "1"), "0.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := oneChannel(tt.period, tt.conv, tt.cost).Report()
			if err != nil {
				t.Fatalf("Report() error: %v", err)
			}
			line := r.Lines[0]
			if !line.Exact.Equal(tt.exact) || line.Amount.StringFixed(2) != tt.booked {
				t.Errorf("line = %v booked %s, want %v booked %s", line.Exact, line.Amount.StringFixed(2), tt.exact, tt.booked)
			}
			if line.Timing != tt.cost.Timing || r.Convention != tt.conv {
				t.Errorf("timing %v convention %v recorded, want %v %v", line.Timing, r.Convention, tt.cost.Timing, tt.conv)
			}
			if err := r.Verify(); err != nil {
				t.Errorf("Verify() = %v", err)
			}
		})
	}
}

func TestUnitPriceFromDriver(t *testing.T) {
	// 0.012 per handle minute on voice, 6000 minutes: 72.00; 0.05 per
	// contact on voice and email: 0.05 × (1000 + 500) = 75.00.
	m := sampleCenter()
	m.Costs = []Cost{
		{Name: "Minutes", Category: Telephony, UnitPrice: dec("0.012"), Channel: Voice, Behavior: Variable, Driver: HandleMinutes},
		{Name: "Per contact fee", Category: Technology, UnitPrice: dec("0.05"),
			Basis: Basis{Kind: ByContacts, Among: []Channel{Voice, Email}}, Behavior: Variable, Driver: Contacts},
	}
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	if r.Lines[0].Amount.StringFixed(2) != "72.00" || r.Lines[1].Amount.StringFixed(2) != "75.00" {
		t.Errorf("amounts = %v, %v; want 72.00, 75.00", r.Lines[0].Amount, r.Lines[1].Amount)
	}
}

func TestConventionRequiredWhenItMatters(t *testing.T) {
	m := oneChannel("2026-03", 0, Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")})
	err := m.Validate()
	if !errors.Is(err, ErrNotSet) {
		t.Fatalf("Validate() = %v, want ErrNotSet", err)
	}
	// The message shows what each convention would give.
	for _, want := range []string{"convention: not set", "actual-days gives 74400/73", "equal-months gives 1000", "52-weeks gives 1000"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %q, want it to contain %q", err, want)
		}
	}
	// The same line stated for the report's own period needs no convention.
	m = oneChannel("2026", 0, Cost{Amount: dec("12000"), Period: MustParsePeriod("2026")})
	if err := m.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}

func TestCostTimingErrors(t *testing.T) {
	jan15 := MustDate(2026, time.January, 15)
	tests := []struct {
		name string
		m    Model
		want error
		text string
	}{
		{"zero months", oneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: OneTimeAmortized, Incurred: jan15}),
			ErrOutOfRange, "amortize_months: out of range: 0 (want 1 to 1200 months)"},
		{"no incurred date", oneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: OneTimeExcluded}),
			ErrNotSet, "incurred: not set"},
		{"incurred on a recurring cost", oneChannel("2026-03", 0, Cost{Amount: dec("1"), Incurred: jan15}),
			ErrConflict, "incurred"},
		{"one-time with a period", oneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: OneTimeExcluded, Incurred: jan15, Period: MustParsePeriod("2026")}),
			ErrConflict, "timing"},
		{"excluded and amortized", oneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: OneTimeExcluded, Incurred: jan15, AmortizeMonths: 3}),
			ErrConflict, "amortize_months"},
		{"unknown timing", oneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: 7}), ErrInvalid, "timing"},
		{"unknown per", oneChannel("2026-03", ActualDays, Cost{Amount: dec("1"), Per: 9}), ErrInvalid, "per"},
		{"unknown convention", oneChannel("2026-03", 9, Cost{Amount: dec("1")}), ErrInvalid, "convention"},
		{"amount and unit price", oneChannel("2026-03", 0, Cost{Amount: dec("1"), UnitPrice: dec("2"), Quantity: dec("3")}),
			ErrConflict, "unit-priced line has no amount"},
		{"quantity without price", oneChannel("2026-03", 0, Cost{Quantity: dec("3")}), ErrConflict, "a quantity needs a unit_price"},
		{"price without quantity", oneChannel("2026-03", 0, Cost{UnitPrice: dec("3")}), ErrNotSet, "a unit price needs a quantity"},
		{"negative price", oneChannel("2026-03", 0, Cost{UnitPrice: dec("-3"), Quantity: dec("1")}), ErrNegative, "unit_price"},
		{"strict, no overlap", func() Model {
			m := oneChannel("2026-03", ActualDays, Cost{Amount: dec("12000"), Period: MustParsePeriod("2025")})
			m.Strict = true
			return m
		}(), ErrOutOfRange, `nothing of the line falls in 2026-03 (the model is strict)`},
		{"strict, amortization over", func() Model {
			m := oneChannel("2029-02", 0, Cost{Amount: dec("1"), Timing: OneTimeAmortized, Incurred: jan15, AmortizeMonths: 36})
			m.Strict = true
			return m
		}(), ErrOutOfRange, "nothing of the line falls in 2029-02"},
		{"amortization past 9999", oneChannel("2026-03", 0, Cost{Amount: dec("1"), Timing: OneTimeAmortized,
			Incurred: MustDate(9999, time.June, 1), AmortizeMonths: 12}), ErrOutOfRange, "past 9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.m.Validate()
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("Validate() = %v, want %v containing %q", err, tt.want, tt.text)
			}
		})
	}
}

// TestZeroLineNeedsNoChannel pins that a line with nothing in the period
// may name a channel the period has no volume for (chat, launched later).
func TestZeroLineNeedsNoChannel(t *testing.T) {
	m := oneChannel("2026-03", ActualDays, Cost{Amount: dec("100")})
	m.Costs = append(m.Costs, Cost{Name: "Chat licence", Category: SoftwareLicences, Amount: dec("500"), Per: Month,
		Period: MustParsePeriod("2026-07-01..2027-01-01"), Channel: Chat})
	r, err := m.Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	if got := r.Lines[1]; got.Amount.Sign() != 0 || len(got.Parts) != 0 {
		t.Errorf("chat line = %v with %d parts", got.Amount, len(got.Parts))
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Verify() = %v", err)
	}
	// In July the line has an amount and chat needs its volume.
	m.Period = MustParsePeriod("2026-07")
	if err := m.Validate(); !errors.Is(err, ErrUnknownChannel) {
		t.Errorf("Validate() in July = %v, want ErrUnknownChannel", err)
	}
}

func TestTimingJSON(t *testing.T) {
	for _, tm := range []Timing{Recurring, OneTimeExcluded, OneTimeAmortized} {
		b, _ := tm.MarshalText()
		var back Timing
		if err := back.UnmarshalText(b); err != nil || back != tm {
			t.Errorf("round trip of %v = %v, %v", tm, back, err)
		}
	}
	var tm Timing
	if err := tm.UnmarshalText([]byte("once")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(once) = %v", err)
	}
}
