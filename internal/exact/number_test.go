package exact

import (
	"errors"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// checkCanonical fails unless n is in the canonical form the Number doc
// comment promises: zero is 0 × 10^0; otherwise the coefficient has no
// trailing zero, sits in small exactly when it fits in an int64, and the
// number is within the bounds.
func checkCanonical(t *testing.T, n Number) {
	t.Helper()
	if n.big == nil && n.small == 0 {
		if n.exp != 0 {
			t.Errorf("zero with exponent %d", n.exp)
		}
		return
	}
	if n.big != nil && n.big.IsInt64() {
		t.Errorf("coefficient %v fits in an int64 but is held in big", n.big)
	}
	c := n.Coefficient()
	if new(big.Int).Rem(c, big.NewInt(10)).Sign() == 0 {
		t.Errorf("coefficient %v has a trailing zero", c)
	}
	if n.exp < -MaxFractionDigits {
		t.Errorf("%v has %d decimal places", n, -n.exp)
	}
	digits := int64(len(new(big.Int).Abs(c).String()))
	if got := n.digits(); got != digits {
		t.Errorf("digits() of %v = %d, want %d", c, got, digits)
	}
	if digits+int64(n.exp) > MaxIntegerDigits {
		t.Errorf("%v has %d integer digits", n, digits+int64(n.exp))
	}
}

// inBounds is an independent statement of the bounds: a number is within
// them when |r| < 10^40 and r has at most 30 decimal places.
func inBounds(r *big.Rat) bool {
	if r.Sign() == 0 {
		return true
	}
	abs := new(big.Rat).Abs(r)
	if abs.Cmp(new(big.Rat).SetInt(Pow10(MaxIntegerDigits))) >= 0 {
		return false
	}
	return new(big.Rat).Mul(r, new(big.Rat).SetInt(Pow10(MaxFractionDigits))).IsInt()
}

// mustParse parses s or fails the test.
func mustParse(t testing.TB, s string) Number {
	t.Helper()
	n, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%.40q): %v", s, err)
	}
	return n
}

