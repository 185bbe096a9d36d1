package contactcost

import (
	"math/big"

	"github.com/contactcost/contactcost/internal/alloc"
	"github.com/contactcost/contactcost/internal/civil"
	"github.com/contactcost/contactcost/internal/exact"
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

// The conventions.
const (
	// ConventionActualDays measures a period by its days: 2026-02 is
	// 28/365 of 2026. A rate per month, quarter or year spreads each
	// calendar month, quarter or year over its own days.
	ConventionActualDays Convention = iota + 1
	// Convention30E360 measures by the 30E/360 day count between a
	// period's start and its exclusive end, a day 31 counting as 30: every
	// whole month is 30 days and a year 360, so 2026-02 is 30/360 of 2026.
	// Within a month the count is uneven (a lone 30th of a 31-day month
	// measures 0, the 28th of a 28-day February 3).
	Convention30E360
	// ConventionEqualMonths measures in months: every calendar month is
	// one month whatever its length, and a part of a month is its share of
	// that month's days. A year is 12 equal months, a quarter 3.
	ConventionEqualMonths
	// Convention52Weeks measures in weeks: a year is 52 weeks, a quarter
	// 13, a calendar month 52/12, and days outside whole months 1/7 each.
	// It is the payroll convention, where a weekly amount × 52 is the
	// annual one; it is not additive for parts of months (two halves of a
	// month measure 31/7 weeks, the whole month 52/12).
	Convention52Weeks
)

var conventionEnum = enum{typ: "Convention", field: "convention", names: []string{
	ConventionActualDays:  "actual-days",
	Convention30E360:      "30e/360",
	ConventionEqualMonths: "equal-months",
	Convention52Weeks:     "52-weeks",
}}

// conventions lists every convention, in the order they are declared.
var conventions = []Convention{ConventionActualDays, Convention30E360, ConventionEqualMonths, Convention52Weeks}

// String returns "actual-days", "30e/360", "equal-months" or "52-weeks".
func (c Convention) String() string { return conventionEnum.name(int(c)) }

// MarshalText implements [encoding.TextMarshaler]; the zero Convention
// (not set) marshals as empty text.
func (c Convention) MarshalText() ([]byte, error) { return conventionEnum.text(int(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives
// the zero Convention.
func (c *Convention) UnmarshalText(text []byte) error {
	return conventionEnum.unmarshal(text, (*uint8)(c))
}

// checkConvention validates a convention argument.
func checkConvention(c Convention) error {
	switch {
	case c == 0:
		return argErr("convention", ErrNotSet, "choose "+conventionEnum.list())
	case !conventionEnum.valid(int(c)):
		return argErr("convention", ErrInvalid, c.String())
	}
	return nil
}

// measure returns the length of [s, e) in c's own unit: days for
// actual-days and 30E/360, months for equal-months, weeks for 52-weeks.
func (c Convention) measure(s, e int32) *big.Rat {
	switch c {
	case Convention30E360:
		return big.NewRat(civil.Day360(e)-civil.Day360(s), 1)
	case ConventionEqualMonths:
		return calendarUnits(UnitMonth, s, e)
	case Convention52Weeks:
		return weeks52(s, e)
	}
	return big.NewRat(int64(e-s), 1)
}

// units returns how many units u the range [s, e) holds under c: the
// factor a rate per u is multiplied by.
func (c Convention) units(u Unit, s, e int32) *big.Rat {
	days := big.NewRat(int64(e-s), 1)
	switch c {
	case Convention30E360:
		return new(big.Rat).Quo(c.measure(s, e), big.NewRat(unit360[u], 1))
	case Convention52Weeks:
		return new(big.Rat).Quo(weeks52(s, e), unitWeeks52[u])
	}
	switch u {
	case UnitDay:
		return days
	case UnitWeek:
		return days.Quo(days, big.NewRat(7, 1))
	}
	if c == ConventionEqualMonths {
		months := calendarUnits(UnitMonth, s, e)
		return months.Quo(months, big.NewRat(int64(monthsIn[u]), 1))
	}
	return calendarUnits(u, s, e) // actual days
}

var (
	unit360     = [...]int64{UnitDay: 1, UnitWeek: 7, UnitMonth: 30, UnitQuarter: 90, UnitYear: 360}
	unitWeeks52 = [...]*big.Rat{UnitDay: big.NewRat(1, 7), UnitWeek: big.NewRat(1, 1), UnitMonth: big.NewRat(52, 12),
		UnitQuarter: big.NewRat(13, 1), UnitYear: big.NewRat(52, 1)}
)

// calendarUnits returns the number of calendar months, quarters or years
// in [s, e), each unit counting as one however many days it has and a part
// of one as its share of the unit's days.
func calendarUnits(u Unit, s, e int32) *big.Rat {
	size := monthsIn[u]
	index := func(n int32) int { return civil.MonthOf(n) / size }
	startOf := func(k int) int64 { return monthStart64(k * size) }
	first, last := index(s), index(e-1)
	if first == last {
		return big.NewRat(int64(e-s), startOf(first+1)-startOf(first))
	}
	r := big.NewRat(startOf(first+1)-int64(s), startOf(first+1)-startOf(first))
	r.Add(r, big.NewRat(int64(last-first-1), 1))
	return r.Add(r, big.NewRat(int64(e)-startOf(last), startOf(last+1)-startOf(last)))
}

// weeks52 measures [s, e) in weeks: 52/12 per whole calendar month inside
// it, 1/7 per other day.
func weeks52(s, e int32) *big.Rat {
	firstBoundary := int64(s)
	if _, _, d := civil.Date(s); d != 1 {
		firstBoundary = monthStart64(civil.MonthOf(s) + 1)
	}
	lastBoundary := int64(civil.MonthStart(civil.MonthOf(e))) // ≤ e
	whole, other := 0, int64(e-s)
	if firstBoundary < lastBoundary {
		whole = civil.MonthOf(e) - civil.MonthOf(int32(firstBoundary))
		other = firstBoundary - int64(s) + int64(e) - lastBoundary
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
	a, err := checkArg("amount", amount, true)
	if err != nil {
		return Ratio{}, err
	}
	if err := checkConvention(c); err != nil {
		return Ratio{}, err
	}
	if from.IsZero() {
		return Ratio{}, argErr("from", ErrNotSet, "")
	}
	if to.IsZero() {
		return Ratio{}, argErr("to", ErrNotSet, "")
	}
	share, ok := prorateShare(from, to, c)
	if !ok {
		return Ratio{}, argErr("from", ErrUndefined, from.String()+" has no length under "+c.String())
	}
	return ratioOfRat(share.Mul(share, a.Rat())), nil
}

// prorateShare returns length(from ∩ to) / length(from) under c, and false
// when from has no length.
func prorateShare(from, to Period, c Convention) (*big.Rat, bool) {
	if from.SameDates(to) {
		return big.NewRat(1, 1), true
	}
	whole := c.measure(from.start.n, from.end.n)
	if whole.Sign() == 0 {
		return nil, false
	}
	both, ok := from.Intersect(to)
	if !ok {
		return new(big.Rat), true
	}
	return whole.Quo(c.measure(both.start.n, both.end.n), whole), true
}

// PeriodAmount is an amount for one period, such as one month's part of an
// annual licence.
type PeriodAmount struct {
	Period Period          // the sub-period
	Amount decimal.Decimal // its part of the amount
}

// Distribute splits amount, stated for period p, over p's sub-periods by
// unit (see [Period.Split]), each part proportional to the sub-period's
// length under convention c and a whole number of 10^-scale units (scale
// 2: cents). The parts sum exactly to amount, each within one unit of its
// exact prorated share, by the largest-remainder method of Allocate: an
// annual licence of 1000.00 over the 12 months of 2026 is 83.34 for
// January to April and 83.33 for the other months under equal months.
//
// It fails like [Period.Split], like [Allocate] (scale, precision, bounds), and
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
	parts, ok := splitRat(units, weights)
	if !ok {
		return nil, argErr("period", ErrUndefined, p.String()+" has no length under "+c.String())
	}
	out := make([]PeriodAmount, len(pieces))
	for i, piece := range pieces {
		out[i] = PeriodAmount{Period: piece, Amount: parts[i].Decimal(-scale)}
	}
	return out, nil
}

// splitRat splits units (any sign) over non-negative rational weights by
// largest remainder, scaling the weights to integers over their common
// denominator. It reports false when every weight is zero.
func splitRat(units exact.Int, weights []*big.Rat) ([]exact.Int, bool) {
	ints, ok := integerRats(weights)
	if !ok {
		return nil, false
	}
	parts := make([]exact.Int, len(ints))
	alloc.FromBig(ints).Split(units, parts, new(alloc.Scratch))
	return parts, true
}

// integerRats scales non-negative rationals to integers in the same
// proportions (over their least common denominator); false when all are
// zero.
func integerRats(weights []*big.Rat) ([]*big.Int, bool) {
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
	return ints, !zero
}
