package contactcost

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// leverRunOn starts a lever run on model m (which must be valid) as lever
// 0, named "test lever", under staffing.
func leverRunOn(t *testing.T, m Model, staffing Staffing) *leverRun {
	t.Helper()
	base, err := compileReport(&m)
	if err != nil {
		t.Fatalf("compileReport() error: %v", err)
	}
	return &leverRun{st: newState(base, staffing, nil), at: loc{path: "levers"}.index(0).named("test lever"), name: "test lever"}
}

// leverRunWithIVR is leverCenter with an IVR channel.
func leverRunWithIVR() Model {
	m := leverCenter()
	m.Volumes = append(m.Volumes, Volume{Channel: ChannelIVR, Contacts: dec("4000"), HandleMinutes: dec("8000")})
	return m
}

// leverRunProblem checks that x recorded exactly one problem, wrapping
// want at path, and returns it.
func leverRunProblem(t *testing.T, call string, x *leverRun, want error, path string) *FieldError {
	t.Helper()
	if len(x.errs) != 1 {
		t.Fatalf("%s: problems %v, want one", call, x.errs)
	}
	var fe *FieldError
	if !errors.Is(x.errs[0], want) || !errors.As(x.errs[0], &fe) {
		t.Fatalf("%s: problem %v, want %v", call, x.errs[0], want)
	}
	if fe.Path != path || fe.Name != "test lever" {
		t.Errorf("%s: problem at %q (%q), want at %q (\"test lever\")", call, fe.Path, fe.Name, path)
	}
	return fe
}

func TestLeverRunRate(t *testing.T) {
	ok := []struct{ in, want string }{
		{"0", "0"}, {"1", "1"}, {"0.25", "0.25"}, {"0.100", "0.1"}, {"0.333333333333333333", "0.333333333333333333"},
	}
	for _, tt := range ok {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		got := x.rate("rate", dec(tt.in))
		if got.Cmp(dec(tt.want).Rat()) != 0 || x.failed() {
			t.Errorf("rate(%s) = %v (problems %v), want %s", tt.in, got, x.errs, tt.want)
		}
		if diff := cmp.Diff([]Input{{"rate", tt.want}}, x.inputs); diff != "" {
			t.Errorf("rate(%s): inputs mismatch (-want +got):\n%s", tt.in, diff)
		}
		if !x.accepted("rate") {
			t.Errorf("rate(%s): accepted(rate) = false, want true", tt.in)
		}
	}
	bad := []struct {
		in     string
		want   error
		detail string
	}{
		{"-0.1", ErrOutOfRange, "-0.1 (want 0 to 1)"},
		{"1.0001", ErrOutOfRange, "1.0001 (want 0 to 1)"},
		{"1e50", ErrTooLarge, "is outside the bounds"},
	}
	for _, tt := range bad {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		got := x.rate("rate", dec(tt.in))
		fe := leverRunProblem(t, "rate("+tt.in+")", x, tt.want, "levers[0].rate")
		if !strings.Contains(fe.Detail, tt.detail) {
			t.Errorf("rate(%s): detail %q, want it to contain %q", tt.in, fe.Detail, tt.detail)
		}
		if got.Sign() != 0 || len(x.inputs) != 0 || x.accepted("rate") || !x.failed() {
			t.Errorf("rate(%s) = %v, inputs %v, accepted %v: want 0, no input, refused", tt.in, got, x.inputs, x.accepted("rate"))
		}
	}
}

func TestLeverRunAmount(t *testing.T) {
	for _, in := range []string{"0", "12.5", "1000000"} {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		if got := x.amount("seconds", dec(in)); got.Cmp(dec(in).Rat()) != 0 || x.failed() {
			t.Errorf("amount(%s) = %v (problems %v), want %s", in, got, x.errs, in)
		}
	}
	bad := []struct {
		in   string
		want error
	}{
		{"-0.01", ErrNegative},
		{"1e50", ErrTooLarge},
	}
	for _, tt := range bad {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		got := x.amount("seconds", dec(tt.in))
		leverRunProblem(t, "amount("+tt.in+")", x, tt.want, "levers[0].seconds")
		if got.Sign() != 0 || len(x.inputs) != 0 || x.accepted("seconds") {
			t.Errorf("amount(%s) = %v, inputs %v: want 0, no input, refused", tt.in, got, x.inputs)
		}
	}
}

