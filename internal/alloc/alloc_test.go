package alloc

import (
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/google/go-cmp/cmp"
)

func bigs(ws ...int64) []*big.Int {
	out := make([]*big.Int, len(ws))
	for i, w := range ws {
		out[i] = big.NewInt(w)
	}
	return out
}

func mustBig(s string) *big.Int {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad integer " + s)
	}
	return b
}

func strs[T interface{ String() string }](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

// refSplit is a direct math/big statement of the method, written apart from
// Big: the floor of each exact share u·w/Σw, then one unit each to the
// largest remainders, ties to the lower index; a negative amount is the
// mirror of its absolute value.
func refSplit(units *big.Int, ws []*big.Int) []*big.Int {
	u := new(big.Int).Abs(units)
	total := new(big.Int)
	for _, w := range ws {
		total.Add(total, w)
	}
	parts := make([]*big.Int, len(ws))
	rems := make([]*big.Int, len(ws))
	left := new(big.Int).Set(u)
	for i, w := range ws {
		share := new(big.Int).Mul(u, w)
		parts[i] = new(big.Int).Quo(share, total)
		rems[i] = share.Sub(share, new(big.Int).Mul(parts[i], total))
		left.Sub(left, parts[i])
	}
	idx := make([]int, len(ws))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		if c := rems[idx[a]].Cmp(rems[idx[b]]); c != 0 {
			return c > 0
		}
		return idx[a] < idx[b]
	})
	for _, i := range idx[:left.Int64()] {
		parts[i].Add(parts[i], big.NewInt(1))
	}
	if units.Sign() < 0 {
		for _, p := range parts {
			p.Neg(p)
		}
	}
	return parts
}

// checkInvariants checks the promises of the package doc on one split: the
// parts sum to units, each is within one unit of its exact share
// units·w/Σw (|part·Σw − units·w| < Σw), and a zero weight gets zero.
func checkInvariants(t testing.TB, units *big.Int, ws []*big.Int, parts []exact.Int) {
	t.Helper()
	if len(parts) != len(ws) {
		t.Fatalf("%d parts for %d weights", len(parts), len(ws))
	}
	total := new(big.Int)
	for _, w := range ws {
		total.Add(total, w)
	}
	sum := new(big.Int)
	for i, p := range parts {
		pb := p.Big()
		sum.Add(sum, pb)
		if v, small := p.Small(); small != pb.IsInt64() || (small && v != pb.Int64()) {
			t.Errorf("part %d = %v is not in its canonical form", i, p)
		}
		if ws[i].Sign() == 0 && pb.Sign() != 0 {
			t.Errorf("part %d = %v for a zero weight", i, p)
		}
		// |part − units·w/Σw| < 1 ⇔ |part·Σw − units·w| < Σw.
		share := new(big.Int).Mul(units, ws[i])
		diff := new(big.Int).Mul(pb, total)
		if diff.Sub(diff, share).CmpAbs(total) >= 0 {
			t.Errorf("part %d = %v, a unit or more from its share %s", i, p,
				new(big.Rat).SetFrac(share, total).FloatString(3))
		}
	}
	if sum.Cmp(units) != 0 {
		t.Errorf("parts %v sum to %v, want %v", strs(parts), sum, units)
	}
}

// split runs Weights.Split with a fresh Scratch.
func split(w Weights, units exact.Int) []exact.Int {
	dst := make([]exact.Int, w.Len())
	var s Scratch
	w.Split(units, dst, &s)
	return dst
}

