package contactcost

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// leversAmounts builds the Amounts a test expects.
func leversAmounts(gross, added, net, upper string) Amounts {
	return Amounts{Gross: dec(gross), Added: dec(added), Net: dec(net), UpperBound: dec(upper)}
}

// leversVoice is the voice channel's volume as a scenario reports it.
func leversVoice(contacts, handle, queue string) Volume {
	return Volume{Channel: ChannelVoice, Handling: HandlingAssisted, Contacts: dec(contacts), HandleMinutes: dec(handle),
		QueueMinutes: dec(queue)}
}

// leversVoiceBefore is leverCenter's voice volume.
var leversVoiceBefore = leversVoice("10000", "60000", "20000")

// leversNoInvestment are the inputs a lever without an investment records.
var leversNoInvestment = []Input{{"investment.one_time", "0"}, {"investment.recurring", "0"}}

func leversInputs(in ...Input) []Input { return append(in, leversNoInvestment...) }

// TestLeversWorkedByHand applies each lever alone to leverCenter (see
// helpers_test.go): its savings, the center after it, its inputs as used,
// its formula, the volumes it changed and its break-even. Every figure is
// worked in the comments.
func TestLeversWorkedByHand(t *testing.T) {
	tests := []struct {
		name      string
		lever     Lever
		want      Amounts
		after     [2]string // cost per assisted contact, per contact (all)
		inputs    []Input
		formula   []string
		changes   []VolumeChange
		breakEven Ratio
	}{
		// Deflection of 10% of voice, 20% coming back: 1000 sessions, 800
		// calls fewer: voice 9200 calls, 55200 handle and 18400 queue
		// minutes. Wages 120000·(55200 + 40000)/100000 = 114240; carrier
		// 0.02·55200 = 1104; toll 2000·18400/20000 = 1840; platform 30000;
		// sessions 1000·0.25 = 250; subscription 500. Total 147934: net
		// 153200 − 147934 = 5266, added 750, gross 6016. Upper bound: 800
		// calls × 153200/15000 = 8170.67. Assisted CPC 147934/14200 = 10.42
		// (up from 10.21: the contacts left are the costly ones), all
		// contacts 147934/15200 = 9.73.
		//
		// Break-even: the exact net is linear in the rate s: at s = 0 only
		// the subscription is paid (net −500); at s = 1, 10000 sessions and
		// 8000 calls fewer leave voice 2000 calls, 12000 handle and 4000
		// queue minutes: wages 62400, carrier 240, toll 400, platform 30000,
		// sessions 2500, subscription 500 = 96040, net 57160. So net(s) =
		// −500 + 57660·s and s* = 500/57660 = 25/2883 (0.87%).
		{"self-service deflection", SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.10"), ReContactRate: dec("0.20"),
			CostPerContact: dec("0.25"), MinutesPerSession: dec("3"), Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}},
			leversAmounts("6016", "750", "5266", "8170.67"), [2]string{"10.42", "9.73"},
			[]Input{{"rate", "0.1"}, {"re_contact_rate", "0.2"}, {"cost_per_contact", "0.25"}, {"minutes_per_session", "3"},
				{"investment.one_time", "12000"}, {"investment.recurring", "500"}},
			[]string{
				"deflected = 10000 voice contacts × 0.1 = 1000",
				"coming back = 1000 × 0.2 = 200",
				"voice contacts: 10000 − (1000 − 200) = 9200",
				"self-service sessions: + 1000, minutes + 1000 × 3 = 3000",
				"self-service cost: 1000 × 0.25 = 250",
			},
			[]VolumeChange{
				{Before: leversVoiceBefore, After: leversVoice("9200", "55200", "18400")},
				{After: Volume{Channel: ChannelSelfService, Handling: HandlingAutomated, Contacts: dec("1000"), HandleMinutes: dec("3000")}},
			},
			ratio("25", "2883")},
		// Containment 20%, 30% calling back: 2000 contained, 1400 truly:
		// voice 8600 calls, 51600 handle, 17200 queue minutes; IVR 2000
		// calls × 2 min × 0.05 = 200. Wages 120000·91600/100000 = 109920,
		// carrier 1032, toll 1720, platform 30000: total 142872, net 10328.
		// Upper bound 1400 × 10.21333 = 14298.67. CPC 142872/13600 = 10.51
		// assisted, 142872/15600 = 9.16 all.
		//
		// Break-even: at rate 0 nothing changes (net 0); at rate 1, 10000
		// contained, 3000 calling back: voice 3000 calls, 18000 handle,
		// 6000 queue minutes: wages 69600, carrier 360, toll 600, platform
		// 30000, IVR 10000·2·0.05 = 1000: total 101560, net 51640. net(s) =
		// 51640·s, zero at s = 0.
		{"IVR containment", IVRContainment{Rate: dec("0.20"), CallbackRate: dec("0.30"), IVRMinutes: dec("2"), CostPerMinute: dec("0.05")},
			leversAmounts("10528", "200", "10328", "14298.67"), [2]string{"10.51", "9.16"},
			leversInputs(Input{"rate", "0.2"}, Input{"callback_rate", "0.3"}, Input{"ivr_minutes", "2"}, Input{"cost_per_minute", "0.05"}),
			[]string{
				"contained = 10000 calls × 0.2 = 2000",
				"calling back = 2000 × 0.3 = 600; true containment 1400",
				"voice calls: 10000 − 1400 = 8600",
				"ivr calls + 2000, minutes + 2000 × 2 = 4000",
				"IVR cost: 4000 min × 0.05 = 200",
			},
			[]VolumeChange{
				{Before: leversVoiceBefore, After: leversVoice("8600", "51600", "17200")},
				{After: Volume{Channel: ChannelIVR, Handling: HandlingAutomated, Contacts: dec("2000"), HandleMinutes: dec("4000")}},
			},
			ratio("0", "1")},
		// Verification saves 30 s on 9800 calls and filtering 200 silent
		// calls saves their 30 s: 60000 − 10000·30/60 = 55000 minutes; queue
		// 20000·0.98 = 19600. IVR 10000 × 0.5 × 0.05 = 250. Wages 114000,
		// carrier 1100, toll 1960: total 147310, net 5890. Upper bound: 200
		// calls × 10.21333 + (6·9800 − 55000) = 3800 minutes × 1.532 =
		// 2042.67 + 5821.60 = 7864.27. CPC 147310/14800 = 9.95. No rate:
		// no break-even.
		{"IVR verification", IVRVerification{SecondsSaved: dec("30"), IVRMinutes: dec("0.5"), CostPerMinute: dec("0.05"),
			FilterRate: dec("0.02"), WastedSeconds: dec("30")},
			leversAmounts("6140", "250", "5890", "7864.27"), [2]string{"9.95", "9.95"},
			leversInputs(Input{"seconds_saved", "30"}, Input{"ivr_minutes", "0.5"}, Input{"cost_per_minute", "0.05"},
				Input{"filter_rate", "0.02"}, Input{"wasted_seconds", "30"}),
			[]string{
				"filtered = 10000 calls × 0.02 = 200",
				"handle minutes: 60000 − (200 × 30 s + 9800 × 30 s) / 60 = 55000",
				"IVR cost: 10000 calls × 0.5 min × 0.05 = 250",
			},
			[]VolumeChange{{Before: leversVoiceBefore, After: leversVoice("9800", "55000", "19600")}},
			Ratio{}},
		// Callback: 1500 accept, 3000 queue minutes avoided (17000 left);
		// repeats 10000·(0.08 − 0.05)·0.5 = 150 → 9850 calls; queue
		// 17000·0.985 = 16745, handle 60000·0.985 + 1500·30/60 = 59850;
		// outbound 1500·4·0.01 = 60. Wages 120000·99850/100000 = 119820,
		// carrier 1197, toll 2000·16745/20000 = 1674.50: total 152751.50,
		// net 448.50. Upper bound 150 × 10.21333 − 750 minutes × 1.532 =
		// 1532 − 1149 = 383. CPC 152751.50/14850 = 10.29.
		{"callback", Callback{AcceptRate: dec("0.15"), WaitAvoided: dec("2"), OutboundMinutes: dec("4"), OutboundRate: dec("0.01"),
			OverheadSeconds: dec("30"), AbandonBefore: dec("0.08"), AbandonAfter: dec("0.05"), RedialRate: dec("0.5")},
			leversAmounts("508.5", "60", "448.5", "383"), [2]string{"10.29", "10.29"},
			leversInputs(Input{"accept_rate", "0.15"}, Input{"wait_avoided", "2"}, Input{"toll_rate", "0"},
				Input{"outbound_minutes", "4"}, Input{"outbound_rate", "0.01"}, Input{"overhead_seconds", "30"},
				Input{"abandon_before", "0.08"}, Input{"abandon_after", "0.05"}, Input{"redial_rate", "0.5"}),
			[]string{
				"callbacks = 10000 calls × 0.15 = 1500",
				"queue minutes − 1500 × 2 = 3000; toll saved 3000 × 0 = 0",
				"repeat calls avoided = 10000 × (0.08 − 0.05) × 0.5 = 150",
				"outbound cost = 1500 × 4 min × 0.01 = 60",
				"handle minutes + 1500 × 30 s / 60 = 750",
			},
			[]VolumeChange{{Before: leversVoiceBefore, After: leversVoice("9850", "59850", "16745")}},
			Ratio{}},
		// Routing: 600 transfers avoided × 65 s + 10000 × 6 s = 99000 s =
		// 1650 minutes: 58350 left. Wages 118020, carrier 1167: total
		// 151187, net 2013. Upper bound 1650 × 1.532 = 2527.80. CPC
		// 151187/15000 = 10.08.
		{"ACD routing", ACDRouting{TransferRateBefore: dec("0.10"), TransferRateAfter: dec("0.04"), WastedSeconds: dec("65"),
			AHTReductionSeconds: dec("6")},
			leversAmounts("2013", "0", "2013", "2527.8"), [2]string{"10.08", "10.08"},
			leversInputs(Input{"transfer_rate_before", "0.1"}, Input{"transfer_rate_after", "0.04"}, Input{"wasted_seconds", "65"},
				Input{"aht_reduction_seconds", "6"}),
			[]string{
				"transfers avoided = 10000 × (0.1 − 0.04) = 600",
				"handle minutes: 60000 − (600 × 65 s + 10000 × 6 s) / 60 = 58350",
			},
			[]VolumeChange{{Before: leversVoiceBefore, After: leversVoice("10000", "58350", "20000")}},
			Ratio{}},
		// FCR 70% → 80%: 10000·0.7/0.8 = 8750 calls, 52500 handle, 17500
		// queue minutes. Wages 111000, carrier 1050, toll 1750: total
		// 143800, net 9400. Upper bound 1250 × 10.21333 = 12766.67. CPC
		// 143800/13750 = 10.46.
		{"first-contact resolution", FirstContactResolution{Before: dec("0.70"), After: dec("0.80")},
			leversAmounts("9400", "0", "9400", "12766.67"), [2]string{"10.46", "10.46"},
			leversInputs(Input{"before", "0.7"}, Input{"after", "0.8"}),
			[]string{
				"contacts: 10000 × 0.7 / 0.8 = 8750",
				"repeat contacts avoided = 1250",
			},
			[]VolumeChange{{Before: leversVoiceBefore, After: leversVoice("8750", "52500", "17500")}},
			Ratio{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{tt.lever}})
			if diff := cmp.Diff(tt.want, s.Total); diff != "" {
				t.Errorf("Estimate(%s).Total mismatch (-want +got):\n%s", tt.name, diff)
			}
			ls := s.Levers[0]
			// Alone, as the one increment, and in a one-lever scenario are
			// the same thing.
			if diff := cmp.Diff(s.Total, ls.Alone); diff != "" {
				t.Errorf("Estimate(%s): Alone differs from Total (-total +alone):\n%s", tt.name, diff)
			}
			if diff := cmp.Diff(s.Total, ls.Increment); diff != "" {
				t.Errorf("Estimate(%s): Increment differs from Total (-total +increment):\n%s", tt.name, diff)
			}
			if ls.Name != tt.name {
				t.Errorf("Estimate(%s).Levers[0].Name = %q, want %q", tt.name, ls.Name, tt.name)
			}
			if !cmp.Equal(ls.Lever, tt.lever) {
				t.Errorf("Estimate(%s).Levers[0].Lever = %+v, want the lever given", tt.name, ls.Lever)
			}
			got := [2]string{ls.After.CostPerAssistedContact.StringFixed(2), ls.After.CostPerContact.StringFixed(2)}
			if got != tt.after {
				t.Errorf("Estimate(%s): CPC after (assisted, all) = %v, want %v", tt.name, got, tt.after)
			}
			if diff := cmp.Diff(tt.inputs, ls.Inputs); diff != "" {
				t.Errorf("Estimate(%s).Levers[0].Inputs mismatch (-want +got):\n%s", tt.name, diff)
			}
			if diff := cmp.Diff(tt.formula, ls.Formula); diff != "" {
				t.Errorf("Estimate(%s).Levers[0].Formula mismatch (-want +got):\n%s", tt.name, diff)
			}
			if diff := cmp.Diff(tt.changes, ls.Changes); diff != "" {
				t.Errorf("Estimate(%s).Levers[0].Changes mismatch (-want +got):\n%s", tt.name, diff)
			}
			if !ls.BreakEven.Equal(tt.breakEven) {
				t.Errorf("Estimate(%s).Levers[0].BreakEven = %v, want %v", tt.name, ls.BreakEven, tt.breakEven)
			}
			if got := s.Before.Center.CostPerContact.StringFixed(2); got != "10.21" || !s.Before.Center.Cost.Equal(dec("153200")) {
				t.Errorf("Estimate(%s).Before: cost %v, CPC %s, want 153200 and 10.21", tt.name, s.Before.Center.Cost, got)
			}
			if !s.Before.Center.Cost.Sub(s.After.Center.Cost).Equal(s.Total.Net) {
				t.Errorf("Estimate(%s): net %v is not Before − After = %v − %v", tt.name, s.Total.Net,
					s.Before.Center.Cost, s.After.Center.Cost)
			}
			if !ls.After.Cost.Equal(s.After.Center.Cost) {
				t.Errorf("Estimate(%s).Levers[0].After.Cost = %v, want the After report's %v", tt.name, ls.After.Cost, s.After.Center.Cost)
			}
		})
	}
}

