package contactcost

import (
	"math/big"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Scenario is a set of levers applied to a model in the order given, the
// labour assumption they are priced under, and the terms of the
// investment view and of the ranges. Apply self-service deflection before
// IVR containment before the levers that cut handle time, so that no
// contact is saved twice: each lever acts on what the levers before it
// left.
type Scenario struct {
	// Levers are applied in this order; 1 to 100.
	Levers []Lever
	// Labour is the labour assumption (required): see [Labour].
	Labour Labour
	// Convention measures the model's period in months when it is not
	// whole calendar months (a week, a range of days), for the monthly
	// fees in the period and the monthly cash flows: a period's length in
	// years by the convention, times 12. It is required then, and
	// ConventionEqualMonths is refused (it measures a part of a month by
	// that month's days, so the same week would be a different share of a
	// month in February and in March). A period of whole calendar months
	// is that many months, whatever the convention.
	Convention Convention
	// Horizon, when its Months is set, adds the investment view: monthly
	// cash flows, payback, NPV and ROI.
	Horizon Horizon
	// Ranges give low and high values of some inputs, for a pessimistic,
	// expected and optimistic case and a tornado table; at most 50.
	Ranges []Range
	// Staffing profiles the channels LabourQueueing staffs (required with
	// it, refused without it); at most 100, one per channel.
	Staffing []StaffingProfile
}

// Savings is what a scenario does to a model: the reports before and
// after, each lever's effect, the total saving in the model's period, the
// investment view and the ranges.
type Savings struct {
	Labour Labour // the labour assumption the scenario was priced under
	// Assumptions state, a sentence each, the conventions the figures
	// rest on: the labour assumption, the period's length in months, the
	// effect the period view is at, and with a horizon its months,
	// discounting, ROI and payback definitions. Print them with the
	// figures.
	Assumptions []string
	Before      Report // the model as it is
	// After is the model with every lever at its full effect: its volumes
	// and its own cost lines repriced, the levers' cost lines after them.
	After  Report
	Levers []LeverSavings // what each lever did, in order
	// Staffing is each staffed channel's agents before and after, under
	// LabourQueueing (nil otherwise).
	Staffing []ChannelStaffing
	// Total is what the scenario saves in the model's period at full
	// effect: Before's cost − After's, and the sum of the levers'
	// increments, field by field.
	Total Amounts
	// Returns is the investment view of all the levers together, each on
	// its own rollout; zero without a horizon.
	Returns Returns
	// Uncertainty is the range of the result over the scenario's Ranges;
	// zero without ranges.
	Uncertainty Uncertainty
}

// Amounts are what a change saves in the model's period, in minor units,
// line by line: each of the model's cost lines that falls is a saving,
// each that rises a cost, wherever the cost is priced (IVR minutes cost the
// same in Added whether the lever or a line of the model prices them).
// Gross − Added = Net exactly.
type Amounts struct {
	// Gross is the fall of the model's lines that fall, plus the credits
	// of the levers (the inbound talk minutes a callback moves off the
	// model's telephony line).
	Gross decimal.Decimal
	// Added is the levers' own cost in the period (sessions, IVR minutes,
	// outbound calls, per-contact fees, monthly fees) plus the rise of the
	// model's lines that rise (IVR minutes a line of the model prices,
	// the agent time a callback adds).
	Added decimal.Decimal
	// Net is Gross − Added: the fall in the center's total cost.
	Net decimal.Decimal
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
	Lever Lever  // a copy of the lever as given (the value, for a pointer)
	Name  string // its name, or its kind ("IVR containment")
	// Inputs are the lever's inputs as used, with their field names.
	Inputs []Input
	// Formula is the arithmetic of the lever's volume changes and own
	// costs, line by line with the numbers, so a reader can redo it.
	Formula []string
	// Changes lists the channels whose volumes the lever changed.
	Changes []VolumeChange
	// Increment is what the lever saves in the scenario, after the levers
	// before it: the change it makes to the scenario's Total, field by
	// field, so the increments add up exactly to the Total. Since a line
	// of the model is a saving or a cost by where it ends against the
	// baseline, a lever that brings back down a line an earlier lever
	// raised (or raises one an earlier lever lowered) can have a negative
	// Added (or Gross); its Net is what it saves.
	Increment Amounts
	// After is the center's outcome once this lever is applied.
	After Outcome
	// Alone is what the lever saves applied alone to the model.
	Alone Amounts
	// AloneReturns is the investment view of the lever alone, on its own
	// rollout; zero without a horizon.
	AloneReturns Returns
	// BreakEven is the value of one of the lever's inputs at which the
	// lever alone stops paying; zero for ACD routing.
	BreakEven BreakEven
	// Agents is, under LabourQueueing, each staffed channel's agents per
	// interval after this lever (and the levers before it).
	Agents []ChannelAgents
}

// BreakEven is the value of a lever's input at which the lever alone
// saves exactly nothing, worked on the exact (unbooked) amounts, which are
// linear in the input under both labour assumptions. A value the lever
// would refuse (InRange false) means the lever pays, or fails to pay,
// whatever value it is given: a break-even resolution of −0.2 pays even at
// 0; a callback's accept rate may not be below AbandonBefore −
// AbandonAfter.
type BreakEven struct {
	// Input is the input solved for ("resolution", "target_rate").
	Input string
	// NetZero is the value at which the lever's net saving in the model's
	// period, at full effect, is zero: it ignores the one-time investment.
	NetZero Ratio
	// InRange says whether the lever accepts NetZero as its input (rounded
	// half-even to MaxFractionDigits places when it does not terminate).
	InRange bool
	// Payback is the value at which the lever alone, on its rollout, pays
	// back its one-time investment exactly by the end of the horizon: its
	// cumulative net cash flow at the last month, undiscounted, is zero.
	// Undefined without a horizon.
	Payback Ratio
}

// Estimate applies the scenario's levers to the model in order and
// reprices the model on the volumes they leave, with the plan [Model.Report]
// validates: a fixed cost keeps its amount, a variable cost moves with its
// figure on its channels (labour lines as the labour assumption says),
// and the levers add their own costs; see the package documentation
// ("Savings").
//
// It fails with the model's validation errors; ErrNotSet for a scenario
// without levers or labour assumption; a lever's errors, every problem of
// a lever at once, each naming the lever and field
// (`levers[1].target_rate ("IVR containment"): out of range: 1.2 (want 0
// to 1)`): rates outside [0, 1] (ErrOutOfRange), an after-rate worse than
// its before-rate (ErrWorse), a channel the model lacks
// (ErrUnknownChannel) or a required one not set (ErrNotSet), seconds saved
// beyond the average handle time (ErrOutOfRange), negative prices
// (ErrNegative), a price for volume the model already prices or a rate
// that contradicts the volumes (ErrConflict); and with the errors of the
// horizon and the ranges.
func (m Model) Estimate(s Scenario) (Savings, error) {
	e, err := newEstimator(&m, &s)
	if err != nil {
		return Savings{}, err
	}
	out, err := e.run(s.Levers)
	if err != nil {
		return Savings{}, err
	}
	out.Assumptions = e.assumptions(&m)
	if len(s.Ranges) > 0 {
		if out.Uncertainty, err = e.uncertainty(s.Levers, s.Ranges, &out); err != nil {
			return Savings{}, err
		}
	}
	if e.staffErr != nil {
		return Savings{}, e.staffErr // a step staffed with its agents unchanged
	}
	if e.overWork {
		return Savings{}, errTooMuchWork // a break-even stopped short
	}
	return out, nil
}

// maxLevers bounds a scenario's levers (each may create a channel, and each
// costs a few pricings of the model).
const maxLevers = 100

// newEstimator validates the model and the scenario's terms.
func newEstimator(m *Model, s *Scenario) (*estimator, error) {
	var errs errList
	if s.Labour == 0 {
		errs.add(argErr("labour", ErrNotSet, "choose "+labourEnum.list()))
	} else if !labourEnum.valid(int(s.Labour)) {
		errs.add(argErr("labour", ErrInvalid, s.Labour.String()))
	}
	switch {
	case len(s.Levers) == 0:
		errs.add(argErr("levers", ErrNotSet, "a scenario needs at least one lever"))
	case len(s.Levers) > maxLevers:
		errs.add(argErr("levers", ErrTooLarge, strconv.Itoa(len(s.Levers))+" levers (at most "+strconv.Itoa(maxLevers)+")"))
	}
	terms, err := s.Horizon.terms()
	errs.add(err)
	if len(s.Ranges) > maxRanges {
		errs.add(argErr("ranges", ErrTooLarge, strconv.Itoa(len(s.Ranges))+" ranges (at most "+strconv.Itoa(maxRanges)+")"))
	} else if len(s.Levers) <= maxLevers {
		errs.add(checkRanges(s.Levers, s.Ranges))
	}
	if len(errs) > 0 {
		return nil, errs.join()
	}
	period, seasons, err := compileEstimate(m, s.Horizon.Seasons)
	if err != nil {
		return nil, err
	}
	e := &estimator{labour: s.Labour, terms: terms, convention: s.Convention, period: newBaseline(period), seasons: make([]*baseline, len(seasons))}
	for k, c := range seasons {
		e.seasons[k] = newBaseline(c)
	}
	if e.months, err = periodMonths(m.Period, s.Convention); err != nil && e.needsMonths(s) {
		return nil, err
	}
	if err := e.compileStaffing(s); err != nil {
		return nil, err
	}
	return e, nil
}

// estimator runs a scenario against its baseline.
type estimator struct {
	labour  Labour
	terms   horizonTerms
	period  *baseline   // the model's period
	seasons []*baseline // the months of the period, when the horizon gives their volumes
	months  *big.Rat    // the period's length in months; nil when it cannot be measured
	// convention measured months, when the period is not whole months.
	convention Convention
	// work counts lever applications (each 1 + the channels)
	// and pricings (each 1 + an eighth of the lines and channels),
	// which maxWork bounds.
	work     int64
	overWork bool
	// staff are the channels queueing labour staffs; staffErr the first
	// error staffing a scenario's state met.
	staff    []*staffPlan
	staffErr error
}

// maxWork bounds the work of an estimate: lever applications and model
// pricings, weighted by the channels and lines they go through. A usual
// business case (a few levers, rollouts of months, a few ranges) needs a
// few thousand; levers on long staggered rollouts, each month of which is
// priced with every lever, with many ranges, each of which runs the
// scenario twice, can need more, and such an estimate stops with
// ErrTooLarge (after about ten seconds on a two-core machine at worst).
// Under queueing labour each new staffing of a profile counts too, before
// it is done: 1 + an eighth of its intervals + its load in Erlangs over
// 2000, and 2 an interval under Erlang A; past the bound it is refused
// at its profile.
const maxWork = 300_000

var errTooMuchWork = argErr("levers", ErrTooLarge, "the estimate would need more than "+strconv.Itoa(maxWork)+
	" units of work (a lever applied counts 1 plus the channels, a pricing of the model 1 plus an eighth of its lines and "+
	"channels, a staffing profile 1 plus an eighth of its intervals plus its agents over 2000; a scenario's months are priced once for each distinct set of rollout shares, again for each range's two "+
	"ends and the two cases); shorten the rollouts, or use fewer levers or ranges")

// baseline is a period's model as it is, and what every scenario of it
// starts from.
type baseline struct {
	c     *compiled
	start point
	// The baseline's lines with their amounts as rationals where they are
	// variable, which every scenario reprices.
	lines   []pricedLine
	volumes []stateVol // the baseline's volumes, as a state holds them
}

func newBaseline(c *compiled) *baseline {
	b := &baseline{c: c, volumes: baselineVolumes(c), lines: slices.Clone(c.lines)}
	for i, pl := range b.lines {
		if pl.exact.IsDefined() && pl.exact.r == nil && c.r.p.lines[i].cost.VariesWith != 0 {
			b.lines[i].exact = ratioOfRat(pl.exact.rat()) // repriced by a factor in every scenario
		}
	}
	b.start = point{model: exactSum(c.lines), use: new(big.Rat), credit: new(big.Rat), rise: new(big.Rat)}
	for _, pl := range c.lines {
		b.start.total = b.start.total.Add(pl.booked)
	}
	vs := c.r.vs
	for _, j := range vs.order {
		n := vs.vols[j].shown[MeasureContacts]
		b.start.all = exact.Add(b.start.all, n)
		if !c.r.p.chans.automated[j] {
			b.start.assisted = exact.Add(b.start.assisted, n)
		}
	}
	return b
}

// state starts a scenario of the baseline.
func (b *baseline) state(labour Labour) *state { return newState(b.c, labour, b.volumes) }

// needsMonths reports whether the scenario measures the period in months:
// for a horizon, a monthly fee, or a range over one.
func (e *estimator) needsMonths(s *Scenario) bool {
	if e.terms.months > 0 {
		return true
	}
	for _, l := range s.Levers {
		if !isNilLever(l) && l.describe().inv.MonthlyFee.Sign() != 0 {
			return true
		}
	}
	for _, r := range s.Ranges {
		if r.Input == "investment.monthly_fee" && (r.Low.Sign() != 0 || r.High.Sign() != 0) {
			return true
		}
	}
	return false
}

// run applies the levers in order, each also alone, and assembles the
// result.
func (e *estimator) run(levers []Lever) (Savings, error) {
	bl := e.period
	out := Savings{Labour: e.labour, Before: bl.c.report(), Levers: make([]LeverSavings, len(levers))}
	st := bl.state(e.labour)
	prev := bl.start
	for i, l := range levers {
		before := st.clone()
		x, err := e.apply(st, i, l, applyFull)
		if err != nil {
			return Savings{}, err
		}
		cur, rep := e.evaluate(bl, st, true, i == len(levers)-1)
		get, _ := l.edit()
		ls := LeverSavings{Lever: get(), Name: x.name, Inputs: x.inputs, Formula: x.formula}
		ls.Changes = changes(&st.chans, before, st.vols)
		ls.Increment, ls.After = e.amounts(prev, cur), e.outcome(cur)
		first := cur // the first lever alone is the first step
		if err := e.alone(i, l, &ls, i == 0, first); err != nil {
			return Savings{}, err
		}
		if e.labour == LabourQueueing {
			if ls.Agents, err = e.stepAgents(st); err != nil {
				return Savings{}, err
			}
		}
		out.Levers[i], prev = ls, cur
		out.After = rep
	}
	out.Total = e.amounts(bl.start, prev)
	if e.labour == LabourQueueing {
		if err := e.staffing(levers, st, &out); err != nil {
			return Savings{}, err
		}
	}
	if e.terms.months > 0 {
		r, err := e.returns(levers, nil, false, &prev)
		if err != nil {
			return Savings{}, err
		}
		out.Returns = r.out
	}
	return out, nil
}

// staffing adds the staffed channels' figures to out, with the same
// levers priced under proportional labour for comparison.
func (e *estimator) staffing(levers []Lever, st *state, out *Savings) error {
	bl := e.period
	prop := bl.state(LabourProportional)
	for i, l := range levers {
		if _, err := e.apply(prop, i, l, applyMode{quiet: true}); err != nil {
			return err
		}
	}
	if e.staffErr != nil {
		return e.staffErr
	}
	s, err := e.staffingResult(st, prop)
	out.Staffing = s
	return err
}

// applyMode says how a lever is applied: at full effect with its formula
// (the scenario's steps), quietly (alone, ranges, break-evens), or in a
// month of the horizon.
type applyMode struct {
	quiet    bool
	adoption *big.Rat // nil: full effect
	noFee    bool     // the horizon adds fees month by month
}

var applyFull = applyMode{}

// apply applies lever i to st and returns its run.
func (e *estimator) apply(st *state, i int, l Lever, mode applyMode) (*leverRun, error) {
	if isNilLever(l) {
		return nil, loc{path: "levers"}.index(i).err("", ErrNotSet, "")
	}
	if e.staffErr != nil {
		return nil, e.staffErr
	}
	if e.work += 1 + int64(len(st.vols)); e.overWork || e.work > maxWork {
		return nil, errTooMuchWork
	}
	info := l.describe()
	name := info.name
	if name == "" {
		name = info.kind
	}
	x := &leverRun{st: st, at: loc{path: "levers"}.index(i).named(name), name: name, quiet: mode.quiet, adoption: mode.adoption}
	if x.adoption == nil {
		x.adoption = ratOne
	}
	if len(info.name) > maxNameLength || !utf8.ValidString(info.name) {
		// It names the lever's lines in the report, as a cost line's name.
		x.at, x.name = loc{path: "levers"}.index(i), info.kind
		x.refuse("name", x.at.err("name", ErrInvalid, "want at most "+strconv.Itoa(maxNameLength)+" bytes of UTF-8"))
	}
	math := l.inputs(x)
	x.amount("investment.one_time", info.inv.OneTime)
	fee := x.amount("investment.monthly_fee", info.inv.MonthlyFee)
	x.months("rollout.delay_months", info.roll.DelayMonths)
	x.months("rollout.ramp_months", info.roll.RampMonths)
	if x.failed() {
		return nil, x.errs.join()
	}
	if !mode.noFee && fee.Sign() != 0 && e.months == nil {
		// needsMonths sees every fee the scenario sets; this is a guard.
		return nil, argErr("convention", ErrNotSet, "a monthly fee needs the period's length in months")
	}
	home := math()
	if !mode.noFee && fee.Sign() != 0 {
		x.say("monthly fee ", fee, " × ", monthsText(e.months), " = ", mul(fee, e.months))
		x.addLine("monthly fee", CategoryTechnology, home, mul(fee, e.months))
	}
	return x, nil
}

// alone works out what lever i does applied alone to the model: its
// amounts (known, when it is the first lever, is where that lands), its
// investment view and its break-even.
func (e *estimator) alone(i int, l Lever, ls *LeverSavings, isFirst bool, known point) error {
	if !isFirst {
		st := e.period.state(e.labour)
		if _, err := e.apply(st, i, l, applyMode{quiet: true}); err != nil {
			return err
		}
		known, _ = e.evaluate(e.period, st, false, false)
	}
	ls.Alone = e.amounts(e.period.start, known)
	var end *big.Rat
	if e.terms.months > 0 {
		r, err := e.returns([]Lever{l}, []int{i}, false, &known)
		if err != nil {
			return err
		}
		ls.AloneReturns, end = r.out, r.exactCumulative
	}
	ls.BreakEven = e.breakEven(i, l, known, end)
	return nil
}

// breakEven solves for the lever's break-even input, on the line through
// two evaluations: at the value where the lever does nothing, and at its
// own value (or the probe, when its own value is that one). known is the
// lever alone at its own value, already priced, and knownEnd its exact
// cumulative net at the horizon's end (nil without a horizon).
func (e *estimator) breakEven(i int, l Lever, known point, knownEnd *big.Rat) BreakEven {
	info := l.describe()
	if info.breakEven == "" {
		return BreakEven{}
	}
	if e.labour == LabourQueueing {
		// Agents are whole: the net is a step function of the input,
		// which no line through two points solves.
		return BreakEven{Input: info.breakEven}
	}
	get, refs := l.edit()
	own := boundedRat(*decimalRef(refs, info.breakEven))
	v := own
	null, probe := info.points()
	if v.Cmp(null) == 0 {
		v = probe
	}
	out := BreakEven{Input: info.breakEven}
	at := func(r *big.Rat) Lever { w, _ := withValue(get(), info.breakEven, ratDecimal(r)); return w }
	// Each point prices the lever alone at full effect in the period; the
	// horizon's months at full effect reuse it.
	price := func(w Lever) *point {
		st := e.period.state(e.labour)
		if _, err := e.apply(st, i, w, applyMode{quiet: true}); err != nil {
			return nil
		}
		p, _ := e.evaluate(e.period, st, false, false)
		return &p
	}
	net := func(p *point) *big.Rat {
		if p == nil {
			return nil
		}
		return p.exactNet(e.period.start)
	}
	lo := at(null)
	pLo := price(lo)
	// The second point: the lever's value, or the probe; one the lever
	// refuses (a probe beyond what the volumes allow) moves halfway back
	// toward the null value, a few times.
	hi := at(v)
	var pHi *point
	if v == own {
		pHi = &known
	} else {
		pHi = price(hi)
	}
	for k := 0; pHi == nil && k < 20; k++ {
		v = mul(add(null, v), ratHalf)
		hi = at(v)
		pHi = price(hi)
	}
	out.NetZero = solveLine(null, net(pLo), v, net(pHi))
	if out.NetZero.IsDefined() {
		st := e.period.state(e.labour)
		_, err := e.apply(st, i, at(out.NetZero.rat()), applyMode{quiet: true})
		out.InRange = err == nil
	}
	if e.terms.months > 0 && pLo != nil && pHi != nil {
		end := func(w Lever, p *point) *big.Rat {
			r, err := e.returns([]Lever{w}, []int{i}, true, p)
			if err != nil {
				return nil
			}
			return r.exactCumulative
		}
		hiEnd := knownEnd
		if v != own {
			hiEnd = end(hi, pHi)
		}
		out.Payback = solveLine(null, end(lo, pLo), v, hiEnd)
	}
	return out
}

// solveLine returns where the line through (x0, y0) and (x1, y1) crosses
// zero; undefined when a point is missing or the line is flat.
func solveLine(a, y0, b, y1 *big.Rat) Ratio {
	if y0 == nil || y1 == nil {
		return Ratio{}
	}
	slope := sub(y1, y0)
	if slope.Sign() == 0 {
		return Ratio{}
	}
	// x = x0 − y0 (x1 − x0) / (y1 − y0)
	x := mul(y0, sub(b, a))
	x.Quo(x, slope)
	return ratioOfRat(sub(a, x))
}

// point is where a scenario stands: its booked cost and added costs (the
// levers' own and the rise of the model's lines they raise), its exact
// model cost, levers' costs and credits, the exact rise of the model's
// lines that rose, and its contacts.
type point struct {
	total, added exact.Int  // minor units
	model        *big.Rat   // the model's own lines, exact
	use, credit  *big.Rat   // the levers' positive and negative lines, exact
	rise         *big.Rat   // the model's lines that rose: the sum of their rises, exact
	lines        []*big.Rat // each model line's exact amount (nil: not priced), for interpolating
	assisted     number
	all          number
}

// exactNet returns the exact net saving of p against the baseline a.
func (p point) exactNet(a point) *big.Rat {
	net := sub(a.model, p.model)
	return net.Sub(net, add(p.use, p.credit))
}

// evaluate prices a scenario's state with the baseline's plan: the model's
// lines repriced on the state's volumes, then the levers' lines; for a
// step it also works out the contacts, and with report the report.
func (e *estimator) evaluate(bl *baseline, st *state, step, report bool) (point, Report) {
	var factors []*big.Rat
	if st.labour == LabourQueueing {
		factors = e.staffFactors(bl, st)
		st = staffedState(st, factors)
	}
	p := bl.c.r.p.forScenario(st, report)
	vs := st.volumeSet(report)
	r := newRun(p, vs)
	r.ref, r.base, r.baseLines = bl.c.r.vs, bl.c.r, bl.lines
	r.keepLabour = st.labour == LabourUnchanged
	r.staffing = factors
	lines := r.price(false, report)
	n := len(bl.c.lines)
	if !report {
		lines = append(lines, st.leverLines()...) // priced as they are: the levers' own amounts
	}
	r.book(lines)
	pt := point{model: exactSum(lines[:n]), use: new(big.Rat), credit: new(big.Rat), rise: new(big.Rat), lines: make([]*big.Rat, n)}
	for i, pl := range lines {
		pt.total = pt.total.Add(pl.booked)
		switch {
		case i >= n && pl.booked.Sign() > 0:
			pt.added = pt.added.Add(pl.booked)
		case i < n && pl.exact.IsDefined() && bl.lines[i].exact.IsDefined():
			// A model line the levers raise (IVR minutes its own line
			// prices, agent time a callback adds) is a cost of theirs.
			if d := pl.booked.Sub(bl.c.lines[i].booked); d.Sign() > 0 {
				pt.added = pt.added.Add(d)
			}
			x := pl.exact.rat()
			pt.lines[i] = x
			if d := sub(x, bl.lines[i].exact.rat()); d.Sign() > 0 {
				pt.rise.Add(pt.rise, d)
			}
		}
	}
	e.work += 1 + int64(n+len(st.vols))/8
	if e.work > maxWork {
		e.overWork = true
	}
	for _, ll := range st.lines {
		if ll.amount.Sign() > 0 {
			pt.use.Add(pt.use, ll.amount)
		} else {
			pt.credit.Add(pt.credit, ll.amount)
		}
	}
	if step {
		for j, sv := range st.vols {
			if sv == nil {
				continue
			}
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
func (st *state) volumeSet(shown bool) *volumeSet {
	n := len(st.vols)
	vs := &volumeSet{period: st.period(), vols: make([]*chanVolume, n), where: make([]loc, n), order: make([]int, 0, n)}
	for j, sv := range st.vols {
		if sv == nil {
			continue
		}
		cv := &chanVolume{offered: ratioOfRat(sv.offered), abandoned: ratioOfRat(sv.abandoned)}
		for m := MeasureContacts; m <= MeasureFTE; m++ {
			cv.exact[m] = ratioOfRat(sv.fig[m])
			if shown {
				cv.shown[m] = shownOf(cv.exact[m])
			}
		}
		vs.vols[j], vs.order = cv, append(vs.order, j)
	}
	return vs
}

// amounts returns what moving from point a to point b saves.
func (e *estimator) amounts(a, b point) Amounts {
	pol := e.period.c.r.p.pol
	net := a.total.Sub(b.total)
	added := b.added.Sub(a.added)
	return Amounts{Gross: pol.money(net.Add(added)), Added: pol.money(added), Net: pol.money(net)}
}

// outcome returns a point's cost and cost per contact in both scopes.
func (e *estimator) outcome(p point) Outcome {
	pol := e.period.c.r.p.pol
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
		if sv == nil {
			continue
		}
		if j >= len(before) || before[j] == nil {
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
