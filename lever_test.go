package contactcost

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Tests of the lever runner (lever.go): how a lever's inputs are checked,
// cross-checked against the model's volumes, recorded, and written into
// its formula. The levers' arithmetic is in levers_test.go.

// leverRunnerProblem is one problem an estimate reports: where, in which
// lever, and which sentinel it wraps.
type leverRunnerProblem struct {
	Path string
	Name string
	Err  error
}

// leverRunnerProblems flattens an error joined with errors.Join into its
// *FieldErrors, in order.
func leverRunnerProblems(err error) []leverRunnerProblem {
	var out []leverRunnerProblem
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var fe *FieldError
		if errors.As(err, &fe) {
			out = append(out, leverRunnerProblem{Path: fe.Path, Name: fe.Name, Err: fe.Err})
			return
		}
		out = append(out, leverRunnerProblem{Err: err})
	}
	if err != nil {
		walk(err)
	}
	return out
}

// leverRunnerCompareErr compares sentinels by identity.
var leverRunnerCompareErr = cmp.Comparer(func(a, b error) bool { return a == b })

// leverRunnerIVRPriced is leverCenter with an IVR (8000 entries, 16000
// minutes) whose minutes a line of the model prices, and self-service
// sessions priced by a line of the model too.
func leverRunnerIVRPriced() Model {
	m := leversWithIVR()
	m.Volumes = append(m.Volumes, Volume{Channel: ChannelSelfService, Contacts: dec("1000"), HandleMinutes: dec("3000")})
	m.Costs = append(m.Costs,
		Cost{Name: "IVR minutes", Category: CategoryTechnology, UnitPrice: dec("0.01"), VariesWith: MeasureHandleMinutes, Channel: ChannelIVR},
		Cost{Name: "Bot sessions", Category: CategoryTechnology, UnitPrice: dec("0.10"), VariesWith: MeasureContacts, Channel: ChannelSelfService})
	return m
}

// leverRunnerAbandoned is leverCenter whose voice volume gives 100
// abandoned calls but not its offered calls: offered = 10000 + 100.
func leverRunnerAbandoned() Model {
	m := leverCenter()
	m.Volumes[0].Abandoned = dec("100")
	return m
}

// leverRunnerBigIVR is leverCenter with an IVR of 20000 entries, twice the
// calls offered to voice's agents.
func leverRunnerBigIVR() Model {
	m := leverCenter()
	m.Volumes = append(m.Volumes, Volume{Channel: ChannelIVR, Contacts: dec("20000"), HandleMinutes: dec("40000")})
	return m
}

// leverRunnerSmallIVR returns leversCallbackCenter whose IVR has only
// entries entries (2 minutes each).
func leverRunnerSmallIVR(entries string) func() Model {
	return func() Model {
		m := leversCallbackCenter()
		m.Volumes[2].Contacts, m.Volumes[2].HandleMinutes = dec(entries), dec(entries).Mul(dec("2"))
		return m
	}
}

// leverRunnerValid is a lever that passes every check on leverCenter.
var leverRunnerValid = ACDRouting{TransferRateBefore: dec("0.1"), TransferRateAfter: dec("0.05"), WastedSeconds: dec("65")}

