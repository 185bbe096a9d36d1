package contactcost

import (
	"strconv"
	"strings"
	"time"

	"github.com/contactcost/contactcost/internal/civil"
)

// Date is a civil (calendar) date in the proleptic Gregorian calendar,
// years 1 to 9999, with no time of day and no time zone, so no DST or zone
// effect can move a cost between periods.
//
// The zero Date is "not set" (IsZero reports true). Dates are comparable
// with == and ordered by Compare; a Date is safe for concurrent use.
type Date struct {
	n int32 // day number: 0001-01-01 is 1; 0 is "not set"
}

// NewDate returns the date year-month-day. It fails with ErrOutOfRange for
// a year outside 1..9999 or a day that does not exist (2026-02-29).
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < civil.MinYear || year > civil.MaxYear {
		return Date{}, argErr("year", ErrOutOfRange, strconv.Itoa(year)+" (want 1 to 9999)")
	}
	if month < time.January || month > time.December {
		return Date{}, argErr("month", ErrOutOfRange, strconv.Itoa(int(month))+" (want 1 to 12)")
	}
	if day < 1 || day > civil.DaysIn(year, month) {
		return Date{}, argErr("day", ErrOutOfRange, pad4(year)+"-"+pad2(int(month))+" has no day "+strconv.Itoa(day))
	}
	return Date{n: civil.DayNumber(year, month, day)}, nil
}

// MustDate is NewDate for constants and tests: it panics on an invalid
// date.
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
		return Date{}, argErr("date", ErrSyntax, quote(s)+" (want YYYY-MM-DD)")
	}
	y, ok1 := atoiDigits(s[:4])
	m, ok2 := atoiDigits(s[5:7])
	d, ok3 := atoiDigits(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, argErr("date", ErrSyntax, quote(s)+" (want YYYY-MM-DD)")
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

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns the year of d.
func (d Date) Year() int { y, _, _ := civil.Date(d.n); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := civil.Date(d.n); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, day := civil.Date(d.n); return day }

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

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	y, m, day := civil.Date(d.n)
	return pad4(y) + "-" + pad2(int(m)) + "-" + pad2(day)
}

// MarshalText implements [encoding.TextMarshaler] (YYYY-MM-DD).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives
// the zero Date.
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