func TestParse(t *testing.T) {
	zeros := strings.Repeat("0", 141)
	tests := []struct {
		in   string
		coef string // canonical coefficient
		exp  int32  // canonical exponent
	}{
		{"12.50", "125", -1}, // 1250e-2: the trailing zero goes, 125e-1
		{"-0.000", "0", 0},   // zero has one form, 0e0
		{"0", "0", 0},
		{"-0", "0", 0},
		{"1e3", "1", 3},                                   // 1000
		{"1.5E-2", "15", -3},                              // 15e-1 × 10^-2 = 0.015
		{"1.5e+2", "15", 1},                               // 150
		{"1E0", "1", 0},                                   //
		{"00012.3400", "1234", -2},                        // 12.34: leading and trailing zeros go
		{"1." + zeros, "1", 0},                            // regression: 1 followed by 141 zeros over 10^141 is 1
		{"1." + strings.Repeat("0", 1022), "1", 0},        // 1024 bytes exactly
		{"0.1e-29", "1", -30},                             // 1e-30: 30 places
		{"0." + strings.Repeat("0", 29) + "1", "1", -30},  // 30 fraction digits
		{"0." + strings.Repeat("0", 29) + "10", "1", -30}, // 31 digits, the last a zero
		{"1.000000000000000000000000000001", "1000000000000000000000000000001", -30},
		{strings.Repeat("9", 40), strings.Repeat("9", 40), 0},                                   // 40 integer digits
		{"-" + strings.Repeat("9", 40), "-" + strings.Repeat("9", 40), 0},                       //
		{"1" + strings.Repeat("0", 39), "1", 39},                                                // 10^39 has 40 digits
		{strings.Repeat("9", 40) + "." + strings.Repeat("9", 30), strings.Repeat("9", 70), -30}, // both bounds at once
		{"9223372036854775807", "9223372036854775807", 0},                                       // MaxInt64: small
		{"-9223372036854775808", "-9223372036854775808", 0},                                     // MinInt64: small
		{"9223372036854775808", "9223372036854775808", 0},                                       // MaxInt64 + 1: big
		{"0e2000000", "0", 0}, // zero whatever its exponent (was ErrTooLarge)
		{"-0.0e-999999999", "0", 0},
	}
	for _, tt := range tests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%.50q): %v", tt.in, err)
			continue
		}
		checkCanonical(t, n)
		if got := n.Coefficient().String(); got != tt.coef || n.Exp() != tt.exp {
			t.Errorf("Parse(%.50q) = %se%d, want %se%d", tt.in, got, n.Exp(), tt.coef, tt.exp)
		}
		if _, small := n.Small(); small != n.Coefficient().IsInt64() {
			t.Errorf("Parse(%.50q): Small() says %v for coefficient %v", tt.in, small, n.Coefficient())
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"1" + strings.Repeat("0", 40), ErrTooLarge},        // 10^40: 41 digits
		{strings.Repeat("9", 41), ErrTooLarge},              //
		{"-" + strings.Repeat("9", 41), ErrTooLarge},        //
		{"1e40", ErrTooLarge},                               // 10^40
		{"0." + strings.Repeat("0", 30) + "1", ErrTooLarge}, // 31 places, the last non-zero
		{"1." + strings.Repeat("0", 30) + "1", ErrTooLarge}, //
		{"1e-31", ErrTooLarge},                              //
		{"123e-32", ErrTooLarge},                            // 1.23e-30: 32 places
		{"1e999999999", ErrTooLarge},                        // refused from the exponent
		{"1e-999999999", ErrTooLarge},                       //
		{"-1e999999999", ErrTooLarge},                       //
		{"1e1000001", ErrTooLarge},                          //
		{"1e-1000000", ErrTooLarge},                         //
		{"1." + strings.Repeat("0", 1023), ErrTooLarge},     // 1025 bytes
		{strings.Repeat("0", MaxTextLength+1), ErrTooLarge}, //
		{strings.Repeat("x", MaxTextLength+1), ErrTooLarge}, // length is checked first
		{"", ErrSyntax},
		{"-", ErrSyntax},
		{"1.", ErrSyntax},
		{".5", ErrSyntax},
		{"-.5", ErrSyntax},
		{"+1", ErrSyntax},
		{"1e", ErrSyntax},
		{"1e+", ErrSyntax},
		{"1e-", ErrSyntax},
		{"1.e5", ErrSyntax},
		{"1,5", ErrSyntax},
		{" 1", ErrSyntax},
		{"1 ", ErrSyntax},
		{"0x10", ErrSyntax},
		{"NaN", ErrSyntax},
		{"Inf", ErrSyntax},
		{"--1", ErrSyntax},
		{"1.2.3", ErrSyntax},
		{"1e5.5", ErrSyntax},
		{"1e5e5", ErrSyntax},
		{"e5", ErrSyntax},
		{"1_000", ErrSyntax},
		{"\u0663", ErrSyntax}, // ARABIC-INDIC DIGIT THREE
	}
	for _, tt := range tests {
		start := time.Now()
		n, err := Parse(tt.in)
		if elapsed := time.Since(start); elapsed > 100*time.Millisecond {
			t.Errorf("Parse(%.50q) took %v", tt.in, elapsed)
		}
		if !errors.Is(err, tt.want) {
			t.Errorf("Parse(%.50q) = %v, %v; want %v", tt.in, n, err, tt.want)
		}
	}
}

// TestFromDecimalAgreesWithParse: the same values built by shopspring from
// the same text are accepted or refused alike, and equal when accepted.
func TestFromDecimalAgreesWithParse(t *testing.T) {
	for _, s := range []string{
		"12.50", "-0.000", "0", "1e3", "1.5E-2", "-1.5e+2", "00012.3400",
		"1." + strings.Repeat("0", 141),
		"1." + strings.Repeat("0", 1022),
		strings.Repeat("9", 40), "-" + strings.Repeat("9", 40), "1" + strings.Repeat("0", 40),
		"0." + strings.Repeat("0", 29) + "1", "0." + strings.Repeat("0", 30) + "1",
		"0." + strings.Repeat("0", 29) + "10",
		strings.Repeat("9", 40) + "." + strings.Repeat("9", 30),
		"9223372036854775807", "-9223372036854775808", "9223372036854775808",
		"1e39", "1e40", "1e-30", "1e-31", "0e2000000",
	} {
		n, perr := Parse(s)
		m, ok := FromDecimal(decimal.RequireFromString(s))
		if (perr == nil) != ok {
			t.Errorf("%.50q: Parse error %v, FromDecimal ok %v", s, perr, ok)
			continue
		}
		if ok {
			checkCanonical(t, m)
			if !n.Equal(m) {
				t.Errorf("%.50q: Parse %v, FromDecimal %v", s, n, m)
			}
		}
	}
}

