package contactcost

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// The JSON form of a Report: money as strings with the currency's
// minor-unit places ("1250.00"), rounded per-unit figures with the
// policy's places, exact figures in the Ratio.String form ("1000/3"), and
// null for undefined figures. See testdata/sample_report.json.

// MarshalJSON encodes the report in its JSON form. It fails, naming the
// field, for money that is not a whole number of minor units or a rounded
// figure with more places than the policy's (writing it would round it,
// and the output would not be the report), and for numbers outside the
// package bounds.
func (r Report) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.report(loc{}, &r)
	return w.b, w.err
}

func (w *jsonWriter) report(l loc, r *Report) {
	minor, scale := r.Currency.MinorUnits(), r.Rounding.Scale(r.Currency)
	w.open('{')
	w.field("currency", r.Currency.String())
	w.field("period", r.Period.String())
	w.enum(l.at("scope"), scopeEnum, int(r.Scope))
	w.key("rounding")
	w.rounding(r.Rounding)
	if r.Convention != 0 {
		w.enum(l.at("convention"), conventionEnum, int(r.Convention))
	}
	if r.SubPeriods != 0 {
		w.key("sub_periods")
		w.raw(strconv.Itoa(r.SubPeriods))
	}
	w.key("channels")
	w.open('[')
	for j := range r.Channels {
		w.figures(l.at("channels").index(j).named(string(r.Channels[j].Channel)), &r.Channels[j], minor, scale, true)
	}
	w.close(']')
	w.key("center")
	w.figures(l.at("center"), &r.Center, minor, scale, false)
	w.numField(l, "assisted_contacts", r.AssistedContacts, false)
	w.numField(l, "all_contacts", r.AllContacts, false)
	w.key("lines")
	w.open('[')
	for i := range r.Lines {
		w.line(l.at("lines").index(i).named(r.Lines[i].Name), &r.Lines[i], minor)
	}
	w.close(']')
	w.key("categories")
	w.open('[')
	for i, c := range r.Categories {
		w.category(l.at("categories").index(i).named(string(c.Category)), c, minor)
	}
	w.close(']')
	w.close('}')
}

// moneyField writes money with the currency's places.
func (w *jsonWriter) moneyField(l loc, key string, d decimal.Decimal, minor int32) {
	w.key(key)
	w.fixed(l.at(key), d, minor)
}

// rateField writes a rounded per-unit figure, or null when its exact
// figure is undefined.
func (w *jsonWriter) rateField(l loc, key string, d decimal.Decimal, x Ratio, scale int32) {
	w.key(key)
	if !x.IsDefined() {
		w.raw("null")
		return
	}
	w.fixed(l.at(key), d, scale)
}

func (w *jsonWriter) figures(l loc, f *Figures, minor, scale int32, channel bool) {
	w.open('{')
	if channel {
		w.field("channel", string(f.Channel))
		w.key("automated")
		w.raw(strconv.FormatBool(f.Automated))
	}
	for m, d := range [...]decimal.Decimal{f.Contacts, f.HandleMinutes, f.QueueMinutes, f.AgentHours, f.FTE} {
		w.numField(l, Measure(m+1).String(), d, false)
	}
	w.moneyField(l, "direct", f.Direct, minor)
	w.moneyField(l, "shared", f.Shared, minor)
	w.moneyField(l, "cost", f.Cost, minor)
	w.rateField(l, "cost_per_contact", f.CostPerContact, f.ExactCostPerContact, scale)
	w.rateField(l, "cost_per_minute", f.CostPerMinute, f.ExactCostPerMinute, scale)
	w.key("exact_cost_per_contact")
	w.ratio(f.ExactCostPerContact)
	w.key("exact_cost_per_minute")
	w.ratio(f.ExactCostPerMinute)
	w.close('}')
}

