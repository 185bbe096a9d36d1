package contactcost

import (
	"slices"

	"github.com/contactcost/contactcost/internal/alloc"
	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Report is the cost picture of a model over its period: per channel and
// for the center, what was handled, what it cost, and what each contact
// and each handled minute cost; each cost line with how it was split; and
// the cost of each category on each channel.
//
// Money (Direct, Shared, Cost, line, part and cell amounts) is exact in the
// currency's minor unit: each cost line is booked to the minor unit once,
// by the rounding mode, and everything after is exact sums, so
//
//   - each line's parts sum to the line's amount,
//   - each channel's Direct + Shared is its Cost,
//   - the channels' figures sum to the Center's,
//   - each category's cells sum to its Cost, and the categories' cells on
//     a channel sum to the channel's Cost.
//
// Per-unit figures come twice: exact (ExactCostPerContact, a Ratio of the
// cost over the contacts) and rounded once by the Rounding policy
// (CostPerContact).
//
// A Report shares no memory with the model it came from, and nothing in
// the package modifies one after making it, so it is safe for concurrent
// reads. Treat it as read-only: lines split the same way share their
// Basis slices. [Report.Verify] re-checks every identity above, for example after
// decoding a stored report.
type Report struct {
	Currency Currency // the model's currency
	Period   Period   // the period reported on
	Scope    Scope    // which contacts the Center counts
	Rounding Rounding // the policy the figures were rounded by
	// Convention is the day-count convention that prorated the cost lines;
	// zero when the model set none, which it may only when no line's
	// amount depends on it.
	Convention Convention
	// SubPeriods is zero for a report on one period. For the whole-span
	// report of a Series it is the number of sub-period reports whose
	// figures it sums.
	SubPeriods int
	// Channels holds the figures of each channel, in the model's volume
	// order.
	Channels []Figures
	// Center holds the center-wide figures: the cost of every channel, and
	// the contacts and minutes of the channels the Scope counts.
	Center Figures
	// AssistedContacts counts the contacts of agent-assisted channels and
	// AllContacts every contact, whatever the Scope.
	AssistedContacts, AllContacts decimal.Decimal
	// Lines explains each cost line, in the model's order.
	Lines []Line
	// Categories gives the cost of each category, in order of first
	// appearance in the lines, and on each channel that bears some of it.
	Categories []CategoryCost
}

// Figures are the figures of one channel, or of the whole center.
type Figures struct {
	// Channel names the channel; it is empty for the center.
	Channel Channel
	// Automated is true for a channel whose contacts are not
	// agent-assisted (always false for the center).
	Automated bool
	// The volume figures: contacts handled, handle minutes, queue minutes,
	// agent hours and FTE. The center's count the channels the scope
	// counts.
	Contacts, HandleMinutes, QueueMinutes, AgentHours, FTE decimal.Decimal
	// Direct is the cost of the direct lines, Shared the parts of the
	// shared lines, and Cost their sum.
	Direct, Shared, Cost decimal.Decimal
	// CostPerContact and CostPerMinute are the exact figures rounded by
	// the report's policy; zero when the exact figure is undefined.
	CostPerContact, CostPerMinute decimal.Decimal
	// ExactCostPerContact is Cost / Contacts and ExactCostPerMinute is
	// Cost / HandleMinutes; undefined when there are none.
	ExactCostPerContact, ExactCostPerMinute Ratio
}

// Line explains one cost line: its amount and how it was split.
type Line struct {
	Name       string   // the cost line's name
	Category   Category // its category
	VariesWith Measure  // what a variable cost varies with; zero when fixed
	// Timing says whether the line recurs or is a one-time cost; an
	// excluded one-time cost is reported with a zero amount.
	Timing Timing
	// Channel is the channel of a direct cost, empty for a shared one.
	Channel Channel
	// Basis is the split of a shared cost, with the channels it was split
	// over: Among lists them for a split by a figure, Weights for a split
	// by weights, in the report's channel order. (Where a scenario's
	// levers leave none of a figure on a split's channels, the line keeps
	// the baseline's split, and shows it as the weights it used.)
	Basis Basis
	// Exact is the line's exact amount in the period, before booking.
	Exact Ratio
	// Amount is the amount booked: Exact rounded to the minor unit by the
	// rounding mode, once. (In a series' whole report it is the whole
	// span's booked amount; its sub-periods get it in minor units.)
	Amount decimal.Decimal
	// Parts gives each channel's part, in the report's channel order: one
	// for a direct line, one per channel split over for a shared line, and
	// none for a line with nothing in the period whose channels have no
	// volume in it.
	Parts []Part
}

// Part is one channel's part of a cost line.
type Part struct {
	// Channel names the channel.
	Channel Channel
	// Weight is the channel's figure in the split (its contacts, handle
	// minutes, weight, percentage, or 1 for a direct line); in a series'
	// whole report, the figure summed over the sub-periods.
	Weight decimal.Decimal
	// Share is the exact fraction of the line the channel bears before
	// rounding: Weight over the sum of the weights. In a series' whole
	// report a split by a figure has a share in each sub-period and none
	// over the span, so Share is undefined there.
	Share Ratio
	// Amount is the channel's part in minor units; the parts of a line
	// sum exactly to its Amount.
	Amount decimal.Decimal
}

// CategoryCost is the cost of one category, and on each channel that bears
// some of it.
type CategoryCost struct {
	Category Category        // the category
	Cost     decimal.Decimal // its cost: the sum of its cells
	Cells    []Cell          // its cost on each channel, in the report's channel order
}

// Cell is a category's cost on one channel.
type Cell struct {
	Channel Channel         // the channel
	Amount  decimal.Decimal // the category's cost on it
}

// compiled is a model validated and priced for its own volumes.
type compiled struct {
	r     *run
	lines []pricedLine
}

// compileReport validates m and prices it for its own volumes.
func compileReport(m *Model) (*compiled, error) {
	c := newCompiler(m)
	if !c.header() {
		return nil, c.result()
	}
	vs := c.checkVolumes(loc{path: "volumes"}, m.Volumes, m.Period)
	c.costs()
	c.scopeCheck(vs)
	c.checkSize([]*volumeSet{vs})
	if c.tooLarge {
		return nil, c.result()
	}
	r := newRun(c.p, vs)
	r.errs, r.unknown = &c.errs, &c.unknown
	lines := r.price(m.Strict, true)
	c.hints()
	if err := c.result(); err != nil {
		return nil, err
	}
	r.book(lines)
	r.errs, r.unknown = nil, nil
	return &compiled{r: r, lines: lines}, nil
}

func (c *compiled) report() Report { return assemble(c.r, c.lines, nil) }

// tally is what a series' whole report is summed from: each line's parts
// in one sub-period.
type tally struct {
	parts [][]partTally // per line
}

type partTally struct {
	j      int       // the channel
	amount exact.Int // minor units
}

// assembler builds a report from a priced run.
type assembler struct {
	r         *run
	pol       policy
	direct    []exact.Int // per channel
	shared    []exact.Int
	cell      []exact.Int // the current category's cost per channel
	mark      []bool      // the channels the current category reached
	touched   []int       // the same, as a list
	scratch   []exact.Int
	s         alloc.Scratch
	slab      []Part
	amongs    map[*setVec][]Channel
	fixedBase map[*setVec][]Weight
}

// assemble makes the report of a priced run; with t set it also records
// each line's parts for a series' whole report.
func assemble(r *run, lines []pricedLine, t *tally) Report {
	p := r.p
	a := newAssembler(r, countParts(lines))
	rep := a.start(len(lines))
	if t != nil {
		t.parts = make([][]partTally, len(lines))
	}
	for _, group := range p.byCategory {
		for _, i := range group {
			rep.Lines[i] = a.line(&p.lines[i], &lines[i], t, i)
		}
		rep.Categories = append(rep.Categories, a.category(p.cats.names[p.lines[group[0]].cat]))
	}
	a.figures(&rep)
	return rep
}

// newAssembler prepares to assemble a report of nParts parts from run r.
func newAssembler(r *run, nParts int) *assembler {
	n := len(r.p.chans.names)
	return &assembler{r: r, pol: r.p.pol, direct: make([]exact.Int, n), shared: make([]exact.Int, n),
		cell: make([]exact.Int, n), mark: make([]bool, n), slab: make([]Part, nParts),
		amongs: make(map[*setVec][]Channel), fixedBase: make(map[*setVec][]Weight)}
}

// start returns the report's header and room for its lines.
func (a *assembler) start(lines int) Report {
	m := a.r.p.m
	return Report{Currency: m.Currency, Period: a.r.vs.period, Scope: m.Scope, Rounding: m.Rounding,
		Convention: m.Convention, Lines: make([]Line, lines)}
}

// countParts counts the parts of the priced lines.
func countParts(lines []pricedLine) int {
	n := 0
	for _, pl := range lines {
		switch {
		case !pl.parts:
		case pl.split != nil:
			n += len(pl.split.vec.members)
		default:
			n++
		}
	}
	return n
}

// groupByCategory groups line numbers by category, categories in order of
// first appearance and lines in order within each.
func (p *plan) groupByCategory() {
	groups := make([][]int, len(p.cats.names))
	for i := range p.lines {
		c := p.lines[i].cat
		groups[c] = append(groups[c], i)
	}
	p.byCategory = slices.DeleteFunc(groups, func(g []int) bool { return len(g) == 0 })
}

// line assembles one line: its amounts, its parts, and its part of the
// channel and category sums.
func (a *assembler) line(lp *linePlan, pl *pricedLine, t *tally, i int) Line {
	cost := lp.cost
	line := Line{Name: cost.Name, Category: cost.Category, VariesWith: cost.VariesWith, Timing: cost.Timing,
		Channel: cost.Channel, Exact: pl.exact, Amount: a.pol.money(pl.booked)}
	if !pl.parts {
		line.Basis = cloneBasis(cost.Basis)
		return line
	}
	if lp.direct >= 0 {
		line.Parts = a.take(1)
		line.Parts[0] = Part{Channel: cost.Channel, Weight: decimalOne, Share: ratioOne, Amount: line.Amount}
		a.add(lp.direct, pl.booked, a.direct)
		if t != nil {
			t.parts[i] = []partTally{{j: lp.direct, amount: pl.booked}}
		}
		return line
	}
	sv := pl.split
	line.Basis = a.basisOf(lp, sv)
	k := len(sv.vec.members)
	if cap(a.scratch) < k {
		a.scratch = make([]exact.Int, k)
	}
	parts := a.scratch[:k]
	sv.vec.split(pl.booked, parts, &a.s)
	line.Parts = a.take(k)
	if t != nil {
		t.parts[i] = make([]partTally, k)
	}
	for n, pos := range sv.display {
		j := sv.vec.members[pos]
		a.add(j, parts[pos], a.shared)
		line.Parts[n] = Part{Channel: a.r.p.chans.names[j], Weight: sv.vec.values[pos], Share: sv.vec.shares[pos],
			Amount: a.pol.money(parts[pos])}
		if t != nil {
			t.parts[i][n] = partTally{j: j, amount: parts[pos]}
		}
	}
	return line
}

// take returns the next n parts of the report's slab.
func (a *assembler) take(n int) []Part {
	out := a.slab[:n:n]
	a.slab = a.slab[n:]
	return out
}

// add adds a part on channel j to the channel sums and the current
// category's cell.
func (a *assembler) add(j int, units exact.Int, sums []exact.Int) {
	sums[j] = sums[j].Add(units)
	if !a.mark[j] {
		a.mark[j] = true
		a.touched = append(a.touched, j)
	}
	a.cell[j] = a.cell[j].Add(units)
}

// category closes the current category: its cells in the report's channel
// order.
func (a *assembler) category(c Category) CategoryCost {
	pos := a.r.pos
	slices.SortFunc(a.touched, func(x, y int) int { return pos[x] - pos[y] })
	out := CategoryCost{Category: c, Cells: make([]Cell, len(a.touched))}
	var sum exact.Int
	for k, j := range a.touched {
		out.Cells[k] = Cell{Channel: a.r.p.chans.names[j], Amount: a.pol.money(a.cell[j])}
		sum = sum.Add(a.cell[j])
		a.cell[j], a.mark[j] = exact.Int{}, false
	}
	out.Cost = a.pol.money(sum)
	a.touched = a.touched[:0]
	return out
}

// basisOf returns a shared line's basis as the report shows it: with the
// channels it was split over, in the report's channel order.
func (a *assembler) basisOf(lp *linePlan, sv *setVec) Basis {
	names := a.r.p.chans.names
	if lp.basis.fixed != nil || sv.fixed {
		ws, ok := a.fixedBase[sv]
		if !ok {
			ws = make([]Weight, len(sv.display))
			for n, pos := range sv.display {
				ws[n] = Weight{Channel: names[sv.vec.members[pos]], Value: sv.vec.values[pos]}
			}
			a.fixedBase[sv] = ws
		}
		return Basis{Weights: ws, Percent: lp.basis.percent}
	}
	among, ok := a.amongs[sv]
	if !ok {
		among = make([]Channel, len(sv.display))
		for n, pos := range sv.display {
			among[n] = names[sv.vec.members[pos]]
		}
		a.amongs[sv] = among
	}
	return Basis{By: lp.basis.by, Among: among}
}

// figures fills the channel and center figures.
func (a *assembler) figures(rep *Report) {
	vs := a.r.vs
	chans := &a.r.p.chans
	rep.Channels = make([]Figures, len(vs.order))
	var center [measures]number
	var assisted, all number
	var direct, shared exact.Int
	for k, j := range vs.order {
		cv := vs.vols[j]
		auto := chans.automated[j]
		rep.Channels[k] = a.figure(chans.names[j], auto, &cv.shown, a.direct[j], a.shared[j])
		direct, shared = direct.Add(a.direct[j]), shared.Add(a.shared[j])
		all = exact.Add(all, cv.shown[MeasureContacts])
		if !auto {
			assisted = exact.Add(assisted, cv.shown[MeasureContacts])
		}
		if rep.Scope.counts(auto) {
			for m := MeasureContacts; m <= MeasureFTE; m++ {
				center[m] = exact.Add(center[m], cv.shown[m])
			}
		}
	}
	rep.Center = a.figure("", false, &center, direct, shared)
	rep.AssistedContacts, rep.AllContacts = assisted.Decimal(), all.Decimal()
}

// figure makes one channel's (or the center's) figures.
func (a *assembler) figure(ch Channel, automated bool, vol *[measures]number, direct, shared exact.Int) Figures {
	cost := direct.Add(shared)
	costRat := a.pol.unitsRat(cost)
	cpc := quo(costRat, vol[MeasureContacts].Rat())
	cpm := quo(costRat, vol[MeasureHandleMinutes].Rat())
	return Figures{
		Channel: ch, Automated: automated,
		Contacts: vol[MeasureContacts].Decimal(), HandleMinutes: vol[MeasureHandleMinutes].Decimal(),
		QueueMinutes: vol[MeasureQueueMinutes].Decimal(), AgentHours: vol[MeasureAgentHours].Decimal(), FTE: vol[MeasureFTE].Decimal(),
		Direct: a.pol.money(direct), Shared: a.pol.money(shared), Cost: a.pol.money(cost),
		CostPerContact: a.pol.perUnit(cpc), CostPerMinute: a.pol.perUnit(cpm),
		ExactCostPerContact: cpc, ExactCostPerMinute: cpm,
	}
}

var (
	decimalOne = decimal.New(1, 0)
	ratioOne   = ratioOfNumber(exactOne)
)

// cloneBasis copies a basis so that a report shares no memory with its
// model.
func cloneBasis(b Basis) Basis {
	return Basis{By: b.By, Among: slices.Clone(b.Among), Weights: slices.Clone(b.Weights), Percent: b.Percent}
}
