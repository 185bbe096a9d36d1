package contactcost

import (
	"encoding/json"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// RoundingMode says which way a value between two representable numbers goes.
// The zero value is HalfEven.
type RoundingMode uint8

// The rounding modes. "Half" modes round to the nearest representable number
// and differ only on exact ties; the others are directed.
const (
	// HalfEven rounds to nearest, ties to the even neighbour (banker's
	// rounding): 2.345 → 2.34, 2.355 → 2.36. It is the zero value.
	HalfEven RoundingMode = iota
	// HalfUp rounds to nearest, ties away from zero: 2.345 → 2.35,
	// -2.345 → -2.35.
	HalfUp
	// HalfDown rounds to nearest, ties toward zero: 2.345 → 2.34.
	HalfDown
	// Up rounds away from zero: 2.341 → 2.35, -2.341 → -2.35.
	Up
	// Down rounds toward zero (truncates): 2.349 → 2.34, -2.349 → -2.34.
	Down
	// Ceiling rounds toward +∞: 2.341 → 2.35, -2.349 → -2.34.
	Ceiling
	// Floor rounds toward −∞: 2.349 → 2.34, -2.341 → -2.35.
	Floor
)

var roundingModeNames = [...]string{
	HalfEven: "half-even",
	HalfUp:   "half-up",
	HalfDown: "half-down",
	Up:       "up",
	Down:     "down",
	Ceiling:  "ceiling",
	Floor:    "floor",
}

// String returns the mode's name as used in JSON and text: "half-even",
// "half-up", "half-down", "up", "down", "ceiling" or "floor".
func (m RoundingMode) String() string { return enumName(roundingModeNames[:], int(m), "RoundingMode") }

func (m RoundingMode) valid() bool { return int(m) < len(roundingModeNames) }

// ParseRoundingMode returns the mode named s (see String). It fails with
// ErrInvalid for any other text.
func ParseRoundingMode(s string) (RoundingMode, error) {
	v, err := enumParse(roundingModeNames[:], s, "rounding mode", false)
	return RoundingMode(v), err
}

// MarshalText implements encoding.TextMarshaler. It fails for a mode that is
// not one of the constants.
func (m RoundingMode) MarshalText() ([]byte, error) {
	return enumText(roundingModeNames[:], int(m), "RoundingMode", "rounding mode", false)
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *RoundingMode) UnmarshalText(text []byte) error {
	v, err := ParseRoundingMode(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Round rounds d to scale decimal places (0 ≤ scale ≤ MaxFractionDigits).
// It fails with ErrTooLarge for a d outside the package bounds and
// ErrOutOfRange for a bad scale or mode.
func (m RoundingMode) Round(d decimal.Decimal, scale int32) (decimal.Decimal, error) {
	if err := checkScale("scale", scale); err != nil {
		return decimal.Decimal{}, err
	}
	if !m.valid() {
		return decimal.Decimal{}, fieldErr("", "mode", ErrInvalid, m.String())
	}
	n, err := checkAmount("", "value", d, true)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return decimal.NewFromBigInt(roundNumber(n, scale, m), -scale), nil
}

// checkScale validates a scale argument.
func checkScale(field string, scale int32) error {
	if scale < 0 || scale > MaxFractionDigits {
		return fieldErr("", field, ErrOutOfRange, strconv.Itoa(int(scale))+" (want 0 to "+strconv.Itoa(MaxFractionDigits)+")")
	}
	return nil
}

// roundNumber returns n rounded to scale places, as the integer count of
// 10^-scale units.
func roundNumber(n number, scale int32, m RoundingMode) *big.Int {
	shift := int64(n.exp) + int64(scale)
	if shift >= 0 {
		return new(big.Int).Mul(n.coef, pow10(shift))
	}
	return roundQuo(n.coef, pow10(-shift), m)
}

// roundQuo returns num/den rounded to an integer by mode m. den must be
// positive.
func roundQuo(num, den *big.Int, m RoundingMode) *big.Int {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	sign := int64(num.Sign())
	// cmpHalf compares |r| with den/2: 2|r| <=> den.
	cmpHalf := func() int {
		r2 := new(big.Int).Abs(r)
		r2.Lsh(r2, 1)
		return r2.Cmp(den)
	}
	if roundAway(m, sign, cmpHalf, q.Bit(0) == 1) {
		q.Add(q, big.NewInt(sign))
	}
	return q
}

// roundQuo64 is roundQuo for int64 operands; den must be positive and the
// result fits because |num/den| ≤ |num|.
func roundQuo64(num, den int64, m RoundingMode) int64 {
	q, r := num/den, num%den
	if r == 0 {
		return q
	}
	sign := int64(1)
	if num < 0 {
		sign = -1
	}
	cmpHalf := func() int {
		ar := uint64(r)
		if r < 0 {
			ar = uint64(-r)
		}
		// 2|r| < 2den ≤ 2^64, so the doubled value fits in uint64.
		switch d2 := 2 * ar; {
		case d2 < uint64(den):
			return -1
		case d2 > uint64(den):
			return 1
		}
		return 0
	}
	if roundAway(m, sign, cmpHalf, q&1 != 0) {
		q += sign
	}
	return q
}

// roundAway decides whether a truncated quotient with a non-zero remainder
// moves one unit away from zero. sign is the sign of the exact value, half
// compares the remainder with one half, odd says the truncated quotient is odd.
func roundAway(m RoundingMode, sign int64, half func() int, odd bool) bool {
	switch m {
	case Up:
		return true
	case Down:
		return false
	case Ceiling:
		return sign > 0
	case Floor:
		return sign < 0
	case HalfUp:
		return half() >= 0
	case HalfDown:
		return half() > 0
	default: // HalfEven
		c := half()
		return c > 0 || (c == 0 && odd)
	}
}

// Rounding is the rounding policy of a report: the mode used to book each
// cost line to the currency's minor unit, and the mode and scale used for
// per-unit figures such as cost per contact.
//
// The zero value rounds half-even and gives per-unit figures the currency's
// minor unit (2 places for USD, 0 for JPY, 3 for KWD). Use WithScale for
// another scale. Money totals are always kept in the currency's minor unit,
// so that allocated parts and totals reconcile exactly.
//
// A Rounding is a small value, safe to copy and to use concurrently.
type Rounding struct {
	// Mode is the rounding mode; the zero value is HalfEven.
	Mode RoundingMode

	scale    int32
	scaleSet bool
}

// WithScale returns a copy of r that rounds per-unit figures to places
// decimal places (0 to MaxFractionDigits; validated where the policy is
// used) instead of the currency's minor unit.
func (r Rounding) WithScale(places int32) Rounding {
	r.scale, r.scaleSet = places, true
	return r
}

// Scale returns the number of decimal places per-unit figures are rounded to
// in currency c: the scale set with WithScale, or else c's minor unit.
func (r Rounding) Scale(c Currency) int32 {
	if r.scaleSet {
		return r.scale
	}
	return c.MinorUnits()
}

// ScaleSet reports the scale set with WithScale, and whether one was set.
func (r Rounding) ScaleSet() (int32, bool) { return r.scale, r.scaleSet }

// Equal reports whether r and o are the same policy.
func (r Rounding) Equal(o Rounding) bool { return r == o }

// Validate reports an invalid mode (ErrInvalid) or scale (ErrOutOfRange).
func (r Rounding) Validate() error {
	if !r.Mode.valid() {
		return fieldErr("rounding", "mode", ErrInvalid, r.Mode.String())
	}
	if r.scaleSet && (r.scale < 0 || r.scale > MaxFractionDigits) {
		return fieldErr("rounding", "scale", ErrOutOfRange, strconv.Itoa(int(r.scale))+
			" (want 0 to "+strconv.Itoa(MaxFractionDigits)+")")
	}
	return nil
}

// Apply rounds x by the policy for currency c. It fails with ErrUndefined
// for an undefined ratio and with the errors of Validate.
func (r Rounding) Apply(x Ratio, c Currency) (decimal.Decimal, error) {
	if err := r.Validate(); err != nil {
		return decimal.Decimal{}, err
	}
	return x.Round(r.Mode, r.Scale(c))
}

// String describes the policy, for example "half-even, currency minor unit"
// or "half-up, 4 places".
func (r Rounding) String() string {
	if !r.scaleSet {
		return r.Mode.String() + ", currency minor unit"
	}
	return r.Mode.String() + ", " + strconv.Itoa(int(r.scale)) + " places"
}

type roundingJSON struct {
	Mode  RoundingMode `json:"mode"`
	Scale *int32       `json:"scale,omitempty"`
}

// MarshalJSON encodes r as {"mode":"half-even"} or, with a scale set,
// {"mode":"half-up","scale":4}.
func (r Rounding) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	v := roundingJSON{Mode: r.Mode}
	if r.scaleSet {
		v.Scale = &r.scale
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form written by MarshalJSON. Unknown fields, an
// unknown mode or a scale out of range are errors.
func (r *Rounding) UnmarshalJSON(data []byte) error {
	var v roundingJSON
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	out := Rounding{Mode: v.Mode}
	if v.Scale != nil {
		out = out.WithScale(*v.Scale)
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*r = out
	return nil
}
