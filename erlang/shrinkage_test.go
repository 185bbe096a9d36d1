package erlang

import (
	"errors"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestScheduledAgents: scheduled = ceil(agents / (1 − shrinkage)), exactly.
// 21 / 0.7 = 30 exactly; float64 says 30.000000000000004, ceiling 31.
// 20 / 0.7 = 28.57…, 29. 10 at 0 is 10. 1 at 0.999 is 1000.
func TestScheduledAgents(t *testing.T) {
	agents, share := 21.0, 0.3 // variables: constants would be exact
	if got := math.Ceil(agents / (1 - share)); got != 31 {
		t.Fatalf("the trap is gone: ceil(21 / (1 − 0.3)) = %v in float64", got)
	}
	for _, tc := range []struct {
		agents int
		s      string
		want   int
	}{{21, "0.3", 30}, {20, "0.3", 29}, {10, "0", 10}, {1, "0.999", 1000}, {0, "0.5", 0}, {35, "0.3", 50}} {
		got, err := ScheduledAgents(tc.agents, dec(tc.s))
		if err != nil || got != tc.want {
			t.Errorf("ScheduledAgents(%d, %s) = %d, %v; want %d", tc.agents, tc.s, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		agents int
		s      string
		field  string
	}{{1, "1", "shrinkage"}, {1, "1.5", "shrinkage"}, {1, "-0.1", "shrinkage"}, {-1, "0.1", "agents"}, {1, "0.1", "shrinkage"}} {
		s := dec(tc.s)
		if tc.s == "0.1" {
			s = decimal.New(1, -601) // more places than any compound of components has
		}
		_, err := ScheduledAgents(tc.agents, s)
		var ie *InputError
		if !errors.Is(err, ErrInvalid) || !errors.As(err, &ie) || ie.Field != tc.field {
			t.Errorf("ScheduledAgents(%d, %s) error = %v, want ErrInvalid at %q", tc.agents, tc.s, err, tc.field)
		}
	}
}

// TestCompoundShrinkage: components compound, each on the time the others
// leave: 1 − 0.9 × 0.95 = 0.145; 1 − 0.9 × 0.95 × 0.92 = 1 − 0.7866 =
// 0.2134; none is 0.
func TestCompoundShrinkage(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{{[]string{"0.1", "0.05"}, "0.145"}, {[]string{"0.1", "0.05", "0.08"}, "0.2134"}, {nil, "0"}, {[]string{"0.3"}, "0.3"}} {
		var in []decimal.Decimal
		for _, s := range tc.in {
			in = append(in, dec(s))
		}
		got, err := CompoundShrinkage(in...)
		if err != nil || !got.Equal(dec(tc.want)) {
			t.Errorf("CompoundShrinkage(%v) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	_, err := CompoundShrinkage(dec("0.1"), dec("1"))
	var ie *InputError
	if !errors.Is(err, ErrInvalid) || !errors.As(err, &ie) || ie.Field != "components[1]" {
		t.Errorf("CompoundShrinkage(0.1, 1) error = %v, want ErrInvalid at components[1]", err)
	}
	// A compound of long components is a shrinkage the package takes
	// (review: 37 places were refused by ScheduledAgents):
	// 1 − (1 − 1/12)(1 − 1/24) to 18 and 19 places, then 21 agents.
	s, err := CompoundShrinkage(dec("0.083333333333333333"), dec("0.0416666666666666667"))
	if err != nil {
		t.Fatal(err)
	}
	if n, err := ScheduledAgents(21, s); err != nil || n != 24 {
		// 21 / ((11/12)(23/24)) = 21 × 288 / 253 = 23.9…, just above
		// with the truncated decimals: 24.
		t.Errorf("ScheduledAgents(21, %s) = %d, %v; want 24", s, n, err)
	}
	// Judged by value: trailing zeros and a zero written with 40 places
	// are shares (second review: both were refused).
	if s, err := CompoundShrinkage(dec("0.1000000000000000000000000000000"), decimal.New(0, -40)); err != nil || !s.Equal(dec("0.1")) {
		t.Errorf("CompoundShrinkage(0.1 with 31 places, 0e-40) = %v, %v; want 0.1", s, err)
	}
	// A hostile number is refused without being written out (1e2000000000
	// has two billion digits).
	if _, err := CompoundShrinkage(decimal.New(1, 2_000_000_000)); !errors.Is(err, ErrInvalid) {
		t.Errorf("CompoundShrinkage(1e2000000000) error = %v, want ErrInvalid", err)
	}
	if n, err := ScheduledAgents(7, decimal.New(0, 2_000_000_000)); err != nil || n != 7 {
		t.Errorf("ScheduledAgents(7, 0e2000000000) = %d, %v; want 7", n, err)
	}
	many := make([]decimal.Decimal, MaxShrinkageComponents+1)
	for i := range many {
		many[i] = dec("0.01")
	}
	if _, err := CompoundShrinkage(many...); !errors.Is(err, ErrTooLarge) {
		t.Errorf("CompoundShrinkage(21 components) error = %v, want ErrTooLarge", err)
	}
}

// TestProfileFTE: four 30-minute intervals needing 10, 12, 0 and 8 agents
// are 30 agent-intervals, 15 agent hours; at 30% shrinkage and 7.5 paid
// hours an FTE, FTE = 15 / 0.7 / 7.5 = 20/7 = 2.857…, headcount 3.
func TestProfileFTE(t *testing.T) {
	p := Profile{Interval: 30 * time.Minute, Intervals: []Result{{Agents: 10}, {Agents: 12}, {}, {Agents: 8}}}
	if p.AgentIntervals() != 30 || p.AgentHours().Cmp(big.NewRat(15, 1)) != 0 {
		t.Errorf("AgentIntervals, AgentHours = %d, %v; want 30, 15", p.AgentIntervals(), p.AgentHours())
	}
	fte, err := p.FTE(dec("0.3"), 7*time.Hour+30*time.Minute)
	if err != nil || fte.Cmp(big.NewRat(20, 7)) != 0 || Headcount(fte) != 3 {
		t.Errorf("FTE(0.3, 7h30m) = %v, %v (headcount %d); want 20/7, 3", fte, err, Headcount(fte))
	}
	if _, err := p.FTE(dec("0.3"), 0); !errors.Is(err, ErrInvalid) {
		t.Errorf("FTE(paid 0) error = %v, want ErrInvalid", err)
	}
	if _, err := p.FTE(dec("1"), time.Hour); !errors.Is(err, ErrInvalid) {
		t.Errorf("FTE(shrinkage 1) error = %v, want ErrInvalid", err)
	}
	if Headcount(big.NewRat(3, 1)) != 3 || Headcount(nil) != 0 {
		t.Errorf("Headcount(3) = %d, Headcount(nil) = %d; want 3, 0", Headcount(big.NewRat(3, 1)), Headcount(nil))
	}
}

// TestProfile staffs three intervals and matches Staff on each; a bad
// interval is named.
func TestProfile(t *testing.T) {
	q := Queue{AHT: 180 * time.Second, Interval: 30 * time.Minute}
	tg := Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second}
	p, err := q.Profile([]float64{100, 0, 40}, tg)
	if err != nil {
		t.Fatal(err)
	}
	// 100 contacts: 14 agents (TestStaffWorked); none: 0; 40 contacts
	// (4 Erlangs) as Staff says.
	q.Contacts = 40
	r40, _ := q.Staff(tg)
	if len(p.Intervals) != 3 || p.Intervals[0].Agents != 14 || p.Intervals[1].Agents != 0 || p.Intervals[2] != r40 {
		t.Errorf("Profile = %+v; want 14, 0 and %d agents", p.Intervals, r40.Agents)
	}
	_, err = q.Profile([]float64{10, -1}, tg)
	var ie *InputError
	if !errors.Is(err, ErrInvalid) || !errors.As(err, &ie) || ie.Field != "contacts[1]" {
		t.Errorf("Profile(10, -1) error = %v, want ErrInvalid at contacts[1]", err)
	}
	if _, err := q.Profile(nil, tg); !errors.Is(err, ErrNotSet) {
		t.Errorf("Profile(nil) error = %v, want ErrNotSet", err)
	}
	if _, err := q.Profile(make([]float64, MaxIntervals+1), tg); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Profile(too many) error = %v, want ErrTooLarge", err)
	}
}
