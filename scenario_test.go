package contactcost

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scenarioEstimate runs m.Estimate(s), failing the test on an error, and
// checks that both reports it returns verify.
func scenarioEstimate(t *testing.T, m Model, s Scenario) Savings {
	t.Helper()
	out, err := m.Estimate(s)
	if err != nil {
		t.Fatalf("Estimate() error: %v", err)
	}
	if err := out.Before.Verify(); err != nil {
		t.Fatalf("Estimate(): the Before report does not verify: %v", err)
	}
	if err := out.After.Verify(); err != nil {
		t.Fatalf("Estimate(): the After report does not verify: %v", err)
	}
	return out
}

// scenarioFiveLevers is a scenario in the recommended order: deflection,
// containment, then the handle-time levers.
func scenarioFiveLevers() []Lever {
	return []Lever{
		SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.10"), ReContactRate: dec("0.20"), CostPerContact: dec("0.25"),
			MinutesPerSession: dec("3"), Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}},
		IVRContainment{Rate: dec("0.20"), CallbackRate: dec("0.30"), IVRMinutes: dec("2"), CostPerMinute: dec("0.05"),
			Investment: Investment{OneTime: dec("20000")}},
		IVRVerification{SecondsSaved: dec("30"), FilterRate: dec("0.02"), WastedSeconds: dec("30")},
		ACDRouting{TransferRateBefore: dec("0.10"), TransferRateAfter: dec("0.04"), WastedSeconds: dec("65")},
		FirstContactResolution{Before: dec("0.70"), After: dec("0.75")},
	}
}

// TestScenarioIncrements applies levers in order. Deflection first, as
// alone (net 5266, scenario total 147934); then containment works on the
// 9200 calls left: 1840 contained, 552 calling back, 1288 truly: voice 7912
// calls, 47472 handle and 15824 queue minutes; IVR 1840 × 2 × 0.05 = 184.
// Wages 120000·87472/100000 = 104966.40, carrier 949.44, toll 1582.40,
// platform 30000, lever lines 250 + 500 + 184: total 138432.24, so
// containment's increment is 147934 − 138432.24 = 9501.76, less than its
// 10328 alone.
func TestScenarioIncrements(t *testing.T) {
	s := scenarioEstimate(t, leverCenter(), Scenario{Levers: scenarioFiveLevers(), HorizonMonths: 24, DiscountRate: dec("0.12"), RampMonths: 3})
	if got := s.Levers[0].After.Cost.String(); got != "147934" {
		t.Errorf("Estimate(five levers): cost after deflection = %s, want 147934", got)
	}
	if got := s.Levers[1].Increment.Net.String(); got != "9501.76" {
		t.Errorf("Estimate(five levers): containment increment = %s, want 9501.76", got)
	}
	if got := s.Levers[1].After.Cost.String(); got != "138432.24" {
		t.Errorf("Estimate(five levers): cost after containment = %s, want 138432.24", got)
	}
	if got := s.Levers[1].Alone.Net.String(); got != "10328" {
		t.Errorf("Estimate(five levers): containment alone = %s, want 10328", got)
	}
	// The increments add up exactly to the scenario's savings.
	var sum Amounts
	for _, l := range s.Levers {
		sum.Gross = sum.Gross.Add(l.Increment.Gross)
		sum.Added = sum.Added.Add(l.Increment.Added)
		sum.Net = sum.Net.Add(l.Increment.Net)
		sum.UpperBound = sum.UpperBound.Add(l.Increment.UpperBound)
	}
	if diff := cmp.Diff(s.Total, sum); diff != "" {
		t.Errorf("Estimate(five levers): increments do not add up to Total (-total +sum):\n%s", diff)
	}
	if !s.Before.Center.Cost.Sub(s.After.Center.Cost).Equal(s.Total.Net) {
		t.Errorf("Estimate(five levers): net %v is not Before − After = %v − %v", s.Total.Net, s.Before.Center.Cost, s.After.Center.Cost)
	}
	if last := s.Levers[len(s.Levers)-1].After.Cost; !last.Equal(s.After.Center.Cost) {
		t.Errorf("Estimate(five levers): the last lever's cost %v is not the After report's %v", last, s.After.Center.Cost)
	}
	names := make([]string, len(s.Levers))
	for i, l := range s.Levers {
		names[i] = l.Name
	}
	wantNames := []string{"self-service deflection", "IVR containment", "IVR verification", "ACD routing", "first-contact resolution"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("Estimate(five levers): lever names (-want +got):\n%s", diff)
	}
}

