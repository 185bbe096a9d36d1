package contactcost

import (
	"strconv"
	"strings"
	"time"

	"github.com/contactcost/contactcost/internal/civil"
)

// Period is a half-open range of civil dates [Start, End): a day, an ISO
// week, a month, a quarter, a year, a fiscal year, or any range. Costs and
// volumes are stated for a period, and a report covers one.
//
// The zero Period is "not set" (IsZero reports true). A Period remembers
// how it was made, which decides its text form: the month of March 2026
// prints "2026-03" while the same days made with NewRange print
// "2026-03-01..2026-04-01". Equal compares kinds and dates; SameDates
// compares dates only. A Period is immutable and safe for concurrent use.
//
// Every period lies within 0001-01-01 and 9999-12-31, and its exclusive end
// is at most 9999-12-31 (so the last day a period can hold is 9999-12-30).
type Period struct {
	start, end Date
	kind       periodKind
	fyStart    time.Month // the first month of a fiscal year
}

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

// kindOf is the kind of a whole period of each unit.
var kindOf = [...]periodKind{UnitDay: kindDay, UnitWeek: kindWeek, UnitMonth: kindMonth, UnitQuarter: kindQuarter, UnitYear: kindYear}

// outsideCalendar is the error for a period beyond the supported dates.
var outsideCalendar = argErr("period", ErrOutOfRange, "outside 0001-01-01..9999-12-31 (a period's exclusive end is at most 9999-12-31, so the month 9999-12 and the year 9999 cannot be made)")

// NewPeriod returns the whole day, ISO week, month, quarter or year that
// holds day d: NewPeriod(UnitMonth, d) is d's calendar month, and
// NewPeriod(UnitWeek, d) the ISO week (Monday to Sunday) of d. It fails
// with ErrNotSet for the zero Date, ErrInvalid for an unknown unit and
// ErrOutOfRange for a period that would end after 9999-12-31.
func NewPeriod(unit Unit, d Date) (Period, error) {
	if d.IsZero() {
		return Period{}, argErr("date", ErrNotSet, "")
	}
	if !unitEnum.valid(int(unit)) {
		return Period{}, argErr("unit", ErrInvalid, unit.String())
	}
	start, end := unitBounds(unit, d.n)
	return makePeriod(start, end, kindOf[unit])
}

// unitBounds returns the day numbers [start, end) of the whole unit holding
// day n; end may lie past the supported calendar.
func unitBounds(unit Unit, n int32) (start, end int64) {
	switch unit {
	case UnitDay:
		return int64(n), int64(n) + 1
	case UnitWeek:
		m := int64(civil.MondayOf(n)) // 0001-01-01 was a Monday: m ≥ 1
		return m, m + 7
	}
	size := monthsIn[unit]
	first := civil.MonthOf(n) / size * size
	return int64(civil.MonthStart(first)), monthStart64(first + size)
}

// monthStart64 returns the day number of the first day of month index i,
// which may be past the supported calendar (the start of year 10000).
func monthStart64(i int) int64 {
	if i/12 > civil.MaxYear {
		return int64(civil.Last) + 1
	}
	return int64(civil.MonthStart(i))
}

// makePeriod returns the period [start, end), refusing one outside the
// supported calendar.
func makePeriod(start, end int64, kind periodKind) (Period, error) {
	if start < 1 || end > int64(civil.Last) {
		return Period{}, outsideCalendar
	}
	return Period{start: Date{n: int32(start)}, end: Date{n: int32(end)}, kind: kind}, nil
}

// NewFiscalYear returns fiscal year FY<year> that starts in month start:
// the twelve months that end in calendar year year. A fiscal year is named
// after the calendar year in which it ends (the US federal, UK company,
// Indian and Australian usage): FY2026 starting in October runs from
// 2025-10-01 to 2026-09-30, FY2026 starting in April from 2025-04-01 to
// 2026-03-31, and FY2026 starting in January is calendar 2026. (Where a
// fiscal year is named after its first year, as in Japan, use the next
// number.)
func NewFiscalYear(year int, start time.Month) (Period, error) {
	if start < time.January || start > time.December {
		return Period{}, argErr("start month", ErrOutOfRange, strconv.Itoa(int(start))+" (want 1 to 12)")
	}
	if year < civil.MinYear || year > civil.MaxYear {
		return Period{}, argErr("year", ErrOutOfRange, strconv.Itoa(year)+" (want 1 to 9999)")
	}
	first := civil.MonthIndex(year, start) - 12 // the twelve months end in year
	if start == time.January {
		first = civil.MonthIndex(year, time.January)
	}
	if first < civil.MonthIndex(civil.MinYear, time.January) {
		return Period{}, argErr("year", ErrOutOfRange, "FY"+strconv.Itoa(year)+" would start before 0001-01-01")
	}
	p, err := makePeriod(int64(civil.MonthStart(first)), monthStart64(first+12), kindFiscalYear)
	p.fyStart = start
	return p, err
}

