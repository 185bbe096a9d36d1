package contactcost

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestConventionsSideBySide prorates 36,500.00 stated for 2026 (365 days)
// into the same periods under each convention. Worked by hand:
//
//	2026-02 (28 days): actual 36500·28/365 = 2800; 30E/360 36500·30/360 =
//	  9125/3 = 3041.67; equal months 36500/12 = 9125/3; 52 weeks
//	  36500·(52/12)/52 = 9125/3.
//	2026-03 (31 days): actual 36500·31/365 = 3100; the others 9125/3.
//	2026-W10 (Mon 2 to Sun 8 March): actual 36500·7/365 = 700; 30E/360
//	  36500·7/360 = 12775/18 = 709.72; equal months 36500·(7/31)/12 =
//	  63875/93 = 686.83; 52 weeks 36500/52 = 9125/13 = 701.92.
//	2026-03-01: actual 100; 30E/360 36500/360 = 1825/18 = 101.39; equal
//	  months 36500·(1/31)/12 = 9125/93 = 98.12; 52 weeks 36500·(1/7)/52 =
//	  9125/91 = 100.27.
//
// These are the figures of the table in Convention's documentation.
func TestConventionsSideBySide(t *testing.T) {
	year := MustParsePeriod("2026")
	order := [4]Convention{ConventionActualDays, Convention30E360, ConventionEqualMonths, Convention52Weeks}
	if !cmp.Equal(order[:], conventions) {
		t.Fatalf("conventions = %v, want %v", conventions, order)
	}
	tests := []struct {
		into string
		want [4]Ratio // actual, 30E/360, equal months, 52 weeks
		cent [4]string
	}{
		{"2026-02", [4]Ratio{ratio("2800", "1"), ratio("9125", "3"), ratio("9125", "3"), ratio("9125", "3")},
			[4]string{"2800.00", "3041.67", "3041.67", "3041.67"}},
		{"2026-03", [4]Ratio{ratio("3100", "1"), ratio("9125", "3"), ratio("9125", "3"), ratio("9125", "3")},
			[4]string{"3100.00", "3041.67", "3041.67", "3041.67"}},
		{"2026-W10", [4]Ratio{ratio("700", "1"), ratio("12775", "18"), ratio("63875", "93"), ratio("9125", "13")},
			[4]string{"700.00", "709.72", "686.83", "701.92"}},
		{"2026-03-01", [4]Ratio{ratio("100", "1"), ratio("1825", "18"), ratio("9125", "93"), ratio("9125", "91")},
			[4]string{"100.00", "101.39", "98.12", "100.27"}},
		{"2026", [4]Ratio{ratio("36500", "1"), ratio("36500", "1"), ratio("36500", "1"), ratio("36500", "1")},
			[4]string{"36500.00", "36500.00", "36500.00", "36500.00"}},
	}
	for _, tt := range tests {
		for i, c := range order {
			got, err := Prorate(dec("36500"), year, MustParsePeriod(tt.into), c)
			if err != nil {
				t.Errorf("Prorate(36500, 2026, %s, %v) error: %v", tt.into, c, err)
				continue
			}
			if !got.Equal(tt.want[i]) {
				t.Errorf("Prorate(36500, 2026, %s, %v) = %v, want %v", tt.into, c, got, tt.want[i])
			}
			if r, err := got.Round(RoundHalfEven, 2); err != nil || r.StringFixed(2) != tt.cent[i] {
				t.Errorf("Prorate(36500, 2026, %s, %v).Round(half-even, 2) = %s, %v, want %s", tt.into, c, r.StringFixed(2), err, tt.cent[i])
			}
		}
	}
}

