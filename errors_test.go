package contactcost

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestFieldErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		e    FieldError
		want string
	}{
		{"path, name, detail", FieldError{Path: "costs[2].amount", Name: "Office", Err: ErrNegative, Detail: "-5"},
			`contactcost: costs[2].amount ("Office"): negative: -5`},
		{"line and column", FieldError{Path: "costs[3].amount", Line: 14, Column: 19, Err: ErrSyntax, Detail: `"12,50" is not a decimal number`},
			`contactcost: line 14, column 19: costs[3].amount: syntax error: "12,50" is not a decimal number`},
		{"everything", FieldError{Path: "volumes[1].channel", Name: "Chat", Line: 3, Column: 7, Err: ErrUnknownChannel, Detail: "hint"},
			`contactcost: line 3, column 7: volumes[1].channel ("Chat"): unknown channel: hint`},
		{"no detail", FieldError{Path: "scope", Err: ErrNotSet},
			`contactcost: scope: not set`},
		{"no path", FieldError{Err: ErrTooLarge, Detail: "more than 1000 channels"},
			`contactcost: too large: more than 1000 channels`},
		{"sentinel only", FieldError{Err: ErrUndefined},
			`contactcost: undefined (division by zero)`},
		{"line without path", FieldError{Line: 1, Column: 1, Err: ErrSyntax, Detail: "unexpected end of input"},
			`contactcost: line 1, column 1: syntax error: unexpected end of input`},
		// The name is quoted, escaped and shortened.
		{"name quoted", FieldError{Path: "costs[0].name", Name: "My \"best\"\nline", Err: ErrInvalid},
			`contactcost: costs[0].name ("My \"best\"\nline"): invalid value`},
		{"long name", FieldError{Path: "costs[0]", Name: strings.Repeat("n", 100), Err: ErrInvalid},
			`contactcost: costs[0] ("` + strings.Repeat("n", 40) + `"...): invalid value`},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%s: FieldError.Error() =\n\t%s\nwant\n\t%s", tt.name, got, tt.want)
		}
	}
}

func TestFieldErrorMatching(t *testing.T) {
	fe := &FieldError{Path: "costs[2].amount", Name: "Office", Err: ErrNegative, Detail: "-5"}
	if fe.Unwrap() != ErrNegative {
		t.Errorf("Unwrap() = %v, want ErrNegative", fe.Unwrap())
	}
	wrapped := []error{
		fe,
		fmt.Errorf("loading model: %w", fe),
		errors.Join(errors.New("other"), fe),
		errors.Join(&FieldError{Path: "scope", Err: ErrNotSet}, fmt.Errorf("x: %w", fe)),
	}
	for i, err := range wrapped {
		if !errors.Is(err, ErrNegative) {
			t.Errorf("error %d: errors.Is(%v, ErrNegative) = false", i, err)
		}
		if errors.Is(err, ErrInvalid) {
			t.Errorf("error %d: errors.Is(%v, ErrInvalid) = true", i, err)
		}
		var got *FieldError
		if !errors.As(err, &got) || got.Path != "costs[2].amount" && got.Path != "scope" {
			t.Errorf("error %d: errors.As(%v) = %v", i, err, got)
		}
	}
}

func TestCurrencyMismatchError(t *testing.T) {
	e := &CurrencyMismatchError{Path: "costs[1].currency", Name: "Carrier", Want: MustParseCurrency("USD"), Got: MustParseCurrency("EUR")}
	if want := `contactcost: costs[1].currency ("Carrier"): currency mismatch: EUR, want USD`; e.Error() != want {
		t.Errorf("CurrencyMismatchError.Error() =\n\t%s\nwant\n\t%s", e.Error(), want)
	}
	if !e.Is(ErrCurrencyMismatch) || e.Is(ErrInvalid) || e.Is(ErrUnknownCurrency) {
		t.Error("CurrencyMismatchError.Is is wrong")
	}
	joined := errors.Join(&FieldError{Path: "scope", Err: ErrNotSet}, fmt.Errorf("validating: %w", e))
	if !errors.Is(joined, ErrCurrencyMismatch) {
		t.Errorf("errors.Is(%v, ErrCurrencyMismatch) = false", joined)
	}
	var got *CurrencyMismatchError
	if !errors.As(joined, &got) || got.Want != MustParseCurrency("USD") || got.Got != MustParseCurrency("EUR") || got.Path != "costs[1].currency" {
		t.Errorf("errors.As(CurrencyMismatchError) = %+v", got)
	}
	// Without path and name.
	bare := &CurrencyMismatchError{Want: MustParseCurrency("JPY"), Got: MustParseCurrency("KRW")}
	if want := "contactcost: currency mismatch: KRW, want JPY"; bare.Error() != want {
		t.Errorf("CurrencyMismatchError{}.Error() = %s, want %s", bare.Error(), want)
	}
}

