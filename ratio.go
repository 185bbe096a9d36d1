package contactcost

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Ratio is an exact quotient, such as a cost per contact of 1000/3. Keeping
// the quotient exact means nothing is lost before the one rounding at
// output: an exact cost per contact multiplied by its contacts gives back the
// total exactly.
//
// The zero Ratio is undefined: it is the value of a quotient whose
// denominator is zero (the cost per minute of a channel with no handle time).
// IsDefined tells; Round and Exact fail on it rather than return a number.
//
// A Ratio is immutable and safe for concurrent use. Compare Ratios with Equal
// or Cmp, not ==.
type Ratio struct {
	r *big.Rat // nil when undefined; never modified once set
}

// NewRatio returns num/den exactly. It fails with ErrUndefined when den is
// zero and ErrTooLarge when either number is outside the package bounds.
func NewRatio(num, den decimal.Decimal) (Ratio, error) {
	n, err := checkAmount("", "numerator", num, true)
	if err != nil {
		return Ratio{}, err
	}
	d, err := checkAmount("", "denominator", den, true)
	if err != nil {
		return Ratio{}, err
	}
	if d.sign() == 0 {
		return Ratio{}, fieldErr("", "denominator", ErrUndefined, "")
	}
	return quoRat(n.rat(), d.rat()), nil
}

// ratioOf returns n as a Ratio.
func ratioOf(n number) Ratio { return Ratio{n.rat()} }

// quoRat returns a/b, undefined when b is zero. a and b are not retained.
func quoRat(a, b *big.Rat) Ratio {
	if b.Sign() == 0 {
		return Ratio{}
	}
	return Ratio{new(big.Rat).Quo(a, b)}
}

// IsDefined reports whether x has a value (its denominator was not zero).
func (x Ratio) IsDefined() bool { return x.r != nil }

// Sign returns -1, 0 or +1 for a negative, zero or positive x, and 0 for an
// undefined x.
func (x Ratio) Sign() int {
	if x.r == nil {
		return 0
	}
	return x.r.Sign()
}

// Cmp compares x and y: -1 if x < y, 0 if equal, +1 if x > y. An undefined
// Ratio sorts before every defined one and equals another undefined one.
func (x Ratio) Cmp(y Ratio) int {
	switch {
	case x.r == nil && y.r == nil:
		return 0
	case x.r == nil:
		return -1
	case y.r == nil:
		return 1
	}
	return x.r.Cmp(y.r)
}

// Equal reports whether x and y are the same number (or both undefined).
func (x Ratio) Equal(y Ratio) bool { return x.Cmp(y) == 0 }

// Rat returns x as a new *big.Rat, or nil when x is undefined. Changing the
// result does not change x.
func (x Ratio) Rat() *big.Rat {
	if x.r == nil {
		return nil
	}
	return new(big.Rat).Set(x.r)
}

// Mul returns x × d exactly. It fails with ErrUndefined for an undefined x
// and ErrTooLarge for a d outside the package bounds.
func (x Ratio) Mul(d decimal.Decimal) (Ratio, error) {
	if x.r == nil {
		return Ratio{}, fieldErr("", "ratio", ErrUndefined, "")
	}
	n, err := checkAmount("", "factor", d, true)
	if err != nil {
		return Ratio{}, err
	}
	return Ratio{new(big.Rat).Mul(x.r, n.rat())}, nil
}

// Exact returns x as a decimal when its decimal expansion terminates (its
// reduced denominator has no prime factors but 2 and 5), and false otherwise
// (1/3) or when x is undefined.
func (x Ratio) Exact() (decimal.Decimal, bool) {
	if x.r == nil {
		return decimal.Decimal{}, false
	}
	places, ok := terminatingPlaces(x.r.Denom())
	if !ok {
		return decimal.Decimal{}, false
	}
	num := new(big.Int).Mul(x.r.Num(), pow10(places))
	num.Quo(num, x.r.Denom())
	return decimal.NewFromBigInt(num, int32(-places)), true
}

// terminatingPlaces returns the number of decimal places of 1/den when that
// expansion terminates.
func terminatingPlaces(den *big.Int) (int64, bool) {
	d := new(big.Int).Set(den)
	twos := int64(d.TrailingZeroBits())
	d.Rsh(d, uint(twos))
	fives := int64(0)
	five := big.NewInt(5)
	var q, r big.Int
	for d.Cmp(bigOne) != 0 {
		q.QuoRem(d, five, &r)
		if r.Sign() != 0 {
			return 0, false
		}
		d.Set(&q)
		fives++
	}
	return max(twos, fives), true
}