// TestScenarioOrderMatters: both orders end at the same volumes here (each
// lever scales voice by a factor), so the same total; but the increments
// split it differently.
func TestScenarioOrderMatters(t *testing.T) {
	defl := SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.10")}
	fcr := FirstContactResolution{Before: dec("0.70"), After: dec("0.80")}
	a := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{defl, fcr}})
	b := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{fcr, defl}})
	if !a.Total.Net.Equal(b.Total.Net) {
		t.Errorf("Estimate(deflection, FCR).Total.Net = %v, Estimate(FCR, deflection).Total.Net = %v, want equal", a.Total.Net, b.Total.Net)
	}
	if a.Levers[0].Increment.Net.Equal(b.Levers[1].Increment.Net) {
		t.Errorf("the deflection's increment %v does not depend on what came before it", a.Levers[0].Increment.Net)
	}
	// Alone does not depend on the order.
	if !a.Levers[0].Alone.Net.Equal(b.Levers[1].Alone.Net) {
		t.Errorf("the deflection alone: %v first, %v second, want equal", a.Levers[0].Alone.Net, b.Levers[1].Alone.Net)
	}
}

// TestStaffing: a cost that varies with FTE saves only when staffing
// follows workload.
func TestStaffing(t *testing.T) {
	m := leverCenter()
	m.Costs = append(m.Costs, Cost{Name: "Seats", Category: CategorySoftwareLicences, Amount: dec("5000"), VariesWith: MeasureFTE,
		Channel: ChannelVoice})
	m.Volumes[0].FTE = dec("50")
	l := SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.10"), ReContactRate: dec("0.20")}
	// Voice handle minutes fall by 8% (60000 → 55200): FTE 50 → 46 when
	// staffing is proportional, so the seats save 5000·4/50 = 400; nothing
	// when staffing is unchanged.
	kept := scenarioEstimate(t, m, Scenario{Levers: []Lever{l}})
	follows := scenarioEstimate(t, m, Scenario{Levers: []Lever{l}, Staffing: StaffingProportional})
	if d := follows.Total.Net.Sub(kept.Total.Net); !d.Equal(dec("400")) {
		t.Errorf("Estimate(proportional) − Estimate(unchanged) net = %v, want 400", d)
	}
	if got := follows.Levers[0].Changes[0].After.FTE.String(); got != "46" {
		t.Errorf("Estimate(proportional): voice FTE after = %s, want 46", got)
	}
	if got := kept.Levers[0].Changes[0].After.FTE.String(); got != "50" {
		t.Errorf("Estimate(unchanged): voice FTE after = %s, want 50", got)
	}
}

// TestEstimateConcurrent runs estimates of one model and one scenario from
// several goroutines; under -race it pins that neither is written to.
func TestEstimateConcurrent(t *testing.T) {
	m := leverCenter()
	s := Scenario{Levers: []Lever{
		SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.1")},
		Callback{AcceptRate: dec("0.1"), WaitAvoided: dec("1")},
	}, HorizonMonths: 12}
	first, err := m.Estimate(s)
	if err != nil {
		t.Fatalf("Estimate() error: %v", err)
	}
	done := make(chan Savings, 8)
	for range 8 {
		go func() {
			got, err := m.Estimate(s)
			if err != nil {
				t.Errorf("concurrent Estimate() error: %v", err)
			}
			done <- got
		}()
	}
	for range 8 {
		if diff := cmp.Diff(first, <-done); diff != "" {
			t.Errorf("concurrent Estimate() mismatch (-first +concurrent):\n%s", diff)
		}
	}
}

