package contactcost

import (
	"strconv"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Verify checks a series: each report verifies ([Report.Verify]); the
// reports are the whole span's sub-periods, in order, with its currency,
// scope and rounding, and Whole.SubPeriods counts them; and every figure of
// Whole is the sum of the same figure over Reports: each channel's volumes,
// direct, shared and cost; the center's direct, shared and cost; each
// line's amount and each of its parts; each category's cost and cells. A
// series made by the package always passes. Problems are *FieldErrors at
// "reports[k]..." or "whole..." wrapping ErrInvalid (and what
// Report.Verify returns).
func (s Series) Verify() error {
	var errs errList
	for k, r := range s.Reports {
		errs.add(prefixErrors("reports["+strconv.Itoa(k)+"]", r.Verify()))
	}
	errs.add(prefixErrors("whole", s.Whole.Verify()))
	if len(errs) > 0 {
		return errs.join()
	}
	errs.add(s.checkSpan())
	if len(errs) > 0 {
		return errs.join()
	}
	sum := newSeriesSum(s.Whole.Currency.MinorUnits())
	for _, r := range s.Reports {
		sum.add(&r)
	}
	return sum.compare(&s.Whole)
}

// checkSpan checks that the reports are the whole's sub-periods, in order,
// and share its settings.
func (s Series) checkSpan() error {
	w := &s.Whole
	at := loc{path: "whole"}
	if len(s.Reports) == 0 || w.SubPeriods != len(s.Reports) {
		return at.err("sub_periods", ErrInvalid, strconv.Itoa(w.SubPeriods)+" for "+strconv.Itoa(len(s.Reports))+" reports")
	}
	next := w.Period.start
	for k, r := range s.Reports {
		rat := loc{path: "reports"}.index(k)
		switch {
		case r.Period.start != next:
			return rat.err("period", ErrInvalid, r.Period.String()+" does not start where the sub-period before ends, "+next.String())
		case r.Currency != w.Currency || r.Scope != w.Scope || r.Rounding != w.Rounding || r.SubPeriods != 0:
			return rat.err("", ErrInvalid, "a sub-period report has the whole's currency, scope and rounding")
		case len(r.Lines) != len(w.Lines):
			return rat.err("lines", ErrInvalid, strconv.Itoa(len(r.Lines))+" lines, the whole has "+strconv.Itoa(len(w.Lines)))
		}
		next = r.Period.end
	}
	if next != w.Period.end {
		return at.err("period", ErrInvalid, "the sub-periods end on "+next.String()+", not with the whole span")
	}
	return nil
}

// seriesSum adds up the figures of a series' sub-period reports.
type seriesSum struct {
	minor      int32
	channels   map[Channel]*[8]exact.Int // direct, shared, cost, then the five volumes in 10^-30 units
	center     [3]exact.Int
	lines      [][]exact.Int // per line: its amount, then its parts by channel order of appearance
	parts      []map[Channel]exact.Int
	categories map[Category]map[Channel]exact.Int // "" channel: the category's cost
}

func newSeriesSum(minor int32) *seriesSum {
	return &seriesSum{minor: minor, channels: make(map[Channel]*[8]exact.Int), categories: make(map[Category]map[Channel]exact.Int)}
}

// money reads a verified money figure in minor units.
func (ss *seriesSum) money(d decimal.Decimal) exact.Int {
	n, _ := exact.FromDecimal(d)
	u, _ := n.Scaled(ss.minor)
	return u
}

// volume reads a verified volume figure in units of 10^-MaxFractionDigits.
func volumeUnits(d decimal.Decimal) exact.Int {
	n, _ := exact.FromDecimal(d)
	u, _ := n.Scaled(MaxFractionDigits)
	return u
}

func (ss *seriesSum) add(r *Report) {
	for _, f := range r.Channels {
		c := ss.channels[f.Channel]
		if c == nil {
			c = new([8]exact.Int)
			ss.channels[f.Channel] = c
		}
		for k, d := range []decimal.Decimal{f.Direct, f.Shared, f.Cost} {
			c[k] = c[k].Add(ss.money(d))
		}
		for k, d := range []decimal.Decimal{f.Contacts, f.HandleMinutes, f.QueueMinutes, f.AgentHours, f.FTE} {
			c[3+k] = c[3+k].Add(volumeUnits(d))
		}
	}
	for k, d := range []decimal.Decimal{r.Center.Direct, r.Center.Shared, r.Center.Cost} {
		ss.center[k] = ss.center[k].Add(ss.money(d))
	}
	if ss.parts == nil {
		ss.lines, ss.parts = make([][]exact.Int, len(r.Lines)), make([]map[Channel]exact.Int, len(r.Lines))
	}
	for i, line := range r.Lines {
		if ss.parts[i] == nil {
			ss.lines[i], ss.parts[i] = []exact.Int{{}}, make(map[Channel]exact.Int)
		}
		ss.lines[i][0] = ss.lines[i][0].Add(ss.money(line.Amount))
		for _, p := range line.Parts {
			ss.parts[i][p.Channel] = ss.parts[i][p.Channel].Add(ss.money(p.Amount))
		}
	}
	for _, cc := range r.Categories {
		cells := ss.categories[cc.Category]
		if cells == nil {
			cells = make(map[Channel]exact.Int)
			ss.categories[cc.Category] = cells
		}
		cells[""] = cells[""].Add(ss.money(cc.Cost))
		for _, cell := range cc.Cells {
			cells[cell.Channel] = cells[cell.Channel].Add(ss.money(cell.Amount))
		}
	}
}

// compare checks the whole against the sums.
func (ss *seriesSum) compare(w *Report) error {
	var errs errList
	bad := func(l loc, field string, got, want exact.Int) {
		if got.Cmp(want) != 0 {
			errs.add(l.err(field, ErrInvalid, got.String()+" is not the sub-periods' sum "+want.String()+" (in units of the figure)"))
		}
	}
	for j, f := range w.Channels {
		at := loc{path: "whole.channels"}.index(j).named(string(f.Channel))
		c := ss.channels[f.Channel]
		if c == nil {
			errs.add(at.err("channel", ErrInvalid, "no sub-period has this channel"))
			continue
		}
		for k, d := range []decimal.Decimal{f.Direct, f.Shared, f.Cost} {
			bad(at, [...]string{"direct", "shared", "cost"}[k], ss.money(d), c[k])
		}
		for k, d := range []decimal.Decimal{f.Contacts, f.HandleMinutes, f.QueueMinutes, f.AgentHours, f.FTE} {
			bad(at, Measure(k+1).String(), volumeUnits(d), c[3+k])
		}
	}
	if len(w.Channels) != len(ss.channels) {
		errs.add(loc{path: "whole"}.err("channels", ErrInvalid, strconv.Itoa(len(w.Channels))+" channels, the sub-periods have "+strconv.Itoa(len(ss.channels))))
	}
	for k, d := range []decimal.Decimal{w.Center.Direct, w.Center.Shared, w.Center.Cost} {
		bad(loc{path: "whole.center"}, [...]string{"direct", "shared", "cost"}[k], ss.money(d), ss.center[k])
	}
	ss.compareLines(w, bad)
	ss.compareCategories(w, bad, &errs)
	return errs.join()
}

// compareLines checks each line's amount and parts against the sums.
func (ss *seriesSum) compareLines(w *Report, bad func(loc, string, exact.Int, exact.Int)) {
	for i, line := range w.Lines {
		at := loc{path: "whole.lines"}.index(i).named(line.Name)
		bad(at, "amount", ss.money(line.Amount), ss.lines[i][0])
		seen := 0
		for k, p := range line.Parts {
			bad(at.at("parts").index(k), "amount", ss.money(p.Amount), ss.parts[i][p.Channel])
			if _, ok := ss.parts[i][p.Channel]; ok {
				seen++
			}
		}
		if seen != len(ss.parts[i]) {
			bad(at, "parts", exact.IntOf(int64(len(line.Parts))), exact.IntOf(int64(len(ss.parts[i]))))
		}
	}
}

// compareCategories checks each category's cost and cells against the sums.
func (ss *seriesSum) compareCategories(w *Report, bad func(loc, string, exact.Int, exact.Int), errs *errList) {
	for i, cc := range w.Categories {
		at := loc{path: "whole.categories"}.index(i).named(string(cc.Category))
		cells, ok := ss.categories[cc.Category]
		if !ok {
			errs.add(at.err("category", ErrInvalid, "no sub-period has this category"))
			continue
		}
		bad(at, "cost", ss.money(cc.Cost), cells[""])
		for k, cell := range cc.Cells {
			bad(at.at("cells").index(k), "amount", ss.money(cell.Amount), cells[cell.Channel])
		}
	}
}
