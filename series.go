package contactcost

import (
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// PeriodVolumes gives the channel volumes of one sub-period of a series.
type PeriodVolumes struct {
	Period  Period   // a sub-period of the series (a month of the year, say)
	Volumes []Volume // what each channel handled in it
}

// Series is a run of reports over the sub-periods of a model's period
// (the months of a year, say) and the report of the whole span, which
// reconciles exactly with them: every money figure of Whole is the sum of
// the same figure in Reports, to the minor unit.
//
// Each cost line is booked once for the whole span, as a report of the
// whole span would book it, and that amount is distributed over the
// sub-periods: each sub-period gets its exact amount rounded down or up,
// the minor units left over going to the largest fractions (ties to the
// earlier sub-period). So a sub-period's line may differ by a minor unit
// from a report of that sub-period alone. (Under Convention52Weeks the
// sub-periods' exact amounts need not add up to the whole span's; the
// booked amount is then split in proportion to them, and a sub-period's
// Line.Exact is its exact share of the booked amount.) Each sub-period's
// lines are split over channels by that sub-period's volumes; Whole sums
// the sub-periods' parts, channel by channel (see Part for what its
// weights and shares mean there).
//
// A Series shares no memory with its model, and nothing in the package
// modifies one, so it is safe for concurrent reads.
type Series struct {
	Unit    Unit     // the sub-period unit
	Reports []Report // one per sub-period, in order
	Whole   Report   // the whole span
}

// TrendPoint is one sub-period of a series' cost-per-contact trend.
type TrendPoint struct {
	Period         Period          // the sub-period
	Contacts       decimal.Decimal // the contacts the scope counts
	Cost           decimal.Decimal // the center's cost
	CostPerContact decimal.Decimal // rounded by the report's policy
	// ExactCostPerContact is Cost / Contacts.
	ExactCostPerContact Ratio
	// Change is the relative change of the exact cost per contact from
	// the sub-period before ((this − before) / before; 0.05 is +5%),
	// undefined for the first sub-period.
	Change Ratio
}

// Trend returns the center's cost per contact in each sub-period, with
// its change from the sub-period before.
func (s Series) Trend() []TrendPoint {
	out := make([]TrendPoint, len(s.Reports))
	for k, r := range s.Reports {
		c := r.Center
		p := TrendPoint{Period: r.Period, Contacts: c.Contacts, Cost: c.Cost, CostPerContact: c.CostPerContact,
			ExactCostPerContact: c.ExactCostPerContact}
		if prev := out[max(k-1, 0)].ExactCostPerContact; k > 0 && prev.Sign() != 0 && p.ExactCostPerContact.IsDefined() {
			change := new(big.Rat).Sub(p.ExactCostPerContact.rat(), prev.rat())
			p.Change = ratioOfRat(change.Quo(change, prev.rat()))
		}
		out[k] = p
	}
	return out
}

// Series reports on each sub-period of the model's period by unit (see
// [Period.Split]) with the volumes given for it, and on the whole span. The
// model's own Volumes must be empty: a series takes its volumes per
// sub-period, one PeriodVolumes for each sub-period, in any order.
//
// It fails with the errors of Validate, located in the argument (as in
// `periods[2].volumes[0].contacts ("voice"): no contacts`), and with
// ErrConflict when the model has volumes of its own or a channel is
// automated in one sub-period and assisted in another, ErrInvalid for
// volumes of a period that is not a sub-period, ErrDuplicate for a
// sub-period given twice and ErrNotSet for one not given.
func (m Model) Series(unit Unit, volumes []PeriodVolumes) (Series, error) {
	c := newCompiler(&m)
	if !c.header() {
		return Series{}, c.result()
	}
	if len(m.Volumes) > 0 {
		c.errs.add(argErr("volumes", ErrConflict, "a series takes its volumes per sub-period; leave the model's volumes empty"))
	}
	pieces, err := splitSeries(m.Period, unit)
	if err != nil {
		c.errs.add(err)
		return Series{}, c.result()
	}
	order := matchPeriods("periods", pieces, volumes, &c.errs)
	if len(c.errs) > 0 {
		return Series{}, c.result()
	}
	sets := c.seriesVolumes("periods", pieces, order, volumes)
	if c.tooLarge {
		return Series{}, c.result()
	}
	c.costs()
	c.checkSize(sets)
	if c.tooLarge {
		return Series{}, c.result()
	}
	sr := &seriesRun{c: c, unit: unit, sets: sets}
	sr.price()
	if err := c.result(); err != nil {
		return Series{}, err
	}
	return sr.assemble(), nil
}

// seriesVolumes validates the volumes of each sub-period, in order, and
// stops at a broken size bound: more than MaxChannels channels in all, or
// more than MaxParts channel volumes over the sub-periods (each sub-period
// keeps a slot for every channel).
func (c *compiler) seriesVolumes(path string, pieces []Period, order []int, volumes []PeriodVolumes) []*volumeSet {
	sets := make([]*volumeSet, len(pieces))
	for k, i := range order {
		at := loc{path: path}.index(i)
		sets[k] = c.checkVolumes(at.at("volumes"), volumes[i].Volumes, pieces[k])
		c.scopeCheck(sets[k])
		switch n := len(c.p.chans.names); {
		case n > MaxChannels:
			c.oversize(at.err("volumes", ErrTooLarge, strconv.Itoa(n)+" channels in the series (at most "+strconv.Itoa(MaxChannels)+")"))
		case n*(k+1) > MaxParts:
			c.oversize(at.err("volumes", ErrTooLarge, strconv.Itoa(n)+" channels over "+strconv.Itoa(k+1)+
				" sub-periods (at most "+strconv.Itoa(MaxParts)+" channel volumes in a series)"))
		}
		if c.tooLarge {
			return sets
		}
	}
	return sets
}

// splitSeries splits a series' period into its sub-periods.
func splitSeries(p Period, unit Unit) ([]Period, error) {
	if p.IsZero() {
		return nil, argErr("period", ErrNotSet, "")
	}
	return p.Split(unit)
}

// matchPeriods returns, for each sub-period in order, the index of the
// volumes given for it, reporting periods that are not sub-periods,
// duplicates and sub-periods without volumes.
func matchPeriods(path string, pieces []Period, volumes []PeriodVolumes, errs *errList) []int {
	order := make([]int, len(pieces))
	for k := range order {
		order[k] = -1
	}
	index := make(map[[2]Date]int, len(pieces))
	for k, p := range pieces {
		index[[2]Date{p.start, p.end}] = k
	}
	for i, pv := range volumes {
		at := loc{path: path}.index(i).named(pv.Period.String())
		k, ok := index[[2]Date{pv.Period.start, pv.Period.end}]
		switch {
		case pv.Period.IsZero():
			errs.add(at.err("period", ErrNotSet, ""))
		case !ok:
			errs.add(at.err("period", ErrInvalid, "not one of the sub-periods, "+pieces[0].String()+" to "+pieces[len(pieces)-1].String()))
		case order[k] >= 0:
			errs.add(at.err("period", ErrDuplicate, pieces[k].String()+" is also periods["+strconv.Itoa(order[k])+"]"))
		default:
			order[k] = i
		}
	}
	for k, i := range order {
		if i < 0 {
			errs.add(loc{path: path}.named(pieces[k].String()).err("", ErrNotSet, "no volumes for sub-period "+pieces[k].String()))
		}
	}
	return order
}

// seriesRun prices and books a series: each line once for the whole span,
// distributed over the sub-periods.
type seriesRun struct {
	c      *compiler
	unit   Unit
	sets   []*volumeSet
	runs   []*run
	lines  [][]pricedLine // per sub-period
	exact  []Ratio        // per line, the whole span's exact amount
	booked []exact.Int    // per line, booked for the whole span
}

// price prices the whole span and each sub-period, and distributes each
// line's booked amount over the sub-periods.
func (sr *seriesRun) price() {
	p, m := sr.c.p, sr.c.p.m
	whole := &volumeSet{period: m.Period}
	sr.exact, sr.booked = make([]Ratio, len(p.lines)), make([]exact.Int, len(p.lines))
	for i := range p.lines {
		lp := &p.lines[i]
		if !lp.ok || lp.perVolume {
			continue
		}
		x, err := p.amountIn(lp, whole.period)
		if err != nil {
			sr.c.errs.add(err)
			lp.ok = false
			continue
		}
		sr.exact[i] = x
	}
	seen := make(map[problemKey]bool)
	for _, vs := range sr.sets {
		r := newRun(p, vs)
		var errs errList
		r.errs, r.unknown = &errs, &sr.c.unknown
		sr.runs, sr.lines = append(sr.runs, r), append(sr.lines, r.price(false, true))
		sr.c.errs = append(sr.c.errs, firstOfEach(errs, vs.period, seen)...)
	}
	sr.c.hints()
	for i := range p.lines {
		if p.lines[i].ok && sr.pricedEverywhere(i) {
			sr.distribute(i)
		}
	}
}

// pricedEverywhere reports whether line i was priced in every sub-period
// (a line whose amount needs a convention the model lacks is not).
func (sr *seriesRun) pricedEverywhere(i int) bool {
	for k := range sr.sets {
		if !sr.lines[k][i].exact.IsDefined() {
			return false
		}
	}
	return true
}

// problemKey identifies a problem whatever sub-period it is found in.
type problemKey struct {
	path, name, detail string
	err                error
}

// firstOfEach returns the problems of sub-period p not seen in an earlier
// one (the same problem with only the sub-period changed): a problem of a
// line in every month is told once.
func firstOfEach(errs errList, p Period, seen map[problemKey]bool) errList {
	var out errList
	for _, e := range errs {
		if fe, ok := e.(*FieldError); ok {
			k := problemKey{fe.Path, fe.Name, strings.ReplaceAll(fe.Detail, p.String(), ""), fe.Err}
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, e)
	}
	return out
}

// distribute books line i for the whole span and gives each sub-period its
// part.
func (sr *seriesRun) distribute(i int) {
	lp := &sr.c.p.lines[i]
	exacts := make([]Ratio, len(sr.sets))
	for k := range sr.sets {
		exacts[k] = sr.lines[k][i].exact
	}
	if lp.perVolume {
		sum := new(big.Rat)
		for _, x := range exacts {
			sum.Add(sum, x.rat())
		}
		sr.exact[i] = ratioOfRat(sum)
	}
	if sr.c.p.m.Strict && sr.exact[i].Sign() == 0 && lp.cost.Timing != TimingOneTimeExcluded {
		sr.c.errs.add(lp.at.err("period", ErrOutOfRange, "nothing of the line falls in "+sr.c.p.m.Period.String()+" (the model is strict)"))
	}
	sr.booked[i] = sr.c.p.pol.book(sr.exact[i])
	parts, shares, ok := distributeLine(sr.booked[i], exacts, sr.c.p.pol.minor)
	if !ok {
		sr.c.errs.add(lp.at.err("period", ErrUndefined, "the line has an amount in "+sr.c.p.m.Period.String()+
			" but none in any "+sr.unit.String()))
		return
	}
	for k := range sr.sets {
		sr.lines[k][i].booked = parts[k]
		if shares != nil {
			sr.lines[k][i].exact = shares[k]
		}
	}
}

// distributeLine splits a line's booked amount (in minor units) over the
// sub-periods whose exact amounts are exacts. When the exact amounts add up
// to within rounding of the booked amount (always, but under a
// non-additive convention), each part is its own exact amount rounded down
// or up, the units left over going to the largest fractions (ties to the
// earlier sub-period). Otherwise (52 weeks over parts of months) the parts
// are proportional to the exact amounts, and shares gives each
// sub-period's exact share of the booked amount, to report in place of its
// own exact amount. It reports false when there is an amount to split but
// no sub-period has any.
func distributeLine(booked exact.Int, exacts []Ratio, minor int32) (parts []exact.Int, shares []Ratio, ok bool) {
	floors := make([]exact.Int, len(exacts))
	fracs := make([]fraction, len(exacts)) // each exact amount's part below a minor unit
	var sumFloor, sumCeil exact.Int
	for k, e := range exacts {
		floors[k], fracs[k] = floorUnits(e, minor) // exact amounts are not negative
		sumFloor, sumCeil = sumFloor.Add(floors[k]), sumCeil.Add(floors[k])
		if fracs[k].num.Sign() != 0 {
			sumCeil = sumCeil.Add(exact.IntOf(1))
		}
	}
	if sumFloor.Cmp(booked) <= 0 && booked.Cmp(sumCeil) <= 0 {
		left, _ := booked.Sub(sumFloor).Small() // fewer than len(exacts)
		order := make([]int, len(exacts))
		for k := range order {
			order[k] = k
		}
		slices.SortStableFunc(order, func(a, b int) int { return fracs[b].cmp(fracs[a]) })
		for _, k := range order[:left] {
			floors[k] = floors[k].Add(exact.IntOf(1))
		}
		return floors, nil, true
	}
	return distributeInProportion(booked, exacts, minor)
}

// fraction is num/den with 0 ≤ num < den.
type fraction struct{ num, den *big.Int }

func (f fraction) cmp(g fraction) int {
	return new(big.Int).Mul(f.num, g.den).Cmp(new(big.Int).Mul(g.num, f.den))
}

// floorUnits returns x in minor units rounded down, and what is left.
func floorUnits(x Ratio, minor int32) (exact.Int, fraction) {
	if n, ok := x.number(); ok {
		if u, ok := n.Scaled(minor); ok {
			return u, fraction{new(big.Int), bigOne}
		}
		den := exact.Pow10(int64(-n.Exp() - minor))
		q, r := new(big.Int).QuoRem(n.Coefficient(), den, new(big.Int))
		return exact.BigInt(q), fraction{r, den}
	}
	num := new(big.Int).Mul(x.r.Num(), exact.Pow10(int64(minor)))
	q, r := num.QuoRem(num, x.r.Denom(), new(big.Int))
	return exact.BigInt(q), fraction{r, x.r.Denom()}
}

var bigOne = big.NewInt(1)

// distributeInProportion splits a booked amount over sub-periods in
// proportion to their exact amounts, which do not add up to it (52 weeks
// over parts of months), and gives each sub-period's exact share.
func distributeInProportion(booked exact.Int, exacts []Ratio, minor int32) ([]exact.Int, []Ratio, bool) {
	weights := make([]*big.Rat, len(exacts))
	total := new(big.Rat)
	for k, e := range exacts {
		weights[k] = e.rat()
		total.Add(total, weights[k])
	}
	parts, ok := splitRat(booked, weights)
	if !ok {
		return make([]exact.Int, len(exacts)), nil, booked.Sign() == 0
	}
	amount := booked.Rat(minor)
	shares := make([]Ratio, len(exacts))
	for k, w := range weights {
		share := new(big.Rat).Mul(amount, w)
		shares[k] = ratioOfRat(share.Quo(share, total))
	}
	return parts, shares, true
}

// assemble makes the sub-period reports and the whole span's.
func (sr *seriesRun) assemble() Series {
	s := Series{Unit: sr.unit, Reports: make([]Report, len(sr.sets))}
	tallies := make([]tally, len(sr.sets))
	for k, r := range sr.runs {
		s.Reports[k] = assemble(r, sr.lines[k], &tallies[k])
	}
	s.Whole = sr.whole(tallies)
	return s
}

// whole assembles the whole span's report from the sub-periods' parts.
func (sr *seriesRun) whole(tallies []tally) Report {
	p := sr.c.p
	r := newRun(p, sr.wholeSet())
	mark := make([]bool, len(p.chans.names))
	nParts := 0
	for i := range p.lines {
		nParts += len(wholeChannels(tallies, i, mark, nil))
	}
	a := newAssembler(r, nParts)
	rep := a.start(len(p.lines))
	rep.SubPeriods = len(sr.sets)
	sums := make([]exact.Int, len(p.chans.names))
	for _, group := range p.byCategory {
		for _, i := range group {
			chans := wholeChannels(tallies, i, mark, nil)
			rep.Lines[i] = a.wholeLine(&p.lines[i], sr.exact[i], sr.booked[i], tallies, i, chans, sums)
		}
		rep.Categories = append(rep.Categories, a.category(p.cats.names[p.lines[group[0]].cat]))
	}
	a.figures(&rep)
	return rep
}

// wholeSet returns the volumes of the whole span: each channel's figures
// summed over the sub-periods, channels in order of first appearance.
func (sr *seriesRun) wholeSet() *volumeSet {
	n := len(sr.c.p.chans.names)
	vs := &volumeSet{period: sr.c.p.m.Period, vols: make([]*chanVolume, n), where: make([]loc, n)}
	for j := range n {
		cv := new(chanVolume)
		for _, set := range sr.sets {
			if set.present(j) {
				for m := MeasureContacts; m <= MeasureFTE; m++ {
					cv.shown[m] = exact.Add(cv.shown[m], set.vols[j].shown[m])
				}
			}
		}
		for m := MeasureContacts; m <= MeasureFTE; m++ {
			cv.exact[m] = ratioOfNumber(cv.shown[m])
		}
		vs.vols[j] = cv
		vs.order = append(vs.order, j)
	}
	return vs
}

// wholeChannels returns the channels line i has parts on in any
// sub-period, in the whole report's order, appended to buf; mark is
// all false on entry and on return.
func wholeChannels(tallies []tally, i int, mark []bool, buf []int) []int {
	out := buf[:0]
	for _, t := range tallies {
		for _, pt := range t.parts[i] {
			if !mark[pt.j] {
				mark[pt.j] = true
				out = append(out, pt.j)
			}
		}
	}
	for _, j := range out {
		mark[j] = false
	}
	slices.Sort(out)
	return out
}

// wholeLine sums a line's parts over the sub-periods. A direct line's part
// keeps weight 1 and share 1, and a split by weights its weights and
// shares; a split by a figure has a share in each sub-period and none over
// the span, and shows each channel's figure over the span as its weight.
func (a *assembler) wholeLine(lp *linePlan, x Ratio, booked exact.Int, tallies []tally, i int, chans []int, sums []exact.Int) Line {
	cost := lp.cost
	line := Line{Name: cost.Name, Category: cost.Category, VariesWith: cost.VariesWith, Timing: cost.Timing,
		Channel: cost.Channel, Exact: x, Amount: a.pol.money(booked)}
	if len(chans) == 0 {
		line.Basis = cloneBasis(cost.Basis)
		return line
	}
	for _, t := range tallies {
		for _, pt := range t.parts[i] {
			sums[pt.j] = sums[pt.j].Add(pt.amount)
		}
	}
	line.Parts = a.take(len(chans))
	for n, j := range chans {
		part := Part{Channel: a.r.p.chans.names[j], Weight: decimalOne, Share: ratioOne, Amount: a.pol.money(sums[j])}
		switch b := lp.basis; {
		case lp.direct >= 0:
			a.add(j, sums[j], a.direct)
		case b.fixed != nil:
			k := slices.Index(b.fixed.members, j)
			part.Weight, part.Share = b.fixed.values[k], b.fixed.shares[k]
			a.add(j, sums[j], a.shared)
		default:
			part.Weight, part.Share = a.r.vs.vols[j].shown[b.by].Decimal(), Ratio{}
			a.add(j, sums[j], a.shared)
		}
		line.Parts[n] = part
		sums[j] = exact.Int{}
	}
	line.Basis = a.wholeBasis(lp, line.Parts)
	return line
}

// wholeBasis returns a shared line's basis in the whole report, with the
// channels of its parts.
func (a *assembler) wholeBasis(lp *linePlan, parts []Part) Basis {
	b := lp.basis
	switch {
	case lp.direct >= 0:
		return Basis{}
	case b.fixed != nil:
		ws := make([]Weight, len(parts))
		for n, part := range parts {
			ws[n] = Weight{Channel: part.Channel, Value: part.Weight}
		}
		return Basis{Weights: ws, Percent: b.percent}
	}
	among := make([]Channel, len(parts))
	for n, part := range parts {
		among[n] = part.Channel
	}
	return Basis{By: b.by, Among: among}
}
