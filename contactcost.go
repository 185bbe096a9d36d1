package contactcost

import (
	"math/big"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// CostPerContact returns total / contacts exactly: the cost per contact of a
// period in which the center cost total and handled contacts contacts.
// The result is a Ratio, so nothing is rounded yet; round it with
// Ratio.Round or a Rounding policy.
//
// It fails with ErrNoContacts when contacts is zero, ErrNegative when either
// argument is negative, and ErrTooLarge for numbers outside the package
// bounds.
func CostPerContact(total, contacts decimal.Decimal) (Ratio, error) {
	t, err := checkAmount("", "total", total, false)
	if err != nil {
		return Ratio{}, err
	}
	c, err := checkAmount("", "contacts", contacts, false)
	if err != nil {
		return Ratio{}, err
	}
	if c.sign() == 0 {
		return Ratio{}, fieldErr("", "contacts", ErrNoContacts, "")
	}
	return quoRat(t.rat(), c.rat()), nil
}

// Scope says which contacts a center-wide cost per contact counts. It is a
// choice that changes the answer (sources disagree), so a Model must state
// it; the zero Scope is "not set".
type Scope uint8

const (
	// ScopeAssisted counts agent-assisted contacts only: IVR, self-service
	// and other automated channels are left out of the denominator (their
	// cost stays in the numerator).
	ScopeAssisted Scope = iota + 1
	// ScopeAll counts every contact, including IVR and self-service.
	ScopeAll
)

var scopeNames = [...]string{ScopeAssisted: "assisted", ScopeAll: "all"}

// String returns "assisted" or "all".
func (s Scope) String() string { return enumName(scopeNames[:], int(s), "Scope") }

func (s Scope) valid() bool { return s == ScopeAssisted || s == ScopeAll }

// counts reports whether a channel's contacts count under scope s.
func (s Scope) counts(automated bool) bool { return s == ScopeAll || !automated }

// MarshalText implements encoding.TextMarshaler. The zero Scope (not set)
// marshals as empty text.
func (s Scope) MarshalText() ([]byte, error) {
	return enumText(scopeNames[:], int(s), "Scope", "scope", true)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives the
// zero Scope.
func (s *Scope) UnmarshalText(text []byte) error {
	v, err := enumParse(scopeNames[:], string(text), "scope", true)
	if err != nil {
		return err
	}
	*s = Scope(v)
	return nil
}

// Cost is one cost line of a center: what it is, how much it is in the
// model's period, and which channels bear it.
//
// A direct cost names its Channel and leaves Basis zero; a shared cost
// leaves Channel empty and says how it is split with Basis. The zero Cost is
// not valid.
type Cost struct {
	// Name identifies the line in reports and errors ("Agent wages").
	// Names need not be unique, but unique names make reports clearer.
	Name string
	// Category classifies the line (Wages, Telephony, ... or a custom one).
	Category Category
	// Amount is the cost in the model's period and currency; it may not be
	// negative. It may have more decimal places than the currency: it is
	// booked to the minor unit once, by the model's rounding mode.
	Amount decimal.Decimal
	// Currency, when set, must be the model's currency. It lets data from
	// several sources say what it is in, so a mix-up is caught.
	Currency Currency
	// Channel makes the line a direct cost of that channel.
	Channel Channel
	// Basis makes the line a shared cost and says how it is split.
	Basis Basis
	// Behavior says whether the cost is fixed in the period (the zero
	// value) or varies with Driver.
	Behavior Behavior
	// Driver is the volume a variable cost is proportional to, measured over
	// the channels that bear the cost. It must be zero for a fixed cost.
	Driver Measure

	// Period is the period Amount is stated for: an annual licence is
	// stated for 2026 and prorated into the model's period by the model's
	// Convention. The zero Period means the model's period. For a rate (Per
	// set) it is the window the rate applies in; zero means throughout.
	Period Period
	// Per makes Amount a rate per calendar unit (95.00 per Month): the
	// line's amount is the rate times the number of units in the model's
	// period, measured by the model's Convention.
	Per Unit
	// UnitPrice prices the line per unit instead of Amount, which must then
	// be zero. With Quantity the amount is UnitPrice × Quantity (60 seats at
	// 95.00, usually with Per: Month). A variable line with a UnitPrice and
	// no Quantity takes its quantity from its Driver's volume on its
	// channels in the model's period (0.012 per handle minute).
	UnitPrice decimal.Decimal
	// Quantity is the number of units priced at UnitPrice (seats, agents,
	// phone numbers).
	Quantity decimal.Decimal
	// Timing says whether the line recurs (the zero value) or is a one-time
	// cost that is excluded from the figures or amortized.
	Timing Timing
	// Incurred is the date of a one-time cost.
	Incurred Date
	// AmortizeMonths is the number of months a one-time cost with timing
	// OneTimeAmortized is spread over, in equal monthly parts, starting
	// with the month of Incurred.
	AmortizeMonths int
}

// Timing says whether a cost line recurs or happens once.
type Timing uint8

const (
	// Recurring costs (the zero value) are stated for a period or per unit
	// of time and prorated into the report's period.
	Recurring Timing = iota
	// OneTimeExcluded marks a one-time cost (a project, a capital purchase)
	// that is left out of the cost per contact. Its line is reported with a
	// zero amount, so the choice stays visible.
	OneTimeExcluded
	// OneTimeAmortized marks a one-time cost spread in equal monthly parts
	// over Cost.AmortizeMonths months from the month of Cost.Incurred.
	OneTimeAmortized
)

var timingNames = [...]string{Recurring: "recurring", OneTimeExcluded: "one-time-excluded", OneTimeAmortized: "one-time-amortized"}

// String returns "recurring", "one-time-excluded" or "one-time-amortized".
func (t Timing) String() string { return enumName(timingNames[:], int(t), "Timing") }

// MarshalText implements encoding.TextMarshaler.
func (t Timing) MarshalText() ([]byte, error) {
	return enumText(timingNames[:], int(t), "Timing", "timing", false)
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text gives
// Recurring.
func (t *Timing) UnmarshalText(text []byte) error {
	v, err := enumParse(timingNames[:], string(text), "timing", true)
	if err != nil {
		return err
	}
	*t = Timing(v)
	return nil
}

// Model describes a contact center over one period: its currency, its cost
// lines and what each channel handled. It is plain data: build it as a
// literal or decode it from JSON, check it with Validate, and get the
// figures with Report.
//
// Functions that take a Model read it and never modify or retain it, so one
// Model may be used by many goroutines at once as long as none modifies it.
// The zero Model is not valid.
type Model struct {
	// Currency is the currency of every amount.
	Currency Currency
	// Period is the period the costs and volumes cover.
	Period Period
	// Scope says which contacts the center-wide cost per contact counts.
	Scope Scope
	// Rounding is the rounding policy of the report; the zero value rounds
	// half-even to the currency's minor unit.
	Rounding Rounding
	// Costs are the cost lines.
	Costs []Cost
	// Volumes gives each channel's volume, one entry per channel. The order
	// is the order of channels in reports.
	Volumes []Volume
	// Convention is the day-count convention that prorates cost lines
	// stated for other periods or per unit of time into Period. It may stay
	// zero when no line needs it, or when every convention gives the same
	// amounts (a monthly rate in a monthly report); otherwise a zero
	// Convention is an error that shows how much the choice matters.
	Convention Convention
	// Strict makes a cost line that has nothing in Period (its period or
	// amortization window does not overlap Period) an error instead of a
	// zero.
	Strict bool
}

// Validate checks the whole model and reports every problem it finds, not
// only the first, joined with errors.Join. Each problem is a *FieldError
// (or a *CurrencyMismatchError) that says where it is, for example
//
//	contactcost: costs[2] "Office": amount: negative: -5
//
// and matches one of the package's sentinel errors with errors.Is.
func (m Model) Validate() error {
	_, err := m.compile()
	return err
}

// Report computes the model's report. It validates the model first and
// returns Validate's error if there is one.
func (m Model) Report() (Report, error) {
	c, err := m.compile()
	if err != nil {
		return Report{}, err
	}
	return c.report(nil), nil
}

// channelData is a validated Volume with its figures in canonical form.
type channelData struct {
	vol       Volume
	automated bool
	figures   [FTE + 1]number // indexed by Measure
}

// weightVec is a validated allocation: the channels taking part, in
// tie-break order, and their weights scaled to integers.
type weightVec struct {
	members []int      // channel indexes, sorted by channel name
	weights []*big.Int // integer weights, same order
	small   []int64    // the same weights when they all fit in int64
	total   uint64     // their sum, when small != nil and it fits in 64 bits
	fits    bool       // the fast path applies
	shares  []Ratio    // weight / Σ weight, same order
	values  []decimal.Decimal
	rats    []*big.Rat // the weights as given, same order; never modified
	// display lists member positions in the report's channel order.
	display []int
	key     string // a measure basis's cache key
}

// costData is a validated Cost.
type costData struct {
	cost       Cost
	base       *big.Rat   // Amount, or UnitPrice × Quantity, or UnitPrice
	fromVolume bool       // base is a price per unit of the driver's volume
	exact      *big.Rat   // the line's exact amount in the model's period
	direct     int        // channel index of a direct cost, or -1
	alloc      *weightVec // shared costs
}

// compiled is a validated model, ready to report on.
type compiled struct {
	m        Model
	channels []channelData
	index    map[Channel]int
	costs    []costData
	scenario *scenarioOptions // nil for a plain model
}

// scenarioOptions turn a compile into the repricing of a baseline: the
// model's volumes are the levers' outcome, which may leave a channel with
// nothing (all its contacts deflected), and its last cost lines are the
// levers' own (which may be credits).
type scenarioOptions struct {
	base       *compiled  // the baseline, compiled
	leverLines int        // the number of trailing cost lines added by levers
	leverExact []*big.Rat // their exact amounts
}

const maxNameLength = 200

// compile validates m and prepares it for reporting.
func (m Model) compile() (*compiled, error) { return m.compileWith(nil) }

// compileWith compiles m, as the repricing of a baseline when sc is set.
func (m Model) compileWith(sc *scenarioOptions) (*compiled, error) {
	var errs errList
	if m.Currency.IsZero() {
		errs.add(fieldErr("", "currency", ErrNotSet, ""))
	}
	if m.Period.IsZero() {
		errs.add(fieldErr("", "period", ErrNotSet, ""))
	}
	if !m.Scope.valid() {
		if m.Scope == 0 {
			errs.add(fieldErr("", "scope", ErrNotSet, "choose ScopeAssisted or ScopeAll"))
		} else {
			errs.add(fieldErr("", "scope", ErrInvalid, m.Scope.String()))
		}
	}
	errs.add(m.Rounding.Validate())
	if m.Convention != 0 && !m.Convention.valid() {
		errs.add(fieldErr("", "convention", ErrInvalid, m.Convention.String()))
	}

	c := &compiled{m: m, index: make(map[Channel]int, len(m.Volumes)), scenario: sc}
	if len(m.Volumes) == 0 {
		errs.add(fieldErr("", "volumes", ErrNotSet, "a model needs at least one channel"))
	}
	for i, v := range m.Volumes {
		ch, ok := checkVolume(i, v, c.index, &errs, sc != nil)
		if _, dup := c.index[v.Channel]; !dup {
			c.index[v.Channel] = len(c.channels)
		}
		if ok {
			c.channels = append(c.channels, ch)
		} else {
			c.channels = append(c.channels, channelData{vol: v, automated: v.IsAutomated()})
		}
	}
	if m.Scope == ScopeAssisted && len(m.Volumes) > 0 && !slices.ContainsFunc(c.channels, func(ch channelData) bool { return !ch.automated }) {
		errs.add(fieldErr("", "scope", ErrNoContacts, "scope is assisted but every channel is automated"))
	}
	cache := make(map[string]*weightVec)
	for i, cost := range m.Costs {
		c.costs = append(c.costs, c.checkCost(i, cost, cache, &errs))
	}
	if err := errs.join(); err != nil {
		return nil, err
	}
	return c, nil
}

func whereVolume(i int, ch Channel) string {
	return "volumes[" + strconv.Itoa(i) + "] " + quoteTrunc(string(ch))
}

func whereCost(i int, name string) string {
	return "costs[" + strconv.Itoa(i) + "] " + quoteTrunc(name)
}

// checkVolume validates volume i. A scenario's channel may have no
// contacts left.
func checkVolume(i int, v Volume, seen map[Channel]int, errs *errList, scenario bool) (channelData, bool) {
	where := whereVolume(i, v.Channel)
	n := len(*errs)
	if err := checkLabel(where, "channel", string(v.Channel)); err != nil {
		errs.add(err)
	} else if j, dup := seen[v.Channel]; dup {
		errs.add(fieldErr(where, "channel", ErrDuplicate, "also volumes["+strconv.Itoa(j)+"]"))
	}
	ch := channelData{vol: v, automated: v.IsAutomated()}
	for m := Contacts; m <= FTE; m++ {
		num, err := checkAmount(where, m.String(), m.of(v), false)
		errs.add(err)
		ch.figures[m] = num
	}
	offered, err := checkAmount(where, "offered", v.Offered, false)
	errs.add(err)
	abandoned, err := checkAmount(where, "abandoned", v.Abandoned, false)
	errs.add(err)
	if len(*errs) > n {
		return ch, false
	}
	contacts := ch.figures[Contacts]
	if contacts.sign() == 0 && !scenario {
		errs.add(fieldErr(where, "contacts", ErrNoContacts, "a channel needs at least one handled contact"))
	}
	if offered.sign() > 0 && !scenario {
		if offered.rat().Cmp(contacts.rat()) < 0 {
			errs.add(fieldErr(where, "offered", ErrOutOfRange, offered.decimal().String()+" is less than contacts "+contacts.decimal().String()))
		} else if free := new(big.Rat).Sub(offered.rat(), contacts.rat()); abandoned.rat().Cmp(free) > 0 {
			errs.add(fieldErr(where, "abandoned", ErrOutOfRange, abandoned.decimal().String()+" is more than offered − contacts = "+ratDecimal(free).String()))
		}
	}
	return ch, len(*errs) == n
}

// checkCost validates cost i against the channels and works out its exact
// amount in the model's period.
func (c *compiled) checkCost(i int, cost Cost, cache map[string]*weightVec, errs *errList) costData {
	where := whereCost(i, cost.Name)
	cd := costData{cost: cost, direct: -1}
	switch {
	case cost.Name == "":
		errs.add(fieldErr(where, "name", ErrNotSet, ""))
	case len(cost.Name) > maxNameLength || !utf8.ValidString(cost.Name):
		errs.add(fieldErr(where, "name", ErrInvalid, "want at most 200 bytes of UTF-8"))
	}
	errs.add(checkLabel(where, "category", string(cost.Category)))
	if !cost.Currency.IsZero() && cost.Currency != c.m.Currency && !c.m.Currency.IsZero() {
		errs.add(&CurrencyMismatchError{Where: where, Want: c.m.Currency, Got: cost.Currency})
	}
	n := len(*errs)
	credit := c.scenario != nil && i >= len(c.m.Costs)-c.scenario.leverLines
	base, fromVolume := c.checkPricing(where, cost, errs, credit)
	cd.base, cd.fromVolume = base, fromVolume
	c.checkTiming(where, cost, errs)

	// References to channels are checked into their own list: a line that
	// has nothing to allocate in the period needs no volume for its
	// channels (a channel launched later in the year, say).
	var refs errList
	switch {
	case cost.Channel != "" && !cost.Basis.IsZero():
		errs.add(fieldErr(where, "basis", ErrConflict, "a direct cost (channel "+quoteTrunc(string(cost.Channel))+") takes no basis"))
	case cost.Channel != "":
		if j, ok := c.index[cost.Channel]; ok {
			cd.direct = j
		} else {
			refs.add(fieldErr(where, "channel", ErrUnknownChannel, quoteTrunc(string(cost.Channel))+" has no volume in the model"))
		}
	case cost.Basis.IsZero():
		errs.add(fieldErr(where, "basis", ErrNotSet, "a shared cost needs a basis, or set channel for a direct cost"))
	default:
		cd.alloc = c.checkBasis(where, cost.Basis, cache, errs, &refs)
	}

	switch {
	case !cost.Behavior.valid():
		errs.add(fieldErr(where, "behavior", ErrInvalid, cost.Behavior.String()))
	case cost.Behavior == Fixed && cost.Driver != 0:
		errs.add(fieldErr(where, "driver", ErrConflict, "a fixed cost has no driver"))
	case cost.Behavior == Variable && cost.Driver == 0:
		errs.add(fieldErr(where, "driver", ErrNotSet, "a variable cost needs a driver"))
	case cost.Behavior == Variable && !cost.Driver.valid():
		errs.add(fieldErr(where, "driver", ErrInvalid, cost.Driver.String()))
	case cost.Behavior == Variable && c.scenario == nil:
		if members := cd.channels(); members != nil && c.sumFigure(members, cost.Driver).Sign() == 0 {
			refs.add(fieldErr(where, "driver", ErrMissingVolume, "the channels bearing the cost have no "+cost.Driver.String()))
		}
	}
	if len(*errs) > n {
		return cd
	}
	if fromVolume {
		// UnitPrice × the driver's volume: the references must resolve.
		for _, err := range refs {
			errs.add(err)
		}
		if len(refs) > 0 {
			return cd
		}
		cd.exact = new(big.Rat).Mul(base, c.sumFigure(cd.channels(), cost.Driver))
		return cd
	}
	exact, err := c.lineExact(where, cost, base)
	if err != nil {
		errs.add(err)
		return cd
	}
	if credit {
		exact = new(big.Rat).Set(c.scenario.leverExact[i-(len(c.m.Costs)-c.scenario.leverLines)])
	}
	if c.scenario != nil && cost.Behavior == Variable && i < len(c.scenario.base.costs) {
		// A variable cost moves with its driver: baseline amount × the
		// driver's volume now / in the baseline, over the same channels.
		// (A baseline line with no driver volume had nothing to allocate
		// and stays at zero.)
		was := c.scenario.base.sumFigure(c.scenario.base.costs[i].channels(), cost.Driver)
		if members := cd.channels(); members != nil && was.Sign() != 0 {
			exact.Mul(exact, c.sumFigure(members, cost.Driver)).Quo(exact, was)
		}
	}
	cd.exact = exact
	if exact.Sign() == 0 {
		if c.m.Strict && cost.Timing != OneTimeExcluded {
			errs.add(fieldErr(where, "period", ErrOutOfRange, "nothing of the line falls in "+c.m.Period.String()+" (the model is strict)"))
		}
		if len(refs) > 0 {
			cd.direct, cd.alloc = -1, nil // nothing to allocate: no parts
		}
		return cd
	}
	for _, err := range refs {
		errs.add(err)
	}
	return cd
}

// checkPricing validates Amount, UnitPrice and Quantity and returns the
// line's base amount (Amount, or UnitPrice × Quantity, or UnitPrice alone
// when the quantity comes from the driver's volume, which fromVolume then
// reports).
func (c *compiled) checkPricing(where string, cost Cost, errs *errList, credit bool) (base *big.Rat, fromVolume bool) {
	amount, err := checkAmount(where, "amount", cost.Amount, credit)
	errs.add(err)
	price, err := checkAmount(where, "unit_price", cost.UnitPrice, false)
	errs.add(err)
	qty, err := checkAmount(where, "quantity", cost.Quantity, false)
	errs.add(err)
	if amount.coef == nil || price.coef == nil || qty.coef == nil {
		return nil, false
	}
	switch {
	case price.sign() == 0 && qty.sign() != 0:
		errs.add(fieldErr(where, "quantity", ErrConflict, "a quantity needs a unit_price"))
	case price.sign() == 0:
		return amount.rat(), false
	case amount.sign() != 0:
		errs.add(fieldErr(where, "amount", ErrConflict, "a unit-priced line has no amount (it is unit_price × quantity)"))
	case qty.sign() != 0:
		return new(big.Rat).Mul(price.rat(), qty.rat()), false
	case cost.Behavior != Variable || cost.Driver == 0:
		errs.add(fieldErr(where, "quantity", ErrNotSet, "a unit price needs a quantity, or a variable behavior whose driver gives the quantity"))
	case cost.Per != 0 || !cost.Period.IsZero() || cost.Timing != Recurring:
		errs.add(fieldErr(where, "unit_price", ErrConflict, "a price per unit of driver volume applies to the model's period only (no per, period or one-time timing)"))
	default:
		return price.rat(), true
	}
	return nil, false
}

// checkTiming validates Per, Period, Timing, Incurred and AmortizeMonths.
func (c *compiled) checkTiming(where string, cost Cost, errs *errList) {
	if cost.Per != 0 && !cost.Per.valid() {
		errs.add(fieldErr(where, "per", ErrInvalid, cost.Per.String()))
	}
	switch cost.Timing {
	case Recurring:
		if !cost.Incurred.IsZero() {
			errs.add(fieldErr(where, "incurred", ErrConflict, "a recurring cost has no incurred date (use period)"))
		}
		if cost.AmortizeMonths != 0 {
			errs.add(fieldErr(where, "amortize_months", ErrConflict, "only a one-time-amortized cost is amortized"))
		}
	case OneTimeExcluded, OneTimeAmortized:
		if cost.Incurred.IsZero() {
			errs.add(fieldErr(where, "incurred", ErrNotSet, "a one-time cost needs the date it was incurred"))
		}
		if cost.Per != 0 || !cost.Period.IsZero() {
			errs.add(fieldErr(where, "timing", ErrConflict, "a one-time cost is dated by incurred, not by period or per"))
		}
		switch {
		case cost.Timing == OneTimeExcluded && cost.AmortizeMonths != 0:
			errs.add(fieldErr(where, "amortize_months", ErrConflict, "an excluded one-time cost is not amortized"))
		case cost.Timing == OneTimeAmortized && (cost.AmortizeMonths < 1 || cost.AmortizeMonths > maxAmortizeMonths):
			errs.add(fieldErr(where, "amortize_months", ErrOutOfRange, strconv.Itoa(cost.AmortizeMonths)+
				" (want 1 to "+strconv.Itoa(maxAmortizeMonths)+" months)"))
		}
	default:
		errs.add(fieldErr(where, "timing", ErrInvalid, cost.Timing.String()))
	}
}

// maxAmortizeMonths bounds amortization at a century.
const maxAmortizeMonths = 1200

// lineExact returns the exact amount of a line with base amount base that
// falls in the model's period. When the model's convention is not set it
// tries every convention: if they agree the amount stands; if not, the
// error shows what each would give.
func (c *compiled) lineExact(where string, cost Cost, base *big.Rat) (*big.Rat, error) {
	r := c.m.Period
	switch cost.Timing {
	case OneTimeExcluded:
		return new(big.Rat), nil
	case OneTimeAmortized:
		start, end, ok := amortizationWindow(cost.Incurred, cost.AmortizeMonths)
		if !ok {
			return nil, fieldErr(where, "amortize_months", ErrOutOfRange, "the amortization runs past 9999-12-31")
		}
		window := Period{start: Date{n: start}, end: Date{n: end}, kind: kindRange}
		both, ok := window.Intersect(r)
		if !ok {
			return new(big.Rat), nil
		}
		months := calendarUnits(Month, both.start.n, both.end.n)
		months.Quo(months, big.NewRat(int64(cost.AmortizeMonths), 1))
		return months.Mul(months, base), nil
	}
	if cost.Per == 0 && (cost.Period.IsZero() || cost.Period.SameDates(r)) {
		return new(big.Rat).Set(base), nil // stated for the model's period
	}
	if c.m.Convention.valid() {
		return lineExactUnder(cost, base, r, c.m.Convention)
	}
	var first *big.Rat
	detail := ""
	agree := true
	for _, conv := range Conventions() {
		v, err := lineExactUnder(cost, base, r, conv)
		if err != nil {
			return nil, fieldErr(where, "period", errorsCause(err), conv.String())
		}
		if first == nil {
			first = v
		} else if v.Cmp(first) != 0 {
			agree = false
		}
		if detail != "" {
			detail += ", "
		}
		detail += conv.String() + " gives " + Ratio{v}.String()
	}
	if !agree {
		return nil, fieldErr(where, "convention", ErrNotSet, "the line's amount in "+r.String()+" depends on the model's convention: "+detail)
	}
	return first, nil
}

// lineExactUnder computes a recurring line's amount in period r under conv.
func lineExactUnder(cost Cost, base *big.Rat, r Period, conv Convention) (*big.Rat, error) {
	if cost.Per == 0 {
		share, err := prorateShare(cost.Period, r, conv)
		if err != nil {
			return nil, err
		}
		return share.Mul(share, base), nil
	}
	window := r
	if !cost.Period.IsZero() {
		var ok bool
		if window, ok = cost.Period.Intersect(r); !ok {
			return new(big.Rat), nil
		}
	}
	units := conv.units(cost.Per, window.start.n, window.end.n)
	return units.Mul(units, base), nil
}

// channels returns the indexes of the channels bearing the cost, or nil when
// the cost did not validate far enough to know.
func (cd costData) channels() []int {
	if cd.direct >= 0 {
		return []int{cd.direct}
	}
	if cd.alloc != nil {
		return cd.alloc.members
	}
	return nil
}

// sumFigure returns the sum of measure m over the given channels.
func (c *compiled) sumFigure(members []int, m Measure) *big.Rat {
	sum := new(big.Rat)
	for _, j := range members {
		if f := c.channels[j].figures[m]; f.coef != nil {
			sum.Add(sum, f.rat())
		}
	}
	return sum
}

// checkBasis validates a shared cost's basis and returns its weights, or nil
// when it is invalid. Problems of channel references (unknown channels,
// missing volume data) go to refs, the others to errs.
func (c *compiled) checkBasis(where string, b Basis, cache map[string]*weightVec, errs, refs *errList) *weightVec {
	if !b.Kind.valid() {
		if b.Kind == 0 {
			errs.add(fieldErr(where, "basis.kind", ErrNotSet, ""))
		} else {
			errs.add(fieldErr(where, "basis.kind", ErrInvalid, b.Kind.String()))
		}
		return nil
	}
	if measure, ok := b.Kind.Measure(); ok {
		return c.measureWeights(where, b, measure, cache, errs, refs)
	}
	return c.givenWeights(where, b, errs, refs)
}

// measureWeights validates a measure basis (contacts, handle time, ...).
// The same measure over the same channels always has the same weights, so
// they are validated and built once per model and shared through cache.
func (c *compiled) measureWeights(where string, b Basis, measure Measure, cache map[string]*weightVec, errs, refs *errList) *weightVec {
	n, nrefs := len(*errs), len(*refs)
	if len(b.Weights) > 0 {
		errs.add(fieldErr(where, "basis.weights", ErrConflict, "weights apply only to the percent and weights bases"))
	}
	members := c.memberIndexes(where, b.Among, errs, refs)
	if len(*errs) > n || len(*refs) > nrefs || len(members) == 0 {
		return nil
	}
	key := measureKey(b.Kind, members)
	if wv, ok := cache[key]; ok {
		return wv
	}
	nums := make([]number, len(members))
	for k, j := range members {
		ch := c.channels[j]
		f := ch.figures[measure]
		if f.coef == nil {
			return nil // the volume itself is invalid, and reported
		}
		if f.sign() == 0 && c.scenario == nil {
			refs.add(fieldErr(where, "basis", ErrMissingVolume, "basis "+b.Kind.String()+" needs "+measure.String()+
				" of channel "+quoteTrunc(string(ch.vol.Channel))+", which has none (leave the channel out with among)"))
		}
		nums[k] = f
	}
	if len(*refs) > nrefs {
		return nil
	}
	if c.scenario != nil && !slices.ContainsFunc(nums, func(n number) bool { return n.sign() > 0 }) {
		// The levers took all the volume from these channels; the cost
		// (fixed, since a variable one fell to zero with it) keeps its
		// baseline split.
		wv := c.scenario.base.baseWeights(key)
		if wv == nil { // no baseline line had these weights: split evenly
			for k := range nums {
				nums[k] = number{coef: bigOne}
			}
			wv = newWeightVec(members, nums)
		}
		cache[key] = wv
		return wv
	}
	wv := newWeightVec(members, nums)
	wv.key = key
	cache[key] = wv
	return wv
}

// baseWeights returns the weight vector a baseline built for key.
func (c *compiled) baseWeights(key string) *weightVec {
	for _, cd := range c.costs {
		if cd.alloc != nil && cd.alloc.key == key {
			return cd.alloc
		}
	}
	return nil
}

// measureKey identifies a measure basis over some channels.
func measureKey(k BasisKind, members []int) string {
	b := make([]byte, 0, 8+4*len(members))
	b = append(b, byte(k))
	for _, j := range members {
		b = strconv.AppendInt(append(b, ','), int64(j), 10)
	}
	return string(b)
}

// givenWeights validates a percent or weights basis.
func (c *compiled) givenWeights(where string, b Basis, errs, refs *errList) *weightVec {
	n, nrefs := len(*errs), len(*refs)
	if len(b.Among) > 0 {
		errs.add(fieldErr(where, "basis.among", ErrConflict, "among applies only to measure bases; list the channels in weights"))
	}
	if len(b.Weights) == 0 {
		errs.add(fieldErr(where, "basis.weights", ErrWeights, "empty"))
	}
	seen := make(map[Channel]bool, len(b.Weights))
	type member struct {
		j int
		w number
	}
	var ms []member
	sum := new(big.Rat)
	for k, w := range b.Weights {
		field := "basis.weights[" + strconv.Itoa(k) + "]"
		j, ok := c.index[w.Channel]
		switch {
		case !ok:
			refs.add(fieldErr(where, field, ErrUnknownChannel, quoteTrunc(string(w.Channel))+" has no volume in the model"))
		case seen[w.Channel]:
			errs.add(fieldErr(where, field, ErrDuplicate, quoteTrunc(string(w.Channel))))
		}
		seen[w.Channel] = true
		num, err := checkDecimal(w.Value)
		switch {
		case err != nil:
			errs.add(fieldErr(where, field, err, tooLargeDetail))
		case num.sign() < 0:
			errs.add(fieldErr(where, field, ErrWeights, "negative: "+num.decimal().String()))
		case ok:
			ms = append(ms, member{j, num})
			sum.Add(sum, num.rat())
		}
	}
	if len(*errs) > n || len(*refs) > nrefs || len(ms) == 0 {
		return nil
	}
	if sum.Sign() == 0 {
		errs.add(fieldErr(where, "basis.weights", ErrWeights, "all zero"))
		return nil
	}
	if b.Kind == ByPercent && sum.Cmp(big.NewRat(100, 1)) != 0 {
		errs.add(fieldErr(where, "basis.weights", ErrWeights, "percentages sum to "+ratDecimal(sum).String()+", want 100"))
		return nil
	}
	slices.SortFunc(ms, func(a, b member) int {
		return compareChannels(c.channels[a.j].vol.Channel, c.channels[b.j].vol.Channel)
	})
	members := make([]int, len(ms))
	nums := make([]number, len(ms))
	for k, m := range ms {
		members[k], nums[k] = m.j, m.w
	}
	return newWeightVec(members, nums)
}

// memberIndexes returns the channels a measure basis splits over, sorted by
// channel name: the listed ones, or all when among is empty.
func (c *compiled) memberIndexes(where string, among []Channel, errs, refs *errList) []int {
	var members []int
	if len(among) == 0 {
		// "All channels" are the model's; in a scenario, the baseline's
		// (a channel a lever creates carries only the lever's costs).
		n := len(c.channels)
		if c.scenario != nil {
			n = len(c.scenario.base.channels)
		}
		for j := range n {
			members = append(members, j)
		}
	} else {
		seen := make(map[Channel]bool, len(among))
		for k, ch := range among {
			field := "basis.among[" + strconv.Itoa(k) + "]"
			j, ok := c.index[ch]
			switch {
			case !ok:
				refs.add(fieldErr(where, field, ErrUnknownChannel, quoteTrunc(string(ch))+" has no volume in the model"))
			case seen[ch]:
				errs.add(fieldErr(where, field, ErrDuplicate, quoteTrunc(string(ch))))
			default:
				members = append(members, j)
			}
			seen[ch] = true
		}
	}
	slices.SortFunc(members, func(a, b int) int { return compareChannels(c.channels[a].vol.Channel, c.channels[b].vol.Channel) })
	return members
}

func compareChannels(a, b Channel) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// newWeightVec prepares validated weights (non-negative, not all zero).
func newWeightVec(members []int, nums []number) *weightVec {
	ints, _ := integerWeights(nums, "weights") // validated by the caller
	wv := splitterOf(ints)
	wv.members = members
	total := new(big.Int)
	for _, w := range ints {
		total.Add(total, w)
	}
	wv.display = make([]int, len(members))
	for k := range wv.display {
		wv.display[k] = k
	}
	slices.SortFunc(wv.display, func(a, b int) int { return members[a] - members[b] })
	wv.shares = make([]Ratio, len(ints))
	wv.values = make([]decimal.Decimal, len(ints))
	wv.rats = make([]*big.Rat, len(ints))
	for i, w := range ints {
		wv.shares[i] = Ratio{new(big.Rat).SetFrac(w, total)}
		wv.values[i] = nums[i].decimal()
		wv.rats[i] = nums[i].rat()
	}
	return wv
}

// splitterOf returns a weight vector that can split amounts over the
// non-negative integer weights ints, on the 64-bit path when they allow it.
func splitterOf(ints []*big.Int) *weightVec {
	wv := &weightVec{weights: ints}
	if small, ok := int64Weights(ints); ok {
		if total, fits, err := sumInt64Weights(small); err == nil {
			wv.small, wv.total, wv.fits = small, total, fits
		}
	}
	return wv
}

// split allocates units (any sign) over the weights; parts are in member
// order.
func (wv *weightVec) split(units *big.Int) []*big.Int {
	neg := units.Sign() < 0
	abs := new(big.Int).Abs(units)
	var parts []*big.Int
	if wv.fits && abs.IsInt64() {
		dst := make([]int64, len(wv.small))
		allocFast(abs.Uint64(), wv.small, wv.total, dst, make([]uint64, 2*len(dst)))
		parts = make([]*big.Int, len(dst))
		for i, p := range dst {
			parts[i] = big.NewInt(p)
		}
	} else {
		parts = allocBig(abs, wv.weights)
	}
	if neg {
		for _, p := range parts {
			p.Neg(p)
		}
	}
	return parts
}
