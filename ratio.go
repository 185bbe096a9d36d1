package contactcost

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Ratio is an exact quotient, such as a cost per contact of 1000/3.
// Keeping the quotient exact means nothing is lost before the one rounding
// at output: an exact cost per contact multiplied by its contacts gives
// back the total exactly.
//
// The zero Ratio is undefined: the value of a quotient whose denominator
// is zero (the cost per minute of a channel with no handle time).
// IsDefined tells; Round and Exact fail on it rather than return a number.
//
// A Ratio is immutable and safe for concurrent use. Compare Ratios with
// Equal or Cmp, not ==.
type Ratio struct {
	r       *big.Rat     // the value, unless it is n; never modified once set
	n       exact.Number // the value when r is nil and defined is set
	defined bool
}

// ratioOfNumber returns n as a Ratio, without allocating.
func ratioOfNumber(n number) Ratio { return Ratio{n: n, defined: true} }

// ratioOfRat returns r (retained: the caller must not modify it).
func ratioOfRat(r *big.Rat) Ratio { return Ratio{r: r, defined: true} }

// quo returns a/b, undefined when b is zero; a and b are not retained.
func quo(a, b *big.Rat) Ratio {
	if b.Sign() == 0 {
		return Ratio{}
	}
	return ratioOfRat(new(big.Rat).Quo(a, b))
}

// NewRatio returns num/den exactly. It fails with ErrUndefined when den is
// zero and ErrTooLarge when either number is outside the package bounds.
func NewRatio(num, den decimal.Decimal) (Ratio, error) {
	n, err := checkArg("numerator", num, true)
	if err != nil {
		return Ratio{}, err
	}
	d, err := checkArg("denominator", den, true)
	if err != nil {
		return Ratio{}, err
	}
	if d.Sign() == 0 {
		return Ratio{}, argErr("denominator", ErrUndefined, "")
	}
	return quo(n.Rat(), d.Rat()), nil
}

// IsDefined reports whether x has a value (its denominator was not zero).
func (x Ratio) IsDefined() bool { return x.defined }

// rat returns x as a rational, shared when x holds one: the caller must not
// modify it. x must be defined.
func (x Ratio) rat() *big.Rat {
	if x.r != nil {
		return x.r
	}
	return x.n.Rat()
}

// Sign returns -1, 0 or +1 for a negative, zero or positive x, and 0 for an
// undefined x.
func (x Ratio) Sign() int {
	switch {
	case !x.defined:
		return 0
	case x.r != nil:
		return x.r.Sign()
	}
	return x.n.Sign()
}

// Cmp compares x and y: -1 if x < y, 0 if equal, +1 if x > y. An undefined
// Ratio sorts before every defined one and equals another undefined one.
func (x Ratio) Cmp(y Ratio) int {
	switch {
	case !x.defined && !y.defined:
		return 0
	case !x.defined:
		return -1
	case !y.defined:
		return 1
	case x.r == nil && y.r == nil:
		return x.n.Cmp(y.n)
	}
	return x.rat().Cmp(y.rat())
}

// Equal reports whether x and y are the same number (or both undefined).
func (x Ratio) Equal(y Ratio) bool { return x.Cmp(y) == 0 }

// Rat returns x as a new *big.Rat, or nil when x is undefined.
func (x Ratio) Rat() *big.Rat {
	if !x.defined {
		return nil
	}
	return new(big.Rat).Set(x.rat())
}

// Exact returns x as a decimal when its decimal expansion terminates within
// the package bounds (its reduced denominator has no prime factors but 2
// and 5), and false otherwise (1/3) or when x is undefined.
func (x Ratio) Exact() (decimal.Decimal, bool) {
	if n, ok := x.number(); ok {
		return n.Decimal(), true
	}
	return decimal.Decimal{}, false
}

// number returns x as a bounded Number when it is one.
func (x Ratio) number() (number, bool) {
	switch {
	case !x.defined:
		return number{}, false
	case x.r == nil:
		return x.n, true
	}
	return exact.RatDecimal(x.r)
}

