package contactcost

import (
	"strconv"
	"strings"
	"time"
)

// Date is a civil (calendar) date in the proleptic Gregorian calendar, years
// 1 to 9999, with no time of day and no time zone, so no DST or zone effect
// can move a cost between periods.
//
// The zero Date is "not set" (IsZero reports true). Dates are comparable
// with == and ordered by Compare; a Date is safe for concurrent use.
type Date struct {
	n int32 // days since 0000-12-31: 0001-01-01 is 1; 0 is "not set"
}

const (
	minYear = 1
	maxYear = 9999
)

// NewDate returns the date year-month-day. It fails with ErrOutOfRange for a
// year outside 1..9999 or a day that does not exist (2026-02-29).
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < minYear || year > maxYear {
		return Date{}, fieldErr("", "year", ErrOutOfRange, strconv.Itoa(year)+" (want 1 to 9999)")
	}
	if month < time.January || month > time.December {
		return Date{}, fieldErr("", "month", ErrOutOfRange, strconv.Itoa(int(month))+" (want 1 to 12)")
	}
	if day < 1 || day > daysIn(year, month) {
		return Date{}, fieldErr("", "day", ErrOutOfRange, strconv.Itoa(year)+"-"+pad2(int(month))+
			" has no day "+strconv.Itoa(day))
	}
	return Date{n: daysFromCivil(year, month, day)}, nil
}

// MustDate is NewDate for constants and tests: it panics on an invalid date.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate reads a date written as YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fieldErr("", "date", ErrSyntax, quoteTrunc(s)+" (want YYYY-MM-DD)")
	}
	y, ok1 := atoiDigits(s[:4])
	m, ok2 := atoiDigits(s[5:7])
	d, ok3 := atoiDigits(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fieldErr("", "date", ErrSyntax, quoteTrunc(s)+" (want YYYY-MM-DD)")
	}
	return NewDate(y, time.Month(m), d)
}

// atoiDigits parses a string of ASCII digits only (no sign, no spaces).
func atoiDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysFromCivil returns the day number of a valid date (0001-01-01 is 1).
// It is the classic era-based algorithm, in integers only.
func daysFromCivil(y int, m time.Month, d int) int32 {
	if m <= time.February {
		y--
	}
	era := y / 400 // y ≥ 0 for every supported date
	yoe := y - era*400
	mp := (int(m) + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	// Day 0 of this count is 0000-03-01; 0001-01-01 is day 306.
	return int32(era*146097 + doe - 305)
}

// civil returns the year, month and day of a day number.
func civil(n int32) (int, time.Month, int) {
	z := int(n) + 305
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, time.Month(m), d
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := civil(d.n); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := civil(d.n); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, day := civil(d.n); return day }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 0001-01-01 (n = 1) was a Monday.
	return time.Weekday(int(d.n) % 7)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.n < o.n:
		return -1
	case d.n > o.n:
		return 1
	}
	return 0
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.n < o.n }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.n > o.n }

// DaysUntil returns the number of days from d to o (negative when o is
// before d).
func (d Date) DaysUntil(o Date) int { return int(o.n - d.n) }

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	y, m, day := civil(d.n)
	return pad4(y) + "-" + pad2(int(m)) + "-" + pad2(day)
}

// MarshalText implements encoding.TextMarshaler (YYYY-MM-DD).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", max(0, 4-len(s))) + s
}

// lastDay is 9999-12-31, the last supported date. A period's exclusive end
// may be at most lastDay, so every period's end is itself a valid Date.
var lastDay = Date{n: daysFromCivil(maxYear, time.December, 31)}

// periodKind says how a period was made, which decides how it prints.
type periodKind uint8

const (
	kindNone periodKind = iota
	kindDay
	kindMonth
	kindQuarter
	kindYear
	kindRange
)

// Period is a half-open range of civil dates [Start, End): a month, a
// quarter, a year, a single day, or any range. Costs and volumes are stated
// for a period, and a report covers one.
//
// The zero Period is "not set" (IsZero reports true). A Period remembers
// how it was made, which decides its text form: NewMonth(2026, time.March)
// prints "2026-03" while the same days made with NewRange print
// "2026-03-01..2026-04-01". Equal compares kinds and dates; SameDates
// compares dates only. A Period is immutable and safe for concurrent use.
type Period struct {
	start, end Date
	kind       periodKind
}

// NewDay returns the one-day period of d. It fails with ErrNotSet for the
// zero Date.
func NewDay(d Date) (Period, error) {
	if d.IsZero() {
		return Period{}, fieldErr("", "date", ErrNotSet, "")
	}
	return makePeriod(d, int64(d.n)+1, kindDay)
}

// makePeriod returns the period from start to the day numbered end,
// refusing one that would end after 9999-12-31.
func makePeriod(start Date, end int64, kind periodKind) (Period, error) {
	if end > int64(lastDay.n) {
		return Period{}, fieldErr("", "period", ErrOutOfRange, "ends after 9999-12-31")
	}
	return Period{start: start, end: Date{n: int32(end)}, kind: kind}, nil
}

// NewMonth returns the calendar month. It fails with ErrOutOfRange for a
// year outside 1..9999 or a month outside January..December.
func NewMonth(year int, month time.Month) (Period, error) {
	start, err := NewDate(year, month, 1)
	if err != nil {
		return Period{}, err
	}
	return makePeriod(start, int64(start.n)+int64(daysIn(year, month)), kindMonth)
}

