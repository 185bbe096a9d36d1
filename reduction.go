package contactcost

import (
	"math/big"
	"slices"

	"github.com/shopspring/decimal"
)

// This file holds the savings estimates: the levers that lower cost per
// contact, the scenario that applies them in order, and the investment view.
//
// Every estimate reprices the model's own cost lines on the volumes the
// levers leave: a Fixed line keeps its amount, a Variable line moves in
// proportion to its driver on its channels (wages with handle minutes,
// toll-free minutes with queue minutes, per-contact fees with contacts).
// The levers add their own costs (self-service sessions, IVR minutes,
// outbound calls, subscriptions) as cost lines of their own. So savings are
// baseline cost − scenario cost, exactly, and the scenario's report comes
// with them.

// Staffing says how agent hours and FTE follow a change in handle time.
type Staffing uint8

const (
	// StaffingUnchanged keeps each channel's agent hours and FTE as in the
	// baseline. It is the zero value and the conservative choice: a cost
	// driven by agent hours or FTE saves nothing unless staffing changes.
	StaffingUnchanged Staffing = iota
	// StaffingFollowsWorkload scales each channel's agent hours and FTE
	// with its handle minutes (constant occupancy). It overstates the
	// saving for small teams: workload falls linearly, the agents a
	// service level needs do not.
	StaffingFollowsWorkload
)

var staffingNames = [...]string{StaffingUnchanged: "unchanged", StaffingFollowsWorkload: "follows-workload"}

// String returns "unchanged" or "follows-workload".
func (s Staffing) String() string { return enumName(staffingNames[:], int(s), "Staffing") }

// Investment is what a lever costs beyond its per-unit prices.
type Investment struct {
	// OneTime is paid once (projects, licences bought outright). It is not
	// a cost of the period: it enters the return on investment, the payback
	// and the net present value.
	OneTime decimal.Decimal
	// Recurring is paid every model period (a platform subscription for a
	// monthly model: per month). It is added to the scenario's costs.
	Recurring decimal.Decimal
}

// Lever is a way to lower cost per contact: SelfServiceDeflection,
// IVRContainment, IVRVerification, Callback, ACDRouting or
// FirstContactResolution. A lever changes the volumes of the model's
// channels and may add costs of its own.
type Lever interface {
	// Kind names the lever ("self-service deflection", ...).
	Kind() string
	// label returns the lever's name, or its kind when it has none.
	label() string
	// apply validates the lever and changes the state's volumes.
	apply(st *scenarioState, where string) (leverStep, error)
}

// rateLever is a lever with a rate whose break-even value is worth knowing.
type rateLever interface {
	Lever
	// withShare returns the lever with its effective share set to s.
	withShare(s *big.Rat) Lever
	// rateOfShare converts an effective share to the lever's own rate.
	rateOfShare(s *big.Rat) *big.Rat
}

// leverStep is what applying a lever did, for the reader to redo.
type leverStep struct {
	inputs  []Input
	formula []string
	oneTime *big.Rat
}

// Input is one input of a lever as it was used: its JSON-style field name
// and its value.
type Input struct {
	Name  string // the field, as "rate" or "investment.one_time"
	Value string // its value, as a decimal
}

// volumeScale is the number of decimal places scenario volumes keep: a
// lever that divides (an FCR ratio, an incremental deflection rate) rounds
// the volumes it changes, half-even, to this many places.
const volumeScale = 12

// chanState holds one channel's volumes during a scenario, exactly.
type chanState struct {
	channel   Channel
	automated bool
	figures   [FTE + 1]*big.Rat // indexed by Measure
	offered   *big.Rat
	abandoned *big.Rat
}

func (cs *chanState) clone() *chanState {
	c := *cs
	for m := Contacts; m <= FTE; m++ {
		c.figures[m] = new(big.Rat).Set(cs.figures[m])
	}
	c.offered = new(big.Rat).Set(cs.offered)
	c.abandoned = new(big.Rat).Set(cs.abandoned)
	return &c
}

// volume returns the channel's volumes as a Volume, each figure rounded
// half-even to volumeScale places where it has more.
func (cs *chanState) volume() Volume {
	v := func(r *big.Rat) decimal.Decimal {
		return decimal.NewFromBigInt(roundRat(r, volumeScale, HalfEven), -volumeScale)
	}
	return Volume{
		Channel: cs.channel, Automated: cs.automated,
		Contacts: v(cs.figures[Contacts]), HandleMinutes: v(cs.figures[HandleMinutes]),
		QueueMinutes: v(cs.figures[QueueMinutes]), AgentHours: v(cs.figures[AgentHours]),
		FTE: v(cs.figures[FTE]), Offered: v(cs.offered), Abandoned: v(cs.abandoned),
	}
}

// scenarioState is the volumes and lever lines of a scenario being built.
type scenarioState struct {
	base     *compiled
	chans    []*chanState
	index    map[Channel]int
	lines    []Cost     // the levers' own cost lines
	exact    []*big.Rat // their exact amounts (credits are negative)
	staffing Staffing
}

