package contactcost

import (
	"math/big"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// The six levers. Each reads its own inputs and keeps its own arithmetic;
// lever.go checks and records the inputs, applies the arithmetic to the
// scenario's volumes, and adds the lever's investment.

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
	Name string  // a label for reports; "self-service deflection" when empty
	From Channel // the agent-assisted channel contacts leave (required)
	// To is the automated channel contacts move to; ChannelSelfService
	// when empty, created when the model lacks it.
	To Channel
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
	// CostPerContact is the cost of one self-service session. Leave it
	// zero when a variable cost line of the model already prices To's
	// contacts.
	CostPerContact decimal.Decimal
	// MinutesPerSession is the length of a session, for To's minutes.
	MinutesPerSession decimal.Decimal
	Investment        Investment // the platform's own cost
}

func (l SelfServiceDeflection) describe() (string, string, Investment) {
	return l.Name, "self-service deflection", l.Investment
}

func (l SelfServiceDeflection) inputs(x *leverRun) func() channelRef {
	from := x.assisted("from", l.From, "")
	s := l.share(x)
	back := x.rate("re_contact_rate", l.ReContactRate)
	price := x.amount("cost_per_contact", l.CostPerContact)
	minutes := x.amount("minutes_per_session", l.MinutesPerSession)
	to := x.automated("to", l.To, ChannelSelfService)
	x.pricedTwice("cost_per_contact", price, to, MeasureContacts)
	return func() channelRef {
		x.create(&to)
		c := from.vol.fig[MeasureContacts]
		n := mul(c, s)
		returning := mul(n, back)
		after := sub(c, sub(n, returning))
		x.say("deflected = ", c, " ", from.name, " contacts × ", s, " = ", n)
		x.say("coming back = ", n, " × ", back, " = ", returning)
		x.say(from.name, " contacts: ", c, " − (", n, " − ", returning, ") = ", after)
		x.say(to.name, " sessions: + ", n, ", minutes + ", n, " × ", minutes, " = ", mul(n, minutes))
		x.say("self-service cost: ", n, " × ", price, " = ", mul(n, price))
		x.st.setContacts(from.vol, after)
		to.vol.fig[MeasureContacts] = add(to.vol.fig[MeasureContacts], n)
		x.st.setHandle(to.vol, add(to.vol.fig[MeasureHandleMinutes], mul(n, minutes)))
		x.addLine("sessions", CategoryTechnology, to, mul(n, price))
		return to
	}
}

// share reads the share of From's contacts deflected: Rate, or the step
// from CurrentRate to TargetRate.
func (l SelfServiceDeflection) share(x *leverRun) *big.Rat {
	if l.CurrentRate.Sign() == 0 && l.TargetRate.Sign() == 0 {
		return x.rate("rate", l.Rate)
	}
	if l.Rate.Sign() != 0 {
		x.rate("rate", l.Rate) // its own problems too, not only the conflict
		x.fail(x.at.err("rate", ErrConflict, "give rate, or current_rate and target_rate, not both"))
	}
	c := x.rate("current_rate", l.CurrentRate)
	t := x.rate("target_rate", l.TargetRate)
	x.notWorse("target_rate", t, "current_rate", c, true)
	if c.Cmp(ratOne) == 0 {
		x.refuse("current_rate", x.at.err("current_rate", ErrOutOfRange, "1: all demand is already self-served"))
	}
	if x.failed() {
		return new(big.Rat)
	}
	s := sub(t, c)
	return s.Quo(s, sub(ratOne, c))
}

func (l SelfServiceDeflection) withShare(s *big.Rat) Lever {
	l.Rate, l.CurrentRate, l.TargetRate = ratDecimal(s), decimal.Decimal{}, decimal.Decimal{}
	return l
}

