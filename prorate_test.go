package contactcost

import (
	"errors"
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
		for i, c := range Conventions() {
			got, err := Prorate(dec("36500"), year, MustParsePeriod(tt.into), c)
			if err != nil {
				t.Fatalf("Prorate(36500, 2026, %s, %v) error: %v", tt.into, c, err)
			}
			if !got.Equal(tt.want[i]) {
				t.Errorf("Prorate(36500, 2026, %s, %v) = %v, want %v", tt.into, c, got, tt.want[i])
			}
			if r, _ := got.Round(HalfEven, 2); r.StringFixed(2) != tt.cent[i] {
				t.Errorf("Prorate(36500, 2026, %s, %v) rounds to %s, want %s", tt.into, c, r.StringFixed(2), tt.cent[i])
			}
		}
	}
}

func TestProrateLeapYear(t *testing.T) {
	// 36,600.00 for 2024 (366 days) into February 2024 (29 days): 2900 by
	// actual days, 3050 in equal months.
	got, err := Prorate(dec("36600"), MustParsePeriod("2024"), MustParsePeriod("2024-02"), ActualDays)
	if err != nil || !got.Equal(ratio("2900", "1")) {
		t.Errorf("actual days: %v, %v", got, err)
	}
	got, err = Prorate(dec("36600"), MustParsePeriod("2024"), MustParsePeriod("2024-02"), EqualMonths)
	if err != nil || !got.Equal(ratio("3050", "1")) {
		t.Errorf("equal months: %v, %v", got, err)
	}
	// A quarterly amount into one of its months: 9000 for 2026-Q1 (90 days)
	// into March: 9000·31/90 = 3100 by days, 3000 in equal months.
	got, _ = Prorate(dec("9000"), MustParsePeriod("2026-Q1"), MustParsePeriod("2026-03"), ActualDays)
	if !got.Equal(ratio("3100", "1")) {
		t.Errorf("quarter into March by days = %v", got)
	}
	// Periods that do not overlap share nothing; partial overlap shares the
	// common days: 2026 into 2025-12-01..2026-01-11 (10 days of 2026).
	got, _ = Prorate(dec("36500"), MustParsePeriod("2026"), MustParsePeriod("2025"), ActualDays)
	if got.Sign() != 0 {
		t.Errorf("no overlap = %v", got)
	}
	got, _ = Prorate(dec("36500"), MustParsePeriod("2026"), MustParsePeriod("2025-12-01..2026-01-11"), ActualDays)
	if !got.Equal(ratio("1000", "1")) {
		t.Errorf("partial overlap = %v, want 1000", got)
	}
}

func TestConventionLength(t *testing.T) {
	tests := []struct {
		period string
		c      Convention
		want   Ratio
	}{
		{"2024", ActualDays, ratio("366", "1")},
		{"2024", Thirty360, ratio("360", "1")},
		{"2024", EqualMonths, ratio("12", "1")},
		{"2024", Weeks52, ratio("52", "1")},
		{"2026-Q1", EqualMonths, ratio("3", "1")},
		{"2026-Q1", Weeks52, ratio("13", "1")},
		{"2026-02", Thirty360, ratio("30", "1")},
		{"2026-W10", Weeks52, ratio("1", "1")},
		// 30E/360: a lone 30th of January measures 0, the 31st 1; the 28th
		// of February 2026 makes up February to 30 and measures 3.
		{"2026-01-30", Thirty360, ratio("0", "1")},
		{"2026-01-31", Thirty360, ratio("1", "1")},
		{"2026-02-28", Thirty360, ratio("3", "1")},
		// Equal months: a day is its share of its month.
		{"2026-02-28", EqualMonths, ratio("1", "28")},
		{"2026-02-15..2026-03-16", EqualMonths, ratio("14", "28").mustAdd(ratio("15", "31"))},
		// 52 weeks is not additive: the two halves of March measure 15/7
		// and 16/7 weeks, 31/7 together, while March measures 52/12.
		{"2026-03-01..2026-03-16", Weeks52, ratio("15", "7")},
		{"2026-03-16..2026-04-01", Weeks52, ratio("16", "7")},
		{"2026-03", Weeks52, ratio("52", "12")},
		// Whole months inside a range count 52/12, the other days 1/7:
		// 2026-02-25..2026-04-03 is 4 days + March + 2 days.
		{"2026-02-25..2026-04-03", Weeks52, ratio("6", "7").mustAdd(ratio("52", "12"))},
	}
	for _, tt := range tests {
		got, err := tt.c.Length(MustParsePeriod(tt.period))
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("%v.Length(%s) = %v, %v, want %v", tt.c, tt.period, got, err, tt.want)
		}
	}
}

