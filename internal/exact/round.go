package exact

import (
	"math/big"
)

// Mode is a rounding mode. Its values are those of contactcost.RoundingMode.
type Mode uint8

// The rounding modes: the "half" modes round to nearest and differ on
// exact ties; the others are directed.
const (
	HalfEven Mode = iota // ties to the even neighbour
	HalfUp               // ties away from zero
	HalfDown             // ties toward zero
	Up                   // away from zero
	Down                 // toward zero
	Ceiling              // toward +∞
	Floor                // toward −∞
)

// RoundQuo returns num/den rounded to an integer by mode m. den must be
// positive.
func RoundQuo(num, den *big.Int, m Mode) *big.Int {
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Sign() == 0 {
		return q
	}
	sign := int64(num.Sign())
	half := func() int { // compares |r| with den/2: 2|r| <=> den
		r2 := r.Abs(r)
		return r2.Lsh(r2, 1).Cmp(den)
	}
	if roundAway(m, sign, half, q.Bit(0) == 1) {
		q.Add(q, big.NewInt(sign))
	}
	return q
}

// RoundQuo64 is RoundQuo for int64 operands; den must be positive. The
// result fits because |num/den| ≤ |num|.
func RoundQuo64(num, den int64, m Mode) int64 {
	q, r := num/den, num%den
	if r == 0 {
		return q
	}
	sign := int64(1)
	if num < 0 {
		sign = -1
	}
	half := func() int {
		// 2|r| < 2·den ≤ 2^64: the doubled remainder fits in a uint64.
		switch d2 := 2 * abs64(r); {
		case d2 < uint64(den):
			return -1
		case d2 > uint64(den):
			return 1
		}
		return 0
	}
	if roundAway(m, sign, half, q&1 != 0) {
		q += sign
	}
	return q
}

// roundAway decides whether a truncated quotient with a non-zero remainder
// moves one unit away from zero: sign is the sign of the exact value, half
// compares the remainder with one half, odd says the truncated quotient is
// odd.
func roundAway(m Mode, sign int64, half func() int, odd bool) bool {
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
	}
	c := half() // HalfEven
	return c > 0 || (c == 0 && odd)
}

// RoundRat returns r rounded to scale decimal places (scale ≥ 0) by mode m,
// as a count of 10^-scale units.
func RoundRat(r *big.Rat, scale int32, m Mode) Int {
	if r.IsInt() && r.Num().IsInt64() && scale < int32(len(pow10Int64)) {
		if v, ok := mul64(r.Num().Int64(), pow10Int64[scale]); ok {
			return Int{small: v}
		}
	}
	num := new(big.Int).Mul(r.Num(), Pow10(int64(scale)))
	return BigInt(RoundQuo(num, r.Denom(), m))
}

// TerminatingPlaces returns the number of decimal places of 1/den when its
// decimal expansion terminates (den has no prime factors but 2 and 5), and
// false otherwise. den must be positive.
func TerminatingPlaces(den *big.Int) (int64, bool) {
	twos := int64(den.TrailingZeroBits())
	d := new(big.Int).Rsh(den, uint(twos))
	fives := int64(0)
	var q, r big.Int
	for d.Cmp(bigOne) != 0 {
		q.QuoRem(d, bigFive, &r)
		if r.Sign() != 0 {
			return 0, false
		}
		d.Set(&q)
		fives++
	}
	return max(twos, fives), true
}

// RatDecimal returns r as a Number when its expansion terminates within the
// bounds.
func RatDecimal(r *big.Rat) (Number, bool) {
	places, ok := TerminatingPlaces(r.Denom())
	if !ok || places > MaxFractionDigits {
		return Number{}, false
	}
	if r.Sign() == 0 {
		return Number{}, true
	}
	num := new(big.Int).Mul(r.Num(), Pow10(places))
	num.Quo(num, r.Denom())
	if num.BitLen() > maxCoefficientBits {
		return Number{}, false
	}
	return fromBig(num, -places)
}

var (
	bigOne  = big.NewInt(1)
	bigFive = big.NewInt(5)
	bigTen  = big.NewInt(10)
)

// Pow10 returns 10^n for n ≥ 0. The result is shared for small n and must
// not be modified.
func Pow10(n int64) *big.Int {
	if n < int64(len(pow10Table)) {
		return pow10Table[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

// pow10Table caches the powers of ten the library uses most; its entries
// are never modified.
var pow10Table = func() []*big.Int {
	t := make([]*big.Int, 2*(MaxIntegerDigits+MaxFractionDigits)+1)
	p := big.NewInt(1)
	for i := range t {
		t[i] = new(big.Int).Set(p)
		p.Mul(p, bigTen)
	}
	return t
}()

// pow10Int64 holds the powers of ten that fit in an int64.
var pow10Int64 = [...]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Pow10Int64 returns 10^n and true for 0 ≤ n ≤ 18.
func Pow10Int64(n int64) (int64, bool) {
	if n < 0 || n >= int64(len(pow10Int64)) {
		return 0, false
	}
	return pow10Int64[n], true
}
