package contactcost

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPeriodKinds(t *testing.T) {
	tests := []struct {
		text       string
		start, end string
		last       string
		days       int
	}{
		{"2026-03-15", "2026-03-15", "2026-03-16", "2026-03-15", 1},
		{"2024-02", "2024-02-01", "2024-03-01", "2024-02-29", 29}, // leap February
		{"2026-02", "2026-02-01", "2026-03-01", "2026-02-28", 28},
		{"2026-04", "2026-04-01", "2026-05-01", "2026-04-30", 30},
		{"2026-12", "2026-12-01", "2027-01-01", "2026-12-31", 31},
		{"2024-Q1", "2024-01-01", "2024-04-01", "2024-03-31", 91}, // 31 + 29 + 31
		{"2026-Q1", "2026-01-01", "2026-04-01", "2026-03-31", 90},
		{"2026-Q4", "2026-10-01", "2027-01-01", "2026-12-31", 92},
		{"2024", "2024-01-01", "2025-01-01", "2024-12-31", 366},
		{"2026", "2026-01-01", "2027-01-01", "2026-12-31", 365},
		// 2026-01-01 is a Thursday, so week 1 of 2026 starts on Monday
		// 2025-12-29, and 2026 has 53 weeks, the last ending 2027-01-03.
		{"2026-W01", "2025-12-29", "2026-01-05", "2026-01-04", 7},
		{"2026-W09", "2026-02-23", "2026-03-02", "2026-03-01", 7}, // straddles February and March
		{"2026-W53", "2026-12-28", "2027-01-04", "2027-01-03", 7}, // straddles the years
		{"2025-W01", "2024-12-30", "2025-01-06", "2025-01-05", 7},
		// Fiscal years are named after the year they end in.
		{"FY2026/Apr", "2025-04-01", "2026-04-01", "2026-03-31", 365},
		{"FY2026/Oct", "2025-10-01", "2026-10-01", "2026-09-30", 365},
		{"FY2026/Jan", "2026-01-01", "2027-01-01", "2026-12-31", 365},
		{"FY2025/Mar", "2024-03-01", "2025-03-01", "2025-02-28", 365},
		{"FY2024/Mar", "2023-03-01", "2024-03-01", "2024-02-29", 366}, // holds 2024-02-29
		{"2026-03-01..2026-04-01", "2026-03-01", "2026-04-01", "2026-03-31", 31},
		// The calendar's ends: 0001-01-01 was a Monday; the exclusive end
		// may be 9999-12-31 itself.
		{"0001-01-01", "0001-01-01", "0001-01-02", "0001-01-01", 1},
		{"0001-W01", "0001-01-01", "0001-01-08", "0001-01-07", 7},
		{"0001", "0001-01-01", "0002-01-01", "0001-12-31", 365},
		{"9999-11", "9999-11-01", "9999-12-01", "9999-11-30", 30},
		{"9999-Q3", "9999-07-01", "9999-10-01", "9999-09-30", 92},
		{"9999-12-30", "9999-12-30", "9999-12-31", "9999-12-30", 1},
		{"9999-12-01..9999-12-31", "9999-12-01", "9999-12-31", "9999-12-30", 30},
		{"FY9999/Dec", "9998-12-01", "9999-12-01", "9999-11-30", 365},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.text)
		if err != nil {
			t.Errorf("ParsePeriod(%q) error: %v", tt.text, err)
			continue
		}
		got := [4]string{p.Start().String(), p.End().String(), p.Last().String(), p.String()}
		want := [4]string{tt.start, tt.end, tt.last, tt.text}
		if got != want || p.Days() != tt.days || p.IsZero() {
			t.Errorf("ParsePeriod(%q): start, end, last, text = %q, %d days; want %q, %d days",
				tt.text, got, p.Days(), want, tt.days)
		}
	}
}

func TestNewPeriod(t *testing.T) {
	// 2026-03-15 is a Sunday: the last day of ISO week 11 (Monday 9 to
	// Sunday 15 March, as 2026-W09 runs from 23 February to 1 March).
	tests := []struct {
		unit Unit
		day  Date
		want string
	}{
		{UnitDay, MustDate(2026, time.March, 15), "2026-03-15"},
		{UnitWeek, MustDate(2026, time.March, 15), "2026-W11"},
		{UnitWeek, MustDate(2026, time.March, 9), "2026-W11"}, // its Monday
		{UnitMonth, MustDate(2026, time.March, 15), "2026-03"},
		{UnitQuarter, MustDate(2026, time.March, 15), "2026-Q1"},
		{UnitYear, MustDate(2026, time.March, 15), "2026"},
		// ISO weeks across year ends: 2027-01-01 is a Friday in week 53 of
		// 2026; 2024-12-30 is the Monday of week 1 of 2025.
		{UnitWeek, MustDate(2027, time.January, 1), "2026-W53"},
		{UnitWeek, MustDate(2024, time.December, 30), "2025-W01"},
		{UnitQuarter, MustDate(2026, time.December, 31), "2026-Q4"},
		{UnitQuarter, MustDate(2026, time.April, 1), "2026-Q2"},
		{UnitMonth, MustDate(2024, time.February, 29), "2024-02"},
		// The calendar's ends.
		{UnitWeek, MustDate(1, time.January, 3), "0001-W01"},
		{UnitYear, MustDate(1, time.June, 1), "0001"},
		{UnitMonth, MustDate(9999, time.November, 30), "9999-11"},
		{UnitQuarter, MustDate(9999, time.September, 1), "9999-Q3"},
		{UnitDay, MustDate(9999, time.December, 30), "9999-12-30"},
	}
	for _, tt := range tests {
		got, err := NewPeriod(tt.unit, tt.day)
		if err != nil {
			t.Errorf("NewPeriod(%v, %s) error: %v", tt.unit, tt.day, err)
			continue
		}
		if want := MustParsePeriod(tt.want); !got.Equal(want) || got.String() != tt.want {
			t.Errorf("NewPeriod(%v, %s) = %s, want %s", tt.unit, tt.day, got, tt.want)
		}
		if !got.Contains(tt.day) {
			t.Errorf("NewPeriod(%v, %s) = %s does not contain the day", tt.unit, tt.day, got)
		}
	}
}

