package contactcost

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Sentinel errors. Every error returned by this package wraps exactly one of
// them, so callers can branch with errors.Is without parsing messages. Most are
// wrapped in a *FieldError that says where the problem is.
var (
	// ErrNotSet reports a required value that was left at its zero value.
	ErrNotSet = errors.New("not set")
	// ErrNegative reports a negative number where only zero or more is allowed.
	ErrNegative = errors.New("negative")
	// ErrNoContacts reports a division by a contact count that is zero.
	ErrNoContacts = errors.New("no contacts")
	// ErrOutOfRange reports a number outside its allowed range, such as a
	// rate outside [0, 1] or a scale outside [0, MaxFractionDigits].
	ErrOutOfRange = errors.New("out of range")
	// ErrTooLarge reports a number with more digits than the package accepts
	// (see MaxIntegerDigits and MaxFractionDigits) or text longer than the
	// documented bounds. Such input is refused before any arithmetic is done,
	// so it cannot exhaust memory or time.
	ErrTooLarge = errors.New("too large")
	// ErrPrecision reports an amount with more decimal places than the scale
	// it must be expressed in (for example 10.005 allocated in cents).
	ErrPrecision = errors.New("more decimal places than the scale allows")
	// ErrWeights reports allocation weights that are empty, negative or all
	// zero.
	ErrWeights = errors.New("invalid weights")
	// ErrUnknownCurrency reports a code that is not in the ISO 4217 table.
	ErrUnknownCurrency = errors.New("unknown currency")
	// ErrCurrencyMismatch reports amounts in two different currencies. The
	// concrete error is a *CurrencyMismatchError.
	ErrCurrencyMismatch = errors.New("currency mismatch")
	// ErrUnknownChannel reports a reference to a channel the model has no
	// volume for.
	ErrUnknownChannel = errors.New("unknown channel")
	// ErrDuplicate reports a value that must be unique but appears twice.
	ErrDuplicate = errors.New("duplicate")
	// ErrMissingVolume reports an allocation basis or cost driver that needs a
	// volume figure (handle minutes, agent hours, ...) a channel does not have.
	ErrMissingVolume = errors.New("missing volume data")
	// ErrSyntax reports text that does not parse.
	ErrSyntax = errors.New("syntax error")
	// ErrInvalid reports a value that is not one of the accepted values, such
	// as an unknown rounding mode or a label with control characters.
	ErrInvalid = errors.New("invalid value")
	// ErrUndefined reports a ratio whose denominator is zero, such as the cost
	// per minute of a channel with no handle time.
	ErrUndefined = errors.New("undefined (division by zero)")
	// ErrWorse reports an "after" rate that is worse than its "before"
	// rate in a lever that should improve it (more transfers after routing,
	// say).
	ErrWorse = errors.New("worse after than before")
	// ErrConflict reports two settings that cannot be used together, such as
	// a cost line with both a direct channel and an allocation basis.
	ErrConflict = errors.New("conflicting settings")
)

// FieldError reports one problem with one input value: where it is, which
// field, and what is wrong. Err is one of the package's sentinel errors, so
// errors.Is(err, ErrNegative) matches a *FieldError that wraps ErrNegative.
//
// Its message reads, for example:
//
//	contactcost: costs[2] "Office": amount: negative: -5
type FieldError struct {
	// Where locates the value in its input, such as `costs[2] "Office"` or
	// `volumes[0] "voice"`. It is empty for plain function arguments.
	Where string
	// Field names the field or argument, using the JSON field name
	// (for example "amount", "handle_minutes", "weights[3]").
	Field string
	// Err is the sentinel error that classifies the problem.
	Err error
	// Detail adds the offending value or a hint; it may be empty.
	Detail string
}

// Error implements the error interface.
func (e *FieldError) Error() string {
	s := "contactcost: "
	if e.Where != "" {
		s += e.Where + ": "
	}
	if e.Field != "" {
		s += e.Field + ": "
	}
	s += e.Err.Error()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the sentinel error, for errors.Is and errors.As.
func (e *FieldError) Unwrap() error { return e.Err }

// CurrencyMismatchError reports an amount in currency Got where currency Want
// was required. It matches ErrCurrencyMismatch with errors.Is.
type CurrencyMismatchError struct {
	// Where locates the amount, as in FieldError.
	Where string
	// Want is the currency required (the model's currency).
	Want Currency
	// Got is the currency found.
	Got Currency
}

// Error implements the error interface.
func (e *CurrencyMismatchError) Error() string {
	s := "contactcost: "
	if e.Where != "" {
		s += e.Where + ": "
	}
	return s + fmt.Sprintf("currency mismatch: %s, want %s", e.Got, e.Want)
}

// Is reports whether target is ErrCurrencyMismatch.
func (e *CurrencyMismatchError) Is(target error) bool { return target == ErrCurrencyMismatch }

// fieldErr builds a *FieldError.
func fieldErr(where, field string, err error, detail string) *FieldError {
	return &FieldError{Where: where, Field: field, Err: err, Detail: detail}
}

// errList collects problems so a validation can report all of them at once.
type errList []error

func (l *errList) add(err error) {
	if err != nil {
		*l = append(*l, err)
	}
}

func (l errList) join() error { return errors.Join(l...) }

// quoteTrunc quotes s for an error message, shortening long or invalid text
// so that hostile input cannot make messages huge.
func quoteTrunc(s string) string {
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

// errorsCause returns the sentinel inside err when err is a *FieldError, and
// err itself otherwise.
func errorsCause(err error) error {
	var fe *FieldError
	if errors.As(err, &fe) {
		return fe.Err
	}
	return err
}