// TestSplitTable is worked by hand: shares u·w/Σw, floors, the leftover
// u − Σfloor, and the remainders u·w mod Σw that decide who gets it.
func TestSplitTable(t *testing.T) {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	tests := []struct {
		name    string
		units   *big.Int
		weights []*big.Int
		want    []string
	}{
		// 100/3 = 33.33 each; floors 33·3 = 99, 1 left; remainders 1, 1, 1
		// tie, so index 0 gets it.
		{"100 over 1,1,1", big.NewInt(100), bigs(1, 1, 1), []string{"34", "33", "33"}},
		// The mirror of the above.
		{"-100 over 1,1,1", big.NewInt(-100), bigs(1, 1, 1), []string{"-34", "-33", "-33"}},
		// Shares 0 and 1: exact.
		{"1 over 0,1", big.NewInt(1), bigs(0, 1), []string{"0", "1"}},
		// Shares 3, 3, 3, 1: exact.
		{"10 over 3,3,3,1", big.NewInt(10), bigs(3, 3, 3, 1), []string{"3", "3", "3", "1"}},
		// Shares 2.1, 2.1, 2.1, 0.7; floors 2, 2, 2, 0 = 6, 1 left;
		// remainders (of 10) 1, 1, 1, 7: the last gets it.
		{"7 over 3,3,3,1", big.NewInt(7), bigs(3, 3, 3, 1), []string{"2", "2", "2", "1"}},
		// Shares 1.5, 1.5, 1.5, 0.5; floors 1, 1, 1, 0 = 3, 2 left;
		// remainders 5, 5, 5, 5 all tie: indices 0 and 1.
		{"5 over 3,3,3,1", big.NewInt(5), bigs(3, 3, 3, 1), []string{"2", "2", "1", "0"}},
		{"-5 over 3,3,3,1", big.NewInt(-5), bigs(3, 3, 3, 1), []string{"-2", "-2", "-1", "0"}},
		// Shares 3.33, 6.67; floors 3, 6, 1 left; remainders 1, 2 (of 3).
		{"10 over 1,2", big.NewInt(10), bigs(1, 2), []string{"3", "7"}},
		// Shares 0.67 each; floors 0, 2 left; ties: indices 0 and 1.
		{"2 over 1,1,1", big.NewInt(2), bigs(1, 1, 1), []string{"1", "1", "0"}},
		// Shares 0.5, 0, 0.5; 1 left; remainders 5, 0, 5: index 0.
		{"1 over 5,0,5", big.NewInt(1), bigs(5, 0, 5), []string{"1", "0", "0"}},
		{"-1 over 5,0,5", big.NewInt(-1), bigs(5, 0, 5), []string{"-1", "0", "0"}},
		{"0 over 1,2", big.NewInt(0), bigs(1, 2), []string{"0", "0"}},
		{"7 over 0,0,4,0", big.NewInt(7), bigs(0, 0, 4, 0), []string{"0", "0", "7", "0"}},
		// MaxInt64 = 2^63 − 1 over 1, 1: shares 4611686018427387903.5;
		// floors sum to 2^63 − 2, 1 left; tie: index 0.
		{"MaxInt64 over 1,1", big.NewInt(math.MaxInt64), bigs(1, 1), []string{"4611686018427387904", "4611686018427387903"}},
		{"-MaxInt64 over 1,1", big.NewInt(-math.MaxInt64), bigs(1, 1), []string{"-4611686018427387904", "-4611686018427387903"}},
		// MinInt64 = −2^63 (the big path): 2^63/2 = 2^62 each, exact.
		{"MinInt64 over 1,1", big.NewInt(math.MinInt64), bigs(1, 1), []string{"-4611686018427387904", "-4611686018427387904"}},
		// 2^63 over 1, 2: 2^63 = 3·3074457345618258602 + 2, so the floors
		// are 3074457345618258602 and 6148914691236517205 (2^64 = 3·that
		// + 1), summing to 2^63 − 1: 1 left; remainders 2, 1: index 0.
		{"MinInt64 over 1,2", big.NewInt(math.MinInt64), bigs(1, 2), []string{"-3074457345618258603", "-6148914691236517205"}},
		// Weights beyond int64: 2^70 each is 1, 1, 1 scaled.
		{"100 over 2^70 ×3", big.NewInt(100), []*big.Int{new(big.Int).Lsh(big.NewInt(1), 70), new(big.Int).Lsh(big.NewInt(1), 70), new(big.Int).Lsh(big.NewInt(1), 70)}, []string{"34", "33", "33"}},
		// 10 over 10^20, 3·10^20: shares 2.5, 7.5; floors 2, 7, 1 left;
		// remainders tie: index 0.
		{"10 over 10^20,3·10^20", big.NewInt(10), []*big.Int{mustBig("100000000000000000000"), mustBig("300000000000000000000")}, []string{"3", "7"}},
		// Each weight fits in int64 but the sum is 2^64, beyond uint64.
		// Shares 5(2^63 − 1)/2^64 = 2.5 − 5/2^64 twice and 10/2^64; floors
		// 2, 2, 0, 1 left; the first two remainders are the largest and
		// tie: index 0.
		{"5 over MaxInt64,MaxInt64,2", big.NewInt(5), bigs(math.MaxInt64, math.MaxInt64, 2), []string{"3", "2", "0"}},
		// Units beyond int64: 2^64 + 1 over 1, 1: shares 2^63 + 0.5; 1
		// left; tie: index 0.
		{"2^64+1 over 1,1", new(big.Int).Add(two64, big.NewInt(1)), bigs(1, 1), []string{"9223372036854775809", "9223372036854775808"}},
		{"-(2^64+1) over 1,1", new(big.Int).Neg(new(big.Int).Add(two64, big.NewInt(1))), bigs(1, 1), []string{"-9223372036854775809", "-9223372036854775808"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units := exact.BigInt(new(big.Int).Set(tt.units))
			got := split(FromBig(tt.weights), units)
			if diff := cmp.Diff(tt.want, strs(got)); diff != "" {
				t.Errorf("Split (-want +got):\n%s", diff)
			}
			checkInvariants(t, tt.units, tt.weights, got)
			if diff := cmp.Diff(strs(refSplit(tt.units, tt.weights)), strs(got)); diff != "" {
				t.Errorf("Split differs from refSplit (-ref +got):\n%s", diff)
			}
			// Int64 weights give the same through FromInt64, Fast and Big.
			small := make([]int64, len(tt.weights))
			for i, w := range tt.weights {
				if !w.IsInt64() {
					return
				}
				small[i] = w.Int64()
			}
			if diff := cmp.Diff(tt.want, strs(split(FromInt64(small), units))); diff != "" {
				t.Errorf("FromInt64 Split (-want +got):\n%s", diff)
			}
			total, fits, p, _ := Check(small)
			if p != OK {
				t.Fatalf("Check: %v", p)
			}
			abs := new(big.Int).Abs(tt.units)
			if fits && abs.IsUint64() && abs.Uint64() <= 1<<63 {
				dst, scratch := make([]int64, len(small)), make([]uint64, 2*len(small))
				Fast(abs.Uint64(), small, total, dst, scratch)
				bigParts := Big(abs, tt.weights)
				for i := range dst {
					if uint64(dst[i]) != bigParts[i].Uint64() || !bigParts[i].IsUint64() {
						t.Errorf("Fast part %d = %d, Big %v", i, uint64(dst[i]), bigParts[i])
					}
				}
			}
		})
	}
}