func TestNewPeriodErrors(t *testing.T) {
	tests := []struct {
		name string
		unit Unit
		day  Date
		want error
		path string
	}{
		{"zero date", UnitMonth, Date{}, ErrNotSet, "date"},
		{"zero unit", 0, MustDate(2026, time.March, 15), ErrInvalid, "unit"},
		{"unknown unit", 9, MustDate(2026, time.March, 15), ErrInvalid, "unit"},
		// Periods that would end after 9999-12-31 (their exclusive end would
		// be 10000-01-01 or later).
		{"last day", UnitDay, MustDate(9999, time.December, 31), ErrOutOfRange, "period"},
		{"last month", UnitMonth, MustDate(9999, time.December, 1), ErrOutOfRange, "period"},
		{"last quarter", UnitQuarter, MustDate(9999, time.October, 1), ErrOutOfRange, "period"},
		{"last year", UnitYear, MustDate(9999, time.January, 1), ErrOutOfRange, "period"},
		// 9999-12-27 is the Monday of 9999-W52, which ends 10000-01-02.
		{"last week", UnitWeek, MustDate(9999, time.December, 27), ErrOutOfRange, "period"},
	}
	for _, tt := range tests {
		_, err := NewPeriod(tt.unit, tt.day)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: NewPeriod(%v, %s) error = %v, want %v at %q", tt.name, tt.unit, tt.day, err, tt.want, tt.path)
		}
	}
}

func TestNewFiscalYear(t *testing.T) {
	tests := []struct {
		year       int
		start      time.Month
		text       string
		first, end string
	}{
		{2026, time.October, "FY2026/Oct", "2025-10-01", "2026-10-01"},
		{2026, time.April, "FY2026/Apr", "2025-04-01", "2026-04-01"},
		{2026, time.January, "FY2026/Jan", "2026-01-01", "2027-01-01"},
		{2026, time.July, "FY2026/Jul", "2025-07-01", "2026-07-01"},
		{2026, time.December, "FY2026/Dec", "2025-12-01", "2026-12-01"},
		{1, time.January, "FY0001/Jan", "0001-01-01", "0002-01-01"},
		{2, time.February, "FY0002/Feb", "0001-02-01", "0002-02-01"},
		{9999, time.December, "FY9999/Dec", "9998-12-01", "9999-12-01"},
	}
	for _, tt := range tests {
		p, err := NewFiscalYear(tt.year, tt.start)
		if err != nil {
			t.Errorf("NewFiscalYear(%d, %v) error: %v", tt.year, tt.start, err)
			continue
		}
		if p.String() != tt.text || p.Start().String() != tt.first || p.End().String() != tt.end {
			t.Errorf("NewFiscalYear(%d, %v) = %s (%s..%s), want %s (%s..%s)",
				tt.year, tt.start, p, p.Start(), p.End(), tt.text, tt.first, tt.end)
		}
		if back := MustParsePeriod(tt.text); !back.Equal(p) {
			t.Errorf("ParsePeriod(%q) = %s, want NewFiscalYear(%d, %v)", tt.text, back, tt.year, tt.start)
		}
	}
}

func TestNewFiscalYearErrors(t *testing.T) {
	tests := []struct {
		year   int
		start  time.Month
		path   string
		detail string
	}{
		{2026, 0, "start month", "0 (want 1 to 12)"},
		{2026, 13, "start month", "13 (want 1 to 12)"},
		{0, time.April, "year", "0 (want 1 to 9999)"},
		{10000, time.April, "year", "10000 (want 1 to 9999)"},
		{1, time.April, "year", "FY1 would start before 0001-01-01"},
		{9999, time.January, "period", outsideCalendar.Detail}, // would end 10000-01-01
	}
	for _, tt := range tests {
		_, err := NewFiscalYear(tt.year, tt.start)
		var fe *FieldError
		if !errors.Is(err, ErrOutOfRange) || !errors.As(err, &fe) || fe.Path != tt.path || fe.Detail != tt.detail {
			t.Errorf("NewFiscalYear(%d, %d) error = %v, want ErrOutOfRange at %q: %q", tt.year, tt.start, err, tt.path, tt.detail)
		}
	}
}

