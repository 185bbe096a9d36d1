package contactcost

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func estimate(t *testing.T, m Model, s Scenario) Estimate {
	t.Helper()
	e, err := m.Estimate(s)
	if err != nil {
		t.Fatalf("Estimate() error: %v", err)
	}
	if err := e.Scenario.Verify(); err != nil {
		t.Fatalf("the scenario's report does not verify: %v", err)
	}
	return e
}

func wantSavings(gross, added, net, upper string) Savings {
	return Savings{Gross: dec(gross), Added: dec(added), Net: dec(net), UpperBound: dec(upper)}
}

// TestLeversWorkedByHand applies each lever alone to leverCenter (see
// lever_fixture_test.go). Every figure is worked in the comments.
func TestLeversWorkedByHand(t *testing.T) {
	tests := []struct {
		name  string
		lever Lever
		want  Savings
		after [2]string // cost per assisted contact, per contact (all)
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
		{"self-service deflection", SelfServiceDeflection{From: Voice, Rate: dec("0.10"), ReContactRate: dec("0.20"),
			CostPerContact: dec("0.25"), MinutesPerSession: dec("3"), Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}},
			wantSavings("6016", "750", "5266", "8170.67"), [2]string{"10.42", "9.73"}},
		// Containment 20%, 30% calling back: 2000 contained, 1400 truly:
		// voice 8600 calls, 51600 handle, 17200 queue minutes; IVR 2000
		// calls × 2 min × 0.05 = 200. Wages 120000·91600/100000 = 109920,
		// carrier 1032, toll 1720, platform 30000: total 142872, net 10328.
		// Upper bound 1400 × 10.21333 = 14298.67.
		{"IVR containment", IVRContainment{Rate: dec("0.20"), CallbackRate: dec("0.30"), IVRMinutes: dec("2"), CostPerMinute: dec("0.05")},
			wantSavings("10528", "200", "10328", "14298.67"), [2]string{"10.51", "9.16"}},
		// Verification saves 30 s on 9800 calls and filtering 200 silent
		// calls saves their 30 s: 60000 − 10000·30/60 = 55000 minutes; queue
		// 20000·0.98 = 19600. IVR 10000 × 0.5 × 0.05 = 250. Wages 114000,
		// carrier 1100, toll 1960: total 147310, net 5890. Upper bound: 200
		// calls × 10.21333 + (6·9800 − 55000) = 3800 minutes × 1.532 =
		// 2042.67 + 5821.60 = 7864.27.
		{"IVR verification", IVRVerification{SecondsSaved: dec("30"), IVRMinutes: dec("0.5"), CostPerMinute: dec("0.05"),
			FilterRate: dec("0.02"), WastedSeconds: dec("30")},
			wantSavings("6140", "250", "5890", "7864.27"), [2]string{"9.95", "9.95"}},
		// Callback: 1500 accept, 3000 queue minutes avoided (17000 left);
		// repeats 10000·(0.08 − 0.05)·0.5 = 150 → 9850 calls; queue
		// 17000·0.985 = 16745, handle 60000·0.985 + 1500·30/60 = 59850;
		// outbound 1500·4·0.01 = 60. Wages 120000·99850/100000 = 119820,
		// carrier 1197, toll 2000·16745/20000 = 1674.50: total 152751.50,
		// net 448.50. Upper bound 150 × 10.21333 − 750 minutes × 1.532 =
		// 1532 − 1149 = 383.
		{"callback", Callback{AcceptRate: dec("0.15"), WaitAvoided: dec("2"), OutboundMinutes: dec("4"), OutboundRate: dec("0.01"),
			OverheadSeconds: dec("30"), AbandonBefore: dec("0.08"), AbandonAfter: dec("0.05"), RedialRate: dec("0.5")},
			wantSavings("508.5", "60", "448.5", "383"), [2]string{"10.29", "10.29"}},
		// Routing: 600 transfers avoided × 65 s + 10000 × 6 s = 99000 s =
		// 1650 minutes: 58350 left. Wages 118020, carrier 1167: total
		// 151187, net 2013. Upper bound 1650 × 1.532 = 2527.80.
		{"ACD routing", ACDRouting{TransferRateBefore: dec("0.10"), TransferRateAfter: dec("0.04"), WastedSeconds: dec("65"),
			AHTReductionSeconds: dec("6")},
			wantSavings("2013", "0", "2013", "2527.8"), [2]string{"10.08", "10.08"}},
		// FCR 70% → 80%: 10000·0.7/0.8 = 8750 calls, 52500 handle, 17500
		// queue minutes. Wages 111000, carrier 1050, toll 1750: total
		// 143800, net 9400. Upper bound 1250 × 10.21333 = 12766.67.
		{"first-contact resolution", FirstContactResolution{Before: dec("0.70"), After: dec("0.80")},
			wantSavings("9400", "0", "9400", "12766.67"), [2]string{"10.46", "10.46"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := estimate(t, leverCenter(), Scenario{Levers: []Lever{tt.lever}})
			if diff := cmp.Diff(tt.want, e.Savings); diff != "" {
				t.Errorf("Savings mismatch (-want +got):\n%s", diff)
			}
			// Alone and in a one-lever scenario are the same thing.
			if diff := cmp.Diff(e.Savings, e.Levers[0].Alone); diff != "" {
				t.Errorf("Alone differs from the scenario (-scenario +alone):\n%s", diff)
			}
			got := [2]string{e.After.CostPerAssistedContact.StringFixed(2), e.After.CostPerContact.StringFixed(2)}
			if got != tt.after {
				t.Errorf("after: CPC %v, want %v", got, tt.after)
			}
			if e.Before.CostPerAssistedContact.StringFixed(2) != "10.21" || !e.Before.Total.Equal(dec("153200")) {
				t.Errorf("before = %+v", e.Before)
			}
			if !e.Baseline.Total.Total.Sub(e.Scenario.Total.Total).Equal(e.Savings.Net) {
				t.Error("net savings are not baseline − scenario")
			}
		})
	}
}

