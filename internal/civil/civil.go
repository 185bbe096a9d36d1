// Package civil does calendar arithmetic on day numbers in the proleptic
// Gregorian calendar, years 1 to 9999, in integers only: no time of day, no
// time zone, so no DST or zone effect can move a cost between periods.
//
// A day number counts days from 0000-12-31: 0001-01-01 is day 1.
package civil

import "time"

// The supported years.
const (
	MinYear = 1
	MaxYear = 9999
)

// Last is the day number of 9999-12-31, the last supported day.
var Last = DayNumber(MaxYear, time.December, 31)

// DayNumber returns the day number of a valid date. It is the classic
// era-based algorithm (eras of 400 years of 146097 days).
func DayNumber(y int, m time.Month, d int) int32 {
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

// Date returns the year, month and day of day number n.
func Date(n int32) (int, time.Month, int) {
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

// IsLeap reports whether y is a leap year.
func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days of month m of year y.
func DaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if IsLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Weekday returns the day of the week of day n (day 1, 0001-01-01, was a
// Monday).
func Weekday(n int32) time.Weekday { return time.Weekday(int(n) % 7) }

// MondayOf returns the Monday that starts the ISO week of day n.
func MondayOf(n int32) int32 { return n - int32((int(Weekday(n))+6)%7) }

// ISOWeek returns the ISO 8601 year and week of day n: weeks start on
// Monday and week 1 holds the year's first Thursday.
func ISOWeek(n int32) (year, week int) {
	thursday := MondayOf(n) + 3 // the Thursday of n's week decides the year
	y, _, _ := Date(thursday)
	return y, int(thursday-DayNumber(y, time.January, 1))/7 + 1
}

// ISOWeekStart returns the Monday of ISO week 1 of year y.
func ISOWeekStart(y int) int32 { return MondayOf(DayNumber(y, time.January, 4)) }

// ISOWeeksIn returns the number of ISO weeks of year y (52 or 53): the week
// of December 28 is always the last.
func ISOWeeksIn(y int) int {
	_, w := ISOWeek(DayNumber(y, time.December, 28))
	return w
}

// MonthIndex counts months from year 0: y·12 + (m − 1).
func MonthIndex(y int, m time.Month) int { return y*12 + int(m) - 1 }

// MonthStart returns the day number of the first day of month index i.
func MonthStart(i int) int32 { return DayNumber(i/12, time.Month(i%12+1), 1) }

// MonthOf returns the month index of day n.
func MonthOf(n int32) int {
	y, m, _ := Date(n)
	return MonthIndex(y, m)
}

// Day360 returns the 30E/360 day number of day n: differences of it are
// 30E/360 day counts (every month 30 days, a day 31 counting as 30).
func Day360(n int32) int64 {
	y, m, d := Date(n)
	return 360*int64(y) + 30*int64(m-1) + int64(min(d, 30))
}
