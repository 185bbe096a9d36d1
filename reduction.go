package contactcost

import (
	"math/big"
	"reflect"

	"github.com/contactcost/contactcost/internal/exact"

	"github.com/shopspring/decimal"
)

// This file holds the ideas of a savings estimate: the Lever, what it
// costs (Investment), when it takes effect (Rollout), and the scenario's
// labour assumption (Labour). The levers are in levers.go, the machinery
// that runs them in lever.go, the scenario and its results in scenario.go,
// time in horizon.go, the investment view in returns.go, uncertainty in
// ranges.go.

// Lever is a way to lower cost per contact: [SelfServiceDeflection],
// [IVRContainment], [IVRVerification], [Callback], [ACDRouting],
// [FirstContactResolution] or [HandleTimeReduction]. A lever changes the
// volumes of the model's channels and may add costs of its own;
// [Model.Estimate] reprices the model on what it leaves.
//
// A lever may be given as a value or a pointer. The interface is closed:
// only the package's levers implement it.
type Lever interface {
	// describe returns what every lever has: its name, kind, investment,
	// rollout, and the input its break-even solves for.
	describe() leverInfo
	// inputs reads and checks the lever's inputs through x, and returns
	// its arithmetic: what it does to x's volumes and costs, run only
	// when every input passed, which returns the channel that bears the
	// lever's monthly fee.
	inputs(x *leverRun) func() channelRef
	// edit returns a copy of the lever and its fields, in the order of
	// its JSON form, to read, set or write them.
	edit() (func() Lever, []fieldRef)
}

// leverInfo is what every lever describes about itself.
type leverInfo struct {
	name, kind string
	inv        Investment
	roll       Rollout
	// breakEven is the input a break-even solves for ("" for none), and
	// points gives, once the inputs are validated, its value at which the
	// lever does nothing and a second valid value to draw the line through
	// when the lever's own value is that one.
	breakEven string
	points    func() (null, probe *big.Rat)
}

// ratDecimal returns a rational as a decimal: exactly when it terminates
// within the bounds, otherwise rounded half-even to MaxFractionDigits
// places.
func ratDecimal(r *big.Rat) decimal.Decimal {
	if d, ok := ratioOfRat(r).Exact(); ok {
		return d
	}
	d, _ := ratioOfRat(r).Round(RoundHalfEven, MaxFractionDigits)
	return d
}

// boundedRat returns a validated decimal as a rational (zero for one
// outside the bounds, which validation has refused already).
func boundedRat(d decimal.Decimal) *big.Rat {
	n, ok := exact.FromDecimal(d)
	if !ok {
		return new(big.Rat)
	}
	return n.Rat()
}

// Investment is what a lever costs beyond its per-use prices.
type Investment struct {
	// OneTime is paid once, at the start of the horizon (month 0, not
	// discounted), whatever the rollout: a project, a licence bought
	// outright. It is not a cost of the model's period: it enters the
	// investment view.
	OneTime decimal.Decimal
	// MonthlyFee is paid every month from go-live, in full: a platform
	// subscription. The adoption ramp never scales it. In the model's
	// period it costs MonthlyFee × the period's length in months.
	MonthlyFee decimal.Decimal
}

// Rollout says when a lever takes effect. In the investment view, month m
// (counted from 1) of the horizon has the lever
//
//	not yet live              for m ≤ DelayMonths (no effect, no fee)
//	at (m − DelayMonths) / RampMonths of its effect   while that is below 1
//	at its full effect        after that (at once when RampMonths is 0)
//
// A share of its effect scales what the lever changes (the contacts it
// deflects or contains, the seconds it saves) and so its per-use costs
// (sessions, IVR minutes); never its monthly fee, which is paid in full
// from go-live. The model's period view (Savings.Total) is at full effect.
type Rollout struct {
	DelayMonths int // months before go-live, 0 to 600
	RampMonths  int // months from go-live to full effect, 0 to 600
}

// Input is one input of a lever as it was used: its field name and value.
type Input struct {
	Name  string // the field, as "target_rate" or "investment.one_time"
	Value string // its value, as a decimal
}

// Labour is a scenario's labour assumption: what happens to the agents
// when their workload changes. It decides the labour lines of the model
// (those of [CategoryWages] and [CategoryBenefits]) and the agent hours
// and FTE that other lines may vary with. The zero Labour is "not set":
// every scenario states it, and the result prints it.
type Labour uint8

