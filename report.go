package contactcost

import (
	"math/big"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Report is the cost picture of a model: per channel and in total, what was
// handled, what it cost, and what each contact and each handled minute cost;
// the cost line allocations and the category × channel matrix that explain
// every figure.
//
// Money figures (Direct, Shared, Total, cell and part amounts) are exact
// decimals in the currency's minor unit: each cost line is booked to the
// minor unit once, by the rounding mode, and everything after that is exact
// sums, so
//
//   - each line's parts sum to the line's amount,
//   - each channel's Direct + Shared is its Total,
//   - the channels' totals sum to the report's Total,
//   - each matrix row sums to its Total and each column to the channel's
//     Total.
//
// Per-unit figures come twice: exact (ExactCostPerContact, a Ratio of the
// booked total over the contacts) and rounded once by the policy in
// Rounding (CostPerContact).
//
// A Report is a value that shares no memory with the model it came from.
// Nothing in the package modifies a Report, so it is safe for concurrent
// reads. Verify re-checks all the identities above, for example after
// decoding a stored report.
type Report struct {
	Currency Currency // the model's currency
	Period   Period   // the period reported on
	Scope    Scope    // which contacts the totals count
	Rounding Rounding // the policy the figures were rounded by
	// Convention is the model's day-count convention, which prorated the
	// cost lines; zero when the model set none, which it may only when no
	// line's amount depends on it.
	Convention Convention
	// Channels holds one entry per channel, in the model's volume order.
	Channels []ChannelFigures
	// Total holds the center-wide figures; its contacts and handle minutes
	// count only the channels the scope counts.
	Total Totals
	// Lines holds one entry per cost line, in the model's order.
	Lines []Line
	// Matrix holds one row per category, in order of first appearance in
	// the cost lines; each row has one cell per channel, in Channels order.
	Matrix []CategoryRow
}

// ChannelFigures are the figures of one channel.
type ChannelFigures struct {
	// Channel names the channel.
	Channel Channel
	// Automated is true for channels whose contacts are not agent-assisted.
	Automated     bool
	Contacts      decimal.Decimal // contacts handled
	HandleMinutes decimal.Decimal // total handle minutes
	// Direct is the sum of the channel's direct cost lines.
	Direct decimal.Decimal
	// Shared is the channel's part of the shared cost lines.
	Shared decimal.Decimal
	// Total is Direct + Shared.
	Total decimal.Decimal
	// CostPerContact is ExactCostPerContact rounded by the report's policy.
	CostPerContact decimal.Decimal
	// CostPerMinute is ExactCostPerMinute rounded by the report's policy, or
	// zero when that is undefined.
	CostPerMinute decimal.Decimal
	// ExactCostPerContact is Total / Contacts.
	ExactCostPerContact Ratio
	// ExactCostPerMinute is Total / HandleMinutes; undefined when the
	// channel has no handle minutes.
	ExactCostPerMinute Ratio
}

// Totals are the center-wide figures of a report.
type Totals struct {
	// Contacts counts the contacts of the channels the scope counts.
	Contacts decimal.Decimal
	// AssistedContacts counts the contacts of agent-assisted channels.
	AssistedContacts decimal.Decimal
	// AllContacts counts every contact.
	AllContacts decimal.Decimal
	// HandleMinutes sums the handle minutes of the channels the scope
	// counts.
	HandleMinutes decimal.Decimal
	Direct        decimal.Decimal // the sum of the direct cost lines
	Shared        decimal.Decimal // the sum of the shared cost lines
	// Total is the whole cost of the center in the period.
	Total decimal.Decimal
	// CostPerContact is ExactCostPerContact rounded by the report's policy.
	CostPerContact decimal.Decimal
	// CostPerMinute is ExactCostPerMinute rounded by the policy, or zero
	// when that is undefined.
	CostPerMinute decimal.Decimal
	// ExactCostPerContact is Total / Contacts.
	ExactCostPerContact Ratio
	// ExactCostPerMinute is Total / HandleMinutes; undefined when the
	// counted channels have no handle minutes.
	ExactCostPerMinute Ratio
}

// Line explains one cost line: its amount and how it was split.
type Line struct {
	Name     string   // the cost line's name
	Category Category // its category
	Behavior Behavior // fixed or variable
	Driver   Measure  // what a variable cost varies with
	// Timing says whether the line recurs or is a one-time cost; an
	// excluded one-time cost is reported with a zero amount.
	Timing Timing
	// Channel is the channel of a direct cost, empty for a shared one.
	Channel Channel
	// Basis is the basis of a shared cost, zero for a direct one.
	Basis Basis
	// Exact is the line's exact amount in the period, before booking.
	Exact Ratio
	// Amount is the amount booked: Exact rounded to the minor unit by the
	// report's rounding mode.
	Amount decimal.Decimal
	// Parts gives each channel's part, in the report's channel order. A
	// direct cost has one part with weight 1 and share 1; a shared cost has
	// one part per channel taking part. A line with nothing in the period
	// whose channels have no volume in it has no parts.
	Parts []Part
}

// Part is one channel's part of a cost line.
type Part struct {
	// Channel names the channel.
	Channel Channel
	// Weight is the channel's figure in the basis (its contacts, handle
	// minutes, percentage, ...).
	Weight decimal.Decimal
	// Share is Weight over the sum of the weights: the exact fraction of
	// the line the channel bears before rounding to the minor unit.
	Share Ratio
	// Amount is the channel's part, in minor units; the parts of a line
	// sum exactly to its Amount.
	Amount decimal.Decimal
}

// CategoryRow is one row of the category × channel matrix.
type CategoryRow struct {
	// Category names the row.
	Category Category
	// Cells holds the category's cost on each channel, in the report's
	// channel order.
	Cells []decimal.Decimal
	// Total is the sum of the cells: the category's cost.
	Total decimal.Decimal
}

// tally holds what a report is assembled from, in exact integers and
// rationals: per-channel volumes and costs, each line's parts and the
// category × channel matrix. A series adds the tallies of its periods.
type tally struct {
	channels   []channelTally
	lines      [][]partTally // per line, in report order
	categories []Category
	rows       [][]*big.Int // per category, per channel
}

type channelTally struct {
	channel           Channel
	automated         bool
	contacts, minutes *big.Rat
	direct, shared    *big.Int
}

// ratOne is 1; it is never modified.
var ratOne = big.NewRat(1, 1)

type partTally struct {
	channel int      // index in tally.channels
	amount  *big.Int // minor units
	weight  *big.Rat // the basis figure (1 for a direct line)
}

// report computes the report of a validated model. Each line is booked by
// rounding its exact amount, unless override gives the booked amounts (in
// minor units, one per line).
func (c *compiled) report(override []*big.Int) Report {
	rep, _ := c.build(override, false)
	return rep
}

// build computes the report and the tally it was assembled from; the parts
// of each line are tallied only with withParts (a series' total needs them,
// a report does not).
func (c *compiled) build(override []*big.Int, withParts bool) (Report, tally) {
	minor := c.m.Currency.MinorUnits()
	t := tally{channels: make([]channelTally, len(c.channels))}
	if withParts {
		t.lines = make([][]partTally, len(c.costs))
	}
	for j, ch := range c.channels {
		t.channels[j] = channelTally{
			channel: ch.vol.Channel, automated: ch.automated,
			contacts: ch.figures[Contacts].rat(), minutes: ch.figures[HandleMinutes].rat(),
			direct: new(big.Int), shared: new(big.Int),
		}
	}
	rowOf := make(map[Category]int)
	lines := make([]Line, len(c.costs))
	for i, cd := range c.costs {
		cost := cd.cost
		booked := roundRat(cd.exact, minor, c.m.Rounding.Mode)
		if override != nil {
			booked = override[i]
		}
		r, ok := rowOf[cost.Category]
		if !ok {
			r = len(t.rows)
			rowOf[cost.Category] = r
			t.categories = append(t.categories, cost.Category)
			t.rows = append(t.rows, newBigs(len(c.channels)))
		}
		line := lineOf(cost, Ratio{cd.exact}, decimal.NewFromBigInt(booked, -minor))
		switch {
		case cd.direct >= 0:
			j := cd.direct
			t.channels[j].direct.Add(t.channels[j].direct, booked)
			t.rows[r][j].Add(t.rows[r][j], booked)
			line.Parts = []Part{{Channel: cost.Channel, Weight: decimal.NewFromInt(1), Share: Ratio{big.NewRat(1, 1)}, Amount: line.Amount}}
			if withParts {
				t.lines[i] = []partTally{{channel: j, amount: booked, weight: ratOne}}
			}
		case cd.alloc != nil:
			wv := cd.alloc
			parts := wv.split(booked)
			// Parts come in tie-break (channel name) order; show them in
			// the report's channel order.
			line.Parts = make([]Part, len(parts))
			if withParts {
				t.lines[i] = make([]partTally, len(parts))
			}
			for n, k := range wv.display {
				j := wv.members[k]
				t.channels[j].shared.Add(t.channels[j].shared, parts[k])
				t.rows[r][j].Add(t.rows[r][j], parts[k])
				line.Parts[n] = Part{
					Channel: c.channels[j].vol.Channel,
					Weight:  wv.values[k],
					Share:   wv.shares[k],
					Amount:  decimal.NewFromBigInt(parts[k], -minor),
				}
				if withParts {
					t.lines[i][n] = partTally{channel: j, amount: parts[k], weight: wv.rats[k]}
				}
			}
		}
		lines[i] = line
	}
	rep := Report{
		Currency:   c.m.Currency,
		Period:     c.m.Period,
		Scope:      c.m.Scope,
		Rounding:   c.m.Rounding,
		Convention: c.m.Convention,
		Lines:      lines,
	}
	rep.assemble(t)
	return rep, t
}

// lineOf starts the Line of a cost line with its exact and booked amounts.
func lineOf(cost Cost, exact Ratio, amount decimal.Decimal) Line {
	return Line{
		Name:     cost.Name,
		Category: cost.Category,
		Behavior: cost.Behavior,
		Driver:   cost.Driver,
		Timing:   cost.Timing,
		Channel:  cost.Channel,
		Basis:    cloneBasis(cost.Basis),
		Exact:    exact,
		Amount:   amount,
	}
}

// assemble fills rep's channel figures, totals and matrix from t, rounding
// per-unit figures by rep's policy. rep's currency, scope and rounding must
// be set.
func (rep *Report) assemble(t tally) {
	minor := rep.Currency.MinorUnits()
	scale := rep.Rounding.Scale(rep.Currency)
	mode := rep.Rounding.Mode
	money := func(v *big.Int) decimal.Decimal { return decimal.NewFromBigInt(v, -minor) }
	perUnit := func(x Ratio) decimal.Decimal {
		if !x.IsDefined() {
			return decimal.Decimal{}
		}
		return decimal.NewFromBigInt(roundRat(x.r, scale, mode), -scale)
	}
	nch := len(t.channels)
	rep.Channels = make([]ChannelFigures, nch)
	var sumDirect, sumShared big.Int
	counted, assisted, all, countedMinutes := new(big.Rat), new(big.Rat), new(big.Rat), new(big.Rat)
	for j, ch := range t.channels {
		total := new(big.Int).Add(ch.direct, ch.shared)
		sumDirect.Add(&sumDirect, ch.direct)
		sumShared.Add(&sumShared, ch.shared)
		totalRat := new(big.Rat).SetFrac(total, pow10(int64(minor)))
		cpc := quoRat(totalRat, ch.contacts)
		cpm := quoRat(totalRat, ch.minutes)
		all.Add(all, ch.contacts)
		if !ch.automated {
			assisted.Add(assisted, ch.contacts)
		}
		if rep.Scope.counts(ch.automated) {
			counted.Add(counted, ch.contacts)
			countedMinutes.Add(countedMinutes, ch.minutes)
		}
		rep.Channels[j] = ChannelFigures{
			Channel:             ch.channel,
			Automated:           ch.automated,
			Contacts:            ratDecimal(ch.contacts),
			HandleMinutes:       ratDecimal(ch.minutes),
			Direct:              money(ch.direct),
			Shared:              money(ch.shared),
			Total:               money(total),
			CostPerContact:      perUnit(cpc),
			CostPerMinute:       perUnit(cpm),
			ExactCostPerContact: cpc,
			ExactCostPerMinute:  cpm,
		}
	}
	grand := new(big.Int).Add(&sumDirect, &sumShared)
	grandRat := new(big.Rat).SetFrac(grand, pow10(int64(minor)))
	cpc := quoRat(grandRat, counted)
	cpm := quoRat(grandRat, countedMinutes)
	rep.Total = Totals{
		Contacts:            ratDecimal(counted),
		AssistedContacts:    ratDecimal(assisted),
		AllContacts:         ratDecimal(all),
		HandleMinutes:       ratDecimal(countedMinutes),
		Direct:              money(&sumDirect),
		Shared:              money(&sumShared),
		Total:               money(grand),
		CostPerContact:      perUnit(cpc),
		CostPerMinute:       perUnit(cpm),
		ExactCostPerContact: cpc,
		ExactCostPerMinute:  cpm,
	}
	rep.Matrix = make([]CategoryRow, len(t.rows))
	for r, row := range t.rows {
		cells := make([]decimal.Decimal, nch)
		sum := new(big.Int)
		for j, v := range row {
			cells[j] = money(v)
			sum.Add(sum, v)
		}
		rep.Matrix[r] = CategoryRow{Category: t.categories[r], Cells: cells, Total: money(sum)}
	}
}

func newBigs(n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = new(big.Int)
	}
	return out
}

