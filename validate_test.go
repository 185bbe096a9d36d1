package contactcost

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

// validateProblem is one problem of a joined validation error: where it is
// and the sentinel it wraps.
type validateProblem struct {
	Path, Name string
	Err        error
}

// validateProblems lists the problems joined in err, each a *FieldError or
// a *CurrencyMismatchError; anything else is listed with an empty path.
func validateProblems(err error) []validateProblem {
	if err == nil {
		return nil
	}
	var out []validateProblem
	for _, e := range errorList(err) {
		var fe *FieldError
		var ce *CurrencyMismatchError
		switch {
		case errors.As(e, &fe):
			out = append(out, validateProblem{fe.Path, fe.Name, fe.Err})
		case errors.As(e, &ce):
			out = append(out, validateProblem{ce.Path, ce.Name, ErrCurrencyMismatch})
		default:
			out = append(out, validateProblem{Err: e})
		}
	}
	return out
}

// validateFind returns the *FieldError joined in err at path that wraps
// sentinel, or nil.
func validateFind(err error, path string, sentinel error) *FieldError {
	if err == nil {
		return nil
	}
	for _, e := range errorList(err) {
		var fe *FieldError
		if errors.As(e, &fe) && fe.Path == path && errors.Is(fe, sentinel) {
			return fe
		}
	}
	return nil
}

// validateSafely returns m.Validate(), or fails the test when it panics
// (no exported function may panic on any input).
func validateSafely(t *testing.T, m Model) (err error) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("Validate() panicked: %v", p)
		}
	}()
	return m.Validate()
}

// validateSampleCenter returns reportSampleCenter with its slices copied,
// so a test may modify them.
func validateSampleCenter() Model {
	m := reportSampleCenter()
	m.Costs = slices.Clone(m.Costs)
	for i := range m.Costs {
		m.Costs[i].Basis = cloneBasis(m.Costs[i].Basis)
	}
	m.Volumes = slices.Clone(m.Volumes)
	return m
}

func TestValidateReportsEveryProblem(t *testing.T) {
	m := validateSampleCenter()
	m.Scope = 0
	m.Currency = Currency{}
	m.Costs[2].Amount = dec("-5")                                                           // negative amount
	m.Costs[1].Channel = "fax"                                                              // unknown channel
	m.Costs[3].Currency = MustParseCurrency("EUR")                                          // mismatch (model currency unset: not reported)
	m.Costs[4].Basis.Weights = []Weight{{ChannelVoice, dec("0")}, {ChannelEmail, dec("0")}} // all zero
	m.Volumes[1].Contacts = dec("0")                                                        // zero contacts

	err := m.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want errors")
	}
	want := []validateProblem{
		{"currency", "", ErrNotSet},
		{"scope", "", ErrNotSet},
		{"volumes[1].contacts", "email", ErrNoContacts},
		{"costs[1].channel", "Telephony", ErrUnknownChannel},
		{"costs[2].amount", "Office", ErrNegative},
		{"costs[4].basis.weights", "CRM seats", ErrWeights},
	}
	sortProblems := cmpopts.SortSlices(func(a, b validateProblem) bool { return a.Path < b.Path })
	if diff := cmp.Diff(want, validateProblems(err), sortProblems, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("Validate() problems mismatch (-want +got):\n%s\nerror: %v", diff, err)
	}
	for _, text := range []string{
		`contactcost: scope: not set`,
		`contactcost: currency: not set`,
		`contactcost: costs[2].amount ("Office"): negative: -5`,
		`contactcost: costs[1].channel ("Telephony"): unknown channel: "fax" has no volume in the model`,
		`contactcost: costs[4].basis.weights ("CRM seats"): invalid weights: all zero`,
		`contactcost: volumes[1].contacts ("email"): no contacts`,
	} {
		if !strings.Contains(err.Error(), text) {
			t.Errorf("Validate() = %q\nwant it to contain %q", err, text)
		}
	}
	if _, rerr := m.Report(); rerr == nil || rerr.Error() != err.Error() {
		t.Errorf("Report() error = %v, want Validate's", rerr)
	}
}