func TestLeverRunNotWorse(t *testing.T) {
	r := func(s string) *big.Rat { return dec(s).Rat() }
	tests := []struct {
		name          string
		after, before string
		higherBetter  bool
		detail        string // "" when not worse
	}{
		{"lower is better, lower", "0.04", "0.1", false, ""},
		{"lower is better, equal", "0.1", "0.1", false, ""},
		{"lower is better, higher", "0.12", "0.1", false, "0.12 is higher than before 0.1"},
		{"higher is better, higher", "0.8", "0.7", true, ""},
		{"higher is better, equal", "0.7", "0.7", true, ""},
		{"higher is better, lower", "0.6", "0.7", true, "0.6 is lower than before 0.7"},
	}
	for _, tt := range tests {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		x.notWorse("after", r(tt.after), "before", r(tt.before), tt.higherBetter)
		if tt.detail == "" {
			if x.failed() {
				t.Errorf("notWorse(%s): problems %v, want none", tt.name, x.errs)
			}
			continue
		}
		fe := leverRunProblem(t, "notWorse("+tt.name+")", x, ErrWorse, "levers[0].after")
		if fe.Detail != tt.detail {
			t.Errorf("notWorse(%s): detail %q, want %q", tt.name, fe.Detail, tt.detail)
		}
	}
	// A refused field is not compared: its value (read as 0) makes up no
	// further problem.
	for _, refused := range []string{"after", "before"} {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		x.refuse(refused, errors.New("refused"))
		x.notWorse("after", r("0.9"), "before", r("0.1"), false)
		if len(x.errs) != 1 {
			t.Errorf("notWorse with %s refused: problems %v, want only the refusal", refused, x.errs)
		}
	}
}

func TestLeverRunWithinAHT(t *testing.T) {
	// Voice: 60000 handle minutes over 10000 calls = 360 seconds each.
	x := leverRunOn(t, leverCenter(), StaffingUnchanged)
	voice := x.assisted("channel", ChannelVoice, "")
	x.withinAHT("seconds_saved", big.NewRat(360, 1), voice)
	if x.failed() {
		t.Errorf("withinAHT(360 s, voice): problems %v, want none", x.errs)
	}
	x.withinAHT("seconds_saved", big.NewRat(3601, 10), voice)
	fe := leverRunProblem(t, "withinAHT(360.1 s, voice)", x, ErrOutOfRange, "levers[0].seconds_saved")
	if want := `360.1 seconds exceeds the average handle time of "voice", 360 seconds`; fe.Detail != want {
		t.Errorf("withinAHT(360.1 s, voice): detail %q, want %q", fe.Detail, want)
	}

	// Skipped for a refused field and for a channel without contacts.
	x = leverRunOn(t, leverCenter(), StaffingUnchanged)
	x.refuse("seconds_saved", errors.New("refused"))
	x.withinAHT("seconds_saved", big.NewRat(1000, 1), x.assisted("channel", ChannelVoice, ""))
	if len(x.errs) != 1 {
		t.Errorf("withinAHT(refused field): problems %v, want only the refusal", x.errs)
	}
	x = leverRunOn(t, leverCenter(), StaffingUnchanged)
	x.withinAHT("seconds_saved", big.NewRat(1000, 1), channelRef{j: -1, name: "fax", vol: emptyVol()})
	if x.failed() {
		t.Errorf("withinAHT(channel without contacts): problems %v, want none", x.errs)
	}
}

func TestLeverRunAccepted(t *testing.T) {
	x := leverRunOn(t, leverCenter(), StaffingUnchanged)
	if x.failed() || !x.accepted("a", "b") || !x.accepted() {
		t.Fatalf("a new run: failed %v, accepted(a, b) %v, want no problem and every field accepted", x.failed(), x.accepted("a", "b"))
	}
	x.fail(errors.New("a problem that refuses no field"))
	if !x.failed() || !x.accepted("a", "b") {
		t.Errorf("after fail: failed %v, accepted(a, b) %v, want failed and fields accepted", x.failed(), x.accepted("a", "b"))
	}
	x.refuse("b", errors.New("b refused"))
	if x.accepted("b") || x.accepted("a", "b") || !x.accepted("a") || len(x.errs) != 2 {
		t.Errorf("after refuse(b): accepted(b) %v, accepted(a, b) %v, accepted(a) %v, problems %d; want false, false, true, 2",
			x.accepted("b"), x.accepted("a", "b"), x.accepted("a"), len(x.errs))
	}
}

