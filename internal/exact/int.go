package exact

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Int is an exact integer that is an int64 while it fits and a big.Int
// beyond. Money in minor units is an Int: sums of realistic amounts never
// leave the 64-bit path, and a sum that would overflow moves to math/big
// instead. The zero Int is 0. An Int is immutable.
type Int struct {
	small int64
	big   *big.Int // non-nil only for values outside int64; never modified
}

// IntOf returns v as an Int.
func IntOf(v int64) Int { return Int{small: v} }

// BigInt returns b as an Int; b is retained and must not be modified.
func BigInt(b *big.Int) Int {
	if b.IsInt64() {
		return Int{small: b.Int64()}
	}
	return Int{big: b}
}

// Small returns the value and true when it fits in an int64.
func (a Int) Small() (int64, bool) { return a.small, a.big == nil }

// Big returns the value as a new big.Int.
func (a Int) Big() *big.Int {
	if a.big != nil {
		return new(big.Int).Set(a.big)
	}
	return big.NewInt(a.small)
}

// Sign returns -1, 0 or +1.
func (a Int) Sign() int {
	if a.big != nil {
		return a.big.Sign()
	}
	switch {
	case a.small < 0:
		return -1
	case a.small > 0:
		return 1
	}
	return 0
}

// Add returns a + b.
func (a Int) Add(b Int) Int {
	if a.big == nil && b.big == nil {
		if s, ok := add64(a.small, b.small); ok {
			return Int{small: s}
		}
	}
	return BigInt(new(big.Int).Add(a.Big(), b.Big()))
}

// Sub returns a − b.
func (a Int) Sub(b Int) Int { return a.Add(b.Neg()) }

// Neg returns −a.
func (a Int) Neg() Int {
	if a.big == nil && a.small != math.MinInt64 {
		return Int{small: -a.small}
	}
	return BigInt(new(big.Int).Neg(a.Big()))
}

// Cmp compares a and b: -1, 0 or +1.
func (a Int) Cmp(b Int) int {
	if a.big == nil && b.big == nil {
		switch {
		case a.small < b.small:
			return -1
		case a.small > b.small:
			return 1
		}
		return 0
	}
	return a.Big().Cmp(b.Big())
}

// Decimal returns a × 10^exp as a shopspring decimal (zero is the zero
// decimal, which needs no allocation).
func (a Int) Decimal(exp int32) decimal.Decimal {
	if a.big != nil {
		return decimal.NewFromBigInt(a.big, exp)
	}
	if a.small == 0 {
		return decimal.Decimal{}
	}
	return decimal.New(a.small, exp)
}

// Rat returns a / 10^scale as a new exact rational.
func (a Int) Rat(scale int32) *big.Rat {
	if scale < 0 {
		b := a.Big()
		return new(big.Rat).SetInt(b.Mul(b, Pow10(-int64(scale))))
	}
	return new(big.Rat).SetFrac(a.Big(), Pow10(int64(scale)))
}

// String returns the decimal digits of a.
func (a Int) String() string {
	if a.big != nil {
		return a.big.String()
	}
	return big.NewInt(a.small).String()
}

// add64 returns a + b and whether it did not overflow.
func add64(a, b int64) (int64, bool) {
	s := a + b
	// Overflow happened when both operands have the sign the sum lacks.
	return s, (a^s)&(b^s) >= 0
}

// mul64 returns a × b and whether it did not overflow.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := abs64(a), abs64(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 || lo > math.MaxInt64+uint64(btoi(neg)) {
		return 0, false
	}
	if neg {
		return int64(-lo), true
	}
	return int64(lo), true
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v) // two's complement: |MinInt64| = 2^63 fits
	}
	return uint64(v)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
