package exact

// Add returns a + b exactly, in int64 arithmetic when the coefficients fit
// at the smaller exponent. The sum of two bounded numbers may leave the
// bounds by a digit; Add does not check them (sums are results, not
// input).
func Add(a, b Number) Number {
	switch {
	case a.Sign() == 0:
		return b
	case b.Sign() == 0:
		return a
	}
	if a.exp > b.exp {
		a, b = b, a // a has the smaller exponent
	}
	if a.big == nil && b.big == nil {
		if p, ok := Pow10Int64(int64(b.exp - a.exp)); ok {
			if bs, ok := mul64(b.small, p); ok {
				if s, ok := add64(a.small, bs); ok {
					return canonical64(s, a.exp)
				}
			}
		}
	}
	bc := b.Coefficient()
	bc.Mul(bc, Pow10(int64(b.exp-a.exp)))
	sum := bc.Add(bc, a.Coefficient())
	if sum.Sign() == 0 {
		return Number{}
	}
	e := int64(a.exp)
	stripZeros(sum, &e)
	if sum.IsInt64() {
		return Number{small: sum.Int64(), exp: int32(e)}
	}
	return Number{big: sum, exp: int32(e)}
}

// canonical64 returns c × 10^e with c's trailing zeros removed.
func canonical64(c int64, e int32) Number {
	if c == 0 {
		return Number{}
	}
	for c%10 == 0 {
		c /= 10
		e++
	}
	return Number{small: c, exp: e}
}