func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Model)
		want   error
		path   string // where the problem is
		who    string // the name of the line or channel it is in
		detail string // part of the message, when it matters
	}{
		{"no period", func(m *Model) { m.Period = Period{} }, ErrNotSet, "period", "", ""},
		{"no volumes", func(m *Model) { m.Volumes = nil; m.Costs = nil }, ErrNotSet, "volumes", "", ""},
		{"bad scope", func(m *Model) { m.Scope = 9 }, ErrInvalid, "scope", "", ""},
		{"bad rounding", func(m *Model) { m.Rounding = Rounding{Mode: 42} }, ErrInvalid, "rounding.mode", "", ""},
		{"bad scale", func(m *Model) { m.Rounding = Rounding{}.WithScale(99) }, ErrOutOfRange, "rounding.scale", "", ""},
		{"bad convention", func(m *Model) { m.Convention = 9 }, ErrInvalid, "convention", "", ""},
		{"currency mismatch", func(m *Model) { m.Costs[3].Currency = MustParseCurrency("EUR") }, ErrCurrencyMismatch,
			"costs[3].currency", "IVR licence", "EUR, want USD"},
		{"duplicate channel", func(m *Model) { m.Volumes[2].Channel = ChannelVoice }, ErrDuplicate, "volumes[2].channel", "voice", "also volumes[0]"},
		{"empty channel", func(m *Model) { m.Volumes[2].Channel = "" }, ErrNotSet, "volumes[2].channel", "", ""},
		{"control character", func(m *Model) { m.Volumes[2].Channel = "i\x01vr" }, ErrInvalid, "volumes[2].channel", "i\x01vr", "non-printable"},
		{"negative minutes", func(m *Model) { m.Volumes[0].HandleMinutes = dec("-1") }, ErrNegative, "volumes[0].handle_minutes", "voice", "-1"},
		{"offered below contacts", func(m *Model) { m.Volumes[0].Offered = dec("999") }, ErrOutOfRange, "volumes[0].offered", "voice",
			"999 is less than contacts 1000"},
		{"abandoned above offered", func(m *Model) {
			m.Volumes[0].Offered = dec("1100")
			m.Volumes[0].Abandoned = dec("101")
		}, ErrOutOfRange, "volumes[0].abandoned", "voice", "101 is more than offered − contacts = 100"},
		{"no name", func(m *Model) { m.Costs[0].Name = "" }, ErrNotSet, "costs[0].name", "", ""},
		{"long name", func(m *Model) { m.Costs[0].Name = strings.Repeat("x", 201) }, ErrInvalid, "costs[0].name", strings.Repeat("x", 201), ""},
		{"no category", func(m *Model) { m.Costs[0].Category = "" }, ErrNotSet, "costs[0].category", "Agent wages", ""},
		{"direct and basis", func(m *Model) { m.Costs[1].Basis = Basis{By: MeasureContacts} }, ErrConflict, "costs[1].basis", "Telephony",
			"takes no basis"},
		{"no basis", func(m *Model) { m.Costs[2].Basis = Basis{} }, ErrNotSet, "costs[2].basis", "Office", ""},
		{"bad basis measure", func(m *Model) { m.Costs[2].Basis.By = 77 }, ErrInvalid, "costs[2].basis.by", "Office", ""},
		{"missing handle time among", func(m *Model) {
			m.Costs[0].Basis.Among = []Channel{ChannelVoice, ChannelEmail, ChannelIVR}
			m.Volumes[2].HandleMinutes = decimal.Decimal{}
		}, ErrMissingVolume, "costs[0].basis", "Agent wages", `needs handle_minutes of channel "ivr"`},
		{"missing agent hours", func(m *Model) { m.Costs[2].Basis.By = MeasureAgentHours }, ErrMissingVolume, "costs[2].basis", "Office",
			`needs agent_hours of channel "email"`},
		{"unknown among", func(m *Model) { m.Costs[0].Basis.Among = []Channel{ChannelVoice, "fax"} }, ErrUnknownChannel,
			"costs[0].basis.among[1]", "Agent wages", `"fax" has no volume in the model`},
		{"duplicate among", func(m *Model) { m.Costs[0].Basis.Among = []Channel{ChannelVoice, ChannelVoice} }, ErrDuplicate,
			"costs[0].basis.among[1]", "Agent wages", ""},
		{"weights on a measure basis", func(m *Model) { m.Costs[2].Basis.Weights = []Weight{{ChannelVoice, dec("1")}} }, ErrConflict,
			"costs[2].basis.weights", "Office", ""},
		{"among on a weights basis", func(m *Model) { m.Costs[4].Basis.Among = []Channel{ChannelVoice} }, ErrConflict,
			"costs[4].basis.among", "CRM seats", ""},
		{"negative weight", func(m *Model) { m.Costs[4].Basis.Weights[1].Value = dec("-1") }, ErrWeights,
			"costs[4].basis.weights[1].value", "CRM seats", "negative"},
		{"unknown weight channel", func(m *Model) { m.Costs[4].Basis.Weights[1].Channel = "fax" }, ErrUnknownChannel,
			"costs[4].basis.weights[1].channel", "CRM seats", ""},
		{"percent not 100", func(m *Model) { m.Costs[4].Basis.Percent = true }, ErrWeights, "costs[4].basis.weights", "CRM seats",
			"percentages sum to 3, want 100"},
		{"variable with a missing figure", func(m *Model) { m.Costs[3].VariesWith = MeasureQueueMinutes }, ErrMissingVolume,
			"costs[3].varies_with", "IVR licence", "no queue_minutes"},
		{"bad varies_with", func(m *Model) { m.Costs[3].VariesWith = 9 }, ErrInvalid, "costs[3].varies_with", "IVR licence", ""},
		{"huge amount", func(m *Model) { m.Costs[3].Amount = decimal.New(1, 41) }, ErrTooLarge, "costs[3].amount", "IVR licence", ""},
		{"all automated under assisted scope", func(m *Model) {
			m.Volumes = m.Volumes[2:]
			m.Costs = m.Costs[3:4]
		}, ErrNoContacts, "scope", "", "every channel is automated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validateSampleCenter()
			tt.modify(&m)
			err := m.Validate()
			var found bool
			for _, p := range validateProblems(err) {
				if p.Path == tt.path && p.Name == tt.who && errors.Is(p.Err, tt.want) {
					found = true
				}
			}
			if !found {
				t.Fatalf("Validate() = %v\nwant %v at %s (%q)", err, tt.want, tt.path, tt.who)
			}
			if !strings.Contains(err.Error(), tt.detail) {
				t.Errorf("Validate() = %q, want it to contain %q", err, tt.detail)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("errors.Is(Validate(), %v) = false", tt.want)
			}
		})
	}
}

