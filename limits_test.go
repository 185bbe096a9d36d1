package contactcost

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// TestLimitsConstants pins the documented bounds.
func TestLimitsConstants(t *testing.T) {
	tests := []struct {
		name      string
		got, want int
	}{
		{"MaxIntegerDigits", MaxIntegerDigits, 40},
		{"MaxFractionDigits", MaxFractionDigits, 30},
		{"MaxTextLength", MaxTextLength, 1024},
		{"MaxChannels", MaxChannels, 1000},
		{"MaxCostLines", MaxCostLines, 20000},
		{"MaxParts", MaxParts, 1_000_000},
		{"MaxSubPeriods", MaxSubPeriods, 100000},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}

// limitsBigTen returns 10^n as a big.Int.
func limitsBigTen(n int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil) }

func TestCheckNum(t *testing.T) {
	tests := []struct {
		name  string
		d     decimal.Decimal
		neg   bool
		wants string // the number it is, as text
	}{
		{"zero", decimal.Decimal{}, false, "0"},
		{"plain", dec("12.50"), false, "12.5"},
		{"negative allowed", dec("-5"), true, "-5"},
		{"40 integer digits", dec(strings.Repeat("9", 40)), false, strings.Repeat("9", 40)},
		{"10^39", decimal.New(1, 39), false, "1" + strings.Repeat("0", 39)},
		{"30 fraction digits", dec("0." + strings.Repeat("3", 30)), false, "0." + strings.Repeat("3", 30)},
		{"10^-30", decimal.New(1, -30), false, "0." + strings.Repeat("0", 29) + "1"},
		// Trailing zeros do not count: 10 × 10^-31 is 10^-30, and 10^1000 ×
		// 10^-1000 is 1.
		{"trailing zeros", decimal.New(10, -31), false, "0." + strings.Repeat("0", 29) + "1"},
		{"long coefficient of 1", decimal.NewFromBigInt(limitsBigTen(1000), -1000), false, "1"},
		{"both bounds", dec(strings.Repeat("8", 40) + "." + strings.Repeat("7", 30)), true, strings.Repeat("8", 40) + "." + strings.Repeat("7", 30)},
	}
	for _, tt := range tests {
		n, err := checkNum(loc{}, "x", tt.d, tt.neg)
		if err != nil || n.String() != tt.wants {
			t.Errorf("%s: checkNum(%s) = %s, %v, want %s", tt.name, tt.d.String(), n, err, tt.wants)
		}
	}
	errTests := []struct {
		name string
		d    decimal.Decimal
		neg  bool
		want error
	}{
		{"negative", dec("-5"), false, ErrNegative},
		{"negative cent", dec("-0.01"), false, ErrNegative},
		{"41 integer digits", decimal.New(1, 40), true, ErrTooLarge},
		{"31 fraction digits", decimal.New(1, -31), true, ErrTooLarge},
		{"31 fraction digits, negative", decimal.New(-1, -31), false, ErrTooLarge},
		{"41 digits before and 31 after", dec(strings.Repeat("1", 41) + "." + strings.Repeat("1", 31)), true, ErrTooLarge},
		// Hostile exponents and coefficients.
		{"10^2000000000", decimal.New(1, 2_000_000_000), true, ErrTooLarge},
		{"10^-2000000000", decimal.New(1, -2_000_000_000), true, ErrTooLarge},
		{"exponent MaxInt32", decimal.New(7, math.MaxInt32), true, ErrTooLarge},
		{"exponent MinInt32", decimal.New(-7, math.MinInt32), true, ErrTooLarge},
		{"coefficient of 1000 digits", decimal.NewFromBigInt(new(big.Int).Sub(limitsBigTen(1000), big.NewInt(1)), 0), true, ErrTooLarge},
		{"coefficient of 100000 digits", decimal.NewFromBigInt(new(big.Int).Sub(limitsBigTen(100000), big.NewInt(1)), 0), true, ErrTooLarge},
	}
	for _, tt := range errTests {
		_, err := checkNum(loc{path: "costs[4]", name: "Rent"}, "amount", tt.d, tt.neg)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != "costs[4].amount" || fe.Name != "Rent" {
			t.Errorf("%s: checkNum(costs[4].amount) error = %v, want %v at costs[4].amount (\"Rent\")", tt.name, err, tt.want)
			continue
		}
		// The message shows the number, up to about 1100 digits (a
		// coefficient beyond 3600 bits is described by its size).
		if len(err.Error()) > 1200 {
			t.Errorf("%s: checkNum error is %d bytes long", tt.name, len(err.Error()))
		}
	}
	// checkArg reports at the argument's name.
	_, err := checkArg("amount", dec("-1"), false)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != "amount" || fe.Detail != "-1" || !errors.Is(err, ErrNegative) {
		t.Errorf("checkArg(amount, -1) error = %v, want ErrNegative at amount: -1", err)
	}
}