func TestDeflectionDetails(t *testing.T) {
	l := SelfServiceDeflection{From: Voice, Rate: dec("0.10"), ReContactRate: dec("0.20"), CostPerContact: dec("0.25"),
		MinutesPerSession: dec("3"), Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}}
	e := estimate(t, leverCenter(), Scenario{Levers: []Lever{l}, HorizonMonths: 12})
	le := e.Levers[0]
	// Break-even: the exact net is linear in the rate s: at s = 0 only the
	// subscription is paid (net −500); at s = 1, 10000 sessions and 8000
	// calls fewer leave voice 2000 calls, 12000 handle and 4000 queue
	// minutes: wages 62400, carrier 240, toll 400, platform 30000, sessions
	// 2500, subscription 500 = 96040, net 57160. So net(s) = −500 + 57660·s
	// and s* = 500/57660 = 25/2883 (0.87%).
	if !le.BreakEven.Equal(ratio("25", "2883")) {
		t.Errorf("BreakEven = %v, want 25/2883", le.BreakEven)
	}
	// Volumes before and after, and the channel the lever created.
	if len(le.Changes) != 2 || le.Changes[0].After.Contacts.String() != "9200" || le.Changes[0].After.QueueMinutes.String() != "18400" ||
		le.Changes[1].After.Channel != SelfService || le.Changes[1].After.Contacts.String() != "1000" ||
		le.Changes[1].After.HandleMinutes.String() != "3000" || !le.Changes[1].Before.Contacts.IsZero() {
		t.Errorf("Changes = %+v", le.Changes)
	}
	wantInputs := []Input{{"rate", "0.1"}, {"re_contact_rate", "0.2"}, {"cost_per_contact", "0.25"}, {"minutes_per_session", "3"},
		{"investment.one_time", "12000"}, {"investment.recurring", "500"}}
	if diff := cmp.Diff(wantInputs, le.Inputs); diff != "" {
		t.Errorf("Inputs mismatch (-want +got):\n%s", diff)
	}
	if le.Formula[0] != "deflected = 10000 voice contacts × 0.1 = 1000" {
		t.Errorf("Formula[0] = %q", le.Formula[0])
	}
	// Returns, one month per period: monthly net 5266; payback 12000/5266 =
	// 6000/2633 months, the 3rd month; over 12 months 63192: ROI
	// (63192 − 12000)/12000 = 4.266; NPV at 0% 51192.
	r := e.Returns
	if !r.MonthlyNet.Equal(ratio("5266", "1")) || !r.PaybackMonths.Equal(ratio("6000", "2633")) || r.PaybackMonth != 3 ||
		!r.ROI.Equal(ratio("4.266", "1")) || !r.NPV.Equal(ratio("51192", "1")) || !r.OneTime.Equal(dec("12000")) {
		t.Errorf("Returns = %+v", r)
	}
	// The incremental form: from 20% of demand self-served to 28%, the
	// share of voice deflected is (0.28 − 0.2)/(1 − 0.2) = 0.1, as above.
	inc := l
	inc.Rate, inc.CurrentRate, inc.TargetRate = decimal.Decimal{}, dec("0.2"), dec("0.28")
	e2 := estimate(t, leverCenter(), Scenario{Levers: []Lever{inc}})
	if !e2.Savings.Net.Equal(dec("5266")) {
		t.Errorf("incremental form: net %v, want 5266", e2.Savings.Net)
	}
	// Its break-even is a target rate: 0.2 + (25/2883)·0.8 = 0.2 + 20/2883.
	want := new(big.Rat).Add(big.NewRat(1, 5), big.NewRat(20, 2883))
	if !e2.Levers[0].BreakEven.Equal(Ratio{want}) {
		t.Errorf("incremental BreakEven = %v, want %v", e2.Levers[0].BreakEven, Ratio{want})
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
	levers := []Lever{
		SelfServiceDeflection{From: Voice, Rate: dec("0.10"), ReContactRate: dec("0.20"), CostPerContact: dec("0.25"),
			MinutesPerSession: dec("3"), Investment: Investment{OneTime: dec("12000"), Recurring: dec("500")}},
		IVRContainment{Rate: dec("0.20"), CallbackRate: dec("0.30"), IVRMinutes: dec("2"), CostPerMinute: dec("0.05"),
			Investment: Investment{OneTime: dec("20000")}},
		IVRVerification{SecondsSaved: dec("30"), FilterRate: dec("0.02"), WastedSeconds: dec("30")},
		ACDRouting{TransferRateBefore: dec("0.10"), TransferRateAfter: dec("0.04"), WastedSeconds: dec("65")},
		FirstContactResolution{Before: dec("0.70"), After: dec("0.75")},
	}
	e := estimate(t, leverCenter(), Scenario{Levers: levers, HorizonMonths: 24, DiscountRate: dec("0.12"), RampMonths: 3})
	if got := e.Levers[1].Increment.Net.String(); got != "9501.76" {
		t.Errorf("containment increment = %s, want 9501.76", got)
	}
	if got := e.Levers[1].After.Total.String(); got != "138432.24" {
		t.Errorf("total after containment = %s, want 138432.24", got)
	}
	if got := e.Levers[1].Alone.Net.String(); got != "10328" {
		t.Errorf("containment alone = %s, want 10328", got)
	}
	// The increments add up exactly to the scenario's savings.
	var sum Savings
	for _, l := range e.Levers {
		sum.Gross = sum.Gross.Add(l.Increment.Gross)
		sum.Added = sum.Added.Add(l.Increment.Added)
		sum.Net = sum.Net.Add(l.Increment.Net)
		sum.UpperBound = sum.UpperBound.Add(l.Increment.UpperBound)
	}
	if diff := cmp.Diff(e.Savings, sum); diff != "" {
		t.Errorf("increments do not add up (-scenario +sum):\n%s", diff)
	}
	if !e.Baseline.Total.Total.Sub(e.Scenario.Total.Total).Equal(e.Savings.Net) {
		t.Errorf("net %v is not baseline − scenario", e.Savings.Net)
	}
	if !e.Levers[len(levers)-1].After.Total.Equal(e.Scenario.Total.Total) {
		t.Error("the last lever's outcome is not the scenario's")
	}
	// One-time investments add up: 32000. Returns with a 3-month ramp:
	// monthly net M; months 1-3 save M/3, 2M/3, M.
	if !e.Returns.OneTime.Equal(dec("32000")) {
		t.Errorf("one-time = %v", e.Returns.OneTime)
	}
	m := e.Savings.Net.Rat()
	total, npv, cum := new(big.Rat), new(big.Rat).SetInt64(-32000), new(big.Rat)
	factor, disc := big.NewRat(101, 100), big.NewRat(1, 1) // 12%/12 = 1% a month
	payback := 0
	for month := 1; month <= 24; month++ {
		share := big.NewRat(1, 1)
		if month < 3 {
			share = big.NewRat(int64(month), 3)
		}
		save := new(big.Rat).Mul(m, share)
		total.Add(total, save)
		cum.Add(cum, save)
		if payback == 0 && cum.Cmp(big.NewRat(32000, 1)) >= 0 {
			payback = month
		}
		disc.Mul(disc, factor)
		npv.Add(npv, new(big.Rat).Quo(save, disc))
	}
	roi := new(big.Rat).Sub(total, big.NewRat(32000, 1))
	roi.Quo(roi, big.NewRat(32000, 1))
	if !e.Returns.NPV.Equal(Ratio{npv}) || !e.Returns.ROI.Equal(Ratio{roi}) || e.Returns.PaybackMonth != payback {
		t.Errorf("returns = %+v, want NPV %v ROI %v payback month %d", e.Returns, Ratio{npv}, Ratio{roi}, payback)
	}
}