// TestFastTopUnits: u = 2^63, the one amount whose part can exceed
// MaxInt64, is written as the bit pattern of its uint64.
func TestFastTopUnits(t *testing.T) {
	dst, scratch := make([]int64, 3), make([]uint64, 6)
	Fast(1<<63, []int64{0, 5, 0}, 5, dst, scratch)
	if uint64(dst[1]) != 1<<63 || dst[0] != 0 || dst[2] != 0 {
		t.Errorf("Fast(2^63 over 0,5,0) = %v", dst)
	}
	// 2^63 over 1, 1, 1: 2^63 = 3·3074457345618258602 + 2, so 2 left and
	// the tie goes to indices 0 and 1.
	dst = dst[:3]
	Fast(1<<63, []int64{1, 1, 1}, 3, dst, scratch)
	want := []int64{3074457345618258603, 3074457345618258603, 3074457345618258602}
	if diff := cmp.Diff(want, dst); diff != "" {
		t.Errorf("Fast(2^63 over 1,1,1) (-want +got):\n%s", diff)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		weights []int64
		total   uint64
		fits    bool
		p       Problem
		index   int
	}{
		{nil, 0, false, Empty, 0},
		{[]int64{}, 0, false, Empty, 0},
		{[]int64{1, -1, 2}, 0, false, Negative, 1},
		{[]int64{-5}, 0, false, Negative, 0},
		{[]int64{1, 2, 3, math.MinInt64}, 0, false, Negative, 3},
		{[]int64{0}, 0, false, AllZero, 0},
		{[]int64{0, 0, 0}, 0, false, AllZero, 0},
		{[]int64{0, 3, 0}, 3, true, OK, 0},
		{[]int64{1, 2, 3}, 6, true, OK, 0},
		{[]int64{math.MaxInt64, 1}, 1 << 63, true, OK, 0},
		{[]int64{math.MaxInt64, math.MaxInt64, 1}, math.MaxUint64, true, OK, 0}, // 2^64 − 1: fits
	}
	for _, tt := range tests {
		total, fits, p, index := Check(tt.weights)
		if total != tt.total || fits != tt.fits || p != tt.p || index != tt.index {
			t.Errorf("Check(%v) = %d, %v, %v, %d; want %d, %v, %v, %d",
				tt.weights, total, fits, p, index, tt.total, tt.fits, tt.p, tt.index)
		}
	}
	// A sum beyond uint64 is valid but does not fit; a negative weight
	// after the overflow is still found.
	if _, fits, p, _ := Check([]int64{math.MaxInt64, math.MaxInt64, 2}); fits || p != OK {
		t.Errorf("Check(MaxInt64, MaxInt64, 2) = %v, %v; want false, OK", fits, p)
	}
	if _, _, p, i := Check([]int64{math.MaxInt64, math.MaxInt64, 2, -1}); p != Negative || i != 3 {
		t.Errorf("Check(…, -1) = %v at %d", p, i)
	}
}