// TestCheckNumHostileIsFast pins that a hostile decimal is refused from its
// exponent and coefficient, without expanding it: 10^2000000000 would take
// about 830 MB as a big.Int.
func TestCheckNumHostileIsFast(t *testing.T) {
	hostile := []decimal.Decimal{decimal.New(1, 2_000_000_000), decimal.New(1, -2_000_000_000), decimal.New(3, math.MaxInt32)}
	start := time.Now()
	for i := 0; i < 1000; i++ {
		for _, d := range hostile {
			if _, err := checkNum(loc{}, "x", d, true); !errors.Is(err, ErrTooLarge) {
				t.Fatalf("checkNum(%d×10^%d) error = %v, want ErrTooLarge", d.CoefficientInt64(), d.Exponent(), err)
			}
		}
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("3000 checks of hostile decimals took %v", elapsed)
	}
	// The message shows the number by its exponent.
	_, err := checkNum(loc{}, "amount", decimal.New(1, 2_000_000_000), true)
	if msg := err.Error(); !strings.Contains(msg, "1e2000000000") || !strings.Contains(msg, boundsDetail) {
		t.Errorf("checkNum(1e2000000000) error = %q, want it to name 1e2000000000 and the bounds", msg)
	}
}

// TestLimitsMessagesRead pins that the messages for a number outside the
// bounds read as English: "has more than" followed by boundsDetail, which
// itself starts with "at most", made "1e2000000000 has more than at most 40
// digits before and 30 after the decimal point".
func TestLimitsMessagesRead(t *testing.T) {
	_, err1 := checkNum(loc{}, "amount", decimal.New(1, 2_000_000_000), true)
	_, err2 := parseNum(loc{}, "amount", "1e50")
	for _, err := range []error{err1, err2} {
		if err == nil || strings.Contains(err.Error(), "more than at most") {
			t.Errorf("error = %v, want a message that does not read \"more than at most\"", err)
		}
	}
}