// TestDeflectionDetails pins the incremental form of a deflection (from a
// current to a target share of demand self-served) against the plain rate
// of TestLeversWorkedByHand.
func TestDeflectionDetails(t *testing.T) {
	// From 20% of demand self-served to 28%, the share of voice deflected
	// is (0.28 − 0.2)/(1 − 0.2) = 0.1, as with Rate 0.1: net 5266.
	l := SelfServiceDeflection{From: ChannelVoice, CurrentRate: dec("0.2"), TargetRate: dec("0.28"), ReContactRate: dec("0.20"),
		CostPerContact: dec("0.25"), MinutesPerSession: dec("3"), Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}}
	s := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{l}})
	if !s.Total.Net.Equal(dec("5266")) {
		t.Errorf("Estimate(current 0.2, target 0.28).Total.Net = %v, want 5266", s.Total.Net)
	}
	ls := s.Levers[0]
	wantInputs := []Input{{"current_rate", "0.2"}, {"target_rate", "0.28"}, {"re_contact_rate", "0.2"}, {"cost_per_contact", "0.25"},
		{"minutes_per_session", "3"}, {"investment.one_time", "12000"}, {"investment.recurring", "500"}}
	if diff := cmp.Diff(wantInputs, ls.Inputs); diff != "" {
		t.Errorf("Estimate(current 0.2, target 0.28).Levers[0].Inputs mismatch (-want +got):\n%s", diff)
	}
	if want := "deflected = 10000 voice contacts × 0.1 = 1000"; len(ls.Formula) == 0 || ls.Formula[0] != want {
		t.Errorf("Estimate(current 0.2, target 0.28).Levers[0].Formula = %q, want it to start %q", ls.Formula, want)
	}
	// The break-even is a target rate: the share 25/2883 of the plain
	// form, as a target: 0.2 + (25/2883)·0.8 = 0.2 + 20/2883.
	want := new(big.Rat).Add(big.NewRat(1, 5), big.NewRat(20, 2883))
	if !ls.BreakEven.Equal(ratioOfRat(want)) {
		t.Errorf("Estimate(current 0.2, target 0.28).Levers[0].BreakEven = %v, want %v", ls.BreakEven, ratioOfRat(want))
	}
}