func TestNewRange(t *testing.T) {
	p, err := NewRange(MustDate(2026, time.March, 1), MustDate(2026, time.April, 1))
	if err != nil || p.String() != "2026-03-01..2026-04-01" || p.Days() != 31 {
		t.Errorf("NewRange(2026-03-01, 2026-04-01) = %s (%d days), %v, want 2026-03-01..2026-04-01 (31 days)", p, p.Days(), err)
	}
	// The widest range: every day but the last, whose exclusive end would
	// be past the calendar.
	p, err = NewRange(MustDate(1, time.January, 1), MustDate(9999, time.December, 31))
	if err != nil || p.Last() != MustDate(9999, time.December, 30) {
		t.Errorf("NewRange(0001-01-01, 9999-12-31) = %s, %v, want last day 9999-12-30", p, err)
	}
	day := MustDate(2026, time.April, 1)
	errTests := []struct {
		name       string
		start, end Date
		want       error
		path       string
	}{
		{"no start", Date{}, day, ErrNotSet, "start"},
		{"no end", day, Date{}, ErrNotSet, "end"},
		{"empty", day, day, ErrOutOfRange, "end"},
		{"inverted", day, MustDate(2026, time.March, 1), ErrOutOfRange, "end"},
	}
	for _, tt := range errTests {
		_, err := NewRange(tt.start, tt.end)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: NewRange(%s, %s) error = %v, want %v at %q", tt.name, tt.start, tt.end, err, tt.want, tt.path)
		}
	}
}

func TestParsePeriodForms(t *testing.T) {
	// Accepted spellings that print differently.
	spellings := []struct{ in, out string }{
		{"FY2026/04", "FY2026/Apr"},
		{"FY2026/apr", "FY2026/Apr"},
		{"FY2026/APR", "FY2026/Apr"},
		{"FY2026/12", "FY2026/Dec"},
		{"FY2026/01", "FY2026/Jan"},
	}
	for _, s := range spellings {
		p, err := ParsePeriod(s.in)
		if err != nil || p.String() != s.out {
			t.Errorf("ParsePeriod(%q) = %s, %v, want %s", s.in, p, err, s.out)
		}
	}
	// The constructors and parsing agree.
	march15 := MustDate(2026, time.March, 15)
	same := []struct {
		made func() (Period, error)
		text string
	}{
		{func() (Period, error) { return NewPeriod(UnitMonth, march15) }, "2026-03"},
		{func() (Period, error) { return NewPeriod(UnitQuarter, MustDate(2026, time.May, 1)) }, "2026-Q2"},
		{func() (Period, error) { return NewPeriod(UnitYear, march15) }, "2026"},
		{func() (Period, error) { return NewPeriod(UnitWeek, MustDate(2026, time.February, 25)) }, "2026-W09"},
		{func() (Period, error) { return NewFiscalYear(2026, time.July) }, "FY2026/Jul"},
		{func() (Period, error) { return NewPeriod(UnitDay, march15) }, "2026-03-15"},
		{func() (Period, error) { return NewRange(MustDate(2026, 3, 1), MustDate(2026, 4, 1)) }, "2026-03-01..2026-04-01"},
	}
	for _, s := range same {
		made, err := s.made()
		if err != nil {
			t.Errorf("constructor of %s error: %v", s.text, err)
			continue
		}
		if got := MustParsePeriod(s.text); !got.Equal(made) {
			t.Errorf("ParsePeriod(%q) = %v, want %v", s.text, got, made)
		}
	}
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct {
		text string
		want error
		msg  string
	}{
		{"March 2026", ErrSyntax, "want 2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026, FY2026/Apr or 2026-03-01..2026-04-01"},
		{"2026-13", ErrOutOfRange, "month: out of range: 13 (want 1 to 12)"},
		{"2026-00", ErrOutOfRange, "month"},
		{"2026-Q5", ErrOutOfRange, "quarter: out of range: 5 (want 1 to 4)"},
		{"2026-Q0", ErrOutOfRange, "quarter"},
		{"2025-W53", ErrOutOfRange, "ISO year 2025 has weeks 1 to 52"},
		{"2026-W54", ErrOutOfRange, "ISO year 2026 has weeks 1 to 53"},
		{"2026-W00", ErrOutOfRange, "week"},
		{"2026-w09", ErrSyntax, "want"},
		{"2026-W9", ErrSyntax, "want"},
		{"2026-Qx", ErrSyntax, "want"},
		{"2026-1", ErrSyntax, "want"},
		{"FY2026", ErrSyntax, "a fiscal year needs one, as in FY2026/Apr or FY2026/04"},
		{"FY2026/Sept", ErrSyntax, "want"},
		{"FY2026/4", ErrSyntax, "want"},
		{"FY26/Apr", ErrSyntax, "want"},
		{"FY2026/13", ErrOutOfRange, "start month"},
		{"FY0001/Apr", ErrOutOfRange, "before 0001-01-01"},
		{"2026-04-01..2026-04-01", ErrOutOfRange, "is not after start"},
		{"2026-04-01..2026-03-01", ErrOutOfRange, "is not after start"},
		{"2026-04-01..", ErrSyntax, "want YYYY-MM-DD"},
		{"2026-04-01..2026-02-30", ErrOutOfRange, "has no day 30"},
		{"2026-02-30", ErrOutOfRange, "has no day 30"},
		{"0000", ErrOutOfRange, "year"},
		{"0000-01", ErrOutOfRange, "year"},
		// Periods past the calendar's end (an exclusive end after
		// 9999-12-31).
		{"9999-12", ErrOutOfRange, outsideCalendar.Detail},
		{"9999-Q4", ErrOutOfRange, "outside"},
		{"9999", ErrOutOfRange, "outside"},
		{"9999-W52", ErrOutOfRange, "outside"},
		{"9999-12-31", ErrOutOfRange, "outside"},
		{"FY9999/Jan", ErrOutOfRange, "outside"},
		{"", ErrSyntax, "want"},
		{"26", ErrSyntax, "want"},
		{"2026-", ErrSyntax, "want"},
		{"x026", ErrSyntax, "want"},
		{strings.Repeat("2", 2000), ErrTooLarge, "longer than 1024 bytes"},
	}
	for _, tt := range tests {
		_, err := ParsePeriod(tt.text)
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParsePeriod(%.30q) error = %v, want %v containing %q", tt.text, err, tt.want, tt.msg)
		}
		if err != nil && len(err.Error()) > 400 {
			t.Errorf("ParsePeriod(%.30q) error is %d bytes long", tt.text, len(err.Error()))
		}
	}
}

