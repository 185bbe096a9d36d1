package civil

import (
	"testing"
	"time"
)

// TestLast: 9999-12-31 is day 3652059 (9999 years of 365 days plus the
// leap days 9999/4 − 9999/100 + 9999/400 = 2499 − 99 + 24 = 2424:
// 3649635 + 2424 = 3652059).
func TestLast(t *testing.T) {
	if Last != 3652059 {
		t.Errorf("Last = %d, want 3652059", Last)
	}
	if n := DayNumber(1, time.January, 1); n != 1 {
		t.Errorf("DayNumber(0001-01-01) = %d, want 1", n)
	}
	// 1970-01-01 is day 719163 (the Unix epoch in Rata Die).
	if n := DayNumber(1970, time.January, 1); n != 719163 {
		t.Errorf("DayNumber(1970-01-01) = %d, want 719163", n)
	}
}

// TestEveryDay walks every supported day: Date and DayNumber are inverse,
// each day follows the one before by the calendar, and, over the years
// timeFrom to timeTo (all of them but under the race detector, which makes
// the walk several times slower), Date, Weekday, ISOWeek, MondayOf and
// MonthOf agree with the time package, walked independently with AddDate.
func TestEveryDay(t *testing.T) {
	tm := time.Date(timeFrom, time.January, 1, 0, 0, 0, 0, time.UTC)
	py, pm, pd := 0, time.December, 31 // the day before 0001-01-01
	for n := int32(1); n <= Last; n++ {
		y, m, d := Date(n)
		// The calendar: the next day of the month, or the 1st of the next
		// month, or January 1st of the next year.
		wy, wm, wd := py, pm, pd+1
		if pd == DaysIn(py, pm) {
			wm, wd = pm+1, 1
			if pm == time.December {
				wy, wm = py+1, time.January
			}
		}
		if y != wy || m != wm || d != wd {
			t.Fatalf("Date(%d) = %d-%02d-%02d, want %d-%02d-%02d", n, y, m, d, wy, wm, wd)
		}
		if got := DayNumber(y, m, d); got != n {
			t.Fatalf("DayNumber(%d-%02d-%02d) = %d, want %d", y, m, d, got, n)
		}
		mon := MondayOf(n)
		if Weekday(mon) != time.Monday || n-mon < 0 || n-mon > 6 {
			t.Fatalf("MondayOf(%d-%02d-%02d) = %d, %d days before", y, m, d, mon, n-mon)
		}
		py, pm, pd = y, m, d
		if y < timeFrom || y > timeTo {
			continue
		}
		ty, tmo, td := tm.Date()
		if y != ty || m != tmo || d != td {
			t.Fatalf("Date(%d) = %d-%02d-%02d, time says %s", n, y, m, d, tm.Format(time.DateOnly))
		}
		if Weekday(n) != tm.Weekday() {
			t.Fatalf("Weekday(%d-%02d-%02d) = %v, time says %v", y, m, d, Weekday(n), tm.Weekday())
		}
		iy, iw := ISOWeek(n)
		if ty, tw := tm.ISOWeek(); iy != ty || iw != tw {
			t.Fatalf("ISOWeek(%d-%02d-%02d) = %d-W%02d, time says %d-W%02d", y, m, d, iy, iw, ty, tw)
		}
		if MonthOf(n) != MonthIndex(ty, tmo) {
			t.Fatalf("MonthOf(%d-%02d-%02d) = %d", y, m, d, MonthOf(n))
		}
		tm = tm.AddDate(0, 0, 1)
	}
	if py != MaxYear || pm != time.December || pd != 31 {
		t.Errorf("the last day is %d-%02d-%02d", py, pm, pd)
	}
	if y, _, _ := tm.Date(); y != timeTo+1 {
		t.Errorf("the time package walk stopped in %d", y)
	}
}

