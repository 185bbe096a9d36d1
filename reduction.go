package contactcost

import (
	"github.com/shopspring/decimal"
)

// This file holds the ideas of a savings estimate: the Lever, what it
// costs (Investment), and the scenario's labour assumption (Staffing).
// The levers are in levers.go, the machinery that runs them in lever.go,
// the scenario and its results in scenario.go, the investment view in
// returns.go.

// Lever is a way to lower cost per contact: [SelfServiceDeflection],
// [IVRContainment], [IVRVerification], [Callback], [ACDRouting] or
// [FirstContactResolution]. A lever changes the volumes of the model's
// channels and may add costs of its own; [Model.Estimate] reprices the
// model on what it leaves.
//
// The interface is closed: only the package's levers implement it.
type Lever interface {
	// describe returns the lever's name, kind and investment.
	describe() (name, kind string, inv Investment)
	// inputs reads and checks the lever's inputs through x, and returns
	// its arithmetic: what it does to x's volumes and costs, run only
	// when every input passed, which returns the channel that bears the
	// lever's recurring cost.
	inputs(x *leverRun) func() channelRef
}

// Investment is what a lever costs beyond its per-unit prices.
type Investment struct {
	// OneTime is paid once (a project, a licence bought outright). It is
	// not a cost of the period: it enters the return on investment, the
	// payback and the net present value.
	OneTime decimal.Decimal
	// Recurring is paid every model period (a platform subscription for a
	// monthly model: per month). It is a cost of the scenario.
	Recurring decimal.Decimal
}

// Input is one input of a lever as it was used: its field name and value.
type Input struct {
	Name  string // the field, as "rate" or "investment.one_time"
	Value string // its value, as a decimal
}

// Staffing is a scenario's labour assumption: how agent hours and FTE
// follow a change in workload. It matters for costs that vary with agent
// hours or FTE; costs that vary with handle minutes follow the minutes
// whatever it says.
type Staffing uint8

// The labour assumptions.
const (
	// StaffingUnchanged keeps each channel's agent hours and FTE as in the
	// baseline. It is the zero value and the conservative choice: a cost
	// that varies with agent hours or FTE saves nothing unless staffing
	// changes.
	StaffingUnchanged Staffing = iota
	// StaffingProportional scales each channel's agent hours and FTE with
	// its handle minutes (constant occupancy). It overstates the saving
	// for small teams: workload falls linearly, the agents a service level
	// needs do not.
	StaffingProportional
)

var staffingEnum = enum{typ: "Staffing", field: "staffing", names: []string{
	StaffingUnchanged: "unchanged", StaffingProportional: "proportional"}}

// String returns "unchanged" or "proportional".
func (s Staffing) String() string { return staffingEnum.name(int(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s Staffing) MarshalText() ([]byte, error) { return staffingEnum.text(int(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Staffing) UnmarshalText(text []byte) error { return staffingEnum.unmarshal(text, (*uint8)(s)) }