// TestLeverRunnerErrors checks that each bad input is refused with its
// sentinel, at its path, in the lever named; each case lists every
// problem the lever has, in the order the lever reads its inputs.
func TestLeverRunnerErrors(t *testing.T) {
	const (
		ivrc = "IVR containment"
		ssd  = "self-service deflection"
		cb   = "callback"
		fcr  = "first-contact resolution"
		htr  = "handle-time reduction"
		acd  = "ACD routing"
		ivrv = "IVR verification"
	)
	tests := []struct {
		name  string
		model func() Model
		lever Lever
		want  []leverRunnerProblem // at levers[1], after leverRunnerValid
	}{
		// Every problem at once: a rate above 1, a negative rate, a
		// negative price, a delay beyond 600 months. The worse-than check
		// and the containment cross-check are skipped: they would compare
		// a refused value.
		{"every problem at once", leverCenter,
			IVRContainment{TargetRate: dec("1.2"), ReturnRate: dec("-0.1"), ContainedMinutes: dec("2"), CostPerMinute: dec("-0.05"),
				Rollout: Rollout{DelayMonths: 601}},
			[]leverRunnerProblem{
				{"levers[1].target_rate", ivrc, ErrOutOfRange},
				{"levers[1].return_rate", ivrc, ErrOutOfRange},
				{"levers[1].cost_per_minute", ivrc, ErrNegative},
				{"levers[1].rollout.delay_months", ivrc, ErrOutOfRange},
			}},
		{"rates outside 0 to 1", leverCenter,
			FirstContactResolution{Before: dec("-0.1"), After: dec("1.01"), RepeatsPerUnresolved: dec("1.5")},
			[]leverRunnerProblem{{"levers[1].before", fcr, ErrOutOfRange}, {"levers[1].after", fcr, ErrOutOfRange}}},
		{"negative prices and investment", leverCenter,
			Callback{AcceptRate: dec("0.1"), OutboundRate: dec("-0.01"), Investment: Investment{OneTime: dec("-1"), MonthlyFee: dec("-2")}},
			[]leverRunnerProblem{
				{"levers[1].outbound_rate", cb, ErrNegative},
				{"levers[1].investment.one_time", cb, ErrNegative},
				{"levers[1].investment.monthly_fee", cb, ErrNegative},
			}},
		{"negative per-contact price", leverCenter,
			HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("10"), CostPerContact: dec("-0.1")},
			[]leverRunnerProblem{{"levers[1].cost_per_contact", htr, ErrNegative}}},
		// Voice's AHT is 360 s.
		{"ACD seconds beyond the AHT", leverCenter,
			ACDRouting{AHTReductionSeconds: dec("361")},
			[]leverRunnerProblem{{"levers[1].aht_reduction_seconds", acd, ErrOutOfRange}}},
		// Every transfer wasting an hour: 10000 × 3600 s / 60 = 600000
		// minutes, more than voice's 60000.
		{"ACD cut beyond the handle minutes", leverCenter,
			ACDRouting{TransferRateBefore: dec("1"), WastedSeconds: dec("3600")},
			[]leverRunnerProblem{{"levers[1].wasted_seconds", acd, ErrOutOfRange}}},
		// 400 s is beyond voice's 360 s, within chat's 480 s: one problem.
		{"handle-time seconds beyond one channel's AHT", leverCenter,
			HandleTimeReduction{Channels: []Channel{ChannelVoice, ChannelChat}, SecondsSaved: dec("400")},
			[]leverRunnerProblem{{"levers[1].seconds_saved", htr, ErrOutOfRange}}},
		{"verification seconds beyond the AHT", leverCenter,
			IVRVerification{SecondsSaved: dec("361"), FilterRate: dec("0.01"), WastedSeconds: dec("400")},
			[]leverRunnerProblem{{"levers[1].seconds_saved", ivrv, ErrOutOfRange}, {"levers[1].wasted_seconds", ivrv, ErrOutOfRange}}},
		{"IVR minutes the model already prices", leverRunnerIVRPriced,
			IVRContainment{CurrentRate: dec("0.3"), TargetRate: dec("0.4"), ContainedMinutes: dec("2"), CostPerMinute: dec("0.05")},
			[]leverRunnerProblem{{"levers[1].cost_per_minute", ivrc, ErrConflict}}},
		{"verification IVR minutes the model already prices", leverRunnerIVRPriced,
			IVRVerification{SecondsSaved: dec("10"), IVRMinutes: dec("0.5"), CostPerMinute: dec("0.05")},
			[]leverRunnerProblem{{"levers[1].cost_per_minute", ivrv, ErrConflict}}},
		{"sessions the model already prices", leverRunnerIVRPriced,
			SelfServiceDeflection{From: ChannelChat, Reach: dec("0.5"), Resolution: dec("0.5"), CostPerSession: dec("0.2")},
			[]leverRunnerProblem{{"levers[1].cost_per_session", ssd, ErrConflict}}},
		// 2500 / 12500 = 0.2, not 0.25.
		{"abandon_before not matching the volume", leversCallbackCenter,
			Callback{AcceptRate: dec("0.1"), AbandonBefore: dec("0.25"), AbandonAfter: dec("0.2")},
			[]leverRunnerProblem{{"levers[1].abandon_before", cb, ErrConflict}}},
		// 12500 × 0.01 = 125 callbacks, but 12500 × 0.04 = 500 fewer
		// abandoned calls.
		{"fall in abandonment beyond the callbacks", leversCallbackCenter,
			Callback{AcceptRate: dec("0.01"), AbandonBefore: dec("0.2"), AbandonAfter: dec("0.16")},
			[]leverRunnerProblem{{"levers[1].abandon_after", cb, ErrConflict}}},
		// Offered 10000 + 100 = 10100: 10100 × 0.03 = 303 fewer abandoned
		// (within the 1010 callbacks), more than the 100 abandoned.
		{"fall in abandonment beyond the abandoned calls", leverRunnerAbandoned,
			Callback{AcceptRate: dec("0.1"), AbandonBefore: dec("0.08"), AbandonAfter: dec("0.05")},
			[]leverRunnerProblem{{"levers[1].abandon_after", cb, ErrOutOfRange}}},
		{"abandonment rising", leverCenter,
			Callback{AcceptRate: dec("0.1"), AbandonBefore: dec("0.05"), AbandonAfter: dec("0.08")},
			[]leverRunnerProblem{{"levers[1].abandon_after", cb, ErrWorse}}},
		// 10000 callbacks × 3 min = 30000 queue minutes, more than 20000.
		{"wait avoided beyond the queue", leverCenter,
			Callback{AcceptRate: dec("1"), WaitAvoided: dec("3")},
			[]leverRunnerProblem{{"levers[1].wait_avoided", cb, ErrOutOfRange}}},
		{"callback IVR the model lacks", leverCenter,
			Callback{IVR: ChannelIVR, AcceptRate: dec("0.1")},
			[]leverRunnerProblem{{"levers[1].ivr", cb, ErrUnknownChannel}}},
		// The IVR calls enter first is an automated channel (review of
		// 0bf502b, finding 1): not an agent-assisted one, nor the
		// callback's own channel.
		{"callback IVR agent-assisted", leverCenter,
			Callback{IVR: ChannelChat, AcceptRate: dec("0.1")},
			[]leverRunnerProblem{{"levers[1].ivr", cb, ErrInvalid}}},
		{"callback IVR its own channel", leverCenter,
			Callback{IVR: ChannelVoice, AcceptRate: dec("0.1")},
			[]leverRunnerProblem{{"levers[1].ivr", cb, ErrInvalid}}},
		// 12500 × (0.2 − 0.16) = 500 fewer abandoned, × 0.6 = 300 repeat
		// attempts avoided, more than the IVR's 200 entries.
		{"callback repeats beyond the IVR's entries", leverRunnerSmallIVR("200"),
			Callback{IVR: ChannelIVR, AcceptRate: dec("0.1"), AbandonBefore: dec("0.2"), AbandonAfter: dec("0.16"), RedialRate: dec("0.6")},
			[]leverRunnerProblem{{"levers[1].ivr", cb, ErrOutOfRange}}},
		// 20000 entries × 0.6 = 12000 newly contained, more than the 10000
		// calls offered to voice's agents.
		{"contained calls beyond the calls offered", leverRunnerBigIVR,
			IVRContainment{TargetRate: dec("0.6")},
			[]leverRunnerProblem{{"levers[1].target_rate", ivrc, ErrOutOfRange}}},
		{"containment target below current", leversWithIVR,
			IVRContainment{CurrentRate: dec("0.4"), TargetRate: dec("0.3")},
			[]leverRunnerProblem{{"levers[1].target_rate", ivrc, ErrWorse}}},
		{"menu minutes with an existing IVR", leversWithIVR,
			IVRContainment{CurrentRate: dec("0.3"), TargetRate: dec("0.4"), MenuMinutes: dec("0.5")},
			[]leverRunnerProblem{{"levers[1].menu_minutes", ivrc, ErrConflict}}},
		{"current rate with a new IVR", leverCenter,
			IVRContainment{CurrentRate: dec("0.3"), TargetRate: dec("0.4")},
			[]leverRunnerProblem{{"levers[1].current_rate", ivrc, ErrConflict}}},
		{"containment from an automated channel", leversWithIVR,
			IVRContainment{From: ChannelIVR, TargetRate: dec("0.1")},
			[]leverRunnerProblem{{"levers[1].from", ivrc, ErrInvalid}}},
		// 5000 × 0.5 = 2500 resolved at 0.4 take 6250 sessions, more than
		// chat's 5000 contacts.
		{"sessions beyond From's contacts", leverCenter,
			SelfServiceDeflection{From: ChannelChat, TargetRate: dec("0.5"), Resolution: dec("0.4")},
			[]leverRunnerProblem{{"levers[1].target_rate", ssd, ErrOutOfRange}}},
		{"reach with current and target rates", leverCenter,
			SelfServiceDeflection{From: ChannelChat, Reach: dec("0.5"), CurrentRate: dec("0.1"), TargetRate: dec("0.2"), Resolution: dec("0.5")},
			[]leverRunnerProblem{{"levers[1].reach", ssd, ErrConflict}}},
		{"all demand already self-served", leverCenter,
			SelfServiceDeflection{From: ChannelChat, CurrentRate: dec("1"), TargetRate: dec("1"), Resolution: dec("0.5")},
			[]leverRunnerProblem{{"levers[1].current_rate", ssd, ErrOutOfRange}}},
		{"target rate with no resolution", leverCenter,
			SelfServiceDeflection{From: ChannelChat, TargetRate: dec("0.2")},
			[]leverRunnerProblem{{"levers[1].resolution", ssd, ErrOutOfRange}}},
		{"self-service to an agent-assisted channel", leverCenter,
			SelfServiceDeflection{From: ChannelVoice, To: ChannelChat, Reach: dec("0.1"), Resolution: dec("0.5")},
			[]leverRunnerProblem{{"levers[1].to", ssd, ErrInvalid}}},
		{"self-service from a channel the model lacks", leverCenter,
			SelfServiceDeflection{From: "email", Reach: dec("0.1"), Resolution: dec("0.5")},
			[]leverRunnerProblem{{"levers[1].from", ssd, ErrUnknownChannel}}},
		{"FCR without repeats per unresolved", leverCenter,
			FirstContactResolution{Before: dec("0.6"), After: dec("0.7")},
			[]leverRunnerProblem{{"levers[1].repeats_per_unresolved", fcr, ErrNotSet}}},
		{"FCR worse after", leverCenter,
			FirstContactResolution{Before: dec("0.7"), After: dec("0.6"), RepeatsPerUnresolved: dec("1")},
			[]leverRunnerProblem{{"levers[1].after", fcr, ErrWorse}}},
		{"rollout months outside 0 to 600", leverCenter,
			ACDRouting{AHTReductionSeconds: dec("1"), Rollout: Rollout{DelayMonths: -1, RampMonths: 601}},
			[]leverRunnerProblem{{"levers[1].rollout.delay_months", acd, ErrOutOfRange}, {"levers[1].rollout.ramp_months", acd, ErrOutOfRange}}},
		{"handle-time channels empty", leverCenter,
			HandleTimeReduction{SecondsSaved: dec("10")},
			[]leverRunnerProblem{{"levers[1].channels", htr, ErrNotSet}}},
		{"handle-time channel named twice", leverCenter,
			HandleTimeReduction{Channels: []Channel{ChannelVoice, ChannelChat, ChannelVoice}, SecondsSaved: dec("10")},
			[]leverRunnerProblem{{"levers[1].channels[2]", htr, ErrDuplicate}}},
		{"handle-time on an automated channel", leversWithIVR,
			HandleTimeReduction{Channels: []Channel{ChannelVoice, ChannelIVR}, SecondsSaved: dec("10")},
			[]leverRunnerProblem{{"levers[1].channels[1]", htr, ErrInvalid}}},
		{"handle-time on an unknown channel", leverCenter,
			HandleTimeReduction{Channels: []Channel{"vocie"}, SecondsSaved: dec("10")},
			[]leverRunnerProblem{{"levers[1].channels[0]", htr, ErrUnknownChannel}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.model().Estimate(Scenario{Labour: LabourProportional, Levers: []Lever{leverRunnerValid, tc.lever}})
			if err == nil {
				t.Fatalf("Estimate(%T) = nil error, want %v", tc.lever, tc.want)
			}
			if diff := cmp.Diff(tc.want, leverRunnerProblems(err), leverRunnerCompareErr); diff != "" {
				t.Errorf("Estimate(%T) problems mismatch (-want +got):\n%s\nerror: %v", tc.lever, diff, err)
			}
		})
	}
}