// ratDecimal returns a rational known to be a terminating decimal (a sum of
// decimals) as a decimal.
func ratDecimal(r *big.Rat) decimal.Decimal {
	d, _ := Ratio{r}.Exact()
	return d
}

func cloneBasis(b Basis) Basis {
	return Basis{Kind: b.Kind, Weights: slices.Clone(b.Weights), Among: slices.Clone(b.Among)}
}

// Verify checks that the report's figures agree with each other: money is
// in whole minor units, each line's amount is within one minor unit of its
// exact amount and its parts sum to it, each channel's
// Direct and Shared are the sums of its parts and add up to its Total, the
// channels sum to the totals, the matrix sums by row and by column, each
// exact per-unit figure is its total over its contacts or minutes, and each
// rounded figure is its exact figure rounded by the report's policy.
//
// A report made by Model.Report always passes; use Verify on a report decoded
// from storage or received from another system. It reports every
// disagreement, joined, each wrapping ErrInvalid (or ErrTooLarge for numbers
// outside the package bounds).
func (r Report) Verify() error {
	v := verifier{r: r}
	if r.Currency.IsZero() {
		return fieldErr("", "currency", ErrNotSet, "")
	}
	if err := r.Rounding.Validate(); err != nil {
		return err
	}
	return v.run()
}