func TestProrateLeapYear(t *testing.T) {
	tests := []struct {
		name     string
		amount   string
		from, to string
		c        Convention
		want     Ratio
	}{
		// 36,600.00 for 2024 (366 days) into February 2024 (29 days): 2900
		// by actual days, 3050 in equal months.
		{"leap February by days", "36600", "2024", "2024-02", ConventionActualDays, ratio("2900", "1")},
		{"leap February in equal months", "36600", "2024", "2024-02", ConventionEqualMonths, ratio("3050", "1")},
		// The leap day itself: 36600/366 = 100 by days; (1/29)/12 of the
		// year in equal months: 36600/348 = 3050/29.
		{"leap day by days", "36600", "2024", "2024-02-29", ConventionActualDays, ratio("100", "1")},
		{"leap day in equal months", "36600", "2024", "2024-02-29", ConventionEqualMonths, ratio("3050", "29")},
		// A leap year measures 52 weeks and 360 30E/360 days, like any year.
		{"leap February in 52 weeks", "36600", "2024", "2024-02", Convention52Weeks, ratio("3050", "1")},
		{"leap February in 30E/360", "36600", "2024", "2024-02", Convention30E360, ratio("3050", "1")},
		// A quarterly amount into one of its months: 9000 for 2026-Q1 (90
		// days) into March: 9000·31/90 = 3100 by days, 3000 in equal months.
		{"quarter into March by days", "9000", "2026-Q1", "2026-03", ConventionActualDays, ratio("3100", "1")},
		{"quarter into March in equal months", "9000", "2026-Q1", "2026-03", ConventionEqualMonths, ratio("3000", "1")},
		// Periods that do not overlap share nothing; a partial overlap shares
		// the common days: 2026 into 2025-12-01..2026-01-11 (10 days of
		// 2026): 36500·10/365 = 1000.
		{"no overlap", "36500", "2026", "2025", ConventionActualDays, ratio("0", "1")},
		{"partial overlap", "36500", "2026", "2025-12-01..2026-01-11", ConventionActualDays, ratio("1000", "1")},
		// A month into a longer period holding it: the whole amount.
		{"into a longer period", "3100", "2026-03", "2026", ConventionActualDays, ratio("3100", "1")},
		// A negative amount (a credit) prorates as the mirror.
		{"credit", "-36600", "2024", "2024-02", ConventionActualDays, ratio("-2900", "1")},
		// The same days made differently are the whole amount.
		{"same dates", "7", "2026-03", "2026-03-01..2026-04-01", Convention52Weeks, ratio("7", "1")},
	}
	for _, tt := range tests {
		got, err := Prorate(dec(tt.amount), MustParsePeriod(tt.from), MustParsePeriod(tt.to), tt.c)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("%s: Prorate(%s, %s, %s, %v) = %v, %v, want %v", tt.name, tt.amount, tt.from, tt.to, tt.c, got, err, tt.want)
		}
	}
}

// prorateRatioSum returns x + y for defined ratios.
func prorateRatioSum(x, y Ratio) Ratio {
	r := x.Rat()
	return ratioOfRat(r.Add(r, y.rat()))
}

