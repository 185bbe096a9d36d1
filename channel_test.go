package contactcost

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// channelKnown lists the well-known channels with how each is handled.
var channelKnown = []struct {
	c Channel
	h Handling
}{
	{ChannelVoice, HandlingAssisted}, {ChannelEmail, HandlingAssisted}, {ChannelChat, HandlingAssisted},
	{ChannelSocial, HandlingAssisted}, {ChannelSMS, HandlingAssisted}, {ChannelMessaging, HandlingAssisted},
	{ChannelVideo, HandlingAssisted}, {ChannelSelfService, HandlingAutomated}, {ChannelIVR, HandlingAutomated},
}

func TestCheckLabel(t *testing.T) {
	valid := []string{"whatsapp", "Live chat", "ügyfélszolgálat", "a", strings.Repeat("x", 64), "chat (EN)", "客服"}
	for _, k := range channelKnown {
		valid = append(valid, string(k.c))
	}
	for _, s := range valid {
		if err := checkLabel(loc{path: "volumes[0]"}, "channel", s); err != nil {
			t.Errorf("checkLabel(%q) = %v, want nil", s, err)
		}
	}
	tests := []struct {
		s      string
		want   error
		detail string
	}{
		{"", ErrNotSet, ""},
		{" voice", ErrInvalid, `" voice" has leading or trailing space`},
		{"voice\t", ErrInvalid, `"voice\t" has leading or trailing space`},
		{"voice\u00a0", ErrInvalid, `"voice\u00a0" has leading or trailing space`},
		{"a\x00b", ErrInvalid, `"a\x00b" has non-printable characters`},
		{"live\nchat", ErrInvalid, `"live\nchat" has non-printable characters`},
		{"live\u00a0chat", ErrInvalid, `"live\u00a0chat" has non-printable characters`},
		{"voice\u200b", ErrInvalid, `"voice\u200b" has non-printable characters`},
		{"\xff", ErrInvalid, `"\xff" is not UTF-8`},
		{strings.Repeat("x", 65), ErrInvalid, `"` + strings.Repeat("x", 40) + `"... is longer than 64 bytes`},
		// 22 three-byte letters are 66 bytes: the bound is in bytes.
		{strings.Repeat("客", 22), ErrInvalid, `"` + strings.Repeat("客", 13) + `"... is longer than 64 bytes`},
	}
	for _, tt := range tests {
		err := checkLabel(loc{path: "volumes[3]", name: "x"}, "channel", tt.s)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) {
			t.Errorf("checkLabel(%q) = %v, want %v", tt.s, err, tt.want)
			continue
		}
		if fe.Path != "volumes[3].channel" || fe.Detail != tt.detail {
			t.Errorf("checkLabel(%q) error at %q: %q, want volumes[3].channel: %q", tt.s, fe.Path, fe.Detail, tt.detail)
		}
	}
}

func TestKnownHandling(t *testing.T) {
	var names []string
	for _, k := range channelKnown {
		if got := knownHandling(k.c); got != k.h {
			t.Errorf("knownHandling(%s) = %v, want %v", k.c, got, k.h)
		}
		names = append(names, string(k.c))
	}
	// A custom channel, or a case variant of a well-known one, has no
	// known handling.
	for _, c := range []Channel{"chatbot", "whatsapp", "Voice", "IVR", "self service", ""} {
		if got := knownHandling(c); got != 0 {
			t.Errorf("knownHandling(%q) = %v, want 0", c, got)
		}
	}
	if diff := cmp.Diff(names, knownChannelNames()); diff != "" {
		t.Errorf("knownChannelNames() mismatch (-want +got):\n%s", diff)
	}
}

func TestHandlingText(t *testing.T) {
	for _, h := range []Handling{HandlingAssisted, HandlingAutomated} {
		b, err := h.MarshalText()
		if err != nil || string(b) != h.String() {
			t.Errorf("%v.MarshalText() = %q, %v", h, b, err)
		}
		var back Handling
		if err := back.UnmarshalText(b); err != nil || back != h {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, h)
		}
	}
	if HandlingAssisted.String() != "assisted" || HandlingAutomated.String() != "automated" {
		t.Errorf("Handling names = %q, %q, want assisted, automated", HandlingAssisted, HandlingAutomated)
	}
	if b, err := Handling(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Handling(0).MarshalText() = %q, %v, want empty", b, err)
	}
	h := HandlingAutomated
	if err := h.UnmarshalText(nil); err != nil || h != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v, want Handling(0)", h, err)
	}
	if err := h.UnmarshalText([]byte("manual")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(manual) error = %v, want ErrInvalid", err)
	}
	if _, err := Handling(3).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Handling(3).MarshalText() error = %v, want ErrInvalid", err)
	}
}

func TestMeasureText(t *testing.T) {
	names := []string{"", "contacts", "handle_minutes", "queue_minutes", "agent_hours", "fte"}
	for m := MeasureContacts; m <= MeasureFTE; m++ {
		b, err := m.MarshalText()
		if err != nil || string(b) != names[m] || m.String() != names[m] {
			t.Errorf("Measure(%d).MarshalText() = %q, %v, String %q, want %q", m, b, err, m.String(), names[m])
		}
		var back Measure
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, back, err, m)
		}
	}
	if int(MeasureFTE)+1 != measures {
		t.Errorf("measures = %d, want %d", measures, int(MeasureFTE)+1)
	}
	var m Measure
	if err := m.UnmarshalText([]byte("seats")); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalText(seats) error = %v, want ErrInvalid", err)
	}
	// The old basis names are not measures.
	for _, old := range []string{"handle-time", "queue-time", "agent-hours", "HandleMinutes"} {
		if err := m.UnmarshalText([]byte(old)); !errors.Is(err, ErrInvalid) {
			t.Errorf("UnmarshalText(%q) error = %v, want ErrInvalid", old, err)
		}
	}
	if b, err := Measure(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("Measure(0).MarshalText() = %q, %v, want empty", b, err)
	}
	if _, err := Measure(9).MarshalText(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Measure(9).MarshalText() error = %v, want ErrInvalid", err)
	}
}

func TestMeasureOf(t *testing.T) {
	v := Volume{Channel: ChannelVoice, Contacts: dec("100"), HandleMinutes: dec("600.5"), QueueMinutes: dec("42"),
		AgentHours: dec("12.25"), FTE: dec("1.5"), Offered: dec("110"), Abandoned: dec("10")}
	tests := []struct {
		m    Measure
		want decimal.Decimal
	}{
		{MeasureContacts, dec("100")},
		{MeasureHandleMinutes, dec("600.5")},
		{MeasureQueueMinutes, dec("42")},
		{MeasureAgentHours, dec("12.25")},
		{MeasureFTE, dec("1.5")},
		{0, decimal.Zero},
		{9, decimal.Zero},
	}
	for _, tt := range tests {
		if got := tt.m.of(&v); !got.Equal(tt.want) {
			t.Errorf("%v.of(volume) = %s, want %s", tt.m, got, tt.want)
		}
	}
}