// kthByOrder is the k-th largest by sorting a copy.
func kthByOrder(a []uint64, k int) uint64 {
	s := slices.Clone(a)
	slices.Sort(s)
	return s[len(s)-k]
}

// testKth checks KthLargest against sorting, and that it only reorders a:
// for every k on short slices; on long ones for the 50 largest and
// smallest k and every 10th between.
func testKth(t *testing.T, name string, a []uint64) {
	t.Helper()
	sorted := slices.Sorted(slices.Values(a))
	work := make([]uint64, len(a))
	for k := 1; k <= len(a); k++ {
		if len(a) > 100 && k > 50 && k < len(a)-50 && k%10 != 0 {
			continue
		}
		copy(work, a)
		if got, want := KthLargest(work, k), sorted[len(a)-k]; got != want {
			t.Fatalf("%s (n=%d): KthLargest(k=%d) = %d, want %d", name, len(a), k, got, want)
		}
		if len(a) <= 40 || k%50 == 0 || k == 1 {
			slices.Sort(work)
			if !slices.Equal(work, sorted) {
				t.Fatalf("%s (n=%d): KthLargest(k=%d) changed the values", name, len(a), k)
			}
		}
	}
}

func TestKthLargest(t *testing.T) {
	rng := rand.New(rand.NewPCG(20260101, 1))
	gens := []struct {
		name string
		gen  func(i, n int) uint64
	}{
		{"random", func(int, int) uint64 { return rng.Uint64() }},
		{"few values", func(int, int) uint64 { return rng.Uint64N(3) }},
		{"two values", func(int, int) uint64 { return rng.Uint64N(2) * math.MaxUint64 }},
		{"all equal", func(int, int) uint64 { return 7 }},
		{"ascending", func(i, _ int) uint64 { return uint64(i) }},
		{"descending", func(i, n int) uint64 { return uint64(n - i) }},
		{"organ pipe", func(i, n int) uint64 { return uint64(min(i, n-i)) }},
		{"sawtooth", func(i, _ int) uint64 { return uint64(i % 5) }},
		{"alternating", func(i, _ int) uint64 { return uint64(i%2) * uint64(i) }},
		{"extremes", func(i, _ int) uint64 { return []uint64{0, math.MaxUint64, 1, math.MaxUint64 - 1}[i%4] }},
	}
	for _, g := range gens {
		for n := 0; n <= 40; n++ {
			a := make([]uint64, n)
			for i := range a {
				a[i] = g.gen(i, n)
			}
			testKth(t, g.name, a)
		}
		a := make([]uint64, 1000)
		for i := range a {
			a[i] = g.gen(i, len(a))
		}
		testKth(t, g.name, a)
	}
}

// TestKthLargestLarger: random slices of sizes past the ones above, with
// values drawn from a range as wide as the slice or narrower.
func TestKthLargestLarger(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, n := range []int{41, 63, 64, 65, 257, 4096} {
		for _, spread := range []uint64{2, uint64(n) / 4, uint64(n), math.MaxUint64} {
			b := make([]uint64, n)
			for i := range b {
				b[i] = rng.Uint64N(spread)
			}
			for _, k := range []int{1, 2, n / 3, n / 2, n - 1, n} {
				work := slices.Clone(b)
				if got, want := KthLargest(work, k), kthByOrder(b, k); got != want {
					t.Fatalf("n=%d spread %d: KthLargest(k=%d) = %d, want %d", n, spread, k, got, want)
				}
			}
		}
	}
}

