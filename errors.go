package contactcost

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Every error the package returns wraps exactly one of
// them, so callers branch with [errors.Is] without parsing messages; most
// are wrapped in a [*FieldError] that says where the problem is.
var (
	// ErrNotSet reports a required value left at its zero value, or a
	// required JSON field that is missing.
	ErrNotSet = errors.New("not set")
	// ErrNegative reports a negative number where only zero or more is
	// allowed.
	ErrNegative = errors.New("negative")
	// ErrNoContacts reports a division by a contact count that is zero.
	ErrNoContacts = errors.New("no contacts")
	// ErrOutOfRange reports a number outside its allowed range, such as a
	// rate outside [0, 1] or a scale outside [0, MaxFractionDigits].
	ErrOutOfRange = errors.New("out of range")
	// ErrTooLarge reports a number with more digits than the package
	// accepts, text longer than the documented bounds, or a model larger
	// than MaxChannels, MaxCostLines or MaxParts. Such input is refused
	// before any work that grows with it.
	ErrTooLarge = errors.New("too large")
	// ErrPrecision reports an amount with more decimal places than the
	// scale it must be expressed in (10.005 in cents).
	ErrPrecision = errors.New("more decimal places than the scale allows")
	// ErrWeights reports allocation weights that are empty, negative or all
	// zero.
	ErrWeights = errors.New("invalid weights")
	// ErrUnknownCurrency reports a code that is not in the ISO 4217 table.
	ErrUnknownCurrency = errors.New("unknown currency")
	// ErrCurrencyMismatch reports amounts in two different currencies. The
	// concrete error is a [*CurrencyMismatchError].
	ErrCurrencyMismatch = errors.New("currency mismatch")
	// ErrUnknownChannel reports a reference to a channel that has no volume.
	ErrUnknownChannel = errors.New("unknown channel")
	// ErrUnknownField reports a JSON field the form does not have (field
	// names are matched exactly, case included).
	ErrUnknownField = errors.New("unknown field")
	// ErrDuplicate reports a value that must be unique but appears twice,
	// such as a channel or a JSON key.
	ErrDuplicate = errors.New("duplicate")
	// ErrMissingVolume reports an allocation basis or cost driver that
	// needs a volume figure (handle minutes, agent hours, ...) a channel
	// does not have.
	ErrMissingVolume = errors.New("missing volume data")
	// ErrSyntax reports text that does not parse, or JSON of the wrong
	// type.
	ErrSyntax = errors.New("syntax error")
	// ErrInvalid reports a value that is not one of the accepted values,
	// such as an unknown rounding mode or a label with control characters.
	ErrInvalid = errors.New("invalid value")
	// ErrUndefined reports a ratio whose denominator is zero, such as the
	// cost per minute of a channel with no handle time.
	ErrUndefined = errors.New("undefined (division by zero)")
	// ErrWorse reports an "after" rate that is worse than its "before"
	// rate in a lever that should improve it.
	ErrWorse = errors.New("worse after than before")
	// ErrConflict reports settings that cannot be used together, such as a
	// cost line with both a direct channel and an allocation basis.
	ErrConflict = errors.New("conflicting settings")
)

// FieldError reports one problem with one input value: where it is, what
// is wrong, and the offending value or a hint. Err is one of the package's
// sentinel errors, so errors.Is(err, ErrNegative) matches a *FieldError
// that wraps ErrNegative.
//
// Its message reads, for example,
//
//	contactcost: costs[2].amount ("Office"): negative: -5
//	contactcost: line 14, column 19: costs[3].amount: syntax error: "12,50" is not a decimal number
type FieldError struct {
	// Path locates the value with the JSON field names, as
	// "costs[2].amount", "volumes[0].handling" or "levers[1].rate"; for a
	// plain function argument it is the argument's name ("weights[3]").
	Path string
	// Name is the name of the cost line, channel or lever the path is in,
	// when it has one, to help a reader find it.
	Name string
	// Line and Column locate the value in JSON input (1-based); zero when
	// the error does not come from decoding.
	Line, Column int
	// Err is the sentinel error that classifies the problem.
	Err error
	// Detail gives the offending value or a hint; it may be empty.
	Detail string
}

