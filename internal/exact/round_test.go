package exact

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// refRound rounds num/den (den > 0) by mode m independently of RoundQuo:
// from the floor f and the fraction φ = num/den − f in [0, 1), choosing f
// or f + 1 by the rule of the mode.
func refRound(num, den *big.Int, m Mode) *big.Int {
	f, rem := new(big.Int).DivMod(num, den, new(big.Int)) // Euclidean: 0 ≤ rem < den
	if rem.Sign() == 0 {
		return f
	}
	lo, hi := f, new(big.Int).Add(f, big.NewInt(1))
	positive := num.Sign() > 0
	half := new(big.Int).Lsh(rem, 1).Cmp(den) // φ <=> 1/2
	var up bool                               // take hi
	switch m {
	case Floor:
		up = false
	case Ceiling:
		up = true
	case Down: // toward zero
		up = !positive
	case Up: // away from zero
		up = positive
	default:
		switch {
		case half < 0:
			up = false
		case half > 0:
			up = true
		case m == HalfUp: // a tie, away from zero
			up = positive
		case m == HalfDown: // a tie, toward zero
			up = !positive
		default: // HalfEven: the even one of lo and hi
			up = lo.Bit(0) == 1
		}
	}
	if up {
		return hi
	}
	return lo
}

// TestRefRound pins the oracle itself on hand-worked cases.
func TestRefRound(t *testing.T) {
	tests := []struct {
		num, den int64
		want     [7]int64 // HalfEven, HalfUp, HalfDown, Up, Down, Ceiling, Floor
	}{
		{5, 2, [7]int64{2, 3, 2, 3, 2, 3, 2}},         // 2.5
		{-5, 2, [7]int64{-2, -3, -2, -3, -2, -2, -3}}, // -2.5
		{7, 2, [7]int64{4, 4, 3, 4, 3, 4, 3}},         // 3.5
		{7, 3, [7]int64{2, 2, 2, 3, 2, 3, 2}},         // 2.33
		{-7, 3, [7]int64{-2, -2, -2, -3, -2, -2, -3}}, // -2.33
		{5, 3, [7]int64{2, 2, 2, 2, 1, 2, 1}},         // 1.67
		{-1, 10, [7]int64{0, 0, 0, -1, 0, 0, -1}},     // -0.1
		{6, 3, [7]int64{2, 2, 2, 2, 2, 2, 2}},         // exact
	}
	for _, tt := range tests {
		for _, m := range modes {
			got := refRound(big.NewInt(tt.num), big.NewInt(tt.den), m)
			if got.Int64() != tt.want[m] {
				t.Errorf("refRound(%d/%d, %s) = %v, want %d", tt.num, tt.den, modeName(m), got, tt.want[m])
			}
		}
	}
}

// TestRoundQuo64 checks RoundQuo64, RoundQuo and RoundRat against each
// other and the oracle on a grid that includes the int64 extremes.
func TestRoundQuo64(t *testing.T) {
	nums := []int64{0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, 15, -15, 25, -25, 35, -35,
		1<<62 + 1, -(1<<62 + 1), 1 << 40, -(1 << 40), 3 << 39, -(3 << 39),
		math.MaxInt64, -math.MaxInt64, math.MaxInt64 - 1, math.MinInt64, math.MinInt64 + 1}
	dens := []int64{1, 2, 3, 4, 5, 7, 10, 1 << 40, 1<<62 + 1, math.MaxInt64 - 1, math.MaxInt64}
	for _, num := range nums {
		for _, den := range dens {
			for _, m := range modes {
				want := refRound(big.NewInt(num), big.NewInt(den), m)
				got := RoundQuo64(num, den, m)
				if !want.IsInt64() || got != want.Int64() {
					t.Errorf("RoundQuo64(%d, %d, %s) = %d, want %v", num, den, modeName(m), got, want)
				}
				if q := RoundQuo(big.NewInt(num), big.NewInt(den), m); q.Cmp(want) != 0 {
					t.Errorf("RoundQuo(%d, %d, %s) = %v, want %v", num, den, modeName(m), q, want)
				}
				r := RoundRat(new(big.Rat).SetFrac(big.NewInt(num), big.NewInt(den)), 0, m)
				if r.Big().Cmp(want) != 0 {
					t.Errorf("RoundRat(%d/%d, 0, %s) = %v, want %v", num, den, modeName(m), r, want)
				}
			}
		}
	}
}

// TestRoundQuoBig covers RoundQuo beyond int64, where the int64 grid
// cannot go.
func TestRoundQuoBig(t *testing.T) {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	var nums, dens []*big.Int
	for _, k := range []int64{-3, -1, 0, 1, 3} {
		// 2^64·k ± 1, ± 2^63 (ties over 2^64), and 10^50 + k.
		base := new(big.Int).Mul(two64, big.NewInt(k))
		for _, d := range []int64{-1, 0, 1} {
			nums = append(nums, new(big.Int).Add(base, big.NewInt(d)))
		}
		half := new(big.Int).Rsh(two64, 1)
		nums = append(nums, new(big.Int).Add(base, half), new(big.Int).Sub(base, half))
		nums = append(nums, new(big.Int).Add(Pow10(50), big.NewInt(k)), new(big.Int).Sub(big.NewInt(k), Pow10(50)))
	}
	for _, d := range []int64{1, 2, 3, 10} {
		dens = append(dens, big.NewInt(d))
	}
	dens = append(dens, two64, new(big.Int).Add(two64, big.NewInt(1)), new(big.Int).Lsh(big.NewInt(3), 70))
	for _, num := range nums {
		for _, den := range dens {
			for _, m := range modes {
				n0, d0 := new(big.Int).Set(num), new(big.Int).Set(den)
				got := RoundQuo(num, den, m)
				if want := refRound(num, den, m); got.Cmp(want) != 0 {
					t.Errorf("RoundQuo(%v, %v, %s) = %v, want %v", num, den, modeName(m), got, want)
				}
				if num.Cmp(n0) != 0 || den.Cmp(d0) != 0 {
					t.Fatalf("RoundQuo changed its operands")
				}
			}
		}
	}
}