// The labour assumptions.
const (
	// LabourUnchanged keeps the agents: labour lines keep their baseline
	// amounts whatever they vary with, and each channel's agent hours and
	// FTE stay as they were. It is the conservative choice: a scenario
	// that saves agent time but keeps every agent saves no wages.
	LabourUnchanged Labour = iota + 1
	// LabourProportional scales each channel's agent hours and FTE with
	// its handle minutes (constant occupancy), and labour lines move with
	// the figure they vary with. It overstates the saving for small
	// teams: workload falls linearly, the agents a service level needs do
	// not.
	LabourProportional
	// LabourQueueing staffs each channel with a StaffingProfile by
	// Erlang C or A (package erlang), interval by interval, before and
	// after the levers, at the same service targets: the channel's agent
	// hours and FTE, and the labour lines that vary with any figure, move
	// by the factor its agents moved (Σ agents per interval after over
	// before). Fixed labour lines stay, as under LabourProportional. A
	// channel without a profile keeps its agents. Agents fall by less
	// than workload (economies of scale), so it usually saves less than
	// proportional (in a small profile whole agents can make it more),
	// and Savings.Staffing shows both figures per channel.
	LabourQueueing
)

var labourEnum = enum{typ: "Labour", field: "labour", names: []string{
	LabourUnchanged: "unchanged", LabourProportional: "proportional", LabourQueueing: "queueing"}}

// String returns "unchanged", "proportional" or "queueing".
func (l Labour) String() string { return labourEnum.name(int(l)) }

// MarshalText implements [encoding.TextMarshaler].
func (l Labour) MarshalText() ([]byte, error) { return labourEnum.text(int(l)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Labour) UnmarshalText(text []byte) error { return labourEnum.unmarshal(text, (*uint8)(l)) }

// isLabour reports whether a category holds the agents' pay, which the
// labour assumption decides.
func isLabour(c Category) bool { return c == CategoryWages || c == CategoryBenefits }

// fieldRef points at one field of a lever copy: a *decimal.Decimal,
// *Channel, *[]Channel, *string or *int.
type fieldRef struct {
	key string
	p   any
}

// commonRefs returns the fields every lever has after its own: its
// investment and rollout.
func commonRefs(inv *Investment, ro *Rollout) []fieldRef {
	return []fieldRef{
		{"investment.one_time", &inv.OneTime}, {"investment.monthly_fee", &inv.MonthlyFee},
		{"rollout.delay_months", &ro.DelayMonths}, {"rollout.ramp_months", &ro.RampMonths},
	}
}

// decimalRef returns the decimal field key of a lever copy, or nil.
func decimalRef(refs []fieldRef, key string) *decimal.Decimal {
	for _, f := range refs {
		if d, ok := f.p.(*decimal.Decimal); ok && f.key == key {
			return d
		}
	}
	return nil
}

// intRef returns the whole-number field key of a lever copy (its rollout
// months), or nil.
func intRef(refs []fieldRef, key string) *int {
	for _, f := range refs {
		if n, ok := f.p.(*int); ok && f.key == key {
			return n
		}
	}
	return nil
}

// decimalKeys lists the number fields of a lever, decimals and months.
func decimalKeys(refs []fieldRef) []string {
	var out []string
	for _, f := range refs {
		switch f.p.(type) {
		case *decimal.Decimal, *int:
			out = append(out, f.key)
		}
	}
	return out
}

// withValue returns a copy of l with its number field key set to v, and
// false when it has no such field, or v is not a whole number for a field
// of months (or beyond the bound of one).
func withValue(l Lever, key string, v decimal.Decimal) (Lever, bool) {
	get, refs := l.edit()
	if d := decimalRef(refs, key); d != nil {
		*d = v
		return get(), true
	}
	if n := intRef(refs, key); n != nil {
		m, ok := wholeMonths64(v)
		if !ok {
			return l, false
		}
		*n = m
		return get(), true
	}
	return l, false
}

// wholeMonths64 returns v as a count of months when it is a whole number
// from 0 to MaxHorizonMonths.
func wholeMonths64(v decimal.Decimal) (int, bool) {
	n, ok := exact.FromDecimal(v)
	if !ok {
		return 0, false
	}
	r := n.Rat()
	if !r.IsInt() || r.Sign() < 0 || r.Cmp(big.NewRat(MaxHorizonMonths, 1)) > 0 {
		return 0, false
	}
	return int(r.Num().Int64()), true
}

// isNilLever reports a nil Lever or a nil pointer stored in one.
func isNilLever(l Lever) bool {
	if l == nil {
		return true
	}
	v := reflect.ValueOf(l)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