// TestParsePeriodAtPath pins the errors of a period read at a location (as
// the JSON decoder reads one): the location's path, and the argument's
// problem in the detail.
func TestParsePeriodAtPath(t *testing.T) {
	l := loc{path: "periods[2]", name: "March"}
	tests := []struct {
		text   string
		want   error
		detail string
	}{
		{"2026-13", ErrOutOfRange, `"2026-13": month: 13 (want 1 to 12)`},
		{"March", ErrSyntax, `"March" (want ` + periodForms + ")"},
		{strings.Repeat("2", 1025), ErrTooLarge, "text longer than 1024 bytes"},
	}
	for _, tt := range tests {
		_, err := parsePeriodAt(l, "period", tt.text)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) {
			t.Errorf("parsePeriodAt(periods[2], %.20q) error = %v, want %v", tt.text, err, tt.want)
			continue
		}
		if fe.Path != "periods[2].period" || fe.Name != "March" || fe.Detail != tt.detail {
			t.Errorf("parsePeriodAt(periods[2], %.20q) error at %q (%q): %q, want periods[2].period (\"March\"): %q",
				tt.text, fe.Path, fe.Name, fe.Detail, tt.detail)
		}
	}
	if p, err := parsePeriodAt(l, "period", "2026-Q2"); err != nil || p.String() != "2026-Q2" {
		t.Errorf("parsePeriodAt(periods[2], 2026-Q2) = %s, %v", p, err)
	}
}

func TestMustParsePeriodPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParsePeriod(2026-13) did not panic")
		}
	}()
	MustParsePeriod("2026-13")
}

func TestPeriodZero(t *testing.T) {
	var z Period
	if !z.IsZero() || !z.Start().IsZero() || !z.End().IsZero() || !z.Last().IsZero() || z.Days() != 0 || z.String() != "" {
		t.Errorf("Period{}: IsZero %v, Start %q, End %q, Last %q, Days %d, String %q",
			z.IsZero(), z.Start(), z.End(), z.Last(), z.Days(), z.String())
	}
	if z.Contains(MustDate(2026, time.March, 1)) || z.Contains(Date{}) {
		t.Error("Period{}.Contains(...) = true")
	}
	if _, ok := z.Intersect(MustParsePeriod("2026")); ok {
		t.Error("Period{}.Intersect(2026) = true")
	}
	if _, ok := MustParsePeriod("2026").Intersect(z); ok {
		t.Error("2026.Intersect(Period{}) = true")
	}
	if !z.Equal(Period{}) || !z.SameDates(Period{}) || z.Equal(MustParsePeriod("2026")) {
		t.Error("Period{}.Equal / SameDates are wrong")
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Period{}.MarshalText() = %q, %v, want empty", b, err)
	}
}

func TestPeriodContains(t *testing.T) {
	march := MustParsePeriod("2026-03")
	tests := []struct {
		d    Date
		want bool
	}{
		{MustDate(2026, time.March, 1), true},
		{MustDate(2026, time.March, 31), true},
		{MustDate(2026, time.April, 1), false}, // the exclusive end
		{MustDate(2026, time.February, 28), false},
		{Date{}, false},
	}
	for _, tt := range tests {
		if got := march.Contains(tt.d); got != tt.want {
			t.Errorf("2026-03.Contains(%s) = %v, want %v", tt.d, got, tt.want)
		}
	}
	if march.Last() != MustDate(2026, time.March, 31) {
		t.Errorf("2026-03.Last() = %s, want 2026-03-31", march.Last())
	}
	end := MustParsePeriod("9999-12-01..9999-12-31")
	if !end.Contains(MustDate(9999, time.December, 30)) || end.Contains(MustDate(9999, time.December, 31)) {
		t.Error("9999-12-01..9999-12-31 holds 9999-12-30 and not 9999-12-31")
	}
}

