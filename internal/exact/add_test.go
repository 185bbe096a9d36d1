package exact

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestAdd checks Add by hand on the cases its paths take, then against
// big.Rat on random numbers.
func TestAdd(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"0", "12.5", "12.5"},                               // a zero returns the other
		{"1.25", "0", "1.25"},                               // and the other way
		{"1.25", "2.75", "4"},                               // 125e-2 + 275e-2 = 400e-2: trailing zeros stripped
		{"1e3", "0.001", "1000.001"},                        // exponents 3 and -3: 1e6 scaled onto 1e-3
		{"-5.5", "5.5", "0"},                                // opposite numbers
		{"9223372036854775807", "1", "9223372036854775808"}, // the int64 sum overflows: the big path
		{"-9223372036854775808", "-1", "-9223372036854775809"},
		{"1e30", "1e-30", "1000000000000000000000000000000.000000000000000000000000000001"}, // the shift overflows int64
	}
	for _, tt := range tests {
		a, b := mustParse(t, tt.a), mustParse(t, tt.b)
		want := mustParse(t, tt.want)
		if got := Add(a, b); !got.Equal(want) {
			t.Errorf("Add(%s, %s) = %s, want %s", tt.a, tt.b, got, tt.want)
		}
		if got := Add(b, a); !got.Equal(want) {
			t.Errorf("Add(%s, %s) = %s, want %s (commuted)", tt.b, tt.a, got, tt.want)
		}
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 5000 {
		a := randomNumber(rng)
		b := randomNumber(rng)
		got := Add(a, b)
		want := new(big.Rat).Add(a.Rat(), b.Rat())
		if got.Rat().Cmp(want) != 0 {
			t.Fatalf("Add(%s, %s) = %s, want %s", a, b, got, want.FloatString(40))
		}
		checkCanonical(t, got)
	}
}

// randomNumber returns a Number with a coefficient of varied size and
// sign and an exponent from -20 to 10.
func randomNumber(rng *rand.Rand) Number {
	c := rng.Int64N(math.MaxInt64)
	if rng.IntN(3) == 0 {
		c = rng.Int64N(1000)
	}
	if rng.IntN(2) == 0 {
		c = -c
	}
	if c == 0 {
		return Number{} // fromBig takes a non-zero coefficient
	}
	n, _ := fromBig(big.NewInt(c), int64(rng.IntN(31)-20))
	return n
}
