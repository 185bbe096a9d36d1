package contactcost

import (
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// This file holds the exact-sum allocation primitive (largest remainder,
// also called the Hamilton method) used for every split of money in the
// package: shared costs over channels, amounts over sub-periods.
//
// Given an amount of U minor units and weights w_1..w_n with sum W > 0, the
// exact share of part i is U·w_i/W. Each part first gets the floor of its
// share; the k = U − Σ floors units left over (k < n) go one each to the k
// parts with the largest remainders U·w_i mod W. Ties between equal
// remainders go to the part that comes first in the weights. Consequences:
//
//   - the parts sum exactly to the amount;
//   - each part is its exact share rounded down or up, so within one minor
//     unit of it;
//   - a part with weight zero has remainder zero and never gets a leftover
//     unit (there are always more than k non-zero remainders);
//   - a negative amount is split as the positive one and negated, so it is
//     the exact mirror;
//   - scaling all weights by the same factor changes nothing.
//
// Integer weights whose sum fits in 64 bits take a path with no big-number
// arithmetic (128-bit products via math/bits); anything larger takes a
// math/big path. Both give identical results.

// AllocateUnits splits units, an integer count of minor units (cents), into
// len(weights) parts proportional to the non-negative integer weights, by the
// largest-remainder method described in the package documentation. The parts
// sum exactly to units; part i is within one unit of units·weights[i]/Σweights;
// a zero weight gets zero; a negative units is split as the mirror of the
// positive one.
//
// It fails with ErrWeights when weights is empty, has a negative weight or
// sums to zero. It never overflows: weights up to the int64 limit and sums
// beyond 64 bits are handled exactly.
func AllocateUnits(units int64, weights []int64) ([]int64, error) {
	total, fits, err := sumInt64Weights(weights)
	if err != nil {
		return nil, err
	}
	neg := units < 0
	u := uint64(units)
	if neg {
		u = -u // two's complement: |MinInt64| = 2^63 fits in uint64
	}
	dst := make([]int64, len(weights))
	if fits {
		scratch := make([]uint64, 2*len(weights))
		allocFast(u, weights, total, dst, scratch)
	} else {
		parts := allocBig(new(big.Int).SetUint64(u), bigWeights(weights))
		for i, p := range parts {
			dst[i] = int64(p.Uint64()) // each part ≤ u ≤ 2^63
		}
	}
	if neg {
		for i := range dst {
			dst[i] = -dst[i] // wraps correctly for a part of 2^63
		}
	}
	return dst, nil
}

// AllocateInt splits amount into len(weights) parts proportional to the
// non-negative integer weights (contacts, seconds, ...), each part a whole
// number of 10^-scale units (scale 2: cents). The rules are those of
// AllocateUnits: the parts sum exactly to amount, each is within one unit of
// its exact share, a zero weight gets zero and a negative amount is split as
// the mirror of the positive one.
//
// It fails with ErrWeights for empty, negative or all-zero weights,
// ErrOutOfRange for a scale outside [0, MaxFractionDigits], ErrPrecision when
// amount has more decimal places than scale, and ErrTooLarge for an amount
// outside the package bounds.
func AllocateInt(amount decimal.Decimal, weights []int64, scale int32) ([]decimal.Decimal, error) {
	units, err := amountUnits(amount, scale)
	if err != nil {
		return nil, err
	}
	total, fits, err := sumInt64Weights(weights)
	if err != nil {
		return nil, err
	}
	return allocToDecimals(units, weights, total, fits, scale), nil
}

// Allocate splits amount into len(weights) parts proportional to the
// non-negative decimal weights, each part a whole number of 10^-scale units
// (scale 2: cents). Weights may be any non-negative decimals, such as handle
// minutes (1520.5) or percentages (33.3). The rules are those of
// AllocateUnits.
//
// It fails like AllocateInt, and with ErrTooLarge for a weight outside the
// package bounds.
func Allocate(amount decimal.Decimal, weights []decimal.Decimal, scale int32) ([]decimal.Decimal, error) {
	units, err := amountUnits(amount, scale)
	if err != nil {
		return nil, err
	}
	nums := make([]number, len(weights))
	for i, w := range weights {
		n, err := checkDecimal(w)
		if err != nil {
			return nil, fieldErr("", "weights["+strconv.Itoa(i)+"]", err, tooLargeDetail)
		}
		nums[i] = n
	}
	if err := checkWeightSigns(nums, "weights"); err != nil {
		return nil, err
	}
	if small, ok := scaledInt64Weights(nums); ok {
		total, fits, err := sumInt64Weights(small)
		if err != nil {
			return nil, err
		}
		return allocToDecimals(units, small, total, fits, scale), nil
	}
	ints, err := integerWeights(nums, "weights")
	if err != nil {
		return nil, err
	}
	parts := allocBig(new(big.Int).Abs(units), ints)
	return bigPartsToDecimals(parts, units.Sign() < 0, scale), nil
}

// checkWeightSigns reports empty, negative or all-zero weights.
func checkWeightSigns(nums []number, field string) error {
	if len(nums) == 0 {
		return fieldErr("", field, ErrWeights, "empty")
	}
	allZero := true
	for i, n := range nums {
		switch n.sign() {
		case -1:
			return fieldErr("", field+"["+strconv.Itoa(i)+"]", ErrWeights, "negative: "+n.decimal().String())
		case 1:
			allZero = false
		}
	}
	if allZero {
		return fieldErr("", field, ErrWeights, "all zero")
	}
	return nil
}

// scaledInt64Weights scales validated, non-negative canonical weights to
// integers with a common exponent, as integerWeights does, but in int64
// arithmetic; it reports false when a weight does not fit.
func scaledInt64Weights(nums []number) ([]int64, bool) {
	minExp := int32(0)
	for _, n := range nums {
		if n.sign() > 0 {
			minExp = min(minExp, n.exp)
		}
	}
	out := make([]int64, len(nums))
	for i, n := range nums {
		if n.sign() == 0 {
			continue
		}
		shift := n.exp - minExp
		if !n.coef.IsInt64() || int(shift) >= len(pow10Int64) {
			return nil, false
		}
		hi, lo := bits.Mul64(uint64(n.coef.Int64()), uint64(pow10Int64[shift]))
		if hi != 0 || lo > math.MaxInt64 {
			return nil, false
		}
		out[i] = int64(lo)
	}
	return out, true
}

// amountUnits validates amount and scale and returns amount × 10^scale.
func amountUnits(amount decimal.Decimal, scale int32) (*big.Int, error) {
	if err := checkScale("scale", scale); err != nil {
		return nil, err
	}
	n, err := checkAmount("", "amount", amount, true)
	if err != nil {
		return nil, err
	}
	units, exact := n.scaled(scale)
	if !exact {
		return nil, fieldErr("", "amount", ErrPrecision, n.decimal().String()+" at scale "+strconv.Itoa(int(scale)))
	}
	return units, nil
}

// sumInt64Weights validates integer weights and returns their sum and
// whether it fits in a uint64 (the fast path's condition).
func sumInt64Weights(weights []int64) (total uint64, fits bool, err error) {
	if len(weights) == 0 {
		return 0, false, fieldErr("", "weights", ErrWeights, "empty")
	}
	fits = true
	for i, w := range weights {
		if w < 0 {
			return 0, false, fieldErr("", "weights["+strconv.Itoa(i)+"]", ErrWeights, "negative: "+strconv.FormatInt(w, 10))
		}
		var carry uint64
		total, carry = bits.Add64(total, uint64(w), 0)
		if carry != 0 {
			fits = false
		}
	}
	if fits && total == 0 {
		return 0, false, fieldErr("", "weights", ErrWeights, "all zero")
	}
	return total, fits, nil
}

// integerWeights validates canonical decimal weights and scales them to
// integers with a common exponent, which leaves their proportions unchanged.
// field names the weights in errors.
func integerWeights(nums []number, field string) ([]*big.Int, error) {
	if err := checkWeightSigns(nums, field); err != nil {
		return nil, err
	}
	minExp := int32(0)
	for _, n := range nums {
		if n.sign() > 0 {
			minExp = min(minExp, n.exp)
		}
	}
	out := make([]*big.Int, len(nums))
	for i, n := range nums {
		if n.sign() == 0 {
			out[i] = new(big.Int)
			continue
		}
		out[i] = new(big.Int).Mul(n.coef, pow10(int64(n.exp-minExp)))
	}
	return out, nil
}

// int64Weights returns the weights as int64s when they all fit.
func int64Weights(ws []*big.Int) ([]int64, bool) {
	out := make([]int64, len(ws))
	for i, w := range ws {
		if !w.IsInt64() {
			return nil, false
		}
		out[i] = w.Int64()
	}
	return out, true
}

func bigWeights(ws []int64) []*big.Int {
	out := make([]*big.Int, len(ws))
	for i, w := range ws {
		out[i] = big.NewInt(w)
	}
	return out
}

// allocToDecimals splits units over validated int64 weights with the fast
// path when possible and returns decimals at scale.
func allocToDecimals(units *big.Int, weights []int64, total uint64, fits bool, scale int32) []decimal.Decimal {
	neg := units.Sign() < 0
	abs := new(big.Int).Abs(units)
	if fits && abs.IsUint64() && abs.Uint64() <= math.MaxInt64 {
		dst := make([]int64, len(weights))
		allocFast(abs.Uint64(), weights, total, dst, make([]uint64, 2*len(weights)))
		out := make([]decimal.Decimal, len(dst))
		for i, p := range dst {
			if neg {
				p = -p
			}
			out[i] = decimal.New(p, -scale)
		}
		return out
	}
	return bigPartsToDecimals(allocBig(abs, bigWeights(weights)), neg, scale)
}

func bigPartsToDecimals(parts []*big.Int, neg bool, scale int32) []decimal.Decimal {
	out := make([]decimal.Decimal, len(parts))
	for i, p := range parts {
		if neg {
			p.Neg(p)
		}
		out[i] = decimal.NewFromBigInt(p, -scale)
	}
	return out
}

// allocFast splits u over weights (all ≥ 0, sum total > 0 fitting in 64
// bits) into dst, using scratch (len ≥ 2·len(weights)) for remainders. Parts
// are written as int64 bit patterns of their uint64 values; a part can only
// exceed MaxInt64 when u = 2^63, and callers negate such results.
func allocFast(u uint64, weights []int64, total uint64, dst []int64, scratch []uint64) {
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
	// The leftover goes to the k largest remainders, ties to the lower index.
	// Find the k-th largest remainder t; every part above t gets a unit, and
	// the rest go to parts equal to t in index order.
	sel := scratch[n : 2*n]
	copy(sel, rem)
	t := kthLargest(sel, int(k))
	above := uint64(0)
	for i, r := range rem {
		if r > t {
			dst[i]++
			above++
		}
	}
	for i, r := range rem {
		if above == k {
			break
		}
		if r == t {
			dst[i]++
			above++
		}
	}
}

// kthLargest returns the k-th largest value of a (1 ≤ k ≤ len(a)), reordering
// a. It is a quickselect with three-way partitioning (many remainders are
// often equal) and a median-of-three pivot, falling back to sorting when the
// recursion goes too deep, so it is O(n) on average and O(n log n) at worst.
func kthLargest(a []uint64, k int) uint64 {
	target := len(a) - k // index in ascending order
	lo, hi := 0, len(a)
	depth := 2 * bits.Len(uint(len(a)))
	for hi-lo > 16 {
		if depth == 0 {
			slices.Sort(a[lo:hi])
			return a[target]
		}
		depth--
		mid := lo + (hi-lo)/2
		p := median3(a[lo], a[mid], a[hi-1])
		// Dutch-flag partition of a[lo:hi] into < p, == p, > p.
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

// allocBig is the math/big path: it splits u ≥ 0 over weights ≥ 0 with a
// positive sum and returns new parts. It follows the same rules as allocFast.
func allocBig(u *big.Int, weights []*big.Int) []*big.Int {
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
	for _, i := range order[:k] {
		parts[i].Add(parts[i], bigOne)
	}
	return parts
}

// BasisKind says what a shared cost is allocated by.
type BasisKind uint8

// The allocation bases. The measure bases share a cost in proportion to a
// volume figure of each channel; ByPercent and ByWeights take the shares from
// Basis.Weights.
const (
	// ByContacts shares by contacts handled (volume).
	ByContacts BasisKind = iota + 1
	// ByHandleTime shares by handle minutes (workload: contacts × AHT).
	ByHandleTime
	// ByQueueTime shares by queue minutes (for toll-free or queueing costs).
	ByQueueTime
	// ByAgentHours shares by agent hours paid.
	ByAgentHours
	// ByFTE shares by full-time-equivalent agents or seats.
	ByFTE
	// ByPercent shares by fixed percentages that must sum to exactly 100.
	ByPercent
	// ByWeights shares by any non-negative weights, not all zero.
	ByWeights
)

var basisNames = [...]string{
	ByContacts:   "contacts",
	ByHandleTime: "handle-time",
	ByQueueTime:  "queue-time",
	ByAgentHours: "agent-hours",
	ByFTE:        "fte",
	ByPercent:    "percent",
	ByWeights:    "weights",
}

var basisMeasures = [...]Measure{
	ByContacts:   Contacts,
	ByHandleTime: HandleMinutes,
	ByQueueTime:  QueueMinutes,
	ByAgentHours: AgentHours,
	ByFTE:        FTE,
}

// String returns the kind's name as used in JSON: "contacts", "handle-time",
// "queue-time", "agent-hours", "fte", "percent" or "weights".
func (k BasisKind) String() string { return enumName(basisNames[:], int(k), "BasisKind") }

func (k BasisKind) valid() bool { return k >= ByContacts && int(k) < len(basisNames) }

// Measure returns the volume figure a measure basis shares by, and false for
// ByPercent, ByWeights and invalid kinds.
func (k BasisKind) Measure() (Measure, bool) {
	if k >= ByContacts && int(k) < len(basisMeasures) {
		return basisMeasures[k], true
	}
	return 0, false
}

// MarshalText implements encoding.TextMarshaler. The zero BasisKind (not
// set) marshals as empty text.
func (k BasisKind) MarshalText() ([]byte, error) {
	return enumText(basisNames[:], int(k), "BasisKind", "basis", true)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero BasisKind.
func (k *BasisKind) UnmarshalText(text []byte) error {
	v, err := enumParse(basisNames[:], string(text), "basis", true)
	if err != nil {
		return err
	}
	*k = BasisKind(v)
	return nil
}

// Weight is one channel's weight in a ByPercent or ByWeights basis.
type Weight struct {
	Channel Channel         // the channel weighted
	Value   decimal.Decimal // its weight or percentage; not negative
}

// Basis says how a shared cost line is split over channels.
//
// For a measure kind (ByContacts, ByHandleTime, ...) each channel's share is
// its figure over the sum of the figures. By default every channel of the
// model takes part; Among restricts the split to the listed channels (agent
// wages among the assisted channels only, say). Every channel taking part
// must have the figure: a zero means the data is missing, so it is an error
// (ErrMissingVolume) rather than a silent zero share; leave such a channel
// out with Among.
//
// For ByPercent and ByWeights the shares come from Weights, one per channel
// taking part; channels not listed get nothing. Percentages must sum to
// exactly 100.
//
// The zero Basis is "not set".
type Basis struct {
	Kind    BasisKind // what the cost is split by
	Weights []Weight  // the shares of ByPercent and ByWeights
	Among   []Channel // for measure kinds: only these channels (default all)
}

// IsZero reports whether b is the zero Basis.
func (b Basis) IsZero() bool { return b.Kind == 0 && b.Weights == nil && b.Among == nil }

// Equal reports whether b and o are the same basis.
func (b Basis) Equal(o Basis) bool {
	return b.Kind == o.Kind && slices.Equal(b.Among, o.Among) &&
		slices.EqualFunc(b.Weights, o.Weights, func(x, y Weight) bool {
			return x.Channel == y.Channel && decimalsEqual(x.Value, y.Value)
		})
}