// NewQuarter returns calendar quarter q (1 to 4) of year: Q1 is January to
// March.
func NewQuarter(year, q int) (Period, error) {
	if q < 1 || q > 4 {
		return Period{}, fieldErr("", "quarter", ErrOutOfRange, strconv.Itoa(q)+" (want 1 to 4)")
	}
	start, err := NewDate(year, time.Month(3*q-2), 1)
	if err != nil {
		return Period{}, err
	}
	days := 0
	for m := start.Month(); m < start.Month()+3; m++ {
		days += daysIn(year, m)
	}
	return makePeriod(start, int64(start.n)+int64(days), kindQuarter)
}

// NewYear returns the calendar year.
func NewYear(year int) (Period, error) {
	start, err := NewDate(year, time.January, 1)
	if err != nil {
		return Period{}, err
	}
	days := int64(365)
	if isLeap(year) {
		days = 366
	}
	return makePeriod(start, int64(start.n)+days, kindYear)
}

// NewRange returns the period [start, end). It fails with ErrNotSet for a
// zero date and ErrOutOfRange unless end is after start.
func NewRange(start, end Date) (Period, error) {
	switch {
	case start.IsZero():
		return Period{}, fieldErr("", "start", ErrNotSet, "")
	case end.IsZero():
		return Period{}, fieldErr("", "end", ErrNotSet, "")
	case !end.After(start):
		return Period{}, fieldErr("", "end", ErrOutOfRange, end.String()+" is not after start "+start.String())
	}
	return Period{start: start, end: end, kind: kindRange}, nil
}

// ParsePeriod reads a period in one of the forms String writes:
//
//	2026-03-15               a day
//	2026-03                  a month
//	2026-Q1                  a quarter
//	2026                     a year
//	2026-03-01..2026-04-01   a range [start, end)
func ParsePeriod(s string) (Period, error) {
	if len(s) > MaxTextLength {
		return Period{}, fieldErr("", "period", ErrTooLarge, "text longer than "+strconv.Itoa(MaxTextLength)+" bytes")
	}
	p, err := parsePeriod(s)
	if err != nil {
		if cause := errorsCause(err); cause == ErrSyntax {
			return Period{}, fieldErr("", "period", ErrSyntax, quoteTrunc(s)+" (want "+periodForms+")")
		}
		return Period{}, err
	}
	return p, nil
}

const periodForms = "2026-03-15, 2026-03, 2026-Q1, 2026 or 2026-03-01..2026-04-01"

var errPeriodSyntax = fieldErr("", "period", ErrSyntax, "")

func parsePeriod(s string) (Period, error) {
	if a, b, ok := strings.Cut(s, ".."); ok {
		start, err := ParseDate(a)
		if err != nil {
			return Period{}, err
		}
		end, err := ParseDate(b)
		if err != nil {
			return Period{}, err
		}
		return NewRange(start, end)
	}
	switch {
	case len(s) == 4:
		y, ok := atoiDigits(s)
		if !ok {
			return Period{}, errPeriodSyntax
		}
		return NewYear(y)
	case len(s) == 7 && s[4] == '-' && s[5] == 'Q':
		y, ok1 := atoiDigits(s[:4])
		q, ok2 := atoiDigits(s[6:])
		if !ok1 || !ok2 {
			return Period{}, errPeriodSyntax
		}
		return NewQuarter(y, q)
	case len(s) == 7 && s[4] == '-':
		y, ok1 := atoiDigits(s[:4])
		m, ok2 := atoiDigits(s[5:])
		if !ok1 || !ok2 {
			return Period{}, errPeriodSyntax
		}
		return NewMonth(y, time.Month(m))
	case len(s) == 10:
		d, err := ParseDate(s)
		if err != nil {
			return Period{}, err
		}
		return NewDay(d)
	}
	return Period{}, errPeriodSyntax
}

// MustParsePeriod is ParsePeriod for constants and tests: it panics when s
// does not parse.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p.kind == kindNone }

// Start returns the first day of p.
func (p Period) Start() Date { return p.start }

// End returns the day after the last day of p (the exclusive end).
func (p Period) End() Date { return p.end }

// Days returns the number of days in p.
func (p Period) Days() int { return int(p.end.n - p.start.n) }

// Contains reports whether day d is in p.
func (p Period) Contains(d Date) bool { return !p.IsZero() && !d.Before(p.start) && d.Before(p.end) }

// Equal reports whether p and o are the same kind of period over the same
// days.
func (p Period) Equal(o Period) bool { return p == o }

// SameDates reports whether p and o cover the same days, however they were
// made.
func (p Period) SameDates(o Period) bool { return p.start == o.start && p.end == o.end }

// String returns p in the form ParsePeriod reads, or "" for the zero Period.
func (p Period) String() string {
	y, m, _ := civil(p.start.n)
	switch p.kind {
	case kindDay:
		return p.start.String()
	case kindMonth:
		return pad4(y) + "-" + pad2(int(m))
	case kindQuarter:
		return pad4(y) + "-Q" + strconv.Itoa((int(m)+2)/3)
	case kindYear:
		return pad4(y)
	case kindRange:
		return p.start.String() + ".." + p.end.String()
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParsePeriod; empty
// text gives the zero Period.
func (p *Period) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