// errorsSameSentinel compares the sentinel Err of FieldError values by
// identity.
var errorsSameSentinel = cmp.Comparer(func(a, b error) bool { return a == b })

func TestLoc(t *testing.T) {
	tests := []struct {
		name     string
		l        loc
		path, nm string
	}{
		{"root field", loc{}.at("currency"), "currency", ""},
		{"field of an element", loc{path: "costs[2]"}.at("amount"), "costs[2].amount", ""},
		{"empty field", loc{path: "costs[2]"}.at(""), "costs[2]", ""},
		{"empty field at the root", loc{}.at(""), "", ""},
		{"index as a field", loc{path: "costs[2].basis.among"}.at("[1]"), "costs[2].basis.among[1]", ""},
		{"index", loc{path: "costs"}.index(2), "costs[2]", ""},
		{"index then field", loc{path: "volumes"}.index(0).at("contacts"), "volumes[0].contacts", ""},
		{"nested", loc{path: "periods"}.index(2).at("volumes").index(0).at("contacts"), "periods[2].volumes[0].contacts", ""},
		{"named", loc{path: "costs"}.index(2).named("Office"), "costs[2]", "Office"},
		{"name kept by at", loc{path: "costs"}.index(2).named("Office").at("amount"), "costs[2].amount", "Office"},
		{"name kept by index", loc{path: "costs[2].basis", name: "Office"}.at("weights").index(1), "costs[2].basis.weights[1]", "Office"},
		{"name kept at the root", loc{name: "Office"}.at("amount"), "amount", "Office"},
		{"renamed", loc{path: "levers[0]", name: "a"}.named("b"), "levers[0]", "b"},
	}
	for _, tt := range tests {
		if tt.l.path != tt.path || tt.l.name != tt.nm {
			t.Errorf("%s: loc = {%q, %q}, want {%q, %q}", tt.name, tt.l.path, tt.l.name, tt.path, tt.nm)
		}
	}
	got := loc{path: "costs[2]", name: "Office"}.err("amount", ErrNegative, "-5")
	want := &FieldError{Path: "costs[2].amount", Name: "Office", Err: ErrNegative, Detail: "-5"}
	if diff := cmp.Diff(*want, *got, errorsSameSentinel); diff != "" {
		t.Errorf("loc.err mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(FieldError{Path: "weights[3]", Err: ErrWeights, Detail: "negative: -1"}, *argErr("weights[3]", ErrWeights, "negative: -1"), errorsSameSentinel); diff != "" {
		t.Errorf("argErr mismatch (-want +got):\n%s", diff)
	}
}

func TestQuote(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"short", "voice", `"voice"`},
		{"empty", "", `""`},
		{"escaped", "a\"b\n", `"a\"b\n"`},
		{"invalid UTF-8", "ab\xffc", `"ab\xffc"`},
		{"40 bytes, kept", strings.Repeat("a", 40), `"` + strings.Repeat("a", 40) + `"`},
		{"41 bytes, cut", strings.Repeat("a", 41), `"` + strings.Repeat("a", 40) + `"...`},
		// "a" then 30 two-byte letters: byte 40 is inside the 20th letter,
		// so the cut moves back to its start, after 19 of them.
		{"cut at a letter", "a" + strings.Repeat("é", 30), `"a` + strings.Repeat("é", 19) + `"...`},
		{"cut at a letter boundary", strings.Repeat("é", 30), `"` + strings.Repeat("é", 20) + `"...`},
		{"long invalid UTF-8", strings.Repeat("\xff", 100), `"` + strings.Repeat(`\xff`, 40) + `"...`},
	}
	for _, tt := range tests {
		if got := quote(tt.s); got != tt.want {
			t.Errorf("%s: quote(%.50q) = %s, want %s", tt.name, tt.s, got, tt.want)
		}
	}
	// Whatever the text, the quote is short and valid UTF-8.
	hostile := []string{strings.Repeat("x", 1<<20), strings.Repeat("\x80", 1000), strings.Repeat("\U0001F600", 1000),
		strings.Repeat("\xe2\x82", 500), strings.Repeat("\x00", 1000)}
	for _, s := range hostile {
		got := quote(s)
		if len(got) > 4*40+5 || !utf8.ValidString(got) {
			t.Errorf("quote(%.20q...) = %.60s... (%d bytes), want at most 165 bytes of UTF-8", s, got, len(got))
		}
	}
}