func (l SelfServiceDeflection) rateOfShare(s *big.Rat) *big.Rat {
	if l.CurrentRate.Sign() == 0 && l.TargetRate.Sign() == 0 {
		return s
	}
	n, _ := exact.FromDecimal(l.CurrentRate) // validated by share
	c := n.Rat()
	t := mul(s, sub(ratOne, c)) // target = current + share × (1 − current)
	return t.Add(t, c)
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
	Name string  // a label for reports; "IVR containment" when empty
	From Channel // the agent-assisted calls; ChannelVoice when empty
	// IVR is the IVR channel; ChannelIVR when empty, created when the
	// model lacks it.
	IVR Channel
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

func (l IVRContainment) describe() (string, string, Investment) {
	return l.Name, "IVR containment", l.Investment
}

func (l IVRContainment) inputs(x *leverRun) func() channelRef {
	from := x.assisted("from", l.From, ChannelVoice)
	rate := x.rate("rate", l.Rate)
	back := x.rate("callback_rate", l.CallbackRate)
	minutes := x.amount("ivr_minutes", l.IVRMinutes)
	price := x.amount("cost_per_minute", l.CostPerMinute)
	ivr := x.automated("ivr", l.IVR, ChannelIVR)
	x.pricedTwice("cost_per_minute", price, ivr, MeasureHandleMinutes)
	return func() channelRef {
		x.create(&ivr)
		c := from.vol.fig[MeasureContacts]
		n := mul(c, rate)
		callingBack := mul(n, back)
		net := sub(n, callingBack)
		after := sub(c, net)
		ivrMinutes := mul(n, minutes)
		x.say("contained = ", c, " calls × ", rate, " = ", n)
		x.say("calling back = ", n, " × ", back, " = ", callingBack, "; true containment ", net)
		x.say(from.name, " calls: ", c, " − ", net, " = ", after)
		x.say(ivr.name, " calls + ", n, ", minutes + ", n, " × ", minutes, " = ", ivrMinutes)
		x.say("IVR cost: ", ivrMinutes, " min × ", price, " = ", mul(ivrMinutes, price))
		x.st.setContacts(from.vol, after)
		ivr.vol.fig[MeasureContacts] = add(ivr.vol.fig[MeasureContacts], n)
		x.st.setHandle(ivr.vol, add(ivr.vol.fig[MeasureHandleMinutes], ivrMinutes))
		x.addLine("IVR minutes", CategoryTechnology, ivr, mul(ivrMinutes, price))
		return ivr
	}
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
	Name    string  // a label for reports; "IVR verification" when empty
	Channel Channel // the agent-assisted calls; ChannelVoice when empty
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

func (l IVRVerification) describe() (string, string, Investment) {
	return l.Name, "IVR verification", l.Investment
}

func (l IVRVerification) inputs(x *leverRun) func() channelRef {
	ch := x.assisted("channel", l.Channel, ChannelVoice)
	saved := x.amount("seconds_saved", l.SecondsSaved)
	minutes := x.amount("ivr_minutes", l.IVRMinutes)
	price := x.amount("cost_per_minute", l.CostPerMinute)
	filter := x.rate("filter_rate", l.FilterRate)
	wasted := x.amount("wasted_seconds", l.WastedSeconds)
	x.withinAHT("seconds_saved", saved, ch)
	x.withinAHT("wasted_seconds", wasted, ch)
	c, h := ch.vol.fig[MeasureContacts], ch.vol.fig[MeasureHandleMinutes]
	filtered := mul(c, filter)
	remaining := sub(c, filtered)
	// Both are within the AHT, so the cut is within the handle minutes.
	cut := add(mul(filtered, wasted), mul(remaining, saved))
	cut.Quo(cut, sixty)
	return func() channelRef {
		newH, ivrMinutes := sub(h, cut), mul(c, minutes)
		x.say("filtered = ", c, " calls × ", filter, " = ", filtered)
		x.say("handle minutes: ", h, " − (", filtered, " × ", wasted, " s + ", remaining, " × ", saved, " s) / 60 = ", newH)
		x.say("IVR cost: ", c, " calls × ", minutes, " min × ", price, " = ", mul(ivrMinutes, price))
		// Filtered calls leave with their handle time: the contacts fall,
		// then the minutes are set to what is left.
		x.st.setContacts(ch.vol, remaining)
		x.st.setHandle(ch.vol, newH)
		x.addLine("IVR minutes", CategoryTechnology, ch, mul(ivrMinutes, price))
		return ch
	}
}

// notMoreThan reports a handle-time cut beyond the channel's minutes.
func (x *leverRun) notMoreThan(field string, cut, minutes *big.Rat, ch channelRef) {
	if !x.failed() && cut.Cmp(minutes) > 0 {
		x.fail(x.at.err(field, ErrOutOfRange, "the lever would save "+fmtRat(cut)+" handle minutes, more than the "+
			fmtRat(minutes)+" of "+quote(string(ch.name))))
	}
}

// Callback offers callers a call back instead of waiting in queue
// (virtual hold). Agent work is conserved, but:
//
//	callbacks = calls × accept rate
//	queue minutes − callbacks × WaitAvoided (priced at TollRate when the
//	  model does not price queue minutes itself)
//	outbound cost = callbacks × OutboundMinutes × OutboundRate
//	handle minutes + callbacks × OverheadSeconds/60
//	repeat calls avoided = calls × (AbandonBefore − AbandonAfter) ×
//	  RedialRate; calls and their minutes fall by them.
//
// Moving peaks into valleys, which lets fewer agents meet the same service
// level, needs interval-level staffing and is not part of the estimate.
type Callback struct {
	Name    string  // a label for reports; "callback" when empty
	Channel Channel // the agent-assisted calls; ChannelVoice when empty
	// AcceptRate is the share of calls that take a callback instead of
	// waiting.
	AcceptRate decimal.Decimal
	// WaitAvoided is the queue time avoided per callback, in minutes.
	WaitAvoided decimal.Decimal
	// TollRate prices inbound (toll-free) queue minutes. Leave it zero
	// when a variable cost line of the model varies with the channel's
	// queue minutes: it then reprices itself.
	TollRate        decimal.Decimal
	OutboundMinutes decimal.Decimal // billed minutes of each outbound call
	OutboundRate    decimal.Decimal // per outbound minute
	// OverheadSeconds is the agent time each callback adds (dialling,
	// waiting for an answer).
	OverheadSeconds decimal.Decimal
	// AbandonBefore and AbandonAfter are the abandonment rates of the
	// calls without and with callback; after may not be higher.
	AbandonBefore, AbandonAfter decimal.Decimal
	// RedialRate is the share of abandoning callers who call again.
	RedialRate decimal.Decimal
	Investment Investment // the lever's one-time and recurring cost
}

func (l Callback) describe() (string, string, Investment) { return l.Name, "callback", l.Investment }

func (l Callback) inputs(x *leverRun) func() channelRef {
	ch := x.assisted("channel", l.Channel, ChannelVoice)
	accept := x.rate("accept_rate", l.AcceptRate)
	wait := x.amount("wait_avoided", l.WaitAvoided)
	toll := x.amount("toll_rate", l.TollRate)
	outMin := x.amount("outbound_minutes", l.OutboundMinutes)
	outRate := x.amount("outbound_rate", l.OutboundRate)
	overhead := x.amount("overhead_seconds", l.OverheadSeconds)
	before := x.rate("abandon_before", l.AbandonBefore)
	after := x.rate("abandon_after", l.AbandonAfter)
	redial := x.rate("redial_rate", l.RedialRate)
	x.notWorse("abandon_after", after, "abandon_before", before, false)
	x.pricedTwice("toll_rate", toll, ch, MeasureQueueMinutes)
	c, q := ch.vol.fig[MeasureContacts], ch.vol.fig[MeasureQueueMinutes]
	n := mul(c, accept)
	queueSaved := mul(n, wait)
	if !x.failed() && queueSaved.Cmp(q) > 0 {
		x.fail(x.at.err("wait_avoided", ErrOutOfRange, fmtRat(n)+" callbacks × "+fmtRat(wait)+" min = "+
			fmtRat(queueSaved)+" queue minutes, more than the "+fmtRat(q)+" of "+quote(string(ch.name))))
	}
	return func() channelRef {
		repeats := mul(mul(c, sub(before, after)), redial)
		outbound := mul(mul(n, outMin), outRate)
		credit := mul(queueSaved, toll)
		added := new(big.Rat).Quo(mul(n, overhead), sixty)
		x.say("callbacks = ", c, " calls × ", accept, " = ", n)
		x.say("queue minutes − ", n, " × ", wait, " = ", queueSaved, "; toll saved ", queueSaved, " × ", toll, " = ", credit)
		x.say("repeat calls avoided = ", c, " × (", before, " − ", after, ") × ", redial, " = ", repeats)
		x.say("outbound cost = ", n, " × ", outMin, " min × ", outRate, " = ", outbound)
		x.say("handle minutes + ", n, " × ", overhead, " s / 60 = ", added)
		ch.vol.fig[MeasureQueueMinutes] = sub(q, queueSaved)
		x.st.setContacts(ch.vol, sub(c, repeats))
		x.st.setHandle(ch.vol, add(ch.vol.fig[MeasureHandleMinutes], added))
		x.addLine("outbound calls", CategoryTelephony, ch, outbound)
		x.addLine("toll minutes avoided", CategoryTelephony, ch, new(big.Rat).Neg(credit))
		return ch
	}
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
	Name    string  // a label for reports; "ACD routing" when empty
	Channel Channel // the agent-assisted channel; ChannelVoice when empty
	// TransferRateBefore and TransferRateAfter are the shares of contacts
	// transferred or misrouted; after may not be higher.
	TransferRateBefore, TransferRateAfter decimal.Decimal
	// WastedSeconds is the agent time one transfer wastes.
	WastedSeconds decimal.Decimal
	// AHTReductionSeconds is the handle time better matching saves on
	// every contact.
	AHTReductionSeconds decimal.Decimal
	Investment          Investment // the lever's one-time and recurring cost
}

func (l ACDRouting) describe() (string, string, Investment) {
	return l.Name, "ACD routing", l.Investment
}

func (l ACDRouting) inputs(x *leverRun) func() channelRef {
	ch := x.assisted("channel", l.Channel, ChannelVoice)
	before := x.rate("transfer_rate_before", l.TransferRateBefore)
	after := x.rate("transfer_rate_after", l.TransferRateAfter)
	wasted := x.amount("wasted_seconds", l.WastedSeconds)
	reduction := x.amount("aht_reduction_seconds", l.AHTReductionSeconds)
	x.notWorse("transfer_rate_after", after, "transfer_rate_before", before, false)
	x.withinAHT("aht_reduction_seconds", reduction, ch)
	c, h := ch.vol.fig[MeasureContacts], ch.vol.fig[MeasureHandleMinutes]
	transfers := mul(c, sub(before, after))
	cut := add(mul(transfers, wasted), mul(c, reduction))
	cut.Quo(cut, sixty)
	x.notMoreThan("wasted_seconds", cut, h, ch)
	return func() channelRef {
		newH := sub(h, cut)
		x.say("transfers avoided = ", c, " × (", before, " − ", after, ") = ", transfers)
		x.say("handle minutes: ", h, " − (", transfers, " × ", wasted, " s + ", c, " × ", reduction, " s) / 60 = ", newH)
		x.st.setHandle(ch.vol, newH)
		return ch
	}
}

// FirstContactResolution resolves more contacts at the first attempt.
// Each contact, a repeat included, resolves with probability FCR, so a
// need takes 1/FCR contacts on average and
//
//	contacts after = contacts × Before / After
//	repeat contacts avoided = contacts − contacts after
//
// with handle and queue minutes in proportion.
type FirstContactResolution struct {
	Name    string  // a label for reports; "first-contact resolution" when empty
	Channel Channel // the agent-assisted channel; ChannelVoice when empty
	// Before and After are the first-contact resolution rates (0 to 1;
	// Before above 0, After not below Before).
	Before, After decimal.Decimal
	Investment    Investment // the lever's one-time and recurring cost
}

func (l FirstContactResolution) describe() (string, string, Investment) {
	return l.Name, "first-contact resolution", l.Investment
}

func (l FirstContactResolution) inputs(x *leverRun) func() channelRef {
	ch := x.assisted("channel", l.Channel, ChannelVoice)
	before := x.rate("before", l.Before)
	after := x.rate("after", l.After)
	if x.accepted("before") && before.Sign() == 0 {
		x.refuse("before", x.at.err("before", ErrOutOfRange, "0: no contact is ever resolved (want above 0)"))
	}
	x.notWorse("after", after, "before", before, true)
	return func() channelRef {
		c := ch.vol.fig[MeasureContacts]
		newC := new(big.Rat).Quo(mul(c, before), after)
		x.say("contacts: ", c, " × ", before, " / ", after, " = ", newC)
		x.say("repeat contacts avoided = ", sub(c, newC))
		x.st.setContacts(ch.vol, newC)
		return ch
	}
}

// rateLever is a lever with a rate whose break-even value is worth
// knowing.
type rateLever interface {
	Lever
	withShare(s *big.Rat) Lever      // the lever with its share of contacts set to s
	rateOfShare(s *big.Rat) *big.Rat // the lever's own rate for a share s
}

var ratOne = big.NewRat(1, 1)

// ratDecimal returns a rational that terminates within the bounds as a
// decimal, and one that does not rounded half-even to MaxFractionDigits
// places (a break-even share fed back as a rate).
func ratDecimal(r *big.Rat) decimal.Decimal {
	if d, ok := ratioOfRat(r).Exact(); ok {
		return d
	}
	d, _ := ratioOfRat(r).Round(RoundHalfEven, MaxFractionDigits)
	return d
}