// NewRange returns the period [start, end). It fails with ErrNotSet for a
// zero date and ErrOutOfRange unless end is after start.
func NewRange(start, end Date) (Period, error) {
	switch {
	case start.IsZero():
		return Period{}, argErr("start", ErrNotSet, "")
	case end.IsZero():
		return Period{}, argErr("end", ErrNotSet, "")
	case end.n <= start.n:
		return Period{}, argErr("end", ErrOutOfRange, end.String()+" is not after start "+start.String())
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
func ParsePeriod(s string) (Period, error) { return parsePeriodAt(loc{}, "period", s) }

// parsePeriodAt is ParsePeriod with a location for its errors.
func parsePeriodAt(l loc, field, s string) (Period, error) {
	if len(s) > MaxTextLength {
		return Period{}, l.err(field, ErrTooLarge, "text longer than "+strconv.Itoa(MaxTextLength)+" bytes")
	}
	p, err := parsePeriod(s)
	if err == errPeriodSyntax {
		return Period{}, l.err(field, ErrSyntax, quote(s)+" (want "+periodForms+")")
	}
	if fe, ok := err.(*FieldError); ok && l.path != "" {
		return Period{}, l.err(field, fe.Err, quote(s)+": "+fe.Path+": "+fe.Detail)
	}
	return p, err
}

const periodForms = "2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026, FY2026/Apr or 2026-03-01..2026-04-01"

var errPeriodSyntax = argErr("period", ErrSyntax, "")

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
		return calendarPeriod(UnitYear, y, 1)
	case len(s) == 7 && s[4] == '-' && s[5] == 'Q':
		return numberedPeriod(UnitQuarter, y, s[6:])
	case len(s) == 8 && s[4] == '-' && s[5] == 'W':
		return numberedPeriod(UnitWeek, y, s[6:])
	case len(s) == 7 && s[4] == '-':
		return numberedPeriod(UnitMonth, y, s[5:])
	case len(s) == 10:
		d, err := ParseDate(s)
		if err != nil {
			return Period{}, err
		}
		return NewPeriod(UnitDay, d)
	}
	return Period{}, errPeriodSyntax
}

// numberedPeriod reads the number of a quarter, ISO week or month of year y.
func numberedPeriod(unit Unit, y int, text string) (Period, error) {
	k, ok := atoiDigits(text)
	if !ok {
		return Period{}, errPeriodSyntax
	}
	return calendarPeriod(unit, y, k)
}

// calendarPeriod returns quarter, ISO week or month k of year y, or year y.
func calendarPeriod(unit Unit, y, k int) (Period, error) {
	if y < civil.MinYear || y > civil.MaxYear {
		return Period{}, argErr("year", ErrOutOfRange, strconv.Itoa(y)+" (want 1 to 9999)")
	}
	switch unit {
	case UnitWeek:
		if n := civil.ISOWeeksIn(y); k < 1 || k > n {
			return Period{}, argErr("week", ErrOutOfRange, strconv.Itoa(k)+" (ISO year "+strconv.Itoa(y)+" has weeks 1 to "+strconv.Itoa(n)+")")
		}
		start := int64(civil.ISOWeekStart(y)) + int64(7*(k-1))
		return makePeriod(start, start+7, kindWeek)
	case UnitQuarter:
		if k < 1 || k > 4 {
			return Period{}, argErr("quarter", ErrOutOfRange, strconv.Itoa(k)+" (want 1 to 4)")
		}
		k = 3*k - 2
	case UnitMonth:
		if k < 1 || k > 12 {
			return Period{}, argErr("month", ErrOutOfRange, strconv.Itoa(k)+" (want 1 to 12)")
		}
	}
	return NewPeriod(unit, Date{n: civil.DayNumber(y, time.Month(k), 1)})
}