func TestLeverRunAssisted(t *testing.T) {
	ok := []struct {
		name    string
		ch, def Channel
		want    Channel
		j       int
	}{
		{"named", ChannelChat, ChannelVoice, ChannelChat, 1},
		{"default", "", ChannelVoice, ChannelVoice, 0},
	}
	for _, tt := range ok {
		x := leverRunOn(t, leverRunWithIVR(), StaffingUnchanged)
		got := x.assisted("channel", tt.ch, tt.def)
		if x.failed() || got.j != tt.j || got.name != tt.want || got.vol != x.st.vols[tt.j] {
			t.Errorf("assisted(%s) = {%d %q}, problems %v; want {%d %q} and its volume", tt.name, got.j, got.name, x.errs, tt.j, tt.want)
		}
	}
	bad := []struct {
		name    string
		ch, def Channel
		want    error
		detail  string
	}{
		{"not set", "", "", ErrNotSet, "the agent-assisted channel the lever works on"},
		{"unknown", "fax", ChannelVoice, ErrUnknownChannel, `"fax" has no volume in the model`},
		{"case typo", "Voice", "", ErrUnknownChannel, `"Voice" has no volume in the model (did you mean "voice"?)`},
		{"automated", ChannelIVR, ChannelVoice, ErrInvalid, `"ivr" is automated; the lever works on an agent-assisted channel`},
	}
	for _, tt := range bad {
		x := leverRunOn(t, leverRunWithIVR(), StaffingUnchanged)
		got := x.assisted("channel", tt.ch, tt.def)
		fe := leverRunProblem(t, "assisted("+tt.name+")", x, tt.want, "levers[0].channel")
		if fe.Detail != tt.detail {
			t.Errorf("assisted(%s): detail %q, want %q", tt.name, fe.Detail, tt.detail)
		}
		if got.j != -1 || got.vol == nil || got.vol.fig[MeasureContacts].Sign() != 0 || x.accepted("channel") {
			t.Errorf("assisted(%s) = {%d %v}: want -1 with an empty volume, and the field refused", tt.name, got.j, got.vol)
		}
	}
	// A channel a lever before emptied has no contacts left.
	x := leverRunOn(t, leverCenter(), StaffingUnchanged)
	x.st.vols[1].fig[MeasureContacts] = new(big.Rat)
	x.assisted("from", ChannelChat, "")
	fe := leverRunProblem(t, "assisted(emptied chat)", x, ErrNoContacts, "levers[0].from")
	if want := `"chat" has no contacts left`; fe.Detail != want {
		t.Errorf("assisted(emptied chat): detail %q, want %q", fe.Detail, want)
	}
}

func TestLeverRunAutomated(t *testing.T) {
	// An automated channel of the model is used as it is.
	x := leverRunOn(t, leverRunWithIVR(), StaffingUnchanged)
	got := x.automated("ivr", "", ChannelIVR)
	if x.failed() || got.j != 2 || got.vol != x.st.vols[2] {
		t.Errorf("automated(default ivr) = {%d %q}, problems %v; want the model's ivr, 2", got.j, got.name, x.errs)
	}
	x.create(&got)
	if got.j != 2 || len(x.st.vols) != 3 {
		t.Errorf("create(existing ivr): j %d, %d channels; want 2 and no new channel", got.j, len(x.st.vols))
	}

	// A channel the model lacks is created when the arithmetic runs,
	// automated, after the model's channels.
	x = leverRunOn(t, leverCenter(), StaffingUnchanged)
	got = x.automated("to", "chatbot", ChannelSelfService)
	if x.failed() || got.j != -2 || got.name != "chatbot" {
		t.Fatalf("automated(new chatbot) = {%d %q}, problems %v; want -2 (to create)", got.j, got.name, x.errs)
	}
	if len(x.st.vols) != 2 {
		t.Errorf("automated(new chatbot) added a channel before the arithmetic ran")
	}
	x.create(&got)
	if j, ok := x.st.chans.index["chatbot"]; !ok || got.j != 2 || j != 2 || !x.st.chans.automated[2] || x.st.vols[2] != got.vol {
		t.Errorf("create(chatbot): j %d, index %d %v, automated %v; want channel 2, automated, with the lever's volume",
			got.j, j, ok, x.st.chans.automated)
	}

	bad := []struct {
		name   string
		ch     Channel
		want   error
		detail string
	}{
		{"assisted channel", ChannelChat, ErrInvalid, `"chat" is agent-assisted; contacts move to an automated channel`},
		{"bad label", "bot\x00", ErrInvalid, "non-printable"},
		{"long label", Channel(strings.Repeat("b", 65)), ErrInvalid, "longer than 64 bytes"},
	}
	for _, tt := range bad {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		got := x.automated("to", tt.ch, ChannelSelfService)
		fe := leverRunProblem(t, "automated("+tt.name+")", x, tt.want, "levers[0].to")
		if !strings.Contains(fe.Detail, tt.detail) {
			t.Errorf("automated(%s): detail %q, want it to contain %q", tt.name, fe.Detail, tt.detail)
		}
		if got.j != -1 || x.accepted("to") {
			t.Errorf("automated(%s) = %d, accepted %v: want -1 and the field refused", tt.name, got.j, x.accepted("to"))
		}
		x.create(&got)
		if len(x.st.vols) != 2 {
			t.Errorf("create(refused %s) added a channel", tt.name)
		}
	}
}

