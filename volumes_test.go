package contactcost

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// volumesModel is a model with the given volumes and one line split by
// contacts among the assisted channels.
func volumesModel(vols ...Volume) Model {
	return Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll,
		Costs:   []Cost{{Name: "Shared", Category: CategoryOther, Amount: dec("100"), Basis: Basis{By: MeasureContacts}}},
		Volumes: vols}
}

func TestVolumesErrors(t *testing.T) {
	voice := func(modify func(v *Volume)) Volume {
		v := Volume{Channel: ChannelVoice, Contacts: dec("1000"), HandleMinutes: dec("6000")}
		modify(&v)
		return v
	}
	tests := []struct {
		name   string
		vols   []Volume
		want   error
		path   string
		who    string
		detail string
	}{
		{"offered below contacts", []Volume{voice(func(v *Volume) { v.Offered = dec("999.5") })}, ErrOutOfRange,
			"volumes[0].offered", "voice", "999.5 is less than contacts 1000"},
		{"abandoned beyond offered − contacts", []Volume{voice(func(v *Volume) { v.Offered = dec("1050"); v.Abandoned = dec("50.5") })},
			ErrOutOfRange, "volumes[0].abandoned", "voice", "50.5 is more than offered − contacts = 50"},
		{"zero contacts", []Volume{voice(func(v *Volume) { v.Contacts = dec("0") })}, ErrNoContacts, "volumes[0].contacts", "voice", ""},
		{"negative contacts", []Volume{voice(func(v *Volume) { v.Contacts = dec("-1") })}, ErrNegative, "volumes[0].contacts", "voice", "-1"},
		{"negative handle minutes", []Volume{voice(func(v *Volume) { v.HandleMinutes = dec("-1") })}, ErrNegative,
			"volumes[0].handle_minutes", "voice", ""},
		{"negative queue minutes", []Volume{voice(func(v *Volume) { v.QueueMinutes = dec("-0.5") })}, ErrNegative,
			"volumes[0].queue_minutes", "voice", "-0.5"},
		{"negative agent hours", []Volume{voice(func(v *Volume) { v.AgentHours = dec("-1") })}, ErrNegative,
			"volumes[0].agent_hours", "voice", ""},
		{"negative fte", []Volume{voice(func(v *Volume) { v.FTE = dec("-1") })}, ErrNegative, "volumes[0].fte", "voice", ""},
		{"negative offered", []Volume{voice(func(v *Volume) { v.Offered = dec("-1") })}, ErrNegative, "volumes[0].offered", "voice", ""},
		{"negative abandoned", []Volume{voice(func(v *Volume) { v.Abandoned = dec("-1") })}, ErrNegative, "volumes[0].abandoned", "voice", ""},
		{"huge contacts", []Volume{voice(func(v *Volume) { v.Contacts = decimal.New(1, 60) })}, ErrTooLarge, "volumes[0].contacts", "voice", ""},
		{"duplicate channel", []Volume{voice(func(*Volume) {}), {Channel: ChannelChat, Contacts: dec("1")}, voice(func(*Volume) {})},
			ErrDuplicate, "volumes[2].channel", "voice", "also volumes[0]"},
		{"invalid handling", []Volume{voice(func(v *Volume) { v.Handling = 9 })}, ErrInvalid, "volumes[0].handling", "voice", ""},
		{"custom channel without handling", []Volume{voice(func(*Volume) {}), {Channel: "kiosk", Contacts: dec("1")}}, ErrNotSet,
			"volumes[1].handling", "kiosk", `"assisted" or "automated"`},
		{"label with spaces", []Volume{voice(func(v *Volume) { v.Channel = " voice" })}, ErrInvalid, "volumes[0].channel", " voice",
			"leading or trailing space"},
		{"label too long", []Volume{voice(func(v *Volume) { v.Channel = Channel(strings.Repeat("v", 65)) })}, ErrInvalid,
			"volumes[0].channel", strings.Repeat("v", 65), "longer than 64 bytes"},
		{"no channels", nil, ErrNotSet, "volumes", "", "at least one channel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			vols := tt.vols
			if vols != nil {
				// A valid assisted channel, for the shared line to split
				// over whatever the case does to the others.
				vols = append(slices.Clone(vols), Volume{Channel: ChannelSMS, Contacts: dec("5")})
			}
			err := validateSafely(t, volumesModel(vols...))
			fe := validateFind(err, tt.path, tt.want)
			if fe == nil {
				t.Fatalf("Validate() = %v, want %v at %s", err, tt.want, tt.path)
			}
			if fe.Name != tt.who {
				t.Errorf("Validate() error names %q, want %q", fe.Name, tt.who)
			}
			if !strings.Contains(fe.Detail, tt.detail) {
				t.Errorf("Validate() detail = %q, want it to contain %q", fe.Detail, tt.detail)
			}
		})
	}
}