func TestIsLeapDaysIn(t *testing.T) {
	for _, tt := range []struct {
		y    int
		leap bool
	}{{1, false}, {4, true}, {100, false}, {400, true}, {1900, false}, {2000, true}, {2024, true}, {2026, false}, {2100, false}, {9996, true}} {
		if IsLeap(tt.y) != tt.leap {
			t.Errorf("IsLeap(%d) = %v", tt.y, !tt.leap)
		}
	}
	for y := MinYear; y <= MaxYear; y++ {
		days := 0
		for m := time.January; m <= time.December; m++ {
			// The time package normalizes day 0 of the next month to the
			// last day of this one.
			want := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if got := DaysIn(y, m); got != want {
				t.Fatalf("DaysIn(%d, %v) = %d, want %d", y, m, got, want)
			}
			days += want
		}
		if got := DayNumber(y, time.December, 31) - DayNumber(y, time.January, 1) + 1; int(got) != days {
			t.Fatalf("year %d has %d days by DayNumber, %d by DaysIn", y, got, days)
		}
		if IsLeap(y) != (days == 366) {
			t.Fatalf("IsLeap(%d) = %v with %d days", y, IsLeap(y), days)
		}
	}
}

// TestISOWeeksIn: 2026 starts on a Thursday, so its week 1 holds January
// 1st and its last Thursday, December 31st, is in week 53; 2025 starts on a
// Wednesday and is no leap year, so it has 52 weeks.
func TestISOWeeksIn(t *testing.T) {
	if Weekday(DayNumber(2026, time.January, 1)) != time.Thursday {
		t.Error("2026-01-01 is not a Thursday")
	}
	if w := ISOWeeksIn(2026); w != 53 {
		t.Errorf("ISOWeeksIn(2026) = %d, want 53", w)
	}
	if w := ISOWeeksIn(2025); w != 52 {
		t.Errorf("ISOWeeksIn(2025) = %d, want 52", w)
	}
	// 2026-W01 starts on Monday 2025-12-29.
	if got, want := ISOWeekStart(2026), DayNumber(2025, time.December, 29); got != want {
		t.Errorf("ISOWeekStart(2026) = %d, want %d", got, want)
	}
	for y := 1600; y <= 2400; y++ {
		_, want := time.Date(y, time.December, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
		if got := ISOWeeksIn(y); got != want {
			t.Errorf("ISOWeeksIn(%d) = %d, want %d", y, got, want)
		}
	}
	for y := MinYear + 1; y <= MaxYear; y++ {
		start := ISOWeekStart(y)
		if iy, iw := ISOWeek(start); iy != y || iw != 1 || Weekday(start) != time.Monday {
			t.Fatalf("ISOWeekStart(%d) is in %d-W%02d, a %v", y, iy, iw, Weekday(start))
		}
		if iy, iw := ISOWeek(start - 1); iy != y-1 || iw != ISOWeeksIn(y-1) {
			t.Fatalf("the day before ISOWeekStart(%d) is in %d-W%02d", y, iy, iw)
		}
		if ISOWeekStart(y)-ISOWeekStart(y-1) != int32(7*ISOWeeksIn(y-1)) {
			t.Fatalf("ISO year %d is not %d weeks long", y-1, ISOWeeksIn(y-1))
		}
	}
}

// TestDay360 works 30E/360 by hand: each month counts 30 days and a 31st
// counts as the 30th; February is not adjusted.
func TestDay360(t *testing.T) {
	type date struct {
		y int
		m time.Month
		d int
	}
	tests := []struct {
		from, to date
		want     int64
	}{
		{date{2026, 2, 1}, date{2026, 3, 1}, 30},  // one month
		{date{2026, 1, 31}, date{2026, 2, 1}, 1},  // the 31st counts as the 30th: 30 to 31
		{date{2026, 2, 28}, date{2026, 3, 1}, 3},  // February 28 is day 28: 28 to 31
		{date{2024, 2, 29}, date{2024, 3, 1}, 2},  // 29 to 31
		{date{2026, 1, 30}, date{2026, 1, 31}, 0}, // both count as 30
		{date{2026, 1, 31}, date{2026, 3, 31}, 60},
		{date{2025, 12, 31}, date{2026, 1, 1}, 1}, // 360·2025 + 330 + 30 to 360·2026 + 1
		{date{2025, 3, 15}, date{2026, 3, 15}, 360},
		{date{1, 1, 1}, date{9999, 12, 31}, 360*9998 + 330 + 29},
	}
	for _, tt := range tests {
		a := Day360(DayNumber(tt.from.y, tt.from.m, tt.from.d))
		b := Day360(DayNumber(tt.to.y, tt.to.m, tt.to.d))
		if b-a != tt.want {
			t.Errorf("Day360 from %v to %v = %d, want %d", tt.from, tt.to, b-a, tt.want)
		}
	}
	// From one day to the next, 30E/360 moves 0 (the 30th to the 31st), 1,
	// 2 (February 29th to March 1st) or 3 (February 28th of a common year
	// to March 1st), and never backwards.
	for n := int32(1); n < Last; n++ {
		step := Day360(n+1) - Day360(n)
		y, m, d := Date(n)
		want := int64(1)
		switch {
		case d == 30 && DaysIn(y, m) == 31:
			want = 0
		case m == time.February && d == DaysIn(y, m):
			want = 31 - int64(d)
		}
		if step != want {
			t.Fatalf("Day360 step after %d-%02d-%02d = %d, want %d", y, m, d, step, want)
		}
	}
}

func TestMonths(t *testing.T) {
	if got := MonthIndex(2026, time.March); got != 2026*12+2 {
		t.Errorf("MonthIndex(2026-03) = %d", got)
	}
	first, last := MonthIndex(MinYear, time.January), MonthIndex(MaxYear, time.December)
	for i := first; i <= last; i++ {
		s := MonthStart(i)
		y, m, d := Date(s)
		if y != i/12 || m != time.Month(i%12+1) || d != 1 {
			t.Fatalf("MonthStart(%d) = %d-%02d-%02d", i, y, m, d)
		}
		if MonthIndex(y, m) != i || MonthOf(s) != i {
			t.Fatalf("MonthOf(MonthStart(%d)) = %d", i, MonthOf(s))
		}
		end := s + int32(DaysIn(y, m)) - 1
		if MonthOf(end) != i {
			t.Fatalf("MonthOf(last day of %d) = %d", i, MonthOf(end))
		}
		if i < last && MonthStart(i+1) != end+1 {
			t.Fatalf("MonthStart(%d) = %d, want %d", i+1, MonthStart(i+1), end+1)
		}
		if i > first && MonthOf(s-1) != i-1 {
			t.Fatalf("MonthOf(the day before MonthStart(%d)) = %d", i, MonthOf(s-1))
		}
	}
}

// FuzzDayNumber: a valid date round-trips through its day number, which
// matches the time package's count of days since 0001-01-01.
func FuzzDayNumber(f *testing.F) {
	f.Add(1, 1, 1)
	f.Add(9999, 12, 31)
	f.Add(2024, 2, 29)
	f.Add(2026, 2, 29)
	f.Add(1600, 3, 1)
	f.Add(0, 12, 31)
	f.Add(10000, 1, 1)
	epoch := time.Date(MinYear, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
	f.Fuzz(func(t *testing.T, y, m, d int) {
		if y < MinYear || y > MaxYear || m < 1 || m > 12 || d < 1 || d > DaysIn(y, time.Month(m)) {
			return
		}
		n := DayNumber(y, time.Month(m), d)
		if n < 1 || n > Last {
			t.Fatalf("DayNumber(%d-%02d-%02d) = %d, out of range", y, m, d, n)
		}
		if gy, gm, gd := Date(n); gy != y || gm != time.Month(m) || gd != d {
			t.Fatalf("Date(DayNumber(%d-%02d-%02d)) = %d-%02d-%02d", y, m, d, gy, gm, gd)
		}
		tm := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if want := (tm.Unix()-epoch)/86400 + 1; int64(n) != want {
			t.Fatalf("DayNumber(%d-%02d-%02d) = %d, time says %d", y, m, d, n, want)
		}
		if Weekday(n) != tm.Weekday() {
			t.Fatalf("Weekday(%d-%02d-%02d) = %v, time says %v", y, m, d, Weekday(n), tm.Weekday())
		}
		iy, iw := ISOWeek(n)
		if ty, tw := tm.ISOWeek(); iy != ty || iw != tw {
			t.Fatalf("ISOWeek(%d-%02d-%02d) = %d-W%02d, time says %d-W%02d", y, m, d, iy, iw, ty, tw)
		}
	})
}
