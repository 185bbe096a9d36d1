package contactcost

import (
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// The seven levers. Each reads its own inputs and keeps its own arithmetic;
// lever.go checks and records the inputs, applies the arithmetic to the
// scenario's volumes, and adds the lever's monthly fee. Every rate names
// its base: the count it is a share of.

// SelfServiceDeflection puts self-service (a knowledge base, a portal, a
// chatbot) in front of an agent-assisted channel. It is a funnel:
//
//	sessions  = From's contacts × Reach          (every session is paid)
//	resolved  = sessions × Resolution            (no agent needed)
//	escalated = sessions − resolved              (they reach an agent anyway,
//	            EscalationSeconds longer than today's contacts)
//	returning = resolved × ReContactRate         (they come back to From,
//	            meeting self-service again as any contact does: returning ×
//	            Reach more sessions, each paid and escalated)
//	From's contacts fall by resolved − returning, its minutes in
//	proportion, then rise by all the escalated × EscalationSeconds / 60;
//	To gains every session, MinutesPerSession each; the sessions cost
//	sessions × CostPerSession.
//
// Instead of Reach, CurrentRate and TargetRate give the share of all
// demand resolved in self-service now and after (the form deflection
// targets are quoted in): the resolved contacts are then From's contacts ×
// (TargetRate − CurrentRate) / (1 − CurrentRate), and the sessions they
// take are resolved / Resolution; every returning customer is counted as
// meeting self-service again (the form does not say how many would).
//
// Its break-even solves for Resolution (with Reach) or TargetRate.
type SelfServiceDeflection struct {
	Name string  // a label for reports; "self-service deflection" when empty
	From Channel // the agent-assisted channel whose contacts meet self-service (required)
	// To is the automated channel the sessions happen in;
	// ChannelSelfService when empty, created when the model lacks it.
	To Channel
	// Reach is the share of From's contacts that start a session, 0 to 1
	// (1: a chatbot that meets every chat first).
	Reach decimal.Decimal
	// CurrentRate and TargetRate, instead of Reach: the share of all
	// demand resolved in self-service now and after, 0 to 1.
	CurrentRate, TargetRate decimal.Decimal
	// Resolution is the share of sessions resolved without an agent, 0 to
	// 1 (above 0 with TargetRate). Gartner (2019) found only 9% of
	// customers resolve fully in self-service.
	Resolution decimal.Decimal
	// ReContactRate is the share of resolved sessions whose customer still
	// contacts From, 0 to 1.
	ReContactRate decimal.Decimal
	// EscalationSeconds is the agent handle time an escalated contact
	// takes beyond today's average (the hand-off, reading the session).
	EscalationSeconds decimal.Decimal
	// CostPerSession prices every session started, resolved or not. Leave
	// it zero when a variable cost line of the model already prices To's
	// contacts.
	CostPerSession decimal.Decimal
	// MinutesPerSession is the length of a session, for To's minutes.
	MinutesPerSession decimal.Decimal
	Investment        Investment // the platform's own cost
	Rollout           Rollout    // when it takes effect
}

func (l SelfServiceDeflection) describe() leverInfo {
	info := leverInfo{name: l.Name, kind: "self-service deflection", inv: l.Investment, roll: l.Rollout,
		breakEven: "resolution", points: zeroAndOne}
	if !l.usesReach() {
		info.breakEven = "target_rate"
		info.points = func() (*big.Rat, *big.Rat) {
			// Halfway to the highest target its resolution can serve.
			cur, res := boundedRat(l.CurrentRate), boundedRat(l.Resolution)
			top := add(cur, mul(res, sub(ratOne, cur)))
			return cur, mul(add(cur, top), ratHalf)
		}
	}
	return info
}

// meetsAgain returns the share of returning customers who meet
// self-service again: Reach, or all of them in the target form.
func (l SelfServiceDeflection) meetsAgain() *big.Rat {
	if l.usesReach() {
		return boundedRat(l.Reach)
	}
	return ratOne
}

func (l SelfServiceDeflection) usesReach() bool {
	return l.CurrentRate.Sign() == 0 && l.TargetRate.Sign() == 0
}

func (l SelfServiceDeflection) edit() (func() Lever, []fieldRef) {
	return func() Lever { return l }, append([]fieldRef{
		{"name", &l.Name}, {"from", &l.From}, {"to", &l.To}, {"reach", &l.Reach},
		{"current_rate", &l.CurrentRate}, {"target_rate", &l.TargetRate}, {"resolution", &l.Resolution},
		{"re_contact_rate", &l.ReContactRate}, {"escalation_seconds", &l.EscalationSeconds},
		{"cost_per_session", &l.CostPerSession}, {"minutes_per_session", &l.MinutesPerSession},
	}, commonRefs(&l.Investment, &l.Rollout)...)
}

func (l SelfServiceDeflection) inputs(x *leverRun) func() channelRef {
	from := x.assisted("from", l.From, "")
	resolved, sessions := l.funnel(x, from.vol.fig[MeasureContacts])
	back := x.rate("re_contact_rate", l.ReContactRate)
	extra := x.amount("escalation_seconds", l.EscalationSeconds)
	price := x.amount("cost_per_session", l.CostPerSession)
	minutes := x.amount("minutes_per_session", l.MinutesPerSession)
	to := x.automated("to", l.To, ChannelSelfService)
	x.pricedTwice("cost_per_session", price, to, MeasureContacts)
	return func() channelRef {
		x.create(&to)
		c := from.vol.fig[MeasureContacts]
		returning := mul(resolved, back)
		again := mul(returning, l.meetsAgain())
		escalated := add(sub(sessions, resolved), again)
		x.say("coming back = ", resolved, " × ", back, " = ", returning, ", meeting self-service again: ", again)
		sessions = add(sessions, again)
		f := new(big.Rat).Quo(sub(c, sub(resolved, returning)), c)
		x.say("sessions ", sessions, ", escalated ", escalated)
		x.say(from.name, " contacts: ", c, " − (", resolved, " − ", returning, ") = ", mul(c, f), ", minutes in proportion")
		x.st.scale(from.vol, f)
		if added := new(big.Rat).Quo(mul(escalated, extra), sixty); added.Sign() != 0 {
			x.say(from.name, " handle minutes + ", escalated, " escalated × ", extra, " s / 60 = ", added)
			x.st.setHandle(from.vol, add(from.vol.fig[MeasureHandleMinutes], added))
		}
		x.say(to.name, " sessions + ", sessions, ", minutes + ", sessions, " × ", minutes, " = ", mul(sessions, minutes))
		x.say("sessions cost ", sessions, " × ", price, " = ", mul(sessions, price))
		to.vol.fig[MeasureContacts] = add(to.vol.fig[MeasureContacts], sessions)
		x.st.setHandle(to.vol, add(to.vol.fig[MeasureHandleMinutes], mul(sessions, minutes)))
		x.addLine("sessions", CategoryTechnology, to, mul(sessions, price))
		return to
	}
}

// funnel reads the funnel's rates and returns the contacts resolved in
// self-service and the sessions started, at the lever's adoption.
func (l SelfServiceDeflection) funnel(x *leverRun, c *big.Rat) (resolved, sessions *big.Rat) {
	if l.usesReach() {
		reach := x.rate("reach", l.Reach)
		res := x.rate("resolution", l.Resolution)
		sessions = x.live(mul(c, reach))
		resolved = mul(sessions, res)
		x.say("sessions = ", c, " ", l.From, " contacts × ", reach, adoptionNote(x), " = ", sessions,
			"; resolved = ", sessions, " × ", res, " = ", resolved)
		return resolved, sessions
	}
	if l.Reach.Sign() != 0 {
		x.rate("reach", l.Reach) // its own problems too, not only the conflict
		x.fail(x.at.err("reach", ErrConflict, "give reach, or current_rate and target_rate, not both"))
	}
	cur := x.rate("current_rate", l.CurrentRate)
	target := x.rate("target_rate", l.TargetRate)
	res := x.rate("resolution", l.Resolution)
	x.notWorse("target_rate", target, "current_rate", cur, true)
	if x.accepted("current_rate") && cur.Cmp(ratOne) == 0 {
		x.refuse("current_rate", x.at.err("current_rate", ErrOutOfRange, "1: all demand is already self-served"))
	}
	if x.accepted("resolution") && res.Sign() == 0 {
		x.refuse("resolution", x.at.err("resolution", ErrOutOfRange, "0: no session resolves, so no target can be reached (want above 0)"))
	}
	if x.failed() {
		return new(big.Rat), new(big.Rat)
	}
	share := sub(target, cur)
	share.Quo(share, sub(ratOne, cur))
	resolved = x.live(mul(c, share))
	sessions = new(big.Rat).Quo(resolved, res)
	if sessions.Cmp(c) > 0 {
		x.fail(x.at.err("target_rate", ErrOutOfRange, "resolving "+fmtRat(resolved)+" contacts at resolution "+fmtRat(res)+
			" takes "+fmtRat(sessions)+" sessions, more than the "+fmtRat(c)+" contacts of "+quote(string(l.From))))
	}
	x.say("resolved = ", c, " ", l.From, " contacts × (", target, " − ", cur, ") / (1 − ", cur, ")", adoptionNote(x), " = ", resolved,
		"; sessions = ", resolved, " / ", res, " = ", sessions)
	return resolved, sessions
}

// IVRContainment resolves more calls in the IVR. Its rates are shares of
// the calls entering the IVR (the form containment is quoted in), not of
// the calls agents handle:
//
//	entries   = the IVR channel's contacts (every call entering the IVR)
//	contained = entries × (TargetRate − CurrentRate)   (newly contained)
//	returning = contained × ReturnRate   (they call again and reach an agent:
//	            "true" containment is contained − returning)
//	From's offered calls fall by contained − returning, its handled and
//	abandoned calls and minutes in proportion; the IVR keeps its entries
//	(each call entered it already) and gains the returning callers' second
//	entries, at its average minutes per entry; its minutes also rise by
//	contained × ContainedMinutes; the added minutes priced at CostPerMinute.
//
// When the model has no IVR channel the IVR is new: CurrentRate must be
// 0, every offered call of From enters it (entries = From's offered
// calls), and each spends MenuMinutes in it, all priced at CostPerMinute
// from go-live. Its break-even solves for TargetRate.
type IVRContainment struct {
	Name string  // a label for reports; "IVR containment" when empty
	From Channel // the agent-assisted calls; ChannelVoice when empty
	// IVR is the IVR channel; ChannelIVR when empty.
	IVR Channel
	// CurrentRate and TargetRate are the shares of calls entering the IVR
	// that it resolves, now and after, 0 to 1.
	CurrentRate, TargetRate decimal.Decimal
	// ReturnRate is the share of newly contained callers who call again
	// within the window and reach an agent (25% to 35% in some centers).
	ReturnRate decimal.Decimal
	// ContainedMinutes is the IVR time a newly contained call adds to its
	// entry (the self-service dialogue), in minutes.
	ContainedMinutes decimal.Decimal
	// MenuMinutes is, for a new IVR only, the IVR time every entry spends
	// in its menu, in minutes.
	MenuMinutes decimal.Decimal
	// CostPerMinute prices the IVR minutes the lever adds. Leave it zero
	// when a variable cost line of the model already prices the IVR
	// channel's handle minutes.
	CostPerMinute decimal.Decimal
	Investment    Investment // the lever's own cost
	Rollout       Rollout    // when it takes effect
}

func (l IVRContainment) describe() leverInfo {
	return leverInfo{name: l.Name, kind: "IVR containment", inv: l.Investment, roll: l.Rollout,
		breakEven: "target_rate", points: func() (*big.Rat, *big.Rat) { return towardOne(l.CurrentRate) }}
}

func (l IVRContainment) edit() (func() Lever, []fieldRef) {
	return func() Lever { return l }, append([]fieldRef{
		{"name", &l.Name}, {"from", &l.From}, {"ivr", &l.IVR}, {"current_rate", &l.CurrentRate},
		{"target_rate", &l.TargetRate}, {"return_rate", &l.ReturnRate}, {"contained_minutes", &l.ContainedMinutes},
		{"menu_minutes", &l.MenuMinutes}, {"cost_per_minute", &l.CostPerMinute},
	}, commonRefs(&l.Investment, &l.Rollout)...)
}

func (l IVRContainment) inputs(x *leverRun) func() channelRef {
	from := x.assisted("from", l.From, ChannelVoice)
	cur := x.rate("current_rate", l.CurrentRate)
	target := x.rate("target_rate", l.TargetRate)
	x.notWorse("target_rate", target, "current_rate", cur, true)
	back := x.rate("return_rate", l.ReturnRate)
	perContained := x.amount("contained_minutes", l.ContainedMinutes)
	menu := x.amount("menu_minutes", l.MenuMinutes)
	price := x.amount("cost_per_minute", l.CostPerMinute)
	ivr := x.automated("ivr", l.IVR, ChannelIVR)
	x.pricedTwice("cost_per_minute", price, ivr, MeasureHandleMinutes)
	offered := offeredOf(from.vol)
	entries := ivr.vol.fig[MeasureContacts]
	switch {
	case ivr.j == -2 && cur.Sign() != 0:
		x.fail(x.at.err("current_rate", ErrConflict, "the model has no IVR channel "+quote(string(ivr.name))+
			", so nothing is contained today (want 0 for a new IVR)"))
	case ivr.j >= 0 && menu.Sign() != 0:
		x.fail(x.at.err("menu_minutes", ErrConflict, "the IVR channel "+quote(string(ivr.name))+
			" exists: its minutes already hold its menu (menu_minutes is for a new IVR)"))
	case ivr.j == -2:
		entries = offered
	}
	contained := x.live(mul(entries, sub(target, cur)))
	if !x.failed() && contained.Cmp(offered) > 0 {
		x.fail(x.at.err("target_rate", ErrOutOfRange, fmtRat(entries)+" entries × ("+fmtRat(target)+" − "+fmtRat(cur)+") = "+
			fmtRat(contained)+" newly contained calls, more than the "+fmtRat(offered)+" calls offered to agents on "+quote(string(from.name))))
	}
	return func() channelRef {
		newIVR := ivr.j == -2
		x.create(&ivr)
		returning := mul(contained, back)
		gone := sub(contained, returning)
		perEntry := menu // a new IVR's entry is its menu
		if !newIVR && entries.Sign() != 0 {
			perEntry = new(big.Rat).Quo(ivr.vol.fig[MeasureHandleMinutes], entries)
		}
		f := new(big.Rat).Quo(sub(offered, gone), offered)
		x.say("contained = ", entries, " IVR entries × (", target, " − ", cur, ")", adoptionNote(x), " = ", contained,
			"; returning = ", contained, " × ", back, " = ", returning)
		x.say(from.name, " offered calls: ", offered, " − ", gone, " = ", sub(offered, gone),
			"; handled ", from.vol.fig[MeasureContacts], " → ", mul(from.vol.fig[MeasureContacts], f), ", minutes in proportion")
		x.st.scale(from.vol, f)
		added := add(mul(contained, perContained), mul(returning, perEntry))
		if newIVR {
			added.Add(added, mul(entries, menu))
			x.say("new IVR ", ivr.name, ": ", entries, " + ", returning, " returning entries; minutes ", entries, " × ", menu, " + ",
				contained, " × ", perContained, " + ", returning, " × ", perEntry, " = ", added)
		} else {
			x.say(ivr.name, " entries ", entries, " + ", returning, " returning; minutes + ", contained, " × ", perContained,
				" + ", returning, " × ", perEntry, " = ", added)
		}
		ivr.vol.fig[MeasureContacts] = add(entries, returning)
		x.st.setHandle(ivr.vol, add(ivr.vol.fig[MeasureHandleMinutes], added))
		x.sayPriced("IVR cost", ivr, added, price)
		x.addLine("IVR minutes", CategoryTechnology, ivr, mul(added, price))
		return ivr
	}
}

// IVRVerification lets the IVR identify and verify callers (or collect
// data) before the agent, and filter unresponsive or silent callers. Its
// base is the calls that reach an agent today (the channel's contacts):
//
//	filtered  = calls × FilterRate (they no longer reach an agent: the
//	            channel's calls, offered and abandoned calls and queue
//	            minutes fall in proportion)
//	handle minutes − filtered × WastedSeconds / 60
//	               − (calls − filtered) × SecondsSaved / 60
//	IVR minutes + offered calls × IVRMinutes (every call entering the IVR
//	passes the added step, those that abandon later too), priced at
//	CostPerMinute
//
// The added minutes go to the IVR channel; when the model has none, it is
// created, with each offered call as an entry. During a ramp a share of
// the calls passes the step. Its break-even solves for SecondsSaved.
type IVRVerification struct {
	Name    string  // a label for reports; "IVR verification" when empty
	Channel Channel // the agent-assisted calls; ChannelVoice when empty
	IVR     Channel // the IVR channel; ChannelIVR when empty
	// SecondsSaved is the agent handle time saved on each call that still
	// reaches an agent; at most the channel's average handle time.
	SecondsSaved decimal.Decimal
	// FilterRate is the share of the calls reaching an agent today that
	// are unresponsive or silent and are filtered out, 0 to 1.
	FilterRate decimal.Decimal
	// WastedSeconds is the agent time each such call wastes today; at most
	// the channel's average handle time.
	WastedSeconds decimal.Decimal
	// IVRMinutes is the IVR time the step adds to each call.
	IVRMinutes decimal.Decimal
	// CostPerMinute prices the added IVR minutes. Leave it zero when a
	// variable cost line of the model already prices the IVR channel's
	// handle minutes.
	CostPerMinute decimal.Decimal
	Investment    Investment // the lever's own cost
	Rollout       Rollout    // when it takes effect
}

func (l IVRVerification) describe() leverInfo {
	return leverInfo{name: l.Name, kind: "IVR verification", inv: l.Investment, roll: l.Rollout,
		breakEven: "seconds_saved", points: zeroAndOne}
}

func (l IVRVerification) edit() (func() Lever, []fieldRef) {
	return func() Lever { return l }, append([]fieldRef{
		{"name", &l.Name}, {"channel", &l.Channel}, {"ivr", &l.IVR}, {"seconds_saved", &l.SecondsSaved},
		{"filter_rate", &l.FilterRate}, {"wasted_seconds", &l.WastedSeconds}, {"ivr_minutes", &l.IVRMinutes},
		{"cost_per_minute", &l.CostPerMinute},
	}, commonRefs(&l.Investment, &l.Rollout)...)
}

func (l IVRVerification) inputs(x *leverRun) func() channelRef {
	ch := x.assisted("channel", l.Channel, ChannelVoice)
	saved := x.amount("seconds_saved", l.SecondsSaved)
	filter := x.rate("filter_rate", l.FilterRate)
	wasted := x.amount("wasted_seconds", l.WastedSeconds)
	minutes := x.amount("ivr_minutes", l.IVRMinutes)
	price := x.amount("cost_per_minute", l.CostPerMinute)
	x.withinAHT("seconds_saved", saved, ch)
	x.withinAHT("wasted_seconds", wasted, ch)
	ivr := x.automated("ivr", l.IVR, ChannelIVR)
	x.pricedTwice("cost_per_minute", price, ivr, MeasureHandleMinutes)
	return func() channelRef {
		newIVR := ivr.j == -2
		x.create(&ivr)
		c, h := ch.vol.fig[MeasureContacts], ch.vol.fig[MeasureHandleMinutes]
		// At adoption a, a share a of the calls pass the step: of those
		// reaching an agent, the filtered leave and the rest are shorter.
		reaching := x.live(c)
		filtered := mul(reaching, filter)
		verified := sub(reaching, filtered)
		remaining := sub(c, filtered)
		// Both are within the AHT, so the cut is within the handle minutes.
		cut := add(mul(filtered, wasted), mul(verified, saved))
		cut.Quo(cut, sixty)
		passing := x.live(offeredOf(ch.vol)) // every offered call enters the IVR
		ivrMinutes := mul(passing, minutes)
		x.say("filtered = ", reaching, " calls × ", filter, " = ", filtered)
		x.say("handle minutes: ", h, " − (", filtered, " × ", wasted, " s + ", verified, " × ", saved, " s) / 60 = ", sub(h, cut))
		// Filtered calls leave: the contacts (and their queue minutes) fall
		// in proportion, then the handle minutes are set to what is left,
		// agent hours and FTE following them from the baseline's h.
		x.st.scale(ch.vol, new(big.Rat).Quo(remaining, c))
		x.st.setHandle(ch.vol, sub(h, cut))
		if newIVR {
			ivr.vol.fig[MeasureContacts] = passing
			x.say("new IVR ", ivr.name, ": ", passing, " entries")
		}
		x.say(ivr.name, " minutes + ", passing, " × ", minutes, " = ", ivrMinutes)
		x.sayPriced("IVR cost", ivr, ivrMinutes, price)
		x.st.setHandle(ivr.vol, add(ivr.vol.fig[MeasureHandleMinutes], ivrMinutes))
		x.addLine("IVR minutes", CategoryTechnology, ivr, mul(ivrMinutes, price))
		return ch
	}
}

// Callback offers callers a call back instead of waiting in queue
// (virtual hold). Agent work is conserved: every callback is still
// handled, by an agent who also dials it. What changes, with the rates
// shares of the channel's offered calls (Offered, or contacts plus
// abandoned when the volume does not give it):
//
//	callbacks  = offered × AcceptRate
//	queue minutes − callbacks × WaitAvoided
//	inbound talk minutes moved to the outbound leg: the model's telephony
//	    lines that vary with the channel's handle minutes no longer bill
//	    callbacks × TalkMinutes of them (a credit at their own rate)
//	outbound leg: callbacks × OutboundMinutes × OutboundRate
//	handle minutes + callbacks × OverheadSeconds / 60
//	fewer abandoned = offered × (AbandonBefore − AbandonAfter)
//	    (at most the callbacks: abandonment falls through them)
//	repeat attempts avoided = fewer abandoned × RedialRate: offered calls
//	    fall by them, and the queue minutes by their wait, at the channel's
//	    average queue minutes per offered call (and, with IVR set, that
//	    channel's entries); the handled calls do not, since a caller who
//	    would have redialled is served once, by the callback
//	callers served who gave up before = fewer abandoned − repeats: the
//	    handled calls rise by them, at today's handle time
//
// Minutes save money only through the model's own lines: the queue
// minutes through a line that varies with the channel's queue minutes
// (a toll-free number billed per minute), the talk minutes through its
// telephony lines that vary with its handle minutes. A center whose model
// holds telephony as fixed saves none. Moving peaks into valleys, which
// lets fewer agents meet the same service level, needs interval-level
// staffing and is not part of the estimate. Its break-even solves for
// AcceptRate.
type Callback struct {
	Name    string  // a label for reports; "callback" when empty
	Channel Channel // the agent-assisted calls; ChannelVoice when empty
	// IVR, when set, is the automated channel each call enters first:
	// repeat attempts avoided leave it too.
	IVR Channel
	// AcceptRate is the share of offered calls that take a callback
	// instead of waiting, 0 to 1.
	AcceptRate decimal.Decimal
	// WaitAvoided is the queue time each callback no longer waits, in
	// minutes.
	WaitAvoided decimal.Decimal
	// TalkMinutes is the inbound time of a callback's conversation, which
	// the outbound leg now carries.
	TalkMinutes     decimal.Decimal
	OutboundMinutes decimal.Decimal // billed minutes of each outbound callback
	OutboundRate    decimal.Decimal // per outbound minute
	// OverheadSeconds is the agent time each callback adds (dialling,
	// waiting for an answer).
	OverheadSeconds decimal.Decimal
	// AbandonBefore and AbandonAfter are the shares of offered calls
	// abandoned without and with callback; after may not be higher; both
	// zero claim no fall in abandonment. When the volume gives Offered
	// and Abandoned, AbandonBefore must match them (to its own decimal
	// places), as the levers before it left them.
	AbandonBefore, AbandonAfter decimal.Decimal
	// RedialRate is the share of abandoning callers who call again.
	RedialRate decimal.Decimal
	Investment Investment // the lever's own cost
	Rollout    Rollout    // when it takes effect
}

func (l Callback) describe() leverInfo {
	return leverInfo{name: l.Name, kind: "callback", inv: l.Investment, roll: l.Rollout,
		breakEven: "accept_rate", points: func() (*big.Rat, *big.Rat) {
			// The fewest callbacks the fall in abandonment allows, and all.
			return sub(boundedRat(l.AbandonBefore), boundedRat(l.AbandonAfter)), ratOne
		}}
}

func (l Callback) edit() (func() Lever, []fieldRef) {
	return func() Lever { return l }, append([]fieldRef{
		{"name", &l.Name}, {"channel", &l.Channel}, {"ivr", &l.IVR}, {"accept_rate", &l.AcceptRate},
		{"wait_avoided", &l.WaitAvoided}, {"talk_minutes", &l.TalkMinutes},
		{"outbound_minutes", &l.OutboundMinutes}, {"outbound_rate", &l.OutboundRate},
		{"overhead_seconds", &l.OverheadSeconds}, {"abandon_before", &l.AbandonBefore},
		{"abandon_after", &l.AbandonAfter}, {"redial_rate", &l.RedialRate},
	}, commonRefs(&l.Investment, &l.Rollout)...)
}

func (l Callback) inputs(x *leverRun) func() channelRef {
	ch := x.assisted("channel", l.Channel, ChannelVoice)
	accept := x.rate("accept_rate", l.AcceptRate)
	wait := x.amount("wait_avoided", l.WaitAvoided)
	talk := x.amount("talk_minutes", l.TalkMinutes)
	outMin := x.amount("outbound_minutes", l.OutboundMinutes)
	outRate := x.amount("outbound_rate", l.OutboundRate)
	overhead := x.amount("overhead_seconds", l.OverheadSeconds)
	before := x.rate("abandon_before", l.AbandonBefore)
	after := x.rate("abandon_after", l.AbandonAfter)
	redial := x.rate("redial_rate", l.RedialRate)
	x.notWorse("abandon_after", after, "abandon_before", before, false)
	x.matchesVolume("abandon_before", l.AbandonBefore, ch)
	var ivr channelRef
	if l.IVR != "" {
		ivr = x.existing("ivr", l.IVR)
		if ivr.j >= 0 && (!x.st.chans.automated[ivr.j] || ivr.j == ch.j) {
			x.refuse("ivr", x.at.err("ivr", ErrInvalid, quote(string(l.IVR))+" is agent-assisted; the IVR calls enter is an automated channel"))
		}
	}
	sv := ch.vol
	offered, q := offeredOf(sv), sv.fig[MeasureQueueMinutes]
	n := x.live(mul(offered, accept))
	fewer := x.live(mul(offered, sub(before, after)))
	repeats := mul(fewer, redial)
	queueSaved := mul(n, wait)
	if sv.fig[MeasureContacts].Sign() > 0 {
		queueSaved.Add(queueSaved, new(big.Rat).Quo(mul(repeats, q), offered))
	}
	x.callbackChecks(ch, ivr, n, fewer, repeats, queueSaved)
	return func() channelRef {
		served := sub(fewer, repeats)
		c := sv.fig[MeasureContacts]
		x.say("callbacks = ", offered, " offered × ", accept, adoptionNote(x), " = ", n)
		x.say("fewer abandoned = ", offered, " × (", before, " − ", after, ")", adoptionNote(x), " = ", fewer,
			"; repeat attempts avoided = ", fewer, " × ", redial, " = ", repeats, "; served who gave up before = ", served)
		x.say("queue minutes − ", n, " × ", wait, " − ", repeats, " × ", q, " / ", offered, " = ", queueSaved)
		// Handled calls rise by the served, at today's handle time;
		// offered calls (when known) fall by the repeats, abandoned by the
		// fewer abandoned.
		sv.fig[MeasureContacts] = add(c, served)
		x.st.setHandle(sv, mul(sv.fig[MeasureHandleMinutes], new(big.Rat).Quo(add(c, served), c)))
		if sv.offered.Sign() > 0 {
			sv.offered = sub(sv.offered, repeats)
		}
		if sv.abandoned = sub(sv.abandoned, fewer); sv.abandoned.Sign() < 0 {
			sv.abandoned = new(big.Rat) // abandonment not given: nothing to lower
		}
		sv.fig[MeasureQueueMinutes] = sub(q, queueSaved)
		addedMinutes := new(big.Rat).Quo(mul(n, overhead), sixty)
		x.say("handle minutes + ", n, " × ", overhead, " s / 60 = ", addedMinutes)
		x.st.setHandle(sv, add(sv.fig[MeasureHandleMinutes], addedMinutes))
		if ivr.j >= 0 && ivr.vol != nil && repeats.Sign() != 0 {
			e := ivr.vol.fig[MeasureContacts]
			x.say(ivr.name, " entries: ", e, " − ", repeats, " = ", sub(e, repeats), ", minutes in proportion")
			x.st.scale(ivr.vol, new(big.Rat).Quo(sub(e, repeats), e))
		}
		x.callbackLines(ch, n, talk, outMin, outRate)
		return ch
	}
}

// callbackChecks cross-checks a callback's counts against the channels.
func (x *leverRun) callbackChecks(ch, ivr channelRef, n, fewer, repeats, queueSaved *big.Rat) {
	if x.failed() {
		return
	}
	sv := ch.vol
	if fewer.Cmp(n) > 0 {
		x.fail(x.at.err("abandon_after", ErrConflict, "abandonment falls through callbacks only: "+fmtRat(fewer)+
			" fewer abandoned calls, but "+fmtRat(n)+" callbacks"))
	}
	if sv.abandoned.Sign() > 0 && fewer.Cmp(sv.abandoned) > 0 {
		x.fail(x.at.err("abandon_after", ErrOutOfRange, fmtRat(fewer)+" fewer abandoned calls, more than the "+
			fmtRat(sv.abandoned)+" abandoned on "+quote(string(ch.name))))
	}
	if q := sv.fig[MeasureQueueMinutes]; queueSaved.Cmp(q) > 0 {
		x.fail(x.at.err("wait_avoided", ErrOutOfRange, fmtRat(queueSaved)+" queue minutes avoided, more than the "+
			fmtRat(q)+" of "+quote(string(ch.name))))
	}
	if ivr.j >= 0 && ivr.vol != nil && repeats.Cmp(ivr.vol.fig[MeasureContacts]) > 0 {
		x.fail(x.at.err("ivr", ErrOutOfRange, fmtRat(repeats)+" repeat attempts avoided, more than the "+
			fmtRat(ivr.vol.fig[MeasureContacts])+" entries of "+quote(string(ivr.name))))
	}
}

// callbackLines adds a callback's own lines: the outbound leg, and the
// talk minutes the model's inbound telephony no longer bills.
func (x *leverRun) callbackLines(ch channelRef, n, talk, outMin, outRate *big.Rat) {
	outbound := mul(mul(n, outMin), outRate)
	x.say("outbound leg ", n, " × ", outMin, " min × ", outRate, " = ", outbound)
	x.addLine("outbound calls", CategoryTelephony, ch, outbound)
	moved := mul(n, talk)
	rate, names := x.inboundRate(ch)
	if len(names) == 0 {
		if moved.Sign() != 0 {
			x.say("inbound talk ", moved, " min: no telephony line of the model varies with the handle minutes of ", ch.name, ": nothing to credit")
		}
	} else {
		credit := mul(moved, rate)
		x.say("inbound talk ", n, " × ", talk, " = ", moved, " min moved to the outbound leg, no longer billed by ",
			strings.Join(names, ", "), " at ", rate, " a minute: ", credit)
		x.addLine("inbound talk minutes moved to the outbound leg", CategoryTelephony, ch, new(big.Rat).Neg(credit))
	}
	if _, ok := x.modelPrices(ch, MeasureQueueMinutes); ok {
		x.say("queue minutes: priced by the model's own line, which reprices them")
	} else {
		x.say("queue minutes: no cost line of the model varies with them: no saving claimed")
	}
}

// ACDRouting routes contacts to the right skill the first time (ACD,
// skills-based routing). Its rates are shares of the channel's handled
// contacts:
//
//	transfers avoided = contacts × (TransferRateBefore − TransferRateAfter)
//	handle minutes − transfers avoided × WastedSeconds / 60
//	               − contacts × AHTReductionSeconds / 60
//
// (A blind transfer wastes about 65 seconds of agent time; the package
// takes the figure as an input, not a default.)
type ACDRouting struct {
	Name    string  // a label for reports; "ACD routing" when empty
	Channel Channel // the agent-assisted channel; ChannelVoice when empty
	// TransferRateBefore and TransferRateAfter are the shares of handled
	// contacts transferred or misrouted; after may not be higher.
	TransferRateBefore, TransferRateAfter decimal.Decimal
	// WastedSeconds is the agent time one transfer wastes.
	WastedSeconds decimal.Decimal
	// AHTReductionSeconds is the handle time better matching saves on
	// every contact.
	AHTReductionSeconds decimal.Decimal
	Investment          Investment // the lever's own cost
	Rollout             Rollout    // when it takes effect
}

func (l ACDRouting) describe() leverInfo {
	return leverInfo{name: l.Name, kind: "ACD routing", inv: l.Investment, roll: l.Rollout}
}

func (l ACDRouting) edit() (func() Lever, []fieldRef) {
	return func() Lever { return l }, append([]fieldRef{
		{"name", &l.Name}, {"channel", &l.Channel}, {"transfer_rate_before", &l.TransferRateBefore},
		{"transfer_rate_after", &l.TransferRateAfter}, {"wasted_seconds", &l.WastedSeconds},
		{"aht_reduction_seconds", &l.AHTReductionSeconds},
	}, commonRefs(&l.Investment, &l.Rollout)...)
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
	transfers := x.live(mul(c, sub(before, after)))
	cut := add(mul(transfers, wasted), mul(c, x.live(reduction)))
	cut.Quo(cut, sixty)
	x.notMoreThan("wasted_seconds", cut, h, ch)
	return func() channelRef {
		newH := sub(h, cut)
		x.say("transfers avoided = ", c, " × (", before, " − ", after, ")", adoptionNote(x), " = ", transfers)
		x.say("handle minutes: ", h, " − (", transfers, " × ", wasted, " s + ", c, " × ", reduction, " s", adoptionNote(x), ") / 60 = ", newH)
		x.st.setHandle(ch.vol, newH)
		return ch
	}
}

// FirstContactResolution resolves more customer needs at the first
// contact. Its rates are shares of needs (first contacts) resolved at the
// first contact; each unresolved one generates RepeatsPerUnresolved repeat
// contacts (published cases state 1.5). So contacts = needs × (1 + k × (1
// − FCR)) for k repeats per unresolved contact, and
//
//	contacts after = contacts × (1 + k(1 − After)) / (1 + k(1 − Before))
//	repeat contacts avoided = contacts − contacts after
//
// with the channel's minutes, offered and abandoned in proportion. Its
// break-even solves for After.
type FirstContactResolution struct {
	Name    string  // a label for reports; "first-contact resolution" when empty
	Channel Channel // the agent-assisted channel; ChannelVoice when empty
	// Before and After are the first-contact resolution rates, 0 to 1;
	// After not below Before.
	Before, After decimal.Decimal
	// RepeatsPerUnresolved is the number of repeat contacts an unresolved
	// first contact generates, above 0 (required: the rates alone do not
	// imply it).
	RepeatsPerUnresolved decimal.Decimal
	Investment           Investment // the lever's own cost
	Rollout              Rollout    // when it takes effect
}

func (l FirstContactResolution) describe() leverInfo {
	return leverInfo{name: l.Name, kind: "first-contact resolution", inv: l.Investment, roll: l.Rollout,
		breakEven: "after", points: func() (*big.Rat, *big.Rat) { return towardOne(l.Before) }}
}

func (l FirstContactResolution) edit() (func() Lever, []fieldRef) {
	return func() Lever { return l }, append([]fieldRef{
		{"name", &l.Name}, {"channel", &l.Channel}, {"before", &l.Before}, {"after", &l.After},
		{"repeats_per_unresolved", &l.RepeatsPerUnresolved},
	}, commonRefs(&l.Investment, &l.Rollout)...)
}

func (l FirstContactResolution) inputs(x *leverRun) func() channelRef {
	ch := x.assisted("channel", l.Channel, ChannelVoice)
	before := x.rate("before", l.Before)
	after := x.rate("after", l.After)
	k := x.amount("repeats_per_unresolved", l.RepeatsPerUnresolved)
	x.notWorse("after", after, "before", before, true)
	if x.accepted("repeats_per_unresolved") && k.Sign() == 0 {
		x.refuse("repeats_per_unresolved", x.at.err("repeats_per_unresolved", ErrNotSet,
			"the repeat contacts an unresolved first contact generates (published cases: 1.5)"))
	}
	return func() channelRef {
		c := ch.vol.fig[MeasureContacts]
		reached := add(before, x.live(sub(after, before)))
		per := func(f *big.Rat) *big.Rat { return add(ratOne, mul(k, sub(ratOne, f))) }
		f := new(big.Rat).Quo(per(reached), per(before))
		x.say("contacts per need: 1 + ", k, " × (1 − FCR): before ", per(before), ", after ", per(reached),
			" (FCR ", reached, adoptionNote(x), ")")
		x.say("contacts: ", c, " × ", per(reached), " / ", per(before), " = ", mul(c, f), "; repeat contacts avoided ", sub(c, mul(c, f)))
		x.st.scale(ch.vol, f)
		return ch
	}
}

// HandleTimeReduction saves agent handle time on every contact of the
// chosen channels (agent assist, a CTI screen-pop, a knowledge base for
// agents):
//
//	handle minutes − contacts × SecondsSaved / 60, on each channel
//	tool cost = contacts × CostPerContact, on each channel
//
// Its break-even solves for SecondsSaved.
type HandleTimeReduction struct {
	Name string // a label for reports; "handle-time reduction" when empty
	// Channels are the agent-assisted channels the tool is used on (at
	// least one); the monthly fee is the first one's.
	Channels []Channel
	// SecondsSaved is the handle time saved on each contact; at most each
	// channel's average handle time.
	SecondsSaved decimal.Decimal
	// CostPerContact is the tool's price per contact it is used on.
	CostPerContact decimal.Decimal
	Investment     Investment // the lever's own cost
	Rollout        Rollout    // when it takes effect
}

func (l HandleTimeReduction) describe() leverInfo {
	return leverInfo{name: l.Name, kind: "handle-time reduction", inv: l.Investment, roll: l.Rollout,
		breakEven: "seconds_saved", points: zeroAndOne}
}

func (l HandleTimeReduction) edit() (func() Lever, []fieldRef) {
	return func() Lever { return l }, append([]fieldRef{
		{"name", &l.Name}, {"channels", &l.Channels}, {"seconds_saved", &l.SecondsSaved},
		{"cost_per_contact", &l.CostPerContact},
	}, commonRefs(&l.Investment, &l.Rollout)...)
}

func (l HandleTimeReduction) inputs(x *leverRun) func() channelRef {
	chs := x.channels("channels", l.Channels)
	saved := x.amount("seconds_saved", l.SecondsSaved)
	price := x.amount("cost_per_contact", l.CostPerContact)
	for _, ch := range chs {
		x.withinAHT("seconds_saved", saved, ch)
	}
	return func() channelRef {
		for _, ch := range chs {
			c, h := ch.vol.fig[MeasureContacts], ch.vol.fig[MeasureHandleMinutes]
			used := x.live(c)
			cut := new(big.Rat).Quo(mul(used, saved), sixty)
			x.say(ch.name, " handle minutes: ", h, " − ", used, " contacts × ", saved, " s / 60 = ", sub(h, cut),
				"; tool cost ", used, " × ", price, " = ", mul(used, price))
			x.st.setHandle(ch.vol, sub(h, cut))
			x.addLine("per-contact fee", CategoryTechnology, ch, mul(used, price))
		}
		return chs[0]
	}
}

var ratOne = big.NewRat(1, 1)

var ratHalf = big.NewRat(1, 2)

// zeroAndOne gives break-even points 0 and 1.
func zeroAndOne() (*big.Rat, *big.Rat) { return new(big.Rat), ratOne }

// towardOne returns a rate and the midpoint of it and 1.
func towardOne(d decimal.Decimal) (*big.Rat, *big.Rat) {
	r := boundedRat(d)
	return r, mul(add(r, ratOne), ratHalf)
}

// adoptionNote writes the adoption into a formula line when the lever is
// not at its full effect.
func adoptionNote(x *leverRun) string {
	if x.adoption.Cmp(ratOne) == 0 {
		return ""
	}
	return " × adoption " + fmtRat(x.adoption)
}