func TestScenarioOrderMatters(t *testing.T) {
	defl := SelfServiceDeflection{From: Voice, Rate: dec("0.10")}
	fcr := FirstContactResolution{Before: dec("0.70"), After: dec("0.80")}
	a := estimate(t, leverCenter(), Scenario{Levers: []Lever{defl, fcr}})
	b := estimate(t, leverCenter(), Scenario{Levers: []Lever{fcr, defl}})
	// Both orders end at the same volumes here (each scales voice by a
	// factor), so the same total; but the increments split it differently.
	if !a.Savings.Net.Equal(b.Savings.Net) {
		t.Errorf("totals differ: %v and %v", a.Savings.Net, b.Savings.Net)
	}
	if a.Levers[0].Increment.Net.Equal(b.Levers[1].Increment.Net) {
		t.Error("the deflection's increment does not depend on what came before it")
	}
}

func TestStaffing(t *testing.T) {
	m := leverCenter()
	m.Costs = append(m.Costs, Cost{Name: "Seats", Category: SoftwareLicences, Amount: dec("5000"), Behavior: Variable, Driver: FTE, Channel: Voice})
	m.Volumes[0].FTE = dec("50")
	l := SelfServiceDeflection{From: Voice, Rate: dec("0.10"), ReContactRate: dec("0.20")}
	// Voice handle minutes fall by 8% (60000 → 55200): FTE 50 → 46 when
	// staffing follows workload, so the seats save 400; nothing otherwise.
	kept := estimate(t, m, Scenario{Levers: []Lever{l}})
	follows := estimate(t, m, Scenario{Levers: []Lever{l}, Staffing: StaffingFollowsWorkload})
	if d := follows.Savings.Net.Sub(kept.Savings.Net); !d.Equal(dec("400")) {
		t.Errorf("staffing difference = %v, want 400", d)
	}
	if got := follows.Levers[0].Changes[0].After.FTE.String(); got != "46" {
		t.Errorf("FTE after = %s", got)
	}
}