// TestFullDeflection deflects every chat: chat is left with nothing, its
// CPC is undefined, its wages fall to zero with its minutes, and the fixed
// platform, split by contacts among the assisted channels, goes to voice.
func TestFullDeflection(t *testing.T) {
	s := scenarioEstimate(t, leverCenter(), Scenario{Levers: []Lever{SelfServiceDeflection{From: ChannelChat, Rate: dec("1")}}})
	if len(s.After.Channels) != 3 {
		t.Fatalf("Estimate(full chat deflection).After.Channels = %+v, want voice, chat, self-service", s.After.Channels)
	}
	chat := s.After.Channels[1]
	if chat.Channel != ChannelChat || !chat.Contacts.IsZero() || chat.ExactCostPerContact.IsDefined() || !chat.Cost.IsZero() {
		t.Errorf("Estimate(full chat deflection): chat after = %+v, want no contacts, no cost, undefined CPC", chat)
	}
	// Wages 120000·60000/100000 = 72000, all voice's; platform 30000, all
	// voice's (chat has no contacts left, self-service is automated).
	if got := s.After.Channels[0].Shared.String(); got != "102000" {
		t.Errorf("Estimate(full chat deflection): voice shared = %s, want 102000", got)
	}
	ss := s.After.Channels[2]
	if ss.Channel != ChannelSelfService || !ss.Automated || !ss.Contacts.Equal(dec("5000")) || !ss.Cost.IsZero() {
		t.Errorf("Estimate(full chat deflection): self-service after = %+v, want 5000 contacts, no cost", ss)
	}
	// 153200 − (72000 + 1200 + 2000 + 30000) = 48000.
	if !s.Total.Net.Equal(dec("48000")) {
		t.Errorf("Estimate(full chat deflection).Total.Net = %v, want 48000", s.Total.Net)
	}
}