// TestScenarioReportJSON: a scenario's After report, with a lever's credit
// line (toll minutes a callback avoids, priced by the lever), survives a
// JSON round trip and verifies.
func TestScenarioReportJSON(t *testing.T) {
	m := leverCenter()
	m.Costs = m.Costs[:2] // no toll-free line: the lever prices queue minutes
	s := scenarioEstimate(t, m, Scenario{Levers: []Lever{Callback{AcceptRate: dec("0.1"), WaitAvoided: dec("2"), TollRate: dec("0.1")}}})
	last := s.After.Lines[len(s.After.Lines)-1]
	// 1000 callbacks × 2 minutes × 0.10 = 200 avoided: a credit, direct
	// to voice.
	if last.Name != "callback: toll minutes avoided" || !last.Amount.Equal(dec("-200")) || last.Channel != ChannelVoice ||
		len(last.Parts) != 1 || !last.Parts[0].Amount.Equal(dec("-200")) {
		t.Fatalf("Estimate(callback).After's last line = %+v, want the credit of -200 on voice", last)
	}
	b, err := json.Marshal(s.After)
	if err != nil {
		t.Fatalf("json.Marshal(After) error: %v", err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(After) error: %v\n%s", err, b)
	}
	if diff := cmp.Diff(s.After, back); diff != "" {
		t.Errorf("After report JSON round trip (-want +got):\n%s", diff)
	}
	if err := back.Verify(); err != nil {
		t.Errorf("decoded After report: Verify() = %v", err)
	}
}

// TestEstimateStrictZeroVolume is a regression test for issue 7 ("Strict
// is applied ... to the repriced scenario"): a strict model failed
// Estimate when a lever took a channel's volume to zero, because the
// repriced line with nothing left was taken for a line with nothing in
// the period.
func TestEstimateStrictZeroVolume(t *testing.T) {
	m := leverCenter()
	m.Strict = true
	m.Costs = append(m.Costs, Cost{Name: "Chat messaging", Category: CategoryTechnology, Amount: dec("1000"),
		VariesWith: MeasureContacts, Channel: ChannelChat})
	// Every chat deflected: chat messaging falls to 0, wages to
	// 120000·60000/100000 = 72000; carrier 1200, toll 2000, platform 30000
	// stay: 105200 after 154200, net 49000.
	s := scenarioEstimate(t, m, Scenario{Levers: []Lever{SelfServiceDeflection{From: ChannelChat, Rate: dec("1")}}})
	if !s.Total.Net.Equal(dec("49000")) {
		t.Errorf("Estimate(strict, full chat deflection).Total.Net = %v, want 49000", s.Total.Net)
	}
	var messaging *Line
	for i := range s.After.Lines {
		if s.After.Lines[i].Name == "Chat messaging" {
			messaging = &s.After.Lines[i]
		}
	}
	if messaging == nil || !messaging.Amount.IsZero() {
		t.Errorf("Estimate(strict, full chat deflection): chat messaging after = %+v, want 0", messaging)
	}
	// Strict still applies to the model's own period.
	m.Costs[len(m.Costs)-1].Period = MustParsePeriod("2026-04")
	m.Convention = ConventionActualDays
	_, err := m.Estimate(Scenario{Levers: []Lever{SelfServiceDeflection{From: ChannelChat, Rate: dec("1")}}})
	var fe *FieldError
	if !errors.Is(err, ErrOutOfRange) || !errors.As(err, &fe) || fe.Path != "costs[4].period" {
		t.Errorf("Estimate(strict, a line with nothing in the period) error = %v, want ErrOutOfRange at costs[4].period", err)
	}
}

// TestEstimateOneTimeRounding is a regression test for issue 7:
// Returns.OneTime was always rounded half-even, whatever the model's
// rounding mode (mode Up turned a 0.001 investment into 0.00). It is now
// booked by the model's mode, like every other amount.
func TestEstimateOneTimeRounding(t *testing.T) {
	tests := []struct {
		mode    Round
		oneTime string
		want    string
	}{
		{RoundUp, "0.001", "0.01"},
		{RoundCeiling, "0.001", "0.01"},
		{RoundHalfEven, "0.001", "0"},
		{RoundDown, "0.009", "0"},
		{RoundHalfUp, "0.005", "0.01"},
		{RoundHalfEven, "0.005", "0"},
		{RoundHalfEven, "0.015", "0.02"},
		{RoundUp, "12000", "12000"},
	}
	for _, tt := range tests {
		m := leverCenter()
		m.Rounding = Rounding{Mode: tt.mode}
		l := FirstContactResolution{Before: dec("0.7"), After: dec("0.8"), Investment: Investment{OneTime: dec(tt.oneTime)}}
		s := scenarioEstimate(t, m, Scenario{Levers: []Lever{l}, HorizonMonths: 12})
		if !s.Returns.OneTime.Equal(dec(tt.want)) {
			t.Errorf("Estimate(mode %v, one-time %s).Returns.OneTime = %v, want %s", tt.mode, tt.oneTime, s.Returns.OneTime, tt.want)
		}
		if got := s.Levers[0].AloneReturns.OneTime; !got.Equal(dec(tt.want)) {
			t.Errorf("Estimate(mode %v, one-time %s).Levers[0].AloneReturns.OneTime = %v, want %s", tt.mode, tt.oneTime, got, tt.want)
		}
	}
}

// TestEstimateNilAndUnsetLevers is a regression test for issue 7: a typed
// nil lever must give ErrNotSet at its place, not a panic; and a lever
// without its required channel says "not set" at that field, not
// `unknown channel: ""`.
func TestEstimateNilAndUnsetLevers(t *testing.T) {
	fcr := FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}
	var typedNil *ACDRouting
	tests := []struct {
		name   string
		levers []Lever
		want   error
		path   string
		lname  string
	}{
		{"untyped nil", []Lever{nil}, ErrNotSet, "levers[0]", ""},
		{"typed nil second", []Lever{fcr, typedNil}, ErrNotSet, "levers[1]", ""},
		{"typed nil deflection", []Lever{(*SelfServiceDeflection)(nil)}, ErrNotSet, "levers[0]", ""},
		{"typed nil FCR", []Lever{fcr, (*FirstContactResolution)(nil)}, ErrNotSet, "levers[1]", ""},
		{"deflection without from", []Lever{SelfServiceDeflection{Rate: dec("0.1")}}, ErrNotSet, "levers[0].from", "self-service deflection"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := leverCenter().Estimate(Scenario{Levers: tt.levers})
			var fe *FieldError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) {
				t.Fatalf("Estimate(%s) error = %v, want %v", tt.name, err, tt.want)
			}
			if fe.Path != tt.path || fe.Name != tt.lname {
				t.Errorf("Estimate(%s) error at %q (%q), want at %q (%q)", tt.name, fe.Path, fe.Name, tt.path, tt.lname)
			}
			if errors.Is(err, ErrUnknownChannel) || strings.Contains(err.Error(), "unknown channel") {
				t.Errorf("Estimate(%s) error = %v, want no unknown channel", tt.name, err)
			}
			if n := len(leversFieldErrors(err)); n != 1 {
				t.Errorf("Estimate(%s) error = %v: %d problems, want 1", tt.name, err, n)
			}
		})
	}
	// A lever given by a non-nil pointer is the lever it points to.
	byValue := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{fcr}})
	byPointer := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{&fcr}})
	if diff := cmp.Diff(byValue.Total, byPointer.Total); diff != "" {
		t.Errorf("Estimate(&lever).Total differs from Estimate(lever) (-value +pointer):\n%s", diff)
	}
}