func newState(base *compiled, staffing Staffing) *scenarioState {
	st := &scenarioState{base: base, index: make(map[Channel]int), staffing: staffing}
	for _, ch := range base.channels {
		cs := &chanState{channel: ch.vol.Channel, automated: ch.automated}
		for m := Contacts; m <= FTE; m++ {
			cs.figures[m] = ch.figures[m].rat()
		}
		off, _ := checkDecimal(ch.vol.Offered)
		ab, _ := checkDecimal(ch.vol.Abandoned)
		cs.offered, cs.abandoned = off.rat(), ab.rat()
		st.index[cs.channel] = len(st.chans)
		st.chans = append(st.chans, cs)
	}
	return st
}

// snapshot copies the volumes, to report what a lever changed.
func (st *scenarioState) snapshot() []*chanState {
	out := make([]*chanState, len(st.chans))
	for i, cs := range st.chans {
		out[i] = cs.clone()
	}
	return out
}

// assisted returns an existing agent-assisted channel the lever works on.
func (st *scenarioState) assisted(where, field string, ch, def Channel) (*chanState, error) {
	if ch == "" {
		ch = def
	}
	j, ok := st.index[ch]
	if !ok {
		return nil, fieldErr(where, field, ErrUnknownChannel, quoteTrunc(string(ch))+" has no volume in the model")
	}
	cs := st.chans[j]
	if cs.automated {
		return nil, fieldErr(where, field, ErrInvalid, quoteTrunc(string(ch))+" is automated; the lever works on an agent-assisted channel")
	}
	if cs.figures[Contacts].Sign() == 0 {
		return nil, fieldErr(where, field, ErrNoContacts, quoteTrunc(string(ch))+" has no contacts left")
	}
	return cs, nil
}

// automated returns the automated channel contacts move to, creating it
// when the model lacks it.
func (st *scenarioState) automated(where, field string, ch, def Channel) (*chanState, error) {
	if ch == "" {
		ch = def
	}
	if j, ok := st.index[ch]; ok {
		if !st.chans[j].automated {
			return nil, fieldErr(where, field, ErrInvalid, quoteTrunc(string(ch))+" is agent-assisted; contacts move to an automated channel")
		}
		return st.chans[j], nil
	}
	if err := checkLabel(where, field, string(ch)); err != nil {
		return nil, err
	}
	cs := &chanState{channel: ch, automated: true, offered: new(big.Rat), abandoned: new(big.Rat)}
	for m := Contacts; m <= FTE; m++ {
		cs.figures[m] = new(big.Rat)
	}
	st.index[ch] = len(st.chans)
	st.chans = append(st.chans, cs)
	return cs, nil
}

// setContacts changes a channel's contacts; its handle and queue minutes,
// offered and abandoned contacts move in proportion (the average handle
// and wait per contact stay the same), and so do agent hours and FTE when
// staffing follows workload.
func (st *scenarioState) setContacts(cs *chanState, contacts *big.Rat) {
	old := cs.figures[Contacts]
	if old.Sign() != 0 {
		f := new(big.Rat).Quo(contacts, old)
		for _, r := range []*big.Rat{cs.figures[HandleMinutes], cs.figures[QueueMinutes], cs.offered, cs.abandoned} {
			r.Mul(r, f)
		}
		if st.staffing == StaffingFollowsWorkload {
			cs.figures[AgentHours].Mul(cs.figures[AgentHours], f)
			cs.figures[FTE].Mul(cs.figures[FTE], f)
		}
	}
	cs.figures[Contacts] = contacts
}

// setHandle changes a channel's handle minutes; agent hours and FTE follow
// when staffing follows workload.
func (st *scenarioState) setHandle(cs *chanState, minutes *big.Rat) {
	old := cs.figures[HandleMinutes]
	if st.staffing == StaffingFollowsWorkload && old.Sign() != 0 {
		f := new(big.Rat).Quo(minutes, old)
		cs.figures[AgentHours].Mul(cs.figures[AgentHours], f)
		cs.figures[FTE].Mul(cs.figures[FTE], f)
	}
	cs.figures[HandleMinutes] = minutes
}

// addLine adds a lever's own cost line (a credit when negative), direct to
// a channel.
func (st *scenarioState) addLine(name string, category Category, ch Channel, amount *big.Rat) {
	if amount.Sign() == 0 {
		return
	}
	st.lines = append(st.lines, Cost{Name: name, Category: category, Channel: ch})
	st.exact = append(st.exact, amount)
}

// round keeps every volume to volumeScale decimal places.
func (st *scenarioState) round() {
	for _, cs := range st.chans {
		for _, r := range []*big.Rat{cs.figures[Contacts], cs.figures[HandleMinutes], cs.figures[QueueMinutes],
			cs.figures[AgentHours], cs.figures[FTE], cs.offered, cs.abandoned} {
			if _, ok := terminatingPlaces(r.Denom()); ok && r.Denom().Cmp(pow10(volumeScale)) <= 0 {
				continue
			}
			r.SetFrac(roundRat(r, volumeScale, HalfEven), pow10(volumeScale))
		}
	}
}

