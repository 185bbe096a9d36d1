// Package exact holds the bounded exact arithmetic of contactcost: decimals
// validated into a canonical form (Number), integers that stay in 64 bits
// until they cannot (Int), and the rounding of exact quotients by a mode.
//
// Every number entering the library passes through FromDecimal or Parse,
// which refuse values outside the bounds below before doing any arithmetic
// that could grow with the value's exponent, so hostile input such as
// 1e2000000000 costs nothing.
package exact

import (
	"errors"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// The bounds on numbers. 10^40 is more money than exists; 30 decimal
// places are more than any rate or volume needs.
const (
	// MaxIntegerDigits is the most digits a number may have before its
	// decimal point.
	MaxIntegerDigits = 40
	// MaxFractionDigits is the most digits a number may have after its
	// decimal point, once trailing zeros are removed.
	MaxFractionDigits = 30
	// MaxTextLength is the longest text accepted for one number.
	MaxTextLength = 1024
)

// Errors of Parse and FromDecimal.
var (
	// ErrSyntax reports text that is not a decimal number.
	ErrSyntax = errors.New("not a decimal number")
	// ErrTooLarge reports a number outside the bounds.
	ErrTooLarge = errors.New("too large")
)

// maxCoefficientBits bounds a coefficient before its digits are counted: a
// coefficient with trailing zeros may be longer than the bounds allow
// ("1." followed by a thousand zeros is 1), but not longer than the longest
// text.
const maxCoefficientBits = 3600 // > (MaxTextLength + MaxFractionDigits) · log2(10)

// minExponent is the smallest exponent worth looking at: anything smaller
// cannot come back within MaxFractionDigits with a bounded coefficient.
const minExponent = -(MaxTextLength + MaxFractionDigits)

// Number is a validated decimal in canonical form: coefficient × 10^exp
// with no trailing zeros in the coefficient (zero is 0 × 10^0). The zero
// Number is 0. A Number is immutable.
type Number struct {
	small int64    // the coefficient, when big is nil
	big   *big.Int // the coefficient when it does not fit in int64; never modified
	exp   int32
}

// FromDecimal validates d against the bounds and returns it in canonical
// form. It reads only d's exponent and coefficient and never calls an
// operation of d that could rescale a hostile value.
func FromDecimal(d decimal.Decimal) (Number, bool) {
	if d.Sign() == 0 {
		return Number{}, true // whatever its exponent
	}
	e := int64(d.Exponent())
	if e > MaxIntegerDigits || e < minExponent {
		return Number{}, false
	}
	if small(d, e) {
		c := d.CoefficientInt64()
		for c%10 == 0 {
			c /= 10
			e++
		}
		return bounded(Number{small: c}, e)
	}
	if !withinBits(d, int32(e)) {
		return Number{}, false // refused before its coefficient is copied
	}
	return fromBig(d.Coefficient(), e)
}

// coefficientLimit is 2^maxCoefficientBits; it is never modified.
var coefficientLimit = new(big.Int).Lsh(big.NewInt(1), maxCoefficientBits)

// withinBits reports whether d's coefficient has at most
// maxCoefficientBits bits, by comparing d with ±2^maxCoefficientBits at
// d's own exponent (which compares coefficients, whose lengths decide at
// once).
func withinBits(d decimal.Decimal, e int32) bool {
	lim := decimal.NewFromBigInt(coefficientLimit, e)
	return d.Cmp(lim) < 0 && d.Cmp(lim.Neg()) > 0
}

// small reports whether d's coefficient is below 10^18 in magnitude (so it
// fits in an int64), by comparing d with ±10^18 at d's own exponent, which
// compares coefficients only: without allocating for the exponents of the
// table, with two small allocations for the others.
func small(d decimal.Decimal, e int64) bool {
	if e >= limitMinExp && e <= limitMaxExp {
		k := e - limitMinExp
		return d.Cmp(limits[k]) < 0 && d.Cmp(negLimits[k]) > 0
	}
	return d.Cmp(decimal.New(1e18, int32(e))) < 0 && d.Cmp(decimal.New(-1e18, int32(e))) > 0
}

// limits holds 10^18 × 10^e and negLimits its negation for each exponent e
// from limitMinExp to limitMaxExp. They are never modified.
const (
	limitMinExp = -64
	limitMaxExp = MaxIntegerDigits
)

var limits, negLimits = func() (pos, neg []decimal.Decimal) {
	for e := limitMinExp; e <= limitMaxExp; e++ {
		pos = append(pos, decimal.New(1e18, int32(e)))
		neg = append(neg, decimal.New(-1e18, int32(e)))
	}
	return pos, neg
}()

// fromBig returns the canonical Number c × 10^e for a non-zero c of at most
// maxCoefficientBits bits, which it may modify.
func fromBig(c *big.Int, e int64) (Number, bool) {
	stripZeros(c, &e)
	if c.IsInt64() {
		return bounded(Number{small: c.Int64()}, e)
	}
	return bounded(Number{big: c}, e)
}

// bounded sets n's exponent to e and checks the bounds on the canonical
// coefficient.
func bounded(n Number, e int64) (Number, bool) {
	if -e > MaxFractionDigits || n.digits()+e > MaxIntegerDigits {
		return Number{}, false
	}
	n.exp = int32(e)
	return n, true
}

// stripZeros removes trailing decimal zeros from a non-zero c, adjusting e:
// first nineteen at a time, then one at a time.
func stripZeros(c *big.Int, e *int64) {
	var q, r big.Int
	for _, step := range [...]int64{19, 1} {
		p := Pow10(step)
		for {
			q.QuoRem(c, p, &r)
			if r.Sign() != 0 {
				break
			}
			c.Set(&q)
			*e += step
		}
	}
}

// digits returns the number of decimal digits of the coefficient.
func (n Number) digits() int64 {
	if n.big == nil {
		v := abs64(n.small)
		d := int64(1)
		for d < int64(len(pow10Int64)) && v >= uint64(pow10Int64[d]) {
			d++
		}
		return d
	}
	d := int64(19) // |c| ≥ 2^63 > 10^18
	for d < int64(len(pow10Table)) && n.big.CmpAbs(pow10Table[d]) >= 0 {
		d++
	}
	return d
}

// Parse reads a decimal written as text: an optional minus sign, digits
// with an optional fraction, and an optional exponent ("12.50", "-3",
// "1.5e3"). It fails with ErrSyntax for other text and ErrTooLarge for text
// longer than MaxTextLength or a number outside the bounds.
func Parse(s string) (Number, error) {
	if len(s) > MaxTextLength {
		return Number{}, ErrTooLarge
	}
	neg, mantissa, frac, exp, ok := split(s)
	if !ok {
		return Number{}, ErrSyntax
	}
	digits := mantissa + frac
	c, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return Number{}, ErrSyntax
	}
	if c.Sign() == 0 {
		return Number{}, nil // whatever its exponent
	}
	e, ok := parseExponent(exp)
	if !ok {
		return Number{}, ErrTooLarge
	}
	e -= int64(len(frac))
	if neg {
		c.Neg(c)
	}
	if e > MaxIntegerDigits || e < minExponent-MaxTextLength {
		return Number{}, ErrTooLarge
	}
	n, ok := fromBig(c, e)
	if !ok {
		return Number{}, ErrTooLarge
	}
	return n, nil
}

