package contactcost

import (
	"math/big"
	"time"

	"github.com/shopspring/decimal"
)

// Convention is a day-count convention: how the length of a period is
// measured when an amount stated for one period is prorated into another.
// Billing systems disagree (Stripe and Zuora prorate by actual days,
// payroll often by 52 weeks, budgets by equal months), so a convention is
// always an explicit input, and results record the one used. The zero
// Convention is "not set".
//
// How far they differ, for 36,500.00 a year (the figures are tested):
//
//	into            actual-days   30e/360   equal-months   52-weeks
//	2026-02             2800.00   3041.67        3041.67    3041.67
//	2026-03             3100.00   3041.67        3041.67    3041.67
//	2026-W10             700.00    709.72         686.83     701.92
//	2026-03-01 (day)     100.00    101.39          98.12     100.27
//
// The per-day figures differ by up to 3.3%, February's by 8.6%; over whole
// months the last three agree, and over whole years all four.
type Convention uint8

const (
	// ActualDays measures a period by its days: 2026-02 is 28/365 of
	// 2026. A rate per month, quarter or year spreads each calendar
	// month, quarter or year over its own days.
	ActualDays Convention = iota + 1
	// Thirty360 measures by the 30E/360 day count between a period's
	// start and its exclusive end, a day of month 31 counting as 30: every
	// whole month is 30 days and a year 360, so 2026-02 is 30/360 of 2026.
	// Within a month the count is uneven (a lone 30th of a 31-day month
	// measures 0, the 28th of a 28-day February 3).
	Thirty360
	// EqualMonths measures in months: every calendar month is one month
	// whatever its length, and a part of a month is its share of that
	// month's days. A year is 12 equal months, a quarter 3.
	EqualMonths
	// Weeks52 measures in weeks: a year is 52 weeks, a quarter 13, a
	// calendar month 52/12, and days outside whole months 1/7 each. It is
	// the payroll convention, where a weekly amount × 52 is the annual one;
	// it is not additive for parts of months (two halves of a month
	// measure 31/7 weeks, the whole month 52/12).
	Weeks52
)

var conventionNames = [...]string{
	ActualDays:  "actual-days",
	Thirty360:   "30e/360",
	EqualMonths: "equal-months",
	Weeks52:     "52-weeks",
}

// String returns "actual-days", "30e/360", "equal-months" or "52-weeks".
func (c Convention) String() string { return enumName(conventionNames[:], int(c), "Convention") }

func (c Convention) valid() bool { return c >= ActualDays && c <= Weeks52 }

// Conventions returns every convention, in the order they are declared.
func Conventions() []Convention { return []Convention{ActualDays, Thirty360, EqualMonths, Weeks52} }

