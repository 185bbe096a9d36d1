package contactcost

import (
	"math/big"
	"slices"
	"strconv"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Scenario is a set of levers applied to a model in the order given, and
// the terms of the investment view. Apply self-service deflection before
// IVR containment before the levers that cut handle time, so that no
// contact is saved twice: each lever acts on what the levers before it
// left.
type Scenario struct {
	// Levers are applied in this order; at most 100.
	Levers []Lever
	// Staffing is the labour assumption: whether agent hours and FTE
	// follow handle time. The zero value keeps them.
	Staffing Staffing
	// HorizonMonths is the horizon of the return on investment and the
	// net present value, 1 to 1200 months; zero leaves both undefined.
	HorizonMonths int
	// DiscountRate is the nominal annual rate that discounts monthly net
	// savings in the net present value, compounded monthly (0.08
	// discounts each month by 1 + 0.08/12). It must be above −1.
	DiscountRate decimal.Decimal
	// RampMonths is how many months the levers take to reach their full
	// effect: month m of the ramp saves m/RampMonths of the full monthly
	// net. Zero means at once.
	RampMonths int
}

// Savings is what a scenario does to a model: the reports before and
// after, each lever's effect, the total saving, and the investment view.
type Savings struct {
	Before Report // the model as it is
	// After is the model with every lever applied: its volumes and its
	// own cost lines repriced, the levers' cost lines after them.
	After  Report
	Levers []LeverSavings // what each lever did, in order
	// Total is what the scenario saves in the model's period: Before's
	// cost − After's, and the sum of the levers' increments.
	Total   Amounts
	Returns Returns // the investment view of all the levers together
}

// Amounts are what a change saves in the model's period, in minor units.
type Amounts struct {
	// Gross is the fall in the model's own costs (and the queue minutes a
	// callback no longer pays for).
	Gross decimal.Decimal
	// Added is the levers' own cost in the period: self-service sessions,
	// IVR minutes, outbound calls, recurring subscriptions.
	Added decimal.Decimal
	// Net is Gross − Added: the fall in the center's total cost.
	Net decimal.Decimal
	// UpperBound is the naive "fully loaded" figure vendor calculators
	// show: every agent-assisted contact removed priced at the baseline's
	// fully loaded cost per contact, and every handle minute saved on the
	// contacts left at the fully loaded cost per minute. It treats every
	// cost as variable, so it overstates: fixed costs do not go away. It
	// is labelled as an upper bound, never a forecast.
	UpperBound decimal.Decimal
}

// Outcome is a center's cost and cost per contact under both scopes.
type Outcome struct {
	Cost             decimal.Decimal // the center's cost
	AssistedContacts decimal.Decimal // agent-assisted contacts
	AllContacts      decimal.Decimal // every contact, IVR and self-service included
	// CostPerAssistedContact is Cost / AssistedContacts and CostPerContact
	// Cost / AllContacts, rounded by the model's policy (zero when
	// undefined).
	CostPerAssistedContact, CostPerContact decimal.Decimal
	// The exact quotients of the cost over the contacts as shown (a volume
	// a lever leaves non-terminating is shown to 12 decimal places).
	ExactCostPerAssistedContact, ExactCostPerContact Ratio
}

// VolumeChange is a channel's volume before and after a lever.
type VolumeChange struct {
	Before, After Volume // Before is zero for a channel the lever created
}

// LeverSavings is what one lever of a scenario does.
type LeverSavings struct {
	Lever Lever  // the lever as given
	Name  string // its name, or its kind ("IVR containment")
	// Inputs are the lever's inputs as used, with their field names.
	Inputs []Input
	// Formula is the arithmetic of the lever's volume changes and own
	// costs, line by line with the numbers, so a reader can redo it.
	Formula []string
	// Changes lists the channels whose volumes the lever changed.
	Changes []VolumeChange
	// Increment is what the lever saves in the scenario, after the levers
	// before it. The increments of a scenario add up exactly to its
	// Total's gross, added and net.
	Increment Amounts
	// After is the center's outcome once this lever is applied.
	After Outcome
	// Alone is what the lever saves applied alone to the model.
	Alone Amounts
	// AloneReturns is the investment view of the lever alone.
	AloneReturns Returns
	// BreakEven is, for a self-service deflection or an IVR containment,
	// the rate (in the lever's own terms: Rate, or TargetRate) at which
	// the lever alone saves exactly nothing, computed on the unbooked
	// costs; undefined for other levers or when the rate does not change
	// the savings. Below it the lever loses money; a break-even outside
	// [0, 1] means it always pays (below 0) or never does (above 1).
	BreakEven Ratio
}

// Estimate applies the scenario's levers to the model in order and
// reprices the model on the volumes they leave, with the plan [Model.Report]
// validates: a fixed cost keeps its
// amount, a variable cost moves with its figure on its channels, and the
// levers add their own costs; see the package documentation ("Savings").
//
// It fails with the model's validation errors; ErrNotSet for a scenario
// without levers; a lever's errors, every problem of a lever at once, each
// naming the lever and field (`levers[1].rate ("IVR containment"): out of
// range: 1.2 (want 0 to 1)`): rates outside [0, 1] (ErrOutOfRange), an
// after-rate worse than its before-rate (ErrWorse), a channel the model
// lacks (ErrUnknownChannel), seconds saved beyond the average handle time
// (ErrOutOfRange), negative prices (ErrNegative), a price for volume the
// model already prices (ErrConflict); and for the scenario's terms, a
// discount rate of −100% or less, or a horizon or ramp outside 0 to 1200
// months (ErrOutOfRange).
func (m Model) Estimate(s Scenario) (Savings, error) {
	base, err := compileReport(&m)
	if err != nil {
		return Savings{}, err
	}
	terms, err := s.terms()
	if err != nil {
		return Savings{}, err
	}
	switch {
	case len(s.Levers) == 0:
		return Savings{}, argErr("levers", ErrNotSet, "a scenario needs at least one lever")
	case len(s.Levers) > maxLevers:
		return Savings{}, argErr("levers", ErrTooLarge, strconv.Itoa(len(s.Levers))+" levers (at most "+strconv.Itoa(maxLevers)+")")
	}
	e := &estimator{base: base, staffing: s.Staffing, terms: terms, months: calendarUnits(UnitMonth, m.Period.start.n, m.Period.end.n)}
	e.start = e.baseline()
	e.prepare()
	return e.run(s.Levers)
}

// maxLevers bounds a scenario's levers (each may create a channel, and each
// costs a few pricings of the model).
const maxLevers = 100

// estimator runs a scenario against its baseline.
type estimator struct {
	base     *compiled
	staffing Staffing
	terms    scenarioTerms
	months   *big.Rat // months in the model's period
	start    point    // the baseline
	// The baseline's lines with their amounts as rationals, which every
	// scenario reprices, and what the upper bound measures against.
	baseLines         []pricedLine
	volumes           []stateVol // the baseline's volumes, as a state holds them
	contacts, minutes []*big.Rat // per channel
	assisted, handled *big.Rat   // agent-assisted contacts and minutes
}

// prepare works out once what every evaluation of a scenario starts from.
func (e *estimator) prepare() {
	e.volumes = baselineVolumes(e.base)
	e.baseLines = slices.Clone(e.base.lines)
	for i, pl := range e.baseLines {
		if pl.exact.IsDefined() && pl.exact.r == nil && e.base.r.p.lines[i].cost.VariesWith != 0 {
			e.baseLines[i].exact = ratioOfRat(pl.exact.rat()) // repriced by a factor in every scenario
		}
	}
	vs, chans := e.base.r.vs, &e.base.r.p.chans
	e.contacts, e.minutes = make([]*big.Rat, len(vs.vols)), make([]*big.Rat, len(vs.vols))
	e.assisted, e.handled = new(big.Rat), new(big.Rat)
	for _, j := range vs.order {
		e.contacts[j], e.minutes[j] = vs.vols[j].exact[MeasureContacts].Rat(), vs.vols[j].exact[MeasureHandleMinutes].Rat()
		if !chans.automated[j] {
			e.assisted.Add(e.assisted, e.contacts[j])
			e.handled.Add(e.handled, e.minutes[j])
		}
	}
}

// run applies the levers in order, each also alone, and assembles the
// result.
func (e *estimator) run(levers []Lever) (Savings, error) {
	out := Savings{Before: e.base.report(), Levers: make([]LeverSavings, len(levers))}
	st := newState(e.base, e.staffing, e.volumes)
	prev, oneTime := e.start, new(big.Rat)
	for i, l := range levers {
		before := st.clone()
		x, lineOneTime, err := apply(st, i, l, false)
		if err != nil {
			return Savings{}, err
		}
		cur, rep := e.evaluate(st, true, i == len(levers)-1)
		oneTime.Add(oneTime, lineOneTime)
		var first *point // the first lever alone is the first step
		if i == 0 {
			first = &cur
		}
		ls, err := e.alone(i, l, first)
		if err != nil {
			return Savings{}, err
		}
		ls.Lever, ls.Name, ls.Inputs, ls.Formula = l, x.name, x.inputs, x.formula
		ls.Changes = changes(&st.chans, before, st.vols)
		ls.Increment, ls.After = e.amounts(prev, cur), e.outcome(cur)
		out.Levers[i], prev = ls, cur
		out.After = rep
	}
	out.Total = e.amounts(e.start, prev)
	out.Returns = e.terms.returns(e, out.Total.Net, oneTime)
	return out, nil
}

// apply applies lever i to st and returns its run and one-time investment;
// a quiet run writes no formula (the lever alone, its break-even).
func apply(st *state, i int, l Lever, quiet bool) (*leverRun, *big.Rat, error) {
	if l == nil || isNilLever(l) {
		return nil, nil, loc{path: "levers"}.index(i).err("", ErrNotSet, "")
	}
	name, kind, inv := l.describe()
	if name == "" {
		name = kind
	}
	x := &leverRun{st: st, at: loc{path: "levers"}.index(i).named(name), name: name, quiet: quiet}
	math := l.inputs(x)
	oneTime := x.amount("investment.one_time", inv.OneTime)
	recurring := x.amount("investment.recurring", inv.Recurring)
	if x.failed() {
		return nil, nil, x.errs.join()
	}
	home := math()
	x.addLine("recurring", CategoryTechnology, home, recurring)
	return x, oneTime, nil
}

// alone applies lever i alone to the baseline (known is where that lands,
// when already worked out).
func (e *estimator) alone(i int, l Lever, known *point) (LeverSavings, error) {
	st := newState(e.base, e.staffing, e.volumes)
	_, oneTime, err := apply(st, i, l, true)
	if err != nil {
		return LeverSavings{}, err
	}
	if known == nil {
		p, _ := e.evaluate(st, true, false)
		known = &p
	}
	ls := LeverSavings{Alone: e.amounts(e.start, *known)}
	ls.AloneReturns = e.terms.returns(e, ls.Alone.Net, oneTime)
	if rl, ok := l.(rateLever); ok {
		ls.BreakEven = e.breakEven(i, rl)
	}
	return ls, nil
}

// breakEven returns the lever's rate at which its net saving alone is
// zero, computed on the exact (unbooked) totals. Those are linear in the
// lever's share of contacts: every variable cost moves in proportion to
// volumes that move in proportion to the share, and the lever's own costs
// too. So two evaluations, at shares 0 and 1, give the line.
func (e *estimator) breakEven(i int, l rateLever) Ratio {
	net := func(share *big.Rat) *big.Rat {
		st := newState(e.base, e.staffing, e.volumes)
		if _, _, err := apply(st, i, l.withShare(share), true); err != nil {
			return nil
		}
		p, _ := e.evaluate(st, false, false)
		return sub(e.start.exactTotal, p.exactTotal)
	}
	n0, n1 := net(new(big.Rat)), net(big.NewRat(1, 1))
	if n0 == nil || n1 == nil {
		return Ratio{}
	}
	slope := sub(n1, n0)
	if slope.Sign() == 0 {
		return Ratio{}
	}
	share := new(big.Rat).Neg(n0)
	return ratioOfRat(l.rateOfShare(share.Quo(share, slope)))
}

// isNilLever reports a typed nil pointer stored in a Lever.
func isNilLever(l Lever) bool {
	switch v := l.(type) {
	case *SelfServiceDeflection:
		return v == nil
	case *IVRContainment:
		return v == nil
	case *IVRVerification:
		return v == nil
	case *Callback:
		return v == nil
	case *ACDRouting:
		return v == nil
	case *FirstContactResolution:
		return v == nil
	}
	return false
}

// point is where a scenario stands: its booked cost, its levers' costs,
// its exact cost, its naive upper bound against the baseline, and its
// contacts.
type point struct {
	total, added  exact.Int // minor units
	exactTotal    *big.Rat
	upper         *big.Rat
	assisted, all number
}

// baseline returns the point of the model as it is.
func (e *estimator) baseline() point {
	pt := point{exactTotal: exactSum(e.base.lines), upper: new(big.Rat)}
	for _, pl := range e.base.lines {
		pt.total = pt.total.Add(pl.booked)
	}
	vs := e.base.r.vs
	for _, j := range vs.order {
		c := vs.vols[j].shown[MeasureContacts]
		pt.all = exact.Add(pt.all, c)
		if !e.base.r.p.chans.automated[j] {
			pt.assisted = exact.Add(pt.assisted, c)
		}
	}
	return pt
}

// evaluate prices a scenario's state with the baseline's plan: the model's
// lines repriced on the state's volumes, then the levers' lines; for a
// step it also works out the upper bound and the contacts, and with report
// the report.
func (e *estimator) evaluate(st *state, step, report bool) (point, Report) {
	p := e.base.r.p.forScenario(st, report)
	vs := st.volumeSet(p, report)
	r := newRun(p, vs)
	r.ref, r.base, r.baseLines = e.base.r.vs, e.base.r, e.baseLines
	lines := r.price(false, report)
	if !report {
		lines = append(lines, st.leverLines()...) // priced as they are: the levers' own amounts
	}
	r.book(lines)
	pt := point{exactTotal: exactSum(lines)}
	for i, pl := range lines {
		pt.total = pt.total.Add(pl.booked)
		if i >= len(e.base.lines) && pl.booked.Sign() > 0 {
			pt.added = pt.added.Add(pl.booked)
		}
	}
	if step {
		pt.upper = e.upper(st)
		for j, sv := range st.vols {
			c := shownOf(ratioOfRat(sv.fig[MeasureContacts]))
			pt.all = exact.Add(pt.all, c)
			if !p.chans.automated[j] {
				pt.assisted = exact.Add(pt.assisted, c)
			}
		}
	}
	if !report {
		return pt, Report{}
	}
	return pt, assemble(r, lines, nil)
}

// leverLines returns the levers' own lines as priced lines: each amount is
// what it is.
func (st *state) leverLines() []pricedLine {
	out := make([]pricedLine, len(st.lines))
	for k, ll := range st.lines {
		out[k] = pricedLine{exact: ratioOfRat(ll.amount)}
	}
	return out
}

// exactSum returns the sum of priced lines' exact amounts: in decimals
// while they are, in rationals for the rest.
func exactSum(lines []pricedLine) *big.Rat {
	var n number
	r := new(big.Rat)
	for _, pl := range lines {
		switch x := pl.exact; {
		case !x.IsDefined():
		case x.r != nil:
			r.Add(r, x.r)
		default:
			n = exact.Add(n, x.n)
		}
	}
	return r.Add(r, n.Rat())
}

// forScenario returns the plan of a scenario over its channels: for a
// report, the model's lines and then one direct line per cost a lever
// added; for the totals only, the model's lines (the levers' are added as
// they are).
func (p *plan) forScenario(st *state, report bool) *plan {
	q := *p
	q.chans = st.chans
	if !report {
		return &q
	}
	q.lines = slices.Clip(p.lines)
	q.cats = categorySet{ids: make(map[Category]int, len(p.cats.names)), names: slices.Clone(p.cats.names)}
	for c, id := range p.cats.ids {
		q.cats.ids[c] = id
	}
	var ignore errList
	for k, ll := range st.lines {
		cost := &Cost{Name: ll.name, Category: ll.category, Channel: st.chans.names[ll.j]}
		at := loc{path: "levers"}.index(k).named(ll.name)
		q.lines = append(q.lines, linePlan{cost: cost, at: at, cat: q.cats.id(at, ll.category, &ignore), direct: ll.j,
			base: ratioOfRat(ll.amount), ok: true})
	}
	q.groupByCategory()
	return &q
}

// volumeSet returns the state's volumes as a volume set, channels in the
// baseline's order and then those the levers created; shown says whether
// to work out the figures a report shows.
func (st *state) volumeSet(p *plan, shown bool) *volumeSet {
	n := len(st.vols)
	vs := &volumeSet{period: p.m.Period, vols: make([]*chanVolume, n), where: make([]loc, n), order: make([]int, n)}
	for j, sv := range st.vols {
		cv := &chanVolume{offered: ratioOfRat(sv.offered), abandoned: ratioOfRat(sv.abandoned)}
		for m := MeasureContacts; m <= MeasureFTE; m++ {
			cv.exact[m] = ratioOfRat(sv.fig[m])
			if shown {
				cv.shown[m] = shownOf(cv.exact[m])
			}
		}
		vs.vols[j], vs.order[j] = cv, j
	}
	return vs
}

// upper returns the naive upper bound of a state against the baseline:
// contacts removed at the fully loaded cost per contact, and handle
// minutes saved on the contacts left at the fully loaded cost per minute.
func (e *estimator) upper(st *state) *big.Rat {
	out := new(big.Rat)
	if e.assisted.Sign() == 0 {
		return out
	}
	total := e.base.r.p.pol.unitsRat(e.start.total)
	cpc := new(big.Rat).Quo(total, e.assisted)
	for _, j := range e.base.r.vs.order {
		if st.chans.automated[j] {
			continue
		}
		c0, h0 := e.contacts[j], e.minutes[j]
		c1, h1 := st.vols[j].fig[MeasureContacts], st.vols[j].fig[MeasureHandleMinutes]
		out.Add(out, mul(sub(c0, c1), cpc))
		if e.handled.Sign() > 0 && c0.Sign() > 0 {
			expected := new(big.Rat).Quo(mul(h0, c1), c0)
			out.Add(out, new(big.Rat).Quo(mul(sub(expected, h1), total), e.handled))
		}
	}
	return out
}

// amounts returns what moving from point a to point b saves.
func (e *estimator) amounts(a, b point) Amounts {
	pol := e.base.r.p.pol
	net := a.total.Sub(b.total)
	added := b.added.Sub(a.added)
	return Amounts{
		Gross:      pol.money(net.Add(added)),
		Added:      pol.money(added),
		Net:        pol.money(net),
		UpperBound: pol.bookDecimal(ratioOfRat(sub(b.upper, a.upper))),
	}
}

// outcome returns a point's cost and cost per contact in both scopes.
func (e *estimator) outcome(p point) Outcome {
	pol := e.base.r.p.pol
	cost := pol.unitsRat(p.total)
	assisted, all := quo(cost, p.assisted.Rat()), quo(cost, p.all.Rat())
	return Outcome{
		Cost: pol.money(p.total), AssistedContacts: p.assisted.Decimal(), AllContacts: p.all.Decimal(),
		CostPerAssistedContact: pol.perUnit(assisted), CostPerContact: pol.perUnit(all),
		ExactCostPerAssistedContact: assisted, ExactCostPerContact: all,
	}
}

// changes lists the channels whose volumes differ between before and
// after.
func changes(chans *channelSet, before, after []*stateVol) []VolumeChange {
	var out []VolumeChange
	for j, sv := range after {
		if j >= len(before) {
			out = append(out, VolumeChange{After: volumeOf(chans, j, sv)})
			continue
		}
		b := before[j]
		same := b.offered.Cmp(sv.offered) == 0 && b.abandoned.Cmp(sv.abandoned) == 0
		for m := MeasureContacts; m <= MeasureFTE && same; m++ {
			same = b.fig[m].Cmp(sv.fig[m]) == 0
		}
		if !same {
			out = append(out, VolumeChange{Before: volumeOf(chans, j, b), After: volumeOf(chans, j, sv)})
		}
	}
	return out
}

// volumeOf returns a scenario channel's volume as a report shows it.
func volumeOf(chans *channelSet, j int, sv *stateVol) Volume {
	shown := func(r *big.Rat) decimal.Decimal { return shownOf(ratioOfRat(r)).Decimal() }
	h := HandlingAssisted
	if chans.automated[j] {
		h = HandlingAutomated
	}
	return Volume{Channel: chans.names[j], Handling: h,
		Contacts: shown(sv.fig[MeasureContacts]), HandleMinutes: shown(sv.fig[MeasureHandleMinutes]),
		QueueMinutes: shown(sv.fig[MeasureQueueMinutes]), AgentHours: shown(sv.fig[MeasureAgentHours]),
		FTE: shown(sv.fig[MeasureFTE]), Offered: shown(sv.offered), Abandoned: shown(sv.abandoned)}
}

// scenarioTerms are a scenario's validated investment terms.
type scenarioTerms struct {
	horizon, ramp int
	monthly       *big.Rat // the monthly discount rate
}

func (s Scenario) terms() (scenarioTerms, error) {
	var t scenarioTerms
	var errs errList
	if !staffingEnum.valid(int(s.Staffing)) {
		errs.add(argErr("staffing", ErrInvalid, s.Staffing.String()))
	}
	if s.HorizonMonths < 0 || s.HorizonMonths > maxAmortizeMonths {
		errs.add(argErr("horizon_months", ErrOutOfRange, strconv.Itoa(s.HorizonMonths)+" (want 0 to 1200)"))
	}
	if s.RampMonths < 0 || s.RampMonths > maxAmortizeMonths {
		errs.add(argErr("ramp_months", ErrOutOfRange, strconv.Itoa(s.RampMonths)+" (want 0 to 1200)"))
	}
	r, err := checkArg("discount_rate", s.DiscountRate, true)
	errs.add(err)
	if err == nil && r.Rat().Cmp(big.NewRat(-1, 1)) <= 0 {
		errs.add(argErr("discount_rate", ErrOutOfRange, r.String()+" (want above −1, that is −100%)"))
	}
	if len(errs) > 0 {
		return t, errs.join()
	}
	t.horizon, t.ramp = s.HorizonMonths, s.RampMonths
	t.monthly = new(big.Rat).Quo(r.Rat(), big.NewRat(12, 1))
	return t, nil
}
