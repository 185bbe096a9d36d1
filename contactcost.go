package contactcost

import (
	"github.com/shopspring/decimal"
)

// CostPerContact returns total / contacts exactly: the cost per contact of
// a period in which the center cost total and handled contacts contacts.
// The result is a Ratio, so nothing is rounded yet; round it with
// [Ratio.Round].
//
// It fails with ErrNoContacts when contacts is zero, ErrNegative when
// either argument is negative, and ErrTooLarge for numbers outside the
// package bounds.
func CostPerContact(total, contacts decimal.Decimal) (Ratio, error) {
	t, err := checkArg("total", total, false)
	if err != nil {
		return Ratio{}, err
	}
	c, err := checkArg("contacts", contacts, false)
	if err != nil {
		return Ratio{}, err
	}
	if c.Sign() == 0 {
		return Ratio{}, argErr("contacts", ErrNoContacts, "")
	}
	return quo(t.Rat(), c.Rat()), nil
}

// Model describes a contact center over one period: its currency, its cost
// lines and what each channel handled. It is plain data: build it as a
// literal or decode it from JSON, and get its figures with [Model.Report],
// a run of periods with [Model.Series], and what a change would save with
// [Model.Estimate].
//
// Functions that take a Model read it and never modify or retain it, so
// one Model may be used by many goroutines at once as long as none
// modifies it. The zero Model is not valid.
type Model struct {
	// Currency is the currency of every amount.
	Currency Currency
	// Period is the period the costs and volumes cover.
	Period Period
	// Scope says which contacts the center-wide cost per contact counts
	// ([ScopeAssisted] or [ScopeAll]); it has no default.
	Scope Scope
	// Rounding is the rounding policy; the zero value rounds half-even to
	// the currency's minor unit.
	Rounding Rounding
	// Convention is the day-count convention that prorates cost lines
	// stated for other periods or per unit of time into Period. It may
	// stay zero when no line needs it, or when every convention gives the
	// same amounts (a monthly rate in a monthly report); otherwise a zero
	// Convention is an error that shows how much the choice matters.
	Convention Convention
	// Strict makes a cost line that has nothing in Period (its period or
	// amortization window does not overlap Period) an error instead of a
	// zero.
	Strict bool
	// Costs are the cost lines.
	Costs []Cost
	// Volumes gives each channel's volume, one entry per channel, in the
	// order of channels in reports.
	Volumes []Volume
}

// Cost is one cost line of a center: what it is, how much it costs, and
// which channels bear it.
//
// A direct cost names its Channel and leaves Basis zero; a shared cost
// leaves Channel empty and says how it is split with Basis. The zero Cost
// is not valid.
type Cost struct {
	// Name identifies the line in reports and errors ("Agent wages").
	Name string
	// Category classifies the line ([CategoryWages], ... or a custom one).
	Category Category
	// Amount is the cost in Period (by default the model's) and the
	// model's currency; it may not be negative. It may have more decimal
	// places than the currency: it is booked to the minor unit once, by
	// the model's rounding mode.
	Amount decimal.Decimal
	// Currency, when set, must be the model's currency: data from several
	// sources says what it is in, so a mix-up is caught.
	Currency Currency
	// Channel makes the line a direct cost of that channel.
	Channel Channel
	// Basis makes the line a shared cost and says how it is split (see
	// [Basis]: by a volume figure of the agent-assisted channels unless
	// Among names others, or by weights).
	Basis Basis
	// VariesWith makes the cost variable: proportional to this volume
	// figure of the channels that bear it (wages with handle minutes,
	// toll-free minutes with queue minutes, per-contact fees with
	// contacts). The zero value means fixed in the period: no saving is
	// ever claimed for a cost not declared variable.
	VariesWith Measure
	// Period is the period Amount is stated for: an annual licence is
	// stated for 2026 and prorated into the model's period by the model's
	// Convention. The zero Period means the model's period. For a rate
	// (Per set) it is the window the rate applies in; zero means
	// throughout.
	Period Period
	// Per makes Amount a rate per calendar unit (95.00 per UnitMonth): the
	// line's amount is the rate times the number of units in the model's
	// period, measured by the model's Convention.
	Per Unit
	// UnitPrice prices the line per unit instead of Amount, which must
	// then be zero. With Quantity the amount is UnitPrice × Quantity (60
	// seats at 95.00, usually with Per: UnitMonth). A variable line with a
	// UnitPrice and no Quantity takes its quantity from the VariesWith
	// figure of its channels in the model's period (0.012 per handle
	// minute).
	UnitPrice decimal.Decimal
	// Quantity is the number of units priced at UnitPrice (seats, agents,
	// phone numbers).
	Quantity decimal.Decimal
	// Timing says whether the line recurs (the zero value) or is a
	// one-time cost that is excluded from the figures or amortized.
	Timing Timing
	// Incurred is the date of a one-time cost.
	Incurred Date
	// AmortizeMonths is the number of months a one-time cost with timing
	// TimingOneTimeAmortized is spread over, in equal monthly parts,
	// starting with the month of Incurred.
	AmortizeMonths int
}