// randomWeights returns n weights of one of several shapes, with a sum that
// fits in uint64 unless big is set.
func randomWeights(rng *rand.Rand, n int, shape int) []int64 {
	ws := make([]int64, n)
	for i := range ws {
		switch shape % 5 {
		case 0: // small
			ws[i] = rng.Int64N(10)
		case 1: // all equal
			ws[i] = 3
		case 2: // large, summing below 2^64
			ws[i] = int64(min(rng.Uint64N(math.MaxUint64/uint64(n)), math.MaxInt64))
		case 3: // mixed magnitudes
			ws[i] = rng.Int64N(1 << uint(rng.IntN(63)))
		case 4: // zeros and a few ones
			if rng.IntN(4) == 0 {
				ws[i] = 1
			}
		}
	}
	if slices.Max(ws) == 0 {
		ws[rng.IntN(n)] = 1 + rng.Int64N(100)
	}
	return ws
}

func randomUnits(rng *rand.Rand) uint64 {
	switch rng.IntN(5) {
	case 0:
		return rng.Uint64N(100)
	case 1:
		return 1 << 63
	case 2:
		return math.MaxInt64 - rng.Uint64N(3)
	default:
		return rng.Uint64N(1 << uint(rng.IntN(64)))
	}
}

// TestFastEqualsBig: the two paths give identical parts.
func TestFastEqualsBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 2026))
	for trial := 0; trial < 3000; trial++ {
		n := 1 + rng.IntN(30)
		if trial%100 == 0 {
			n = 1 + rng.IntN(500)
		}
		ws := randomWeights(rng, n, trial)
		total, fits, p, _ := Check(ws)
		if p != OK || !fits {
			t.Fatalf("weights %v: %v, fits %v", ws, p, fits)
		}
		u := randomUnits(rng)
		dst, scratch := make([]int64, n), make([]uint64, 2*n)
		Fast(u, ws, total, dst, scratch)
		bu := new(big.Int).SetUint64(u)
		parts := Big(bu, bigs(ws...))
		for i := range dst {
			if !parts[i].IsUint64() || uint64(dst[i]) != parts[i].Uint64() {
				t.Fatalf("u=%d weights %v: Fast %v, Big %v", u, ws, dst, strs(parts))
			}
		}
		if u < 1<<63 {
			// Through Weights.Split, both signs.
			for _, units := range []int64{int64(u), -int64(u)} {
				ub := big.NewInt(units)
				got := split(FromInt64(ws), exact.IntOf(units))
				checkInvariants(t, ub, bigs(ws...), got)
				for i := range got {
					want := dst[i]
					if units < 0 {
						want = -want
					}
					if v, _ := got[i].Small(); v != want {
						t.Fatalf("Split(%d, %v)[%d] = %v, want %d", units, ws, i, got[i], want)
					}
				}
			}
		}
	}
}

// TestSplitBigPath: weights beyond int64, sums beyond uint64, units beyond
// int64 and units = MinInt64 take the math/big path; it agrees with refSplit
// and keeps the invariants, and a negative amount is the exact mirror.
func TestSplitBigPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	randBig := func(bits int) *big.Int {
		b := new(big.Int)
		for i := 0; i < bits; i += 64 {
			b.Lsh(b, 64)
			b.Or(b, new(big.Int).SetUint64(rng.Uint64()))
		}
		return b.Rsh(b, uint(rng.IntN(bits+1)))
	}
	for trial := 0; trial < 1500; trial++ {
		n := 1 + rng.IntN(12)
		ws := make([]*big.Int, n)
		for i := range ws {
			switch trial % 4 {
			case 0: // beyond int64
				ws[i] = randBig(130)
			case 1: // each fits, the sum does not
				ws[i] = big.NewInt(math.MaxInt64 - rng.Int64N(1000))
			case 2: // small, some zero
				ws[i] = big.NewInt(rng.Int64N(4))
			case 3: // one huge, the rest tiny
				ws[i] = big.NewInt(rng.Int64N(3))
				if i == 0 {
					ws[i] = randBig(200)
				}
			}
		}
		if slices.IndexFunc(ws, func(w *big.Int) bool { return w.Sign() > 0 }) < 0 {
			ws[0] = big.NewInt(1)
		}
		var units *big.Int
		switch rng.IntN(4) {
		case 0:
			units = big.NewInt(math.MinInt64)
		case 1:
			units = randBig(200)
		case 2:
			units = new(big.Int).Add(big.NewInt(math.MaxInt64), big.NewInt(rng.Int64N(5)))
		default:
			units = big.NewInt(rng.Int64())
		}
		if rng.IntN(2) == 0 {
			units.Neg(units)
		}
		w := FromBig(ws)
		got := split(w, exact.BigInt(new(big.Int).Set(units)))
		checkInvariants(t, units, ws, got)
		if diff := cmp.Diff(strs(refSplit(units, ws)), strs(got)); diff != "" {
			t.Fatalf("units %v weights %v (-ref +got):\n%s", units, strs(ws), diff)
		}
		mirror := split(w, exact.BigInt(new(big.Int).Neg(units)))
		for i := range got {
			if got[i].Neg().Cmp(mirror[i]) != 0 {
				t.Fatalf("units %v weights %v: part %d %v, mirror %v", units, strs(ws), i, got[i], mirror[i])
			}
		}
	}
}

