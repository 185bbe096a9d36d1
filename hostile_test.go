package contactcost

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// hostileValues are decimals shopspring/decimal builds happily but that
// would take gigabytes to expand ("1e2000000000" printed in full), or that
// are beyond the documented bounds (60 integer digits).
var hostileValues = []struct {
	name    string
	d       decimal.Decimal
	refused bool // false: a zero, which is in bounds whatever its exponent
}{
	{"1e2000000000", decimal.New(1, 2_000_000_000), true},
	{"-7e2000000000", decimal.New(-7, 2_000_000_000), true},
	{"1e-2000000000", decimal.New(1, -2_000_000_000), true},
	{"60 digits", decimal.RequireFromString(strings.Repeat("9", 60)), true},
	{"0e2000000000", decimal.New(0, 2_000_000_000), false},
	{"0e-2000000000", decimal.New(0, -2_000_000_000), false},
}

// hostileDecimalFields calls fn with the path and the settable value of
// every decimal.Decimal reachable from v: struct fields, slice elements,
// and the structs inside interface values (levers), which it copies,
// visits and stores back.
func hostileDecimalFields(v reflect.Value, path string, fn func(path string, field reflect.Value)) {
	if v.Type() == reflect.TypeOf(decimal.Decimal{}) {
		fn(path, v)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				hostileDecimalFields(v.Field(i), path+"."+f.Name, fn)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			hostileDecimalFields(v.Index(i), path+"["+strconv.Itoa(i)+"]", fn)
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		inner := reflect.New(v.Elem().Type()).Elem()
		inner.Set(v.Elem())
		hostileDecimalFields(inner, path+"("+inner.Type().Name()+")", fn)
		v.Set(inner)
	}
}

// hostileModel is a valid model that uses every decimal field: a stated
// amount, a unit price with a quantity, weights, and every volume figure.
func hostileModel() Model {
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Convention: ConventionActualDays,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, Amount: dec("120000"), VariesWith: MeasureHandleMinutes,
				Basis: Basis{By: MeasureHandleMinutes, Among: []Channel{ChannelVoice, ChannelChat}}},
			{Name: "Seats", Category: CategorySoftwareLicences, UnitPrice: dec("95"), Quantity: dec("40"), Per: UnitMonth,
				Basis: Basis{Weights: []Weight{{ChannelVoice, dec("3")}, {ChannelChat, dec("1.5")}}}},
			{Name: "Toll-free", Category: CategoryTelephony, Amount: dec("2000"), Channel: ChannelVoice}, // fixed: the callback claims no queue saving
			{Name: "Office", Category: CategoryFacilities, Amount: dec("9000"), Basis: Basis{By: MeasureFTE}},
			{Name: "Supervisors", Category: CategoryWages, Amount: dec("8000"), Basis: Basis{By: MeasureAgentHours}},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("10000"), HandleMinutes: dec("60000"), QueueMinutes: dec("20000"),
				AgentHours: dec("1200"), FTE: dec("8.5"), Offered: dec("10600"), Abandoned: dec("600")},
			{Channel: ChannelChat, Contacts: dec("5000"), HandleMinutes: dec("40000"), QueueMinutes: dec("1000"),
				AgentHours: dec("800"), FTE: dec("5.5"), Offered: dec("5100"), Abandoned: dec("100")},
		},
	}
}