// Timing says whether a cost line recurs or happens once.
type Timing uint8

// The timings.
const (
	// TimingRecurring costs (the zero value) are stated for a period or
	// per unit of time and prorated into the report's period.
	TimingRecurring Timing = iota
	// TimingOneTimeExcluded marks a one-time cost (a project, a capital
	// purchase) left out of the cost per contact. Its line is reported
	// with a zero amount, so the choice stays visible.
	TimingOneTimeExcluded
	// TimingOneTimeAmortized marks a one-time cost spread in equal monthly
	// parts over Cost.AmortizeMonths months from the month of
	// Cost.Incurred.
	TimingOneTimeAmortized
)

var timingEnum = enum{typ: "Timing", field: "timing", names: []string{
	TimingRecurring: "recurring", TimingOneTimeExcluded: "one-time-excluded", TimingOneTimeAmortized: "one-time-amortized"}}

// String returns "recurring", "one-time-excluded" or "one-time-amortized".
func (t Timing) String() string { return timingEnum.name(int(t)) }

// MarshalText implements [encoding.TextMarshaler].
func (t Timing) MarshalText() ([]byte, error) { return timingEnum.text(int(t)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives
// TimingRecurring.
func (t *Timing) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*t = TimingRecurring
		return nil
	}
	return timingEnum.unmarshal(text, (*uint8)(t))
}

// Scope says which contacts a center-wide cost per contact counts. It is a
// choice that changes the answer (sources disagree), so a Model must state
// it; the zero Scope is "not set".
type Scope uint8

// The scopes.
const (
	// ScopeAssisted counts agent-assisted contacts only: the contacts of
	// automated channels (IVR, self-service) are left out of the
	// denominator, while their cost stays in the numerator.
	ScopeAssisted Scope = iota + 1
	// ScopeAll counts every contact, IVR and self-service included.
	ScopeAll
)

var scopeEnum = enum{typ: "Scope", field: "scope", names: []string{ScopeAssisted: "assisted", ScopeAll: "all"}}

// String returns "assisted" or "all".
func (s Scope) String() string { return scopeEnum.name(int(s)) }

// MarshalText implements [encoding.TextMarshaler]; the zero Scope (not
// set) marshals as empty text.
func (s Scope) MarshalText() ([]byte, error) { return scopeEnum.text(int(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives
// the zero Scope.
func (s *Scope) UnmarshalText(text []byte) error { return scopeEnum.unmarshal(text, (*uint8)(s)) }

// counts reports whether a channel's contacts count under scope s.
func (s Scope) counts(automated bool) bool { return s == ScopeAll || !automated }

// Validate checks the whole model and reports every problem it finds, not
// only the first, joined with [errors.Join]. Each problem is a
// [*FieldError] (or a [*CurrencyMismatchError]) that says where it is, as
//
//	contactcost: costs[2].amount ("Office"): negative: -5
//
// and matches one of the package's sentinel errors with errors.Is.
func (m Model) Validate() error {
	_, err := compileReport(&m)
	return err
}

// Report computes the model's report. It validates the model first and
// returns Validate's error if there is one.
func (m Model) Report() (Report, error) {
	c, err := compileReport(&m)
	if err != nil {
		return Report{}, err
	}
	return c.report(), nil
}
