package contactcost

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestStaffingJSON: a queueing scenario and its estimate round-trip
// through their JSON forms, staffing included.
func TestStaffingJSON(t *testing.T) {
	m, s := staffingScenario()
	s.Staffing[0].Patience = 3 * time.Minute
	s.Staffing[0].Targets.MaxAbandon = 0.05
	b, err := s.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"staffing":[{"channel":"voice","interval_minutes":60,"contacts":["0","0","0","0","0","0","0","0","15","25","30","35","30","25","30","35","30","25","25","18","0","0","0","0"],"patience_seconds":"180","targets":{"service_level":0.8,"threshold_seconds":"20","max_abandon":0.05}}]`) {
		t.Errorf("Scenario.MarshalJSON() = %s, want its staffing in the documented form", b)
	}
	var back Scenario
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatalf("Scenario.UnmarshalJSON(%s) error = %v", b, err)
	}
	if diff := cmp.Diff(s.Staffing, back.Staffing); diff != "" {
		t.Errorf("Scenario staffing round trip (-want +got):\n%s", diff)
	}
	out, err := m.Estimate(back)
	if err != nil {
		t.Fatal(err)
	}
	jsonSavingsRoundTrip(t, out)
	// A bad duration is named.
	bad := strings.Replace(string(b), `"patience_seconds":"180"`, `"patience_seconds":"-1"`, 1)
	var fe *FieldError
	if err := back.UnmarshalJSON([]byte(bad)); !errors.Is(err, ErrOutOfRange) || !errors.As(err, &fe) || fe.Path != "staffing[0].patience_seconds" {
		t.Errorf("UnmarshalJSON(patience -1) error = %v, want ErrOutOfRange at staffing[0].patience_seconds", err)
	}
}

// TestStaffingJSONWriteRefuses: what the reader would refuse is not
// written (review: a patience over a year, a share of 1.5, a concurrency
// of −1 were written and could not be read back).
func TestStaffingJSONWriteRefuses(t *testing.T) {
	_, base := staffingScenario()
	for _, tc := range []struct {
		name string
		edit func(sp *StaffingProfile)
		path string
	}{
		{"patience over a year", func(sp *StaffingProfile) { sp.Patience = 400 * 24 * time.Hour }, "staffing[0].patience_seconds"},
		{"negative patience", func(sp *StaffingProfile) { sp.Patience = -time.Second }, "staffing[0].patience_seconds"},
		{"service level 1.5", func(sp *StaffingProfile) { sp.Targets.ServiceLevel = 1.5 }, "staffing[0].targets.service_level"},
		{"service level 1e-40", func(sp *StaffingProfile) { sp.Targets.ServiceLevel = 1e-40 }, "staffing[0].targets.service_level"},
		{"concurrency −1", func(sp *StaffingProfile) { sp.Concurrency = -1 }, "staffing[0].concurrency"},
		{"interval of 90 s", func(sp *StaffingProfile) { sp.Interval = 90 * time.Second }, "staffing[0].interval_minutes"},
	} {
		s := base
		s.Staffing = slices.Clone(base.Staffing)
		tc.edit(&s.Staffing[0])
		_, err := s.MarshalJSON()
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != tc.path {
			t.Errorf("%s: MarshalJSON error = %v, want one at %s", tc.name, err, tc.path)
		}
	}
}

// TestStaffingJSONConsistency: a decoded estimate's staffing must agree
// with itself (second review: a factor of 1/37 beside 37 → 33 agents, an
// after of another length, staffing under proportional labour were
// accepted); a share too small to write in 30 places is refused when
// written.
func TestStaffingJSONConsistency(t *testing.T) {
	m, s := staffingScenario()
	out, err := m.Estimate(s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := out.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, from, to, path string
	}{
		{"factor", `"factor":"0.921875"`, `"factor":"0.5"`, "staffing[0].factor"},
		{"fte", `"fte_saved":"3.90625"`, `"fte_saved":"1"`, "staffing[0].fte_saved"},
		{"labour", `"labour":"queueing"`, `"labour":"proportional"`, "staffing"},
		{"after", `"after":[0,0,0,0,0,0,0,0,3,`, `"after":[0,0,0,0,0,0,0,3,`, "staffing[0].after"},
	} {
		doc := strings.Replace(string(b), tc.from, tc.to, 1)
		if doc == string(b) {
			t.Fatalf("%s: %s not in %s", tc.name, tc.from, b)
		}
		var back Savings
		err := back.UnmarshalJSON([]byte(doc))
		var fe *FieldError
		if !errors.Is(err, ErrConflict) || !errors.As(err, &fe) || fe.Path != tc.path {
			t.Errorf("%s: UnmarshalJSON error = %v, want ErrConflict at %s", tc.name, err, tc.path)
		}
	}
	s.Staffing[0].Targets.ServiceLevel = 1.2345678901234567e-16
	if _, err := s.MarshalJSON(); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("MarshalJSON(service level 1.23e-16) error = %v, want ErrOutOfRange", err)
	}
}