// TestConventionLength pins each convention's measure of a period, in its
// own unit (days for actual days and 30E/360, months for equal months,
// weeks for 52 weeks). Convention.Length is gone; the measure is what
// Prorate divides by.
func TestConventionLength(t *testing.T) {
	tests := []struct {
		period string
		c      Convention
		want   Ratio
	}{
		{"2024", ConventionActualDays, ratio("366", "1")},
		{"2024", Convention30E360, ratio("360", "1")},
		{"2024", ConventionEqualMonths, ratio("12", "1")},
		{"2024", Convention52Weeks, ratio("52", "1")},
		{"2026-Q1", ConventionEqualMonths, ratio("3", "1")},
		{"2026-Q1", Convention52Weeks, ratio("13", "1")},
		{"2026-02", Convention30E360, ratio("30", "1")},
		{"2026-W10", Convention52Weeks, ratio("1", "1")},
		// 30E/360: a lone 30th of January measures 0, the 31st 1; the 28th
		// of February 2026 makes up February to 30 and measures 3.
		{"2026-01-30", Convention30E360, ratio("0", "1")},
		{"2026-01-31", Convention30E360, ratio("1", "1")},
		{"2026-02-28", Convention30E360, ratio("3", "1")},
		// Equal months: a day is its share of its month.
		{"2026-02-28", ConventionEqualMonths, ratio("1", "28")},
		{"2026-02-15..2026-03-16", ConventionEqualMonths, prorateRatioSum(ratio("14", "28"), ratio("15", "31"))},
		// 52 weeks is not additive: the two halves of March measure 15/7
		// and 16/7 weeks, 31/7 together, while March measures 52/12.
		{"2026-03-01..2026-03-16", Convention52Weeks, ratio("15", "7")},
		{"2026-03-16..2026-04-01", Convention52Weeks, ratio("16", "7")},
		{"2026-03", Convention52Weeks, ratio("52", "12")},
		// Whole months inside a range count 52/12, the other days 1/7:
		// 2026-02-25..2026-04-03 is 4 days + March + 2 days.
		{"2026-02-25..2026-04-03", Convention52Weeks, prorateRatioSum(ratio("6", "7"), ratio("52", "12"))},
		// The end of the calendar: December 9999 up to its 30th is 30 days,
		// 29 days in 30E/360 (12-31 counts as 30), 30/31 of a month and
		// 30/7 weeks.
		{"9999-12-01..9999-12-31", ConventionActualDays, ratio("30", "1")},
		{"9999-12-01..9999-12-31", Convention30E360, ratio("29", "1")},
		{"9999-12-01..9999-12-31", ConventionEqualMonths, ratio("30", "31")},
		{"9999-12-01..9999-12-31", Convention52Weeks, ratio("30", "7")},
	}
	for _, tt := range tests {
		p := MustParsePeriod(tt.period)
		if got := ratioOfRat(tt.c.measure(p.start.n, p.end.n)); !got.Equal(tt.want) {
			t.Errorf("%v.measure(%s) = %v, want %v", tt.c, tt.period, got, tt.want)
		}
	}
	// Through Prorate: an amount stated for a year, into a part of it, is
	// the amount × the part's measure / the year's.
	//
	//	2026-02-15..2026-03-16 in equal months: (14/28 + 15/31)/12 of 12 = 61/62
	//	2026-02-25..2026-04-03 in 52 weeks: (6/7 + 52/12)/52 of 52 = 109/21
	viaProrate := []struct {
		part string
		c    Convention
		want Ratio
	}{
		{"2026-02-15..2026-03-16", ConventionEqualMonths, ratio("61", "62")},
		{"2026-02-25..2026-04-03", Convention52Weeks, ratio("109", "21")},
		{"2026-02-28", Convention30E360, ratio("36", "360")}, // 3 of 360 days of 12
		{"2026-01-30", Convention30E360, ratio("0", "1")},
	}
	for _, tt := range viaProrate {
		unit := map[Convention]string{ConventionEqualMonths: "12", Convention52Weeks: "52", Convention30E360: "12"}[tt.c]
		got, err := Prorate(dec(unit), MustParsePeriod("2026"), MustParsePeriod(tt.part), tt.c)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("Prorate(%s, 2026, %s, %v) = %v, %v, want %v", unit, tt.part, tt.c, got, err, tt.want)
		}
	}
}

