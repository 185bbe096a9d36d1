package contactcost

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// enumTextCase is one enumeration of the package as TestEnumText checks it.
type enumTextCase struct {
	name       string
	values     []enumTextValue // every value with a name, in order
	zero       encoding.TextMarshaler
	zeroText   string // the text of the zero value ("" when it means "not set")
	invalid    encoding.TextMarshaler
	invalidStr string // String of invalid
	invalidMsg string // the MarshalText error of invalid
	parse      func(string) (string, error)
	badMsg     string // the message for the unknown text "x"
	emptyOK    bool   // empty text gives the zero value
	typo       string // a near miss of a name
	hint       string // the name it hints at
}

// enumTextValue is one value of an enumeration and its name.
type enumTextValue struct {
	v    interface{ String() string }
	text string
}

// enumParser returns a parse function for TestEnumText: UnmarshalText into
// a new value, returning the value's String.
func enumParser[T any, P interface {
	*T
	encoding.TextUnmarshaler
	String() string
}]() func(string) (string, error) {
	return func(s string) (string, error) {
		var v T
		err := P(&v).UnmarshalText([]byte(s))
		return P(&v).String(), err
	}
}

// TestEnumText pins the text form of every enumeration: each value's name
// (its JSON name), the messages for values and text without a name, which
// list the JSON names in quotes, and the "did you mean" hint for a near
// miss.
func TestEnumText(t *testing.T) {
	tests := []enumTextCase{
		{name: "Round", zero: Round(0),
			values: []enumTextValue{{RoundHalfEven, "half-even"}, {RoundHalfUp, "half-up"}, {RoundHalfDown, "half-down"},
				{RoundUp, "up"}, {RoundDown, "down"}, {RoundCeiling, "ceiling"}, {RoundFloor, "floor"}},
			zeroText: "half-even", invalid: Round(9), invalidStr: "Round(9)",
			invalidMsg: "contactcost: rounding.mode: invalid value: Round(9)",
			parse:      enumParser[Round](),
			badMsg:     `contactcost: rounding.mode: invalid value: "x" (want "half-even", "half-up", "half-down", "up", "down", "ceiling" or "floor")`,
			typo:       "half_even", hint: "half-even"},
		{name: "Measure", zero: Measure(0),
			values: []enumTextValue{{MeasureContacts, "contacts"}, {MeasureHandleMinutes, "handle_minutes"},
				{MeasureQueueMinutes, "queue_minutes"}, {MeasureAgentHours, "agent_hours"}, {MeasureFTE, "fte"}},
			invalid: Measure(9), invalidStr: "Measure(9)",
			invalidMsg: "contactcost: by: invalid value: Measure(9)",
			parse:      enumParser[Measure](),
			badMsg:     `contactcost: by: invalid value: "x" (want "contacts", "handle_minutes", "queue_minutes", "agent_hours" or "fte")`,
			emptyOK:    true, typo: "handle-minutes", hint: "handle_minutes"},
		{name: "Handling", zero: Handling(0),
			values:  []enumTextValue{{HandlingAssisted, "assisted"}, {HandlingAutomated, "automated"}},
			invalid: Handling(9), invalidStr: "Handling(9)",
			invalidMsg: "contactcost: handling: invalid value: Handling(9)",
			parse:      enumParser[Handling](),
			badMsg:     `contactcost: handling: invalid value: "x" (want "assisted" or "automated")`,
			emptyOK:    true, typo: "Automated", hint: "automated"},
		{name: "Scope", zero: Scope(0),
			values:  []enumTextValue{{ScopeAssisted, "assisted"}, {ScopeAll, "all"}},
			invalid: Scope(9), invalidStr: "Scope(9)",
			invalidMsg: "contactcost: scope: invalid value: Scope(9)",
			parse:      enumParser[Scope](),
			badMsg:     `contactcost: scope: invalid value: "x" (want "assisted" or "all")`,
			emptyOK:    true, typo: "asisted", hint: "assisted"},
		{name: "Timing", zero: Timing(0),
			values: []enumTextValue{{TimingRecurring, "recurring"}, {TimingOneTimeExcluded, "one-time-excluded"},
				{TimingOneTimeAmortized, "one-time-amortized"}},
			zeroText: "recurring", invalid: Timing(9), invalidStr: "Timing(9)",
			invalidMsg: "contactcost: timing: invalid value: Timing(9)",
			parse:      enumParser[Timing](),
			badMsg:     `contactcost: timing: invalid value: "x" (want "recurring", "one-time-excluded" or "one-time-amortized")`,
			emptyOK:    true, typo: "one-time-amortised", hint: "one-time-amortized"},
		{name: "Labour", zero: Labour(0),
			values:  []enumTextValue{{LabourUnchanged, "unchanged"}, {LabourProportional, "proportional"}, {LabourQueueing, "queueing"}},
			invalid: Labour(7), invalidStr: "Labour(7)",
			invalidMsg: "contactcost: labour: invalid value: Labour(7)",
			parse:      enumParser[Labour](),
			badMsg:     `contactcost: labour: invalid value: "x" (want "unchanged", "proportional" or "queueing")`,
			emptyOK:    true, typo: "proportinal", hint: "proportional"},
		{name: "Compounding", zero: Compounding(0),
			values:  []enumTextValue{{CompoundingMonthly, "monthly"}, {CompoundingAnnual, "annual"}},
			invalid: Compounding(7), invalidStr: "Compounding(7)",
			invalidMsg: "contactcost: compounding: invalid value: Compounding(7)",
			parse:      enumParser[Compounding](),
			badMsg:     `contactcost: compounding: invalid value: "x" (want "monthly" or "annual")`,
			emptyOK:    true, typo: "anual", hint: "annual"},
		{name: "Unit", zero: Unit(0),
			values: []enumTextValue{{UnitDay, "day"}, {UnitWeek, "week"}, {UnitMonth, "month"},
				{UnitQuarter, "quarter"}, {UnitYear, "year"}},
			invalid: Unit(9), invalidStr: "Unit(9)",
			invalidMsg: "contactcost: unit: invalid value: Unit(9)",
			parse:      enumParser[Unit](),
			badMsg:     `contactcost: unit: invalid value: "x" (want "day", "week", "month", "quarter" or "year")`,
			emptyOK:    true, typo: "Month", hint: "month"},
		{name: "Convention", zero: Convention(0),
			values: []enumTextValue{{ConventionActualDays, "actual-days"}, {Convention30E360, "30e/360"},
				{ConventionEqualMonths, "equal-months"}, {Convention52Weeks, "52-weeks"}},
			invalid: Convention(9), invalidStr: "Convention(9)",
			invalidMsg: "contactcost: convention: invalid value: Convention(9)",
			parse:      enumParser[Convention](),
			badMsg:     `contactcost: convention: invalid value: "x" (want "actual-days", "30e/360", "equal-months" or "52-weeks")`,
			emptyOK:    true, typo: "actual_days", hint: "actual-days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.values {
				if got := v.v.String(); got != v.text {
					t.Errorf("%s.String() = %q, want %q", tt.name, got, v.text)
				}
				b, err := v.v.(encoding.TextMarshaler).MarshalText()
				if err != nil || string(b) != v.text {
					t.Errorf("%s(%s).MarshalText() = %q, %v, want %q", tt.name, v.text, b, err, v.text)
				}
				if back, err := tt.parse(v.text); err != nil || back != v.text {
					t.Errorf("%s.UnmarshalText(%q) = %s, %v", tt.name, v.text, back, err)
				}
			}
			// The zero value.
			if b, err := tt.zero.MarshalText(); err != nil || string(b) != tt.zeroText {
				t.Errorf("%s(0).MarshalText() = %q, %v, want %q", tt.name, b, err, tt.zeroText)
			}
			zero, err := tt.parse(tt.zeroText)
			if (err == nil) != (tt.zeroText != "" || tt.emptyOK) {
				t.Errorf("%s.UnmarshalText(%q) error = %v", tt.name, tt.zeroText, err)
			}
			if tt.zeroText != "" && zero != tt.zeroText {
				t.Errorf("%s.UnmarshalText(%q) = %s, want the zero value", tt.name, tt.zeroText, zero)
			}
			// A value without a name.
			if got := tt.invalid.(interface{ String() string }).String(); got != tt.invalidStr {
				t.Errorf("%s.String() = %q, want %q", tt.name, got, tt.invalidStr)
			}
			_, err = tt.invalid.MarshalText()
			if !errors.Is(err, ErrInvalid) || err.Error() != tt.invalidMsg {
				t.Errorf("%s.MarshalText() error = %v, want %q", tt.invalidStr, err, tt.invalidMsg)
			}
			// Unknown text: the message lists the JSON names in quotes, with
			// no hint when nothing is near.
			_, err = tt.parse("x")
			if !errors.Is(err, ErrInvalid) || err.Error() != tt.badMsg {
				t.Errorf("%s.UnmarshalText(\"x\") error =\n\t%v\nwant\n\t%s", tt.name, err, tt.badMsg)
			}
			// Empty text.
			if _, err := tt.parse(""); (err == nil) != tt.emptyOK {
				t.Errorf("%s.UnmarshalText(\"\") error = %v, want accepted %v", tt.name, err, tt.emptyOK)
			}
			// A near miss: a hint naming the value meant.
			_, err = tt.parse(tt.typo)
			if want := `(did you mean "` + tt.hint + `"?)`; !errors.Is(err, ErrInvalid) || !strings.HasSuffix(err.Error(), want) {
				t.Errorf("%s.UnmarshalText(%q) error = %v, want it to end with %s", tt.name, tt.typo, err, want)
			}
		})
	}
}

