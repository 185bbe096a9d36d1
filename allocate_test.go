package contactcost

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/contactcost/contactcost/internal/alloc"
	"github.com/contactcost/contactcost/internal/exact"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestAllocateUnits(t *testing.T) {
	tests := []struct {
		name    string
		units   int64
		weights []int64
		want    []int64
	}{
		// 100/3 = 33 r 1 for each part; 1 unit left over; equal remainders,
		// so the first part gets it.
		{"thirds", 100, []int64{1, 1, 1}, []int64{34, 33, 33}},
		// Exact shares: no leftover.
		{"exact", 10, []int64{3, 7}, []int64{3, 7}},
		// 10·1/3 = 3 r 1, 10·2/3 = 6 r 2: the leftover unit goes to the larger
		// remainder (the second part), although it comes later.
		{"largest remainder wins", 10, []int64{1, 2}, []int64{3, 7}},
		// 5·1/3 = 1 r 2 for the three weighted parts, 2 left over: the first
		// two weighted parts get them; the zero weight (remainder 0) gets
		// nothing although it comes first.
		{"zero weight gets zero", 5, []int64{0, 1, 1, 1}, []int64{0, 2, 2, 1}},
		// Fewer units than parts: 2·1/5 = 0 r 2 each; 2 left over.
		{"amount smaller than parties", 2, []int64{1, 1, 1, 1, 1}, []int64{1, 1, 0, 0, 0}},
		// The mirror of "thirds".
		{"negative mirror", -100, []int64{1, 1, 1}, []int64{-34, -33, -33}},
		{"zero amount", 0, []int64{4, 5}, []int64{0, 0}},
		{"single part", 7, []int64{9}, []int64{7}},
		// |MinInt64| = 2^63 does not fit in int64; halves of it do.
		{"MinInt64 halves", math.MinInt64, []int64{1, 1}, []int64{-1 << 62, -1 << 62}},
		{"MinInt64 whole", math.MinInt64, []int64{5}, []int64{math.MinInt64}},
		{"MaxInt64 whole", math.MaxInt64, []int64{5, 0}, []int64{math.MaxInt64, 0}},
		// Σw = 2(2^63−1)+1 = 2^64−1 still fits in 64 bits (fast path). Each
		// big weight's share is 1000(2^63−1)/(2^64−1), just under 500: floor
		// 499 with a large remainder; the small weight's share is under 1:
		// floor 0 with a tiny remainder. The 2 leftover units go to the big
		// ones.
		{"weights near the int64 limit", 1000, []int64{math.MaxInt64, math.MaxInt64, 1}, []int64{500, 500, 0}},
		// Σw = 3(2^63−1) overflows 64 bits (math/big path): thirds of 1000.
		{"weight sum beyond 64 bits", 1000, []int64{math.MaxInt64, math.MaxInt64, math.MaxInt64}, []int64{334, 333, 333}},
		{"weight sum beyond 64 bits, negative", -1000, []int64{math.MaxInt64, math.MaxInt64, math.MaxInt64}, []int64{-334, -333, -333}},
		// 7 over 1:2:4 = 1, 2, 4 exactly.
		{"sevenths", 7, []int64{1, 2, 4}, []int64{1, 2, 4}},
		// 1 unit over 2:1 → shares 2/3 and 1/3: floors 0, 0, remainders 2, 1.
		{"one unit to the largest share", 1, []int64{2, 1}, []int64{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AllocateUnits(tt.units, tt.weights)
			if err != nil {
				t.Fatalf("AllocateUnits(%d, %v) error: %v", tt.units, tt.weights, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("AllocateUnits(%d, %v) mismatch (-want +got):\n%s", tt.units, tt.weights, diff)
			}
		})
	}
}

func TestAllocateUnitsErrors(t *testing.T) {
	tests := []struct {
		name    string
		weights []int64
		path    string
		detail  string
	}{
		{"nil", nil, "weights", "empty"},
		{"empty", []int64{}, "weights", "empty"},
		{"negative", []int64{1, -2, 3}, "weights[1]", "negative: -2"},
		{"MinInt64", []int64{math.MinInt64}, "weights[0]", "negative: -9223372036854775808"},
		{"all zero", []int64{0, 0}, "weights", "all zero"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AllocateUnits(100, tt.weights)
			if !errors.Is(err, ErrWeights) || got != nil {
				t.Fatalf("AllocateUnits(100, %v) = %v, %v, want ErrWeights", tt.weights, got, err)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Path != tt.path || fe.Detail != tt.detail {
				t.Errorf("AllocateUnits(100, %v) error = %v, want at %q: %q", tt.weights, err, tt.path, tt.detail)
			}
		})
	}
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		name    string
		amount  string
		weights []string
		scale   int32
		want    []string
	}{
		// Percentages 33.3/33.3/33.4 of 100.00: exact, 33.30/33.30/33.40.
		{"decimal weights", "100.00", []string{"33.3", "33.3", "33.4"}, 2, []string{"33.30", "33.30", "33.40"}},
		// 5 cents over two equal parts: 2 each and 1 left, to the first.
		{"cents", "0.05", []string{"1", "1"}, 2, []string{"0.03", "0.02"}},
		// JPY has no minor unit: scale 0.
		{"yen", "1000", []string{"1", "1", "1"}, 0, []string{"334", "333", "333"}},
		// KWD has three decimals: 1.000 = 1000 units over thirds.
		{"dinar", "1", []string{"1", "1", "1"}, 3, []string{"0.334", "0.333", "0.333"}},
		// Handle minutes as weights: 1520.5 and 479.5 (sum 2000) share 1000:
		// 760.25 and 239.75, exact.
		{"handle minutes", "1000", []string{"1520.5", "479.5"}, 2, []string{"760.25", "239.75"}},
		// Weights with different exponents: 0.5 and 2 are 1:4 → 20 and 80.
		{"mixed exponents", "100", []string{"0.5", "2"}, 2, []string{"20.00", "80.00"}},
		// A 35-digit amount over thirds: 10^33 cents/3 = 333...3 r 1 each;
		// the leftover cent goes to the first part.
		{"35 digits", "10000000000000000000000000000000.00", []string{"1", "1", "1"}, 2,
			[]string{"3333333333333333333333333333333.34", "3333333333333333333333333333333.33", "3333333333333333333333333333333.33"}},
		{"negative", "-0.05", []string{"1", "1"}, 2, []string{"-0.03", "-0.02"}},
		{"zero weight", "0.03", []string{"0", "1", "1"}, 2, []string{"0.00", "0.02", "0.01"}},
		// Weights beyond int64 (the math/big path): 10^25 and 3·10^25 are 1:3.
		{"huge weights", "4", []string{"10000000000000000000000000", "30000000000000000000000000"}, 0, []string{"1", "3"}},
		// Integer weights (the old AllocateInt): 1234.56 over contacts
		// 18000/6000/9000 (6:2:3 of 11): 123456 cents ·6/11 = 67339 r 7,
		// ·2/11 = 22446 r 6, ·3/11 = 33669 r 9; the 2 cents left over go to
		// the remainders 9 and 7.
		{"contact counts", "1234.56", []string{"18000", "6000", "9000"}, 2, []string{"673.40", "224.46", "336.70"}},
		// Integer weights at the int64 limit: as AllocateUnits' "weights near
		// the int64 limit" and "weight sum beyond 64 bits".
		{"integer weights near the int64 limit", "10.00", []string{"9223372036854775807", "9223372036854775807", "1"}, 2,
			[]string{"5.00", "5.00", "0.00"}},
		{"integer weights beyond 64 bits", "10.00", []string{"9223372036854775807", "9223372036854775807", "9223372036854775807"}, 2,
			[]string{"3.34", "3.33", "3.33"}},
		// A whole amount at a scale finer than its places.
		{"scale finer than the amount", "1", []string{"1", "2"}, 4, []string{"0.3333", "0.6667"}},
		{"zero amount", "0", []string{"1", "2"}, 2, []string{"0", "0"}},
		{"widest scale", "1", []string{"1", "1", "1"}, MaxFractionDigits, []string{
			"0." + strings.Repeat("3", 29) + "4", "0." + strings.Repeat("3", 30), "0." + strings.Repeat("3", 30)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Allocate(dec(tt.amount), decs(tt.weights...), tt.scale)
			if err != nil {
				t.Fatalf("Allocate(%s, %v, %d) error: %v", tt.amount, tt.weights, tt.scale, err)
			}
			if diff := cmp.Diff(decs(tt.want...), got); diff != "" {
				t.Errorf("Allocate(%s, %v, %d) mismatch (-want +got):\n%s", tt.amount, tt.weights, tt.scale, diff)
			}
			sum := decimal.Zero
			for _, p := range got {
				sum = sum.Add(p)
			}
			if !sum.Equal(dec(tt.amount)) {
				t.Errorf("Allocate(%s, %v, %d) parts sum to %s", tt.amount, tt.weights, tt.scale, sum)
			}
		})
	}
}