// TestLeverRunnerMessages checks the text of a lever's problem: the path,
// the lever's name, the sentinel and the offending value; and a
// did-you-mean for a mistyped channel.
func TestLeverRunnerMessages(t *testing.T) {
	_, err := leverCenter().Estimate(Scenario{Labour: LabourUnchanged, Levers: []Lever{leverRunnerValid,
		IVRContainment{TargetRate: dec("1.2")}}})
	const want = `contactcost: levers[1].target_rate ("IVR containment"): out of range: 1.2 (want 0 to 1)`
	if err == nil || err.Error() != want {
		t.Errorf("Estimate(target 1.2) error = %v, want %s", err, want)
	}

	_, err = leverCenter().Estimate(Scenario{Labour: LabourUnchanged, Levers: []Lever{
		IVRContainment{Name: "IVR upgrade", TargetRate: dec("1.2")}}})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != "levers[0].target_rate" || fe.Name != "IVR upgrade" {
		t.Errorf("Estimate(named lever) error = %v, want levers[0].target_rate (\"IVR upgrade\")", err)
	}

	_, err = leverCenter().Estimate(Scenario{Labour: LabourUnchanged, Levers: []Lever{
		HandleTimeReduction{Channels: []Channel{"vocie"}, SecondsSaved: dec("10")}}})
	if !errors.Is(err, ErrUnknownChannel) || !strings.Contains(err.Error(), `(did you mean "voice"?)`) {
		t.Errorf("Estimate(channel \"vocie\") error = %v, want unknown channel with did you mean \"voice\"", err)
	}
}

