package contactcost

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Channel names a way customers contact the center. The package defines
// the common ones as constants; any other label (1 to 64 bytes of printable
// UTF-8 without surrounding spaces) is a custom channel, such as
// "whatsapp" or "chatbot".
type Channel string

// The well-known channels. ChannelIVR and ChannelSelfService are automated:
// their contacts are not agent-assisted; the others are agent-assisted.
// A custom channel says which it is with Volume.Handling.
const (
	ChannelVoice       Channel = "voice"
	ChannelEmail       Channel = "email"
	ChannelChat        Channel = "chat"
	ChannelSocial      Channel = "social"
	ChannelSMS         Channel = "sms"
	ChannelMessaging   Channel = "messaging"
	ChannelVideo       Channel = "video"
	ChannelSelfService Channel = "self-service"
	ChannelIVR         Channel = "ivr"
)

// knownChannels lists the well-known channels with how each is handled.
var knownChannels = []struct {
	channel Channel
	handled Handling
}{
	{ChannelVoice, HandlingAssisted}, {ChannelEmail, HandlingAssisted}, {ChannelChat, HandlingAssisted},
	{ChannelSocial, HandlingAssisted}, {ChannelSMS, HandlingAssisted}, {ChannelMessaging, HandlingAssisted},
	{ChannelVideo, HandlingAssisted}, {ChannelSelfService, HandlingAutomated}, {ChannelIVR, HandlingAutomated},
}

// knownHandling returns how a well-known channel is handled, or 0 for a
// custom channel.
func knownHandling(c Channel) Handling {
	for _, k := range knownChannels {
		if k.channel == c {
			return k.handled
		}
	}
	return 0
}

// knownChannelNames returns the names of the well-known channels.
func knownChannelNames() []string {
	out := make([]string, len(knownChannels))
	for i, k := range knownChannels {
		out[i] = string(k.channel)
	}
	return out
}

// Handling says who handles a channel's contacts: agents or automation. It
// decides which contacts ScopeAssisted counts and which channels a basis
// splits agent costs over by default.
//
// The zero Handling means "as the channel's name says": a well-known
// channel is handled as its constant documents, and a custom channel must
// say, so that no channel is taken for agent-assisted (or automated)
// silently.
type Handling uint8

// The handlings.
const (
	// HandlingAssisted marks a channel whose contacts agents handle.
	HandlingAssisted Handling = iota + 1
	// HandlingAutomated marks a channel whose contacts are handled without
	// an agent: an IVR, a self-service portal, a chatbot.
	HandlingAutomated
)

var handlingEnum = enum{typ: "Handling", field: "handling", names: []string{
	HandlingAssisted: "assisted", HandlingAutomated: "automated"}}

// String returns "assisted" or "automated".
func (h Handling) String() string { return handlingEnum.name(int(h)) }

// MarshalText implements [encoding.TextMarshaler]; the zero Handling
// marshals as empty text.
func (h Handling) MarshalText() ([]byte, error) { return handlingEnum.text(int(h)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives
// the zero Handling.
func (h *Handling) UnmarshalText(text []byte) error {
	return handlingEnum.unmarshal(text, (*uint8)(h))
}

// checkLabel validates a channel, category or similar label at field of l.
func checkLabel(l loc, field, s string) error {
	switch {
	case s == "":
		return l.err(field, ErrNotSet, "")
	case len(s) > 64:
		return l.err(field, ErrInvalid, quote(s)+" is longer than 64 bytes")
	case !utf8.ValidString(s):
		return l.err(field, ErrInvalid, quote(s)+" is not UTF-8")
	case strings.TrimSpace(s) != s:
		return l.err(field, ErrInvalid, quote(s)+" has leading or trailing space")
	case strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) && r != ' ' }) >= 0:
		return l.err(field, ErrInvalid, quote(s)+" has non-printable characters")
	}
	return nil
}

// Volume is what one channel handled in the model's period. Contacts and
// HandleMinutes are the usual inputs; the other figures are needed only by
// the allocation bases and cost drivers that use them.
//
// All figures are decimals so that forecasts may hold fractional volumes;
// none may be negative. The zero Volume is not valid: a channel needs a
// name and at least one contact.
type Volume struct {
	// Channel names the channel; each appears once in a model.
	Channel Channel
	// Handling says whether agents or automation handle the channel's
	// contacts; it may stay zero for a well-known channel, never for a
	// custom one.
	Handling Handling
	// Contacts is the number of contacts handled (must be positive).
	Contacts decimal.Decimal
	// HandleMinutes is the total handle time (talk + hold + wrap-up) of
	// all contacts, in minutes; for an automated channel, the session
	// minutes.
	HandleMinutes decimal.Decimal
	// QueueMinutes is the total time callers waited in queue, in minutes.
	QueueMinutes decimal.Decimal
	// AgentHours is the agent time paid for the channel, in hours.
	AgentHours decimal.Decimal
	// FTE is the number of full-time-equivalent agents (or seats) on the
	// channel.
	FTE decimal.Decimal
	// Offered is the number of contacts offered (handled + abandoned);
	// optional, zero when unknown. When set it must be at least Contacts.
	Offered decimal.Decimal
	// Abandoned is the number of contacts abandoned before being handled;
	// optional. When Offered is set it may not exceed Offered − Contacts.
	Abandoned decimal.Decimal
}

// Measure names a per-channel volume figure: what a shared cost is split
// by, or what a variable cost varies with. Its names are the JSON names of
// the Volume fields it reads.
type Measure uint8

// The measures, each reading one field of Volume.
const (
	MeasureContacts      Measure = iota + 1 // Volume.Contacts
	MeasureHandleMinutes                    // Volume.HandleMinutes (workload)
	MeasureQueueMinutes                     // Volume.QueueMinutes
	MeasureAgentHours                       // Volume.AgentHours
	MeasureFTE                              // Volume.FTE
)

// measures is the number of measures plus one, for arrays indexed by
// Measure.
const measures = int(MeasureFTE) + 1

var measureEnum = enum{typ: "Measure", field: "by", names: []string{
	MeasureContacts:      "contacts",
	MeasureHandleMinutes: "handle_minutes",
	MeasureQueueMinutes:  "queue_minutes",
	MeasureAgentHours:    "agent_hours",
	MeasureFTE:           "fte",
}}

// String returns the measure's name: "contacts", "handle_minutes",
// "queue_minutes", "agent_hours" or "fte".
func (m Measure) String() string { return measureEnum.name(int(m)) }

// MarshalText implements [encoding.TextMarshaler]; the zero Measure (none)
// marshals as empty text.
func (m Measure) MarshalText() ([]byte, error) { return measureEnum.text(int(m)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives
// the zero Measure.
func (m *Measure) UnmarshalText(text []byte) error { return measureEnum.unmarshal(text, (*uint8)(m)) }

// of returns the measure's figure in v.
func (m Measure) of(v *Volume) decimal.Decimal {
	switch m {
	case MeasureContacts:
		return v.Contacts
	case MeasureHandleMinutes:
		return v.HandleMinutes
	case MeasureQueueMinutes:
		return v.QueueMinutes
	case MeasureAgentHours:
		return v.AgentHours
	case MeasureFTE:
		return v.FTE
	}
	return decimal.Decimal{}
}