// TestConventionUnits pins how many units of a rate's period a window
// holds under each convention: the factor a rate per day, week, month,
// quarter or year is multiplied by. Worked by hand:
//
//	actual days: a month, quarter or year counts its own days, so
//	  2026-03-15..2026-04-15 is 17/90 of Q1 + 14/91 of Q2 = 401/1170.
//	30E/360: 30 days a month, 90 a quarter, 360 a year.
//	equal months: days and weeks by the calendar; months, quarters and
//	  years in months: 2026-02-15..2026-03-16 is 14/28 + 15/31 = 61/62
//	  months, 61/744 of a year.
//	52 weeks: a month 52/12 weeks, a day 1/7 of a week: March is 91/3
//	  days, 2026-03-01..2026-03-16 15/7 weeks, (15/7)/(52/12) = 45/91 of a
//	  month.
func TestConventionUnits(t *testing.T) {
	tests := []struct {
		c      Convention
		per    Unit
		window string
		want   Ratio
	}{
		{ConventionActualDays, UnitDay, "2026-03", ratio("31", "1")},
		{ConventionActualDays, UnitWeek, "2026-03", ratio("31", "7")},
		{ConventionActualDays, UnitMonth, "2026-03", ratio("1", "1")},
		{ConventionActualDays, UnitMonth, "2026-02-15..2026-03-16", ratio("61", "62")},
		{ConventionActualDays, UnitQuarter, "2026-03", ratio("31", "90")},
		{ConventionActualDays, UnitQuarter, "2026-03-15..2026-04-15", ratio("401", "1170")},
		{ConventionActualDays, UnitYear, "2026-03", ratio("31", "365")},
		{ConventionActualDays, UnitYear, "2024", ratio("1", "1")},
		{Convention30E360, UnitDay, "2026-02", ratio("30", "1")},
		{Convention30E360, UnitWeek, "2026-W10", ratio("1", "1")},
		{Convention30E360, UnitMonth, "2026-02", ratio("1", "1")},
		{Convention30E360, UnitMonth, "2026-01-30", ratio("0", "1")},
		{Convention30E360, UnitQuarter, "2026-03", ratio("1", "3")},
		{Convention30E360, UnitYear, "2026-01", ratio("1", "12")},
		{ConventionEqualMonths, UnitDay, "2026-02", ratio("28", "1")},
		{ConventionEqualMonths, UnitWeek, "2026-02", ratio("4", "1")},
		{ConventionEqualMonths, UnitMonth, "2026-02-15..2026-03-16", ratio("61", "62")},
		{ConventionEqualMonths, UnitQuarter, "2026-02", ratio("1", "3")},
		{ConventionEqualMonths, UnitYear, "2026-02-15..2026-03-16", ratio("61", "744")},
		{Convention52Weeks, UnitDay, "2026-03", ratio("91", "3")},
		{Convention52Weeks, UnitWeek, "2026-03", ratio("13", "3")},
		{Convention52Weeks, UnitMonth, "2026-03", ratio("1", "1")},
		{Convention52Weeks, UnitQuarter, "2026-Q1", ratio("1", "1")},
		{Convention52Weeks, UnitYear, "2026-03", ratio("1", "12")},
		{Convention52Weeks, UnitDay, "2026-03-01..2026-03-16", ratio("15", "1")},
		{Convention52Weeks, UnitMonth, "2026-03-01..2026-03-16", ratio("45", "91")},
		// The end of the calendar: December 9999 up to its 30th.
		{ConventionActualDays, UnitMonth, "9999-12-01..9999-12-31", ratio("30", "31")},
		{ConventionEqualMonths, UnitYear, "9999-12-01..9999-12-31", ratio("30", "372")},
	}
	for _, tt := range tests {
		w := MustParsePeriod(tt.window)
		if got := ratioOfRat(tt.c.units(tt.per, w.start.n, w.end.n)); !got.Equal(tt.want) {
			t.Errorf("%v.units(%v, %s) = %v, want %v", tt.c, tt.per, tt.window, got, tt.want)
		}
	}
}

func TestProrateErrors(t *testing.T) {
	year := MustParsePeriod("2026")
	tests := []struct {
		name     string
		amount   decimal.Decimal
		from, to Period
		c        Convention
		want     error
		path     string
	}{
		{"no convention", dec("1"), year, year, 0, ErrNotSet, "convention"},
		{"unknown convention", dec("1"), year, year, 9, ErrInvalid, "convention"},
		{"no from", dec("1"), Period{}, year, ConventionActualDays, ErrNotSet, "from"},
		{"no to", dec("1"), year, Period{}, ConventionActualDays, ErrNotSet, "to"},
		// A lone 30th of a 31-day month has no length under 30E/360.
		{"zero length", dec("1"), MustParsePeriod("2026-01-30"), year, Convention30E360, ErrUndefined, "from"},
		{"hostile amount", decimal.New(1, 1<<30), year, year, ConventionActualDays, ErrTooLarge, "amount"},
		{"too many places", dec("0." + strings.Repeat("1", 31)), year, year, ConventionActualDays, ErrTooLarge, "amount"},
	}
	for _, tt := range tests {
		_, err := Prorate(tt.amount, tt.from, tt.to, tt.c)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: Prorate error = %v, want %v at %q", tt.name, err, tt.want, tt.path)
		}
	}
	// The zero-convention error lists the conventions to choose from.
	_, err := Prorate(dec("1"), year, year, 0)
	if want := `choose "actual-days", "30e/360", "equal-months" or "52-weeks"`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Prorate(convention 0) error = %v, want it to contain %q", err, want)
	}
}

