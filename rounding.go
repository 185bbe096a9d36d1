package contactcost

import (
	"math/big"
	"strconv"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Round is a rounding mode: which way a value between two representable
// numbers goes. The zero value is RoundHalfEven.
type Round uint8

// The rounding modes. The "half" modes round to the nearest representable
// number and differ only on exact ties; the others are directed.
const (
	// RoundHalfEven rounds to nearest, ties to the even neighbour (banker's
	// rounding): 2.345 → 2.34, 2.355 → 2.36. It is the zero value.
	RoundHalfEven Round = iota
	// RoundHalfUp rounds to nearest, ties away from zero: 2.345 → 2.35,
	// -2.345 → -2.35.
	RoundHalfUp
	// RoundHalfDown rounds to nearest, ties toward zero: 2.345 → 2.34.
	RoundHalfDown
	// RoundUp rounds away from zero: 2.341 → 2.35, -2.341 → -2.35.
	RoundUp
	// RoundDown rounds toward zero (truncates): 2.349 → 2.34.
	RoundDown
	// RoundCeiling rounds toward +∞: 2.341 → 2.35, -2.349 → -2.34.
	RoundCeiling
	// RoundFloor rounds toward −∞: 2.349 → 2.34, -2.341 → -2.35.
	RoundFloor
)

var roundEnum = enum{typ: "Round", field: "rounding.mode", names: []string{
	RoundHalfEven: "half-even",
	RoundHalfUp:   "half-up",
	RoundHalfDown: "half-down",
	RoundUp:       "up",
	RoundDown:     "down",
	RoundCeiling:  "ceiling",
	RoundFloor:    "floor",
}}

// String returns the mode's name: "half-even", "half-up", "half-down",
// "up", "down", "ceiling" or "floor".
func (m Round) String() string { return roundEnum.name(int(m)) }

// MarshalText implements [encoding.TextMarshaler]; it fails for a value
// that is not one of the constants.
func (m Round) MarshalText() ([]byte, error) { return roundEnum.text(int(m)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *Round) UnmarshalText(text []byte) error { return roundEnum.unmarshal(text, (*uint8)(m)) }

// Rounding is a rounding policy: the mode that books each cost line to the
// currency's minor unit, and the mode and number of decimal places of
// per-unit figures such as cost per contact.
//
// The zero Rounding rounds half-even and gives per-unit figures the
// currency's minor unit (2 places for USD, 0 for JPY, 3 for KWD); use
// WithScale for another number of places. Money is always kept in the
// currency's minor unit, so that parts and totals reconcile exactly.
//
// A Rounding is a small comparable value, safe to copy and to use
// concurrently.
type Rounding struct {
	// Mode is the rounding mode; the zero value is RoundHalfEven.
	Mode Round

	scale    int32
	scaleSet bool
}

// WithScale returns a copy of r that rounds per-unit figures to places
// decimal places (0 to MaxFractionDigits; validated with the model)
// instead of the currency's minor unit.
func (r Rounding) WithScale(places int32) Rounding {
	r.scale, r.scaleSet = places, true
	return r
}

// Scale returns the number of decimal places per-unit figures are rounded
// to in currency c: the one set with WithScale, or else c's minor unit.
func (r Rounding) Scale(c Currency) int32 {
	if r.scaleSet {
		return r.scale
	}
	return c.MinorUnits()
}

// Equal reports whether r and o are the same policy.
func (r Rounding) Equal(o Rounding) bool { return r == o }

// String describes the policy: "half-even, currency minor unit" or
// "half-up, 4 places".
func (r Rounding) String() string {
	if !r.scaleSet {
		return r.Mode.String() + ", currency minor unit"
	}
	return r.Mode.String() + ", " + strconv.Itoa(int(r.scale)) + " places"
}

// check validates the policy at l.
func (r Rounding) check(l loc) error {
	var errs errList
	if !roundEnum.valid(int(r.Mode)) {
		errs.add(l.err("mode", ErrInvalid, r.Mode.String()))
	}
	if r.scaleSet {
		errs.add(checkScale(l, "scale", r.scale))
	}
	return errs.join()
}

// policy is a validated Rounding for one currency. Every rounded figure of
// the package is made by one of its methods: money to the minor unit by
// the mode, per-unit figures to the policy's scale.
type policy struct {
	mode  exact.Mode
	minor int32 // the currency's minor unit
	scale int32 // places of per-unit figures
}

func policyOf(r Rounding, c Currency) policy {
	return policy{mode: exact.Mode(r.Mode), minor: c.MinorUnits(), scale: r.Scale(c)}
}

// book rounds an exact amount to whole minor units, once.
func (p policy) book(x Ratio) exact.Int { return roundRatio(x, p.minor, p.mode) }

// money returns minor units as a decimal.
func (p policy) money(units exact.Int) decimal.Decimal { return units.Decimal(-p.minor) }

// bookDecimal rounds an exact amount to the minor unit as a decimal.
func (p policy) bookDecimal(x Ratio) decimal.Decimal { return p.money(p.book(x)) }

// perUnit rounds an exact per-unit figure to the policy's scale; an
// undefined figure gives zero (reports carry the exact figure beside it).
func (p policy) perUnit(x Ratio) decimal.Decimal {
	if !x.IsDefined() {
		return decimal.Decimal{}
	}
	return roundRatio(x, p.scale, p.mode).Decimal(-p.scale)
}

// unitsRat returns minor units as an exact rational amount.
func (p policy) unitsRat(units exact.Int) *big.Rat { return units.Rat(p.minor) }

// roundRatio rounds a defined x to scale places by mode, in 10^-scale units.
func roundRatio(x Ratio, scale int32, mode exact.Mode) exact.Int {
	if x.r == nil {
		return x.n.Round(scale, mode)
	}
	return exact.RoundRat(x.r, scale, mode)
}