// MarshalText implements encoding.TextMarshaler; the zero Convention (not
// set) marshals as empty text.
func (c Convention) MarshalText() ([]byte, error) {
	return enumText(conventionNames[:], int(c), "Convention", "convention", true)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Convention.
func (c *Convention) UnmarshalText(text []byte) error {
	v, err := enumParse(conventionNames[:], string(text), "convention", true)
	if err != nil {
		return err
	}
	*c = Convention(v)
	return nil
}

// checkConvention validates a convention argument.
func checkConvention(c Convention) error {
	switch {
	case c == 0:
		return fieldErr("", "convention", ErrNotSet, "choose actual-days, 30e/360, equal-months or 52-weeks")
	case !c.valid():
		return fieldErr("", "convention", ErrInvalid, c.String())
	}
	return nil
}

// Length returns the length of p under c, in the convention's own unit:
// days for ActualDays and Thirty360, months for EqualMonths, weeks for
// Weeks52. It fails for the zero Period and an unset or unknown convention.
func (c Convention) Length(p Period) (Ratio, error) {
	if err := checkConvention(c); err != nil {
		return Ratio{}, err
	}
	if p.IsZero() {
		return Ratio{}, fieldErr("", "period", ErrNotSet, "")
	}
	return Ratio{c.measure(p.start.n, p.end.n)}, nil
}

// measure returns the length of [s, e) in c's base unit.
func (c Convention) measure(s, e int32) *big.Rat {
	switch c {
	case Thirty360:
		return big.NewRat(day360(e)-day360(s), 1)
	case EqualMonths:
		return calendarUnits(Month, s, e)
	case Weeks52:
		return weeks52(s, e)
	}
	return big.NewRat(int64(e-s), 1)
}

// units returns how many units u the range [s, e) holds under c: the
// factor a rate per u is multiplied by.
func (c Convention) units(u Unit, s, e int32) *big.Rat {
	days := big.NewRat(int64(e-s), 1)
	switch c {
	case Thirty360:
		return new(big.Rat).Quo(c.measure(s, e), big.NewRat(unit360[u], 1))
	case Weeks52:
		return new(big.Rat).Quo(weeks52(s, e), unitWeeks52[u])
	case EqualMonths:
		switch u {
		case Day:
			return days
		case Week:
			return days.Quo(days, big.NewRat(7, 1))
		}
		months := calendarUnits(Month, s, e)
		return months.Quo(months, big.NewRat(monthsIn[u], 1))
	}
	switch u { // ActualDays
	case Day:
		return days
	case Week:
		return days.Quo(days, big.NewRat(7, 1))
	}
	return calendarUnits(u, s, e)
}

var (
	unit360     = [...]int64{Day: 1, Week: 7, Month: 30, Quarter: 90, Year: 360}
	monthsIn    = [...]int64{Month: 1, Quarter: 3, Year: 12}
	unitWeeks52 = [...]*big.Rat{Day: big.NewRat(1, 7), Week: big.NewRat(1, 1), Month: big.NewRat(52, 12), Quarter: big.NewRat(13, 1), Year: big.NewRat(52, 1)}
)

// day360 is the 30E/360 day number of day n: differences of it are 30E/360
// day counts.
func day360(n int32) int64 {
	y, m, d := civil(n)
	return 360*int64(y) + 30*int64(m-1) + int64(min(d, 30))
}

// calendarUnits returns the number of calendar months, quarters or years in
// [s, e), each unit counting as one however many days it has and a part of
// one as its share of the unit's days.
func calendarUnits(u Unit, s, e int32) *big.Rat {
	size := int(monthsIn[u])
	index := func(n int32) int {
		y, m, _ := civil(n)
		return monthIndex(y, m) / size
	}
	startOf := func(k int) int32 { return monthStart(k * size) }
	first, last := index(s), index(e-1)
	if first == last {
		return big.NewRat(int64(e-s), int64(startOf(first+1)-startOf(first)))
	}
	r := big.NewRat(int64(startOf(first+1)-s), int64(startOf(first+1)-startOf(first)))
	r.Add(r, big.NewRat(int64(last-first-1), 1))
	return r.Add(r, big.NewRat(int64(e-startOf(last)), int64(startOf(last+1)-startOf(last))))
}

// weeks52 measures [s, e) in weeks: 52/12 per whole calendar month inside
// it, 1/7 per other day.
func weeks52(s, e int32) *big.Rat {
	ys, ms, ds := civil(s)
	firstBoundary := s
	if ds != 1 {
		firstBoundary = monthStart(monthIndex(ys, ms) + 1)
	}
	ye, me, _ := civil(e)
	lastBoundary := monthStart(monthIndex(ye, me)) // ≤ e
	whole := 0
	other := int64(e - s)
	if firstBoundary < lastBoundary {
		fy, fm, _ := civil(firstBoundary)
		whole = monthIndex(ye, me) - monthIndex(fy, fm)
		other = int64(firstBoundary-s) + int64(e-lastBoundary)
	}
	r := big.NewRat(int64(whole)*52, 12)
	return r.Add(r, big.NewRat(other, 7))
}

// Prorate returns the part of amount, stated for period from, that falls in
// period to, under convention c: amount × length(from ∩ to) / length(from).
// It is exact (a Ratio); it is zero when the periods do not overlap and the
// whole amount when they cover the same days.
//
// It fails with ErrNotSet for a zero period or convention, ErrInvalid for an
// unknown convention, ErrUndefined when from has no length under c (a lone
// 30th of a 31-day month under 30E/360), and ErrTooLarge for an amount
// outside the package bounds.
func Prorate(amount decimal.Decimal, from, to Period, c Convention) (Ratio, error) {
	a, err := checkAmount("", "amount", amount, true)
	if err != nil {
		return Ratio{}, err
	}
	if err := checkConvention(c); err != nil {
		return Ratio{}, err
	}
	if from.IsZero() {
		return Ratio{}, fieldErr("", "from", ErrNotSet, "")
	}
	if to.IsZero() {
		return Ratio{}, fieldErr("", "to", ErrNotSet, "")
	}
	share, err := prorateShare(from, to, c)
	if err != nil {
		return Ratio{}, err
	}
	return Ratio{share.Mul(share, a.rat())}, nil
}

// prorateShare returns length(from ∩ to) / length(from) under c.
func prorateShare(from, to Period, c Convention) (*big.Rat, error) {
	if from.SameDates(to) {
		return big.NewRat(1, 1), nil
	}
	whole := c.measure(from.start.n, from.end.n)
	if whole.Sign() == 0 {
		return nil, fieldErr("", "from", ErrUndefined, from.String()+" has no length under "+c.String())
	}
	both, ok := from.Intersect(to)
	if !ok {
		return new(big.Rat), nil
	}
	return new(big.Rat).Quo(c.measure(both.start.n, both.end.n), whole), nil
}

// PeriodAmount is an amount for one period, such as one month's part of an
// annual licence.
type PeriodAmount struct {
	Period Period          // the sub-period
	Amount decimal.Decimal // its part of the amount
}

// Distribute splits amount, stated for period p, over p's sub-periods by
// unit (see Period.Split), each part proportional to the sub-period's
// length under convention c and a whole number of 10^-scale units (scale
// 2: cents). The parts sum exactly to amount, each within one unit of its
// exact prorated share, by the largest-remainder method of Allocate: an
// annual licence of 1000.00 over the 12 months of 2026 is 83.34 for
// January to April and 83.33 for the other months under EqualMonths.
//
// It fails like Period.Split, like Allocate (scale, precision, bounds), and
// with ErrUndefined when every sub-period has zero length under c.
func Distribute(amount decimal.Decimal, p Period, unit Unit, c Convention, scale int32) ([]PeriodAmount, error) {
	units, err := amountUnits(amount, scale)
	if err != nil {
		return nil, err
	}
	if err := checkConvention(c); err != nil {
		return nil, err
	}
	pieces, err := p.Split(unit)
	if err != nil {
		return nil, err
	}
	weights := make([]*big.Rat, len(pieces))
	for i, piece := range pieces {
		weights[i] = c.measure(piece.start.n, piece.end.n)
	}
	parts, ok := allocRat(units, weights)
	if !ok {
		return nil, fieldErr("", "period", ErrUndefined, p.String()+" has no length under "+c.String())
	}
	out := make([]PeriodAmount, len(pieces))
	for i, piece := range pieces {
		out[i] = PeriodAmount{Period: piece, Amount: decimal.NewFromBigInt(parts[i], -scale)}
	}
	return out, nil
}

// allocRat splits units (any sign) over non-negative rational weights by
// largest remainder, scaling the weights to integers over their common
// denominator. It reports false when every weight is zero.
func allocRat(units *big.Int, weights []*big.Rat) ([]*big.Int, bool) {
	lcm := big.NewInt(1)
	var g big.Int
	for _, w := range weights {
		d := w.Denom()
		g.GCD(nil, nil, lcm, d)
		lcm.Mul(lcm, new(big.Int).Quo(d, &g))
	}
	ints := make([]*big.Int, len(weights))
	zero := true
	for i, w := range weights {
		v := new(big.Int).Mul(w.Num(), lcm)
		ints[i] = v.Quo(v, w.Denom())
		zero = zero && v.Sign() == 0
	}
	if zero {
		return nil, false
	}
	return splitterOf(ints).split(units), true
}

// amortizationWindow returns the day numbers of the window of months
// months that starts with the month of d, and false when it would run past
// 9999-12-31.
func amortizationWindow(d Date, months int) (start, end int32, ok bool) {
	y, m, _ := civil(d.n)
	i := monthIndex(y, m)
	if i+months > monthIndex(maxYear, time.December) {
		return 0, 0, false
	}
	return monthStart(i), monthStart(i + months), true
}
