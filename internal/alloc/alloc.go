// Package alloc splits an integer amount into parts proportional to
// non-negative integer weights by the largest-remainder (Hamilton) method:
// each part gets the floor of its exact share, and the units left over,
// fewer than the number of parts, go one each to the parts with the largest
// remainders, ties to the part that comes first.
//
// So the parts sum exactly to the amount, each part is within one unit of
// its exact share, a zero weight gets zero, and a negative amount splits as
// the exact mirror of the positive one.
//
// Weights whose sum fits in 64 bits, with an amount that fits in 63, take a
// path with 128-bit products (math/bits) and an O(n) selection of the parts
// that get a leftover unit; anything larger takes a math/big path. Both give
// identical results.
package alloc

import (
	"math"
	"math/big"
	"math/bits"
	"slices"

	"github.com/contactcost/contactcost/internal/exact"
)

// Problem says what is wrong with a weight vector.
type Problem uint8

// The problems Check finds.
const (
	OK       Problem = iota
	Empty            // no weights
	Negative         // a negative weight (at the index Check returns)
	AllZero          // every weight is zero
)

// Check validates int64 weights and returns their sum and whether it fits
// in a uint64 (the fast path's condition); on a problem, index is the
// offending weight for Negative.
func Check(weights []int64) (total uint64, fits bool, p Problem, index int) {
	if len(weights) == 0 {
		return 0, false, Empty, 0
	}
	fits = true
	for i, w := range weights {
		if w < 0 {
			return 0, false, Negative, i
		}
		var carry uint64
		total, carry = bits.Add64(total, uint64(w), 0)
		if carry != 0 {
			fits = false
		}
	}
	if fits && total == 0 {
		return 0, false, AllZero, 0
	}
	return total, fits, OK, 0
}

// Fast splits u over weights (all ≥ 0, with the positive sum total) into
// dst, using scratch (len ≥ 2·len(weights)) for remainders. Parts are
// written as int64 bit patterns of their uint64 values; a part can only
// exceed MaxInt64 when u = 2^63, and callers negate such results.
func Fast(u uint64, weights []int64, total uint64, dst []int64, scratch []uint64) {
	n := len(weights)
	rem := scratch[:n]
	var assigned uint64
	for i, w := range weights {
		// u·w < 2^64·total, so the high word is below total and Div64
		// cannot overflow; the quotient is at most u.
		hi, lo := bits.Mul64(u, uint64(w))
		q, r := bits.Div64(hi, lo, total)
		dst[i] = int64(q)
		rem[i] = r
		assigned += q
	}
	k := u - assigned // leftover units, fewer than n
	if k == 0 {
		return
	}
	// The leftover goes to the k largest remainders, ties to the lower
	// index: find the k-th largest remainder t; every part above t gets a
	// unit, and the rest go to parts equal to t in index order.
	sel := scratch[n : 2*n]
	copy(sel, rem)
	t := KthLargest(sel, int(k))
	given := uint64(0)
	for i, r := range rem {
		if r > t {
			dst[i]++
			given++
		}
	}
	for i, r := range rem {
		if given == k {
			break
		}
		if r == t {
			dst[i]++
			given++
		}
	}
}

// KthLargest returns the k-th largest value of a (1 ≤ k ≤ len(a)),
// reordering a. It is a quickselect with three-way partitioning (many
// remainders are often equal) and a median-of-three pivot, falling back to
// sorting when the recursion goes too deep: O(n) on average, O(n log n) at
// worst.
func KthLargest(a []uint64, k int) uint64 {
	target := len(a) - k // index in ascending order
	lo, hi := 0, len(a)
	depth := 2 * bits.Len(uint(len(a)))
	for hi-lo > 16 {
		if depth == 0 {
			slices.Sort(a[lo:hi])
			return a[target]
		}
		depth--
		p := median3(a[lo], a[lo+(hi-lo)/2], a[hi-1])
		lt, gt := partition3(a, lo, hi, p)
		switch {
		case target < lt:
			hi = lt
		case target >= gt:
			lo = gt
		default:
			return p
		}
	}
	slices.Sort(a[lo:hi])
	return a[target]
}

// partition3 is a Dutch-flag partition of a[lo:hi] into values below p,
// equal to p and above p; it returns the bounds of the middle run.
func partition3(a []uint64, lo, hi int, p uint64) (lt, gt int) {
	lt, i, gt := lo, lo, hi
	for i < gt {
		switch v := a[i]; {
		case v < p:
			a[lt], a[i] = a[i], a[lt]
			lt++
			i++
		case v > p:
			gt--
			a[gt], a[i] = a[i], a[gt]
		default:
			i++
		}
	}
	return lt, gt
}