// Error implements the error interface.
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString("contactcost: ")
	if e.Line > 0 {
		b.WriteString("line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		if e.Name != "" {
			b.WriteString(" (" + quote(e.Name) + ")")
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	return b.String()
}

// Unwrap returns the sentinel error, for errors.Is and errors.As.
func (e *FieldError) Unwrap() error { return e.Err }

// CurrencyMismatchError reports an amount in currency Got where currency
// Want was required. It matches ErrCurrencyMismatch with errors.Is.
type CurrencyMismatchError struct {
	Path string   // where the amount is, as in FieldError
	Name string   // the name of the cost line, as in FieldError
	Want Currency // the currency required (the model's)
	Got  Currency // the currency found
}

// Error implements the error interface.
func (e *CurrencyMismatchError) Error() string {
	fe := FieldError{Path: e.Path, Name: e.Name, Err: ErrCurrencyMismatch, Detail: e.Got.String() + ", want " + e.Want.String()}
	return fe.Error()
}

// Is reports whether target is ErrCurrencyMismatch.
func (e *CurrencyMismatchError) Is(target error) bool { return target == ErrCurrencyMismatch }

// loc is where a value is: its path and the name of what it is in.
type loc struct{ path, name string }

// at returns the location of a field of l's value.
func (l loc) at(field string) loc {
	if l.path == "" {
		return loc{path: field, name: l.name}
	}
	if field == "" {
		return l
	}
	if field[0] == '[' {
		return loc{path: l.path + field, name: l.name}
	}
	return loc{path: l.path + "." + field, name: l.name}
}

// index returns the location of element i of l's array.
func (l loc) index(i int) loc { return loc{path: l.path + "[" + strconv.Itoa(i) + "]", name: l.name} }

// named returns l with the name of the thing it is in.
func (l loc) named(name string) loc { return loc{path: l.path, name: name} }

// err returns a *FieldError at field of l.
func (l loc) err(field string, sentinel error, detail string) *FieldError {
	at := l.at(field)
	return &FieldError{Path: at.path, Name: at.name, Err: sentinel, Detail: detail}
}

// argErr returns a *FieldError for a plain function argument.
func argErr(arg string, sentinel error, detail string) *FieldError {
	return &FieldError{Path: arg, Err: sentinel, Detail: detail}
}

// errList collects problems so a validation reports all of them at once.
type errList []error

func (l *errList) add(err error) {
	if err != nil {
		*l = append(*l, err)
	}
}

func (l errList) join() error { return errors.Join(l...) }

// quote quotes s for a message, shortening long or invalid text so that
// hostile input cannot make messages huge.
func quote(s string) string {
	const max = 40
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut]) + "..."
	}
	return strconv.Quote(s)
}

// errorList returns the errors joined in err (or err alone).
func errorList(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// near reports whether a and b differ only in case or by one edit (a
// letter added, dropped, changed, or two neighbours swapped): the typos a
// "did you mean" hint is for.
func near(a, b string) bool {
	if a == b || len(a)-len(b) > 8 || len(b)-len(a) > 8 || len(a) > 256 || len(b) > 256 {
		return false // far apart in length (case changes a rune's bytes by a few at most)
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 || len(rb) > 64 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) < len(rb) { // one letter more in rb
		return string(ra[i:]) == string(rb[i+1:])
	}
	if i == len(ra) {
		return false
	}
	if string(ra[i+1:]) == string(rb[i+1:]) { // one letter changed
		return true
	}
	return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
}

// didYouMean returns a hint naming the candidate near name, or "".
func didYouMean(name string, candidates []string) string {
	var found []string
	for _, c := range candidates {
		if c != "" && near(name, c) {
			found = append(found, quote(c))
		}
	}
	if len(found) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(found, " or ") + "?)"
}
