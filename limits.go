package contactcost

import (
	"math"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// Bounds on the numbers the package accepts. They are far beyond any real
// contact-center figure (10^40 is more money than exists) and exist so that
// hostile input, such as "1e999999999" or a million-digit coefficient, is
// refused with ErrTooLarge before any arithmetic can exhaust memory or time.
const (
	// MaxIntegerDigits is the most digits a number may have before its
	// decimal point.
	MaxIntegerDigits = 40
	// MaxFractionDigits is the most digits a number may have after its
	// decimal point, once trailing zeros are removed. It is also the largest
	// scale accepted by the rounding and allocation functions.
	MaxFractionDigits = 30
	// MaxTextLength is the longest text accepted for one number, ratio,
	// label or period string when decoding JSON or text.
	MaxTextLength = 1024
)

// maxCoefficientBits bounds the coefficient before the exact digit count is
// computed: a coefficient with trailing zeros may legitimately be longer
// than MaxIntegerDigits+MaxFractionDigits digits, but not by much.
const maxCoefficientBits = 512

var bigTen = big.NewInt(10)

// bigZero is the coefficient of every zero number; it is never modified.
var bigZero = new(big.Int)

// pow10 returns 10^n for 0 <= n, small enough to be bounded by the callers.
func pow10(n int64) *big.Int {
	if n < int64(len(pow10Table)) {
		return pow10Table[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

// pow10Table caches the powers of ten the package uses most. Its entries are
// never modified.
var pow10Table = func() []*big.Int {
	t := make([]*big.Int, 2*(MaxIntegerDigits+MaxFractionDigits)+1)
	p := big.NewInt(1)
	for i := range t {
		t[i] = new(big.Int).Set(p)
		p.Mul(p, bigTen)
	}
	return t
}()

var pow10Int64 = [...]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// number is a validated decimal in canonical form: coef × 10^exp with no
// trailing zeros in coef (zero is 0 × 10^0). Every decimal that enters the
// package is turned into a number first.
type number struct {
	coef *big.Int // never nil, never modified after construction
	exp  int32
}

// checkDecimal validates d against the package bounds and returns it in
// canonical form. It reads only the exponent and a copy of the coefficient,
// never calling an operation of d that could rescale a hostile value.
func checkDecimal(d decimal.Decimal) (number, error) {
	if d.Sign() == 0 {
		return number{coef: bigZero}, nil // whatever its exponent
	}
	c := d.Coefficient()
	e := int64(d.Exponent())
	if c.BitLen() > maxCoefficientBits || e > MaxIntegerDigits || e < -2*(MaxIntegerDigits+MaxFractionDigits) {
		return number{}, ErrTooLarge
	}
	stripZeros(c, &e)
	if -e > MaxFractionDigits || digitCount(c)+e > MaxIntegerDigits {
		return number{}, ErrTooLarge
	}
	return number{coef: c, exp: int32(e)}, nil
}

// tooLargeDetail describes the bounds for error messages.
var tooLargeDetail = "at most " + strconv.Itoa(MaxIntegerDigits) + " digits before and " +
	strconv.Itoa(MaxFractionDigits) + " after the decimal point"

// digitCount returns the number of decimal digits of |c|, for a c of at most
// maxCoefficientBits bits.
func digitCount(c *big.Int) int64 {
	if c.IsInt64() {
		v := c.Int64()
		if v == math.MinInt64 {
			return 19
		}
		if v < 0 {
			v = -v
		}
		n := int64(1)
		for n < int64(len(pow10Int64)) && v >= pow10Int64[n] {
			n++
		}
		return n
	}
	// |c| ≥ 2^63 > 10^18: count with the cached powers of ten (a count
	// past the table is far beyond every bound anyway).
	n := int64(19)
	for n < int64(len(pow10Table)) && c.CmpAbs(pow10Table[n]) >= 0 {
		n++
	}
	return n
}

// stripZeros removes trailing decimal zeros from a non-zero c, adjusting e.
func stripZeros(c *big.Int, e *int64) {
	if c.IsInt64() {
		v := c.Int64()
		n := int64(0)
		for v%10 == 0 {
			v /= 10
			n++
		}
		if n > 0 {
			c.SetInt64(v)
			*e += n
		}
		return
	}
	var q, r big.Int
	for {
		q.QuoRem(c, bigTen, &r)
		if r.Sign() != 0 {
			return
		}
		c.Set(&q)
		*e++
	}
}

// decimal returns n as a shopspring decimal.
func (n number) decimal() decimal.Decimal {
	return decimal.NewFromBigInt(n.coef, n.exp)
}

// sign returns -1, 0 or +1.
func (n number) sign() int { return n.coef.Sign() }

// rat returns n as an exact rational.
func (n number) rat() *big.Rat {
	if n.exp >= 0 {
		return new(big.Rat).SetInt(new(big.Int).Mul(n.coef, pow10(int64(n.exp))))
	}
	return new(big.Rat).SetFrac(n.coef, pow10(int64(-n.exp)))
}

// scaled returns n × 10^scale as an integer and whether it is exact (n has at
// most scale decimal places).
func (n number) scaled(scale int32) (*big.Int, bool) {
	shift := int64(n.exp) + int64(scale)
	if shift >= 0 {
		return new(big.Int).Mul(n.coef, pow10(shift)), true
	}
	return nil, n.coef.Sign() == 0
}

// checkAmount validates a decimal argument and wraps failures in a
// *FieldError for where/field.
func checkAmount(where, field string, d decimal.Decimal, allowNegative bool) (number, error) {
	n, err := checkDecimal(d)
	if err != nil {
		return number{}, fieldErr(where, field, err, tooLargeDetail)
	}
	if !allowNegative && n.sign() < 0 {
		return number{}, fieldErr(where, field, ErrNegative, n.decimal().String())
	}
	return n, nil
}

// parseDecimal reads a decimal written as text: an optional minus sign,
// digits with an optional fraction, and an optional exponent ("12.50",
// "-3", "1.5e3"). It refuses text longer than MaxTextLength and numbers
// outside the package bounds, and returns the number in canonical form.
func parseDecimal(field, s string) (decimal.Decimal, error) {
	if len(s) > MaxTextLength {
		return decimal.Decimal{}, fieldErr("", field, ErrTooLarge, "text longer than "+strconv.Itoa(MaxTextLength)+" bytes")
	}
	if !decimalSyntax(s) {
		return decimal.Decimal{}, fieldErr("", field, ErrSyntax, quoteTrunc(s)+" is not a decimal number")
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fieldErr("", field, ErrTooLarge, quoteTrunc(s))
	}
	n, err := checkDecimal(d)
	if err != nil {
		return decimal.Decimal{}, fieldErr("", field, err, tooLargeDetail)
	}
	return n.decimal(), nil
}

// decimalSyntax reports whether s is -?digits(.digits)?([eE][+-]?digits)?.
func decimalSyntax(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() bool {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i > start
	}
	if !digits() {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			return false
		}
	}
	return i == len(s)
}

// decString formats a decimal for a message. A number outside the package
// bounds is not expanded (printing 1e2000000000 would take gigabytes); its
// coefficient and exponent are shown instead.
func decString(d decimal.Decimal) string {
	if n, err := checkDecimal(d); err == nil {
		return n.decimal().String()
	}
	c := d.Coefficient()
	if c.BitLen() > maxCoefficientBits {
		return "(a number of more than " + strconv.Itoa(maxCoefficientBits) + " bits)"
	}
	return c.String() + "e" + strconv.Itoa(int(d.Exponent()))
}

// decimalsEqual compares two decimals without expanding hostile ones: by
// value when both are within the package bounds, by representation
// otherwise.
func decimalsEqual(a, b decimal.Decimal) bool {
	na, errA := checkDecimal(a)
	nb, errB := checkDecimal(b)
	if errA == nil && errB == nil {
		return na.exp == nb.exp && na.coef.Cmp(nb.coef) == 0
	}
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
}