// TestProrateLoneThirtieth pins the error for a period with no length under
// 30E/360: ErrUndefined at the argument "from", naming the period and the
// convention.
func TestProrateLoneThirtieth(t *testing.T) {
	_, err := Prorate(dec("100"), MustParsePeriod("2026-01-30"), MustParsePeriod("2026-01"), Convention30E360)
	var fe *FieldError
	if !errors.Is(err, ErrUndefined) || !errors.As(err, &fe) {
		t.Fatalf("Prorate(100, 2026-01-30, 2026-01, 30e/360) error = %v, want ErrUndefined", err)
	}
	if fe.Path != "from" || fe.Detail != "2026-01-30 has no length under 30e/360" {
		t.Errorf("Prorate(100, 2026-01-30, 2026-01, 30e/360) error at %q: %q, want from: %q", fe.Path, fe.Detail, "2026-01-30 has no length under 30e/360")
	}
	// Into a lone 30th is fine: it receives nothing. January measures 30
	// (Day360 of 02-01 minus that of 01-01), the 30th 0, the 31st 1.
	got, err := Prorate(dec("300"), MustParsePeriod("2026-01"), MustParsePeriod("2026-01-30"), Convention30E360)
	if err != nil || got.Sign() != 0 {
		t.Errorf("Prorate(300, 2026-01, 2026-01-30, 30e/360) = %v, %v, want 0", got, err)
	}
	got, err = Prorate(dec("300"), MustParsePeriod("2026-01"), MustParsePeriod("2026-01-31"), Convention30E360)
	if err != nil || !got.Equal(ratio("10", "1")) {
		t.Errorf("Prorate(300, 2026-01, 2026-01-31, 30e/360) = %v, %v, want 10", got, err)
	}
}

func TestConventionText(t *testing.T) {
	names := []string{"actual-days", "30e/360", "equal-months", "52-weeks"}
	for i, c := range conventions {
		if c.String() != names[i] {
			t.Errorf("Convention(%d).String() = %q, want %q", c, c.String(), names[i])
		}
		b, err := c.MarshalText()
		if err != nil || string(b) != names[i] {
			t.Errorf("%v.MarshalText() = %q, %v, want %q", c, b, err, names[i])
		}
		var back Convention
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, c)
		}
	}
	var c Convention
	if err := c.UnmarshalText([]byte("actual/365")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(actual/365) error = %v, want ErrInvalid", err)
	}
	if err := c.UnmarshalText([]byte("30E/360")); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), `did you mean "30e/360"`) {
		t.Errorf("UnmarshalText(30E/360) error = %v, want ErrInvalid with a hint", err)
	}
	if b, err := Convention(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Convention(0).MarshalText() = %q, %v, want empty", b, err)
	}
	if _, err := Convention(9).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Convention(9).MarshalText() error = %v, want ErrInvalid", err)
	}
}

