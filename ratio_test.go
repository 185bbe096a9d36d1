package contactcost

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func bigInt(v int64) *big.Int { return big.NewInt(v) }

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
		{"0", "5", "0", "0"},
		{"3", "0.03", "100", "100"},
		{"1", "1024", "0.0009765625", "0.0009765625"},
		{"35033.33", "6000", "3503333/600000", ""},
	}
	for _, tt := range tests {
		r := ratio(tt.num, tt.den)
		if got := r.String(); got != tt.want {
			t.Errorf("(%s/%s).String() = %q, want %q", tt.num, tt.den, got, tt.want)
		}
		d, ok := r.Exact()
		if ok != (tt.exact != "") || (ok && !d.Equal(dec(tt.exact))) {
			t.Errorf("(%s/%s).Exact() = %v, %v, want %q", tt.num, tt.den, d, ok, tt.exact)
		}
		back, err := ParseRatio(tt.want)
		if err != nil || !back.Equal(r) {
			t.Errorf("ParseRatio(%q) = %v, %v, want %v", tt.want, back, err, r)
		}
	}
}

func TestRatioUndefined(t *testing.T) {
	var u Ratio
	if u.IsDefined() || u.Sign() != 0 || u.String() != "undefined" || u.Rat() != nil {
		t.Errorf("zero Ratio: defined %v sign %d string %q", u.IsDefined(), u.Sign(), u.String())
	}
	if _, err := u.Round(HalfEven, 2); !errors.Is(err, ErrUndefined) {
		t.Errorf("undefined Round error = %v", err)
	}
	if _, err := u.Mul(dec("2")); !errors.Is(err, ErrUndefined) {
		t.Errorf("undefined Mul error = %v", err)
	}
	if _, ok := u.Exact(); ok {
		t.Error("undefined Exact ok")
	}
	if u.Cmp(ratio("-5", "1")) != -1 || ratio("-5", "1").Cmp(u) != 1 || !u.Equal(Ratio{}) {
		t.Error("undefined ordering is wrong")
	}
	back, err := ParseRatio("undefined")
	if err != nil || back.IsDefined() {
		t.Errorf("ParseRatio(undefined) = %v, %v", back, err)
	}
}

func TestRatioErrors(t *testing.T) {
	if _, err := NewRatio(dec("1"), dec("0")); !errors.Is(err, ErrUndefined) {
		t.Errorf("NewRatio(1, 0) error = %v", err)
	}
	if _, err := NewRatio(decimal.New(1, 500), dec("1")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("NewRatio(1e500, 1) error = %v", err)
	}
	for _, bad := range []string{"", "1/", "/2", "1/2/3", "a/b", "1 /2", "0x10", "1e", "+1", ".5", "5.", "1/0", strings.Repeat("9", 1100)} {
		if _, err := ParseRatio(bad); err == nil {
			t.Errorf("ParseRatio(%q) = nil error", bad)
		}
	}
	if _, err := ParseRatio("1e999999999"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ParseRatio(1e999999999) error = %v, want ErrTooLarge", err)
	}
	if _, err := ParseRatio("1e99999999999999"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ParseRatio(1e99999999999999) error = %v, want ErrTooLarge", err)
	}
	if _, err := ratio("1", "3").Round(HalfEven, 31); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("Round(scale 31) error = %v", err)
	}
}

func TestRatioRatIsACopy(t *testing.T) {
	r := ratio("1", "3")
	c := r.Rat()
	c.SetInt64(7)
	if r.String() != "1/3" {
		t.Errorf("changing Rat() changed the Ratio to %v", r)
	}
}

func TestRatioText(t *testing.T) {
	r := ratio("2", "3")
	b, _ := r.MarshalText()
	var back Ratio
	if err := back.UnmarshalText(b); err != nil || !back.Equal(r) {
		t.Errorf("text round trip = %v, %v", back, err)
	}
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v", err)
	}
}
