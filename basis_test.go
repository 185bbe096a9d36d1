package contactcost

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestBasisIsZero(t *testing.T) {
	tests := []struct {
		b    Basis
		want bool
	}{
		{Basis{}, true},
		{Basis{By: MeasureContacts}, false},
		{Basis{Among: []Channel{ChannelVoice}}, false},
		{Basis{Weights: []Weight{{ChannelVoice, dec("1")}}}, false},
		{Basis{Percent: true}, false},
	}
	for _, tt := range tests {
		if got := tt.b.IsZero(); got != tt.want {
			t.Errorf("%+v.IsZero() = %v, want %v", tt.b, got, tt.want)
		}
	}
}

func TestBasisEqual(t *testing.T) {
	voiceChat := []Channel{ChannelVoice, ChannelChat}
	weights := func(values ...string) []Weight {
		out := make([]Weight, len(values))
		for i, v := range values {
			out[i] = Weight{[]Channel{ChannelVoice, ChannelChat, ChannelEmail}[i], dec(v)}
		}
		return out
	}
	tests := []struct {
		name string
		a, b Basis
		want bool
	}{
		{"zero", Basis{}, Basis{}, true},
		{"same measure and among", Basis{By: MeasureContacts, Among: voiceChat}, Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelChat}}, true},
		{"other measure", Basis{By: MeasureContacts}, Basis{By: MeasureHandleMinutes}, false},
		{"among in another order", Basis{By: MeasureContacts, Among: voiceChat}, Basis{By: MeasureContacts, Among: []Channel{ChannelChat, ChannelVoice}}, false},
		{"among shorter", Basis{By: MeasureContacts, Among: voiceChat}, Basis{By: MeasureContacts, Among: voiceChat[:1]}, false},
		// Weights compare by value: 1.50 is 1.5.
		{"weights by value", Basis{Weights: weights("1.50", "2")}, Basis{Weights: weights("1.5", "2.000")}, true},
		{"other weight", Basis{Weights: weights("1", "2")}, Basis{Weights: weights("1", "3")}, false},
		{"other weight channel", Basis{Weights: weights("1")}, Basis{Weights: []Weight{{ChannelChat, dec("1")}}}, false},
		{"percent or not", Basis{Weights: weights("50", "50")}, Basis{Weights: weights("50", "50"), Percent: true}, false},
		// A hostile weight is compared without being expanded.
		{"hostile weights", Basis{Weights: []Weight{{ChannelVoice, decimal.New(1, 2_000_000_000)}}},
			Basis{Weights: []Weight{{ChannelVoice, decimal.New(1, 2_000_000_000)}}}, true},
		{"hostile and plain", Basis{Weights: []Weight{{ChannelVoice, decimal.New(1, 2_000_000_000)}}}, Basis{Weights: weights("1")}, false},
	}
	for _, tt := range tests {
		if got := tt.a.Equal(tt.b); got != tt.want {
			t.Errorf("%s: Equal() = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.b.Equal(tt.a); got != tt.want {
			t.Errorf("%s: Equal() reversed = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestBasisDescribe(t *testing.T) {
	tests := []struct {
		b    Basis
		want string
	}{
		{Basis{By: MeasureContacts}, "by contacts"},
		{Basis{By: MeasureHandleMinutes, Among: []Channel{ChannelVoice}}, "by handle_minutes"},
		{Basis{Weights: []Weight{{ChannelVoice, dec("1")}}}, "weights"},
		{Basis{Weights: []Weight{{ChannelVoice, dec("100")}}, Percent: true}, "percent"},
	}
	for _, tt := range tests {
		if got := tt.b.describe(); got != tt.want {
			t.Errorf("%+v.describe() = %q, want %q", tt.b, got, tt.want)
		}
	}
}

// basisModel is a three-channel center (voice, email, ivr) with one line
// split by basis b.
func basisModel(b Basis) Model {
	return Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{{Name: "Shared", Category: CategoryOther, Amount: dec("1000"), Basis: b}},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("1000"), HandleMinutes: dec("6000")},
			{Channel: ChannelEmail, Contacts: dec("500"), HandleMinutes: dec("2000")},
			{Channel: ChannelIVR, Contacts: dec("2000")},
		}}
}