func TestAllocateErrors(t *testing.T) {
	tests := []struct {
		name    string
		amount  decimal.Decimal
		weights []decimal.Decimal
		scale   int32
		want    error
		path    string
	}{
		{"empty weights", dec("1"), nil, 2, ErrWeights, "weights"},
		{"negative weight", dec("1"), decs("1", "-0.5"), 2, ErrWeights, "weights[1]"},
		{"all zero", dec("1"), decs("0", "0.00"), 2, ErrWeights, "weights"},
		{"more places than scale", dec("10.005"), decs("1"), 2, ErrPrecision, "amount"},
		{"places at scale 0", dec("0.5"), decs("1"), 0, ErrPrecision, "amount"},
		{"negative scale", dec("10"), decs("1"), -1, ErrOutOfRange, "scale"},
		{"scale too large", dec("10"), decs("1"), MaxFractionDigits + 1, ErrOutOfRange, "scale"},
		{"huge exponent amount", decimal.New(1, 1_000_000_000), decs("1"), 2, ErrTooLarge, "amount"},
		{"tiny exponent amount", decimal.New(1, -1_000_000_000), decs("1"), 2, ErrTooLarge, "amount"},
		{"huge weight", dec("1"), []decimal.Decimal{decimal.New(1, 2_000_000_000)}, 2, ErrTooLarge, "weights[0]"},
		{"tiny weight", dec("1"), []decimal.Decimal{dec("1"), decimal.New(1, -31)}, 2, ErrTooLarge, "weights[1]"},
		// 10^43 has 44 digits before the point; the bound is 40.
		{"too many digits", dec("1" + strings.Repeat("0", 43)), decs("1"), 0, ErrTooLarge, "amount"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Allocate(tt.amount, tt.weights, tt.scale)
			if !errors.Is(err, tt.want) || got != nil {
				t.Fatalf("Allocate() = %v, %v, want %v", got, err, tt.want)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Path != tt.path {
				t.Errorf("Allocate() error = %v, want path %q", err, tt.path)
			}
		})
	}
}