// TestValidateAccepts lists models that look odd but are valid.
func TestValidateAccepts(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Model)
	}{
		// The default basis reaches the agent-assisted channels only, so
		// an automated channel without the figure is no problem.
		{"default among skips the ivr's missing handle time", func(m *Model) {
			m.Costs[0].Basis.Among = nil
			m.Volumes[2].HandleMinutes = decimal.Decimal{}
		}},
		{"custom channel with its handling", func(m *Model) {
			m.Volumes = append(m.Volumes, Volume{Channel: "whatsapp", Handling: HandlingAssisted, Contacts: dec("10")})
		}},
		{"custom automated channel", func(m *Model) {
			m.Volumes = append(m.Volumes, Volume{Channel: "chatbot", Handling: HandlingAutomated, Contacts: dec("10")})
		}},
		{"percentages with decimals", func(m *Model) {
			m.Costs[4].Basis = Basis{Percent: true,
				Weights: []Weight{{ChannelVoice, dec("33.3")}, {ChannelEmail, dec("33.3")}, {ChannelIVR, dec("33.4")}}}
		}},
		{"a zero weight among positive ones", func(m *Model) { m.Costs[4].Basis.Weights[2].Value = dec("0") }},
		{"offered and abandoned at their bounds", func(m *Model) {
			m.Volumes[0].Offered = dec("1100")
			m.Volumes[0].Abandoned = dec("100")
		}},
		// A line with nothing in the period may name a channel with no
		// volume (one launched later in the year).
		{"zero line on a channel without volume", func(m *Model) {
			m.Costs = append(m.Costs, Cost{Name: "Chat licence", Category: CategorySoftwareLicences, Amount: dec("0"), Channel: ChannelChat})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validateSampleCenter()
			tt.modify(&m)
			if err := m.Validate(); err != nil {
				t.Errorf("Validate() = %v, want nil", err)
			}
		})
	}
}