func median3(a, b, c uint64) uint64 {
	if a > b {
		a, b = b, a
	}
	if b > c {
		b = c
	}
	if a > b {
		return a
	}
	return b
}

// Big is the math/big path: it splits u ≥ 0 over weights ≥ 0 with a
// positive sum and returns new parts, by the same rules as Fast.
func Big(u *big.Int, weights []*big.Int) []*big.Int {
	n := len(weights)
	total := new(big.Int)
	for _, w := range weights {
		total.Add(total, w)
	}
	parts := make([]*big.Int, n)
	rems := make([]*big.Int, n)
	assigned := new(big.Int)
	prod := new(big.Int)
	for i, w := range weights {
		prod.Mul(u, w)
		parts[i], rems[i] = new(big.Int).QuoRem(prod, total, new(big.Int))
		assigned.Add(assigned, parts[i])
	}
	k := new(big.Int).Sub(u, assigned).Int64() // fewer than n
	if k == 0 {
		return parts
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	one := big.NewInt(1)
	for _, i := range order[:k] {
		parts[i].Add(parts[i], one)
	}
	return parts
}

// Weights is a validated weight vector (non-negative, positive sum), ready
// to split any number of amounts. It is immutable once made.
type Weights struct {
	big   []*big.Int // the weights; nil when small holds them all
	small []int64    // the weights, when they all fit in int64
	total uint64     // their sum, when fits
	fits  bool       // small != nil and the sum fits in 64 bits
}

// FromInt64 returns the weights ws (validated by Check; retained).
func FromInt64(ws []int64) Weights {
	total, fits, _, _ := Check(ws)
	return Weights{small: ws, total: total, fits: fits}
}

// FromBig returns the weights ws (non-negative, positive sum; retained),
// on the 64-bit path when they allow it.
func FromBig(ws []*big.Int) Weights {
	small := make([]int64, len(ws))
	for i, w := range ws {
		if !w.IsInt64() {
			return Weights{big: ws}
		}
		small[i] = w.Int64()
	}
	return FromInt64(small)
}

// Len returns the number of weights.
func (w Weights) Len() int {
	if w.big != nil {
		return len(w.big)
	}
	return len(w.small)
}

// bigWeights returns the weights as big.Ints.
func (w Weights) bigWeights() []*big.Int {
	if w.big != nil {
		return w.big
	}
	out := make([]*big.Int, len(w.small))
	for i, v := range w.small {
		out[i] = big.NewInt(v)
	}
	return out
}

// Fits reports whether the weights take the 64-bit path (SplitInt64).
func (w Weights) Fits() bool { return w.fits }

// SplitInt64 splits u < 2^63 over weights for which Fits holds into dst
// (len ≥ Len()), using scratch for remainders when it has room for
// 2·Len() (so a caller may lend an array on its stack).
func (w Weights) SplitInt64(u uint64, dst []int64, scratch []uint64) {
	if cap(scratch) < 2*len(w.small) {
		scratch = make([]uint64, 2*len(w.small))
	}
	Fast(u, w.small, w.total, dst, scratch[:2*len(w.small)])
}

// Scratch is reusable working memory for Split; the zero Scratch is ready
// to use. A Scratch must not be shared between goroutines.
type Scratch struct {
	parts []int64
	rems  []uint64
}

func (s *Scratch) grow(n int) {
	if cap(s.parts) < n {
		s.parts = make([]int64, n)
		s.rems = make([]uint64, 2*n)
	}
	s.parts, s.rems = s.parts[:n], s.rems[:2*n]
}

// Split splits units (any sign) over the weights into dst (len ≥ Len()).
func (w Weights) Split(units exact.Int, dst []exact.Int, s *Scratch) {
	if v, ok := units.Small(); ok && w.fits && v != math.MinInt64 {
		u, neg := uint64(v), v < 0
		if neg {
			u = uint64(-v)
		}
		n := len(w.small)
		s.grow(n)
		Fast(u, w.small, w.total, s.parts, s.rems)
		for i, p := range s.parts {
			if neg {
				p = -p
			}
			dst[i] = exact.IntOf(p)
		}
		return
	}
	abs := units.Big()
	neg := abs.Sign() < 0
	abs.Abs(abs)
	for i, p := range Big(abs, w.bigWeights()) {
		if neg {
			p.Neg(p)
		}
		dst[i] = exact.BigInt(p)
	}
}