// hostileScenario is a valid scenario on hostileModel that sets every
// decimal field of every lever (self-service deflection twice: by reach
// and from a current to a target rate), each lever on a rollout, with a
// horizon that sets every field (a discount rate compounded annually, and
// the model's month as its one season, every volume figure given) and
// ranges on five levers, so that every Range's Low and High is attacked
// too.
func hostileScenario() Scenario {
	inv := Investment{OneTime: dec("25000"), MonthlyFee: dec("500")}
	ro := Rollout{DelayMonths: 1, RampMonths: 3}
	season := hostileModel().Volumes
	return Scenario{
		Labour: LabourProportional,
		Levers: []Lever{
			SelfServiceDeflection{From: ChannelChat, Reach: dec("0.5"), Resolution: dec("0.3"), ReContactRate: dec("0.2"),
				EscalationSeconds: dec("30"), CostPerSession: dec("0.3"), MinutesPerSession: dec("4"), Investment: inv, Rollout: ro},
			SelfServiceDeflection{From: ChannelChat, CurrentRate: dec("0.2"), TargetRate: dec("0.25"), Resolution: dec("0.5"),
				ReContactRate: dec("0.1"), CostPerSession: dec("0.3"), MinutesPerSession: dec("4"), Investment: inv, Rollout: Rollout{RampMonths: 2}},
			IVRContainment{From: ChannelVoice, CurrentRate: dec("0"), TargetRate: dec("0.1"), ReturnRate: dec("0.2"),
				ContainedMinutes: dec("2"), MenuMinutes: dec("0.5"), CostPerMinute: dec("0.05"), Investment: inv, Rollout: Rollout{DelayMonths: 2}},
			IVRVerification{Channel: ChannelVoice, SecondsSaved: dec("30"), IVRMinutes: dec("0.5"), CostPerMinute: dec("0.05"),
				FilterRate: dec("0.02"), WastedSeconds: dec("20"), Investment: inv, Rollout: ro},
			Callback{Channel: ChannelVoice, AcceptRate: dec("0.3"), WaitAvoided: dec("2"), TalkMinutes: dec("3"), OutboundMinutes: dec("6"), OutboundRate: dec("0.01"), OverheadSeconds: dec("15"),
				AbandonBefore: dec("0.0566"), AbandonAfter: dec("0.03"), RedialRate: dec("0.5"), Investment: inv, Rollout: ro},
			ACDRouting{Channel: ChannelVoice, TransferRateBefore: dec("0.1"), TransferRateAfter: dec("0.05"),
				WastedSeconds: dec("60"), AHTReductionSeconds: dec("5"), Investment: inv, Rollout: ro},
			FirstContactResolution{Channel: ChannelChat, Before: dec("0.7"), After: dec("0.75"), RepeatsPerUnresolved: dec("1.5"),
				Investment: inv, Rollout: ro},
			HandleTimeReduction{Channels: []Channel{ChannelVoice, ChannelChat}, SecondsSaved: dec("10"), CostPerContact: dec("0.02"),
				Investment: inv, Rollout: ro},
		},
		Horizon: Horizon{Months: 24, DiscountRate: dec("0.08"), Compounding: CompoundingAnnual,
			Seasons: []PeriodVolumes{{Period: MustParsePeriod("2026-03"), Volumes: season}}},
		Ranges: []Range{
			{Lever: 0, Input: "resolution", Low: dec("0.2"), High: dec("0.4")},
			{Lever: 3, Input: "seconds_saved", Low: dec("20"), High: dec("40")},
			{Lever: 4, Input: "accept_rate", Low: dec("0.2"), High: dec("0.4")},
			{Lever: 6, Input: "after", Low: dec("0.72"), High: dec("0.8")},
			{Lever: 7, Input: "investment.one_time", Low: dec("10000"), High: dec("40000")},
		},
	}
}

// TestHostileInputFields sets every decimal field of a model and of a
// scenario, one at a time, to each hostile value and checks that Report,
// Estimate and Series come back quickly, without a panic, and refuse every
// value out of bounds with ErrTooLarge instead of expanding it.
//
// The cases run in a child process (this test binary, run again), so
// that a case that does hang, expanding a huge exponent, is stopped by
// killing the child: a goroutine cannot be stopped, and one left
// computing 10^2000000000 would take the rest of the tests down with it.
func TestHostileInputFields(t *testing.T) {
	if from, ok := os.LookupEnv(hostileChildEnv); ok {
		hostileChild(from)
		return
	}
	m, s := hostileModel(), hostileScenario()
	if err := hostileReportAll(m, s); err != nil {
		t.Fatalf("the fixture: %v", err)
	}
	cases := hostileCases()
	paths := len(cases) / len(hostileValues)
	t.Logf("%d decimal fields", paths)
	// 5 cost lines × 3 (Amount, UnitPrice, Quantity) + 2 weights + 2
	// volumes × 7 = 31 in the model; in the scenario 8 levers with 10, 10,
	// 8, 7, 11, 6, 5 and 4 decimals (their Investment's two included) =
	// 61, the horizon's DiscountRate and its season's 2 volumes × 7 = 15,
	// and 5 ranges × 2 (Low, High) = 10: 86. 117 in all. (The callback had
	// 12 until review 0bf502b removed its InboundRate: 118 then.)
	if paths < 117 {
		t.Fatalf("found %d decimal fields, want every field of the fixtures", paths)
	}
	for from := 0; from < len(cases); {
		from = hostileRunChild(t, cases, from)
	}
}

// hostileCase is one decimal field set to one hostile value.
type hostileCase struct {
	target string // the field's path, as "model.Costs[1].UnitPrice"
	value  int    // the index in hostileValues
}

func (c hostileCase) String() string { return c.target + " = " + hostileValues[c.value].name }

// hostileCases lists every decimal field of the fixtures with every
// hostile value, in a fixed order.
func hostileCases() []hostileCase {
	m, s := hostileModel(), hostileScenario()
	var paths []string
	hostileDecimalFields(reflect.ValueOf(&m).Elem(), "model", func(p string, _ reflect.Value) { paths = append(paths, p) })
	hostileDecimalFields(reflect.ValueOf(&s).Elem(), "scenario", func(p string, _ reflect.Value) { paths = append(paths, p) })
	var out []hostileCase
	for _, p := range paths {
		for k := range hostileValues {
			out = append(out, hostileCase{p, k})
		}
	}
	return out
}

// hostileRun runs one case in this process and returns its error.
func hostileRun(c hostileCase) error {
	m, s := hostileModel(), hostileScenario()
	set := func(p string, f reflect.Value) {
		if p == c.target {
			f.Set(reflect.ValueOf(hostileValues[c.value].d))
		}
	}
	hostileDecimalFields(reflect.ValueOf(&m).Elem(), "model", set)
	hostileDecimalFields(reflect.ValueOf(&s).Elem(), "scenario", set)
	return hostileReportAll(m, s)
}

