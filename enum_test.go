package contactcost

import (
	"encoding"
	"testing"
)

// TestEnumText pins the text form of every enumeration: the messages below
// are those the hand-written methods produced before they shared enum.go.
func TestEnumText(t *testing.T) {
	type textEnum interface {
		encoding.TextMarshaler
		String() string
	}
	tests := []struct {
		name       string
		zero       textEnum // the zero value
		zeroText   string   // its text ("" when it means "not set")
		invalid    textEnum // a value without a name
		invalidMsg string
		parse      func(string) error
		badMsg     string // the message for unknown text "x"
		emptyOK    bool   // empty text gives the zero value
	}{
		{"RoundingMode", HalfEven, "half-even", RoundingMode(9), "contactcost: rounding mode: invalid value: RoundingMode(9)",
			func(s string) error { var v RoundingMode; return v.UnmarshalText([]byte(s)) },
			`contactcost: rounding mode: invalid value: "x" (want half-even, half-up, half-down, up, down, ceiling or floor)`, false},
		{"Measure", Measure(0), "", Measure(9), "contactcost: measure: invalid value: Measure(9)",
			func(s string) error { var v Measure; return v.UnmarshalText([]byte(s)) },
			`contactcost: measure: invalid value: "x" (want contacts, handle_minutes, queue_minutes, agent_hours or fte)`, true},
		{"BasisKind", BasisKind(0), "", BasisKind(9), "contactcost: basis: invalid value: BasisKind(9)",
			func(s string) error { var v BasisKind; return v.UnmarshalText([]byte(s)) },
			`contactcost: basis: invalid value: "x" (want contacts, handle-time, queue-time, agent-hours, fte, percent or weights)`, true},
		{"Behavior", Fixed, "fixed", Behavior(9), "contactcost: behavior: invalid value: Behavior(9)",
			func(s string) error { var v Behavior; return v.UnmarshalText([]byte(s)) },
			`contactcost: behavior: invalid value: "x" (want fixed or variable)`, false},
		{"Scope", Scope(0), "", Scope(9), "contactcost: scope: invalid value: Scope(9)",
			func(s string) error { var v Scope; return v.UnmarshalText([]byte(s)) },
			`contactcost: scope: invalid value: "x" (want assisted or all)`, true},
		{"Timing", Recurring, "recurring", Timing(9), "contactcost: timing: invalid value: Timing(9)",
			func(s string) error { var v Timing; return v.UnmarshalText([]byte(s)) },
			`contactcost: timing: invalid value: "x" (want recurring, one-time-excluded or one-time-amortized)`, true},
		{"Unit", Unit(0), "", Unit(9), "contactcost: unit: invalid value: Unit(9)",
			func(s string) error { var v Unit; return v.UnmarshalText([]byte(s)) },
			`contactcost: unit: invalid value: "x" (want day, week, month, quarter or year)`, true},
		{"Convention", Convention(0), "", Convention(9), "contactcost: convention: invalid value: Convention(9)",
			func(s string) error { var v Convention; return v.UnmarshalText([]byte(s)) },
			`contactcost: convention: invalid value: "x" (want actual-days, 30e/360, equal-months or 52-weeks)`, true},
	}
	for _, tt := range tests {
		if b, err := tt.zero.MarshalText(); err != nil || string(b) != tt.zeroText {
			t.Errorf("%s zero MarshalText = %q, %v, want %q", tt.name, b, err, tt.zeroText)
		}
		if _, err := tt.invalid.MarshalText(); err == nil || err.Error() != tt.invalidMsg {
			t.Errorf("%s invalid MarshalText error = %v, want %q", tt.name, err, tt.invalidMsg)
		}
		if err := tt.parse("x"); err == nil || err.Error() != tt.badMsg {
			t.Errorf("%s UnmarshalText(x) error = %v, want %q", tt.name, err, tt.badMsg)
		}
		if err := tt.parse(""); (err == nil) != tt.emptyOK {
			t.Errorf("%s UnmarshalText(\"\") error = %v, want accepted %v", tt.name, err, tt.emptyOK)
		}
	}
	if got := Staffing(7).String(); got != "Staffing(7)" {
		t.Errorf("Staffing(7).String() = %q", got)
	}
	if got := StaffingFollowsWorkload.String(); got != "follows-workload" {
		t.Errorf("StaffingFollowsWorkload.String() = %q", got)
	}
}