// TestLeverRunnerAccepts checks values at the edges that the runner
// accepts.
func TestLeverRunnerAccepts(t *testing.T) {
	// 870 abandoned of 10870 offered is 0.0800368…: 0.08 matches it to its
	// own two places, as do 0.080 and 0.08004 to theirs.
	abandon := func() Model {
		m := leverCenter()
		m.Volumes[0].Offered, m.Volumes[0].Abandoned = dec("10870"), dec("870")
		return m
	}
	tests := []struct {
		name  string
		model func() Model
		lever Lever
	}{
		{"abandon_before 0.08", abandon, Callback{AcceptRate: dec("0.1"), AbandonBefore: dec("0.08"), AbandonAfter: dec("0.05")}},
		{"abandon_before 0.080", abandon, Callback{AcceptRate: dec("0.1"), AbandonBefore: dec("0.080"), AbandonAfter: dec("0.05")}},
		{"abandon_before 0.08004", abandon, Callback{AcceptRate: dec("0.1"), AbandonBefore: dec("0.08004"), AbandonAfter: dec("0.05")}},
		{"rollout of 600 months", leverCenter, ACDRouting{AHTReductionSeconds: dec("1"), Rollout: Rollout{DelayMonths: 600, RampMonths: 600}}},
		{"seconds equal to the AHT", leverCenter, ACDRouting{AHTReductionSeconds: dec("360")}},
		{"rates at 0 and 1", leverCenter, SelfServiceDeflection{From: ChannelChat, Reach: dec("1"), Resolution: dec("0")}},
		// 300 repeat attempts avoided (12500 × 0.04 × 0.6), as many as the
		// IVR's 300 entries.
		{"callback repeats equal to the IVR's entries", leverRunnerSmallIVR("300"),
			Callback{IVR: ChannelIVR, AcceptRate: dec("0.1"), AbandonBefore: dec("0.2"), AbandonAfter: dec("0.16"), RedialRate: dec("0.6")}},
		// The IVR may be any automated channel other than the callback's.
		{"callback IVR another automated channel", func() Model {
			m := leverCenter()
			m.Volumes = append(m.Volumes, Volume{Channel: ChannelSelfService, Contacts: dec("100"), HandleMinutes: dec("300")})
			return m
		}, Callback{IVR: ChannelSelfService, AcceptRate: dec("0.1")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.model().Estimate(Scenario{Labour: LabourUnchanged, Levers: []Lever{tc.lever}}); err != nil {
				t.Errorf("Estimate(%T) error: %v", tc.lever, err)
			}
		})
	}
	// 0.081 does not match 0.0800368… to three places (0.080).
	_, err := abandon().Estimate(Scenario{Labour: LabourUnchanged, Levers: []Lever{
		Callback{AcceptRate: dec("0.1"), AbandonBefore: dec("0.081"), AbandonAfter: dec("0.05")}}})
	leversWantFieldError(t, err, ErrConflict, "levers[0].abandon_before", "callback")
}

