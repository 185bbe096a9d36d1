package contactcost

// Category classifies a cost line, such as wages or telephony. The package
// defines the usual categories of a fully loaded contact-center cost as
// constants; any other label (1 to 64 bytes of printable UTF-8 without
// surrounding spaces) is a custom category.
type Category string

// Well-known cost categories.
const (
	Wages            Category = "wages"             // agent wages and overtime
	Benefits         Category = "benefits"          // benefits and payroll taxes
	Technology       Category = "technology"        // hardware, platform and infrastructure
	SoftwareLicences Category = "software-licences" // per-seat and other licences
	Telephony        Category = "telephony"         // minutes, numbers, toll-free
	Facilities       Category = "facilities"        // office space, utilities
	Taxes            Category = "taxes"             // taxes other than payroll taxes
	Training         Category = "training"          // recruiting and training
	Outsourcing      Category = "outsourcing"       // contractors and outsourcers
	Other            Category = "other"             // anything else
)

// KnownCategories returns the well-known categories in the order they are
// declared.
func KnownCategories() []Category {
	return []Category{Wages, Benefits, Technology, SoftwareLicences, Telephony, Facilities, Taxes, Training, Outsourcing, Other}
}

// Validate reports whether c is a usable label (see Channel.Validate).
func (c Category) Validate() error { return checkLabel("", "category", string(c)) }

// Behavior says how a cost line responds to volume. It matters for savings
// estimates: only variable costs fall when volume falls.
type Behavior uint8

const (
	// Fixed costs stay the same whatever the volume in the period (rent,
	// most licences). It is the zero value: a cost is assumed fixed unless
	// it is declared variable, so no saving is ever claimed by default.
	Fixed Behavior = iota
	// Variable costs are proportional to a driver (a Measure) over the
	// channels the cost belongs to: wages with handle minutes, telephony
	// with queue and handle minutes, per-contact fees with contacts.
	Variable
)

var behaviorNames = [...]string{Fixed: "fixed", Variable: "variable"}

// String returns "fixed" or "variable".
func (b Behavior) String() string { return enumName(behaviorNames[:], int(b), "Behavior") }

func (b Behavior) valid() bool { return int(b) < len(behaviorNames) }

// MarshalText implements encoding.TextMarshaler.
func (b Behavior) MarshalText() ([]byte, error) {
	return enumText(behaviorNames[:], int(b), "Behavior", "behavior", false)
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Behavior) UnmarshalText(text []byte) error {
	v, err := enumParse(behaviorNames[:], string(text), "behavior", false)
	if err != nil {
		return err
	}
	*b = Behavior(v)
	return nil
}