// TestValidateCustomChannelNeedsHandling pins issue 7's trap "a custom
// channel is agent-assisted unless marked, silently": a custom channel must
// say how it is handled, at volumes[i].handling, with a hint when it is
// near a well-known channel ("Chat" for "chat").
func TestValidateCustomChannelNeedsHandling(t *testing.T) {
	tests := []struct {
		channel Channel
		hint    string // "" for no hint
	}{
		{"Chat", `(did you mean "chat"?)`},
		{"voce", `(did you mean "voice"?)`},
		{"whatsapp", ""},
	}
	for _, tt := range tests {
		m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll,
			Costs: []Cost{{Name: "Agents", Category: CategoryWages, Amount: dec("100"), Channel: ChannelVoice}},
			Volumes: []Volume{
				{Channel: ChannelVoice, Contacts: dec("10")},
				{Channel: tt.channel, Contacts: dec("10")},
			}}
		err := m.Validate()
		want := []validateProblem{{"volumes[1].handling", string(tt.channel), ErrNotSet}}
		if diff := cmp.Diff(want, validateProblems(err), cmpopts.EquateErrors()); diff != "" {
			t.Errorf("Validate() with channel %q: problems mismatch (-want +got):\n%s\nerror: %v", tt.channel, diff, err)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, `say whether it is "assisted" or "automated"`) {
			t.Errorf("Validate() with channel %q = %q, want it to name the JSON handlings", tt.channel, msg)
		}
		if tt.hint != "" && !strings.Contains(msg, tt.hint) {
			t.Errorf("Validate() with channel %q = %q, want the hint %s", tt.channel, msg, tt.hint)
		}
		if tt.hint == "" && strings.Contains(msg, "did you mean") {
			t.Errorf("Validate() with channel %q = %q, want no hint", tt.channel, msg)
		}
	}
}

// TestValidateCustomChannelNamedByLines pins that the missing handling of
// a custom channel the cost lines use is reported once, at its volume
// entry: the lines name a channel that does have a volume, so blaming each
// of them ("has no volume in the model") would send the reader to the
// wrong place (issue 7: "a problem in volumes[i] is reported there,
// once").
func TestValidateCustomChannelNamedByLines(t *testing.T) {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll,
		Costs: []Cost{
			{Name: "WhatsApp agents", Category: CategoryWages, Amount: dec("100"), Channel: "whatsapp"},
			{Name: "WhatsApp fees", Category: CategoryTechnology, Amount: dec("50"), Channel: "whatsapp"},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("10")},
			{Channel: "whatsapp", Contacts: dec("10")},
		}}
	err := m.Validate()
	want := []validateProblem{{"volumes[1].handling", "whatsapp", ErrNotSet}}
	if diff := cmp.Diff(want, validateProblems(err), cmpopts.EquateErrors()); diff != "" {
		t.Errorf("Validate() problems mismatch (-want +got):\n%s\nerror: %v", diff, err)
	}
}

// TestValidateVolumeTypoReportedOnce pins issue 7's trap "a case typo in
// volumes[1] ("Chat") is reported as three errors blaming the cost lines":
// it is now one error, at volumes[1].channel, that names the lines'
// spelling.
func TestValidateVolumeTypoReportedOnce(t *testing.T) {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{
			{Name: "Chat agents", Category: CategoryWages, Amount: dec("5000"), Channel: ChannelChat},
			{Name: "Chat licence", Category: CategorySoftwareLicences, Amount: dec("300"), Channel: ChannelChat},
			{Name: "Office", Category: CategoryFacilities, Amount: dec("1000"),
				Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelChat}}},
			{Name: "Platform", Category: CategoryTechnology, Amount: dec("700"), Basis: Basis{By: MeasureContacts}},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("1000")},
			{Channel: "Chat", Contacts: dec("400")},
		}}
	err := m.Validate()
	want := []validateProblem{{"volumes[1].channel", "Chat", ErrUnknownChannel}}
	if diff := cmp.Diff(want, validateProblems(err), cmpopts.EquateErrors()); diff != "" {
		t.Fatalf("Validate() problems mismatch (-want +got):\n%s\nerror: %v", diff, err)
	}
	for _, text := range []string{`did you mean "chat"?`, "costs[0].channel and 2 more"} {
		if !strings.Contains(err.Error(), text) {
			t.Errorf("Validate() = %q, want it to contain %q", err, text)
		}
	}
}