func TestPeriodIntersect(t *testing.T) {
	tests := []struct {
		a, b string
		want string // "" when they have no day in common
	}{
		// 2026-W09 is 2026-02-23..2026-03-02: it shares 1 March with March.
		{"2026-03", "2026-W09", "2026-03-01..2026-03-02"},
		{"2026-W09", "2026-03", "2026-03-01..2026-03-02"},
		// The intersection keeps the kind of the period it equals.
		{"2026-Q1", "2026-03", "2026-03"},
		{"2026-03", "2026-Q1", "2026-03"},
		{"2026", "FY2026/Apr", "2026-01-01..2026-04-01"},
		{"FY2026/Jan", "2026", "FY2026/Jan"}, // both cover the same days: the receiver
		{"2026", "FY2026/Jan", "2026"},
		{"2026-03-01..2026-04-01", "2026-03", "2026-03-01..2026-04-01"},
		{"2026-03-15", "2026-03", "2026-03-15"},
		{"2025-12-01..2026-01-11", "2026", "2026-01-01..2026-01-11"},
		{"2025", "2026-W01", "2025-12-29..2026-01-01"},
		// Adjacent and distant periods share no day.
		{"2026-03", "2026-04", ""},
		{"2026-04", "2026-03", ""},
		{"2026-03-01..2026-03-10", "2026-03-10..2026-03-20", ""},
		{"2024", "2026", ""},
	}
	for _, tt := range tests {
		a, b := MustParsePeriod(tt.a), MustParsePeriod(tt.b)
		got, ok := a.Intersect(b)
		if ok != (tt.want != "") {
			t.Errorf("%s.Intersect(%s) = %s, %v, want %q", tt.a, tt.b, got, ok, tt.want)
			continue
		}
		if ok && got.String() != tt.want {
			t.Errorf("%s.Intersect(%s) = %s, want %s", tt.a, tt.b, got, tt.want)
		}
		if !ok && !got.IsZero() {
			t.Errorf("%s.Intersect(%s) = %s, false, want the zero Period", tt.a, tt.b, got)
		}
	}
}

func TestPeriodSameDatesEqual(t *testing.T) {
	tests := []struct {
		a, b             string
		sameDates, equal bool
	}{
		{"2026-03-01..2026-04-01", "2026-03", true, false},
		{"FY2026/Jan", "2026", true, false},
		{"2026-03", "2026-03", true, true},
		{"FY2026/Apr", "FY2026/04", true, true},
		{"2026-03-15", "2026-03-15..2026-03-16", true, false},
		{"2026-W10", "2026-03-02..2026-03-09", true, false},
		{"2026-03", "2026-04", false, false},
		{"2026-03-01..2026-04-01", "2026-03-01..2026-04-02", false, false},
	}
	for _, tt := range tests {
		a, b := MustParsePeriod(tt.a), MustParsePeriod(tt.b)
		if got := a.SameDates(b); got != tt.sameDates {
			t.Errorf("%s.SameDates(%s) = %v, want %v", tt.a, tt.b, got, tt.sameDates)
		}
		if got := a.Equal(b); got != tt.equal {
			t.Errorf("%s.Equal(%s) = %v, want %v", tt.a, tt.b, got, tt.equal)
		}
		if a.Equal(b) != b.Equal(a) || a.SameDates(b) != b.SameDates(a) {
			t.Errorf("%s and %s: Equal or SameDates is not symmetric", tt.a, tt.b)
		}
	}
}

func TestNextPrev(t *testing.T) {
	tests := []struct{ from, next, prev string }{
		{"2026-03-31", "2026-04-01", "2026-03-30"},
		{"2026-12-31", "2027-01-01", "2026-12-30"},
		{"2026-01-01", "2026-01-02", "2025-12-31"},
		{"2026-12", "2027-01", "2026-11"},
		{"2026-01", "2026-02", "2025-12"},
		{"2026-Q4", "2027-Q1", "2026-Q3"},
		{"2026-Q1", "2026-Q2", "2025-Q4"},
		{"2026", "2027", "2025"},
		{"2026-W53", "2027-W01", "2026-W52"},
		{"2026-W01", "2026-W02", "2025-W52"},
		{"2027-W01", "2027-W02", "2026-W53"},
		{"FY2026/Apr", "FY2027/Apr", "FY2025/Apr"},
		{"FY2026/Jan", "FY2027/Jan", "FY2025/Jan"},
		{"2026-03-01..2026-03-11", "2026-03-11..2026-03-21", "2026-02-19..2026-03-01"},
		// Leap years: the leap day, and a range as long as a leap February.
		{"2024-02-28", "2024-02-29", "2024-02-27"},
		{"2024-02-29", "2024-03-01", "2024-02-28"},
		{"2024-03-01", "2024-03-02", "2024-02-29"},
		{"2024-02", "2024-03", "2024-01"},
		{"2024-02-01..2024-03-01", "2024-03-01..2024-03-30", "2024-01-03..2024-02-01"},
		{"FY2024/Mar", "FY2025/Mar", "FY2023/Mar"},
		// The calendar's ends, as far as they go.
		{"9999-12-29", "9999-12-30", "9999-12-28"},
		{"9999-10", "9999-11", "9999-09"},
		{"9999-Q2", "9999-Q3", "9999-Q1"},
		{"0001-01-02", "0001-01-03", "0001-01-01"},
		{"0002", "0003", "0001"},
		{"0001-W02", "0001-W03", "0001-W01"},
		{"9999-12-11..9999-12-21", "9999-12-21..9999-12-31", "9999-12-01..9999-12-11"},
	}
	for _, tt := range tests {
		p := MustParsePeriod(tt.from)
		next, err := p.Next()
		if err != nil || next.String() != tt.next {
			t.Errorf("%s.Next() = %v, %v, want %s", tt.from, next, err, tt.next)
		}
		prev, err := p.Prev()
		if err != nil || prev.String() != tt.prev {
			t.Errorf("%s.Prev() = %v, %v, want %s", tt.from, prev, err, tt.prev)
		}
	}
}