// TestScratchReuse: one Scratch serves splits of any size in turn.
func TestScratchReuse(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	var s Scratch
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.IntN(60)
		ws := randomWeights(rng, n, trial)
		w := FromInt64(ws)
		units := exact.IntOf(rng.Int64N(1e12) - 5e11)
		dst := make([]exact.Int, n)
		w.Split(units, dst, &s)
		if diff := cmp.Diff(strs(split(w, units)), strs(dst)); diff != "" {
			t.Fatalf("reused Scratch (-fresh +reused):\n%s", diff)
		}
		if w.Len() != n {
			t.Fatalf("Len() = %d, want %d", w.Len(), n)
		}
	}
}

// FuzzSplit reads weights from bytes (1, 2 or 8 bytes each by shape) and
// checks the invariants, the mirror, refSplit and Fast == Big.
func FuzzSplit(f *testing.F) {
	f.Add([]byte{1, 1, 1}, int64(100), uint8(0))
	f.Add([]byte{0, 1}, int64(1), uint8(0))
	f.Add([]byte{3, 3, 3, 1}, int64(-10), uint8(0))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0x80, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}, int64(math.MinInt64), uint8(2))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 2, 0, 0, 0, 0, 0, 0, 0}, int64(5), uint8(2))
	f.Add([]byte{5, 0, 5}, int64(math.MaxInt64), uint8(4))
	f.Fuzz(func(t *testing.T, data []byte, units int64, shape uint8) {
		size := [...]int{1, 2, 8}[shape%3]
		var ws []int64
		for i := 0; i+size <= len(data) && len(ws) < 200; i += size {
			var v uint64
			for _, b := range data[i : i+size] {
				v = v<<8 | uint64(b)
			}
			ws = append(ws, int64(v&math.MaxInt64)) // drop the sign bit of 8-byte weights
		}
		if _, _, p, _ := Check(ws); p != OK {
			return
		}
		bws := bigs(ws...)
		ub := big.NewInt(units)
		if shape&4 != 0 { // units beyond int64: units·2^64 + 1
			ub.Lsh(ub, 64).Add(ub, big.NewInt(1))
		}
		w := FromInt64(ws)
		got := split(w, exact.BigInt(new(big.Int).Set(ub)))
		checkInvariants(t, ub, bws, got)
		if diff := cmp.Diff(strs(refSplit(ub, bws)), strs(got)); diff != "" {
			t.Fatalf("units %v weights %v (-ref +got):\n%s", ub, ws, diff)
		}
		mirror := split(w, exact.BigInt(new(big.Int).Neg(ub)))
		for i := range got {
			if got[i].Neg().Cmp(mirror[i]) != 0 {
				t.Fatalf("units %v weights %v: part %d %v, mirror %v", ub, ws, i, got[i], mirror[i])
			}
		}
		total, fits, _, _ := Check(ws)
		abs := new(big.Int).Abs(ub)
		if fits && abs.IsUint64() && abs.Uint64() <= 1<<63 {
			dst, scratch := make([]int64, len(ws)), make([]uint64, 2*len(ws))
			Fast(abs.Uint64(), ws, total, dst, scratch)
			parts := Big(abs, bws)
			for i := range dst {
				if !parts[i].IsUint64() || uint64(dst[i]) != parts[i].Uint64() {
					t.Fatalf("u=%v weights %v: Fast %v, Big %v", abs, ws, dst, strs(parts))
				}
			}
		}
	})
}

func BenchmarkFast(b *testing.B) {
	for _, n := range []int{20, 1000} {
		b.Run("weights="+strconv.Itoa(n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(9, 9))
			ws := make([]int64, n)
			for i := range ws {
				ws[i] = 1 + rng.Int64N(1_000_000)
			}
			total, _, _, _ := Check(ws)
			dst, scratch := make([]int64, n), make([]uint64, 2*n)
			const u = 12_345_678_901 // not a multiple of the total: leftovers to hand out
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Fast(u, ws, total, dst, scratch)
			}
		})
	}
}