func TestFullDeflection(t *testing.T) {
	// Deflecting every chat leaves chat with nothing: its CPC is undefined,
	// its wages fall to zero with its minutes, and the fixed platform, by
	// contacts, goes to voice.
	e := estimate(t, leverCenter(), Scenario{Levers: []Lever{SelfServiceDeflection{From: Chat, Rate: dec("1")}}})
	chat := e.Scenario.Channels[1]
	if !chat.Contacts.IsZero() || chat.ExactCostPerContact.IsDefined() || !chat.Total.IsZero() {
		t.Errorf("chat after = %+v", chat)
	}
	if got := e.Scenario.Channels[0].Shared.String(); got != "102000" { // 72000 wages + 30000 platform
		t.Errorf("voice shared = %s, want 102000", got)
	}
}

func TestLeverErrors(t *testing.T) {
	tests := []struct {
		name  string
		lever Lever
		s     Scenario
		want  error
		text  string
	}{
		{"rate above 1", IVRContainment{Rate: dec("1.2")}, Scenario{}, ErrOutOfRange,
			`levers[0] "IVR containment": rate: out of range: 1.2 (want 0 to 1)`},
		{"negative price", IVRContainment{Rate: dec("0.1"), CostPerMinute: dec("-1")}, Scenario{}, ErrNegative, "cost_per_minute: negative"},
		{"unknown channel", ACDRouting{Channel: "fax"}, Scenario{}, ErrUnknownChannel, `channel: unknown channel: "fax"`},
		{"from an automated channel", func() Lever {
			return SelfServiceDeflection{From: Voice, To: Chat, Rate: dec("0.1")}
		}(), Scenario{}, ErrInvalid, `"chat" is agent-assisted`},
		{"seconds beyond AHT", IVRVerification{SecondsSaved: dec("400")}, Scenario{}, ErrOutOfRange,
			`seconds_saved: out of range: 400 seconds exceeds the average handle time of "voice", 360 seconds`},
		{"more transfers after", ACDRouting{TransferRateBefore: dec("0.10"), TransferRateAfter: dec("0.12")}, Scenario{}, ErrWorse,
			"transfer_rate_after: worse after than before: 0.12 is higher than transfer_rate_before 0.1"},
		{"lower FCR after", FirstContactResolution{Before: dec("0.8"), After: dec("0.7")}, Scenario{}, ErrWorse, "is lower than before 0.8"},
		{"FCR zero", FirstContactResolution{Before: dec("0"), After: dec("0.7")}, Scenario{}, ErrOutOfRange, "before: out of range"},
		{"more abandons after", Callback{AbandonBefore: dec("0.05"), AbandonAfter: dec("0.08")}, Scenario{}, ErrWorse, "abandon_after"},
		{"target below current", SelfServiceDeflection{From: Voice, CurrentRate: dec("0.3"), TargetRate: dec("0.2")}, Scenario{}, ErrWorse, "target_rate"},
		{"rate and target", SelfServiceDeflection{From: Voice, Rate: dec("0.1"), TargetRate: dec("0.2")}, Scenario{}, ErrConflict, "not both"},
		{"toll priced twice", Callback{AcceptRate: dec("0.1"), TollRate: dec("0.1")}, Scenario{}, ErrConflict,
			`the model already prices queue_minutes of "voice" with variable cost line costs[2] "Toll-free"`},
		{"queue exceeded", Callback{AcceptRate: dec("1"), WaitAvoided: dec("3")}, Scenario{}, ErrOutOfRange, "more than the 20000"},
		{"discount rate", FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}, Scenario{DiscountRate: dec("-1")}, ErrOutOfRange,
			"discount_rate: out of range: -1"},
		{"horizon", FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}, Scenario{HorizonMonths: 1201}, ErrOutOfRange, "horizon_months"},
		{"ramp", FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}, Scenario{RampMonths: -1}, ErrOutOfRange, "ramp_months"},
		{"staffing", FirstContactResolution{Before: dec("0.7"), After: dec("0.8")}, Scenario{Staffing: 7}, ErrInvalid, "staffing"},
		{"nil lever", nil, Scenario{}, ErrNotSet, "levers[0]: lever: not set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.s
			s.Levers = []Lever{tt.lever}
			_, err := leverCenter().Estimate(s)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("Estimate() error = %v, want %v containing %q", err, tt.want, tt.text)
			}
		})
	}
	if _, err := leverCenter().Estimate(Scenario{}); !errors.Is(err, ErrNotSet) {
		t.Errorf("no levers: %v", err)
	}
	bad := leverCenter()
	bad.Scope = 0
	if _, err := bad.Estimate(Scenario{Levers: []Lever{ACDRouting{}}}); !errors.Is(err, ErrNotSet) {
		t.Errorf("invalid model: %v", err)
	}
	// A self-service price where the model prices self-service contacts.
	m := leverCenter()
	m.Volumes = append(m.Volumes, Volume{Channel: SelfService, Contacts: dec("100")})
	m.Costs = append(m.Costs, Cost{Name: "Portal per session", Category: Technology, UnitPrice: dec("0.1"),
		Behavior: Variable, Driver: Contacts, Channel: SelfService})
	_, err := m.Estimate(Scenario{Levers: []Lever{SelfServiceDeflection{From: Voice, Rate: dec("0.1"), CostPerContact: dec("0.2")}}})
	if !errors.Is(err, ErrConflict) {
		t.Errorf("self-service priced twice: %v", err)
	}
	// A lever reports every problem with its inputs at once, like Validate.
	_, err = leverCenter().Estimate(Scenario{Levers: []Lever{
		Callback{AcceptRate: dec("1.5"), OutboundRate: dec("-0.01"), AbandonBefore: dec("0.05"), AbandonAfter: dec("0.08")},
	}})
	for _, want := range []error{ErrOutOfRange, ErrNegative, ErrWorse} {
		if !errors.Is(err, want) {
			t.Errorf("three bad inputs: %v, want it to match %v", err, want)
		}
	}
	if err != nil {
		if n := strings.Count(err.Error(), `levers[0] "callback"`); n != 3 {
			t.Errorf("three bad inputs: %d problems reported, want 3:\n%v", n, err)
		}
	}
	// A refused value is not compared with others: an out-of-range rate
	// before must not also make the rate after "worse".
	for _, l := range []Lever{
		Callback{AbandonBefore: dec("1.5"), AbandonAfter: dec("0.03")},
		ACDRouting{TransferRateBefore: dec("-0.1"), TransferRateAfter: dec("0.05")},
		SelfServiceDeflection{From: Chat, CurrentRate: dec("0.2"), TargetRate: dec("2")},
		FirstContactResolution{Before: dec("7"), After: dec("0.8")},
	} {
		_, err := leverCenter().Estimate(Scenario{Levers: []Lever{l}})
		if !errors.Is(err, ErrOutOfRange) || errors.Is(err, ErrWorse) || strings.Count(err.Error(), "\n") != 0 {
			t.Errorf("%T with one refused rate: %v, want that one ErrOutOfRange only", l, err)
		}
	}
}