func TestNextPrevErrors(t *testing.T) {
	tests := []struct {
		from string
		next bool // Next (true) or Prev (false)
	}{
		{"9999-11", true},
		{"9999-12-30", true},
		{"9999-Q3", true},
		{"9998", true},
		{"9999-W51", true}, // 9999-W52 ends 10000-01-02
		{"9999-12-21..9999-12-31", true},
		{"FY9999/Dec", true}, // FY10000
		{"FY9998/Jan", true}, // FY9999/Jan ends 10000-01-01
		{"0001-01-01", false},
		{"0001-01", false},
		{"0001-Q1", false},
		{"0001", false},
		{"0001-W01", false},
		{"0001-01-01..0001-01-11", false},
		{"FY0002/Feb", false}, // FY0001/Feb would start 0000-02-01
		{"FY0001/Jan", false},
	}
	for _, tt := range tests {
		p := MustParsePeriod(tt.from)
		call, f := "Next", p.Next
		if !tt.next {
			call, f = "Prev", p.Prev
		}
		if got, err := f(); !errors.Is(err, ErrOutOfRange) {
			t.Errorf("%s.%s() = %s, %v, want ErrOutOfRange", tt.from, call, got, err)
		}
	}
	if _, err := (Period{}).Next(); !errors.Is(err, ErrNotSet) {
		t.Errorf("Period{}.Next() error = %v, want ErrNotSet", err)
	}
	if _, err := (Period{}).Prev(); !errors.Is(err, ErrNotSet) {
		t.Errorf("Period{}.Prev() error = %v, want ErrNotSet", err)
	}
}

// periodStrings returns the text of each period.
func periodStrings(ps []Period) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