func TestFromDecimalRefusesHostileQuickly(t *testing.T) {
	sixty := decimal.RequireFromString(strings.Repeat("123456", 10)) // 60 digits
	huge := decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 100000), 2000000000)
	for _, d := range []decimal.Decimal{
		decimal.New(1, 2000000000),
		decimal.New(-7, 2000000000),
		decimal.New(1, -2000000000),
		decimal.New(1, math.MinInt32),
		decimal.New(1, math.MaxInt32),
		sixty,
		sixty.Neg(),
		huge,
	} {
		start := time.Now()
		n, ok := FromDecimal(d)
		if elapsed := time.Since(start); elapsed > 100*time.Millisecond {
			t.Errorf("FromDecimal(%s) took %v", Describe(d), elapsed)
		}
		if ok {
			t.Errorf("FromDecimal(%s) = %v, want refused", Describe(d), n)
		}
	}
}

func TestFromDecimalZeros(t *testing.T) {
	for _, d := range []decimal.Decimal{
		{}, decimal.New(0, 2000000000), decimal.New(0, -2000000000), decimal.New(0, math.MinInt32),
		decimal.NewFromBigInt(new(big.Int), 77), decimal.RequireFromString("-0.000"),
	} {
		start := time.Now()
		n, ok := FromDecimal(d)
		if elapsed := time.Since(start); elapsed > 100*time.Millisecond {
			t.Errorf("FromDecimal(0e%d) took %v", d.Exponent(), elapsed)
		}
		if !ok || !n.Equal(Number{}) || n.Sign() != 0 {
			t.Errorf("FromDecimal(0e%d) = %v, %v; want 0", d.Exponent(), n, ok)
		}
	}
}

