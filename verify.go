package contactcost

import (
	"math/big"
	"strconv"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Verify checks that a report's figures agree with each other, by
// rebuilding every sum from the lines' parts and comparing: money is in
// whole minor units; each line's amount is its exact amount booked (within
// one minor unit); its parts name channels of the report, follow its basis
// (the channels it lists, the weights it gives, each channel's figure for
// a split by a figure), name each channel once in the report's order, and
// sum to its amount, each part within one minor unit of its share of the
// amount (in a series' whole report one per sub-period, and a part of a
// split by a figure, which has no share there, is not checked); each channel's Direct and Shared are the sums of its
// parts and add up to its Cost; the channels sum to the Center; the
// categories' cells are the sums of their lines' parts; and every exact
// per-unit figure is its cost over its contacts or minutes, rounded by the
// report's policy.
//
// A report made by the package always passes; use Verify on a report
// decoded from storage or received from another system. It reports every
// disagreement, joined, each a *FieldError at the report's JSON path
// wrapping ErrInvalid; a missing setting is ErrNotSet, a number outside
// the bounds ErrTooLarge, a negative volume ErrNegative, a channel listed
// twice ErrDuplicate, and an impossible SubPeriods ErrOutOfRange.
func (r Report) Verify() error {
	v := &verifier{r: &r}
	if !v.header() {
		return v.errs.join()
	}
	v.channels()
	for i := range r.Lines {
		v.line(i, &r.Lines[i])
	}
	if len(v.errs) == 0 {
		v.channelSums()
		v.center()
		v.categories()
	}
	return v.errs.join()
}

// verifier holds the sums Verify rebuilds.
type verifier struct {
	r       *Report
	pol     policy
	errs    errList
	index   map[Channel]int
	vols    [][measures]number // per channel, as reported
	direct  []exact.Int        // rebuilt from the parts
	shared  []exact.Int
	cells   map[Category]map[int]exact.Int
	catSeen []Category // in order of first appearance in the lines
}

func (v *verifier) bad(l loc, field, detail string) { v.errs.add(l.err(field, ErrInvalid, detail)) }

// header checks the report's settings.
func (v *verifier) header() bool {
	r := v.r
	if r.Currency.IsZero() {
		v.errs.add(argErr("currency", ErrNotSet, ""))
	}
	if r.Period.IsZero() {
		v.errs.add(argErr("period", ErrNotSet, ""))
	}
	if !scopeEnum.valid(int(r.Scope)) {
		v.errs.add(argErr("scope", ErrNotSet, "want "+scopeEnum.list()))
	}
	if r.Convention != 0 && !conventionEnum.valid(int(r.Convention)) {
		v.errs.add(argErr("convention", ErrInvalid, r.Convention.String()))
	}
	if r.SubPeriods < 0 || r.SubPeriods > MaxSubPeriods {
		v.errs.add(argErr("sub_periods", ErrOutOfRange, strconv.Itoa(r.SubPeriods)))
	}
	v.errs.add(r.Rounding.check(loc{path: "rounding"}))
	v.pol = policyOf(r.Rounding, r.Currency)
	return len(v.errs) == 0
}

// units reads money at field of l as minor units.
func (v *verifier) units(l loc, field string, d decimal.Decimal) (exact.Int, bool) {
	n, err := checkNum(l, field, d, true)
	if err != nil {
		v.errs.add(err)
		return exact.Int{}, false
	}
	u, ok := n.Scaled(v.pol.minor)
	if !ok {
		v.bad(l, field, n.String()+" is not a whole number of minor units of "+v.r.Currency.String())
	}
	return u, ok
}

// volume reads a non-negative volume figure.
func (v *verifier) volume(l loc, field string, d decimal.Decimal) number {
	n, err := checkNum(l, field, d, false)
	v.errs.add(err)
	return n
}

// channels indexes the report's channels and reads their volumes.
func (v *verifier) channels() {
	n := len(v.r.Channels)
	v.index = make(map[Channel]int, n)
	v.vols = make([][measures]number, n)
	v.direct, v.shared = make([]exact.Int, n), make([]exact.Int, n)
	v.cells = make(map[Category]map[int]exact.Int)
	for j, f := range v.r.Channels {
		at := loc{path: "channels"}.index(j).named(string(f.Channel))
		if err := checkLabel(at, "channel", string(f.Channel)); err != nil {
			v.errs.add(err)
		} else if _, dup := v.index[f.Channel]; dup {
			v.errs.add(at.err("channel", ErrDuplicate, quote(string(f.Channel))))
		}
		v.index[f.Channel] = j
		v.vols[j] = v.figuresOf(at, &f)
	}
}

// figuresOf reads the five volume figures of f.
func (v *verifier) figuresOf(at loc, f *Figures) (out [measures]number) {
	for m, d := range [measures]decimal.Decimal{MeasureContacts: f.Contacts, MeasureHandleMinutes: f.HandleMinutes,
		MeasureQueueMinutes: f.QueueMinutes, MeasureAgentHours: f.AgentHours, MeasureFTE: f.FTE} {
		if m != 0 {
			out[m] = v.volume(at, Measure(m).String(), d)
		}
	}
	return out
}

// line checks one line and adds its parts to the rebuilt sums.
func (v *verifier) line(i int, line *Line) {
	at := loc{path: "lines"}.index(i).named(line.Name)
	amount, ok := v.units(at, "amount", line.Amount)
	if ok && line.Exact.IsDefined() && !v.withinUnits(ratioOfRat(v.pol.unitsRat(amount)), line.Exact, 1) {
		v.bad(at, "amount", exactDescribe(line.Amount)+" is not the exact amount "+line.Exact.String()+" booked to the minor unit")
	} else if !line.Exact.IsDefined() {
		v.bad(at, "exact", "undefined")
	}
	cells := v.cells[line.Category]
	if cells == nil {
		cells = make(map[int]exact.Int)
		v.cells[line.Category] = cells
		v.catSeen = append(v.catSeen, line.Category)
	}
	if len(line.Parts) == 0 {
		if line.Amount.Sign() != 0 {
			v.bad(at, "parts", "a line with an amount has parts")
		}
		return
	}
	sum, okParts := v.parts(at, line, cells)
	if ok && okParts && sum.Cmp(amount) != 0 {
		v.bad(at, "parts", "sum to "+v.pol.money(sum).String()+", not the amount "+exactDescribe(line.Amount))
	}
	if okParts {
		v.basis(at, line)
	}
}

// parts adds a line's parts to the sums and returns their total.
func (v *verifier) parts(at loc, line *Line, cells map[int]exact.Int) (exact.Int, bool) {
	var sum exact.Int
	ok := true
	prev := -1
	for k, p := range line.Parts {
		pat := at.at("parts").index(k)
		u, okU := v.units(pat, "amount", p.Amount)
		j, known := v.index[p.Channel]
		switch {
		case !known:
			v.bad(pat, "channel", quote(string(p.Channel))+" is not a channel of the report")
		case j <= prev:
			v.bad(pat, "channel", quote(string(p.Channel))+" is not the next channel of the report: a line's parts name each channel once, in the report's order")
			known = false
		default:
			prev = j
		}
		if !okU || !known {
			ok = false
			continue
		}
		sum = sum.Add(u)
		cells[j] = cells[j].Add(u)
		if line.Channel != "" {
			v.direct[j] = v.direct[j].Add(u)
		} else {
			v.shared[j] = v.shared[j].Add(u)
		}
	}
	return sum, ok
}

// withinUnits reports whether |x − y| < n minor units.
func (v *verifier) withinUnits(x, y Ratio, n int) bool {
	d := new(big.Rat).Sub(x.rat(), y.rat())
	d.Abs(d)
	return d.Cmp(v.pol.unitsRat(exact.IntOf(int64(n)))) < 0
}

// basis checks that a line's parts follow its basis: the channels it
// lists, the weights it gives, and each channel's figure for a split by a
// figure.
func (v *verifier) basis(at loc, line *Line) {
	b := line.Basis
	parts := line.Parts
	switch {
	case line.Channel != "":
		if !b.IsZero() {
			v.bad(at, "basis", "a direct line has no basis")
		}
		if len(parts) != 1 || parts[0].Channel != line.Channel || !decimalsEqual(parts[0].Weight, decimalOne) {
			v.bad(at, "parts", "a direct line has one part, on its channel, of weight 1")
			return
		}
	case b.By != 0:
		v.measureParts(at, line)
	default:
		v.weightParts(at, line)
	}
	v.shares(at, line)
}

// measureParts checks a split by a figure: Among lists the parts' channels
// in order, and each part's weight is its channel's figure.
func (v *verifier) measureParts(at loc, line *Line) {
	b := line.Basis
	if !measureEnum.valid(int(b.By)) || len(b.Weights) > 0 || b.Percent {
		v.bad(at, "basis", "a split by a figure has a valid by and no weights")
		return
	}
	if len(b.Among) != len(line.Parts) {
		v.bad(at, "basis.among", strconv.Itoa(len(b.Among))+" channels for "+strconv.Itoa(len(line.Parts))+" parts")
		return
	}
	for k, p := range line.Parts {
		pat := at.at("parts").index(k)
		if b.Among[k] != p.Channel {
			v.bad(pat, "channel", quote(string(p.Channel))+" is not basis.among["+strconv.Itoa(k)+"] "+quote(string(b.Among[k])))
			continue
		}
		w := v.volume(pat, "weight", p.Weight)
		if want := v.vols[v.index[p.Channel]][b.By]; !w.Equal(want) {
			v.bad(pat, "weight", exactDescribe(p.Weight)+" is not the channel's "+b.By.String()+" "+want.String())
		}
	}
}

// weightParts checks a split by weights: each part is a weight of the
// basis, in order, and percentages sum to 100.
func (v *verifier) weightParts(at loc, line *Line) {
	b := line.Basis
	if len(b.Among) > 0 || len(b.Weights) != len(line.Parts) {
		v.bad(at, "basis.weights", "a split by weights has one weight per part and no among")
		return
	}
	var sum number
	for k, p := range line.Parts {
		w := b.Weights[k]
		if w.Channel != p.Channel || !decimalsEqual(w.Value, p.Weight) {
			v.bad(at.at("parts").index(k), "weight", "not basis.weights["+strconv.Itoa(k)+"]")
		}
		if n, err := checkNum(at, "weight", w.Value, false); err == nil {
			sum = exact.Add(sum, n)
		}
	}
	if b.Percent && !sum.Equal(exactHundred) {
		v.bad(at, "basis.weights", "percentages sum to "+sum.String()+", want 100")
	}
}

// shares checks each part's share against its weight, and its amount
// against its share: within one minor unit, or in a series' whole report
// within one unit per sub-period (a split by a figure, whose share varies
// by sub-period, has none there).
func (v *verifier) shares(at loc, line *Line) {
	total := new(big.Rat)
	weights := make([]number, len(line.Parts))
	for k, p := range line.Parts {
		n, err := checkNum(at.at("parts").index(k), "weight", p.Weight, false)
		if err != nil {
			v.errs.add(err)
			return
		}
		weights[k] = n
		total.Add(total, n.Rat())
	}
	amount := ratioOfRat(new(big.Rat))
	if n, err := checkNum(at, "amount", line.Amount, true); err == nil {
		amount = ratioOfNumber(n)
	}
	varies := v.r.SubPeriods > 0 && line.Basis.By != 0
	for k, p := range line.Parts {
		pat := at.at("parts").index(k)
		want := Ratio{}
		if !varies {
			want = quo(weights[k].Rat(), total)
		}
		if !p.Share.Equal(want) {
			v.bad(pat, "share", p.Share.String()+" is not weight / total weight = "+want.String())
			continue
		}
		part, err := checkNum(pat, "amount", p.Amount, true)
		if err != nil || varies {
			continue
		}
		if !v.withinUnits(ratioOfNumber(part), mulRatios(want, amount), max(1, v.r.SubPeriods)) {
			v.bad(pat, "amount", exactDescribe(p.Amount)+" is not the share "+want.String()+" of "+exactDescribe(line.Amount))
		}
	}
}

// channelSums checks each channel's money against the parts, and its
// per-unit figures.
func (v *verifier) channelSums() {
	for j := range v.r.Channels {
		f := &v.r.Channels[j]
		at := loc{path: "channels"}.index(j).named(string(f.Channel))
		d, okD := v.units(at, "direct", f.Direct)
		s, okS := v.units(at, "shared", f.Shared)
		if okD && d.Cmp(v.direct[j]) != 0 {
			v.bad(at, "direct", exactDescribe(f.Direct)+" is not the sum of its direct parts "+v.pol.money(v.direct[j]).String())
		}
		if okS && s.Cmp(v.shared[j]) != 0 {
			v.bad(at, "shared", exactDescribe(f.Shared)+" is not the sum of its shared parts "+v.pol.money(v.shared[j]).String())
		}
		v.costAndRates(at, f, v.direct[j].Add(v.shared[j]), &v.vols[j])
	}
}

// costAndRates checks a Figures' Cost and its exact and rounded per-unit
// figures against the cost it should have.
func (v *verifier) costAndRates(at loc, f *Figures, cost exact.Int, vol *[measures]number) {
	if got, ok := v.units(at, "cost", f.Cost); ok && got.Cmp(cost) != 0 {
		v.bad(at, "cost", exactDescribe(f.Cost)+" is not direct + shared = "+v.pol.money(cost).String())
	}
	costRat := v.pol.unitsRat(cost)
	v.rate(at, "cost_per_contact", f.CostPerContact, f.ExactCostPerContact, quo(costRat, vol[MeasureContacts].Rat()))
	v.rate(at, "cost_per_minute", f.CostPerMinute, f.ExactCostPerMinute, quo(costRat, vol[MeasureHandleMinutes].Rat()))
}

// rate checks an exact per-unit figure and its rounding.
func (v *verifier) rate(at loc, field string, rounded decimal.Decimal, got, want Ratio) {
	if !got.Equal(want) {
		v.bad(at, "exact_"+field, got.String()+" is not "+want.String())
		return
	}
	r, err := checkNum(at, field, rounded, true)
	if err != nil {
		v.errs.add(err)
		return
	}
	if w := v.pol.perUnit(want); !decimalsEqual(r.Decimal(), w) {
		v.bad(at, field, exactDescribe(rounded)+" is not "+want.String()+" rounded by the policy ("+w.String()+")")
	}
}

// center checks the center's figures against the channels'.
func (v *verifier) center() {
	at := loc{path: "center"}
	var vol [measures]number
	var cost exact.Int
	var assisted, all number
	for j, f := range v.r.Channels {
		cost = cost.Add(v.direct[j]).Add(v.shared[j])
		all = exact.Add(all, v.vols[j][MeasureContacts])
		if !f.Automated {
			assisted = exact.Add(assisted, v.vols[j][MeasureContacts])
		}
		if v.r.Scope.counts(f.Automated) {
			for m := MeasureContacts; m <= MeasureFTE; m++ {
				vol[m] = exact.Add(vol[m], v.vols[j][m])
			}
		}
	}
	c := &v.r.Center
	if c.Channel != "" || c.Automated {
		v.bad(at, "channel", "the center names no channel")
	}
	got := v.figuresOf(at, c)
	for m := MeasureContacts; m <= MeasureFTE; m++ {
		if !got[m].Equal(vol[m]) {
			v.bad(at, m.String(), got[m].String()+" is not the sum "+vol[m].String()+" over the channels scope "+v.r.Scope.String()+" counts")
		}
	}
	var direct, shared exact.Int
	for j := range v.r.Channels {
		direct, shared = direct.Add(v.direct[j]), shared.Add(v.shared[j])
	}
	if d, ok := v.units(at, "direct", c.Direct); ok && d.Cmp(direct) != 0 {
		v.bad(at, "direct", exactDescribe(c.Direct)+" is not the channels' sum "+v.pol.money(direct).String())
	}
	if s, ok := v.units(at, "shared", c.Shared); ok && s.Cmp(shared) != 0 {
		v.bad(at, "shared", exactDescribe(c.Shared)+" is not the channels' sum "+v.pol.money(shared).String())
	}
	v.costAndRates(at, c, cost, &vol)
	v.count("assisted_contacts", v.r.AssistedContacts, assisted)
	v.count("all_contacts", v.r.AllContacts, all)
}

// count checks a contact count of the report.
func (v *verifier) count(field string, got decimal.Decimal, want number) {
	if n := v.volume(loc{}, field, got); !n.Equal(want) {
		v.bad(loc{}, field, exactDescribe(got)+" is not the channels' sum "+want.String())
	}
}

// categories checks the category costs against the lines' parts.
func (v *verifier) categories() {
	cats := v.r.Categories
	if len(cats) != len(v.catSeen) {
		v.bad(loc{}, "categories", strconv.Itoa(len(cats))+" categories for the "+strconv.Itoa(len(v.catSeen))+" of the lines")
	}
	for i, cc := range cats {
		at := loc{path: "categories"}.index(i).named(string(cc.Category))
		want, ok := v.cells[cc.Category]
		switch {
		case !ok:
			v.bad(at, "category", "no line has this category")
			continue
		case i < len(v.catSeen) && v.catSeen[i] != cc.Category:
			v.bad(at, "category", "categories follow the order of first appearance in the lines")
		case len(cc.Cells) != len(want):
			v.bad(at, "cells", strconv.Itoa(len(cc.Cells))+" cells for the "+strconv.Itoa(len(want))+" channels the category's parts reach")
			continue
		}
		v.cellsOf(at, cc, want)
	}
}

// cellsOf checks one category's cells and cost.
func (v *verifier) cellsOf(at loc, cc CategoryCost, want map[int]exact.Int) {
	var sum exact.Int
	prev := -1
	for k, cell := range cc.Cells {
		cat := at.at("cells").index(k)
		j, ok := v.index[cell.Channel]
		_, reached := want[j]
		u, okU := v.units(cat, "amount", cell.Amount)
		switch {
		case !ok || !reached || j <= prev:
			v.bad(cat, "channel", quote(string(cell.Channel))+" is not the next channel of the report the category reaches")
			continue
		case !okU:
			continue
		case u.Cmp(want[j]) != 0:
			v.bad(cat, "amount", exactDescribe(cell.Amount)+" is not the sum of the category's parts on the channel, "+v.pol.money(want[j]).String())
		}
		prev = j
		sum = sum.Add(u)
	}
	if c, ok := v.units(at, "cost", cc.Cost); ok && c.Cmp(sum) != 0 {
		v.bad(at, "cost", exactDescribe(cc.Cost)+" is not the sum of its cells "+v.pol.money(sum).String())
	}
}
