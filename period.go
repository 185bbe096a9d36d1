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

// ISOWeek returns the ISO 8601 year and week of d. Weeks start on Monday
// and week 1 is the week with the year's first Thursday, so the first days
// of January can belong to the last week of the previous year, and the last
// days of December to week 1 of the next.
func (d Date) ISOWeek() (year, week int) {
	// The Thursday of d's week decides the ISO year.
	wd := (int(d.Weekday()) + 6) % 7 // Monday = 0
	thursday := d.n - int32(wd) + 3
	y, _, _ := civil(thursday)
	jan1 := daysFromCivil(y, time.January, 1)
	return y, int(thursday-jan1)/7 + 1
}

// isoWeekStart returns the Monday of ISO week 1 of year y.
func isoWeekStart(y int) int32 {
	jan4 := daysFromCivil(y, time.January, 4)
	wd := (int(Date{n: jan4}.Weekday()) + 6) % 7
	return jan4 - int32(wd)
}

// isoWeeksIn returns the number of ISO weeks of year y (52 or 53): the
// week of December 28 is always the last.
func isoWeeksIn(y int) int {
	_, w := Date{n: daysFromCivil(y, time.December, 28)}.ISOWeek()
	return w
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

// Equal reports whether d and o are the same day.
func (d Date) Equal(o Date) bool { return d == o }

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

// monthIndex counts months from year 0: y·12 + (m − 1).
func monthIndex(y int, m time.Month) int { return y*12 + int(m) - 1 }

// monthStart returns the first day of month index i.
func monthStart(i int) int32 { return daysFromCivil(i/12, time.Month(i%12+1), 1) }

// periodKind says how a period was made, which decides how it prints.
type periodKind uint8

const (
	kindNone periodKind = iota
	kindDay
	kindWeek
	kindMonth
	kindQuarter
	kindYear
	kindFiscalYear
	kindRange
)

// Period is a half-open range of civil dates [Start, End): a day, an ISO
// week, a month, a quarter, a year, a fiscal year, or any range. Costs and
// volumes are stated for a period, and a report covers one.
//
// The zero Period is "not set" (IsZero reports true). A Period remembers
// how it was made, which decides its text form: NewMonth(2026, time.March)
// prints "2026-03" while the same days made with NewRange print
// "2026-03-01..2026-04-01". Equal compares kinds and dates; SameDates
// compares dates only. A Period is immutable and safe for concurrent use.
//
// Every period lies within 0001-01-01 and 9999-12-31 (its exclusive end is
// at most 9999-12-31).
type Period struct {
	start, end Date
	kind       periodKind
	fyStart    time.Month // the first month of a fiscal year
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
	if start.n < 1 || end > int64(lastDay.n) {
		return Period{}, fieldErr("", "period", ErrOutOfRange, "outside 0001-01-01..9999-12-31")
	}
	return Period{start: start, end: Date{n: int32(end)}, kind: kind}, nil
}

// NewISOWeek returns ISO 8601 week w of ISO year y: seven days from a
// Monday, week 1 being the week with the year's first Thursday. A year has
// 52 or 53 weeks (2026 has 53); other week numbers fail with ErrOutOfRange.
func NewISOWeek(year, week int) (Period, error) {
	if year < minYear || year > maxYear {
		return Period{}, fieldErr("", "year", ErrOutOfRange, strconv.Itoa(year)+" (want 1 to 9999)")
	}
	if n := isoWeeksIn(year); week < 1 || week > n {
		return Period{}, fieldErr("", "week", ErrOutOfRange, strconv.Itoa(week)+" (ISO year "+strconv.Itoa(year)+" has weeks 1 to "+strconv.Itoa(n)+")")
	}
	start := isoWeekStart(year) + int32(7*(week-1))
	return makePeriod(Date{n: start}, int64(start)+7, kindWeek)
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
	i := monthIndex(year, start.Month())
	return makePeriod(start, int64(monthStart(i+3)), kindQuarter)
}

// NewYear returns the calendar year.
func NewYear(year int) (Period, error) {
	start, err := NewDate(year, time.January, 1)
	if err != nil {
		return Period{}, err
	}
	return makePeriod(start, int64(monthStart(monthIndex(year, time.January)+12)), kindYear)
}

// NewFiscalYear returns fiscal year FY<year> that starts in month start: the
// twelve months that end in calendar year year. A fiscal year is named after
// the calendar year in which it ends (the US federal, UK company, Indian and
// Australian usage): FY2026 starting in October runs from 2025-10-01 to
// 2026-09-30, FY2026 starting in April from 2025-04-01 to 2026-03-31, and
// FY2026 starting in January is calendar 2026. (Where a fiscal year is named
// after its first year, as in Japan, use the next number.)
func NewFiscalYear(year int, start time.Month) (Period, error) {
	if start < time.January || start > time.December {
		return Period{}, fieldErr("", "start month", ErrOutOfRange, strconv.Itoa(int(start))+" (want 1 to 12)")
	}
	if year < minYear || year > maxYear {
		return Period{}, fieldErr("", "year", ErrOutOfRange, strconv.Itoa(year)+" (want 1 to 9999)")
	}
	// The twelve months end in year: they start in year-1, or in year
	// itself for a January start.
	first := monthIndex(year, start) - 12
	if start == time.January {
		first = monthIndex(year, time.January)
	}
	if first < monthIndex(minYear, time.January) {
		return Period{}, fieldErr("", "year", ErrOutOfRange, "FY"+strconv.Itoa(year)+" would start before 0001-01-01")
	}
	p, err := makePeriod(Date{n: monthStart(first)}, int64(monthStart(first+12)), kindFiscalYear)
	p.fyStart = start
	return p, err
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
//	2026-W09                 an ISO week
//	2026-03                  a month
//	2026-Q1                  a quarter
//	2026                     a year
//	FY2026/Apr               a fiscal year and its first month (FY2026/04 also works)
//	2026-03-01..2026-04-01   a range [start, end)
//
// It fails with ErrSyntax (the message lists these forms) for other text,
// and ErrOutOfRange for dates, weeks or months that do not exist.
func ParsePeriod(s string) (Period, error) {
	if len(s) > MaxTextLength {
		return Period{}, fieldErr("", "period", ErrTooLarge, "text longer than "+strconv.Itoa(MaxTextLength)+" bytes")
	}
	p, err := parsePeriod(s)
	if err == errPeriodSyntax {
		return Period{}, fieldErr("", "period", ErrSyntax, quoteTrunc(s)+" (want "+periodForms+")")
	}
	return p, err
}

const periodForms = "2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026, FY2026/Apr or 2026-03-01..2026-04-01"

var errPeriodSyntax = fieldErr("", "period", ErrSyntax, "")

var monthAbbrevs = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

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
	if rest, ok := strings.CutPrefix(s, "FY"); ok {
		return parseFiscalYear(s, rest)
	}
	if len(s) < 4 {
		return Period{}, errPeriodSyntax
	}
	y, ok := atoiDigits(s[:4])
	if !ok {
		return Period{}, errPeriodSyntax
	}
	switch {
	case len(s) == 4:
		return NewYear(y)
	case len(s) == 7 && s[4] == '-' && s[5] == 'Q':
		q, ok := atoiDigits(s[6:])
		if !ok {
			return Period{}, errPeriodSyntax
		}
		return NewQuarter(y, q)
	case len(s) == 8 && s[4] == '-' && s[5] == 'W':
		w, ok := atoiDigits(s[6:])
		if !ok {
			return Period{}, errPeriodSyntax
		}
		return NewISOWeek(y, w)
	case len(s) == 7 && s[4] == '-':
		m, ok := atoiDigits(s[5:])
		if !ok {
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

// parseFiscalYear reads the part of "FY2026/Apr" after "FY".
func parseFiscalYear(s, rest string) (Period, error) {
	yearText, monthText, ok := strings.Cut(rest, "/")
	y, okYear := atoiDigits(yearText)
	if !okYear || len(yearText) != 4 {
		return Period{}, errPeriodSyntax
	}
	if !ok {
		return Period{}, fieldErr("", "period", ErrSyntax, quoteTrunc(s)+
			" has no start month: a fiscal year needs one, as in FY"+yearText+"/Apr or FY"+yearText+"/04")
	}
	month := 0
	if m, ok := atoiDigits(monthText); ok && len(monthText) == 2 {
		month = m
	} else {
		for i, name := range monthAbbrevs {
			if strings.EqualFold(monthText, name) {
				month = i + 1
			}
		}
	}
	if month == 0 {
		return Period{}, errPeriodSyntax
	}
	return NewFiscalYear(y, time.Month(month))
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

// Last returns the last day of p.
func (p Period) Last() Date { return Date{n: p.end.n - 1} }

// Days returns the number of days in p.
func (p Period) Days() int { return int(p.end.n - p.start.n) }

// Contains reports whether day d is in p.
func (p Period) Contains(d Date) bool { return !p.IsZero() && !d.Before(p.start) && d.Before(p.end) }

// Overlaps reports whether p and o have at least one day in common.
func (p Period) Overlaps(o Period) bool {
	return !p.IsZero() && !o.IsZero() && p.start.Before(o.end) && o.start.Before(p.end)
}

// Intersect returns the days p and o have in common, and false when they
// have none. The result is p or o itself when it covers the same days as
// one of them (keeping its kind), and a range otherwise.
func (p Period) Intersect(o Period) (Period, bool) {
	if !p.Overlaps(o) {
		return Period{}, false
	}
	start, end := p.start, p.end
	if o.start.After(start) {
		start = o.start
	}
	if o.end.Before(end) {
		end = o.end
	}
	switch {
	case start == p.start && end == p.end:
		return p, true
	case start == o.start && end == o.end:
		return o, true
	}
	return Period{start: start, end: end, kind: kindRange}, true
}

// Equal reports whether p and o are the same kind of period over the same
// days.
func (p Period) Equal(o Period) bool { return p == o }

// SameDates reports whether p and o cover the same days, however they were
// made.
func (p Period) SameDates(o Period) bool { return p.start == o.start && p.end == o.end }

// Next returns the period of the same kind that follows p: the next day,
// ISO week, month, quarter, year or fiscal year, or for a range the range
// of the same length that starts at p's end. It fails with ErrOutOfRange
// past 9999-12-31 and ErrNotSet for the zero Period.
func (p Period) Next() (Period, error) { return p.shift(1) }

// Prev returns the period of the same kind that precedes p (see Next).
func (p Period) Prev() (Period, error) { return p.shift(-1) }

func (p Period) shift(dir int) (Period, error) {
	y, m, _ := civil(p.start.n)
	switch p.kind {
	case kindNone:
		return Period{}, fieldErr("", "period", ErrNotSet, "")
	case kindDay:
		return dayAt(int64(p.start.n) + int64(dir))
	case kindWeek:
		start := int64(p.start.n) + 7*int64(dir)
		if start < 1 {
			return Period{}, fieldErr("", "period", ErrOutOfRange, "before 0001-01-01")
		}
		return makePeriod(Date{n: int32(start)}, start+7, kindWeek)
	case kindMonth:
		i := monthIndex(y, m) + dir
		return NewMonth(i/12, time.Month(i%12+1))
	case kindQuarter:
		i := monthIndex(y, m) + 3*dir
		return NewQuarter(i/12, (i%12)/3+1)
	case kindYear:
		return NewYear(y + dir)
	case kindFiscalYear:
		endYear, _, _ := civil(p.end.n - 1)
		return NewFiscalYear(endYear+dir, p.fyStart)
	}
	n := int64(p.Days()) * int64(dir)
	start := int64(p.start.n) + n
	if start < 1 || int64(p.end.n)+n > int64(lastDay.n) {
		return Period{}, fieldErr("", "period", ErrOutOfRange, "outside 0001-01-01..9999-12-31")
	}
	return Period{start: Date{n: int32(start)}, end: Date{n: int32(int64(p.end.n) + n)}, kind: kindRange}, nil
}

func dayAt(n int64) (Period, error) {
	if n < 1 || n > int64(lastDay.n) {
		return Period{}, fieldErr("", "period", ErrOutOfRange, "outside 0001-01-01..9999-12-31")
	}
	return makePeriod(Date{n: int32(n)}, n+1, kindDay)
}

// String returns p in the form ParsePeriod reads, or "" for the zero Period.
func (p Period) String() string {
	y, m, _ := civil(p.start.n)
	switch p.kind {
	case kindDay:
		return p.start.String()
	case kindWeek:
		wy, w := p.start.ISOWeek()
		return pad4(wy) + "-W" + pad2(w)
	case kindMonth:
		return pad4(y) + "-" + pad2(int(m))
	case kindQuarter:
		return pad4(y) + "-Q" + strconv.Itoa((int(m)+2)/3)
	case kindYear:
		return pad4(y)
	case kindFiscalYear:
		endYear, _, _ := civil(p.end.n - 1)
		return "FY" + pad4(endYear) + "/" + monthAbbrevs[p.fyStart-1]
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

// Unit is a calendar unit: what a period is split into, and what a rate is
// per (a licence per seat per Month).
type Unit uint8

// The calendar units. Weeks are ISO weeks (Monday to Sunday).
const (
	Day Unit = iota + 1
	Week
	Month
	Quarter
	Year
)

var unitNames = [...]string{Day: "day", Week: "week", Month: "month", Quarter: "quarter", Year: "year"}

// String returns "day", "week", "month", "quarter" or "year".
func (u Unit) String() string { return enumName(unitNames[:], int(u), "Unit") }

func (u Unit) valid() bool { return u >= Day && u <= Year }

// MarshalText implements encoding.TextMarshaler; the zero Unit (none)
// marshals as empty text.
func (u Unit) MarshalText() ([]byte, error) {
	return enumText(unitNames[:], int(u), "Unit", "unit", true)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Unit.
func (u *Unit) UnmarshalText(text []byte) error {
	v, err := enumParse(unitNames[:], string(text), "unit", true)
	if err != nil {
		return err
	}
	*u = Unit(v)
	return nil
}

// MaxSubPeriods is the most sub-periods Split returns, so that splitting a
// long range into days cannot exhaust memory.
const MaxSubPeriods = 100000

// Split returns the sub-periods of p by unit, in order: its days, the ISO
// weeks, months, quarters or years that overlap it. Sub-periods that lie
// wholly inside p keep their kind (2026-03 splits into the days 2026-03-01,
// ...); the first and last are cut to p where they stick out and are then
// ranges (March 2026 split into weeks begins with 2026-03-01..2026-03-02,
// the Sunday that ends week 2026-W09). The sub-periods cover p exactly.
//
// It fails with ErrNotSet for the zero Period, ErrInvalid for an unknown
// unit and ErrTooLarge for more than MaxSubPeriods sub-periods.
func (p Period) Split(unit Unit) ([]Period, error) {
	if p.IsZero() {
		return nil, fieldErr("", "period", ErrNotSet, "")
	}
	if !unit.valid() {
		return nil, fieldErr("", "unit", ErrInvalid, unit.String())
	}
	var out []Period
	for cur := p.start.n; cur < p.end.n; {
		whole, err := unitAt(unit, cur)
		if err != nil {
			return nil, err
		}
		if len(out) == MaxSubPeriods {
			return nil, fieldErr("", "period", ErrTooLarge, "more than "+strconv.Itoa(MaxSubPeriods)+" "+unit.String()+"s")
		}
		piece, _ := whole.Intersect(p)
		if !piece.SameDates(whole) {
			piece = Period{start: piece.start, end: piece.end, kind: kindRange}
		}
		out = append(out, piece)
		cur = whole.end.n
	}
	return out, nil
}

// unitAt returns the whole day, ISO week, month, quarter or year containing
// day n.
func unitAt(unit Unit, n int32) (Period, error) {
	y, m, _ := civil(n)
	switch unit {
	case Day:
		return dayAt(int64(n))
	case Week:
		// 0001-01-01 was a Monday, so a week never starts before it.
		wd := (int(Date{n: n}.Weekday()) + 6) % 7
		start := int64(n) - int64(wd)
		return makePeriod(Date{n: int32(start)}, start+7, kindWeek)
	case Month:
		return NewMonth(y, m)
	case Quarter:
		return NewQuarter(y, (int(m)+2)/3)
	}
	return NewYear(y)
}