// leversFieldErrors flattens a joined error into its *FieldErrors.
func leversFieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(e error) {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		var fe *FieldError
		if errors.As(e, &fe) {
			out = append(out, fe)
		}
	}
	if err != nil {
		walk(err)
	}
	return out
}

// TestLeverErrors pins each problem a lever's inputs can have: the
// sentinel, where (levers[i].field with the lever's name) and the detail.
func TestLeverErrors(t *testing.T) {
	tests := []struct {
		name   string
		lever  Lever
		want   error
		path   string
		lname  string
		detail string
	}{
		{"rate above 1", IVRContainment{Rate: dec("1.2")}, ErrOutOfRange, "levers[0].rate", "IVR containment", "1.2 (want 0 to 1)"},
		{"negative price", IVRContainment{Rate: dec("0.1"), CostPerMinute: dec("-1")}, ErrNegative,
			"levers[0].cost_per_minute", "IVR containment", "-1"},
		{"named lever", ACDRouting{Name: "skills routing", TransferRateBefore: dec("2")}, ErrOutOfRange,
			"levers[0].transfer_rate_before", "skills routing", "2 (want 0 to 1)"},
		{"unknown channel", ACDRouting{Channel: "fax"}, ErrUnknownChannel, "levers[0].channel", "ACD routing",
			`"fax" has no volume in the model`},
		{"channel in the wrong case", ACDRouting{Channel: "Chat"}, ErrUnknownChannel, "levers[0].channel", "ACD routing",
			`did you mean "chat"?`},
		{"from an automated channel", SelfServiceDeflection{From: ChannelVoice, To: ChannelChat, Rate: dec("0.1")}, ErrInvalid,
			"levers[0].to", "self-service deflection", `"chat" is agent-assisted`},
		{"seconds beyond AHT", IVRVerification{SecondsSaved: dec("400")}, ErrOutOfRange, "levers[0].seconds_saved", "IVR verification",
			`400 seconds exceeds the average handle time of "voice", 360 seconds`},
		{"more transfers after", ACDRouting{TransferRateBefore: dec("0.10"), TransferRateAfter: dec("0.12")}, ErrWorse,
			"levers[0].transfer_rate_after", "ACD routing", "0.12 is higher than transfer_rate_before 0.1"},
		{"lower FCR after", FirstContactResolution{Before: dec("0.8"), After: dec("0.7")}, ErrWorse,
			"levers[0].after", "first-contact resolution", "0.7 is lower than before 0.8"},
		{"FCR zero", FirstContactResolution{Before: dec("0"), After: dec("0.7")}, ErrOutOfRange,
			"levers[0].before", "first-contact resolution", "want above 0"},
		{"more abandons after", Callback{AbandonBefore: dec("0.05"), AbandonAfter: dec("0.08")}, ErrWorse,
			"levers[0].abandon_after", "callback", "0.08 is higher than abandon_before 0.05"},
		{"target below current", SelfServiceDeflection{From: ChannelVoice, CurrentRate: dec("0.3"), TargetRate: dec("0.2")}, ErrWorse,
			"levers[0].target_rate", "self-service deflection", "0.2 is lower than current_rate 0.3"},
		{"all demand self-served", SelfServiceDeflection{From: ChannelVoice, CurrentRate: dec("1"), TargetRate: dec("1")}, ErrOutOfRange,
			"levers[0].current_rate", "self-service deflection", "all demand is already self-served"},
		{"rate and target", SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.1"), TargetRate: dec("0.2")}, ErrConflict,
			"levers[0].rate", "self-service deflection", "not both"},
		{"toll priced twice", Callback{AcceptRate: dec("0.1"), TollRate: dec("0.1")}, ErrConflict, "levers[0].toll_rate", "callback",
			`the model already prices queue_minutes of "voice" with variable cost line costs[2] ("Toll-free")`},
		{"queue exceeded", Callback{AcceptRate: dec("1"), WaitAvoided: dec("3")}, ErrOutOfRange, "levers[0].wait_avoided", "callback",
			"more than the 20000"},
		{"negative investment", FirstContactResolution{Before: dec("0.7"), After: dec("0.8"), Investment: Investment{OneTime: dec("-1")}},
			ErrNegative, "levers[0].investment.one_time", "first-contact resolution", "-1"},
		{"nil lever", nil, ErrNotSet, "levers[0]", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := leverCenter().Estimate(Scenario{Levers: []Lever{tt.lever}})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Estimate(%s) error = %v, want %v", tt.name, err, tt.want)
			}
			fes := leversFieldErrors(err)
			if len(fes) != 1 {
				t.Fatalf("Estimate(%s) error = %v, want one problem", tt.name, err)
			}
			fe := fes[0]
			if fe.Path != tt.path || fe.Name != tt.lname || !strings.Contains(fe.Detail, tt.detail) {
				t.Errorf("Estimate(%s) error at %q (%q), detail %q; want at %q (%q), detail containing %q",
					tt.name, fe.Path, fe.Name, fe.Detail, tt.path, tt.lname, tt.detail)
			}
		})
	}

	t.Run("no levers", func(t *testing.T) {
		_, err := leverCenter().Estimate(Scenario{})
		var fe *FieldError
		if !errors.Is(err, ErrNotSet) || !errors.As(err, &fe) || fe.Path != "levers" {
			t.Errorf("Estimate(no levers) error = %v, want ErrNotSet at levers", err)
		}
	})
	t.Run("invalid model", func(t *testing.T) {
		bad := leverCenter()
		bad.Scope = 0
		_, err := bad.Estimate(Scenario{Levers: []Lever{ACDRouting{}}})
		var fe *FieldError
		if !errors.Is(err, ErrNotSet) || !errors.As(err, &fe) || fe.Path != "scope" {
			t.Errorf("Estimate(model without scope) error = %v, want ErrNotSet at scope", err)
		}
	})
	t.Run("self-service priced twice", func(t *testing.T) {
		// A self-service price where the model prices self-service contacts.
		m := leverCenter()
		m.Volumes = append(m.Volumes, Volume{Channel: ChannelSelfService, Contacts: dec("100")})
		m.Costs = append(m.Costs, Cost{Name: "Portal per session", Category: CategoryTechnology, UnitPrice: dec("0.1"),
			VariesWith: MeasureContacts, Channel: ChannelSelfService})
		_, err := m.Estimate(Scenario{Levers: []Lever{SelfServiceDeflection{From: ChannelVoice, Rate: dec("0.1"), CostPerContact: dec("0.2")}}})
		fes := leversFieldErrors(err)
		if !errors.Is(err, ErrConflict) || len(fes) != 1 || fes[0].Path != "levers[0].cost_per_contact" ||
			!strings.Contains(fes[0].Detail, `costs[4] ("Portal per session")`) {
			t.Errorf("Estimate(self-service priced twice) error = %v, want ErrConflict at levers[0].cost_per_contact naming costs[4]", err)
		}
	})
	t.Run("every problem at once", func(t *testing.T) {
		// A lever reports every problem with its inputs at once, like
		// Validate.
		_, err := leverCenter().Estimate(Scenario{Levers: []Lever{
			Callback{AcceptRate: dec("1.5"), OutboundRate: dec("-0.01"), AbandonBefore: dec("0.05"), AbandonAfter: dec("0.08")},
		}})
		var got []string
		for _, fe := range leversFieldErrors(err) {
			got = append(got, fe.Path+": "+fe.Err.Error())
		}
		want := []string{
			"levers[0].accept_rate: out of range",
			"levers[0].outbound_rate: negative",
			"levers[0].abandon_after: worse after than before",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Estimate(three bad inputs) problems mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("refused value not compared", func(t *testing.T) {
		// A refused value is not compared with others: an out-of-range rate
		// before must not also make the rate after "worse".
		for _, l := range []Lever{
			Callback{AbandonBefore: dec("1.5"), AbandonAfter: dec("0.03")},
			ACDRouting{TransferRateBefore: dec("-0.1"), TransferRateAfter: dec("0.05")},
			SelfServiceDeflection{From: ChannelChat, CurrentRate: dec("0.2"), TargetRate: dec("2")},
			FirstContactResolution{Before: dec("7"), After: dec("0.8")},
		} {
			_, err := leverCenter().Estimate(Scenario{Levers: []Lever{l}})
			if fes := leversFieldErrors(err); !errors.Is(err, ErrOutOfRange) || errors.Is(err, ErrWorse) || len(fes) != 1 {
				t.Errorf("Estimate(%T with one refused rate) error = %v, want that one ErrOutOfRange only", l, err)
			}
		}
	})
	t.Run("later lever", func(t *testing.T) {
		// The path counts the levers: the second lever's problem is at
		// levers[1].
		_, err := leverCenter().Estimate(Scenario{Levers: []Lever{
			FirstContactResolution{Before: dec("0.7"), After: dec("0.8")},
			IVRContainment{Rate: dec("-0.5")},
		}})
		fes := leversFieldErrors(err)
		if !errors.Is(err, ErrOutOfRange) || len(fes) != 1 || fes[0].Path != "levers[1].rate" {
			t.Errorf("Estimate(second lever bad) error = %v, want ErrOutOfRange at levers[1].rate", err)
		}
	})
	// Messages read with the JSON names and the lever's name.
	_, err := leverCenter().Estimate(Scenario{Levers: []Lever{IVRContainment{Rate: dec("1.2")}}})
	if want := `contactcost: levers[0].rate ("IVR containment"): out of range: 1.2 (want 0 to 1)`; err == nil || err.Error() != want {
		t.Errorf("Estimate(rate 1.2) error = %v, want %s", err, want)
	}
}