// TestEnumHintIsAName is the regression test of a hint naming no value:
// the tables of the enumerations that start at 1 hold an empty name for
// their "not set" zero, and a one-letter text ("x", "a") is one letter
// away from it, so it must not be offered as "did you mean """.
func TestEnumHintIsAName(t *testing.T) {
	for _, text := range []string{"x", "a", "é"} {
		var s Scope
		err := s.UnmarshalText([]byte(text))
		if !errors.Is(err, ErrInvalid) || strings.Contains(err.Error(), `did you mean ""`) {
			t.Errorf("Scope.UnmarshalText(%q) error = %v, want ErrInvalid with no hint of the empty name", text, err)
		}
	}
}

func TestEnumScope(t *testing.T) {
	// The error of UnmarshalText is at the enumeration's JSON field.
	var s Scope
	err := s.UnmarshalText([]byte("asisted"))
	var fe *FieldError
	if !errors.Is(err, ErrInvalid) || !errors.As(err, &fe) || fe.Path != "scope" {
		t.Fatalf("Scope.UnmarshalText(asisted) error = %v, want ErrInvalid at \"scope\"", err)
	}
	if want := `"asisted" (want "assisted" or "all") (did you mean "assisted"?)`; fe.Detail != want {
		t.Errorf("Scope.UnmarshalText(asisted) detail = %q, want %q", fe.Detail, want)
	}
	// A failed UnmarshalText leaves the value as it was.
	s = ScopeAll
	if err := s.UnmarshalText([]byte("every")); err == nil || s != ScopeAll {
		t.Errorf("Scope.UnmarshalText(every) = %v, %v, want an error and ScopeAll kept", s, err)
	}
	// enum.parse reports at the location it is given.
	_, err = scopeEnum.parse(loc{path: "scenarios[1].scope", name: "pilot"}, "Al")
	if !errors.As(err, &fe) || fe.Path != "scenarios[1].scope" || fe.Name != "pilot" || !strings.Contains(fe.Detail, `did you mean "all"?`) {
		t.Errorf("scopeEnum.parse(scenarios[1].scope, Al) error = %v, want at scenarios[1].scope (\"pilot\") with a hint", err)
	}
	// Two near names are both offered.
	e := enum{typ: "Pet", field: "pet", names: []string{"", "cat", "car"}}
	_, err = e.parse(loc{path: "pet"}, "cas")
	if !errors.As(err, &fe) || !strings.HasSuffix(fe.Detail, `(did you mean "cat" or "car"?)`) {
		t.Errorf("parse(cas) among cat and car error = %v, want both offered", err)
	}
}

func TestEnumList(t *testing.T) {
	tests := []struct {
		names []string
		want  string
	}{
		{[]string{"", "one"}, `"one"`},
		{[]string{"", "one", "two"}, `"one" or "two"`},
		{[]string{"zero", "", "two", "three"}, `"zero", "two" or "three"`},
		{[]string{}, ``},
	}
	for _, tt := range tests {
		e := enum{typ: "T", field: "t", names: tt.names}
		if got := e.list(); got != tt.want {
			t.Errorf("enum%q.list() = %s, want %s", tt.names, got, tt.want)
		}
	}
	// name and valid on values outside the table.
	e := enum{typ: "T", field: "t", names: []string{"", "one"}}
	got := []string{e.name(0), e.name(1), e.name(2), e.name(-1)}
	if diff := cmp.Diff([]string{"T(0)", "one", "T(2)", "T(-1)"}, got); diff != "" {
		t.Errorf("enum.name mismatch (-want +got):\n%s", diff)
	}
	if e.valid(0) || !e.valid(1) || e.valid(2) || e.valid(-1) {
		t.Error("enum.valid is wrong")
	}
}
