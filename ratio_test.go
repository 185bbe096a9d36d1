package contactcost

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestRatioString(t *testing.T) {
	tests := []struct {
		num, den string
		want     string
		exact    string // "" when the expansion does not terminate
	}{
		{"1000", "3", "1000/3", ""},
		{"25", "2", "12.5", "12.5"},
		{"12.5", "3", "25/6", ""},
		{"1", "8", "0.125", "0.125"},
		{"-7", "4", "-1.75", "-1.75"},
		{"7", "-4", "-1.75", "-1.75"},
		{"-1", "3", "-1/3", ""},
		{"0", "5", "0", "0"},
		{"3", "0.03", "100", "100"},
		{"1", "1024", "0.0009765625", "0.0009765625"},
		// 35033.33/6000 = 3503333/600000, reduced (600000 = 2^6·3·5^5 and
		// 3503333 has no factor 2, 3 or 5): the 3 keeps it from
		// terminating.
		{"35033.33", "6000", "3503333/600000", ""},
		// 1/2^40 has 40 places, beyond the 30 of the bounds: a fraction.
		{"1", "1099511627776", "1/1099511627776", ""},
	}
	for _, tt := range tests {
		r, err := NewRatio(dec(tt.num), dec(tt.den))
		if err != nil {
			t.Errorf("NewRatio(%s, %s) error: %v", tt.num, tt.den, err)
			continue
		}
		if !r.IsDefined() {
			t.Errorf("NewRatio(%s, %s).IsDefined() = false", tt.num, tt.den)
		}
		if got := r.String(); got != tt.want {
			t.Errorf("NewRatio(%s, %s).String() = %q, want %q", tt.num, tt.den, got, tt.want)
		}
		d, ok := r.Exact()
		if ok != (tt.exact != "") || (ok && !d.Equal(dec(tt.exact))) {
			t.Errorf("NewRatio(%s, %s).Exact() = %v, %v, want %q", tt.num, tt.den, d, ok, tt.exact)
		}
		back, err := ParseRatio(tt.want)
		if err != nil || !back.Equal(r) {
			t.Errorf("ParseRatio(%q) = %v, %v, want %v", tt.want, back, err, r)
		}
	}
}

func TestRatioForms(t *testing.T) {
	// A ratio held as a decimal and one held as a fraction are the same
	// number.
	n, err := parseNum(loc{}, "x", "12.5")
	if err != nil {
		t.Fatal(err)
	}
	asNumber, asFraction := ratioOfNumber(n), ratio("25", "2")
	if !asNumber.Equal(asFraction) || asNumber.Cmp(asFraction) != 0 || asNumber.String() != "12.5" || asFraction.String() != "12.5" {
		t.Errorf("12.5 as a number (%v) and as 25/2 (%v) differ", asNumber, asFraction)
	}
	if asNumber.Rat().Cmp(big.NewRat(25, 2)) != 0 {
		t.Errorf("ratioOfNumber(12.5).Rat() = %v, want 25/2", asNumber.Rat())
	}
	// Fractions of decimals parse exactly.
	tests := []struct {
		text string
		want Ratio
	}{
		{"12.5/3", ratio("25", "6")},
		{"-1/3", ratio("-1", "3")},
		{"1/-3", ratio("-1", "3")},
		{"1.5e3/3", ratio("500", "1")},
		{"0/7", ratio("0", "1")},
		{"6/4", ratio("3", "2")},
		{"1e300/1", ratioOfRat(new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(300), nil)))},
		{"-0.25", ratio("-1", "4")},
	}
	for _, tt := range tests {
		got, err := ParseRatio(tt.text)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseRatio(%q) = %v, %v, want %v", tt.text, got, err, tt.want)
		}
	}
	// Sign and order.
	signs := []struct {
		x    Ratio
		want int
	}{{ratio("-1", "3"), -1}, {ratio("0", "1"), 0}, {ratio("1", "3"), 1}, {asNumber, 1}, {Ratio{}, 0}}
	for _, s := range signs {
		if got := s.x.Sign(); got != s.want {
			t.Errorf("Ratio(%v).Sign() = %d, want %d", s.x, got, s.want)
		}
	}
	if ratio("1", "3").Cmp(ratio("1", "2")) != -1 || ratio("1", "2").Cmp(ratio("1", "3")) != 1 || asNumber.Cmp(ratio("12", "1")) != 1 {
		t.Error("Ratio.Cmp is wrong")
	}
}

func TestRatioUndefined(t *testing.T) {
	var u Ratio
	if u.IsDefined() || u.Sign() != 0 || u.String() != "undefined" || u.Rat() != nil {
		t.Errorf("Ratio{}: IsDefined %v, Sign %d, String %q, Rat %v; want false, 0, \"undefined\", nil", u.IsDefined(), u.Sign(), u.String(), u.Rat())
	}
	if _, err := u.Round(RoundHalfEven, 2); !errors.Is(err, ErrUndefined) {
		t.Errorf("Ratio{}.Round(half-even, 2) error = %v, want ErrUndefined", err)
	}
	if d, ok := u.Exact(); ok || !d.IsZero() {
		t.Errorf("Ratio{}.Exact() = %v, %v, want 0, false", d, ok)
	}
	// An undefined Ratio sorts before every defined one and equals another
	// undefined one.
	if u.Cmp(ratio("-5", "1")) != -1 || ratio("-5", "1").Cmp(u) != 1 || !u.Equal(Ratio{}) || u.Cmp(Ratio{}) != 0 || u.Equal(ratio("0", "1")) {
		t.Error("the order of an undefined Ratio is wrong")
	}
	back, err := ParseRatio("undefined")
	if err != nil || back.IsDefined() {
		t.Errorf("ParseRatio(undefined) = %v, %v, want undefined", back, err)
	}
	// quo of a zero denominator is undefined.
	if got := quo(big.NewRat(1, 1), new(big.Rat)); got.IsDefined() {
		t.Errorf("quo(1, 0) = %v, want undefined", got)
	}
}

