package exact

import (
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
)

// checkInt fails unless a is the integer want in its canonical form: small
// exactly when want fits in an int64.
func checkInt(t *testing.T, what string, a Int, want *big.Int) {
	t.Helper()
	if a.Big().Cmp(want) != 0 {
		t.Errorf("%s = %v, want %v", what, a, want)
	}
	if v, small := a.Small(); small != want.IsInt64() || (small && v != want.Int64()) {
		t.Errorf("%s = %v: Small() = %d, %v; want the small form %v", what, a, v, small, want.IsInt64())
	}
	if a.Sign() != want.Sign() {
		t.Errorf("%s: Sign() = %d, want %d", what, a.Sign(), want.Sign())
	}
	if a.String() != want.String() {
		t.Errorf("%s: String() = %s, want %s", what, a.String(), want)
	}
}

// intValues spans the int64 boundary from both sides.
func intValues() []*big.Int {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	vs := []*big.Int{
		big.NewInt(0), big.NewInt(1), big.NewInt(-1), big.NewInt(2), big.NewInt(-2),
		big.NewInt(math.MaxInt64), big.NewInt(math.MaxInt64 - 1), big.NewInt(math.MinInt64), big.NewInt(math.MinInt64 + 1),
		big.NewInt(1 << 62), big.NewInt(-(1 << 62)),
		new(big.Int).Add(big.NewInt(math.MaxInt64), big.NewInt(1)), // 2^63 = −MinInt64
		new(big.Int).Sub(big.NewInt(math.MinInt64), big.NewInt(1)), // −2^63 − 1
		two64, new(big.Int).Neg(two64),
		new(big.Int).Lsh(big.NewInt(1), 200),
	}
	return vs
}

func TestIntArithmetic(t *testing.T) {
	vs := intValues()
	for _, x := range vs {
		a := BigInt(new(big.Int).Set(x))
		checkInt(t, "BigInt("+x.String()+")", a, x)
		checkInt(t, "-("+x.String()+")", a.Neg(), new(big.Int).Neg(x))
		checkInt(t, "--("+x.String()+")", a.Neg().Neg(), x)
		for _, y := range vs {
			b := BigInt(new(big.Int).Set(y))
			what := x.String() + " + " + y.String()
			checkInt(t, what, a.Add(b), new(big.Int).Add(x, y))
			what = x.String() + " - " + y.String()
			checkInt(t, what, a.Sub(b), new(big.Int).Sub(x, y))
			if got, want := a.Cmp(b), x.Cmp(y); got != want {
				t.Errorf("Cmp(%v, %v) = %d, want %d", x, y, got, want)
			}
		}
	}
}

// TestIntBoundary works the crossings by hand.
func TestIntBoundary(t *testing.T) {
	maxI, minI, one := IntOf(math.MaxInt64), IntOf(math.MinInt64), IntOf(1)
	two63 := new(big.Int).Lsh(big.NewInt(1), 63) // 9223372036854775808

	up := maxI.Add(one) // MaxInt64 + 1 = 2^63: big
	checkInt(t, "MaxInt64 + 1", up, two63)
	checkInt(t, "MaxInt64 + 1 - 1", up.Sub(one), big.NewInt(math.MaxInt64)) // back to small

	down := minI.Sub(one) // MinInt64 − 1 = −2^63 − 1: big
	checkInt(t, "MinInt64 - 1", down, new(big.Int).Sub(new(big.Int).Neg(two63), big.NewInt(1)))
	checkInt(t, "MinInt64 - 1 + 1", down.Add(one), big.NewInt(math.MinInt64))

	neg := minI.Neg() // −MinInt64 = 2^63: big
	checkInt(t, "-MinInt64", neg, two63)
	checkInt(t, "-(-MinInt64)", neg.Neg(), big.NewInt(math.MinInt64))
	checkInt(t, "0 - MinInt64", IntOf(0).Sub(minI), two63)
	checkInt(t, "-MinInt64 + MinInt64", neg.Add(minI), big.NewInt(0))
	checkInt(t, "MaxInt64 + MinInt64", maxI.Add(minI), big.NewInt(-1))
	checkInt(t, "MaxInt64 - MinInt64", maxI.Sub(minI), new(big.Int).Sub(new(big.Int).Lsh(two63, 1), big.NewInt(1)))
	checkInt(t, "MinInt64 + MinInt64", minI.Add(minI), new(big.Int).Neg(new(big.Int).Lsh(two63, 1)))

	if up.Cmp(maxI) != 1 || maxI.Cmp(up) != -1 || down.Cmp(minI) != -1 || up.Cmp(neg) != 0 {
		t.Error("Cmp across the boundary")
	}
	var zero Int
	checkInt(t, "the zero Int", zero, big.NewInt(0))
}

// TestIntImmutable: BigInt retains its argument but the results of
// arithmetic never share or change an operand.
func TestIntImmutable(t *testing.T) {
	b := new(big.Int).Lsh(big.NewInt(5), 70)
	a := BigInt(b)
	_ = a.Add(a).Sub(IntOf(3)).Neg()
	a.Big().SetInt64(1)
	if b.Cmp(new(big.Int).Lsh(big.NewInt(5), 70)) != 0 || a.Big().Cmp(b) != 0 {
		t.Errorf("an operation changed the value: %v", a)
	}
}