func TestDistribute(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		period string
		unit   Unit
		c      Convention
		want   []string
	}{
		// 1000.00 in equal months: 100000 cents / 12 = 8333 r 4; the 4 cents
		// left go to the first four months on the tie.
		{"licence in equal months", "1000.00", "2026", UnitMonth, ConventionEqualMonths,
			[]string{"83.34", "83.34", "83.34", "83.34", "83.33", "83.33", "83.33", "83.33", "83.33", "83.33", "83.33", "83.33"}},
		// By days (365): 100000·31/365 = 8493 r 55, ·28/365 = 7671 r 85,
		// ·30/365 = 8219 r 65; floors sum to 99998; the 2 cents left go to
		// February (85) and April (the first 65).
		{"licence by days", "1000.00", "2026", UnitMonth, ConventionActualDays,
			[]string{"84.93", "76.72", "84.93", "82.20", "84.93", "82.19", "84.93", "84.93", "82.19", "84.93", "82.19", "84.93"}},
		// A month into ISO weeks by days: 1, 7, 7, 7, 7 and 2 days of March
		// at 10.00 a day.
		{"month into weeks", "310.00", "2026-03", UnitWeek, ConventionActualDays,
			[]string{"10.00", "70.00", "70.00", "70.00", "70.00", "20.00"}},
		// A fiscal year into quarters in equal months: 3 months each.
		{"fiscal year into quarters", "1000", "FY2026/Apr", UnitQuarter, ConventionEqualMonths,
			[]string{"250.00", "250.00", "250.00", "250.00"}},
		// A negative amount (a credit) splits as the mirror.
		{"credit", "-1000.00", "2026", UnitQuarter, ConventionEqualMonths,
			[]string{"-250.00", "-250.00", "-250.00", "-250.00"}},
		// 30E/360 into the days of a 31-day month: each day measures 1
		// (Day360 of the next day minus its own) but the 30th, whose next
		// day, the 31st, also counts as 30: it measures 0 and gets nothing.
		// 6 days of 1.00.
		{"30E/360 days of January", "6.00", "2026-01-25..2026-02-01", UnitDay, Convention30E360,
			[]string{"1.00", "1.00", "1.00", "1.00", "1.00", "0.00", "1.00"}},
		// 52 weeks over a month into weeks: 1, 7, 7, 7, 7 and 2 days
		// (the days are not whole months): 31/7 weeks, so 31 days of 10.00.
		{"52 weeks into weeks", "310.00", "2026-03", UnitWeek, Convention52Weeks,
			[]string{"10.00", "70.00", "70.00", "70.00", "70.00", "20.00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := MustParsePeriod(tt.period)
			parts, err := Distribute(dec(tt.amount), p, tt.unit, tt.c, 2)
			if err != nil {
				t.Fatalf("Distribute(%s, %s, %v, %v, 2) error: %v", tt.amount, tt.period, tt.unit, tt.c, err)
			}
			var got []string
			sum := decimal.Zero
			for _, part := range parts {
				got = append(got, part.Amount.StringFixed(2))
				sum = sum.Add(part.Amount)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Distribute(%s, %s, %v, %v, 2) mismatch (-want +got):\n%s", tt.amount, tt.period, tt.unit, tt.c, diff)
			}
			if !sum.Equal(dec(tt.amount)) {
				t.Errorf("Distribute(%s, %s, %v, %v, 2) parts sum to %v", tt.amount, tt.period, tt.unit, tt.c, sum)
			}
			// The sub-periods are those of Split.
			pieces, _ := p.Split(tt.unit)
			if len(pieces) != len(parts) {
				t.Fatalf("Distribute returned %d parts for %d sub-periods", len(parts), len(pieces))
			}
			for i, part := range parts {
				if !part.Period.Equal(pieces[i]) {
					t.Errorf("Distribute part %d period = %s, want %s", i, part.Period, pieces[i])
				}
			}
		})
	}
	// The sub-periods come with the parts, at scale 0 too.
	parts, err := Distribute(dec("310"), MustParsePeriod("2026-03"), UnitWeek, ConventionActualDays, 0)
	want := []PeriodAmount{
		{MustParsePeriod("2026-03-01..2026-03-02"), dec("10")},
		{MustParsePeriod("2026-W10"), dec("70")},
		{MustParsePeriod("2026-W11"), dec("70")},
		{MustParsePeriod("2026-W12"), dec("70")},
		{MustParsePeriod("2026-W13"), dec("70")},
		{MustParsePeriod("2026-03-30..2026-04-01"), dec("20")},
	}
	if err != nil {
		t.Fatalf("Distribute(310, 2026-03, week, actual-days, 0) error: %v", err)
	}
	if diff := cmp.Diff(want, parts); diff != "" {
		t.Errorf("Distribute(310, 2026-03, week, actual-days, 0) mismatch (-want +got):\n%s", diff)
	}
}