func TestRatioErrors(t *testing.T) {
	tests := []struct {
		name     string
		num, den decimal.Decimal
		want     error
		path     string
	}{
		{"zero denominator", dec("1"), dec("0"), ErrUndefined, "denominator"},
		{"huge numerator", decimal.New(1, 500), dec("1"), ErrTooLarge, "numerator"},
		{"huge denominator", dec("1"), decimal.New(1, 500), ErrTooLarge, "denominator"},
		{"tiny denominator", dec("1"), decimal.New(1, -40), ErrTooLarge, "denominator"},
	}
	for _, tt := range tests {
		_, err := NewRatio(tt.num, tt.den)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("%s: NewRatio error = %v, want %v at %q", tt.name, err, tt.want, tt.path)
		}
	}
	parseTests := []struct {
		text string
		want error
	}{
		{"", ErrSyntax},
		{"1/", ErrSyntax},
		{"/2", ErrSyntax},
		{"1/2/3", ErrSyntax},
		{"a/b", ErrSyntax},
		{"1 /2", ErrSyntax},
		{"0x10", ErrSyntax},
		{"1e", ErrSyntax},
		{"+1", ErrSyntax},
		{".5", ErrSyntax},
		{"5.", ErrSyntax},
		{"1/+2", ErrSyntax},
		{"Infinity", ErrSyntax},
		{"NaN", ErrSyntax},
		{"1/0", ErrUndefined},
		{"1/0.000", ErrUndefined},
		{strings.Repeat("9", 1100), ErrTooLarge},
		{strings.Repeat("9", 600) + "/" + strings.Repeat("7", 600), ErrTooLarge}, // longer than 1024 bytes
		{"1e999999999", ErrTooLarge},
		{"1e99999999999999", ErrTooLarge},
		// Each exponent of a fraction is at most 300.
		{"1e301/3", ErrTooLarge},
		{"1/1e-301", ErrTooLarge},
		{"1e999999999/3", ErrTooLarge},
	}
	for _, tt := range parseTests {
		_, err := ParseRatio(tt.text)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != "ratio" {
			t.Errorf("ParseRatio(%.30q) error = %v, want %v at \"ratio\"", tt.text, err, tt.want)
		}
		if err != nil && len(err.Error()) > 200 {
			t.Errorf("ParseRatio(%.30q) error is %d bytes long", tt.text, len(err.Error()))
		}
	}
}

func TestRatioRatIsACopy(t *testing.T) {
	for _, r := range []Ratio{ratio("1", "3"), ratioOfNumber(ratioNumberOf(t, "0.5"))} {
		before := r.String()
		c := r.Rat()
		c.SetInt64(7)
		if r.String() != before {
			t.Errorf("changing Rat() changed the Ratio from %s to %v", before, r)
		}
	}
	// NewRatio does not retain what it is given either (decimals are
	// values), and quo copies its arguments.
	a, b := big.NewRat(1, 3), big.NewRat(1, 1)
	q := quo(a, b)
	a.SetInt64(9)
	if q.String() != "1/3" {
		t.Errorf("changing quo's argument changed the Ratio to %v", q)
	}
}

// ratioNumberOf parses a bounded number for a ratio test.
func ratioNumberOf(t *testing.T, s string) number {
	t.Helper()
	n, err := parseNum(loc{}, "x", s)
	if err != nil {
		t.Fatalf("parseNum(%q) error: %v", s, err)
	}
	return n
}

func TestRatioText(t *testing.T) {
	for _, r := range []Ratio{ratio("2", "3"), ratio("12.5", "1"), ratio("-1000", "3"), {}} {
		b, err := r.MarshalText()
		if err != nil || string(b) != r.String() {
			t.Errorf("Ratio(%v).MarshalText() = %q, %v, want %q", r, b, err, r.String())
		}
		back := ratio("5", "1")
		if err := back.UnmarshalText(b); err != nil || !back.Equal(r) || back.IsDefined() != r.IsDefined() {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, r)
		}
	}
	var back Ratio
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v, want ErrSyntax", err)
	}
	// In JSON a Ratio is a string.
	type ratioDoc struct {
		CPC Ratio `json:"cpc"`
	}
	b, err := json.Marshal(ratioDoc{ratio("1000", "3")})
	if err != nil || string(b) != `{"cpc":"1000/3"}` {
		t.Errorf("json.Marshal(1000/3) = %s, %v, want {\"cpc\":\"1000/3\"}", b, err)
	}
	var doc ratioDoc
	if err := json.Unmarshal(b, &doc); err != nil || !doc.CPC.Equal(ratio("1000", "3")) {
		t.Errorf("json.Unmarshal(%s) = %v, %v, want 1000/3", b, doc.CPC, err)
	}
}