// TestFromDecimalCoefficients covers the two paths of FromDecimal (NumDigits
// ≤ 18 reads an int64; beyond, a big.Int) and their digit counts at the
// edges: a coefficient of k digits is accepted with exponent 40 − k and
// refused with 41 − k.
func TestFromDecimalCoefficients(t *testing.T) {
	const (
		p53  = int64(1) << 53             // 9007199254740992: 16 digits, the last int64 NumDigits takes by float
		nine = int64(999999999999999)     // 15 nines: NumDigits says 16 (float log10 rounds up), harmless
		e18  = int64(1000000000000000000) // 10^18: 19 digits, NumDigits' exact path
		n18  = int64(999999999999999999)  // 18 nines: the last 18-digit coefficient
		maxC = int64(math.MaxInt64)       // 9223372036854775807: 19 digits
		minC = int64(math.MinInt64)       // -9223372036854775808: 19 digits
	)
	tests := []struct {
		coef int64
		exp  int32
		ok   bool
		want string // canonical coefficient "e" exponent, when ok
	}{
		{p53, 24, true, "9007199254740992e24"}, // 16 + 24 = 40 digits
		{p53, 25, false, ""},                   // 41
		{p53 - 1, 24, true, "9007199254740991e24"},
		{p53 + 1, 24, true, "9007199254740993e24"}, // beyond 2^53: NumDigits' exact path, 16 digits
		{p53 + 1, 25, false, ""},
		{-p53, 24, true, "-9007199254740992e24"},
		{-p53 - 1, 25, false, ""},
		{nine, 25, true, "999999999999999e25"}, // 15 + 25 = 40
		{nine, 26, false, ""},
		{n18, 22, true, "999999999999999999e22"}, // 18 + 22 = 40
		{n18, 23, false, ""},
		{n18, -30, true, "999999999999999999e-30"},
		{e18, 21, true, "1e39"}, // 10^18 · 10^21 = 10^39: 40 digits
		{e18, 22, false, ""},    // 10^40
		{e18, -48, true, "1e-30"},
		{e18, -49, false, ""},
		{-e18, -18, true, "-1e0"},
		{maxC, 21, true, "9223372036854775807e21"}, // 19 + 21 = 40
		{maxC, 22, false, ""},
		{maxC, -30, true, "9223372036854775807e-30"},
		{maxC, -31, false, ""},                      // last digit 7: 31 places
		{minC, 21, true, "-9223372036854775808e21"}, // |MinInt64| = 2^63 has 19 digits too
		{minC, 22, false, ""},
		{minC, -30, true, "-9223372036854775808e-30"},
		{minC, -31, false, ""},
		{10, -31, true, "1e-30"},
		{-1000, 36, true, "-1e39"},
		{-1000, 37, false, ""}, // -10^40
		{1, 41, false, ""},
		{1, -1055, false, ""},
	}
	for _, tt := range tests {
		n, ok := FromDecimal(decimal.New(tt.coef, tt.exp))
		if ok != tt.ok {
			t.Errorf("FromDecimal(%de%d) ok = %v, want %v", tt.coef, tt.exp, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		checkCanonical(t, n)
		if got := n.Coefficient().String() + "e" + strconv.Itoa(int(n.Exp())); got != tt.want {
			t.Errorf("FromDecimal(%de%d) = %s, want %s", tt.coef, tt.exp, got, tt.want)
		}
		if _, small := n.Small(); !small {
			t.Errorf("FromDecimal(%de%d): an int64 coefficient is held in big", tt.coef, tt.exp)
		}
	}

	// Big coefficients: 10^50 × 10^-20 = 10^30, and (10^60 + 1) × 10^-30
	// = 10^30 + 10^-30, whose 61-digit coefficient has 31 integer digits.
	tenTo := func(n int64) *big.Int { return new(big.Int).Set(Pow10(n)) }
	n, ok := FromDecimal(decimal.NewFromBigInt(tenTo(50), -20))
	if !ok || n.Coefficient().Cmp(big.NewInt(1)) != 0 || n.Exp() != 30 {
		t.Errorf("FromDecimal(10^50e-20) = %v, %v; want 1e30", n, ok)
	}
	c := tenTo(60)
	c.Add(c, big.NewInt(1))
	n, ok = FromDecimal(decimal.NewFromBigInt(c, -30))
	if !ok || n.Coefficient().Cmp(c) != 0 || n.Exp() != -30 {
		t.Errorf("FromDecimal((10^60+1)e-30) = %v, %v", n, ok)
	}
	checkCanonical(t, n)
}

func TestScaled(t *testing.T) {
	tests := []struct {
		in    string
		scale int32
		want  string
		ok    bool
	}{
		{"12.5", 2, "1250", true},
		{"12.5", 1, "125", true},
		{"12.5", 0, "0", false}, // one decimal place more than scale
		{"1200", 0, "1200", true},
		{"1200", -2, "12", true}, // 1200 / 100
		{"1200", -3, "0", false}, // 1.2 thousands
		{"0", -5, "0", true},
		{"0", 5, "0", true},
		{"-0.001", 3, "-1", true},
		{"-0.001", 2, "0", false},
		{"9223372036854775807", 0, "9223372036854775807", true},
		{"9223372036854775807", 1, "92233720368547758070", true}, // overflows int64: big
		{"-9223372036854775808", 0, "-9223372036854775808", true},
		{"1e18", 0, "1000000000000000000", true},
		{"1e18", 1, "10000000000000000000", true},
		{"1e-30", 30, "1", true},
		{"1e-30", 48, "1000000000000000000", true},  // shift 18: the last int64 power
		{"1e-30", 49, "10000000000000000000", true}, // shift 19: big
		{strings.Repeat("9", 40), 30, strings.Repeat("9", 40) + strings.Repeat("0", 30), true},
	}
	for _, tt := range tests {
		n := mustParse(t, tt.in)
		got, ok := n.Scaled(tt.scale)
		if ok != tt.ok || (ok && got.String() != tt.want) {
			t.Errorf("%s.Scaled(%d) = %v, %v; want %s, %v", tt.in, tt.scale, got, ok, tt.want, tt.ok)
		}
		if ok {
			if v, small := got.Small(); small != got.Big().IsInt64() || (small && v != got.Big().Int64()) {
				t.Errorf("%s.Scaled(%d) = %v is not in its canonical form", tt.in, tt.scale, got)
			}
		}
	}
}

var modes = [...]Mode{HalfEven, HalfUp, HalfDown, Up, Down, Ceiling, Floor}

// modeName names a mode in messages (the mode constants as written).
func modeName(m Mode) string {
	return [...]string{"HalfEven", "HalfUp", "HalfDown", "Up", "Down", "Ceiling", "Floor"}[m]
}

// TestRoundTable is worked by hand. 2.345, -2.345, 0.005 and -0.005 are
// exact ties at 2 places; 2.355 is a tie between 2.35 (odd) and 2.36
// (even); 2.346 and -2.344 are not ties.
func TestRoundTable(t *testing.T) {
	ins := []string{"2.345", "2.355", "-2.345", "0.005", "-0.005", "2.346", "-2.344"}
	want := map[Mode][]int64{ // in hundredths
		HalfEven: {234, 236, -234, 0, 0, 235, -234},  // ties to the even: 4, 6, 4, 0, 0
		HalfUp:   {235, 236, -235, 1, -1, 235, -234}, // ties away from zero
		HalfDown: {234, 235, -234, 0, 0, 235, -234},  // ties toward zero
		Up:       {235, 236, -235, 1, -1, 235, -235}, // away from zero
		Down:     {234, 235, -234, 0, 0, 234, -234},  // toward zero
		Ceiling:  {235, 236, -234, 1, 0, 235, -234},  // toward +∞
		Floor:    {234, 235, -235, 0, -1, 234, -235}, // toward −∞
	}
	for _, m := range modes {
		for i, s := range ins {
			got := mustParse(t, s).Round(2, m)
			if v, ok := got.Small(); !ok || v != want[m][i] {
				t.Errorf("%s.Round(2, %s) = %v, want %d", s, modeName(m), got, want[m][i])
			}
		}
	}
}

// TestRound covers Round's other paths against an independent rounding of
// the exact rational.
func TestRound(t *testing.T) {
	tests := []struct {
		in    string
		scale int32
	}{
		{"12.5", 3},  // no rounding: 12500
		{"12.5", 0},  // tie
		{"-12.5", 0}, // tie
		{"1250", -2}, // 12.5 hundreds: a tie at a negative scale
		{"1350", -2},
		{"-1251", -2},
		{"1e-30", 0},  // shift −30: beyond the int64 powers
		{"-1e-30", 5}, // shift −25
		{"5e-19", 0},  // 0.5 × 10^-18, shift −19
		{"5e-19", 18}, // a tie at shift −1
		{"12345678901234567890.123456789012345", 2}, // big coefficient, 35 digits
		{"-12345678901234567890.125", 2},            // big coefficient, a tie
		{"-12345678901234567890.135", 2},
		{strings.Repeat("9", 40) + "." + strings.Repeat("9", 30), 0},
		{"9223372036854775807", 0},
		{"-9223372036854775808", 0},
		{"-9223372036854775.808", 0},
		{"0", 0},
		{"0", -3},
	}
	for _, tt := range tests {
		n := mustParse(t, tt.in)
		for _, m := range modes {
			got := n.Round(tt.scale, m)
			r := n.Rat()
			if tt.scale >= 0 {
				r.Mul(r, new(big.Rat).SetInt(Pow10(int64(tt.scale))))
			} else {
				r.Quo(r, new(big.Rat).SetInt(Pow10(int64(-tt.scale))))
			}
			want := refRound(r.Num(), r.Denom(), m)
			if got.Big().Cmp(want) != 0 {
				t.Errorf("%s.Round(%d, %s) = %v, want %v", tt.in, tt.scale, modeName(m), got, want)
			}
			if v, small := got.Small(); small != want.IsInt64() || (small && v != want.Int64()) {
				t.Errorf("%s.Round(%d, %s) = %v is not in its canonical form", tt.in, tt.scale, modeName(m), got)
			}
		}
	}
}

func TestCmpEqual(t *testing.T) {
	// In ascending order, with the same value written twice where it helps.
	ordered := [][]string{
		{"-" + strings.Repeat("9", 40)},
		{"-9223372036854775809"},
		{"-9223372036854775808", "-9223372036854775808.000"},
		{"-1.5", "-15e-1"},
		{"-1e-30"},
		{"0", "-0", "0.000", "0e5"},
		{"1e-30"},
		{"0.5", "5e-1", "0.50"},
		{"1", "1.0", "1." + strings.Repeat("0", 141), "0.1e1"},
		{"12.5", "12.50"},
		{"100", "1e2", "100.00"},
		{"9223372036854775807"},
		{"9223372036854775808", "9.223372036854775808e18"},
		{"1e39"},
		{strings.Repeat("9", 40) + "." + strings.Repeat("9", 30)},
	}
	var all []Number
	var rank []int
	var text []string
	for i, group := range ordered {
		for _, s := range group {
			all = append(all, mustParse(t, s))
			rank = append(rank, i)
			text = append(text, s)
		}
	}
	for i, a := range all {
		for j, b := range all {
			want := 0
			switch {
			case rank[i] < rank[j]:
				want = -1
			case rank[i] > rank[j]:
				want = 1
			}
			if got := a.Cmp(b); got != want {
				t.Errorf("Cmp(%.50s, %.50s) = %d, want %d", text[i], text[j], got, want)
			}
			if got := a.Equal(b); got != (want == 0) {
				t.Errorf("Equal(%.50s, %.50s) = %v", text[i], text[j], got)
			}
		}
		if got, want := a.Sign(), a.Rat().Sign(); got != want {
			t.Errorf("Sign(%.50s) = %d, want %d", text[i], got, want)
		}
	}
	// The zero Number is 0.
	if !(Number{}).Equal(mustParse(t, "-0.00")) || (Number{}).String() != "0" {
		t.Error("the zero Number is not 0")
	}
}

func TestRatDecimalString(t *testing.T) {
	tests := []struct {
		in   string
		rat  string // big.Rat's a/b
		text string // String()
	}{
		{"12.50", "25/2", "12.5"},
		{"-3", "-3/1", "-3"},
		{"1200", "1200/1", "1200"},
		{"-0.001", "-1/1000", "-0.001"},
		{"0", "0/1", "0"},
		{"1e39", "1" + strings.Repeat("0", 39) + "/1", "1" + strings.Repeat("0", 39)},
		{"1e-30", "1/1" + strings.Repeat("0", 30), "0." + strings.Repeat("0", 29) + "1"},
		{"-9223372036854775809.5", "-18446744073709551619/2", "-9223372036854775809.5"},
	}
	for _, tt := range tests {
		n := mustParse(t, tt.in)
		if got := n.Rat().String(); got != tt.rat {
			t.Errorf("%s.Rat() = %s, want %s", tt.in, got, tt.rat)
		}
		if got := n.String(); got != tt.text {
			t.Errorf("%s.String() = %s, want %s", tt.in, got, tt.text)
		}
		d := n.Decimal()
		if d.Exponent() != n.Exp() || d.Coefficient().Cmp(n.Coefficient()) != 0 {
			t.Errorf("%s.Decimal() = %se%d, want %se%d", tt.in, d.Coefficient(), d.Exponent(), n.Coefficient(), n.Exp())
		}
		if d.Rat().Cmp(n.Rat()) != 0 {
			t.Errorf("%s.Decimal() = %s", tt.in, d)
		}
	}
	// Rat, Coefficient and Decimal hand out copies: changing them leaves
	// the Number and the shared powers of ten alone.
	n := mustParse(t, "-9223372036854775809.5")
	n.Rat().Num().SetInt64(1)
	n.Rat().Denom().SetInt64(3)
	n.Coefficient().SetInt64(1)
	n.Decimal().Coefficient().SetInt64(1)
	if n.String() != "-9223372036854775809.5" || Pow10(1).Int64() != 10 {
		t.Errorf("a copy was shared: %v, 10^1 = %v", n, Pow10(1))
	}
}

func TestDescribe(t *testing.T) {
	hugeCoef := new(big.Int).Lsh(big.NewInt(1), 100000)
	tests := []struct {
		d    decimal.Decimal
		want string
	}{
		{decimal.RequireFromString("12.50"), "12.5"},
		{decimal.RequireFromString("-0.000"), "0"},
		{decimal.New(0, 2000000000), "0"},
		{decimal.New(1, 2000000000), "1e2000000000"},
		{decimal.New(-7, 2000000000), "-7e2000000000"},
		{decimal.New(1, -2000000000), "1e-2000000000"},
		{decimal.New(1, 41), "1e41"},
		// Out of the bounds with an ordinary exponent: by coefficient and
		// exponent too, as the doc comment says (was "(a number of more
		// than 40 digits)", false for 1e-31).
		{decimal.New(1, -31), "1e-31"},
		{decimal.New(-25, -32), "-25e-32"},
		{decimal.RequireFromString(strings.Repeat("9", 41)), strings.Repeat("9", 41) + "e0"},
		{decimal.NewFromBigInt(hugeCoef, 2000000000), "(a number of more than 3600 bits)"},
		{decimal.NewFromBigInt(hugeCoef, 0), "(a number of more than 3600 bits)"},
		{decimal.NewFromBigInt(hugeCoef, -5), "(a number of more than 3600 bits)"},
	}
	for _, tt := range tests {
		start := time.Now()
		got := Describe(tt.d)
		if elapsed := time.Since(start); elapsed > 100*time.Millisecond {
			t.Errorf("Describe(%.60s) took %v", tt.want, elapsed)
		}
		if got != tt.want {
			t.Errorf("Describe(%.60s) = %.60s", tt.want, got)
		}
	}
}

var syntaxRE = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// FuzzParse checks Parse against independent oracles: the grammar as a
// regular expression, the bounds as exact rationals, and shopspring's
// parser for the value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"12.50", "-0.000", "1e3", "1.5E-2", "1." + strings.Repeat("0", 141), strings.Repeat("9", 40),
		"0." + strings.Repeat("0", 29) + "1", "1e999999999", "1e-999999999", "0e2000000", "", "-",
		"1.", ".5", "+1", "1e", "1,5", " 1", "0x10", "NaN", "-9223372036854775808", "1e-31", "1e40",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		syntax := syntaxRE.MatchString(s)
		switch {
		case len(s) > MaxTextLength:
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("Parse of %d bytes: %v, want ErrTooLarge", len(s), err)
			}
			return
		case !syntax:
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("Parse(%q) = %v, %v; want ErrSyntax", s, n, err)
			}
			return
		case err != nil && !errors.Is(err, ErrTooLarge):
			t.Fatalf("Parse(%q): %v", s, err)
		}
		// The value of valid text, exactly: digits × 10^(E − places), or
		// only whether it is zero when E is too far out to expand (then a
		// non-zero value is far out of the bounds).
		mantissa, exp, _ := strings.Cut(strings.ToLower(strings.TrimPrefix(s, "-")), "e")
		intPart, frac, _ := strings.Cut(mantissa, ".")
		digits, _ := new(big.Int).SetString(intPart+frac, 10)
		if strings.HasPrefix(s, "-") {
			digits.Neg(digits)
		}
		e := int64(math.MaxInt64)
		if v, perr := strconv.ParseInt(exp, 10, 64); exp == "" || perr == nil {
			e = v
		}
		var want *big.Rat
		if e > -10000 && e < 10000 {
			e -= int64(len(frac))
			want = new(big.Rat).SetInt(digits)
			if e >= 0 {
				want.Mul(want, new(big.Rat).SetInt(Pow10(e)))
			} else {
				want.Quo(want, new(big.Rat).SetInt(Pow10(-e)))
			}
		} else if digits.Sign() == 0 {
			want = new(big.Rat)
		}
		ok := want != nil && inBounds(want)
		if (err == nil) != ok {
			t.Fatalf("Parse(%q) = %v, %v; within the bounds: %v", s, n, err, ok)
		}
		if err != nil {
			return
		}
		checkCanonical(t, n)
		if n.Rat().Cmp(want) != 0 {
			t.Fatalf("Parse(%q) = %v, want %v", s, n, want.RatString())
		}
		// Round trip.
		m, err := Parse(n.String())
		if err != nil || !m.Equal(n) {
			t.Fatalf("Parse(%q) = %v; Parse(%q) = %v, %v", s, n, n.String(), m, err)
		}
		// shopspring reads the same value, and FromDecimal accepts it as n.
		d, err := decimal.NewFromString(s)
		if err != nil && n.Sign() == 0 && (e <= -10000 || e >= 10000) {
			return // zero with an exponent beyond int32, which shopspring refuses
		}
		if err != nil {
			t.Fatalf("decimal.NewFromString(%q): %v", s, err)
		}
		if d.Exponent() > -100000 && d.Exponent() < 100000 && d.Rat().Cmp(n.Rat()) != 0 {
			t.Fatalf("Parse(%q) = %v, decimal %v", s, n, d)
		}
		if m, ok := FromDecimal(d); !ok || !m.Equal(n) {
			t.Fatalf("Parse(%q) = %v, FromDecimal %v, %v", s, n, m, ok)
		}
	})
}