func TestRoundRat(t *testing.T) {
	tests := []struct {
		rat   string
		scale int32
	}{
		{"1/3", 2},  // 33.33… hundredths
		{"2/3", 2},  // 66.67
		{"-2/3", 2}, //
		{"1/8", 2},  // 12.5 hundredths: a tie
		{"-1/8", 2},
		{"5", 0},
		{"5", 18},                      // 5·10^18 overflows int64: the big path
		{"-9223372036854775808", 0},    // MinInt64 itself
		{"-9223372036854775808", 1},    // overflows
		{"9223372036854775807", 18},    //
		{"92233720368547758071/10", 0}, // not an integer
		{"123456789012345678901234567890/7", 4},
		{"0", 5},
	}
	for _, tt := range tests {
		r, ok := new(big.Rat).SetString(tt.rat)
		if !ok {
			t.Fatalf("bad rat %s", tt.rat)
		}
		for _, m := range modes {
			got := RoundRat(r, tt.scale, m)
			num := new(big.Int).Mul(r.Num(), Pow10(int64(tt.scale)))
			want := refRound(num, r.Denom(), m)
			if got.Big().Cmp(want) != 0 {
				t.Errorf("RoundRat(%s, %d, %s) = %v, want %v", tt.rat, tt.scale, modeName(m), got, want)
			}
			if v, small := got.Small(); small != want.IsInt64() || (small && v != want.Int64()) {
				t.Errorf("RoundRat(%s, %d, %s) = %v is not in its canonical form", tt.rat, tt.scale, modeName(m), got)
			}
		}
	}
}

func TestTerminatingPlaces(t *testing.T) {
	tests := []struct {
		den    string
		places int64
		ok     bool
	}{
		{"1", 0, true},    // 1/1 = 1
		{"2", 1, true},    // 0.5
		{"5", 1, true},    // 0.2
		{"8", 3, true},    // 1/8 = 0.125
		{"250", 3, true},  // 2·5^3: 1/250 = 0.004
		{"3", 0, false},   // 0.333…
		{"6", 0, false},   // 2·3
		{"7", 0, false},   //
		{"1000", 3, true}, //
		{"1024", 10, true},
		{"1099511627776", 40, true}, // 2^40
		{"9094947017729282379150390625", 40, true},  // 5^40
		{"18446744073709551616", 64, true},          // 2^64
		{"18446744073709551617", 0, false},          // 2^64 + 1
		{"5" + strings.Repeat("0", 100), 101, true}, // 5·10^100 = 2^100·5^101
	}
	for _, tt := range tests {
		den, _ := new(big.Int).SetString(tt.den, 10)
		places, ok := TerminatingPlaces(den)
		if ok != tt.ok || places != tt.places {
			t.Errorf("TerminatingPlaces(%.30s) = %d, %v; want %d, %v", tt.den, places, ok, tt.places, tt.ok)
		}
		if den.String() != tt.den {
			t.Errorf("TerminatingPlaces changed its argument")
		}
	}
}

func TestRatDecimal(t *testing.T) {
	tests := []struct {
		rat  string
		want string // "" when refused
	}{
		{"1/8", "0.125"},
		{"-7/250", "-0.028"},
		{"1/3", ""},
		{"0", "0"},
		{"0/7", "0"},
		{"1250/100", "12.5"},
		{"1/1073741824", "0." + strings.Repeat("0", 9) + "931322574615478515625"}, // 1/2^30 = 5^30/10^30: 30 places
		{"1/2147483648", ""}, // 1/2^31: 31 places
		{"1/1" + strings.Repeat("0", 30), "0." + strings.Repeat("0", 29) + "1"},
		{"1/1" + strings.Repeat("0", 31), ""},
		{"1" + strings.Repeat("0", 39), "1" + strings.Repeat("0", 39)},
		{"1" + strings.Repeat("0", 40), ""}, // 41 digits
		{"1" + strings.Repeat("0", 2000), ""},
		{"-9223372036854775809/2", "-4611686018427387904.5"},
	}
	for _, tt := range tests {
		r, ok := new(big.Rat).SetString(tt.rat)
		if !ok {
			t.Fatalf("bad rat %s", tt.rat)
		}
		n, ok := RatDecimal(r)
		if ok != (tt.want != "") {
			t.Errorf("RatDecimal(%.40s) = %v, %v", tt.rat, n, ok)
			continue
		}
		if !ok {
			continue
		}
		checkCanonical(t, n)
		if n.String() != tt.want || n.Rat().Cmp(r) != 0 {
			t.Errorf("RatDecimal(%.40s) = %v, want %s", tt.rat, n, tt.want)
		}
	}
}

func TestPow10(t *testing.T) {
	want := big.NewInt(1)
	for n := int64(0); n <= 300; n++ {
		if got := Pow10(n); got.Cmp(want) != 0 {
			t.Fatalf("Pow10(%d) = %v", n, got)
		}
		v, ok := Pow10Int64(n)
		if ok != (n <= 18) || (ok && v != want.Int64()) {
			t.Errorf("Pow10Int64(%d) = %d, %v", n, v, ok)
		}
		want.Mul(want, big.NewInt(10))
	}
	if _, ok := Pow10Int64(-1); ok {
		t.Error("Pow10Int64(-1) succeeded")
	}
}