// periodCheckCover fails unless pieces cover p exactly: in order, each
// starting where the one before ends, from p's start to p's end.
func periodCheckCover(t *testing.T, call string, p Period, pieces []Period) {
	t.Helper()
	if len(pieces) == 0 {
		t.Errorf("%s returned no pieces", call)
		return
	}
	days := 0
	for i, piece := range pieces {
		if piece.Days() < 1 {
			t.Errorf("%s: piece %d (%s) is empty", call, i, piece)
		}
		if i > 0 && piece.Start() != pieces[i-1].End() {
			t.Errorf("%s: piece %d starts %s, the one before ends %s", call, i, piece.Start(), pieces[i-1].End())
		}
		days += piece.Days()
	}
	if pieces[0].Start() != p.Start() || pieces[len(pieces)-1].End() != p.End() || days != p.Days() {
		t.Errorf("%s covers %s..%s in %d days, want %s..%s in %d",
			call, pieces[0].Start(), pieces[len(pieces)-1].End(), days, p.Start(), p.End(), p.Days())
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		period string
		unit   Unit
		want   []string
	}{
		{"2026-Q1", UnitMonth, []string{"2026-01", "2026-02", "2026-03"}},
		{"FY2026/Apr", UnitQuarter, []string{"2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"}},
		// March 2026 starts on a Sunday, the last day of week 9, and ends on
		// Tuesday 31, in week 14.
		{"2026-03", UnitWeek, []string{"2026-03-01..2026-03-02", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-03-30..2026-04-01"}},
		{"2026-W09", UnitDay, []string{"2026-02-23", "2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"}},
		// A week straddling two months splits at the month boundary.
		{"2026-W09", UnitMonth, []string{"2026-02-23..2026-03-01", "2026-03-01..2026-03-02"}},
		{"2026-02-15..2026-05-10", UnitMonth, []string{"2026-02-15..2026-03-01", "2026-03", "2026-04", "2026-05-01..2026-05-10"}},
		{"2025-11-01..2027-02-01", UnitYear, []string{"2025-11-01..2026-01-01", "2026", "2027-01-01..2027-02-01"}},
		{"2025-11-15..2026-08-01", UnitQuarter, []string{"2025-11-15..2026-01-01", "2026-Q1", "2026-Q2", "2026-07-01..2026-08-01"}},
		{"2026", UnitYear, []string{"2026"}},
		{"2026-03", UnitMonth, []string{"2026-03"}},
		{"2026-03-15", UnitDay, []string{"2026-03-15"}},
		{"2026-03-15", UnitYear, []string{"2026-03-15..2026-03-16"}}, // a day is a cut year
		{"2024-02-27..2024-03-02", UnitDay, []string{"2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"}},
		// A fiscal year into calendar years: cut at the year end.
		{"FY2026/Oct", UnitYear, []string{"2025-10-01..2026-01-01", "2026-01-01..2026-10-01"}},
		// The calendar's start: 0001-01-01 was a Monday, so weeks start on
		// 1, 8, 15, 22 and 29 January and 5 and 12 February.
		{"0001-01-01..0001-02-15", UnitWeek, []string{"0001-W01", "0001-W02", "0001-W03", "0001-W04", "0001-W05", "0001-W06", "0001-02-12..0001-02-15"}},
	}
	for _, tt := range tests {
		p := MustParsePeriod(tt.period)
		parts, err := p.Split(tt.unit)
		if err != nil {
			t.Errorf("%s.Split(%v) error: %v", tt.period, tt.unit, err)
			continue
		}
		if diff := cmp.Diff(tt.want, periodStrings(parts)); diff != "" {
			t.Errorf("%s.Split(%v) mismatch (-want +got):\n%s", tt.period, tt.unit, diff)
		}
		periodCheckCover(t, tt.period+".Split("+tt.unit.String()+")", p, parts)
		// Whole units keep their kind; cut pieces are ranges.
		for _, piece := range parts {
			if want := MustParsePeriod(piece.String()); !piece.Equal(want) {
				t.Errorf("%s.Split(%v): piece %s is not Equal to ParsePeriod of its text", tt.period, tt.unit, piece)
			}
		}
	}
	// 2026 has 53 ISO weeks: it splits into Jan 1-4 (the end of 2026-W01),
	// 51 whole weeks, and Dec 28-31 (the start of 2026-W53); 4 + 51·7 + 4
	// = 365 days.
	year := MustParsePeriod("2026")
	weeks, err := year.Split(UnitWeek)
	if err != nil {
		t.Fatalf("2026.Split(week) error: %v", err)
	}
	if len(weeks) != 53 || weeks[0].String() != "2026-01-01..2026-01-05" || weeks[1].String() != "2026-W02" ||
		weeks[52].String() != "2026-12-28..2027-01-01" {
		t.Errorf("2026.Split(week) = %d pieces, first %s, second %s, last %s; want 53, 2026-01-01..2026-01-05, 2026-W02, 2026-12-28..2027-01-01",
			len(weeks), weeks[0], weeks[1], weeks[len(weeks)-1])
	}
	periodCheckCover(t, "2026.Split(week)", year, weeks)
}

func TestSplitErrors(t *testing.T) {
	tests := []struct {
		name   string
		period Period
		unit   Unit
		want   error
		path   string
	}{
		// 9999 years are about 3.65 million days.
		{"too many days", MustParsePeriod("0001-01-01..9999-12-31"), UnitDay, ErrTooLarge, "period"},
		{"unknown unit", MustParsePeriod("2026"), Unit(9), ErrInvalid, "unit"},
		{"zero unit", MustParsePeriod("2026"), 0, ErrInvalid, "unit"},
		{"zero period", Period{}, UnitMonth, ErrNotSet, "period"},
	}
	for _, tt := range tests {
		parts, err := tt.period.Split(tt.unit)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path || parts != nil {
			t.Errorf("%s: %s.Split(%v) = %d pieces, %v, want %v at %q", tt.name, tt.period, tt.unit, len(parts), err, tt.want, tt.path)
		}
	}
}

// TestSplitMaxSubPeriods pins the bound: exactly MaxSubPeriods pieces are
// returned, one more is refused.
func TestSplitMaxSubPeriods(t *testing.T) {
	start := MustDate(2000, time.January, 1)
	atMost, err := NewRange(start, Date{n: start.n + MaxSubPeriods})
	if err != nil {
		t.Fatal(err)
	}
	days, err := atMost.Split(UnitDay)
	if err != nil || len(days) != MaxSubPeriods {
		t.Errorf("Split(day) of %d days = %d pieces, %v, want %d", MaxSubPeriods, len(days), err, MaxSubPeriods)
	}
	tooMany, err := NewRange(start, Date{n: start.n + MaxSubPeriods + 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tooMany.Split(UnitDay); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Split(day) of %d days error = %v, want ErrTooLarge", MaxSubPeriods+1, err)
	}
	// The whole calendar holds about 521,700 weeks and 119,988 months,
	// more than the bound, and 39,996 quarters, fewer.
	whole := MustParsePeriod("0001-01-01..9999-12-31")
	if _, err := whole.Split(UnitWeek); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Split(week) of the whole calendar error = %v, want ErrTooLarge", err)
	}
	if _, err := whole.Split(UnitMonth); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Split(month) of the whole calendar error = %v, want ErrTooLarge", err)
	}
	quarters, err := whole.Split(UnitQuarter)
	if err != nil || len(quarters) != 9999*4 {
		t.Errorf("Split(quarter) of the whole calendar = %d pieces, %v, want %d", len(quarters), err, 9999*4)
	} else {
		periodCheckCover(t, "Split(quarter) of the whole calendar", whole, quarters)
	}
}

// TestSplitEndOfCalendar is the regression test of issue 7's defect "The
// end of the calendar": Split of a period that ends at 9999-12-31 by a unit
// whose last piece would end past it failed with "outside
// 0001-01-01..9999-12-31". Each now returns pieces covering the period
// exactly, the last one cut at 9999-12-31.
func TestSplitEndOfCalendar(t *testing.T) {
	// 9999-12-01 is a Wednesday in 9999-W48 (29 November to 5 December);
	// weeks 49 to 51 start on 6, 13 and 20 December, and 9999-W52 runs
	// from Monday 27 December to Sunday 10000-01-02.
	december := "9999-12-01..9999-12-31"
	tests := []struct {
		period string
		unit   Unit
		want   []string
	}{
		{december, UnitWeek, []string{"9999-12-01..9999-12-06", "9999-W49", "9999-W50", "9999-W51", "9999-12-27..9999-12-31"}},
		{december, UnitMonth, []string{december}},
		{december, UnitQuarter, []string{december}},
		{december, UnitYear, []string{december}},
		{"9998-11-15..9999-12-31", UnitMonth, []string{"9998-11-15..9998-12-01", "9998-12",
			"9999-01", "9999-02", "9999-03", "9999-04", "9999-05", "9999-06",
			"9999-07", "9999-08", "9999-09", "9999-10", "9999-11", december}},
		{"9998-11-15..9999-12-31", UnitQuarter, []string{"9998-11-15..9999-01-01", "9999-Q1", "9999-Q2", "9999-Q3", "9999-10-01..9999-12-31"}},
		{"9998-11-15..9999-12-31", UnitYear, []string{"9998-11-15..9999-01-01", "9999-01-01..9999-12-31"}},
		{"0001-01-01..9999-12-31", UnitYear, nil}, // checked by cover below: 9998 whole years and a cut one
	}
	for _, tt := range tests {
		p := MustParsePeriod(tt.period)
		parts, err := p.Split(tt.unit)
		if err != nil {
			t.Errorf("%s.Split(%v) error: %v", tt.period, tt.unit, err)
			continue
		}
		if tt.want != nil {
			if diff := cmp.Diff(tt.want, periodStrings(parts)); diff != "" {
				t.Errorf("%s.Split(%v) mismatch (-want +got):\n%s", tt.period, tt.unit, diff)
			}
		} else if len(parts) != 9999 || parts[9998].String() != "9999-01-01..9999-12-31" {
			t.Errorf("%s.Split(%v) = %d pieces, last %s, want 9999, last 9999-01-01..9999-12-31", tt.period, tt.unit, len(parts), parts[len(parts)-1])
		}
		periodCheckCover(t, tt.period+".Split("+tt.unit.String()+")", p, parts)
	}
	// The days of December 9999 are the 30 days to 9999-12-30.
	days, err := MustParsePeriod(december).Split(UnitDay)
	if err != nil || len(days) != 30 || days[29].String() != "9999-12-30" {
		t.Errorf("%s.Split(day) = %d pieces, %v, want 30 ending with 9999-12-30", december, len(days), err)
	}
}

func TestPeriodText(t *testing.T) {
	for _, text := range []string{"2026-03-15", "2026-W53", "2026-03", "2026-Q1", "2026", "FY2026/Oct",
		"2026-03-01..2026-04-01", "0001-W01", "9999-12-01..9999-12-31", "FY0001/Jan"} {
		p := MustParsePeriod(text)
		b, err := p.MarshalText()
		if err != nil || string(b) != text {
			t.Errorf("%s.MarshalText() = %q, %v, want %q", text, b, err, text)
		}
		var back Period
		if err := back.UnmarshalText(b); err != nil || !back.Equal(p) {
			t.Errorf("UnmarshalText(%q) = %s, %v, want %s", b, back, err, p)
		}
	}
	p := MustParsePeriod("2026")
	if err := p.UnmarshalText(nil); err != nil || !p.IsZero() {
		t.Errorf("UnmarshalText(empty) = %s, %v, want the zero Period", p, err)
	}
	if err := p.UnmarshalText([]byte("2026-W54")); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("UnmarshalText(2026-W54) error = %v, want ErrOutOfRange", err)
	}
}