// parseFiscalYear reads the part of "FY2026/Apr" after "FY".
func parseFiscalYear(s, rest string) (Period, error) {
	yearText, monthText, ok := strings.Cut(rest, "/")
	y, okYear := atoiDigits(yearText)
	if !okYear || len(yearText) != 4 {
		return Period{}, errPeriodSyntax
	}
	if !ok {
		return Period{}, argErr("period", ErrSyntax, quote(s)+
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
func (p Period) Last() Date {
	if p.IsZero() {
		return Date{}
	}
	return Date{n: p.end.n - 1}
}

// Days returns the number of days in p.
func (p Period) Days() int { return int(p.end.n - p.start.n) }

// Contains reports whether day d is in p.
func (p Period) Contains(d Date) bool { return !p.IsZero() && d.n >= p.start.n && d.n < p.end.n }

// Intersect returns the days p and o have in common, and false when they
// have none. The result is p or o itself when it covers the same days as
// one of them (keeping its kind), and a range otherwise.
func (p Period) Intersect(o Period) (Period, bool) {
	if p.IsZero() || o.IsZero() || p.start.n >= o.end.n || o.start.n >= p.end.n {
		return Period{}, false
	}
	start, end := max(p.start.n, o.start.n), min(p.end.n, o.end.n)
	switch {
	case start == p.start.n && end == p.end.n:
		return p, true
	case start == o.start.n && end == o.end.n:
		return o, true
	}
	return Period{start: Date{n: start}, end: Date{n: end}, kind: kindRange}, true
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
// past the supported calendar and ErrNotSet for the zero Period.
func (p Period) Next() (Period, error) { return p.shift(1) }

// Prev returns the period of the same kind that precedes p (see Next).
func (p Period) Prev() (Period, error) { return p.shift(-1) }

func (p Period) shift(dir int) (Period, error) {
	switch p.kind {
	case kindNone:
		return Period{}, argErr("period", ErrNotSet, "")
	case kindFiscalYear:
		endYear, _, _ := civil.Date(p.end.n - 1)
		return NewFiscalYear(endYear+dir, p.fyStart)
	case kindRange:
		n := int64(p.Days()) * int64(dir)
		q, err := makePeriod(int64(p.start.n)+n, int64(p.end.n)+n, kindRange)
		return q, err
	}
	// A whole day, week, month, quarter or year: the unit that holds the
	// day after its end, or the day before its start.
	day := int64(p.end.n)
	if dir < 0 {
		day = int64(p.start.n) - 1
	}
	if day < 1 || day > int64(civil.Last) {
		return Period{}, outsideCalendar
	}
	for u, k := range kindOf {
		if k == p.kind {
			return NewPeriod(Unit(u), Date{n: int32(day)})
		}
	}
	return Period{}, argErr("period", ErrInvalid, "")
}

// String returns p in the form ParsePeriod reads, or "" for the zero Period.
func (p Period) String() string {
	y, m, _ := civil.Date(p.start.n)
	switch p.kind {
	case kindDay:
		return p.start.String()
	case kindWeek:
		wy, w := civil.ISOWeek(p.start.n)
		return pad4(wy) + "-W" + pad2(w)
	case kindMonth:
		return pad4(y) + "-" + pad2(int(m))
	case kindQuarter:
		return pad4(y) + "-Q" + strconv.Itoa((int(m)+2)/3)
	case kindYear:
		return pad4(y)
	case kindFiscalYear:
		endYear, _, _ := civil.Date(p.end.n - 1)
		return "FY" + pad4(endYear) + "/" + monthAbbrevs[p.fyStart-1]
	case kindRange:
		return p.start.String() + ".." + p.end.String()
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with ParsePeriod;
// empty text gives the zero Period.
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
// per (a licence per seat per UnitMonth).
type Unit uint8

// The calendar units. Weeks are ISO weeks (Monday to Sunday).
const (
	UnitDay Unit = iota + 1
	UnitWeek
	UnitMonth
	UnitQuarter
	UnitYear
)

var unitEnum = enum{typ: "Unit", field: "unit", names: []string{
	UnitDay: "day", UnitWeek: "week", UnitMonth: "month", UnitQuarter: "quarter", UnitYear: "year"}}

// monthsIn is the number of months in a month, quarter or year.
var monthsIn = [...]int{UnitMonth: 1, UnitQuarter: 3, UnitYear: 12}

// String returns "day", "week", "month", "quarter" or "year".
func (u Unit) String() string { return unitEnum.name(int(u)) }

// MarshalText implements [encoding.TextMarshaler]; the zero Unit (none)
// marshals as empty text.
func (u Unit) MarshalText() ([]byte, error) { return unitEnum.text(int(u)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives
// the zero Unit.
func (u *Unit) UnmarshalText(text []byte) error { return unitEnum.unmarshal(text, (*uint8)(u)) }

// Split returns the sub-periods of p by unit, in order: its days, or the
// ISO weeks, months, quarters or years that overlap it. Sub-periods that
// lie wholly inside p keep their kind (2026-03 splits into the days
// 2026-03-01, ...); the first and last are cut to p where they stick out
// and are then ranges (March 2026 split into weeks begins with
// 2026-03-01..2026-03-02, the Sunday that ends week 2026-W09). The
// sub-periods cover p exactly, up to the end of the calendar.
//
// It fails with ErrNotSet for the zero Period, ErrInvalid for an unknown
// unit and ErrTooLarge for more than MaxSubPeriods sub-periods.
func (p Period) Split(unit Unit) ([]Period, error) {
	if p.IsZero() {
		return nil, argErr("period", ErrNotSet, "")
	}
	if !unitEnum.valid(int(unit)) {
		return nil, argErr("unit", ErrInvalid, unit.String())
	}
	var out []Period
	for cur := p.start.n; cur < p.end.n; {
		if len(out) == MaxSubPeriods {
			return nil, argErr("period", ErrTooLarge, "more than "+strconv.Itoa(MaxSubPeriods)+" "+unit.String()+"s")
		}
		start, end := unitBounds(unit, cur)
		piece := Period{start: Date{n: max(int32(start), p.start.n)}, end: Date{n: int32(min(end, int64(p.end.n)))}, kind: kindRange}
		if int64(piece.start.n) == start && int64(piece.end.n) == end {
			piece.kind = kindOf[unit] // a whole unit
		}
		out = append(out, piece)
		cur = piece.end.n
	}
	return out, nil
}