// verifier holds the state of Report.Verify.
type verifier struct {
	r    Report
	errs errList
}

func (v *verifier) bad(where, field, detail string) {
	v.errs.add(fieldErr(where, field, ErrInvalid, detail))
}

// units returns d as a count of minor units, or nil after reporting why it
// is not one.
func (v *verifier) units(where, field string, d decimal.Decimal) *big.Int {
	n, err := checkDecimal(d)
	if err != nil {
		v.errs.add(fieldErr(where, field, err, tooLargeDetail))
		return nil
	}
	u, ok := n.scaled(v.r.Currency.MinorUnits())
	if !ok {
		v.bad(where, field, decString(d)+" is not a whole number of minor units of "+v.r.Currency.Code())
		return nil
	}
	return u
}

// volume returns a volume figure as a rational, or nil after reporting.
func (v *verifier) volume(where, field string, d decimal.Decimal) *big.Rat {
	n, err := checkDecimal(d)
	if err != nil {
		v.errs.add(fieldErr(where, field, err, tooLargeDetail))
		return nil
	}
	return n.rat()
}

// perUnit checks an exact per-unit figure against total/quantity and its
// rounded form against the policy.
func (v *verifier) perUnit(where, field string, total *big.Int, quantity *big.Rat, rounded decimal.Decimal, exact Ratio) {
	if total == nil || quantity == nil {
		return
	}
	minor := v.r.Currency.MinorUnits()
	want := quoRat(new(big.Rat).SetFrac(total, pow10(int64(minor))), quantity)
	if !exact.Equal(want) {
		v.bad(where, "exact_"+field, exact.String()+" is not "+want.String())
		return
	}
	scale := v.r.Rounding.Scale(v.r.Currency)
	wantRounded := decimal.Decimal{}
	if want.IsDefined() {
		wantRounded = decimal.NewFromBigInt(roundRat(want.r, scale, v.r.Rounding.Mode), -scale)
	}
	n, err := checkDecimal(rounded)
	if err != nil {
		v.errs.add(fieldErr(where, field, err, tooLargeDetail))
		return
	}
	if n.rat().Cmp(wantRounded.Rat()) != 0 {
		v.bad(where, field, decString(rounded)+" is not "+want.String()+" rounded by the policy ("+wantRounded.String()+")")
	}
}