// mustAdd adds two defined ratios (test helper).
func (x Ratio) mustAdd(y Ratio) Ratio {
	r := x.Rat()
	return Ratio{r.Add(r, y.r)}
}

func TestProrateErrors(t *testing.T) {
	year := MustParsePeriod("2026")
	tests := []struct {
		name     string
		amount   decimal.Decimal
		from, to Period
		c        Convention
		want     error
	}{
		{"no convention", dec("1"), year, year, 0, ErrNotSet},
		{"unknown convention", dec("1"), year, year, 9, ErrInvalid},
		{"no from", dec("1"), Period{}, year, ActualDays, ErrNotSet},
		{"no to", dec("1"), year, Period{}, ActualDays, ErrNotSet},
		{"zero length", dec("1"), MustParsePeriod("2026-01-30"), year, Thirty360, ErrUndefined},
		{"hostile amount", decimal.New(1, 1<<30), year, year, ActualDays, ErrTooLarge},
	}
	for _, tt := range tests {
		if _, err := Prorate(tt.amount, tt.from, tt.to, tt.c); !errors.Is(err, tt.want) {
			t.Errorf("%s: Prorate error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestConventionText(t *testing.T) {
	for _, c := range Conventions() {
		b, _ := c.MarshalText()
		var back Convention
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Errorf("round trip of %v = %v, %v", c, back, err)
		}
	}
	var c Convention
	if err := c.UnmarshalText([]byte("actual/365")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(actual/365) error = %v", err)
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
		{"licence in equal months", "1000.00", "2026", Month, EqualMonths,
			[]string{"83.34", "83.34", "83.34", "83.34", "83.33", "83.33", "83.33", "83.33", "83.33", "83.33", "83.33", "83.33"}},
		// By days (365): 100000·31/365 = 8493 r 55, ·28/365 = 7671 r 85,
		// ·30/365 = 8219 r 65; floors sum to 99998; the 2 cents left go to
		// February (85) and April (the first 65).
		{"licence by days", "1000.00", "2026", Month, ActualDays,
			[]string{"84.93", "76.72", "84.93", "82.20", "84.93", "82.19", "84.93", "84.93", "82.19", "84.93", "82.19", "84.93"}},
		// A month into ISO weeks by days: 1, 7, 7, 7, 7 and 2 days of March
		// at 10.00 a day.
		{"month into weeks", "310.00", "2026-03", Week, ActualDays,
			[]string{"10.00", "70.00", "70.00", "70.00", "70.00", "20.00"}},
		// A fiscal year into quarters in equal months: 3 months each.
		{"fiscal year into quarters", "1000", "FY2026/Apr", Quarter, EqualMonths,
			[]string{"250.00", "250.00", "250.00", "250.00"}},
		// A negative amount (a credit) splits as the mirror.
		{"credit", "-1000.00", "2026", Quarter, EqualMonths,
			[]string{"-250.00", "-250.00", "-250.00", "-250.00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := Distribute(dec(tt.amount), MustParsePeriod(tt.period), tt.unit, tt.c, 2)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			sum := decimal.Zero
			for _, p := range parts {
				got = append(got, p.Amount.StringFixed(2))
				sum = sum.Add(p.Amount)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Distribute mismatch (-want +got):\n%s", diff)
			}
			if !sum.Equal(dec(tt.amount)) {
				t.Errorf("parts sum to %v, not %s", sum, tt.amount)
			}
		})
	}
	// The sub-periods come with the parts.
	parts, _ := Distribute(dec("310"), MustParsePeriod("2026-03"), Week, ActualDays, 0)
	if parts[1].Period.String() != "2026-W10" || parts[0].Period.String() != "2026-03-01..2026-03-02" {
		t.Errorf("periods = %v, %v", parts[0].Period, parts[1].Period)
	}
}

func TestDistributeErrors(t *testing.T) {
	march := MustParsePeriod("2026-03")
	if _, err := Distribute(dec("1.005"), march, Week, ActualDays, 2); !errors.Is(err, ErrPrecision) {
		t.Errorf("more places than scale: %v", err)
	}
	if _, err := Distribute(dec("1"), march, Week, 0, 2); !errors.Is(err, ErrNotSet) {
		t.Errorf("no convention: %v", err)
	}
	if _, err := Distribute(dec("1"), march, 0, ActualDays, 2); !errors.Is(err, ErrInvalid) {
		t.Errorf("no unit: %v", err)
	}
	if _, err := Distribute(dec("1"), MustParsePeriod("2026-01-30"), Day, Thirty360, 2); !errors.Is(err, ErrUndefined) {
		t.Errorf("zero length: %v", err)
	}
}