// TestLeverRunnerInputs checks that a lever's inputs are recorded as used,
// in the order of the lever's fields, with their JSON field names, its
// investment and rollout last.
func TestLeverRunnerInputs(t *testing.T) {
	tail := func(oneTime, fee string) []Input {
		return []Input{{"investment.one_time", oneTime}, {"investment.monthly_fee", fee},
			{"rollout.delay_months", "0"}, {"rollout.ramp_months", "0"}}
	}
	tests := []struct {
		name  string
		lever Lever
		model func() Model
		want  []Input
	}{
		{"IVR containment", leversCaseNamed(t, "IVR containment, existing IVR").lever, leversWithIVR,
			append([]Input{{"current_rate", "0.3"}, {"target_rate", "0.4"}, {"return_rate", "0.25"}, {"contained_minutes", "2"},
				{"menu_minutes", "0"}, {"cost_per_minute", "0.05"}}, tail("0", "441.2")...)},
		{"callback", leversCaseNamed(t, "callback, offered and abandoned given, queue priced by the model").lever, leversCallbackCenter,
			append([]Input{{"accept_rate", "0.1"}, {"wait_avoided", "1"}, {"talk_minutes", "5"},
				{"outbound_minutes", "5"}, {"outbound_rate", "0.01"}, {"overhead_seconds", "24"}, {"abandon_before", "0.2"},
				{"abandon_after", "0.16"}, {"redial_rate", "0.6"}}, tail("0", "112.75")...)},
		{"handle-time reduction", leversCaseNamed(t, "handle-time reduction, two channels").lever, leverCenter,
			append([]Input{{"seconds_saved", "30"}, {"cost_per_contact", "0.1"}}, tail("0", "1230")...)},
		// The self-service lever's fields: reach (or current_rate and
		// target_rate), then resolution.
		{"self-service, reach", leversCaseNamed(t, "self-service deflection, reach").lever, leverCenter,
			append([]Input{{"reach", "0.1"}, {"resolution", "0.5"}, {"re_contact_rate", "0.2"}, {"escalation_seconds", "30"},
				{"cost_per_session", "0.25"}, {"minutes_per_session", "3"}}, tail("0", "500")...)},
		{"self-service, target", leversCaseNamed(t, "self-service deflection, current to target rate").lever, leverCenter,
			append([]Input{{"current_rate", "0.2"}, {"target_rate", "0.36"}, {"resolution", "0.4"}, {"re_contact_rate", "0"},
				{"escalation_seconds", "0"}, {"cost_per_session", "0.5"}, {"minutes_per_session", "4"}}, tail("0", "2087.5")...)},
		{"one-time investment", ACDRouting{AHTReductionSeconds: dec("6"), Investment: Investment{OneTime: dec("12000.50")}}, leverCenter,
			append([]Input{{"transfer_rate_before", "0"}, {"transfer_rate_after", "0"}, {"wasted_seconds", "0"},
				{"aht_reduction_seconds", "6"}}, tail("12000.5", "0")...)},
	}
	// Values compare as numbers: 0.10 and 0.1 are the same input.
	norm := cmp.Transformer("number", func(in Input) Input { return Input{Name: in.Name, Value: dec(in.Value).String()} })
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sv := leversEstimate(t, tc.model(), LabourProportional, tc.lever)
			if diff := cmp.Diff(tc.want, sv.Levers[0].Inputs, norm); diff != "" {
				t.Errorf("Estimate(%T).Levers[0].Inputs mismatch (-want +got):\n%s", tc.lever, diff)
			}
		})
	}
}

