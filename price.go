package contactcost

import (
	"math/big"
	"slices"
	"time"

	"github.com/contactcost/contactcost/internal/civil"
	"github.com/contactcost/contactcost/internal/exact"
)

// run prices a plan's lines for one volume set: each line's exact amount
// in the set's period, and the split of each shared line over the set's
// channels. It is the stage every result goes through: a report prices the
// model's volumes, a series each sub-period's, a scenario the volumes its
// levers leave.
type run struct {
	p   *plan
	vs  *volumeSet
	ref *volumeSet // a scenario's baseline volumes: variable lines move with their figure from these
	// base is the baseline's run: where a scenario leaves a basis with no
	// volume at all, the line keeps the baseline's split; and its priced
	// lines, whose amounts a scenario starts from.
	base      *run
	baseLines []pricedLine
	// keepLabour keeps a scenario's labour lines at their baseline amounts
	// (the labour assumption "unchanged").
	keepLabour bool
	// staffing holds, under queueing labour, the factor each staffed
	// channel's agents moved by (nil: not staffed); labour lines follow it.
	staffing []*big.Rat
	factors  map[sumKey]Ratio
	// errs collects the problems of user volumes; nil in a scenario, whose
	// volumes come from the levers.
	errs    *errList
	unknown *[]ref
	vecs    map[*basisPlan]*setVec
	pos     []int // each channel's position in the set's report order, or -1
	assist  []int // the set's agent-assisted channels, by name (made on first use)
}

// setVec is a basis's split over one volume set.
type setVec struct {
	vec     *weightVec
	display []int // positions in vec.members, in the set's report order
	absent  []int // members the set has no volume for
	missing []int // members whose figure is zero
	// fixed says the split is not by the set's figures but by fixed
	// weights: the baseline's, where a scenario leaves none of the figure.
	fixed bool
}

// pricedLine is a line priced for one volume set.
type pricedLine struct {
	exact  Ratio
	booked exact.Int
	split  *setVec // the split of a shared line; nil for a direct one
	parts  bool    // the line has parts in this set
}

func newRun(p *plan, vs *volumeSet) *run {
	r := &run{p: p, vs: vs, vecs: make(map[*basisPlan]*setVec), pos: make([]int, len(vs.vols))}
	for j := range r.pos {
		r.pos[j] = -1
	}
	for k, j := range vs.order {
		r.pos[j] = k
	}
	return r
}

// price prices every valid line; strict applies the model's Strict rule
// (only to the period the model states, never to a sub-period or a
// scenario), and place decides each line's split (a scenario's
// intermediate steps need their totals only).
func (r *run) price(strict, place bool) []pricedLine {
	out := make([]pricedLine, len(r.p.lines))
	for i := range r.p.lines {
		lp := &r.p.lines[i]
		if !lp.ok {
			continue
		}
		if lp.perVolume && len(lp.unknown) > 0 {
			// Its amount needs its channels' volume: told with the hints.
			if r.unknown != nil {
				*r.unknown = append(*r.unknown, lp.unknown...)
			}
			continue
		}
		x, err := r.exactOf(i, lp)
		if err != nil {
			r.fail(err)
			continue
		}
		out[i] = pricedLine{exact: x}
		if place {
			r.place(lp, &out[i])
		}
		if strict && x.Sign() == 0 && lp.cost.Timing != TimingOneTimeExcluded {
			r.fail(lp.at.err("period", ErrOutOfRange, "nothing of the line falls in "+r.vs.period.String()+" (the model is strict)"))
		}
	}
	return out
}

// fail records a problem of user input.
func (r *run) fail(err error) {
	if r.errs != nil {
		r.errs.add(err)
	}
}

// exactOf returns a line's exact amount in the set's period.
func (r *run) exactOf(i int, lp *linePlan) (Ratio, error) {
	cost := lp.cost
	if r.keepLabour && i < len(r.baseLines) && isLabour(cost.Category) {
		return r.baseLines[i].exact, nil
	}
	if r.staffing != nil && i < len(r.baseLines) && isLabour(cost.Category) {
		x := r.baseLines[i].exact
		if cost.VariesWith == 0 || x.Sign() == 0 {
			return x, nil
		}
		if f, ok := r.staffedFactor(lp); ok {
			return mulRatios(x, f), nil
		}
		return x, nil
	}
	if lp.perVolume {
		chs, err := r.channelsOf(lp)
		if err != nil {
			return Ratio{}, err
		}
		return mulRatios(lp.base, ratioOfRat(r.vs.sum(lp.sumKey(), chs))), nil
	}
	if r.base == nil || i >= len(r.baseLines) {
		return r.p.amountIn(lp, r.vs.period)
	}
	// A scenario: its period is the baseline's, so the amount is the
	// baseline's, and a variable line moves with its figure on its
	// channels.
	x := r.baseLines[i].exact
	if cost.VariesWith == 0 || x.Sign() == 0 {
		return x, nil
	}
	f, ok := r.factor(lp)
	if !ok {
		return x, nil
	}
	return mulRatios(x, f), nil
}