// lineExact checks that a line's amount is within one minor unit of its
// exact amount (a report books it by rounding, a series by distributing the
// booked amount of the whole span; both stay within one unit).
func (v *verifier) lineExact(where string, line Line, amount *big.Int) {
	if amount == nil {
		return
	}
	if !line.Exact.IsDefined() {
		v.bad(where, "exact_amount", "undefined")
		return
	}
	unit := new(big.Rat).SetFrac(bigOne, pow10(int64(v.r.Currency.MinorUnits())))
	diff := new(big.Rat).SetFrac(amount, pow10(int64(v.r.Currency.MinorUnits())))
	diff.Sub(diff, line.Exact.r)
	if diff.Abs(diff).Cmp(unit) >= 0 {
		v.bad(where, "amount", decString(line.Amount)+" is not within one minor unit of the exact amount "+line.Exact.String())
	}
}

// shares checks that each part's share is its weight over the sum of the
// weights (one part with share 1 for a direct line).
func (v *verifier) shares(where string, line Line) {
	total := new(big.Rat)
	weights := make([]*big.Rat, len(line.Parts))
	for k, p := range line.Parts {
		weights[k] = v.volume(where, "parts["+strconv.Itoa(k)+"].weight", p.Weight)
		if weights[k] == nil || weights[k].Sign() < 0 {
			return
		}
		total.Add(total, weights[k])
	}
	if len(line.Parts) == 0 {
		if line.Amount.Sign() != 0 {
			v.bad(where, "parts", "a line with an amount has parts")
		}
		return
	}
	if line.Channel != "" && (len(line.Parts) != 1 || line.Parts[0].Channel != line.Channel) {
		v.bad(where, "parts", "a direct line has one part, on its channel")
		return
	}
	for k, p := range line.Parts {
		if want := quoRat(weights[k], total); !p.Share.Equal(want) {
			v.bad(where, "parts["+strconv.Itoa(k)+"].share", p.Share.String()+" is not weight / total weight = "+want.String())
		}
	}
}