// TestVolumesHandling pins how a channel's handling is decided: by its
// name for a well-known channel, by Handling when set (which overrides
// the name), and never by default for a custom one.
func TestVolumesHandling(t *testing.T) {
	m := volumesModel(
		Volume{Channel: ChannelVoice, Contacts: dec("100")},
		Volume{Channel: ChannelIVR, Contacts: dec("100")},
		Volume{Channel: ChannelSelfService, Contacts: dec("100")},
		Volume{Channel: "chatbot", Handling: HandlingAutomated, Contacts: dec("100")},
		Volume{Channel: "whatsapp", Handling: HandlingAssisted, Contacts: dec("100")},
		Volume{Channel: ChannelEmail, Handling: HandlingAutomated, Contacts: dec("100")},
	)
	r, err := m.Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	got := map[Channel]bool{}
	for _, f := range r.Channels {
		got[f.Channel] = f.Automated
	}
	want := map[Channel]bool{ChannelVoice: false, ChannelIVR: true, ChannelSelfService: true, "chatbot": true, "whatsapp": false, ChannelEmail: true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Report() automated channels mismatch (-want +got):\n%s", diff)
	}
	// The shared line reaches the assisted channels only, in report order.
	if diff := cmp.Diff([]Channel{ChannelVoice, "whatsapp"}, r.Lines[0].Basis.Among); diff != "" {
		t.Errorf("Report().Lines[0].Basis.Among mismatch (-want +got):\n%s", diff)
	}
	if !r.AssistedContacts.Equal(dec("200")) || !r.AllContacts.Equal(dec("600")) {
		t.Errorf("Report() assisted, all contacts = %v, %v; want 200, 600", r.AssistedContacts, r.AllContacts)
	}
}

// TestVolumesShownOf pins how a report shows a volume: a terminating figure as it
// is, however many places it has; a non-terminating one (which a lever can
// leave: 2800/3 contacts) rounded half-even to 12 places.
func TestVolumesShownOf(t *testing.T) {
	tests := []struct {
		x    Ratio
		want string
	}{
		{ratio("1000", "1"), "1000"},
		{ratio("5", "2"), "2.5"},
		// 1/8192 = 0.0001220703125 terminates (13 places): shown exactly.
		{ratio("1", "8192"), "0.0001220703125"},
		{ratio("1", "3"), "0.333333333333"},
		{ratio("2", "3"), "0.666666666667"},
		{ratio("2800", "3"), "933.333333333333"},
		// 1/7 = 0.142857 142857 142857…: the 13th place is 1, so down.
		{ratio("1", "7"), "0.142857142857"},
		// 5/7 = 0.714285 714285 714285 7…: the 13th place is 7, so up.
		{ratio("5", "7"), "0.714285714286"},
		{ratio("0", "1"), "0"},
	}
	for _, tt := range tests {
		if got := shownOf(tt.x).String(); got != tt.want {
			t.Errorf("shownOf(%v) = %s, want %s", tt.x, got, tt.want)
		}
	}
}