// TestLeverRunnerFormula checks a callback's formula line by line: the
// working of leversCases' callback on leversCallbackCenter (without its
// fee), as the callback's doc comment gives it. The talk minutes are
// credited at the rate of the model's own telephony line that varies with
// voice's handle minutes, Carrier: 1200 / 60000 = 0.02 a minute (review of
// 0bf502b, finding 1; before it, at the lever's InboundRate).
func TestLeverRunnerFormula(t *testing.T) {
	l := leversCaseNamed(t, "callback, offered and abandoned given, queue priced by the model").lever.(Callback)
	l.Investment = Investment{}
	sv := leversEstimate(t, leversCallbackCenter(), LabourUnchanged, l)
	want := []string{
		"callbacks = 12500 offered × 0.1 = 1250",
		"fewer abandoned = 12500 × (0.2 − 0.16) = 500; repeat attempts avoided = 500 × 0.6 = 300; served who gave up before = 200",
		"queue minutes − 1250 × 1 − 300 × 20000 / 12500 = 1730",
		"handle minutes + 1250 × 24 s / 60 = 500",
		"ivr entries: 12500 − 300 = 12200, minutes in proportion",
		"outbound leg 1250 × 5 min × 0.01 = 62.5",
		`inbound talk 1250 × 5 = 6250 min moved to the outbound leg, no longer billed by "Carrier" at 0.02 a minute: 125`,
		"queue minutes: priced by the model's own line, which reprices them",
	}
	if diff := cmp.Diff(want, sv.Levers[0].Formula); diff != "" {
		t.Errorf("Estimate(callback).Levers[0].Formula mismatch (-want +got):\n%s", diff)
	}
	if got := sv.Levers[0].Name; got != "callback" {
		t.Errorf("Estimate(callback).Levers[0].Name = %q, want %q", got, "callback")
	}
}

