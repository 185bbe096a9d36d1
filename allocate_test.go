package contactcost

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

var dec = decimal.RequireFromString

func decs(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = dec(s)
	}
	return out
}

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
		field   string
	}{
		{"nil", nil, "weights"},
		{"empty", []int64{}, "weights"},
		{"negative", []int64{1, -2, 3}, "weights[1]"},
		{"all zero", []int64{0, 0}, "weights"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := AllocateUnits(100, tt.weights)
			if !errors.Is(err, ErrWeights) {
				t.Fatalf("AllocateUnits(100, %v) error = %v, want ErrWeights", tt.weights, err)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Errorf("AllocateUnits(100, %v) error field = %+v, want %q", tt.weights, fe, tt.field)
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
		})
	}
}

func TestAllocateInt(t *testing.T) {
	// 1234.56 over contacts 18000/6000/9000 (6:2:3 of 11): 123456 cents ·6/11
	// = 67339 r 7, ·2/11 = 22446 r 6, ·3/11 = 33669 r 9; 2 cents left over go
	// to the remainders 9 and 7.
	got, err := AllocateInt(dec("1234.56"), []int64{18000, 6000, 9000}, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := decs("673.40", "224.46", "336.70")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AllocateInt mismatch (-want +got):\n%s", diff)
	}
}

func TestAllocateErrors(t *testing.T) {
	tests := []struct {
		name    string
		amount  decimal.Decimal
		weights []decimal.Decimal
		scale   int32
		want    error
		field   string
	}{
		{"empty weights", dec("1"), nil, 2, ErrWeights, "weights"},
		{"negative weight", dec("1"), decs("1", "-0.5"), 2, ErrWeights, "weights[1]"},
		{"all zero", dec("1"), decs("0", "0.00"), 2, ErrWeights, "weights"},
		{"more places than scale", dec("10.005"), decs("1"), 2, ErrPrecision, "amount"},
		{"negative scale", dec("10"), decs("1"), -1, ErrOutOfRange, "scale"},
		{"scale too large", dec("10"), decs("1"), MaxFractionDigits + 1, ErrOutOfRange, "scale"},
		{"huge exponent amount", decimal.New(1, 1_000_000_000), decs("1"), 2, ErrTooLarge, "amount"},
		{"tiny exponent amount", decimal.New(1, -1_000_000_000), decs("1"), 2, ErrTooLarge, "amount"},
		{"huge weight", dec("1"), []decimal.Decimal{decimal.New(1, 2_000_000_000)}, 2, ErrTooLarge, "weights[0]"},
		// 10^43 has 44 digits before the point; the bound is 40.
		{"too many digits", dec("1" + strings.Repeat("0", 43)), decs("1"), 0, ErrTooLarge, "amount"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Allocate(tt.amount, tt.weights, tt.scale)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Allocate() error = %v, want %v", err, tt.want)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Errorf("Allocate() error = %v, want field %q", err, tt.field)
			}
		})
	}
}

// TestAllocatePathsAgree pins that the 64-bit path and the math/big path
// give identical results, including on tie-breaks.
func TestAllocatePathsAgree(t *testing.T) {
	cases := []struct {
		units   uint64
		weights []int64
	}{
		{100, []int64{1, 1, 1}},
		{5, []int64{0, 1, 1, 1}},
		{999, []int64{7, 7, 7, 3, 3, 0, 11}},
		{1 << 62, []int64{3, 5, 7, 11, 13}},
		{12345, []int64{math.MaxInt64, 1, math.MaxInt64 / 3}},
	}
	// Many equal remainders, to exercise the tie-break and the three-way
	// partition of the selection.
	many := make([]int64, 1000)
	for i := range many {
		many[i] = int64(1 + i%3)
	}
	cases = append(cases, struct {
		units   uint64
		weights []int64
	}{9999, many})
	for _, c := range cases {
		total, fits, err := sumInt64Weights(c.weights)
		if err != nil || !fits {
			t.Fatalf("sumInt64Weights(%v) = %d, %v, %v", c.weights, total, fits, err)
		}
		fast := make([]int64, len(c.weights))
		allocFast(c.units, c.weights, total, fast, make([]uint64, 2*len(c.weights)))
		slow := allocBig(new(big.Int).SetUint64(c.units), bigWeights(c.weights))
		for i := range fast {
			if big.NewInt(fast[i]).Cmp(slow[i]) != 0 {
				t.Fatalf("units %d weights %v: part %d fast %d, big %s", c.units, c.weights, i, fast[i], slow[i])
			}
		}
	}
}

func TestKthLargest(t *testing.T) {
	a := []uint64{5, 1, 5, 3, 9, 9, 9, 0, 2, 7, 7, 4, 4, 4, 4, 8, 6, 1, 1, 1, 3}
	// Sorted descending: 9 9 9 8 7 7 6 5 5 4 4 4 4 3 3 2 1 1 1 1 0
	want := []uint64{9, 9, 9, 8, 7, 7, 6, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1, 1, 1, 1, 0}
	for k := 1; k <= len(a); k++ {
		work := append([]uint64(nil), a...)
		if got := kthLargest(work, k); got != want[k-1] {
			t.Errorf("kthLargest(%v, %d) = %d, want %d", a, k, got, want[k-1])
		}
	}
}