// TestEstimateExactVolumesBetweenLevers is a regression test for issue 7:
// Estimate rebuilt a model from volumes rounded to 12 places after each
// lever, so a lever after one that leaves a non-terminating volume worked
// on a rounded one. The scenario is now priced from the validated plan on
// exact volumes, and only the After report shows them rounded.
//
// Rounding mode Up makes the difference visible in cents. FCR 0.70 → 0.75
// leaves voice 10000·0.7/0.75 = 28000/3 calls (9333.333…), handle minutes
// 60000·14/15 = 56000 and queue minutes 20000·14/15 = 56000/3. ACD routing
// then saves 6 s on each call: (28000/3)·6/60 = 2800/3 minutes, leaving
// 56000 − 2800/3 = 165200/3 handle minutes. Exactly:
//
//	wages    120000·(165200/3 + 40000)/100000 = 1.2·285200/3 = 114080
//	carrier  0.02·165200/3 = 3304/3 = 1101.333… → up 1101.34
//	toll     2000·(56000/3)/20000 = 5600/3 = 1866.666… → up 1866.67
//	platform 30000
//	total    147048.01, net 153200 − 147048.01 = 6151.99
//
// After the FCR alone: wages 120000·96000/100000 = 115200, carrier 1120,
// toll 1866.67, platform 30000 = 148186.67: its increment is 5013.33 and
// the routing's 148186.67 − 147048.01 = 1138.66.
//
// With the calls rounded to 9333.333333333333 between the levers, the cut
// is 933.3333333333333 and the handle minutes 55066.6666666666667
// (above 165200/3), so wages came to 114080.00000000000004, booked up to
// 114080.01: net 6151.98.
func TestEstimateExactVolumesBetweenLevers(t *testing.T) {
	m := leverCenter()
	m.Rounding = Rounding{Mode: RoundUp}
	s := scenarioEstimate(t, m, Scenario{Levers: []Lever{
		FirstContactResolution{Before: dec("0.70"), After: dec("0.75")},
		ACDRouting{AHTReductionSeconds: dec("6")},
	}})
	if diff := cmp.Diff(Amounts{Gross: dec("6151.99"), Added: dec("0"), Net: dec("6151.99"), UpperBound: s.Total.UpperBound}, s.Total); diff != "" {
		t.Errorf("Estimate(FCR, routing).Total mismatch (-want +got):\n%s", diff)
	}
	if got := [2]string{s.Levers[0].Increment.Net.String(), s.Levers[1].Increment.Net.String()}; got != [2]string{"5013.33", "1138.66"} {
		t.Errorf("Estimate(FCR, routing) increments = %v, want [5013.33 1138.66]", got)
	}
	if got := s.After.Center.Cost.String(); got != "147048.01" {
		t.Errorf("Estimate(FCR, routing).After.Center.Cost = %s, want 147048.01", got)
	}
	wantLines := map[string]string{"Agent wages": "114080", "Carrier": "1101.34", "Toll-free": "1866.67", "Platform": "30000"}
	for _, l := range s.After.Lines {
		if want, ok := wantLines[l.Name]; ok && !l.Amount.Equal(dec(want)) {
			t.Errorf("Estimate(FCR, routing).After line %q = %v, want %s", l.Name, l.Amount, want)
		}
	}
	if want := ratio("342240", "3"); !s.After.Lines[0].Exact.Equal(want) {
		t.Errorf("Estimate(FCR, routing).After wages exact = %v, want 114080", s.After.Lines[0].Exact)
	}
	// The report shows the volumes rounded half-even to 12 places.
	voice := s.After.Channels[0]
	got := [3]string{voice.Contacts.String(), voice.HandleMinutes.String(), voice.QueueMinutes.String()}
	if want := [3]string{"9333.333333333333", "55066.666666666667", "18666.666666666667"}; got != want {
		t.Errorf("Estimate(FCR, routing).After voice volumes = %v, want %v", got, want)
	}
	// The routing's change starts from what the FCR left, as shown.
	if ch := s.Levers[1].Changes; len(ch) != 1 || ch[0].Before.Contacts.String() != "9333.333333333333" ||
		ch[0].Before.HandleMinutes.String() != "56000" || ch[0].After.HandleMinutes.String() != "55066.666666666667" {
		t.Errorf("Estimate(FCR, routing).Levers[1].Changes = %+v", ch)
	}
	// The formula marks the non-terminating figures.
	if want := "contacts: 10000 × 0.7 / 0.75 = ≈9333.333333"; len(s.Levers[0].Formula) == 0 || s.Levers[0].Formula[0] != want {
		t.Errorf("Estimate(FCR, routing).Levers[0].Formula = %q, want it to start %q", s.Levers[0].Formula, want)
	}
}