// factor returns how a variable line's figure moved on its channels from
// the baseline to the scenario, once per split and figure; false when the
// baseline had none of it (the line then stays as it was).
func (r *run) factor(lp *linePlan) (Ratio, bool) {
	key := lp.sumKey()
	if f, ok := r.factors[key]; ok {
		return f, f.IsDefined()
	}
	var f Ratio
	if chs, err := r.channelsOf(lp); err == nil {
		if was := r.ref.sum(key, chs); was.Sign() != 0 {
			f = ratioOfRat(new(big.Rat).Quo(r.vs.sum(key, chs), was))
		}
	}
	if r.factors == nil {
		r.factors = make(map[sumKey]Ratio)
	}
	r.factors[key] = f
	return f, f.IsDefined()
}

// place checks a priced line's channels in the set and decides its split.
// A line with an amount must have every channel it names in the set, and
// a split by a figure needs that figure on each; a line with nothing to
// split needs neither (a channel launched later in the year), and then has
// no parts when its channels are not all there.
func (r *run) place(lp *linePlan, pl *pricedLine) {
	needed := pl.exact.Sign() != 0
	if len(lp.unknown) > 0 {
		if needed && r.unknown != nil {
			*r.unknown = append(*r.unknown, lp.unknown...)
		}
		return
	}
	if lp.direct >= 0 {
		if !r.vs.present(lp.direct) {
			r.absent(lp, needed, []int{lp.direct})
			return
		}
		pl.parts = true
		r.checkDriver(lp, []int{lp.direct}, needed)
		return
	}
	sv := r.split(lp.basis)
	switch {
	case len(sv.absent) > 0:
		r.absent(lp, needed, sv.absent)
		return
	case len(sv.missing) > 0 && r.errs != nil:
		if needed {
			r.fail(r.missingErr(lp, sv.missing[0]))
		}
		return
	}
	pl.split, pl.parts = sv, true
	r.checkDriver(lp, sv.vec.members, needed)
}

// missingErr describes a split by a figure that channel j lacks (j < 0:
// no channel takes part at all).
func (r *run) missingErr(lp *linePlan, j int) error {
	split := "the split " + lp.cost.Basis.describe()
	if j < 0 {
		return lp.at.err("basis", ErrMissingVolume, split+" has no channel to split over in "+r.vs.period.String()+
			" (no agent-assisted channel has a volume; name the channels in among)")
	}
	return lp.at.err("basis", ErrMissingVolume, split+" needs "+lp.basis.by.String()+" of channel "+
		quote(string(r.p.chans.names[j]))+", which has none in "+r.vs.period.String()+" (leave the channel out of among)")
}

// absent reports, for a line with an amount, each channel it names that
// has no volume in the set, where the line names it.
func (r *run) absent(lp *linePlan, needed bool, chans []int) {
	if !needed {
		return
	}
	for _, j := range chans {
		name := r.p.chans.names[j]
		r.fail(lp.refTo(name).at().err("", ErrUnknownChannel, quote(string(name))+" has no volume in "+r.vs.period.String()))
	}
}

// refTo returns where the line names channel ch.
func (lp *linePlan) refTo(ch Channel) ref {
	b := lp.cost.Basis
	if k := slices.Index(b.Among, ch); k >= 0 {
		return ref{line: lp.at, kind: refAmong, k: k, name: ch}
	}
	if k := slices.IndexFunc(b.Weights, func(w Weight) bool { return w.Channel == ch }); k >= 0 {
		return ref{line: lp.at, kind: refWeight, k: k, name: ch}
	}
	return ref{line: lp.at, kind: refChannel, name: ch}
}

// checkDriver reports a variable line with an amount whose channels have
// none of its figure.
func (r *run) checkDriver(lp *linePlan, chs []int, needed bool) {
	if !needed || r.errs == nil || lp.cost.VariesWith == 0 || r.vs.sum(lp.sumKey(), chs).Sign() != 0 {
		return
	}
	r.fail(lp.at.err("varies_with", ErrMissingVolume, "the channels bearing the cost have no "+lp.cost.VariesWith.String()))
}