// build compiles the scenario as a model.
func (st *scenarioState) build() (*compiled, error) {
	m := st.base.m
	m.Volumes = make([]Volume, len(st.chans))
	for i, cs := range st.chans {
		m.Volumes[i] = cs.volume()
	}
	m.Costs = append(append([]Cost(nil), st.base.m.Costs...), st.lines...)
	c, err := m.compileWith(&scenarioOptions{base: st.base, leverLines: len(st.lines), leverExact: st.exact})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Lever inputs.

// leverInputs validates a lever's numbers and records them as inputs.
type leverInputs struct {
	where   string
	inputs  []Input
	errs    errList  // every problem with the lever's inputs
	refused []string // the fields whose own value was refused
}

func (li *leverInputs) record(field string, n number) *big.Rat {
	li.inputs = append(li.inputs, Input{Name: field, Value: n.decimal().String()})
	return n.rat()
}

// rate reads a rate in [0, 1].
func (li *leverInputs) rate(field string, d decimal.Decimal) *big.Rat {
	n, err := checkAmount(li.where, field, d, true)
	if err == nil && (n.sign() < 0 || n.rat().Cmp(ratOne) > 0) {
		err = fieldErr(li.where, field, ErrOutOfRange, n.decimal().String()+" (want 0 to 1)")
	}
	if err != nil {
		li.refuse(field, err)
		return new(big.Rat)
	}
	return li.record(field, n)
}

// amount reads a non-negative number (seconds, minutes, a price).
func (li *leverInputs) amount(field string, d decimal.Decimal) *big.Rat {
	n, err := checkAmount(li.where, field, d, false)
	if err != nil {
		li.refuse(field, err)
		return new(big.Rat)
	}
	return li.record(field, n)
}

func (li *leverInputs) fail(err error) { li.errs.add(err) }

// refuse records a field whose value was refused; the checks that compare
// fields skip it, so that a refused value (read as 0) does not make up
// further problems.
func (li *leverInputs) refuse(field string, err error) {
	li.fail(err)
	li.refused = append(li.refused, field)
}

// accepted reports whether the fields' own values were accepted.
func (li *leverInputs) accepted(fields ...string) bool {
	for _, f := range fields {
		if slices.Contains(li.refused, f) {
			return false
		}
	}
	return true
}

// failed reports whether any input was refused.
func (li *leverInputs) failed() bool { return len(li.errs) > 0 }

// notWorse reports an after-rate that is worse than the before-rate.
func (li *leverInputs) notWorse(afterField string, after *big.Rat, beforeField string, before *big.Rat, higherIsBetter bool) {
	if !li.accepted(afterField, beforeField) {
		return
	}
	worse := after.Cmp(before) > 0
	if higherIsBetter {
		worse = after.Cmp(before) < 0
	}
	if worse {
		way := "higher"
		if higherIsBetter {
			way = "lower"
		}
		li.fail(fieldErr(li.where, afterField, ErrWorse, Ratio{after}.String()+" is "+way+" than "+beforeField+" "+Ratio{before}.String()))
	}
}

// investment reads a lever's investment.
func (li *leverInputs) investment(inv Investment) (oneTime, recurring *big.Rat) {
	return li.amount("investment.one_time", inv.OneTime), li.amount("investment.recurring", inv.Recurring)
}

// pricedTwice reports a lever price for something a variable cost line of
// the model already prices: the same volume would be paid for twice.
func (st *scenarioState) pricedTwice(where, field string, price *big.Rat, ch Channel, driver Measure) error {
	if price.Sign() == 0 {
		return nil
	}
	j, ok := st.base.index[ch]
	if !ok {
		return nil
	}
	for i, cd := range st.base.costs {
		if cd.cost.Behavior != Variable || cd.cost.Driver != driver {
			continue
		}
		for _, k := range cd.channels() {
			if k == j {
				return fieldErr(where, field, ErrConflict, "the model already prices "+driver.String()+" of "+
					quoteTrunc(string(ch))+" with variable cost line "+whereCost(i, cd.cost.Name)+"; price them in one place")
			}
		}
	}
	return nil
}

// fmtRat formats an exact number for a formula: a decimal when it terminates
// within volumeScale+4 places, otherwise rounded half-even to 6 places and
// marked "≈".
func fmtRat(r *big.Rat) string {
	if p, ok := terminatingPlaces(r.Denom()); ok && p <= volumeScale+4 {
		d, _ := Ratio{r}.Exact()
		return d.String()
	}
	return "≈" + decimal.NewFromBigInt(roundRat(r, 6, HalfEven), -6).String()
}

func mul(a, b *big.Rat) *big.Rat { return new(big.Rat).Mul(a, b) }
func sub(a, b *big.Rat) *big.Rat { return new(big.Rat).Sub(a, b) }

var sixty = big.NewRat(60, 1)

// SelfServiceDeflection moves a share of an agent-assisted channel's
// contacts to self-service (a knowledge base, a portal, a chatbot):
//
//	deflected  = contacts × rate
//	returning  = deflected × re-contact rate (they come back to From)
//	From's contacts fall by deflected − returning; its handle and queue
//	minutes fall in proportion; To gains deflected sessions of
//	MinutesPerSession minutes, each costing CostPerContact.
//
// The rate is either Rate, a share of From's contacts, or the step from
// CurrentRate to TargetRate, both shares of all demand resolved in
// self-service: then the share of From's contacts deflected is
// (target − current) / (1 − current).
type SelfServiceDeflection struct {
	Name string  // a label for reports; the kind when empty
	From Channel // the agent-assisted channel contacts leave
	To   Channel // the self-service channel; SelfService when empty, created when the model lacks it
	// Rate is the share of From's contacts resolved in self-service
	// instead, 0 to 1.
	Rate decimal.Decimal
	// CurrentRate and TargetRate, instead of Rate: the share of all demand
	// resolved in self-service now and after.
	CurrentRate, TargetRate decimal.Decimal
	// ReContactRate is the share of deflected customers who come back
	// through From anyway (Gartner found only 9% fully resolve in
	// self-service).
	ReContactRate decimal.Decimal
	// CostPerContact is the cost of one self-service session. Leave it zero
	// when a variable cost line of the model already prices To's contacts.
	CostPerContact decimal.Decimal
	// MinutesPerSession is the length of a session, for To's minutes.
	MinutesPerSession decimal.Decimal
	Investment        Investment // the platform's own cost
}

// Kind returns "self-service deflection".
func (l SelfServiceDeflection) Kind() string { return "self-service deflection" }

func (l SelfServiceDeflection) label() string { return labelOr(l.Name, l.Kind()) }

func labelOr(name, kind string) string {
	if name != "" {
		return name
	}
	return kind
}

func (l SelfServiceDeflection) share(li *leverInputs) *big.Rat {
	if l.CurrentRate.Sign() == 0 && l.TargetRate.Sign() == 0 {
		return li.rate("rate", l.Rate)
	}
	if l.Rate.Sign() != 0 {
		li.rate("rate", l.Rate) // its own problems too, not only the conflict
		li.fail(fieldErr(li.where, "rate", ErrConflict, "give rate, or current_rate and target_rate, not both"))
	}
	c := li.rate("current_rate", l.CurrentRate)
	t := li.rate("target_rate", l.TargetRate)
	li.notWorse("target_rate", t, "current_rate", c, true)
	if c.Cmp(ratOne) == 0 {
		li.fail(fieldErr(li.where, "current_rate", ErrOutOfRange, "1: all demand is already self-served"))
	}
	if li.failed() {
		return new(big.Rat)
	}
	s := sub(t, c)
	return s.Quo(s, sub(ratOne, c))
}

func (l SelfServiceDeflection) apply(st *scenarioState, where string) (leverStep, error) {
	li := &leverInputs{where: where}
	from, err := st.assisted(where, "from", l.From, "")
	if err != nil {
		return leverStep{}, err
	}
	s := l.share(li)
	back := li.rate("re_contact_rate", l.ReContactRate)
	price := li.amount("cost_per_contact", l.CostPerContact)
	minutes := li.amount("minutes_per_session", l.MinutesPerSession)
	oneTime, recurring := li.investment(l.Investment)
	if li.failed() {
		return leverStep{}, li.errs.join()
	}
	to, err := st.automated(where, "to", l.To, SelfService)
	if err != nil {
		return leverStep{}, err
	}
	if err := st.pricedTwice(where, "cost_per_contact", price, to.channel, Contacts); err != nil {
		return leverStep{}, err
	}
	c := from.figures[Contacts]
	n := mul(c, s)
	returning := mul(n, back)
	net := sub(n, returning)
	after := sub(c, net)
	step := leverStep{inputs: li.inputs, oneTime: oneTime, formula: []string{
		"deflected = " + fmtRat(c) + " " + string(from.channel) + " contacts × " + fmtRat(s) + " = " + fmtRat(n),
		"coming back = " + fmtRat(n) + " × " + fmtRat(back) + " = " + fmtRat(returning),
		string(from.channel) + " contacts: " + fmtRat(c) + " − (" + fmtRat(n) + " − " + fmtRat(returning) + ") = " + fmtRat(after),
		string(to.channel) + " sessions: + " + fmtRat(n) + ", minutes + " + fmtRat(n) + " × " + fmtRat(minutes) + " = " + fmtRat(mul(n, minutes)),
		"self-service cost: " + fmtRat(n) + " × " + fmtRat(price) + " = " + fmtRat(mul(n, price)),
	}}
	st.setContacts(from, after)
	to.figures[Contacts].Add(to.figures[Contacts], n)
	st.setHandle(to, new(big.Rat).Add(to.figures[HandleMinutes], mul(n, minutes)))
	st.addLine(l.label()+": sessions", Technology, to.channel, mul(n, price))
	st.addLine(l.label()+": recurring", Technology, to.channel, recurring)
	return step, nil
}

func (l SelfServiceDeflection) withShare(s *big.Rat) Lever {
	l.Rate, l.CurrentRate, l.TargetRate = ratDecimal(s), decimal.Decimal{}, decimal.Decimal{}
	return l
}

func (l SelfServiceDeflection) rateOfShare(s *big.Rat) *big.Rat {
	if l.CurrentRate.Sign() == 0 && l.TargetRate.Sign() == 0 {
		return s
	}
	c, _ := checkDecimal(l.CurrentRate)
	// target = current + share × (1 − current)
	t := mul(s, sub(ratOne, c.rat()))
	return t.Add(t, c.rat())
}

// IVRContainment resolves a share of a voice channel's calls in the IVR:
//
//	contained = calls × rate
//	calling back = contained × callback rate (they reach an agent anyway:
//	  "true" containment is contained − calling back)
//	From's calls fall by the true containment; its handle and queue
//	minutes in proportion; the IVR gains the contained calls, each of
//	IVRMinutes minutes at CostPerMinute.
type IVRContainment struct {
	Name string  // a label for reports; the kind when empty
	From Channel // the agent-assisted calls; Voice when empty
	IVR  Channel // the IVR channel; IVR when empty, created when the model lacks it
	// Rate is the containment rate: the share of From's calls resolved in
	// the IVR, 0 to 1.
	Rate decimal.Decimal
	// CallbackRate is the share of contained callers who call again within
	// the window and reach an agent (25% to 35% in some centers).
	CallbackRate decimal.Decimal
	// IVRMinutes is the IVR time of one contained call, in minutes.
	IVRMinutes decimal.Decimal
	// CostPerMinute prices IVR minutes. Leave it zero when a variable cost
	// line of the model already prices the IVR channel's minutes.
	CostPerMinute decimal.Decimal
	Investment    Investment // the lever's one-time and recurring cost
}

// Kind returns "IVR containment".
func (l IVRContainment) Kind() string { return "IVR containment" }

func (l IVRContainment) label() string { return labelOr(l.Name, l.Kind()) }

func (l IVRContainment) apply(st *scenarioState, where string) (leverStep, error) {
	li := &leverInputs{where: where}
	from, err := st.assisted(where, "from", l.From, Voice)
	if err != nil {
		return leverStep{}, err
	}
	rate := li.rate("rate", l.Rate)
	back := li.rate("callback_rate", l.CallbackRate)
	minutes := li.amount("ivr_minutes", l.IVRMinutes)
	price := li.amount("cost_per_minute", l.CostPerMinute)
	oneTime, recurring := li.investment(l.Investment)
	if li.failed() {
		return leverStep{}, li.errs.join()
	}
	ivr, err := st.automated(where, "ivr", l.IVR, IVR)
	if err != nil {
		return leverStep{}, err
	}
	if err := st.pricedTwice(where, "cost_per_minute", price, ivr.channel, HandleMinutes); err != nil {
		return leverStep{}, err
	}
	c := from.figures[Contacts]
	n := mul(c, rate)
	callingBack := mul(n, back)
	net := sub(n, callingBack)
	after := sub(c, net)
	ivrMinutes := mul(n, minutes)
	step := leverStep{inputs: li.inputs, oneTime: oneTime, formula: []string{
		"contained = " + fmtRat(c) + " calls × " + fmtRat(rate) + " = " + fmtRat(n),
		"calling back = " + fmtRat(n) + " × " + fmtRat(back) + " = " + fmtRat(callingBack) + "; true containment " + fmtRat(net),
		string(from.channel) + " calls: " + fmtRat(c) + " − " + fmtRat(net) + " = " + fmtRat(after),
		string(ivr.channel) + " calls + " + fmtRat(n) + ", minutes + " + fmtRat(n) + " × " + fmtRat(minutes) + " = " + fmtRat(ivrMinutes),
		"IVR cost: " + fmtRat(ivrMinutes) + " min × " + fmtRat(price) + " = " + fmtRat(mul(ivrMinutes, price)),
	}}
	st.setContacts(from, after)
	ivr.figures[Contacts].Add(ivr.figures[Contacts], n)
	st.setHandle(ivr, new(big.Rat).Add(ivr.figures[HandleMinutes], ivrMinutes))
	st.addLine(l.label()+": IVR minutes", Technology, ivr.channel, mul(ivrMinutes, price))
	st.addLine(l.label()+": recurring", Technology, ivr.channel, recurring)
	return step, nil
}

func (l IVRContainment) withShare(s *big.Rat) Lever {
	l.Rate = ratDecimal(s)
	return l
}

func (l IVRContainment) rateOfShare(s *big.Rat) *big.Rat { return s }

// IVRVerification lets the IVR identify and verify callers (or collect
// data) before the agent, and filter unresponsive or silent callers:
//
//	filtered = calls × filter rate (they no longer reach an agent, saving
//	  WastedSeconds of agent time each)
//	handle minutes − filtered × WastedSeconds/60 − (calls − filtered) ×
//	  SecondsSaved/60
//	IVR cost = calls × IVRMinutes × CostPerMinute (every call passes the
//	  added IVR step)
type IVRVerification struct {
	Name    string  // a label for reports; the kind when empty
	Channel Channel // the agent-assisted calls; Voice when empty
	// SecondsSaved is the agent handle time saved per call that reaches an
	// agent; at most the channel's average handle time.
	SecondsSaved decimal.Decimal
	// IVRMinutes is the IVR time the step adds to every call.
	IVRMinutes    decimal.Decimal
	CostPerMinute decimal.Decimal // prices the added IVR minutes
	// FilterRate is the share of calls that are unresponsive or silent and
	// are filtered out before reaching an agent.
	FilterRate decimal.Decimal
	// WastedSeconds is the agent time each such call wastes today; at most
	// the channel's average handle time.
	WastedSeconds decimal.Decimal
	Investment    Investment // the lever's one-time and recurring cost
}

// Kind returns "IVR verification".
func (l IVRVerification) Kind() string { return "IVR verification" }

func (l IVRVerification) label() string { return labelOr(l.Name, l.Kind()) }

func (l IVRVerification) apply(st *scenarioState, where string) (leverStep, error) {
	li := &leverInputs{where: where}
	ch, err := st.assisted(where, "channel", l.Channel, Voice)
	if err != nil {
		return leverStep{}, err
	}
	saved := li.amount("seconds_saved", l.SecondsSaved)
	minutes := li.amount("ivr_minutes", l.IVRMinutes)
	price := li.amount("cost_per_minute", l.CostPerMinute)
	filter := li.rate("filter_rate", l.FilterRate)
	wasted := li.amount("wasted_seconds", l.WastedSeconds)
	oneTime, recurring := li.investment(l.Investment)
	c, h := ch.figures[Contacts], ch.figures[HandleMinutes]
	aht := new(big.Rat).Quo(mul(h, sixty), c) // seconds
	li.withinAHT("seconds_saved", saved, ch.channel, aht)
	li.withinAHT("wasted_seconds", wasted, ch.channel, aht)
	if li.failed() {
		return leverStep{}, li.errs.join()
	}
	filtered := mul(c, filter)
	remaining := sub(c, filtered)
	cut := new(big.Rat).Add(mul(filtered, wasted), mul(remaining, saved))
	cut.Quo(cut, sixty)
	newH := sub(h, cut)
	if newH.Sign() < 0 {
		return leverStep{}, fieldErr(where, "seconds_saved", ErrOutOfRange, "the lever would save "+fmtRat(cut)+
			" handle minutes, more than the "+fmtRat(h)+" of "+quoteTrunc(string(ch.channel)))
	}
	ivrMinutes := mul(c, minutes)
	step := leverStep{inputs: li.inputs, oneTime: oneTime, formula: []string{
		"filtered = " + fmtRat(c) + " calls × " + fmtRat(filter) + " = " + fmtRat(filtered),
		"handle minutes: " + fmtRat(h) + " − (" + fmtRat(filtered) + " × " + fmtRat(wasted) + " s + " + fmtRat(remaining) + " × " +
			fmtRat(saved) + " s) / 60 = " + fmtRat(newH),
		"IVR cost: " + fmtRat(c) + " calls × " + fmtRat(minutes) + " min × " + fmtRat(price) + " = " + fmtRat(mul(ivrMinutes, price)),
	}}
	// Filtered calls leave with their handle time: set the minutes first,
	// then the contacts without rescaling them.
	st.setContacts(ch, remaining)
	st.setHandle(ch, newH)
	st.addLine(l.label()+": IVR minutes", Technology, ch.channel, mul(ivrMinutes, price))
	st.addLine(l.label()+": recurring", Technology, ch.channel, recurring)
	return step, nil
}

// withinAHT reports seconds per call beyond the channel's average handle
// time.
func (li *leverInputs) withinAHT(field string, seconds *big.Rat, ch Channel, aht *big.Rat) {
	if seconds.Cmp(aht) > 0 {
		li.fail(fieldErr(li.where, field, ErrOutOfRange, fmtRat(seconds)+" seconds exceeds the average handle time of "+
			quoteTrunc(string(ch))+", "+fmtRat(aht)+" seconds"))
	}
}

// Callback offers callers a call back instead of waiting in queue (virtual
// hold). Agent work is conserved, but:
//
//	callbacks = calls × accept rate
//	queue minutes − callbacks × WaitAvoided (priced at TollRate when the
//	  model does not price queue minutes itself)
//	outbound cost = callbacks × OutboundMinutes × OutboundRate
//	handle minutes + callbacks × OverheadSeconds/60
//	repeat calls avoided = calls × (AbandonBefore − AbandonAfter) ×
//	  RedialRate (a caller who abandons and calls again costs one more
//	  handled call); calls and their minutes fall by them.
//
// Moving peaks into valleys, which lets fewer agents meet the same service
// level, needs interval-level staffing and is not part of the estimate.
type Callback struct {
	Name    string  // a label for reports; the kind when empty
	Channel Channel // the agent-assisted calls; Voice when empty
	// AcceptRate is the share of calls that take a callback instead of
	// waiting.
	AcceptRate decimal.Decimal
	// WaitAvoided is the queue time avoided per callback, in minutes.
	WaitAvoided decimal.Decimal
	// TollRate prices inbound (toll-free) queue minutes. Leave it zero when
	// a variable cost line of the model is driven by the channel's queue
	// minutes: it then reprices itself.
	TollRate        decimal.Decimal
	OutboundMinutes decimal.Decimal // billed minutes of each outbound call
	OutboundRate    decimal.Decimal // per outbound minute
	// OverheadSeconds is the agent time each callback adds (dialling,
	// waiting for an answer).
	OverheadSeconds decimal.Decimal
	// AbandonBefore and AbandonAfter are the abandonment rates of the calls
	// without and with callback; after may not be higher.
	AbandonBefore, AbandonAfter decimal.Decimal
	// RedialRate is the share of abandoning callers who call again.
	RedialRate decimal.Decimal
	Investment Investment // the lever's one-time and recurring cost
}

// Kind returns "callback".
func (l Callback) Kind() string { return "callback" }

func (l Callback) label() string { return labelOr(l.Name, l.Kind()) }

func (l Callback) apply(st *scenarioState, where string) (leverStep, error) {
	li := &leverInputs{where: where}
	ch, err := st.assisted(where, "channel", l.Channel, Voice)
	if err != nil {
		return leverStep{}, err
	}
	accept := li.rate("accept_rate", l.AcceptRate)
	wait := li.amount("wait_avoided", l.WaitAvoided)
	toll := li.amount("toll_rate", l.TollRate)
	outMin := li.amount("outbound_minutes", l.OutboundMinutes)
	outRate := li.amount("outbound_rate", l.OutboundRate)
	overhead := li.amount("overhead_seconds", l.OverheadSeconds)
	before := li.rate("abandon_before", l.AbandonBefore)
	after := li.rate("abandon_after", l.AbandonAfter)
	redial := li.rate("redial_rate", l.RedialRate)
	oneTime, recurring := li.investment(l.Investment)
	li.notWorse("abandon_after", after, "abandon_before", before, false)
	if li.failed() {
		return leverStep{}, li.errs.join()
	}
	if err := st.pricedTwice(where, "toll_rate", toll, ch.channel, QueueMinutes); err != nil {
		return leverStep{}, err
	}
	c, q := ch.figures[Contacts], ch.figures[QueueMinutes]
	n := mul(c, accept)
	queueSaved := mul(n, wait)
	if queueSaved.Cmp(q) > 0 {
		return leverStep{}, fieldErr(where, "wait_avoided", ErrOutOfRange, fmtRat(n)+" callbacks × "+fmtRat(wait)+" min = "+
			fmtRat(queueSaved)+" queue minutes, more than the "+fmtRat(q)+" of "+quoteTrunc(string(ch.channel)))
	}
	repeats := mul(mul(c, sub(before, after)), redial)
	newC := sub(c, repeats)
	outbound := mul(mul(n, outMin), outRate)
	credit := mul(queueSaved, toll)
	step := leverStep{inputs: li.inputs, oneTime: oneTime, formula: []string{
		"callbacks = " + fmtRat(c) + " calls × " + fmtRat(accept) + " = " + fmtRat(n),
		"queue minutes − " + fmtRat(n) + " × " + fmtRat(wait) + " = " + fmtRat(queueSaved) + "; toll saved " + fmtRat(queueSaved) + " × " + fmtRat(toll) + " = " + fmtRat(credit),
		"repeat calls avoided = " + fmtRat(c) + " × (" + fmtRat(before) + " − " + fmtRat(after) + ") × " + fmtRat(redial) + " = " + fmtRat(repeats),
		"outbound cost = " + fmtRat(n) + " × " + fmtRat(outMin) + " min × " + fmtRat(outRate) + " = " + fmtRat(outbound),
		"handle minutes + " + fmtRat(n) + " × " + fmtRat(overhead) + " s / 60 = " + fmtRat(new(big.Rat).Quo(mul(n, overhead), sixty)),
	}}
	ch.figures[QueueMinutes] = sub(q, queueSaved)
	st.setContacts(ch, newC)
	st.setHandle(ch, new(big.Rat).Add(ch.figures[HandleMinutes], new(big.Rat).Quo(mul(n, overhead), sixty)))
	st.addLine(l.label()+": outbound calls", Telephony, ch.channel, outbound)
	st.addLine(l.label()+": toll minutes avoided", Telephony, ch.channel, new(big.Rat).Neg(credit))
	st.addLine(l.label()+": recurring", Technology, ch.channel, recurring)
	return step, nil
}

// ACDRouting routes contacts to the right skill the first time (ACD,
// skills-based routing):
//
//	transfers avoided = contacts × (TransferRateBefore − TransferRateAfter)
//	handle minutes − transfers avoided × WastedSeconds/60
//	               − contacts × AHTReductionSeconds/60
//
// (A blind transfer wastes about 65 seconds of agent time; the package
// takes the figure as an input, not a default.)
type ACDRouting struct {
	Name    string  // a label for reports; the kind when empty
	Channel Channel // the agent-assisted channel; Voice when empty
	// TransferRateBefore and TransferRateAfter are the shares of contacts
	// transferred or misrouted; after may not be higher.
	TransferRateBefore, TransferRateAfter decimal.Decimal
	// WastedSeconds is the agent time one transfer wastes.
	WastedSeconds decimal.Decimal
	// AHTReductionSeconds is the handle time better matching saves on every
	// contact.
	AHTReductionSeconds decimal.Decimal
	Investment          Investment // the lever's one-time and recurring cost
}

// Kind returns "ACD routing".
func (l ACDRouting) Kind() string { return "ACD routing" }

func (l ACDRouting) label() string { return labelOr(l.Name, l.Kind()) }

func (l ACDRouting) apply(st *scenarioState, where string) (leverStep, error) {
	li := &leverInputs{where: where}
	ch, err := st.assisted(where, "channel", l.Channel, Voice)
	if err != nil {
		return leverStep{}, err
	}
	before := li.rate("transfer_rate_before", l.TransferRateBefore)
	after := li.rate("transfer_rate_after", l.TransferRateAfter)
	wasted := li.amount("wasted_seconds", l.WastedSeconds)
	reduction := li.amount("aht_reduction_seconds", l.AHTReductionSeconds)
	oneTime, recurring := li.investment(l.Investment)
	li.notWorse("transfer_rate_after", after, "transfer_rate_before", before, false)
	c, h := ch.figures[Contacts], ch.figures[HandleMinutes]
	aht := new(big.Rat).Quo(mul(h, sixty), c)
	li.withinAHT("aht_reduction_seconds", reduction, ch.channel, aht)
	if li.failed() {
		return leverStep{}, li.errs.join()
	}
	transfers := mul(c, sub(before, after))
	cut := new(big.Rat).Add(mul(transfers, wasted), mul(c, reduction))
	cut.Quo(cut, sixty)
	newH := sub(h, cut)
	if newH.Sign() < 0 {
		return leverStep{}, fieldErr(where, "wasted_seconds", ErrOutOfRange, "the lever would save "+fmtRat(cut)+
			" handle minutes, more than the "+fmtRat(h)+" of "+quoteTrunc(string(ch.channel)))
	}
	step := leverStep{inputs: li.inputs, oneTime: oneTime, formula: []string{
		"transfers avoided = " + fmtRat(c) + " × (" + fmtRat(before) + " − " + fmtRat(after) + ") = " + fmtRat(transfers),
		"handle minutes: " + fmtRat(h) + " − (" + fmtRat(transfers) + " × " + fmtRat(wasted) + " s + " + fmtRat(c) + " × " +
			fmtRat(reduction) + " s) / 60 = " + fmtRat(newH),
	}}
	st.setHandle(ch, newH)
	st.addLine(l.label()+": recurring", Technology, ch.channel, recurring)
	return step, nil
}

// FirstContactResolution resolves more contacts at the first attempt. Each
// contact, a repeat included, resolves with probability FCR, so a need
// takes 1/FCR contacts on average and
//
//	contacts after = contacts × Before / After
//	repeat contacts avoided = contacts − contacts after
//
// with handle and queue minutes in proportion.
type FirstContactResolution struct {
	Name    string  // a label for reports; the kind when empty
	Channel Channel // the agent-assisted channel; Voice when empty
	// Before and After are the first-contact resolution rates (0 to 1;
	// Before above 0, After not below Before).
	Before, After decimal.Decimal
	Investment    Investment // the lever's one-time and recurring cost
}

// Kind returns "first-contact resolution".
func (l FirstContactResolution) Kind() string { return "first-contact resolution" }

func (l FirstContactResolution) label() string { return labelOr(l.Name, l.Kind()) }

func (l FirstContactResolution) apply(st *scenarioState, where string) (leverStep, error) {
	li := &leverInputs{where: where}
	ch, err := st.assisted(where, "channel", l.Channel, Voice)
	if err != nil {
		return leverStep{}, err
	}
	before := li.rate("before", l.Before)
	after := li.rate("after", l.After)
	oneTime, recurring := li.investment(l.Investment)
	if li.accepted("before") && before.Sign() == 0 {
		li.fail(fieldErr(where, "before", ErrOutOfRange, "0: no contact is ever resolved (want above 0)"))
	}
	li.notWorse("after", after, "before", before, true)
	if li.failed() {
		return leverStep{}, li.errs.join()
	}
	c := ch.figures[Contacts]
	newC := new(big.Rat).Quo(mul(c, before), after)
	step := leverStep{inputs: li.inputs, oneTime: oneTime, formula: []string{
		"contacts: " + fmtRat(c) + " × " + fmtRat(before) + " / " + fmtRat(after) + " = " + fmtRat(newC),
		"repeat contacts avoided = " + fmtRat(sub(c, newC)),
	}}
	st.setContacts(ch, newC)
	st.addLine(l.label()+": recurring", Technology, ch.channel, recurring)
	return step, nil
}