func TestBasisErrors(t *testing.T) {
	w := func(ch Channel, v string) Weight { return Weight{ch, dec(v)} }
	tests := []struct {
		name   string
		b      Basis
		want   error
		path   string
		detail string
	}{
		{"by and weights", Basis{By: MeasureContacts, Weights: []Weight{w(ChannelVoice, "1")}}, ErrConflict, "costs[0].basis.weights", "not both"},
		{"percent on a split by a figure", Basis{By: MeasureContacts, Percent: true}, ErrConflict, "costs[0].basis.percent", ""},
		// Percent or Among alone names nothing to split by.
		{"percent without weights", Basis{Percent: true}, ErrNotSet, "costs[0].basis", "split by a volume figure (by) or by weights"},
		{"among without by", Basis{Among: []Channel{ChannelVoice}}, ErrNotSet, "costs[0].basis", "split by a volume figure (by) or by weights"},
		{"among with weights", Basis{Among: []Channel{ChannelVoice}, Weights: []Weight{w(ChannelVoice, "1")}}, ErrConflict,
			"costs[0].basis.among", ""},
		{"unknown measure", Basis{By: 99}, ErrInvalid, "costs[0].basis.by", ""},
		{"duplicate among", Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail, ChannelVoice}}, ErrDuplicate,
			"costs[0].basis.among[2]", `"voice"`},
		{"duplicate weight", Basis{Weights: []Weight{w(ChannelVoice, "1"), w(ChannelVoice, "2")}}, ErrDuplicate,
			"costs[0].basis.weights[1].channel", `"voice"`},
		{"percentages short of 100", Basis{Percent: true, Weights: []Weight{w(ChannelVoice, "50"), w(ChannelEmail, "30"), w(ChannelIVR, "19.99")}},
			ErrWeights, "costs[0].basis.weights", "percentages sum to 99.99, want 100"},
		{"percentages over 100", Basis{Percent: true, Weights: []Weight{w(ChannelVoice, "60"), w(ChannelEmail, "60")}},
			ErrWeights, "costs[0].basis.weights", "percentages sum to 120, want 100"},
		{"all zero", Basis{Weights: []Weight{w(ChannelVoice, "0"), w(ChannelEmail, "0")}}, ErrWeights, "costs[0].basis.weights", "all zero"},
		{"negative", Basis{Weights: []Weight{w(ChannelVoice, "2"), w(ChannelEmail, "-1")}}, ErrWeights, "costs[0].basis.weights[1].value",
			"negative: -1"},
		{"huge", Basis{Weights: []Weight{{ChannelVoice, decimal.New(1, 50)}}}, ErrTooLarge, "costs[0].basis.weights[0].value", ""},
		// The figure must be there on every channel split over.
		{"ivr without handle minutes", Basis{By: MeasureHandleMinutes, Among: []Channel{ChannelVoice, ChannelIVR}}, ErrMissingVolume,
			"costs[0].basis", `needs handle_minutes of channel "ivr"`},
		{"no channel has the figure", Basis{By: MeasureFTE}, ErrMissingVolume, "costs[0].basis", "fte"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := basisModel(tt.b).Validate()
			fe := validateFind(err, tt.path, tt.want)
			if fe == nil {
				t.Fatalf("Validate() = %v, want %v at %s", err, tt.want, tt.path)
			}
			if fe.Name != "Shared" {
				t.Errorf("Validate() error names %q, want the line \"Shared\"", fe.Name)
			}
			if !strings.Contains(fe.Detail, tt.detail) {
				t.Errorf("Validate() detail = %q, want it to contain %q", fe.Detail, tt.detail)
			}
		})
	}
}

// TestBasisShared pins that lines with identical bases share one
// validated basis (and so one weight vector per volume set): the same
// measure over the same channels, or the same weights, written in any
// form (3.00 is 3), while any difference (the measure, a weight, Percent)
// makes another basis.
func TestBasisShared(t *testing.T) {
	voiceEmail := []Channel{ChannelVoice, ChannelEmail}
	bases := []Basis{
		0: {By: MeasureContacts},
		1: {By: MeasureContacts},
		2: {By: MeasureContacts, Among: voiceEmail},
		3: {By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail}},
		4: {By: MeasureContacts, Among: voiceEmail},
		5: {By: MeasureHandleMinutes, Among: voiceEmail},
		6: {Weights: []Weight{{ChannelVoice, dec("25")}, {ChannelEmail, dec("75")}}},
		7: {Weights: []Weight{{ChannelVoice, dec("25.0")}, {ChannelEmail, dec("75.00")}}},
		8: {Weights: []Weight{{ChannelVoice, dec("25")}, {ChannelEmail, dec("70")}}},
		9: {Weights: []Weight{{ChannelVoice, dec("25")}, {ChannelEmail, dec("75")}}, Percent: true},
	}
	m := basisModel(Basis{})
	m.Costs = nil
	for i, b := range bases {
		m.Costs = append(m.Costs, Cost{Name: "line " + string(rune('a'+i)), Category: CategoryOther, Amount: dec("100"), Basis: b})
	}
	c, err := compileReport(&m)
	if err != nil {
		t.Fatalf("compileReport() error: %v", err)
	}
	lines := c.r.p.lines
	for _, s := range [][2]int{{0, 1}, {2, 3}, {2, 4}, {6, 7}} {
		if lines[s[0]].basis != lines[s[1]].basis {
			t.Errorf("lines %d and %d have identical bases but do not share a plan", s[0], s[1])
		}
	}
	for _, d := range [][2]int{{0, 2}, {2, 5}, {6, 8}, {6, 9}} {
		if lines[d[0]].basis == lines[d[1]].basis {
			t.Errorf("lines %d and %d have different bases but share a plan", d[0], d[1])
		}
	}
	// Shared or not, each line reports its own basis and parts.
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range bases {
		got := r.Lines[i].Basis
		if got.By != b.By || got.Percent != b.Percent || (len(b.Weights) > 0) != (len(got.Weights) > 0) {
			t.Errorf("Report().Lines[%d].Basis = %+v, want the line's basis %+v", i, got, b)
		}
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Verify() = %v", err)
	}
}

// TestBasisDefaultWithoutAssistedChannels pins that a split by a figure
// under the default basis (the agent-assisted channels), in a model whose
// channels are all automated, is an error at the line's basis: there is
// nothing to split over. (It panicked: index out of range [-1].)
func TestBasisDefaultWithoutAssistedChannels(t *testing.T) {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll,
		Costs:   []Cost{{Name: "Shared", Category: CategoryOther, Amount: dec("100"), Basis: Basis{By: MeasureContacts}}},
		Volumes: []Volume{{Channel: ChannelIVR, Contacts: dec("10")}, {Channel: ChannelSelfService, Contacts: dec("10")}}}
	err := validateSafely(t, m)
	if validateFind(err, "costs[0].basis", ErrMissingVolume) == nil {
		t.Errorf("Validate() = %v, want ErrMissingVolume at costs[0].basis", err)
	}
}