// allocatePathCases are splits that every path must agree on: the 64-bit
// path, the math/big path, and decimal weights on either.
var allocatePathCases = []struct {
	units   int64
	weights []int64
}{
	{100, []int64{1, 1, 1}},
	{5, []int64{0, 1, 1, 1}},
	{999, []int64{7, 7, 7, 3, 3, 0, 11}},
	{1 << 62, []int64{3, 5, 7, 11, 13}},
	{12345, []int64{math.MaxInt64, 1, math.MaxInt64 / 3}},
	{-999, []int64{7, 7, 7, 3, 3, 0, 11}},
	{1, []int64{1, 1, 1, 1}},
}

// allocateManyWeights returns 1000 weights with many equal remainders, to
// exercise the tie-break and the three-way partition of the selection.
func allocateManyWeights() []int64 {
	many := make([]int64, 1000)
	for i := range many {
		many[i] = int64(1 + i%3)
	}
	return many
}

// TestAllocatePathsAgree pins that AllocateUnits (the 64-bit path while the
// weights' sum fits), Allocate with the same integer weights, and Allocate
// with the weights scaled by 10^20 (which int64Weights cannot hold, so they
// take the math/big path) give identical results, tie-breaks included.
// The kernels themselves are tested against each other in internal/alloc.
func TestAllocatePathsAgree(t *testing.T) {
	cases := append(allocatePathCases, struct {
		units   int64
		weights []int64
	}{9999, allocateManyWeights()})
	for _, c := range cases {
		want, err := AllocateUnits(c.units, c.weights)
		if err != nil {
			t.Fatalf("AllocateUnits(%d, %d weights) error: %v", c.units, len(c.weights), err)
		}
		small := make([]decimal.Decimal, len(c.weights))
		scaled := make([]decimal.Decimal, len(c.weights))
		for i, w := range c.weights {
			small[i] = decimal.New(w, 0)
			scaled[i] = decimal.NewFromBigInt(big.NewInt(w), 20)
		}
		amount := decimal.New(c.units, 0)
		for _, ws := range []struct {
			name    string
			weights []decimal.Decimal
		}{{"integer", small}, {"scaled by 10^20", scaled}} {
			got, err := Allocate(amount, ws.weights, 0)
			if err != nil {
				t.Fatalf("Allocate(%d, %s weights, 0) error: %v", c.units, ws.name, err)
			}
			gotUnits := make([]int64, len(got))
			for i, p := range got {
				gotUnits[i] = p.IntPart()
			}
			if diff := cmp.Diff(want, gotUnits); diff != "" {
				t.Errorf("Allocate(%d, %s weights %.60v) disagrees with AllocateUnits (-want +got):\n%s", c.units, ws.name, c.weights, diff)
			}
		}
	}
}