// TestDistributeEndOfCalendar is the regression test of issue 7's defect
// "The end of the calendar" for Distribute, which failed with "outside
// 0001-01-01..9999-12-31" like Split for a period ending at 9999-12-31.
func TestDistributeEndOfCalendar(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		period string
		unit   Unit
		c      Convention
		want   []PeriodAmount
	}{
		// 9999-12-01 is a Wednesday: 5, 7, 7, 7 and 4 days at 10.00 a day.
		{"weeks by days", "300.00", "9999-12-01..9999-12-31", UnitWeek, ConventionActualDays, []PeriodAmount{
			{MustParsePeriod("9999-12-01..9999-12-06"), dec("50")},
			{MustParsePeriod("9999-W49"), dec("70")},
			{MustParsePeriod("9999-W50"), dec("70")},
			{MustParsePeriod("9999-W51"), dec("70")},
			{MustParsePeriod("9999-12-27..9999-12-31"), dec("40")},
		}},
		{"month", "300.00", "9999-12-01..9999-12-31", UnitMonth, ConventionEqualMonths, []PeriodAmount{
			{MustParsePeriod("9999-12-01..9999-12-31"), dec("300")},
		}},
		{"quarter", "300.00", "9999-12-01..9999-12-31", UnitQuarter, Convention30E360, []PeriodAmount{
			{MustParsePeriod("9999-12-01..9999-12-31"), dec("300")},
		}},
		{"year", "300.00", "9999-12-01..9999-12-31", UnitYear, Convention52Weeks, []PeriodAmount{
			{MustParsePeriod("9999-12-01..9999-12-31"), dec("300")},
		}},
		// In equal months: 17/31 of October, November, 30/31 of December,
		// 78/31 months in all; 780.00 · (17/31)/(78/31) = 170.00, then
		// 310.00 and 300.00.
		{"months in equal months", "780.00", "9999-10-15..9999-12-31", UnitMonth, ConventionEqualMonths, []PeriodAmount{
			{MustParsePeriod("9999-10-15..9999-11-01"), dec("170")},
			{MustParsePeriod("9999-11"), dec("310")},
			{MustParsePeriod("9999-12-01..9999-12-31"), dec("300")},
		}},
		// By days: 17, 30 and 30 days of 77; 77.00 is 1.00 a day.
		{"months by days", "77.00", "9999-10-15..9999-12-31", UnitMonth, ConventionActualDays, []PeriodAmount{
			{MustParsePeriod("9999-10-15..9999-11-01"), dec("17")},
			{MustParsePeriod("9999-11"), dec("30")},
			{MustParsePeriod("9999-12-01..9999-12-31"), dec("30")},
		}},
	}
	for _, tt := range tests {
		got, err := Distribute(dec(tt.amount), MustParsePeriod(tt.period), tt.unit, tt.c, 2)
		if err != nil {
			t.Errorf("%s: Distribute(%s, %s, %v, %v, 2) error: %v", tt.name, tt.amount, tt.period, tt.unit, tt.c, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Distribute(%s, %s, %v, %v, 2) mismatch (-want +got):\n%s", tt.name, tt.amount, tt.period, tt.unit, tt.c, diff)
		}
	}
}

func TestDistributeErrors(t *testing.T) {
	march := MustParsePeriod("2026-03")
	tests := []struct {
		name   string
		amount decimal.Decimal
		period Period
		unit   Unit
		c      Convention
		scale  int32
		want   error
		path   string
	}{
		{"more places than scale", dec("1.005"), march, UnitWeek, ConventionActualDays, 2, ErrPrecision, "amount"},
		{"no convention", dec("1"), march, UnitWeek, 0, 2, ErrNotSet, "convention"},
		{"unknown convention", dec("1"), march, UnitWeek, 7, 2, ErrInvalid, "convention"},
		{"no unit", dec("1"), march, 0, ConventionActualDays, 2, ErrInvalid, "unit"},
		{"zero period", dec("1"), Period{}, UnitDay, ConventionActualDays, 2, ErrNotSet, "period"},
		// The 30th of January has no length under 30E/360.
		{"zero length", dec("1"), MustParsePeriod("2026-01-30"), UnitDay, Convention30E360, 2, ErrUndefined, "period"},
		{"negative scale", dec("1"), march, UnitWeek, ConventionActualDays, -1, ErrOutOfRange, "scale"},
		{"scale too large", dec("1"), march, UnitWeek, ConventionActualDays, MaxFractionDigits + 1, ErrOutOfRange, "scale"},
		{"hostile amount", decimal.New(1, 1<<30), march, UnitWeek, ConventionActualDays, 2, ErrTooLarge, "amount"},
		{"too many sub-periods", dec("1"), MustParsePeriod("0001-01-01..9999-12-31"), UnitDay, ConventionActualDays, 2, ErrTooLarge, "period"},
	}
	for _, tt := range tests {
		_, err := Distribute(tt.amount, tt.period, tt.unit, tt.c, tt.scale)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: Distribute error = %v, want %v at %q", tt.name, err, tt.want, tt.path)
		}
	}
}