func TestLeverRunPricedTwice(t *testing.T) {
	// leverCenter prices voice handle minutes twice over (the wages split
	// among voice and chat, and the carrier) and voice queue minutes
	// (toll-free); nothing varies with contacts (the platform is fixed),
	// nor with chat's queue minutes.
	tests := []struct {
		name   string
		price  string
		ch     Channel
		m      Measure
		detail string // "" when not priced twice
	}{
		{"voice queue minutes", "0.1", ChannelVoice, MeasureQueueMinutes,
			`the model already prices queue_minutes of "voice" with variable cost line costs[2] ("Toll-free"); price them in one place`},
		{"chat handle minutes", "0.1", ChannelChat, MeasureHandleMinutes,
			`the model already prices handle_minutes of "chat" with variable cost line costs[0] ("Agent wages"); price them in one place`},
		{"voice handle minutes: the first line", "0.1", ChannelVoice, MeasureHandleMinutes, `costs[0] ("Agent wages")`},
		{"voice contacts", "0.1", ChannelVoice, MeasureContacts, ""},
		{"chat queue minutes", "0.1", ChannelChat, MeasureQueueMinutes, ""},
		{"no price", "0", ChannelVoice, MeasureQueueMinutes, ""},
	}
	for _, tt := range tests {
		x := leverRunOn(t, leverCenter(), StaffingUnchanged)
		ch := x.assisted("channel", tt.ch, "")
		x.pricedTwice("price", dec(tt.price).Rat(), ch, tt.m)
		if tt.detail == "" {
			if x.failed() {
				t.Errorf("pricedTwice(%s): problems %v, want none", tt.name, x.errs)
			}
			continue
		}
		fe := leverRunProblem(t, "pricedTwice("+tt.name+")", x, ErrConflict, "levers[0].price")
		if !strings.Contains(fe.Detail, tt.detail) {
			t.Errorf("pricedTwice(%s): detail %q, want it to contain %q", tt.name, fe.Detail, tt.detail)
		}
	}
	// A channel the lever is yet to create, or could not find, has no
	// line of the model.
	x := leverRunOn(t, leverCenter(), StaffingUnchanged)
	x.pricedTwice("price", big.NewRat(1, 1), channelRef{j: -2, name: "bot", vol: emptyVol()}, MeasureContacts)
	x.pricedTwice("price", big.NewRat(1, 1), channelRef{j: -1, name: "fax", vol: emptyVol()}, MeasureQueueMinutes)
	if x.failed() {
		t.Errorf("pricedTwice(channel not in the model): problems %v, want none", x.errs)
	}
}

func TestLeverRunAddLine(t *testing.T) {
	x := leverRunOn(t, leverCenter(), StaffingUnchanged)
	voice := x.assisted("channel", ChannelVoice, "")
	x.addLine("nothing", CategoryTechnology, voice, new(big.Rat))
	x.addLine("outbound calls", CategoryTelephony, voice, big.NewRat(60, 1))
	x.addLine("credit", CategoryTelephony, voice, big.NewRat(-200, 1))
	want := []leverLine{
		{name: "test lever: outbound calls", category: CategoryTelephony, j: 0, amount: big.NewRat(60, 1)},
		{name: "test lever: credit", category: CategoryTelephony, j: 0, amount: big.NewRat(-200, 1)},
	}
	if diff := cmp.Diff(want, x.st.lines, cmp.AllowUnexported(leverLine{}), cmp.Comparer(func(a, b *big.Rat) bool { return a.Cmp(b) == 0 })); diff != "" {
		t.Errorf("addLine() lines mismatch (-want +got):\n%s", diff)
	}
}