// split checks s against -?digits(.digits)?([eE][+-]?digits)? and returns
// its parts.
func split(s string) (neg bool, mantissa, frac, exp string, ok bool) {
	i := 0
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	digits := func() string {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return s[start:i]
	}
	if mantissa = digits(); mantissa == "" {
		return false, "", "", "", false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if frac = digits(); frac == "" {
			return false, "", "", "", false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		start := i
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == "" {
			return false, "", "", "", false
		}
		exp = s[start:i]
	}
	return neg, mantissa, frac, exp, i == len(s)
}

// parseExponent reads a signed exponent, refusing one beyond a million
// (far past the bounds, so refusing it loses nothing).
func parseExponent(s string) (int64, bool) {
	if s == "" {
		return 0, true
	}
	neg := s[0] == '-'
	if s[0] == '-' || s[0] == '+' {
		s = s[1:]
	}
	var e int64
	for i := 0; i < len(s); i++ {
		e = e*10 + int64(s[i]-'0')
		if e > 1_000_000 {
			return 0, false
		}
	}
	if neg {
		e = -e
	}
	return e, true
}

// Sign returns -1, 0 or +1.
func (n Number) Sign() int {
	if n.big != nil {
		return n.big.Sign()
	}
	switch {
	case n.small < 0:
		return -1
	case n.small > 0:
		return 1
	}
	return 0
}

// Exp returns the exponent: n is its coefficient × 10^Exp.
func (n Number) Exp() int32 { return n.exp }

// Small returns the coefficient when it fits in an int64.
func (n Number) Small() (int64, bool) { return n.small, n.big == nil }

// Coefficient returns the coefficient as a new big.Int.
func (n Number) Coefficient() *big.Int {
	if n.big != nil {
		return new(big.Int).Set(n.big)
	}
	return big.NewInt(n.small)
}

// Decimal returns n as a shopspring decimal.
func (n Number) Decimal() decimal.Decimal {
	if n.big != nil {
		return decimal.NewFromBigInt(n.big, n.exp)
	}
	if n.small == 0 {
		return decimal.Decimal{}
	}
	return decimal.New(n.small, n.exp)
}

// String returns n as a plain decimal ("12.5", "-3", "1200").
func (n Number) String() string { return n.Decimal().String() }

// Rat returns n as a new exact rational.
func (n Number) Rat() *big.Rat {
	c := n.Coefficient()
	if n.exp >= 0 {
		return new(big.Rat).SetInt(c.Mul(c, Pow10(int64(n.exp))))
	}
	return new(big.Rat).SetFrac(c, Pow10(int64(-n.exp)))
}

// Cmp compares n and m: -1, 0 or +1.
func (n Number) Cmp(m Number) int {
	if n.big == nil && m.big == nil && n.exp == m.exp {
		switch {
		case n.small < m.small:
			return -1
		case n.small > m.small:
			return 1
		}
		return 0
	}
	return n.Rat().Cmp(m.Rat())
}

// Equal reports whether n and m are the same number.
func (n Number) Equal(m Number) bool {
	if n.exp != m.exp || (n.big == nil) != (m.big == nil) {
		return false // canonical forms differ
	}
	if n.big == nil {
		return n.small == m.small
	}
	return n.big.Cmp(m.big) == 0
}

// Scaled returns n × 10^scale as an integer, and false when n has more than
// scale decimal places (or scale is negative and n is not a multiple of
// 10^-scale).
func (n Number) Scaled(scale int32) (Int, bool) {
	shift := int64(n.exp) + int64(scale)
	if shift < 0 {
		return Int{}, n.Sign() == 0
	}
	if n.big == nil && shift < int64(len(pow10Int64)) {
		if v, ok := mul64(n.small, pow10Int64[shift]); ok {
			return Int{small: v}, true
		}
	}
	c := n.Coefficient()
	return BigInt(c.Mul(c, Pow10(shift))), true
}

// Round returns n rounded to scale decimal places by mode m, as a count of
// 10^-scale units.
func (n Number) Round(scale int32, m Mode) Int {
	shift := int64(n.exp) + int64(scale)
	if shift >= 0 {
		v, _ := n.Scaled(scale)
		return v
	}
	if n.big == nil && -shift < int64(len(pow10Int64)) {
		return Int{small: RoundQuo64(n.small, pow10Int64[-shift], m)}
	}
	return BigInt(RoundQuo(n.Coefficient(), Pow10(-shift), m))
}

// Describe formats any decimal for a message without expanding a hostile
// one: a number within the bounds as itself, another by its coefficient
// and exponent.
func Describe(d decimal.Decimal) string {
	if n, ok := FromDecimal(d); ok {
		return n.String()
	}
	if !withinBits(d, d.Exponent()) {
		return "(a number of more than " + strconv.Itoa(maxCoefficientBits) + " bits)"
	}
	return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
}