func (w *jsonWriter) line(l loc, line *Line, minor int32) {
	w.open('{')
	w.field("name", line.Name)
	w.field("category", string(line.Category))
	if line.VariesWith != 0 {
		w.enum(l.at("varies_with"), measureEnum, int(line.VariesWith))
	}
	if line.Timing != TimingRecurring {
		w.enum(l.at("timing"), timingEnum, int(line.Timing))
	}
	if line.Channel != "" {
		w.field("channel", string(line.Channel))
	}
	if !line.Basis.IsZero() {
		w.key("basis")
		w.basis(l.at("basis"), line.Basis)
	}
	w.key("exact_amount")
	w.ratio(line.Exact)
	w.moneyField(l, "amount", line.Amount, minor)
	w.key("parts")
	w.open('[')
	for k, p := range line.Parts {
		at := l.at("parts").index(k)
		w.open('{')
		w.field("channel", string(p.Channel))
		w.numField(at, "weight", p.Weight, false)
		w.key("share")
		w.ratio(p.Share)
		w.moneyField(at, "amount", p.Amount, minor)
		w.close('}')
	}
	w.close(']')
	w.close('}')
}

func (w *jsonWriter) category(l loc, c CategoryCost, minor int32) {
	w.open('{')
	w.field("category", string(c.Category))
	w.moneyField(l, "cost", c.Cost, minor)
	w.key("cells")
	w.open('[')
	for k, cell := range c.Cells {
		w.open('{')
		w.field("channel", string(cell.Channel))
		w.moneyField(l.at("cells").index(k), "amount", cell.Amount, minor)
		w.close('}')
	}
	w.close(']')
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// and bounds of Model.UnmarshalJSON, and then checks the report with
// Verify, so a report whose figures do not reconcile is refused.
func (r *Report) UnmarshalJSON(data []byte) error {
	j := newJSONReader(data)
	var out Report
	j.report(loc{}, &out)
	if err := j.done(); err != nil {
		return err
	}
	if err := out.Verify(); err != nil {
		return err
	}
	*r = out
	return nil
}

func (j *jsonReader) report(l loc, r *Report) {
	j.object(l,
		req("currency", func(l loc) { r.Currency = j.currency(l) }),
		req("period", func(l loc) { r.Period = j.period(l) }),
		req("scope", func(l loc) { j.enumText(l, scopeEnum, (*uint8)(&r.Scope)) }),
		req("rounding", func(l loc) { r.Rounding = j.rounding(l) }),
		opt("convention", func(l loc) { j.enumText(l, conventionEnum, (*uint8)(&r.Convention)) }),
		opt("sub_periods", func(l loc) { r.SubPeriods = j.integer(l, MaxSubPeriods) }),
		req("channels", func(l loc) {
			j.array(l, MaxChannels, func(_ int, at loc) { r.Channels = append(r.Channels, j.figures(at, true)) })
		}),
		req("center", func(l loc) { r.Center = j.figures(l, false) }),
		req("assisted_contacts", func(l loc) { r.AssistedContacts = j.number(l) }),
		req("all_contacts", func(l loc) { r.AllContacts = j.number(l) }),
		req("lines", func(l loc) {
			j.array(l, MaxCostLines, func(_ int, at loc) { r.Lines = append(r.Lines, j.line(at)) })
		}),
		req("categories", func(l loc) {
			j.array(l, MaxCostLines, func(_ int, at loc) { r.Categories = append(r.Categories, j.category(at)) })
		}),
	)
}

func (j *jsonReader) figures(l loc, channel bool) Figures {
	var f Figures
	fields := []jsonField{
		req("contacts", func(l loc) { f.Contacts = j.number(l) }),
		req("handle_minutes", func(l loc) { f.HandleMinutes = j.number(l) }),
		req("queue_minutes", func(l loc) { f.QueueMinutes = j.number(l) }),
		req("agent_hours", func(l loc) { f.AgentHours = j.number(l) }),
		req("fte", func(l loc) { f.FTE = j.number(l) }),
		req("direct", func(l loc) { f.Direct = j.number(l) }),
		req("shared", func(l loc) { f.Shared = j.number(l) }),
		req("cost", func(l loc) { f.Cost = j.number(l) }),
		req("cost_per_contact", func(l loc) { f.CostPerContact = j.optNumber(l) }),
		req("cost_per_minute", func(l loc) { f.CostPerMinute = j.optNumber(l) }),
		req("exact_cost_per_contact", func(l loc) { f.ExactCostPerContact = j.ratio(l) }),
		req("exact_cost_per_minute", func(l loc) { f.ExactCostPerMinute = j.ratio(l) }),
	}
	if channel {
		fields = append(fields,
			req("channel", func(l loc) { f.Channel = Channel(j.label(l)) }),
			req("automated", func(l loc) { f.Automated = j.boolean(l) }))
	}
	j.object(l, fields...)
	return f
}

// optNumber reads a number, or null for zero (a rounded figure whose exact
// figure is undefined).
func (j *jsonReader) optNumber(l loc) decimal.Decimal {
	if null, err := j.r.Null(); err != nil || null {
		if err != nil {
			j.fail(l, err)
		}
		return decimal.Decimal{}
	}
	return j.number(l)
}

func (j *jsonReader) line(l loc) Line {
	var line Line
	j.object(l,
		req("name", func(l loc) { line.Name = j.str(l) }),
		req("category", func(l loc) { line.Category = Category(j.label(l)) }),
		opt("varies_with", func(l loc) { j.enumText(l, measureEnum, (*uint8)(&line.VariesWith)) }),
		opt("timing", func(l loc) { j.enumText(l, timingEnum, (*uint8)(&line.Timing)) }),
		opt("channel", func(l loc) { line.Channel = Channel(j.label(l)) }),
		opt("basis", func(l loc) { line.Basis = j.basis(l) }),
		req("exact_amount", func(l loc) { line.Exact = j.ratio(l) }),
		req("amount", func(l loc) { line.Amount = j.number(l) }),
		req("parts", func(l loc) {
			j.array(l, MaxChannels, func(_ int, at loc) {
				if j.parts++; j.parts > MaxParts {
					line, col := j.r.Pos()
					j.problem(at, line, col, ErrTooLarge, "more than "+strconv.Itoa(MaxParts)+" parts")
					j.stop = errTooManyElements
					return
				}
				line.Parts = append(line.Parts, j.part(at))
			})
		}),
	)
	return line
}

func (j *jsonReader) part(l loc) Part {
	var p Part
	j.object(l,
		req("channel", func(l loc) { p.Channel = Channel(j.label(l)) }),
		req("weight", func(l loc) { p.Weight = j.number(l) }),
		req("share", func(l loc) { p.Share = j.ratio(l) }),
		req("amount", func(l loc) { p.Amount = j.number(l) }),
	)
	return p
}

func (j *jsonReader) category(l loc) CategoryCost {
	var c CategoryCost
	j.object(l,
		req("category", func(l loc) { c.Category = Category(j.label(l)) }),
		req("cost", func(l loc) { c.Cost = j.number(l) }),
		req("cells", func(l loc) {
			j.array(l, MaxChannels, func(_ int, at loc) {
				var cell Cell
				j.object(at,
					req("channel", func(l loc) { cell.Channel = Channel(j.label(l)) }),
					req("amount", func(l loc) { cell.Amount = j.number(l) }))
				c.Cells = append(c.Cells, cell)
			})
		}),
	)
	return c
}

// MarshalJSON encodes the series: {"unit": "month", "reports": [...],
// "whole": {...}}, each report in its JSON form.
func (s Series) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.open('{')
	w.enum(loc{path: "unit"}, unitEnum, int(s.Unit))
	w.key("reports")
	w.open('[')
	for k := range s.Reports {
		w.report(loc{path: "reports"}.index(k), &s.Reports[k])
	}
	w.close(']')
	w.key("whole")
	w.report(loc{path: "whole"}, &s.Whole)
	w.close('}')
	return w.b, w.err
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; each report
// is checked with [Report.Verify].
func (s *Series) UnmarshalJSON(data []byte) error {
	j := newJSONReader(data)
	var out Series
	j.object(loc{},
		req("unit", func(l loc) { j.enumText(l, unitEnum, (*uint8)(&out.Unit)) }),
		req("reports", func(l loc) {
			j.array(l, MaxSubPeriods, func(_ int, at loc) {
				var r Report
				j.report(at, &r)
				out.Reports = append(out.Reports, r)
			})
		}),
		req("whole", func(l loc) { j.report(l, &out.Whole) }),
	)
	if err := j.done(); err != nil {
		return err
	}
	if err := out.Verify(); err != nil {
		return err
	}
	*s = out
	return nil
}

// prefixErrors puts prefix in front of the path of each error in err.
func prefixErrors(prefix string, err error) error {
	if err == nil {
		return nil
	}
	var out errList
	for _, e := range errorList(err) {
		switch fe := e.(type) {
		case *FieldError:
			c := *fe
			c.Path = loc{path: prefix}.at(c.Path).path
			out.add(&c)
		default:
			out.add(e)
		}
	}
	return out.join()
}