func TestNear(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		// Case only.
		{"Chat", "chat", true},
		{"VOICE", "voice", true},
		{"Self-Service", "self-service", true},
		// One letter added, dropped or changed.
		{"chatt", "chat", true},
		{"cht", "chat", true},
		{"chat", "chst", true},
		{"voice", "voices", true},
		{"oice", "voice", true},
		{"ünits", "units", true},
		{"a", "b", true},
		// Two neighbours swapped.
		{"vioce", "voice", true},
		{"vocie", "voice", true},
		{"chta", "chat", true},
		{"ivr", "vir", true},
		{"emial", "email", true},
		{"ab", "ba", true},
		{"Vioce", "voice", true}, // case and a swap
		// Not two edits, not a distant swap, not identical.
		{"ciove", "voice", false},
		{"vioec", "voice", false},
		{"cat", "chart", false},
		{"chatbot", "chat", false},
		{"sms", "social", false},
		{"voice", "voice", false},
		{"", "", false},
		{"abc", "xyz", false},
	}
	for _, tt := range tests {
		if got := near(tt.a, tt.b); got != tt.want {
			t.Errorf("near(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := near(tt.b, tt.a); got != tt.want {
			t.Errorf("near(%q, %q) = %v, want %v (it is symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
	// Long strings: case only is still near; one edit is not considered
	// beyond 64 letters.
	long := strings.Repeat("ab", 40)
	if !near(strings.ToUpper(long), long) {
		t.Error("near(80 letters in upper case, in lower case) = false")
	}
	if near(long+"c", long) || near(long[:64]+"x", long[:65]) {
		t.Errorf("near(one edit of a string over 64 letters) = true")
	}
	if !near(long[:63]+"x", long[:63]+"y") {
		t.Errorf("near(one change of 64 letters) = false")
	}
}

func TestDidYouMean(t *testing.T) {
	names := []string{"voice", "email", "chat", "cart"}
	tests := []struct {
		name, want string
	}{
		{"Chat", ` (did you mean "chat"?)`},
		{"vioce", ` (did you mean "voice"?)`},
		{"cat", ` (did you mean "chat" or "cart"?)`},
		{"fax", ""},
		{"voice", ""}, // identical: nothing to suggest
	}
	for _, tt := range tests {
		if got := didYouMean(tt.name, names); got != tt.want {
			t.Errorf("didYouMean(%q, %q) = %q, want %q", tt.name, names, got, tt.want)
		}
	}
	// A long candidate is quoted shortened.
	long := strings.Repeat("q", 50)
	if got, want := didYouMean(strings.ToUpper(long), []string{long}), ` (did you mean "`+strings.Repeat("q", 40)+`"...?)`; got != want {
		t.Errorf("didYouMean(long) = %q, want %q", got, want)
	}
}

func TestErrorList(t *testing.T) {
	a, b := &FieldError{Path: "a", Err: ErrNotSet}, &FieldError{Path: "b", Err: ErrNegative}
	if got := errorList(errors.Join(a, b)); len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("errorList(Join(a, b)) = %v, want [a b]", got)
	}
	if got := errorList(a); len(got) != 1 || got[0] != a {
		t.Errorf("errorList(a) = %v, want [a]", got)
	}
	var l errList
	if l.join() != nil {
		t.Errorf("errList{}.join() = %v, want nil", l.join())
	}
	l.add(nil)
	l.add(a)
	l.add(nil)
	l.add(b)
	if len(l) != 2 {
		t.Fatalf("errList holds %d errors after adding a, b and two nils, want 2", len(l))
	}
	joined := l.join()
	if !errors.Is(joined, ErrNotSet) || !errors.Is(joined, ErrNegative) {
		t.Errorf("errList.join() = %v, want both errors", joined)
	}
	if got := errorList(joined); len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("errorList(errList.join()) = %v, want [a b]", got)
	}
}