// Round rounds x to scale decimal places (0 to MaxFractionDigits) by mode.
// It fails with ErrUndefined for an undefined x, ErrOutOfRange for a bad
// scale and ErrInvalid for a bad mode.
func (x Ratio) Round(mode Round, scale int32) (decimal.Decimal, error) {
	if !x.defined {
		return decimal.Decimal{}, argErr("ratio", ErrUndefined, "")
	}
	if err := checkScale(loc{}, "scale", scale); err != nil {
		return decimal.Decimal{}, err
	}
	if !roundEnum.valid(int(mode)) {
		return decimal.Decimal{}, argErr("mode", ErrInvalid, mode.String())
	}
	return roundRatio(x, scale, exact.Mode(mode)).Decimal(-scale), nil
}

// String returns x exactly: as a decimal when its expansion terminates
// within the package bounds ("12.5"), otherwise as a reduced fraction of
// integers ("1000/3"); "undefined" when x is undefined. ParseRatio reads
// every form String writes.
func (x Ratio) String() string {
	if !x.defined {
		return "undefined"
	}
	if n, ok := x.number(); ok {
		return n.String()
	}
	return x.r.Num().String() + "/" + x.r.Denom().String()
}

// maxRatioExponent bounds the exponent of each number in a ratio's text,
// so that "1e999999999/3" is refused before it is expanded.
const maxRatioExponent = 300

// ParseRatio reads a Ratio written by String: a decimal ("12.5"), a
// fraction ("1000/3", "12.5/3"), or "undefined". A plain decimal must be
// within the package bounds; the parts of a fraction may be longer (an
// exact quotient of two bounded numbers can have about twice their digits)
// but the whole text is at most MaxTextLength bytes and each exponent at
// most 300. It fails with ErrSyntax for other text, ErrUndefined for a
// zero denominator and ErrTooLarge beyond those bounds.
func ParseRatio(s string) (Ratio, error) { return parseRatio(loc{}, "ratio", s) }

func parseRatio(l loc, field, s string) (Ratio, error) {
	if len(s) > MaxTextLength {
		return Ratio{}, l.err(field, ErrTooLarge, "text longer than "+strconv.Itoa(MaxTextLength)+" bytes")
	}
	if s == "undefined" {
		return Ratio{}, nil
	}
	numText, denText, isFrac := strings.Cut(s, "/")
	if !isFrac {
		n, err := parseNum(l, field, numText)
		if err != nil {
			return Ratio{}, err
		}
		return ratioOfNumber(n), nil
	}
	num, err := parseRatioPart(l, field, numText)
	if err != nil {
		return Ratio{}, err
	}
	den, err := parseRatioPart(l, field, denText)
	if err != nil {
		return Ratio{}, err
	}
	if den.Sign() == 0 {
		return Ratio{}, l.err(field, ErrUndefined, quote(s))
	}
	return ratioOfRat(num.Quo(num, den)), nil
}

// parseRatioPart reads one side of a fraction as an exact rational.
func parseRatioPart(l loc, field, s string) (*big.Rat, error) {
	d, err := decimal.NewFromString(s)
	if err != nil || !plainDecimal(s) {
		return nil, l.err(field, ErrSyntax, quote(s)+" is not a decimal number")
	}
	if d.Exponent() > maxRatioExponent || d.Exponent() < -maxRatioExponent {
		return nil, l.err(field, ErrTooLarge, quote(s))
	}
	return d.Rat(), nil
}

// plainDecimal reports whether s has the syntax exact.Parse accepts.
func plainDecimal(s string) bool {
	_, err := exact.Parse(s)
	return err != exact.ErrSyntax
}

// MarshalText implements [encoding.TextMarshaler] with the String form.
func (x Ratio) MarshalText() ([]byte, error) { return []byte(x.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with ParseRatio.
func (x *Ratio) UnmarshalText(text []byte) error {
	r, err := ParseRatio(string(text))
	if err != nil {
		return err
	}
	*x = r
	return nil
}