func TestParseNum(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"12.50", "12.5"},
		{"-3", "-3"},
		{"0", "0"},
		{"0.000", "0"},
		{"1.5e3", "1500"},
		{"1e-30", "0." + strings.Repeat("0", 29) + "1"},
		{strings.Repeat("9", 40), strings.Repeat("9", 40)},
		{"0." + strings.Repeat("1", 30), "0." + strings.Repeat("1", 30)},
		// Issue 7, "Lax JSON": "1." followed by 141 zeros was refused as too
		// large. It is 1: trailing zeros do not count.
		{"1." + strings.Repeat("0", 141), "1"},
		{"1" + strings.Repeat("0", 39) + "." + strings.Repeat("0", 500), "1" + strings.Repeat("0", 39)},
	}
	for _, tt := range tests {
		n, err := parseNum(loc{}, "x", tt.s)
		if err != nil || n.String() != tt.want {
			t.Errorf("parseNum(%.30q) = %s, %v, want %s", tt.s, n, err, tt.want)
		}
	}
	errTests := []struct {
		s    string
		want error
	}{
		{"12,50", ErrSyntax},
		{"", ErrSyntax},
		{"abc", ErrSyntax},
		{"1e", ErrSyntax},
		{"+1", ErrSyntax},
		{".5", ErrSyntax},
		{"5.", ErrSyntax},
		{"0x10", ErrSyntax},
		{" 1", ErrSyntax},
		{"1 ", ErrSyntax},
		{"--1", ErrSyntax},
		{"NaN", ErrSyntax},
		{"Infinity", ErrSyntax},
		{"1_000", ErrSyntax},
		{strings.Repeat("9", 41), ErrTooLarge},
		{"1e40", ErrTooLarge},
		{"1e-31", ErrTooLarge},
		{"0." + strings.Repeat("1", 31), ErrTooLarge},
		{"1e999999999", ErrTooLarge},
		{"1e99999999999999999999", ErrTooLarge},
		{"1e-99999999999999999999", ErrTooLarge},
		{"0." + strings.Repeat("0", 2000), ErrTooLarge}, // longer than MaxTextLength
	}
	for _, tt := range errTests {
		_, err := parseNum(loc{path: "volumes[1]", name: "chat"}, "contacts", tt.s)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != "volumes[1].contacts" || fe.Name != "chat" {
			t.Errorf("parseNum(volumes[1].contacts, %.30q) error = %v, want %v there", tt.s, err, tt.want)
			continue
		}
		if len(err.Error()) > 300 {
			t.Errorf("parseNum(%.30q) error is %d bytes long", tt.s, len(err.Error()))
		}
	}
	_, err := parseNum(loc{path: "costs[3]"}, "amount", "12,50")
	if want := `contactcost: costs[3].amount: syntax error: "12,50" is not a decimal number`; err == nil || err.Error() != want {
		t.Errorf("parseNum(12,50) error = %v, want %s", err, want)
	}
}

func TestCheckScale(t *testing.T) {
	for _, s := range []int32{0, 2, MaxFractionDigits} {
		if err := checkScale(loc{}, "scale", s); err != nil {
			t.Errorf("checkScale(%d) = %v, want nil", s, err)
		}
	}
	tests := []struct {
		scale  int32
		detail string
	}{
		{-1, "-1 (want 0 to 30)"},
		{MaxFractionDigits + 1, "31 (want 0 to 30)"},
		{math.MinInt32, "-2147483648 (want 0 to 30)"},
		{math.MaxInt32, "2147483647 (want 0 to 30)"},
	}
	for _, tt := range tests {
		err := checkScale(loc{path: "rounding"}, "scale", tt.scale)
		var fe *FieldError
		if !errors.Is(err, ErrOutOfRange) || !errors.As(err, &fe) || fe.Path != "rounding.scale" || fe.Detail != tt.detail {
			t.Errorf("checkScale(rounding.scale, %d) error = %v, want ErrOutOfRange at rounding.scale: %q", tt.scale, err, tt.detail)
		}
	}
}

func TestDecimalsEqual(t *testing.T) {
	huge := decimal.New(1, 2_000_000_000)
	tests := []struct {
		name string
		a, b decimal.Decimal
		want bool
	}{
		{"same value, other scale", dec("1.0"), dec("1.00"), true},
		{"zero", decimal.Decimal{}, dec("0.000"), true},
		{"different", dec("1"), dec("2"), false},
		{"sign", dec("1"), dec("-1"), false},
		// Hostile values are compared by representation, never expanded.
		{"hostile, same representation", huge, decimal.New(1, 2_000_000_000), true},
		{"hostile, same value, other representation", decimal.New(10, 1_999_999_999), huge, false},
		{"hostile and bounded", huge, dec("1"), false},
		{"bounded and hostile", dec("1"), huge, false},
		{"two hostile values", huge, decimal.New(2, 2_000_000_000), false},
		{"hostile tiny", decimal.New(1, -2_000_000_000), decimal.New(1, -2_000_000_000), true},
	}
	start := time.Now()
	for _, tt := range tests {
		if got := decimalsEqual(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: decimalsEqual = %v, want %v", tt.name, got, tt.want)
		}
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("decimalsEqual of hostile values took %v", elapsed)
	}
}