// sumKey names the sum of the line's VariesWith figure over its channels.
func (lp *linePlan) sumKey() sumKey {
	if lp.basis == nil {
		return sumKey{j: lp.direct, m: lp.cost.VariesWith}
	}
	return sumKey{set: lp.basis.set, j: -1, m: lp.cost.VariesWith}
}

// channelsOf returns the channels bearing a line in the set.
func (r *run) channelsOf(lp *linePlan) ([]int, error) {
	if len(lp.unknown) > 0 {
		rf := lp.unknown[0]
		return nil, rf.at().err("", ErrUnknownChannel, quote(string(rf.name))+" has no volume in the model")
	}
	chans := []int{lp.direct}
	if lp.direct < 0 {
		chans = r.members(lp.basis)
	}
	for _, j := range chans {
		if !r.vs.present(j) {
			name := r.p.chans.names[j]
			return nil, lp.refTo(name).at().err("", ErrUnknownChannel, quote(string(name))+" has no volume in "+r.vs.period.String())
		}
	}
	return chans, nil
}

// members returns the channels a basis splits over in the set, by name.
func (r *run) members(bp *basisPlan) []int {
	switch {
	case bp.fixed != nil:
		return bp.fixed.members
	case bp.among != nil:
		return bp.among
	}
	if r.assist == nil {
		r.assist = r.vs.assisted(&r.p.chans)
	}
	return r.assist
}

// split returns a basis's split over the set, made once per run.
func (r *run) split(bp *basisPlan) *setVec {
	if sv, ok := r.vecs[bp]; ok {
		return sv
	}
	sv := &setVec{}
	members := r.members(bp)
	for _, j := range members {
		if !r.vs.present(j) {
			sv.absent = append(sv.absent, j)
		}
	}
	switch {
	case len(sv.absent) > 0:
	case bp.fixed != nil:
		sv.vec = bp.fixed
	default:
		sv.vec, sv.fixed = r.measureVec(bp, members, sv)
	}
	if sv.vec != nil {
		sv.display = r.displayOrder(sv.vec.members)
	}
	r.vecs[bp] = sv
	return sv
}

// measureVec builds the weights of a split by a figure from the set, and
// says whether they are fixed weights instead (see setVec.fixed).
func (r *run) measureVec(bp *basisPlan, members []int, sv *setVec) (*weightVec, bool) {
	nums := make([]number, len(members))
	positive := false
	for k, j := range members {
		nums[k] = r.vs.vols[j].shown[bp.by]
		if nums[k].Sign() == 0 {
			sv.missing = append(sv.missing, j)
		} else {
			positive = true
		}
	}
	if r.errs != nil && len(sv.missing) > 0 {
		return nil, false
	}
	if len(members) == 0 {
		sv.missing = append(sv.missing, -1)
		return nil, false
	}
	sv.missing = nil // a scenario: the levers may leave a channel with nothing
	if positive {
		return newWeightVec(members, nums), false
	}
	// The levers took every unit of the figure from these channels; the
	// cost (fixed, since a variable one fell to zero with it) keeps the
	// baseline's split, or splits evenly when the baseline had none, and
	// the report shows those fixed weights.
	if r.base != nil {
		if b := r.base.split(bp); b.vec != nil {
			return b.vec, true
		}
	}
	for k := range nums {
		nums[k] = exactOne
	}
	return newWeightVec(members, nums), true
}

// exactOne is the number 1.
var exactOne, _ = exact.Parse("1")

// displayOrder returns member positions sorted by the set's report order.
func (r *run) displayOrder(members []int) []int {
	d := make([]int, len(members))
	for k := range d {
		d[k] = k
	}
	slices.SortFunc(d, func(a, b int) int { return r.pos[members[a]] - r.pos[members[b]] })
	return d
}

// book rounds each priced line to minor units, once.
func (r *run) book(lines []pricedLine) {
	for i := range lines {
		if lines[i].exact.IsDefined() {
			lines[i].booked = r.p.pol.book(lines[i].exact)
		}
	}
}

func channelNames(s *channelSet) []string {
	out := make([]string, len(s.names))
	for j, n := range s.names {
		out[j] = string(n)
	}
	return out
}