// TestValidateUnknownChannelHint pins the "did you mean" hint of a line
// naming a channel one letter off a channel that has a volume (and that
// other lines use, so the volume entry is not the typo).
func TestValidateUnknownChannelHint(t *testing.T) {
	tests := []struct {
		name   string
		cost   Cost
		path   string
		hint   string // "" for no hint
		noHint bool
	}{
		{"direct, a letter added", Cost{Name: "Bot", Category: CategoryTechnology, Amount: dec("10"), Channel: "chatt"},
			"costs[1].channel", `"chatt" has no volume in the model (did you mean "chat"?)`, false},
		{"among, case", Cost{Name: "Bot", Category: CategoryTechnology, Amount: dec("10"),
			Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, "Chat"}}},
			"costs[1].basis.among[1]", `(did you mean "chat"?)`, false},
		{"weights, letters swapped", Cost{Name: "Bot", Category: CategoryTechnology, Amount: dec("10"),
			Basis: Basis{Weights: []Weight{{"vocie", dec("1")}}}},
			"costs[1].basis.weights[0].channel", `(did you mean "voice"?)`, false},
		{"far from any channel", Cost{Name: "Bot", Category: CategoryTechnology, Amount: dec("10"), Channel: "fax"},
			"costs[1].channel", `"fax" has no volume in the model`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
				Costs: []Cost{
					{Name: "Chat agents", Category: CategoryWages, Amount: dec("100"), Channel: ChannelChat},
					tt.cost,
					{Name: "Voice agents", Category: CategoryWages, Amount: dec("100"), Channel: ChannelVoice},
				},
				Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("10")}, {Channel: ChannelChat, Contacts: dec("10")}}}
			err := m.Validate()
			want := []validateProblem{{tt.path, "Bot", ErrUnknownChannel}}
			if diff := cmp.Diff(want, validateProblems(err), cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("Validate() problems mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
			if !strings.Contains(err.Error(), tt.hint) {
				t.Errorf("Validate() = %q, want it to contain %q", err, tt.hint)
			}
			if tt.noHint && strings.Contains(err.Error(), "did you mean") {
				t.Errorf("Validate() = %q, want no hint", err)
			}
		})
	}
}

// TestValidateScopeSpeaksJSON pins issue 7's trap "the scope error names Go
// constants to a JSON user": a missing scope lists the JSON names.
func TestValidateScopeSpeaksJSON(t *testing.T) {
	m := validateSampleCenter()
	m.Scope = 0
	err := m.Validate()
	fe := validateFind(err, "scope", ErrNotSet)
	if fe == nil {
		t.Fatalf("Validate() = %v, want ErrNotSet at scope", err)
	}
	if !strings.Contains(fe.Detail, `"assisted" or "all"`) {
		t.Errorf("Validate() scope detail = %q, want the JSON names \"assisted\" or \"all\"", fe.Detail)
	}
}

// TestValidateSizeBounds pins issue 7's defect "Unbounded size": a model
// over MaxChannels, MaxCostLines or MaxParts is refused with ErrTooLarge,
// before any work that grows with it, so quickly.
func TestValidateSizeBounds(t *testing.T) {
	channels := func(n int) []Volume {
		out := make([]Volume, n)
		for j := range out {
			out[j] = Volume{Channel: Channel(fmt.Sprintf("ch%04d", j)), Handling: HandlingAssisted, Contacts: dec("1")}
		}
		return out
	}
	lines := func(n int, basis Basis, channel Channel) []Cost {
		out := make([]Cost, n)
		for i := range out {
			out[i] = Cost{Name: fmt.Sprintf("line %d", i), Category: CategoryOther, Amount: dec("1"), Basis: basis, Channel: channel}
		}
		return out
	}
	model := func(costs []Cost, vols []Volume) Model {
		return Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll, Costs: costs, Volumes: vols}
	}
	tests := []struct {
		name string
		m    Model
		path string
	}{
		{"MaxChannels + 1 channels", model(lines(1, Basis{}, "ch0000"), channels(MaxChannels+1)), "volumes"},
		{"MaxCostLines + 1 lines", model(lines(MaxCostLines+1, Basis{}, "ch0000"), channels(1)), "costs"},
		// 1001 lines × 1000 channels = 1,001,000 parts.
		{"more than MaxParts parts", model(lines(1001, Basis{By: MeasureContacts}, ""), channels(1000)), "costs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := tt.m.Report()
			elapsed := time.Since(start)
			if validateFind(err, tt.path, ErrTooLarge) == nil {
				t.Errorf("Report() = %.300v, want ErrTooLarge at %s", err, tt.path)
			}
			if elapsed > 500*time.Millisecond {
				t.Errorf("Report() took %v to refuse the model, want well under a second", elapsed)
			}
		})
	}
	// At the bounds: MaxChannels channels are accepted.
	if err := model(lines(1, Basis{}, "ch0000"), channels(MaxChannels)).Validate(); err != nil {
		t.Errorf("Validate() with MaxChannels channels = %v", err)
	}
}