func TestLeverStateVolumes(t *testing.T) {
	m := leverCenter()
	m.Volumes[0].AgentHours, m.Volumes[0].FTE = dec("1000"), dec("50")
	m.Volumes[0].Offered, m.Volumes[0].Abandoned = dec("11000"), dec("800")
	rat := func(s string) *big.Rat { return dec(s).Rat() }
	figures := func(sv *stateVol) []string {
		out := []string{}
		for _, r := range []*big.Rat{sv.fig[MeasureContacts], sv.fig[MeasureHandleMinutes], sv.fig[MeasureQueueMinutes],
			sv.fig[MeasureAgentHours], sv.fig[MeasureFTE], sv.offered, sv.abandoned} {
			out = append(out, fmtRat(r))
		}
		return out
	}
	tests := []struct {
		staffing Staffing
		contacts []string // after setContacts(8000): every figure × 0.8, staffing as it says
		handle   []string // then setHandle(36000): × 0.75 of the handle minutes
	}{
		{StaffingUnchanged,
			[]string{"8000", "48000", "16000", "1000", "50", "8800", "640"},
			[]string{"8000", "36000", "16000", "1000", "50", "8800", "640"}},
		{StaffingProportional,
			[]string{"8000", "48000", "16000", "800", "40", "8800", "640"},
			[]string{"8000", "36000", "16000", "600", "30", "8800", "640"}},
	}
	for _, tt := range tests {
		x := leverRunOn(t, m, tt.staffing)
		before := x.st.clone()
		sv := x.st.vols[0]
		x.st.setContacts(sv, rat("8000"))
		if diff := cmp.Diff(tt.contacts, figures(sv)); diff != "" {
			t.Errorf("setContacts(8000) under %v (-want +got):\n%s", tt.staffing, diff)
		}
		x.st.setHandle(sv, rat("36000"))
		if diff := cmp.Diff(tt.handle, figures(sv)); diff != "" {
			t.Errorf("setHandle(36000) under %v (-want +got):\n%s", tt.staffing, diff)
		}
		// The clone taken before is untouched.
		if diff := cmp.Diff([]string{"10000", "60000", "20000", "1000", "50", "11000", "800"}, figures(before[0])); diff != "" {
			t.Errorf("clone() changed with the state under %v (-want +got):\n%s", tt.staffing, diff)
		}
	}
	// From zero nothing scales: the figure is set alone.
	x := leverRunOn(t, m, StaffingProportional)
	sv := emptyVol()
	x.st.setContacts(sv, rat("5"))
	x.st.setHandle(sv, rat("7"))
	if diff := cmp.Diff([]string{"5", "7", "0", "0", "0", "0", "0"}, figures(sv)); diff != "" {
		t.Errorf("setContacts(5), setHandle(7) from nothing (-want +got):\n%s", diff)
	}
}

func TestLeverRunSay(t *testing.T) {
	x := leverRunOn(t, leverCenter(), StaffingUnchanged)
	x.say("deflected = ", big.NewRat(10000, 1), " ", ChannelVoice, " contacts × ", big.NewRat(1, 10), " = ", big.NewRat(1000, 1))
	x.say("a third: ", big.NewRat(1, 3), 42, decimal.NewFromInt(7)) // other types are not written
	want := []string{"deflected = 10000 voice contacts × 0.1 = 1000", "a third: ≈0.333333"}
	if diff := cmp.Diff(want, x.formula); diff != "" {
		t.Errorf("say() formula mismatch (-want +got):\n%s", diff)
	}
}

func TestFmtRat(t *testing.T) {
	tests := []struct {
		r    *big.Rat
		want string
	}{
		{big.NewRat(0, 1), "0"},
		{big.NewRat(10, 1), "10"},
		{big.NewRat(1, 4), "0.25"},
		{big.NewRat(-5, 2), "-2.5"},
		{big.NewRat(1, 3), "≈0.333333"},
		{big.NewRat(2, 3), "≈0.666667"},
		{big.NewRat(-1, 3), "≈-0.333333"},
		{big.NewRat(28000, 3), "≈9333.333333"},
		// 1/2^16 = 0.0000152587890625 has 16 places, volumeScale + 4: exact.
		{big.NewRat(1, 1<<16), "0.0000152587890625"},
		// 1/2^17 = 0.00000762939453125 has 17: rounded to 6 places.
		{big.NewRat(1, 1<<17), "≈0.000008"},
	}
	for _, tt := range tests {
		if got := fmtRat(tt.r); got != tt.want {
			t.Errorf("fmtRat(%v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}
