package contactcost

import (
	"math"
	"math/big"
	"strconv"

	"github.com/contactcost/contactcost/internal/alloc"
	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// AllocateUnits splits units (a count of minor units, such as cents) into
// len(weights) parts proportional to the non-negative weights, by the
// largest-remainder method: each part first gets the floor of its exact
// share, and the units left over go one each to the parts with the largest
// remainders, ties to the earlier weight. The parts sum exactly to units;
// part i is within one unit of units·weights[i]/Σweights; a zero weight
// gets zero; a negative units is split as the mirror of the positive one.
//
// It fails with ErrWeights when weights is empty, has a negative weight or
// sums to zero. It never overflows: weights up to the int64 limit and sums
// beyond 64 bits are handled exactly.
func AllocateUnits(units int64, weights []int64) ([]int64, error) {
	total, fits, problem, at := alloc.Check(weights)
	if err := weightsErr(problem, at, weights); err != nil {
		return nil, err
	}
	neg := units < 0
	u := uint64(units)
	if neg {
		u = -u // two's complement: |MinInt64| = 2^63 fits in a uint64
	}
	dst := make([]int64, len(weights))
	if fits {
		alloc.Fast(u, weights, total, dst, make([]uint64, 2*len(weights)))
	} else {
		parts := make([]exact.Int, len(weights))
		alloc.FromInt64(weights).Split(exact.BigInt(new(big.Int).SetUint64(u)), parts, nil)
		for i, p := range parts {
			dst[i] = int64(p.Big().Uint64()) // each part ≤ u ≤ 2^63
		}
	}
	if neg {
		for i := range dst {
			dst[i] = -dst[i] // wraps correctly for a part of 2^63
		}
	}
	return dst, nil
}

// weightsErr describes a problem alloc.Check found.
func weightsErr(p alloc.Problem, at int, weights []int64) error {
	switch p {
	case alloc.Empty:
		return argErr("weights", ErrWeights, "empty")
	case alloc.Negative:
		return argErr("weights["+strconv.Itoa(at)+"]", ErrWeights, "negative: "+strconv.FormatInt(weights[at], 10))
	case alloc.AllZero:
		return argErr("weights", ErrWeights, "all zero")
	}
	return nil
}

// Allocate splits amount into len(weights) parts proportional to the
// non-negative decimal weights (handle minutes such as 1520.5, percentages
// such as 33.3, contact counts), each part a whole number of 10^-scale
// units (scale 2: cents), by the rules of AllocateUnits: the parts sum
// exactly to amount, each is within one unit of its exact share, a zero
// weight gets zero and a negative amount splits as the mirror of the
// positive one.
//
// It fails with ErrWeights for empty, negative or all-zero weights,
// ErrOutOfRange for a scale outside [0, MaxFractionDigits], ErrPrecision
// when amount has more decimal places than scale, and ErrTooLarge for an
// amount or weight outside the package bounds.
func Allocate(amount decimal.Decimal, weights []decimal.Decimal, scale int32) ([]decimal.Decimal, error) {
	units, err := amountUnits(amount, scale)
	if err != nil {
		return nil, err
	}
	// Small splits use arrays on the stack.
	var numsBuf [16]number
	nums := numsBuf[:0]
	if len(weights) > len(numsBuf) {
		nums = make([]number, 0, len(weights))
	}
	nums = nums[:len(weights)]
	for i, w := range weights {
		n, ok := exact.FromDecimal(w)
		if !ok || n.Sign() < 0 {
			return nil, weightErr(i, w)
		}
		nums[i] = n
	}
	w, ok := weightsOf(nums)
	if !ok {
		if len(nums) == 0 {
			return nil, argErr("weights", ErrWeights, "empty")
		}
		return nil, argErr("weights", ErrWeights, "all zero")
	}
	out := make([]decimal.Decimal, len(nums))
	if u, ok := units.Small(); ok && u >= 0 && w.Fits() {
		// The common case: no big numbers between the input and the parts.
		var partsBuf [16]int64
		var scratch [32]uint64
		parts := partsBuf[:0]
		if len(nums) > len(partsBuf) {
			parts = make([]int64, 0, len(nums))
		}
		parts = parts[:len(nums)]
		w.SplitInt64(uint64(u), parts, scratch[:0])
		for i, p := range parts {
			out[i] = exact.IntOf(p).Decimal(-scale)
		}
		return out, nil
	}
	parts := make([]exact.Int, len(nums))
	w.Split(units, parts, new(alloc.Scratch))
	for i, p := range parts {
		out[i] = p.Decimal(-scale)
	}
	return out, nil
}

// weightErr describes weight i, which is outside the bounds or negative.
func weightErr(i int, w decimal.Decimal) error {
	arg := "weights[" + strconv.Itoa(i) + "]"
	n, err := checkArg(arg, w, true)
	if err != nil {
		return err
	}
	return argErr(arg, ErrWeights, "negative: "+n.String())
}

// amountUnits validates amount and scale and returns amount × 10^scale.
func amountUnits(amount decimal.Decimal, scale int32) (exact.Int, error) {
	if err := checkScale(loc{}, "scale", scale); err != nil {
		return exact.Int{}, err
	}
	n, err := checkArg("amount", amount, true)
	if err != nil {
		return exact.Int{}, err
	}
	units, ok := n.Scaled(scale)
	if !ok {
		return exact.Int{}, argErr("amount", ErrPrecision, n.String()+" at scale "+strconv.Itoa(int(scale)))
	}
	return units, nil
}

// weightsOf scales non-negative decimal weights to integers with a common
// exponent, which keeps their proportions, in int64 arithmetic when they
// fit. It reports false for empty or all-zero weights.
func weightsOf(nums []number) (alloc.Weights, bool) {
	minExp := int32(0)
	positive := false
	for _, n := range nums {
		if n.Sign() > 0 {
			minExp = min(minExp, n.Exp())
			positive = true
		}
	}
	if !positive {
		return alloc.Weights{}, false
	}
	if small, ok := int64Weights(nums, minExp); ok {
		return alloc.FromInt64(small), true
	}
	ints := make([]*big.Int, len(nums))
	for i, n := range nums {
		c := n.Coefficient()
		ints[i] = c.Mul(c, exact.Pow10(int64(n.Exp()-minExp)))
	}
	return alloc.FromBig(ints), true
}

// int64Weights scales the weights to a common exponent in int64s,
// reporting false when one does not fit.
func int64Weights(nums []number, minExp int32) ([]int64, bool) {
	out := make([]int64, len(nums))
	for i, n := range nums {
		c, ok := n.Small()
		if !ok {
			return nil, false
		}
		if c == 0 {
			continue
		}
		p, ok := exact.Pow10Int64(int64(n.Exp() - minExp))
		if !ok || c > math.MaxInt64/p {
			return nil, false
		}
		out[i] = c * p
	}
	return out, true
}
