package contactcost

import (
	"strconv"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Bounds on input. The numeric bounds are far beyond any real figure (10^40
// is more money than exists); the size bounds are far beyond any real
// center. They exist so that hostile input is refused with [ErrTooLarge]
// before any work that grows with it: a number such as 1e999999999, a
// megabyte of digits, or a model whose report would hold billions of
// figures.
const (
	// MaxIntegerDigits is the most digits a number may have before its
	// decimal point.
	MaxIntegerDigits = exact.MaxIntegerDigits
	// MaxFractionDigits is the most digits a number may have after its
	// decimal point, once trailing zeros are removed. It is also the
	// largest scale the rounding and allocation functions accept.
	MaxFractionDigits = exact.MaxFractionDigits
	// MaxTextLength is the longest text accepted for one number, ratio,
	// period string or JSON string, in JSON or as an argument. Labels are
	// shorter still: a channel or category at most 64 bytes, a cost line's
	// name at most 200.
	MaxTextLength = exact.MaxTextLength
	// MaxChannels is the most channels a model or a series may have (a
	// scenario's levers, at most 100, may each add one).
	MaxChannels = 1000
	// MaxCostLines is the most cost lines a model may have.
	MaxCostLines = 20000
	// MaxParts is the most parts a report may hold, counted over its lines
	// (a direct line has one part, a shared line one per channel it is
	// split over); for a series, over its sub-period reports (the whole
	// span's holds no more than their sum), and a series also holds at most
	// this many channel volumes (sub-periods × channels). A report's size
	// and the time to make it grow with its parts, so this bounds both.
	MaxParts = 1_000_000
	// MaxSubPeriods is the most sub-periods Period.Split returns and a
	// series may have.
	MaxSubPeriods = 100000
)

// number is a validated decimal in canonical form.
type number = exact.Number

// boundsDetail describes the numeric bounds for messages.
var boundsDetail = "at most " + strconv.Itoa(MaxIntegerDigits) + " digits before and " +
	strconv.Itoa(MaxFractionDigits) + " after the decimal point"

// checkNum validates a decimal at field of l: within the bounds, and not
// negative unless allowed.
func checkNum(l loc, field string, d decimal.Decimal, allowNegative bool) (number, error) {
	n, ok := exact.FromDecimal(d)
	if !ok {
		return number{}, l.err(field, ErrTooLarge, exact.Describe(d)+" is outside the bounds: "+boundsDetail)
	}
	if !allowNegative && n.Sign() < 0 {
		return number{}, l.err(field, ErrNegative, n.String())
	}
	return n, nil
}

// checkArg validates a decimal function argument.
func checkArg(arg string, d decimal.Decimal, allowNegative bool) (number, error) {
	return checkNum(loc{}, arg, d, allowNegative)
}

// parseNum reads a decimal written as text at field of l.
func parseNum(l loc, field, s string) (number, error) {
	n, err := exact.Parse(s)
	switch err {
	case nil:
		return n, nil
	case exact.ErrSyntax:
		return number{}, l.err(field, ErrSyntax, quote(s)+" is not a decimal number")
	}
	return number{}, l.err(field, ErrTooLarge, quote(s)+" is outside the bounds: "+boundsDetail)
}

// checkScale validates a scale argument.
func checkScale(l loc, field string, scale int32) error {
	if scale < 0 || scale > MaxFractionDigits {
		return l.err(field, ErrOutOfRange, strconv.Itoa(int(scale))+" (want 0 to "+strconv.Itoa(MaxFractionDigits)+")")
	}
	return nil
}

// decimalsEqual compares two decimals without expanding hostile ones: by
// value within the bounds, by representation otherwise.
func decimalsEqual(a, b decimal.Decimal) bool {
	na, okA := exact.FromDecimal(a)
	nb, okB := exact.FromDecimal(b)
	if okA && okB {
		return na.Equal(nb)
	}
	return a.Exponent() == b.Exponent() && a.Cmp(b) == 0 // at one exponent: coefficients only
}

// exactDescribe formats any decimal for a message or a description without
// expanding a hostile one.
func exactDescribe(d decimal.Decimal) string { return exact.Describe(d) }