// TestEstimateConcurrent runs estimates of one model and one scenario from
// several goroutines; under -race it pins that neither is written to.
func TestEstimateConcurrent(t *testing.T) {
	m := leverCenter()
	s := Scenario{Levers: []Lever{
		SelfServiceDeflection{From: Voice, Rate: dec("0.1")},
		Callback{AcceptRate: dec("0.1"), WaitAvoided: dec("1")},
	}, HorizonMonths: 12}
	first, err := m.Estimate(s)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan Savings, 8)
	for range 8 {
		go func() {
			e, err := m.Estimate(s)
			if err != nil {
				t.Error(err)
			}
			done <- e.Savings
		}()
	}
	for range 8 {
		if got := <-done; !cmp.Equal(got, first.Savings) {
			t.Errorf("concurrent estimate = %+v, want %+v", got, first.Savings)
		}
	}
}

// TestScenarioReportJSON: a scenario's report, with a lever's credit line
// (toll minutes a callback avoids, priced by the lever), round-trips
// through JSON and verifies.
func TestScenarioReportJSON(t *testing.T) {
	m := leverCenter()
	m.Costs = m.Costs[:2] // no toll-free line: the lever prices queue minutes
	e := estimate(t, m, Scenario{Levers: []Lever{Callback{AcceptRate: dec("0.1"), WaitAvoided: dec("2"), TollRate: dec("0.1")}}})
	last := e.Scenario.Lines[len(e.Scenario.Lines)-1]
	// 1000 callbacks × 2 minutes × 0.10 = 200 avoided: a credit.
	if last.Name != "callback: toll minutes avoided" || !last.Amount.Equal(dec("-200")) {
		t.Fatalf("credit line = %+v", last)
	}
	b, err := e.Scenario.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(e.Scenario, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