// hostileChildEnv names the variable that makes the test a child running
// the cases from the index it holds.
const hostileChildEnv = "CONTACTCOST_HOSTILE_CHILD_FROM"

// hostileCaseTime is how long one case may take: a case takes
// milliseconds (tens under -race).
const hostileCaseTime = 5 * time.Second

// hostileChild runs the cases from index from on, writing a line before
// and after each: "start i", then "done i <too large> <error>".
func hostileChild(from string) {
	start, err := strconv.Atoi(from)
	if err != nil {
		panic(err)
	}
	for i, c := range hostileCases()[start:] {
		fmt.Printf("start %d\n", start+i)
		err := hostileRun(c)
		fmt.Printf("done %d %t %q\n", start+i, errors.Is(err, ErrTooLarge), fmt.Sprint(err))
	}
}

// hostileRunChild runs the cases from index from in a child process and
// checks each. It returns the index to go on from: the end, or the case
// after one that hung or crashed the child.
func hostileRunChild(t *testing.T, cases []hostileCase, from int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHostileInputFields$")
	cmd.Env = append(os.Environ(), hostileChildEnv+"="+strconv.Itoa(from))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	running := -1
	timer := time.NewTimer(hostileCaseTime)
	defer timer.Stop()
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				werr := cmd.Wait()
				if running >= 0 {
					t.Errorf("%s: the child died (%v):\n%s", cases[running], werr, hostileTail(stderr.String()))
					return running + 1
				}
				if werr != nil {
					t.Fatalf("the child failed: %v\n%s", werr, hostileTail(stderr.String()))
				}
				return len(cases)
			}
			var i int
			var tooLarge bool
			var msg string
			switch {
			case strings.HasPrefix(line, "start "):
				fmt.Sscanf(line, "start %d", &i)
				running = i
				timer.Reset(hostileCaseTime)
			case strings.HasPrefix(line, "done "):
				fmt.Sscanf(line, "done %d %t %q", &i, &tooLarge, &msg)
				running = -1
				if hostileValues[cases[i].value].refused && !tooLarge {
					t.Errorf("%s: err = %s, want ErrTooLarge", cases[i], msg)
				}
			}
		case <-timer.C:
			if running < 0 {
				timer.Reset(hostileCaseTime) // starting up
				continue
			}
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			for range lines {
			}
			t.Errorf("%s: still running after %v", cases[running], hostileCaseTime)
			return running + 1
		}
	}
}

// hostileTail returns the end of a child's error output.
func hostileTail(s string) string {
	const max = 2000
	if len(s) > max {
		return "…" + s[len(s)-max:]
	}
	return s
}

// hostileReportAll runs the model's report, the scenario's estimate and a
// series of one month with the model's volumes, and returns the first
// error.
func hostileReportAll(m Model, s Scenario) error {
	if _, err := m.Report(); err != nil {
		return err
	}
	if _, err := m.Estimate(s); err != nil {
		return err
	}
	q := m
	q.Volumes = nil
	_, err := q.Series(UnitMonth, []PeriodVolumes{{Period: m.Period, Volumes: m.Volumes}})
	return err
}

// TestHostileScenarioCounts sets each count of the hostile scenario (the
// horizon's months, a lever's delay and ramp, a range's lever) to values a
// caller could pass by mistake or on purpose, and checks that Estimate
// refuses each at once, with ErrOutOfRange at its path, instead of
// allocating or looping on it.
func TestHostileScenarioCounts(t *testing.T) {
	withRollout := func(s *Scenario, ro Rollout) {
		l := s.Levers[7].(HandleTimeReduction)
		l.Rollout = ro
		s.Levers[7] = l
	}
	for _, n := range []int{math.MaxInt, math.MinInt, -1, MaxHorizonMonths + 1} {
		for _, tt := range []struct {
			path string
			set  func(*Scenario)
		}{
			{"horizon.months", func(s *Scenario) { s.Horizon.Months = n }},
			{"levers[7].rollout.delay_months", func(s *Scenario) { withRollout(s, Rollout{DelayMonths: n}) }},
			{"levers[7].rollout.ramp_months", func(s *Scenario) { withRollout(s, Rollout{RampMonths: n}) }},
			{"ranges[1].lever", func(s *Scenario) { s.Ranges[1].Lever = n }},
		} {
			s := hostileScenario()
			tt.set(&s)
			done := make(chan error, 1)
			go func() { _, err := hostileModel().Estimate(s); done <- err }()
			select {
			case err := <-done:
				if returnsFindError(err, ErrOutOfRange, tt.path) == nil {
					t.Errorf("Estimate(%s = %d) error = %v, want ErrOutOfRange at %s", tt.path, n, err, tt.path)
				}
			case <-time.After(hostileCaseTime):
				t.Fatalf("Estimate(%s = %d) still running after %v", tt.path, n, hostileCaseTime)
			}
		}
	}
}