// amountIn returns a line's exact amount in period into, from its timing,
// its stated period or rate, and the model's convention. When the model
// sets no convention, every convention is tried: if they agree the amount
// stands, and if not the error shows what each would give.
func (p *plan) amountIn(lp *linePlan, into Period) (Ratio, error) {
	cost := lp.cost
	switch cost.Timing {
	case TimingOneTimeExcluded:
		return ratioOfNumber(number{}), nil
	case TimingOneTimeAmortized:
		return amortized(lp, into)
	}
	stated := cost.Period
	if stated.IsZero() {
		stated = p.m.Period
	}
	if cost.Per == 0 && stated.SameDates(into) {
		return lp.base, nil // stated for the period itself
	}
	if p.m.Convention != 0 {
		return p.amountUnder(lp, stated, into, p.m.Convention)
	}
	var first Ratio
	detail, agree := "", true
	for _, conv := range conventions {
		v, err := p.amountUnder(lp, stated, into, conv)
		if err != nil {
			return Ratio{}, err
		}
		if !first.IsDefined() {
			first = v
		} else if !v.Equal(first) {
			agree = false
		}
		if detail != "" {
			detail += ", "
		}
		detail += conv.String() + " gives " + v.String()
	}
	if !agree {
		return Ratio{}, argErr("convention", ErrNotSet, "the amount of "+lp.at.path+" ("+quote(lp.at.name)+") in "+
			into.String()+" depends on it: "+detail)
	}
	return first, nil
}

// amountUnder is a recurring line's amount in period into under conv.
func (p *plan) amountUnder(lp *linePlan, stated, into Period, conv Convention) (Ratio, error) {
	cost := lp.cost
	if cost.Per == 0 {
		share, ok := p.factorOf(factorKey{stated.start.n, stated.end.n, into.start.n, into.end.n, conv, 0})
		if !ok {
			return Ratio{}, lp.at.err("period", ErrUndefined, stated.String()+" has no length under "+conv.String())
		}
		return mulRatios(lp.base, share), nil
	}
	window := into
	if !cost.Period.IsZero() {
		var ok bool
		if window, ok = cost.Period.Intersect(into); !ok {
			return ratioOfNumber(number{}), nil
		}
	}
	units, _ := p.factorOf(factorKey{0, 0, window.start.n, window.end.n, conv, cost.Per})
	return mulRatios(lp.base, units), nil
}

// factorKey names a proration factor: the share of a stated period that
// falls in another (per zero), or the number of units per in a window.
type factorKey struct {
	from, to, start, end int32
	conv                 Convention
	per                  Unit
}

// factorOf returns a proration factor, worked out once per plan (many lines
// share one: every line stated for the year, in each month of a series).
func (p *plan) factorOf(k factorKey) (Ratio, bool) {
	if f, ok := p.factors[k]; ok {
		return f, f.IsDefined()
	}
	var f Ratio
	if k.per == 0 {
		from := Period{start: Date{n: k.from}, end: Date{n: k.to}, kind: kindRange}
		to := Period{start: Date{n: k.start}, end: Date{n: k.end}, kind: kindRange}
		if share, ok := prorateShare(from, to, k.conv); ok {
			f = ratioOfRat(share)
		}
	} else {
		f = ratioOfRat(k.conv.units(k.per, k.start, k.end))
	}
	if p.factors == nil {
		p.factors = make(map[factorKey]Ratio)
	}
	p.factors[k] = f
	return f, f.IsDefined()
}

// amortized is a one-time amortized line's amount in period into: its
// equal monthly parts that fall in the period.
func amortized(lp *linePlan, into Period) (Ratio, error) {
	cost := lp.cost
	first := civil.MonthOf(cost.Incurred.n)
	if first+cost.AmortizeMonths > civil.MonthIndex(civil.MaxYear, time.December) {
		return Ratio{}, lp.at.err("amortize_months", ErrOutOfRange, "the amortization runs past 9999-12-31")
	}
	window := Period{start: Date{n: civil.MonthStart(first)}, end: Date{n: civil.MonthStart(first + cost.AmortizeMonths)}, kind: kindRange}
	both, ok := window.Intersect(into)
	if !ok {
		return ratioOfNumber(number{}), nil
	}
	months := calendarUnits(UnitMonth, both.start.n, both.end.n)
	months.Quo(months, big.NewRat(int64(cost.AmortizeMonths), 1))
	return mulRatios(lp.base, ratioOfRat(months)), nil
}

// mulRatios returns x × y for defined x and y.
func mulRatios(x, y Ratio) Ratio {
	if x.Sign() == 0 || y.Sign() == 0 {
		return ratioOfNumber(number{})
	}
	return ratioOfRat(new(big.Rat).Mul(x.rat(), y.rat()))
}

// mulNumbers returns a × b exactly.
func mulNumbers(a, b number) Ratio { return mulRatios(ratioOfNumber(a), ratioOfNumber(b)) }