func TestIntDecimalRat(t *testing.T) {
	big70 := new(big.Int).Lsh(big.NewInt(1), 70) // 1180591620717411303424
	tests := []struct {
		a     Int
		scale int32
		rat   string // a / 10^scale
		dec   string // a × 10^-scale as a decimal
	}{
		{IntOf(1250), 2, "25/2", "12.5"},
		{IntOf(-1250), 2, "-25/2", "-12.5"},
		{IntOf(7), 0, "7", "7"},
		{IntOf(0), 2, "0", "0"},
		{IntOf(math.MinInt64), 3, "-1152921504606846976/125", "-9223372036854775.808"},
		{BigInt(big70), 4, "73786976294838206464/625", "118059162071741130.3424"},
		{BigInt(new(big.Int).Neg(big70)), 0, "-1180591620717411303424", "-1180591620717411303424"},
		{IntOf(5), -2, "500", "500"}, // a negative scale multiplies (was a panic in Rat)
		{BigInt(big70), -1, "11805916207174113034240", "11805916207174113034240"},
	}
	for _, tt := range tests {
		if got := tt.a.Rat(tt.scale).RatString(); got != tt.rat {
			t.Errorf("%v.Rat(%d) = %s, want %s", tt.a, tt.scale, got, tt.rat)
		}
		d := tt.a.Decimal(-tt.scale)
		if !d.Equal(decimal.RequireFromString(tt.dec)) {
			t.Errorf("%v.Decimal(%d) = %s, want %s", tt.a, -tt.scale, d, tt.dec)
		}
		if tt.a.Sign() != 0 && (d.Exponent() != -tt.scale || d.Coefficient().Cmp(tt.a.Big()) != 0) {
			t.Errorf("%v.Decimal(%d) = %se%d", tt.a, -tt.scale, d.Coefficient(), d.Exponent())
		}
	}
	// Zero is the zero decimal, whatever the exponent.
	if d := IntOf(0).Decimal(-7); d.Exponent() != 0 || !d.IsZero() {
		t.Errorf("0.Decimal(-7) = %se%d", d.Coefficient(), d.Exponent())
	}
	// The Rat is a copy.
	a := BigInt(new(big.Int).Set(big70))
	a.Rat(0).Num().SetInt64(1)
	if a.Big().Cmp(big70) != 0 {
		t.Error("Rat shared the value")
	}
}

func TestMul64(t *testing.T) {
	vs := []int64{0, 1, -1, 2, -2, 3, 10, -10, 1 << 31, -(1 << 31), 1 << 32, 3037000499, 3037000500, -3037000500,
		1 << 62, -(1 << 62), math.MaxInt64, math.MinInt64, math.MaxInt64 / 2, math.MinInt64 / 2, 1e18, -1e18}
	for _, a := range vs {
		for _, b := range vs {
			want := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
			got, ok := mul64(a, b)
			if ok != want.IsInt64() || (ok && got != want.Int64()) {
				t.Errorf("mul64(%d, %d) = %d, %v; want %v", a, b, got, ok, want)
			}
		}
	}
}

// FuzzIntAdd checks chains of Add, Sub and Neg from three int64s against
// math/big, and that each result is in its canonical form.
func FuzzIntAdd(f *testing.F) {
	f.Add(int64(math.MaxInt64), int64(1), int64(math.MinInt64))
	f.Add(int64(math.MinInt64), int64(-1), int64(1))
	f.Add(int64(math.MinInt64), int64(math.MinInt64), int64(math.MaxInt64))
	f.Add(int64(0), int64(0), int64(0))
	f.Add(int64(-5), int64(7), int64(1<<62))
	f.Fuzz(func(t *testing.T, a, b, c int64) {
		x, y, z := IntOf(a), IntOf(b), IntOf(c)
		ba, bb, bc := big.NewInt(a), big.NewInt(b), big.NewInt(c)

		s := x.Add(y) // a + b
		bs := new(big.Int).Add(ba, bb)
		checkInt(t, "a+b", s, bs)

		s2 := s.Sub(z) // a + b − c
		bs2 := new(big.Int).Sub(bs, bc)
		checkInt(t, "a+b-c", s2, bs2)

		s3 := s2.Add(s2).Neg().Sub(x) // −2(a + b − c) − a
		bs3 := new(big.Int).Sub(new(big.Int).Neg(new(big.Int).Add(bs2, bs2)), ba)
		checkInt(t, "-2(a+b-c)-a", s3, bs3)

		s4 := s3.Add(s2.Add(s2)).Add(x).Sub(z.Neg()) // back to c
		checkInt(t, "c", s4, bc)

		for _, p := range [][2]Int{{x, y}, {s, z}, {s2, s3}, {s3, s}, {s4, z}} {
			if got, want := p[0].Cmp(p[1]), p[0].Big().Cmp(p[1].Big()); got != want {
				t.Fatalf("Cmp(%v, %v) = %d, want %d", p[0], p[1], got, want)
			}
		}
	})
}