var bigOne = big.NewInt(1)

// Round rounds x to scale decimal places (0 to MaxFractionDigits) by mode. It
// fails with ErrUndefined for an undefined x and ErrOutOfRange for a bad
// scale.
func (x Ratio) Round(mode RoundingMode, scale int32) (decimal.Decimal, error) {
	if x.r == nil {
		return decimal.Decimal{}, fieldErr("", "ratio", ErrUndefined, "")
	}
	if err := checkScale("scale", scale); err != nil {
		return decimal.Decimal{}, err
	}
	if !mode.valid() {
		return decimal.Decimal{}, fieldErr("", "mode", ErrInvalid, mode.String())
	}
	return decimal.NewFromBigInt(roundRat(x.r, scale, mode), -scale), nil
}

// roundRat returns r rounded to scale places, as a count of 10^-scale units.
func roundRat(r *big.Rat, scale int32, mode RoundingMode) *big.Int {
	num := new(big.Int).Mul(r.Num(), pow10(int64(scale)))
	return roundQuo(num, r.Denom(), mode)
}

// String returns x exactly: as a decimal when its expansion terminates
// within the package bounds ("12.5"), otherwise as a reduced fraction of
// integers ("1000/3"); "undefined" when x is undefined. ParseRatio reads
// every form String writes (up to MaxTextLength bytes).
func (x Ratio) String() string {
	if x.r == nil {
		return "undefined"
	}
	if d, ok := x.Exact(); ok {
		if _, err := checkDecimal(d); err == nil {
			return d.String()
		}
	}
	return x.r.Num().String() + "/" + x.r.Denom().String()
}

// maxRatioExponent bounds the exponent of each number in a ratio's text, so
// that "1e999999999/3" is refused before it is expanded.
const maxRatioExponent = 300

// ParseRatio reads a Ratio written by String: a decimal ("12.5"), a fraction
// ("1000/3", "12.5/3"), or "undefined". A plain decimal must be within the
// package bounds; the parts of a fraction may be longer (an exact quotient
// of two bounded numbers can have up to about twice their digits) but the
// whole text is at most MaxTextLength bytes and each exponent at most 300.
// It fails with ErrSyntax for other text, ErrUndefined for a zero
// denominator and ErrTooLarge beyond those bounds.
func ParseRatio(s string) (Ratio, error) {
	if len(s) > MaxTextLength {
		return Ratio{}, fieldErr("", "ratio", ErrTooLarge, "text longer than "+strconv.Itoa(MaxTextLength)+" bytes")
	}
	if s == "undefined" {
		return Ratio{}, nil
	}
	numText, denText, isFrac := strings.Cut(s, "/")
	if !isFrac {
		num, err := parseDecimal("ratio", numText)
		if err != nil {
			return Ratio{}, err
		}
		n, _ := checkDecimal(num)
		return ratioOf(n), nil
	}
	num, err := parseRatioPart(numText)
	if err != nil {
		return Ratio{}, err
	}
	den, err := parseRatioPart(denText)
	if err != nil {
		return Ratio{}, err
	}
	if den.Sign() == 0 {
		return Ratio{}, fieldErr("", "ratio", ErrUndefined, quoteTrunc(s))
	}
	return Ratio{num.Quo(num, den)}, nil
}

// parseRatioPart reads one side of a fraction as an exact rational.
func parseRatioPart(s string) (*big.Rat, error) {
	if !decimalSyntax(s) {
		return nil, fieldErr("", "ratio", ErrSyntax, quoteTrunc(s)+" is not a decimal number")
	}
	d, err := decimal.NewFromString(s)
	if err != nil || d.Exponent() > maxRatioExponent || d.Exponent() < -maxRatioExponent {
		return nil, fieldErr("", "ratio", ErrTooLarge, quoteTrunc(s))
	}
	return d.Rat(), nil
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (x Ratio) MarshalText() ([]byte, error) { return []byte(x.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseRatio.
func (x *Ratio) UnmarshalText(text []byte) error {
	r, err := ParseRatio(string(text))
	if err != nil {
		return err
	}
	*x = r
	return nil
}