func (v *verifier) run() error {
	r := v.r
	nch := len(r.Channels)
	channelIndex := make(map[Channel]int, nch)
	for j, ch := range r.Channels {
		channelIndex[ch.Channel] = j
	}
	direct, shared := newBigs(nch), newBigs(nch)
	cells := make(map[Category][]*big.Int)
	var categories []Category
	for i, line := range r.Lines {
		row, seen := cells[line.Category]
		if !seen {
			row = newBigs(nch)
			cells[line.Category] = row
			categories = append(categories, line.Category)
		}
		where := whereCost(i, line.Name)
		amount := v.units(where, "amount", line.Amount)
		sum := new(big.Int)
		ok := amount != nil
		for k, p := range line.Parts {
			field := "parts[" + strconv.Itoa(k) + "]"
			u := v.units(where, field+".amount", p.Amount)
			j, known := channelIndex[p.Channel]
			if !known {
				v.bad(where, field+".channel", quoteTrunc(string(p.Channel))+" is not a channel of the report")
			}
			if u == nil || !known {
				ok = false
				continue
			}
			sum.Add(sum, u)
			row[j].Add(row[j], u)
			if line.Channel != "" {
				direct[j].Add(direct[j], u)
			} else {
				shared[j].Add(shared[j], u)
			}
		}
		v.lineExact(where, line, amount)
		v.shares(where, line)
		if ok && sum.Cmp(amount) != 0 {
			v.bad(where, "parts", "sum to "+decimal.NewFromBigInt(sum, -r.Currency.MinorUnits()).String()+
				", not the amount "+decString(line.Amount))
		}
	}

	minor := r.Currency.MinorUnits()
	sumDirect, sumShared, sumTotal := new(big.Int), new(big.Int), new(big.Int)
	counted, assisted, all, countedMinutes := new(big.Rat), new(big.Rat), new(big.Rat), new(big.Rat)
	for j, ch := range r.Channels {
		where := whereVolume(j, ch.Channel)
		d := v.units(where, "direct", ch.Direct)
		s := v.units(where, "shared", ch.Shared)
		t := v.units(where, "total", ch.Total)
		if d != nil && d.Cmp(direct[j]) != 0 {
			v.bad(where, "direct", decString(ch.Direct)+" is not the sum of its direct parts "+decimal.NewFromBigInt(direct[j], -minor).String())
		}
		if s != nil && s.Cmp(shared[j]) != 0 {
			v.bad(where, "shared", decString(ch.Shared)+" is not the sum of its shared parts "+decimal.NewFromBigInt(shared[j], -minor).String())
		}
		if d != nil && s != nil && t != nil {
			if new(big.Int).Add(d, s).Cmp(t) != 0 {
				v.bad(where, "total", decString(ch.Total)+" is not direct + shared")
			}
			sumDirect.Add(sumDirect, d)
			sumShared.Add(sumShared, s)
			sumTotal.Add(sumTotal, t)
		}
		contacts := v.volume(where, "contacts", ch.Contacts)
		minutes := v.volume(where, "handle_minutes", ch.HandleMinutes)
		v.perUnit(where, "cost_per_contact", t, contacts, ch.CostPerContact, ch.ExactCostPerContact)
		v.perUnit(where, "cost_per_minute", t, minutes, ch.CostPerMinute, ch.ExactCostPerMinute)
		if contacts != nil && minutes != nil {
			all.Add(all, contacts)
			if !ch.Automated {
				assisted.Add(assisted, contacts)
			}
			if r.Scope.counts(ch.Automated) {
				counted.Add(counted, contacts)
				countedMinutes.Add(countedMinutes, minutes)
			}
		}
	}
	if len(v.errs) > 0 {
		return v.errs.join() // the totals cannot be checked on broken channels
	}

	t := r.Total
	checkSum := func(field string, got decimal.Decimal, want *big.Int) {
		if u := v.units("total", field, got); u != nil && u.Cmp(want) != 0 {
			v.bad("total", field, decString(got)+" is not the channels' sum "+decimal.NewFromBigInt(want, -minor).String())
		}
	}
	checkSum("direct", t.Direct, sumDirect)
	checkSum("shared", t.Shared, sumShared)
	checkSum("total", t.Total, sumTotal)
	checkCount := func(field string, got decimal.Decimal, want *big.Rat) {
		if q := v.volume("total", field, got); q != nil && q.Cmp(want) != 0 {
			v.bad("total", field, decString(got)+" is not the channels' sum "+ratDecimal(want).String()+" under scope "+r.Scope.String())
		}
	}
	checkCount("contacts", t.Contacts, counted)
	checkCount("assisted_contacts", t.AssistedContacts, assisted)
	checkCount("all_contacts", t.AllContacts, all)
	checkCount("handle_minutes", t.HandleMinutes, countedMinutes)
	v.perUnit("total", "cost_per_contact", sumTotal, counted, t.CostPerContact, t.ExactCostPerContact)
	v.perUnit("total", "cost_per_minute", sumTotal, countedMinutes, t.CostPerMinute, t.ExactCostPerMinute)

	if len(r.Matrix) != len(categories) {
		v.bad("", "matrix", strconv.Itoa(len(r.Matrix))+" rows for the "+strconv.Itoa(len(categories))+" categories of the lines")
	}
	for i, row := range r.Matrix {
		where := "matrix[" + strconv.Itoa(i) + "] " + quoteTrunc(string(row.Category))
		want, ok := cells[row.Category]
		switch {
		case !ok:
			v.bad(where, "category", "no cost line has this category")
			continue
		case i < len(categories) && categories[i] != row.Category:
			v.bad(where, "category", "rows must follow the order of first appearance in the lines")
		case len(row.Cells) != nch:
			v.bad(where, "cells", strconv.Itoa(len(row.Cells))+" cells for "+strconv.Itoa(nch)+" channels")
			continue
		}
		sum := new(big.Int)
		for j, cell := range row.Cells {
			u := v.units(where, "cells["+strconv.Itoa(j)+"]", cell)
			if u == nil {
				continue
			}
			sum.Add(sum, u)
			if u.Cmp(want[j]) != 0 {
				v.bad(where, "cells["+strconv.Itoa(j)+"]", decString(cell)+" is not the sum of the category's parts on channel "+
					quoteTrunc(string(r.Channels[j].Channel))+" ("+decimal.NewFromBigInt(want[j], -minor).String()+")")
			}
		}
		if u := v.units(where, "total", row.Total); u != nil && u.Cmp(sum) != 0 {
			v.bad(where, "total", decString(row.Total)+" is not the sum of its cells "+decimal.NewFromBigInt(sum, -minor).String())
		}
	}
	return v.errs.join()
}
