package contactcost

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStaffingText(t *testing.T) {
	tests := []struct {
		s    Staffing
		text string
	}{
		{StaffingUnchanged, "unchanged"},
		{StaffingProportional, "proportional"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.text {
			t.Errorf("Staffing(%d).String() = %q, want %q", tt.s, got, tt.text)
		}
		b, err := tt.s.MarshalText()
		if err != nil || string(b) != tt.text {
			t.Errorf("Staffing(%d).MarshalText() = %q, %v; want %q", tt.s, b, err, tt.text)
		}
		var back Staffing = 9
		if err := back.UnmarshalText([]byte(tt.text)); err != nil || back != tt.s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tt.text, back, err, tt.s)
		}
	}
	if StaffingUnchanged != 0 {
		t.Errorf("StaffingUnchanged = %d, want the zero value", StaffingUnchanged)
	}
	if got := Staffing(7).String(); got != "Staffing(7)" {
		t.Errorf("Staffing(7).String() = %q, want \"Staffing(7)\"", got)
	}
	if _, err := Staffing(7).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Staffing(7).MarshalText() error = %v, want ErrInvalid", err)
	}
	// The old name of the proportional assumption, a case variant and
	// empty text are refused, at the JSON field, with the accepted names.
	for _, text := range []string{"follows-workload", "Proportional", ""} {
		var s Staffing
		err := s.UnmarshalText([]byte(text))
		var fe *FieldError
		if !errors.Is(err, ErrInvalid) || !errors.As(err, &fe) || fe.Path != "staffing" {
			t.Errorf("UnmarshalText(%q) error = %v, want ErrInvalid at staffing", text, err)
		}
	}
	var s Staffing
	err := s.UnmarshalText([]byte("Proportional"))
	if want := `contactcost: staffing: invalid value: "Proportional" (want "unchanged" or "proportional") (did you mean "proportional"?)`; err == nil ||
		err.Error() != want {
		t.Errorf("UnmarshalText(\"Proportional\") error = %v, want %s", err, want)
	}
}

// TestEstimateStaffingInvalid: a scenario's staffing must be one of the
// constants.
func TestEstimateStaffingInvalid(t *testing.T) {
	_, err := leverCenter().Estimate(Scenario{Levers: []Lever{FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}}, Staffing: 7})
	var fe *FieldError
	if !errors.Is(err, ErrInvalid) || !errors.As(err, &fe) || fe.Path != "staffing" || fe.Detail != "Staffing(7)" {
		t.Errorf("Estimate(staffing 7) error = %v, want ErrInvalid at staffing: Staffing(7)", err)
	}
}

// TestLeverDescribe pins each lever's kind, the name it is reported under
// when it has none of its own, and its investment.
func TestLeverDescribe(t *testing.T) {
	inv := Investment{OneTime: dec("100"), Recurring: dec("10")}
	tests := []struct {
		lever Lever
		kind  string
	}{
		{SelfServiceDeflection{Investment: inv}, "self-service deflection"},
		{IVRContainment{Investment: inv}, "IVR containment"},
		{IVRVerification{Investment: inv}, "IVR verification"},
		{Callback{Investment: inv}, "callback"},
		{ACDRouting{Investment: inv}, "ACD routing"},
		{FirstContactResolution{Investment: inv}, "first-contact resolution"},
	}
	for _, tt := range tests {
		name, kind, got := tt.lever.describe()
		if name != "" || kind != tt.kind || !cmp.Equal(got, inv) {
			t.Errorf("%T.describe() = %q, %q, %+v; want \"\", %q, %+v", tt.lever, name, kind, got, tt.kind, inv)
		}
	}
	if name, _, _ := (ACDRouting{Name: "skills routing"}).describe(); name != "skills routing" {
		t.Errorf("ACDRouting{Name: skills routing}.describe() name = %q", name)
	}
}

// TestInvestment: the recurring investment is a cost of the scenario's
// period, a line of its own on the channel the lever works on; the
// one-time investment is not, and enters the returns only.
func TestInvestment(t *testing.T) {
	l := FirstContactResolution{Name: "FCR programme", Before: dec("0.7"), After: dec("0.8"),
		Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}}
	s := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{l}})
	// FCR alone saves 9400 of the model's own costs (TestLeversWorkedByHand);
	// the subscription adds 500: gross 9400, added 500, net 8900.
	if diff := cmp.Diff(Amounts{Gross: dec("9400"), Added: dec("500"), Net: dec("8900"), UpperBound: dec("12766.67")}, s.Total); diff != "" {
		t.Errorf("Estimate(FCR with investment).Total mismatch (-want +got):\n%s", diff)
	}
	last := s.After.Lines[len(s.After.Lines)-1]
	if len(s.After.Lines) != 5 || last.Name != "FCR programme: recurring" || last.Category != CategoryTechnology ||
		last.Channel != ChannelVoice || !last.Amount.Equal(dec("500")) {
		t.Errorf("Estimate(FCR with investment).After lines = %d, last %+v; want 5, the last the recurring 500 on voice",
			len(s.After.Lines), last)
	}
	if !s.Returns.OneTime.Equal(dec("12000")) {
		t.Errorf("Estimate(FCR with investment).Returns.OneTime = %v, want 12000", s.Returns.OneTime)
	}
	want := []Input{{"before", "0.7"}, {"after", "0.8"}, {"investment.one_time", "12000"}, {"investment.recurring", "500"}}
	if diff := cmp.Diff(want, s.Levers[0].Inputs); diff != "" {
		t.Errorf("Estimate(FCR with investment).Levers[0].Inputs mismatch (-want +got):\n%s", diff)
	}
	if s.Levers[0].Name != "FCR programme" {
		t.Errorf("Estimate(FCR with investment).Levers[0].Name = %q, want \"FCR programme\"", s.Levers[0].Name)
	}
}