func TestPeriodJSON(t *testing.T) {
	type periodDoc struct {
		P Period `json:"p"`
		D Date   `json:"d"`
	}
	for _, text := range []string{"2026-03-15", "2026-W53", "2026-03", "2026-Q1", "2026", "FY2026/Oct", "2026-03-01..2026-04-01"} {
		in := periodDoc{P: MustParsePeriod(text), D: MustDate(2026, 3, 15)}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("json.Marshal(%s) error: %v", text, err)
		}
		if want := `{"p":"` + text + `","d":"2026-03-15"}`; string(b) != want {
			t.Errorf("json.Marshal(%s) = %s, want %s", text, b, want)
		}
		var out periodDoc
		if err := json.Unmarshal(b, &out); err != nil || !out.P.Equal(in.P) || out.D != in.D {
			t.Errorf("json.Unmarshal(%s) = %+v, %v, want %+v", b, out, err, in)
		}
	}
	var out periodDoc
	if err := json.Unmarshal([]byte(`{"p":"2026-02-30"}`), &out); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("json.Unmarshal(2026-02-30) error = %v, want ErrOutOfRange", err)
	}
	if err := json.Unmarshal([]byte(`{"p":"","d":""}`), &out); err != nil || !out.P.IsZero() || !out.D.IsZero() {
		t.Errorf("json.Unmarshal(empty) = %+v, %v, want zero values", out, err)
	}
}

func TestUnitText(t *testing.T) {
	names := map[Unit]string{UnitDay: "day", UnitWeek: "week", UnitMonth: "month", UnitQuarter: "quarter", UnitYear: "year"}
	for u := UnitDay; u <= UnitYear; u++ {
		if u.String() != names[u] {
			t.Errorf("Unit(%d).String() = %q, want %q", u, u.String(), names[u])
		}
		b, err := u.MarshalText()
		if err != nil || string(b) != names[u] {
			t.Errorf("%v.MarshalText() = %q, %v, want %q", u, b, err, names[u])
		}
		var back Unit
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, u)
		}
	}
	if b, err := Unit(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Unit(0).MarshalText() = %q, %v, want empty", b, err)
	}
	if _, err := Unit(9).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Unit(9).MarshalText() error = %v, want ErrInvalid", err)
	}
	u := UnitMonth
	if err := u.UnmarshalText(nil); err != nil || u != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v, want Unit(0)", u, err)
	}
	if err := u.UnmarshalText([]byte("fortnight")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(fortnight) error = %v, want ErrInvalid", err)
	}
	// Names are matched exactly; a case or one-letter slip gets a hint.
	for _, typo := range []string{"Month", "mnth", "weeks"} {
		err := u.UnmarshalText([]byte(typo))
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "did you mean") {
			t.Errorf("UnmarshalText(%q) error = %v, want ErrInvalid with a hint", typo, err)
		}
	}
}
