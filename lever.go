package contactcost

import (
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// state is a scenario being built: each channel's volumes, exactly (no
// rounding between levers), and the levers' own cost lines. The rationals
// a state holds are never modified, only replaced, so states share them
// freely: a new state, or a copy of one, copies pointers.
type state struct {
	base   *compiled
	chans  channelSet // the baseline's channels, then those levers create
	vols   []*stateVol
	lines  []leverLine
	labour Labour
}

// stateVol is one channel's volumes in a scenario.
type stateVol struct {
	fig                [measures]*big.Rat
	offered, abandoned *big.Rat
}

// leverLine is a cost line a lever adds, direct to a channel; a credit is
// negative.
type leverLine struct {
	name     string
	category Category
	j        int
	amount   *big.Rat
}

// baselineVolumes returns the baseline's volumes as a state holds them.
func baselineVolumes(base *compiled) []stateVol {
	vs := base.r.vs
	out := make([]stateVol, len(vs.order))
	for k, j := range vs.order {
		cv := vs.vols[j]
		out[k] = stateVol{offered: cv.offered.Rat(), abandoned: cv.abandoned.Rat()}
		for m := MeasureContacts; m <= MeasureFTE; m++ {
			out[k].fig[m] = cv.exact[m].Rat()
		}
	}
	return out
}

// newState starts a scenario from the baseline's volumes, as
// baselineVolumes gives them (nil: worked out here). The state numbers its
// channels as the plan does; a channel of the plan without a volume in
// the baseline's period (a month of the seasons) has none in the state.
func newState(base *compiled, labour Labour, vols []stateVol) *state {
	if vols == nil {
		vols = baselineVolumes(base)
	}
	p, vs := base.r.p, base.r.vs
	st := &state{base: base, labour: labour, vols: make([]*stateVol, len(p.chans.names))}
	st.chans = channelSet{names: slices.Clip(p.chans.names), automated: slices.Clip(p.chans.automated),
		index: maps.Clone(p.chans.index), where: slices.Clip(p.chans.where)}
	for k, j := range vs.order {
		sv := vols[k]
		st.vols[j] = &sv
	}
	return st
}

// addChannel gives a channel a volume in the scenario, adding the channel
// when the plan lacks it.
func (st *state) addChannel(ch Channel, automated bool, sv *stateVol) int {
	j := st.chans.add(ch, automated, loc{})
	if j == len(st.vols) {
		st.vols = append(st.vols, sv)
	} else {
		st.vols[j] = sv
	}
	return j
}

// period returns the period the state's volumes cover.
func (st *state) period() Period { return st.base.r.vs.period }

// clone copies the volumes, to report what a lever changed.
func (st *state) clone() []*stateVol {
	out := make([]*stateVol, len(st.vols))
	for j, sv := range st.vols {
		if sv != nil {
			c := *sv
			out[j] = &c
		}
	}
	return out
}

// scale multiplies a channel's demand by f: its contacts, handle and
// queue minutes, offered and abandoned contacts (the average handle and
// wait per contact stay the same), and its agent hours and FTE under
// proportional labour.
func (st *state) scale(sv *stateVol, f *big.Rat) {
	for _, m := range []Measure{MeasureContacts, MeasureHandleMinutes, MeasureQueueMinutes} {
		sv.fig[m] = mul(sv.fig[m], f)
	}
	sv.offered, sv.abandoned = mul(sv.offered, f), mul(sv.abandoned, f)
	st.staff(sv, f)
}

// setHandle changes a channel's handle minutes; agent hours and FTE follow
// under proportional labour.
func (st *state) setHandle(sv *stateVol, minutes *big.Rat) {
	if old := sv.fig[MeasureHandleMinutes]; old.Sign() != 0 {
		st.staff(sv, new(big.Rat).Quo(minutes, old))
	}
	sv.fig[MeasureHandleMinutes] = minutes
}

// staff scales agent hours and FTE by f under proportional labour.
func (st *state) staff(sv *stateVol, f *big.Rat) {
	if st.labour == LabourProportional {
		sv.staffBy(f)
	}
}

// staffBy scales a channel's agent hours and FTE by f.
func (sv *stateVol) staffBy(f *big.Rat) {
	sv.fig[MeasureAgentHours] = mul(sv.fig[MeasureAgentHours], f)
	sv.fig[MeasureFTE] = mul(sv.fig[MeasureFTE], f)
}

// offeredOf returns a channel's offered contacts: Offered when the volume
// gives it, otherwise its contacts and abandoned contacts.
func offeredOf(sv *stateVol) *big.Rat {
	if sv.offered.Sign() > 0 {
		return sv.offered
	}
	return add(sv.fig[MeasureContacts], sv.abandoned)
}

// leverRun applies one lever to a state. The lever reads its inputs
// through it, which records each input as used and every problem with
// them; the lever's arithmetic then changes the state through it and
// writes its working, number by number, into the formula.
type leverRun struct {
	st      *state
	at      loc // levers[i], with the lever's name
	name    string
	inputs  []Input
	errs    errList
	refused []string // fields whose own value was refused
	formula []string
	quiet   bool // write no formula
	// adoption is the share of its full effect the lever has (1 in the
	// model's period view; the ramp's share in a month of the horizon).
	adoption *big.Rat
}

// live returns r at the lever's adoption: what a ramp scales.
func (x *leverRun) live(r *big.Rat) *big.Rat {
	if x.adoption.Cmp(ratOne) == 0 {
		return r
	}
	return mul(r, x.adoption)
}

// fail records a problem with the lever's inputs.
func (x *leverRun) fail(err error) { x.errs.add(err) }

// refuse records a field whose value was refused: checks that compare
// fields skip it, so a refused value (read as 0) makes up no further
// problem.
func (x *leverRun) refuse(field string, err error) {
	x.fail(err)
	x.refused = append(x.refused, field)
}

// accepted reports whether the fields' own values were accepted.
func (x *leverRun) accepted(fields ...string) bool {
	for _, f := range fields {
		if slices.Contains(x.refused, f) {
			return false
		}
	}
	return true
}

// failed reports whether any input was refused.
func (x *leverRun) failed() bool { return len(x.errs) > 0 }

func (x *leverRun) record(field string, n number) *big.Rat {
	x.inputs = append(x.inputs, Input{Name: field, Value: n.String()})
	return n.Rat()
}

// rate reads a rate in [0, 1].
func (x *leverRun) rate(field string, d decimal.Decimal) *big.Rat {
	n, err := checkNum(x.at, field, d, true)
	if err == nil && (n.Sign() < 0 || n.Cmp(exactOne) > 0) {
		err = x.at.err(field, ErrOutOfRange, n.String()+" (want 0 to 1)")
	}
	if err != nil {
		x.refuse(field, err)
		return new(big.Rat)
	}
	return x.record(field, n)
}

// amount reads a non-negative number (seconds, minutes, a price).
func (x *leverRun) amount(field string, d decimal.Decimal) *big.Rat {
	n, err := checkNum(x.at, field, d, false)
	if err != nil {
		x.refuse(field, err)
		return new(big.Rat)
	}
	return x.record(field, n)
}

// notWorse reports an after-rate that is worse than the before-rate.
func (x *leverRun) notWorse(afterField string, after *big.Rat, beforeField string, before *big.Rat, higherIsBetter bool) {
	if !x.accepted(afterField, beforeField) {
		return
	}
	worse, way := after.Cmp(before) > 0, "higher"
	if higherIsBetter {
		worse, way = after.Cmp(before) < 0, "lower"
	}
	if worse {
		x.fail(x.at.err(afterField, ErrWorse, fmtRat(after)+" is "+way+" than "+beforeField+" "+fmtRat(before)))
	}
}

// withinAHT reports seconds per contact beyond a channel's average handle
// time.
func (x *leverRun) withinAHT(field string, seconds *big.Rat, ch channelRef) {
	c := ch.vol.fig[MeasureContacts]
	if c.Sign() == 0 || !x.accepted(field) {
		return
	}
	aht := new(big.Rat).Quo(mul(ch.vol.fig[MeasureHandleMinutes], sixty), c)
	if seconds.Cmp(aht) > 0 {
		x.fail(x.at.err(field, ErrOutOfRange, fmtRat(seconds)+" seconds exceeds the average handle time of "+
			quote(string(ch.name))+", "+fmtRat(aht)+" seconds"))
	}
}

// channelRef is a channel a lever works on.
type channelRef struct {
	j    int
	name Channel
	vol  *stateVol
}

// emptyVol stands for a channel that could not be found, so a lever can
// go on reading its other inputs.
func emptyVol() *stateVol {
	sv := &stateVol{offered: new(big.Rat), abandoned: new(big.Rat)}
	for m := range sv.fig {
		sv.fig[m] = new(big.Rat)
	}
	return sv
}

// assisted returns the agent-assisted channel named at field (def when
// empty; a field without a default must be set).
func (x *leverRun) assisted(field string, ch, def Channel) channelRef {
	if ch == "" {
		ch = def
	}
	j, ok := x.st.chans.index[ch]
	bad := channelRef{j: -1, name: ch, vol: emptyVol()}
	switch {
	case ch == "":
		x.refuse(field, x.at.err(field, ErrNotSet, "the agent-assisted channel the lever works on"))
	case !ok:
		x.refuse(field, x.at.err(field, ErrUnknownChannel, quote(string(ch))+" has no volume in the model"+
			didYouMean(string(ch), channelNames(&x.st.chans))))
	case x.st.vols[j] == nil:
		x.refuse(field, x.at.err(field, ErrUnknownChannel, quote(string(ch))+" has no volume in "+x.st.period().String()))
	case x.st.chans.automated[j]:
		x.refuse(field, x.at.err(field, ErrInvalid, quote(string(ch))+" is automated; the lever works on an agent-assisted channel"))
	case x.st.vols[j].fig[MeasureContacts].Sign() == 0:
		x.refuse(field, x.at.err(field, ErrNoContacts, quote(string(ch))+" has no contacts left"))
	default:
		return channelRef{j: j, name: ch, vol: x.st.vols[j]}
	}
	return bad
}

// automated returns the automated channel contacts move to (def when
// empty), creating it when the model lacks it.
func (x *leverRun) automated(field string, ch, def Channel) channelRef {
	if ch == "" {
		ch = def
	}
	if j, ok := x.st.chans.index[ch]; ok && x.st.vols[j] != nil {
		if !x.st.chans.automated[j] {
			x.refuse(field, x.at.err(field, ErrInvalid, quote(string(ch))+" is agent-assisted; contacts move to an automated channel"))
			return channelRef{j: -1, name: ch, vol: emptyVol()}
		}
		return channelRef{j: j, name: ch, vol: x.st.vols[j]}
	}
	if err := checkLabel(x.at, field, string(ch)); err != nil {
		x.refuse(field, err)
		return channelRef{j: -1, name: ch, vol: emptyVol()}
	}
	return channelRef{j: -2, name: ch, vol: emptyVol()} // created when the arithmetic runs
}

// create adds a channel automated returned as new to the scenario.
func (x *leverRun) create(ch *channelRef) {
	if ch.j == -2 {
		ch.j = x.st.addChannel(ch.name, true, ch.vol)
	}
}

// pricedTwice reports a lever price for volume that a variable cost line
// of the model already prices: it would be paid for twice.
func (x *leverRun) pricedTwice(field string, price *big.Rat, ch channelRef, m Measure) {
	if price.Sign() == 0 {
		return
	}
	if lp, ok := x.modelPrices(ch, m); ok {
		x.fail(x.at.err(field, ErrConflict, "the model already prices "+m.String()+" of "+quote(string(ch.name))+
			" with variable cost line "+lp.at.path+" ("+quote(lp.at.name)+"); price them in one place"))
	}
}

// modelPrices returns the first variable cost line of the model that
// varies with figure m of channel ch.
func (x *leverRun) modelPrices(ch channelRef, m Measure) (*linePlan, bool) {
	if ch.j < 0 {
		return nil, false
	}
	base := x.st.base
	for i, pl := range base.lines {
		lp := &base.r.p.lines[i]
		if lp.cost.VariesWith != m || !pl.parts {
			continue
		}
		if chs, _ := base.r.channelsOf(lp); slices.Contains(chs, ch.j) {
			return lp, true
		}
	}
	return nil, false
}

// inboundRate returns the price per handle minute of ch that the model's
// telephony lines varying with handle minutes charge, in the baseline,
// and their names.
func (x *leverRun) inboundRate(ch channelRef) (*big.Rat, []string) {
	rate := new(big.Rat)
	var names []string
	if ch.j < 0 {
		return rate, nil
	}
	base := x.st.base
	for i, pl := range base.lines {
		lp := &base.r.p.lines[i]
		if lp.cost.VariesWith != MeasureHandleMinutes || lp.cost.Category != CategoryTelephony || !pl.parts || !pl.exact.IsDefined() {
			continue
		}
		chs, _ := base.r.channelsOf(lp)
		if !slices.Contains(chs, ch.j) {
			continue
		}
		if minutes := base.r.vs.sum(lp.sumKey(), chs); minutes.Sign() > 0 {
			rate.Add(rate, new(big.Rat).Quo(pl.exact.rat(), minutes))
			names = append(names, quote(lp.at.name))
		}
	}
	return rate, names
}

// existing returns a channel of the scenario, which must be there.
func (x *leverRun) existing(field string, ch Channel) channelRef {
	j, ok := x.st.chans.index[ch]
	if !ok || x.st.vols[j] == nil {
		x.refuse(field, x.at.err(field, ErrUnknownChannel, quote(string(ch))+" has no volume in "+x.st.period().String()+
			didYouMean(string(ch), channelNames(&x.st.chans))))
		return channelRef{j: -1, name: ch, vol: emptyVol()}
	}
	return channelRef{j: j, name: ch, vol: x.st.vols[j]}
}

// channels returns the agent-assisted channels a list names: at least
// one, each once.
func (x *leverRun) channels(field string, list []Channel) []channelRef {
	if len(list) == 0 {
		x.refuse(field, x.at.err(field, ErrNotSet, "the agent-assisted channels the lever works on"))
		return []channelRef{{j: -1, vol: emptyVol()}}
	}
	if len(list) > MaxChannels {
		x.refuse(field, x.at.err(field, ErrTooLarge, strconv.Itoa(len(list))+" channels (at most "+strconv.Itoa(MaxChannels)+")"))
		return []channelRef{{j: -1, vol: emptyVol()}}
	}
	out := make([]channelRef, 0, len(list))
	for k, ch := range list {
		at := field + "[" + strconv.Itoa(k) + "]"
		if slices.Index(list, ch) < k {
			x.refuse(at, x.at.err(at, ErrDuplicate, quote(string(ch))+" is named twice"))
			continue
		}
		out = append(out, x.assisted(at, ch, ""))
	}
	return out
}

// matchesVolume cross-checks a rate of abandoned among offered calls with
// the channel's volume, when it gives both: the rate must be the volume's
// ratio rounded half-even to the rate's own decimal places.
func (x *leverRun) matchesVolume(field string, rate decimal.Decimal, ch channelRef) {
	sv := ch.vol
	if rate.Sign() == 0 || !x.accepted(field) || sv.offered.Sign() <= 0 || sv.abandoned.Sign() <= 0 {
		return
	}
	actual := new(big.Rat).Quo(sv.abandoned, sv.offered)
	places := max(-rate.Exponent(), 0)
	if exact.RoundRat(actual, places, exact.HalfEven).Rat(places).Cmp(rate.Rat()) != 0 {
		x.fail(x.at.err(field, ErrConflict, rate.String()+" does not match "+quote(string(ch.name))+"'s volume: "+
			fmtRat(sv.abandoned)+" abandoned of "+fmtRat(sv.offered)+" offered is "+fmtRat(actual)))
	}
}

// addLine adds one of the lever's own cost lines (a credit when negative),
// direct to a channel.
func (x *leverRun) addLine(what string, category Category, ch channelRef, amount *big.Rat) {
	if amount.Sign() == 0 {
		return
	}
	x.st.lines = append(x.st.lines, leverLine{name: x.name + ": " + what, category: category, j: ch.j, amount: amount})
}

// say writes a line of the lever's working: strings as they are, numbers
// by fmtRat, channels by name.
func (x *leverRun) say(parts ...any) {
	if x.quiet {
		return
	}
	var b strings.Builder
	for _, p := range parts {
		switch v := p.(type) {
		case string:
			b.WriteString(v)
		case *big.Rat:
			b.WriteString(fmtRat(v))
		case Channel:
			b.WriteString(string(v))
		}
	}
	x.formula = append(x.formula, b.String())
}

// fmtRat formats an exact number for a formula: a decimal when it
// terminates within volumeScale+4 places, otherwise rounded half-even to 6
// places and marked "≈".
func fmtRat(r *big.Rat) string {
	if p, ok := exact.TerminatingPlaces(r.Denom()); ok && p <= volumeScale+4 {
		return ratioOfRat(r).String()
	}
	return "≈" + exact.RoundRat(r, 6, exact.HalfEven).Decimal(-6).String()
}

func mul(a, b *big.Rat) *big.Rat { return new(big.Rat).Mul(a, b) }
func sub(a, b *big.Rat) *big.Rat { return new(big.Rat).Sub(a, b) }
func add(a, b *big.Rat) *big.Rat { return new(big.Rat).Add(a, b) }

var sixty = big.NewRat(60, 1)

// notMoreThan reports a handle-time cut beyond the channel's minutes.
func (x *leverRun) notMoreThan(field string, cut, minutes *big.Rat, ch channelRef) {
	if !x.failed() && cut.Cmp(minutes) > 0 {
		x.fail(x.at.err(field, ErrOutOfRange, "the lever would save "+fmtRat(cut)+" handle minutes, more than the "+
			fmtRat(minutes)+" of "+quote(string(ch.name))))
	}
}

// months reads a count of months, 0 to MaxHorizonMonths.
func (x *leverRun) months(field string, n int) {
	if n < 0 || n > MaxHorizonMonths {
		x.refuse(field, x.at.err(field, ErrOutOfRange, strconv.Itoa(n)+" (want 0 to "+strconv.Itoa(MaxHorizonMonths)+")"))
		return
	}
	x.inputs = append(x.inputs, Input{Name: field, Value: strconv.Itoa(n)})
}

// sayPriced writes how the minutes a lever adds to ch are priced: at its
// own price, or by the model's line that varies with them.
func (x *leverRun) sayPriced(what string, ch channelRef, minutes, price *big.Rat) {
	if lp, ok := x.modelPrices(ch, MeasureHandleMinutes); ok && price.Sign() == 0 {
		x.say(what, " ", minutes, " min: priced by the model's line ", quote(lp.at.name), ", which reprices them")
		return
	}
	x.say(what, " ", minutes, " min × ", price, " = ", mul(minutes, price))
}
