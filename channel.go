package contactcost

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Channel names a way customers contact the center. The package defines the
// common ones as constants; any other label (1 to 64 bytes of printable
// UTF-8 without surrounding spaces) is a custom channel, such as "whatsapp"
// or "callback".
type Channel string

// Well-known channels. IVR and SelfService are automated: their contacts are
// not agent-assisted, which matters for the ScopeAssisted scope.
const (
	Voice       Channel = "voice"
	Email       Channel = "email"
	Chat        Channel = "chat"
	Social      Channel = "social"
	SMS         Channel = "sms"
	Messaging   Channel = "messaging"
	Video       Channel = "video"
	SelfService Channel = "self-service"
	IVR         Channel = "ivr"
)

// KnownChannels returns the well-known channels in the order they are
// declared.
func KnownChannels() []Channel {
	return []Channel{Voice, Email, Chat, Social, SMS, Messaging, Video, SelfService, IVR}
}

// Automated reports whether c is one of the well-known automated channels,
// IVR or SelfService. A custom automated channel (a chatbot, say) is marked
// with Volume.Automated instead.
func (c Channel) Automated() bool { return c == IVR || c == SelfService }

// Validate reports whether c is a usable label: ErrNotSet when empty,
// ErrInvalid when longer than 64 bytes, not UTF-8, with control characters,
// or with leading or trailing spaces.
func (c Channel) Validate() error { return checkLabel("", "channel", string(c)) }

// checkLabel validates a channel, category or similar label.
func checkLabel(where, field, s string) error {
	switch {
	case s == "":
		return fieldErr(where, field, ErrNotSet, "")
	case len(s) > 64:
		return fieldErr(where, field, ErrInvalid, quoteTrunc(s)+" is longer than 64 bytes")
	case !utf8.ValidString(s):
		return fieldErr(where, field, ErrInvalid, quoteTrunc(s)+" is not UTF-8")
	case strings.TrimSpace(s) != s:
		return fieldErr(where, field, ErrInvalid, quoteTrunc(s)+" has leading or trailing space")
	case strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) && r != ' ' }) >= 0:
		return fieldErr(where, field, ErrInvalid, quoteTrunc(s)+" has non-printable characters")
	}
	return nil
}

// Volume is what one channel handled in the model's period. Contacts and
// HandleMinutes are the usual inputs; the other fields are needed only by the
// allocation bases and cost drivers that use them.
//
// All figures are decimals so that forecasts and scenarios may hold
// fractional volumes; none may be negative. The zero Volume is not valid: a
// channel needs a name and at least one contact.
type Volume struct {
	// Channel names the channel; each appears once in a model.
	Channel Channel
	// Automated marks a custom channel as automated (not agent-assisted),
	// like a chatbot. IVR and SelfService are automated whatever it says.
	Automated bool
	// Contacts is the number of contacts handled (must be positive).
	Contacts decimal.Decimal
	// HandleMinutes is the total handle time (talk + hold + wrap-up) in
	// minutes, for all contacts together; for IVR and self-service, the
	// session minutes.
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

// IsAutomated reports whether the channel's contacts are not agent-assisted:
// v.Automated is set or the channel is IVR or SelfService.
func (v Volume) IsAutomated() bool { return v.Automated || v.Channel.Automated() }

// Measure names a per-channel volume figure: what a shared cost is allocated
// by, or what a variable cost varies with.
type Measure uint8

// The measures, each reading one field of Volume.
const (
	// Contacts reads Volume.Contacts.
	Contacts Measure = iota + 1
	// HandleMinutes reads Volume.HandleMinutes.
	HandleMinutes
	// QueueMinutes reads Volume.QueueMinutes.
	QueueMinutes
	// AgentHours reads Volume.AgentHours.
	AgentHours
	// FTE reads Volume.FTE.
	FTE
)

var measureNames = [...]string{
	Contacts:      "contacts",
	HandleMinutes: "handle_minutes",
	QueueMinutes:  "queue_minutes",
	AgentHours:    "agent_hours",
	FTE:           "fte",
}

// String returns the measure's name as used in JSON ("contacts",
// "handle_minutes", "queue_minutes", "agent_hours", "fte"), which is also
// the JSON name of the Volume field it reads.
func (m Measure) String() string { return enumName(measureNames[:], int(m), "Measure") }

func (m Measure) valid() bool { return m >= Contacts && int(m) < len(measureNames) }

// MarshalText implements encoding.TextMarshaler. The zero Measure (none)
// marshals as empty text.
func (m Measure) MarshalText() ([]byte, error) {
	return enumText(measureNames[:], int(m), "Measure", "measure", true)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Measure.
func (m *Measure) UnmarshalText(text []byte) error {
	v, err := enumParse(measureNames[:], string(text), "measure", true)
	if err != nil {
		return err
	}
	*m = Measure(v)
	return nil
}

// of returns the measure's figure in v.
func (m Measure) of(v Volume) decimal.Decimal {
	switch m {
	case Contacts:
		return v.Contacts
	case HandleMinutes:
		return v.HandleMinutes
	case QueueMinutes:
		return v.QueueMinutes
	case AgentHours:
		return v.AgentHours
	case FTE:
		return v.FTE
	}
	return decimal.Decimal{}
}