// TestLeverRunnerBadLevers pins defect 9 of issue 8 for levers.
func TestLeverRunnerBadLevers(t *testing.T) {
	estimate := func(t *testing.T, levers ...Lever) (err error) {
		t.Helper()
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("Estimate(%#v) panicked: %v", levers, p)
			}
		}()
		_, err = leverCenter().Estimate(Scenario{Labour: LabourUnchanged, Levers: levers})
		return err
	}
	// Regression (issue 8, defect 9): a typed-nil lever made Estimate
	// panic (nil pointer dereference); it is "not set" at levers[i].
	t.Run("typed nil", func(t *testing.T) {
		var l *ACDRouting
		err := estimate(t, l)
		if diff := cmp.Diff([]leverRunnerProblem{{"levers[0]", "", ErrNotSet}}, leverRunnerProblems(err), leverRunnerCompareErr); diff != "" {
			t.Errorf("Estimate(typed nil) problems mismatch (-want +got):\n%s", diff)
		}
		var h *HandleTimeReduction
		err = estimate(t, leverRunnerValid, h)
		if diff := cmp.Diff([]leverRunnerProblem{{"levers[1]", "", ErrNotSet}}, leverRunnerProblems(err), leverRunnerCompareErr); diff != "" {
			t.Errorf("Estimate(valid, typed nil) problems mismatch (-want +got):\n%s", diff)
		}
	})
	// Regression (issue 8, defect 9): a nil Lever is "not set" too.
	t.Run("nil", func(t *testing.T) {
		err := estimate(t, nil)
		if diff := cmp.Diff([]leverRunnerProblem{{"levers[0]", "", ErrNotSet}}, leverRunnerProblems(err), leverRunnerCompareErr); diff != "" {
			t.Errorf("Estimate(nil) problems mismatch (-want +got):\n%s", diff)
		}
	})
	// Regression (issue 8, defect 9): a typed-nil lever with a fee-less
	// horizon and a range pointing at it still reports, not panics.
	t.Run("typed nil with a range and a horizon", func(t *testing.T) {
		var l *SelfServiceDeflection
		defer func() {
			if p := recover(); p != nil {
				t.Fatalf("Estimate(typed nil, range) panicked: %v", p)
			}
		}()
		_, err := leverCenter().Estimate(Scenario{Labour: LabourUnchanged, Levers: []Lever{l}, Horizon: Horizon{Months: 12},
			Ranges: []Range{{Lever: 0, Input: "resolution", Low: dec("0.1"), High: dec("0.2")}}})
		if !errors.Is(err, ErrNotSet) {
			t.Errorf("Estimate(typed nil, range) error = %v, want %v", err, ErrNotSet)
		}
	})
	// Regression (issue 8, defect 9): a self-service lever with no From
	// said `unknown channel: ""`; it is not set, at levers[0].from.
	t.Run("no From", func(t *testing.T) {
		err := estimate(t, SelfServiceDeflection{Reach: dec("0.1"), Resolution: dec("0.5")})
		want := []leverRunnerProblem{{"levers[0].from", "self-service deflection", ErrNotSet}}
		if diff := cmp.Diff(want, leverRunnerProblems(err), leverRunnerCompareErr); diff != "" {
			t.Errorf("Estimate(no From) problems mismatch (-want +got):\n%s", diff)
		}
		if errors.Is(err, ErrUnknownChannel) {
			t.Errorf("Estimate(no From) error = %v, want no unknown channel", err)
		}
	})
	// Regression (issue 8, defect 9): a pointer to a lever works as the
	// lever does. LeverSavings.Lever holds a value copy of it (review of
	// 0bf502b, finding 6; before it, the pointer given): the same result
	// as the value's, Lever included, which a later change through the
	// pointer does not reach.
	t.Run("pointer levers", func(t *testing.T) {
		for _, tc := range leversCases {
			ptr := leverRunnerPointer(tc.lever)
			want := leversEstimate(t, tc.model(), tc.labour, tc.lever)
			got := leversEstimate(t, tc.model(), tc.labour, ptr)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Estimate(&%T) differs from Estimate(%T) (-value +pointer):\n%s", tc.lever, tc.lever, diff)
			}
			reflect.ValueOf(ptr).Elem().FieldByName("Name").SetString("renamed after the estimate")
			if diff := cmp.Diff(tc.lever, got.Levers[0].Lever); diff != "" {
				t.Errorf("Estimate(&%T).Levers[0].Lever is not a copy of the value given (-value +got):\n%s", tc.lever, diff)
			}
		}
	})
}

// leverRunnerPointer returns a pointer to a copy of the lever.
func leverRunnerPointer(l Lever) Lever {
	switch l := l.(type) {
	case SelfServiceDeflection:
		return &l
	case IVRContainment:
		return &l
	case IVRVerification:
		return &l
	case Callback:
		return &l
	case ACDRouting:
		return &l
	case FirstContactResolution:
		return &l
	case HandleTimeReduction:
		return &l
	}
	panic("leverRunnerPointer: unknown lever")
}