// TestValidateDefaultSkipsAutomated pins the default that changed on
// purpose (issue 7's trap: "a handle-time or contacts basis without Among
// spreads agent wages onto IVR and self-service (one model: voice cost per
// contact 5.00 instead of 6.00 because a sixth of the wages went to the
// IVR)").
//
//	voice: 1000 contacts, 5000 handle minutes; ivr: 2000 contacts, 1000
//	session minutes. Agent wages 6000, split by handle minutes.
//
//	New default (no Among: the agent-assisted channels): voice alone
//	bears 6000; 6000/1000 = 6.00 per voice contact.
//	The old default (every channel, as Among [voice, ivr] still asks):
//	voice 5000/6000 × 6000 = 5000.00, ivr 1000/6000 × 6000 = 1000.00, a
//	sixth of the wages; 5000/1000 = 5.00 per voice contact.
func TestValidateDefaultSkipsAutomated(t *testing.T) {
	center := func(among []Channel) Model {
		return Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
			Costs: []Cost{{Name: "Agent wages", Category: CategoryWages, Amount: dec("6000"), VariesWith: MeasureHandleMinutes,
				Basis: Basis{By: MeasureHandleMinutes, Among: among}}},
			Volumes: []Volume{
				{Channel: ChannelVoice, Contacts: dec("1000"), HandleMinutes: dec("5000")},
				{Channel: ChannelIVR, Contacts: dec("2000"), HandleMinutes: dec("1000")},
			}}
	}
	tests := []struct {
		name            string
		among           []Channel
		wantAmong       []Channel
		voiceCPC        string
		voiceCost       string
		ivrCost         string
		wantVoiceShares Ratio
	}{
		{"default", nil, []Channel{ChannelVoice}, "6.00", "6000", "0", ratio("1", "1")},
		{"ivr named", []Channel{ChannelVoice, ChannelIVR}, []Channel{ChannelVoice, ChannelIVR}, "5.00", "5000", "1000", ratio("5", "6")},
	}
	for _, tt := range tests {
		r, err := center(tt.among).Report()
		if err != nil {
			t.Fatalf("%s: Report() error: %v", tt.name, err)
		}
		voice, ivr := r.Channels[0], r.Channels[1]
		if voice.CostPerContact.StringFixed(2) != tt.voiceCPC || !voice.Cost.Equal(dec(tt.voiceCost)) || !ivr.Cost.Equal(dec(tt.ivrCost)) {
			t.Errorf("%s: Report() voice cost %v (%v per contact), ivr cost %v; want %s (%s), %s",
				tt.name, voice.Cost, voice.CostPerContact, ivr.Cost, tt.voiceCost, tt.voiceCPC, tt.ivrCost)
		}
		line := r.Lines[0]
		if diff := cmp.Diff(tt.wantAmong, line.Basis.Among); diff != "" {
			t.Errorf("%s: Report().Lines[0].Basis.Among mismatch (-want +got):\n%s", tt.name, diff)
		}
		if !line.Parts[0].Share.Equal(tt.wantVoiceShares) {
			t.Errorf("%s: Report() voice share = %v, want %v", tt.name, line.Parts[0].Share, tt.wantVoiceShares)
		}
	}
}