// allocateNums parses bounded numbers for an allocation test.
func allocateNums(t *testing.T, ss ...string) []number {
	t.Helper()
	out := make([]number, len(ss))
	for i, s := range ss {
		n, err := parseNum(loc{}, "weights["+strconv.Itoa(i)+"]", s)
		if err != nil {
			t.Fatalf("parseNum(%q) error: %v", s, err)
		}
		out[i] = n
	}
	return out
}

func TestInt64Weights(t *testing.T) {
	tests := []struct {
		name   string
		nums   []string
		minExp int32
		want   []int64 // nil when they do not fit
	}{
		{"integers", []string{"3", "5", "0"}, 0, []int64{3, 5, 0}},
		{"to a common exponent", []string{"1.5", "2", "0.25"}, -2, []int64{150, 200, 25}},
		{"positive exponents", []string{"1000", "1"}, 0, []int64{1000, 1}},
		{"18 places", []string{"1", "0.000000000000000001"}, -18, []int64{1_000_000_000_000_000_000, 1}},
		{"the int64 limit", []string{"9223372036854775807", "0"}, 0, []int64{math.MaxInt64, 0}},
		// A zero weight needs no scaling, whatever the exponent.
		{"zero beside a tiny weight", []string{"0", "0.000000000000000000001"}, -21, []int64{0, 1}},
		// Too large to scale: 19 places of difference, or a product past
		// the int64 limit, or a coefficient past it.
		{"19 places", []string{"1", "0.0000000000000000001"}, -19, nil},
		{"product past the limit", []string{"9223372036854775807", "0.1"}, -1, nil},
		{"coefficient past the limit", []string{"12345678901234567890123", "1"}, 0, nil},
	}
	for _, tt := range tests {
		got, ok := int64Weights(allocateNums(t, tt.nums...), tt.minExp)
		if ok != (tt.want != nil) {
			t.Errorf("%s: int64Weights(%v, %d) ok = %v, want %v", tt.name, tt.nums, tt.minExp, ok, tt.want != nil)
			continue
		}
		if diff := cmp.Diff(tt.want, got); ok && diff != "" {
			t.Errorf("%s: int64Weights(%v, %d) mismatch (-want +got):\n%s", tt.name, tt.nums, tt.minExp, diff)
		}
	}
}

// TestWeightsOf pins that decimal weights split as the integers they scale
// to, on the int64 path and on the big path alike.
func TestWeightsOf(t *testing.T) {
	for _, none := range [][]string{{}, {"0"}, {"0", "0.000"}} {
		if _, ok := weightsOf(allocateNums(t, none...)); ok {
			t.Errorf("weightsOf(%q) ok = true, want false", none)
		}
	}
	tests := []struct {
		name  string
		nums  []string
		ints  []int64 // the same proportions, as integers
		units int64
	}{
		// 1.5 : 2 : 0.25 = 6 : 8 : 1.
		{"decimals", []string{"1.5", "2", "0.25"}, []int64{6, 8, 1}, 1000},
		// 10^25 : 3·10^25 : 0 = 1 : 3 : 0, on the big path.
		{"beyond int64", []string{"10000000000000000000000000", "30000000000000000000000000", "0"}, []int64{1, 3, 0}, 1001},
		// 1 : 5·10^-19 scales to 10^19 : 5, past int64 (the big path), in
		// proportions 2·10^18 : 1.
		{"19 places apart", []string{"1", "0.0000000000000000005"}, []int64{2_000_000_000_000_000_000, 1}, 1 << 62},
		// Ties between equal weights on the big path go to the earlier one.
		{"ties on the big path", []string{"7e30", "7e30", "7e30"}, []int64{1, 1, 1}, 100},
	}
	for _, tt := range tests {
		w, ok := weightsOf(allocateNums(t, tt.nums...))
		if !ok || w.Len() != len(tt.nums) {
			t.Errorf("%s: weightsOf(%q) = %d weights, %v", tt.name, tt.nums, w.Len(), ok)
			continue
		}
		for _, units := range []int64{tt.units, -tt.units, 1, 0} {
			parts := make([]exact.Int, w.Len())
			w.Split(exact.IntOf(units), parts, new(alloc.Scratch))
			got := make([]int64, len(parts))
			for i, p := range parts {
				got[i], _ = p.Small()
			}
			want, err := AllocateUnits(units, tt.ints)
			if err != nil {
				t.Fatalf("AllocateUnits(%d, %v) error: %v", units, tt.ints, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: weightsOf(%q).Split(%d) mismatch with AllocateUnits(%v) (-want +got):\n%s", tt.name, tt.nums, units, tt.ints, diff)
			}
		}
	}
}
