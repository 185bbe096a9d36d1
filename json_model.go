package contactcost

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// The JSON form of a Model: snake_case field names, every amount and
// volume as a string ("1250.00"; a JSON number is read too, from its
// text), enumerations by name, periods and dates in their text forms. See
// testdata/sample_model.json.

// MarshalJSON encodes the model in its JSON form. It fails, naming the
// field, for a number outside the package bounds or an enumeration outside
// its constants.
func (m Model) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.open('{')
	w.field("currency", m.Currency.String())
	w.field("period", m.Period.String())
	w.enum(loc{path: "scope"}, scopeEnum, int(m.Scope))
	w.key("rounding")
	w.rounding(m.Rounding)
	if m.Convention != 0 {
		w.enum(loc{path: "convention"}, conventionEnum, int(m.Convention))
	}
	if m.Strict {
		w.key("strict")
		w.raw("true")
	}
	w.key("costs")
	w.open('[')
	for i := range m.Costs {
		w.cost(loc{path: "costs"}.index(i).named(m.Costs[i].Name), &m.Costs[i])
	}
	w.close(']')
	w.key("volumes")
	w.volumes(loc{path: "volumes"}, m.Volumes)
	w.close('}')
	return w.b, w.err
}

// enum writes the key of l's last field and an enumeration's name.
func (w *jsonWriter) enum(l loc, e enum, v int) {
	w.key(lastField(l.path))
	text, err := e.text(v)
	if err != nil {
		w.fail(l.err("", ErrInvalid, e.name(v)))
	}
	w.str(string(text))
}

// lastField returns the last field name of a path.
func lastField(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}

func (w *jsonWriter) rounding(r Rounding) {
	w.open('{')
	w.enum(loc{path: "rounding.mode"}, roundEnum, int(r.Mode))
	if r.scaleSet {
		w.key("scale")
		w.raw(strconv.Itoa(int(r.scale)))
	}
	w.close('}')
}

// numField writes a decimal field, unless omit and it is zero.
func (w *jsonWriter) numField(l loc, key string, d decimal.Decimal, omit bool) {
	if omit && d.Sign() == 0 {
		return
	}
	w.key(key)
	w.num(l.at(key), d)
}

func (w *jsonWriter) cost(l loc, c *Cost) {
	w.open('{')
	w.field("name", c.Name)
	w.field("category", string(c.Category))
	w.numField(l, "amount", c.Amount, c.UnitPrice.Sign() != 0)
	if !c.Currency.IsZero() {
		w.field("currency", c.Currency.String())
	}
	if c.Channel != "" {
		w.field("channel", string(c.Channel))
	}
	if !c.Basis.IsZero() {
		w.key("basis")
		w.basis(l.at("basis"), c.Basis)
	}
	if c.VariesWith != 0 {
		w.enum(l.at("varies_with"), measureEnum, int(c.VariesWith))
	}
	if !c.Period.IsZero() {
		w.field("period", c.Period.String())
	}
	if c.Per != 0 {
		w.enum(l.at("per"), unitEnum, int(c.Per))
	}
	w.numField(l, "unit_price", c.UnitPrice, true)
	w.numField(l, "quantity", c.Quantity, true)
	if c.Timing != TimingRecurring {
		w.enum(l.at("timing"), timingEnum, int(c.Timing))
	}
	if !c.Incurred.IsZero() {
		w.field("incurred", c.Incurred.String())
	}
	if c.AmortizeMonths != 0 {
		w.key("amortize_months")
		w.raw(strconv.Itoa(c.AmortizeMonths))
	}
	w.close('}')
}

func (w *jsonWriter) basis(l loc, b Basis) {
	w.open('{')
	if b.By != 0 {
		w.enum(l.at("by"), measureEnum, int(b.By))
	}
	if len(b.Among) > 0 {
		w.key("among")
		w.open('[')
		for _, ch := range b.Among {
			w.str(string(ch))
		}
		w.close(']')
	}
	if len(b.Weights) > 0 {
		w.key("weights")
		w.open('[')
		for k, wt := range b.Weights {
			w.open('{')
			w.field("channel", string(wt.Channel))
			w.numField(l.at("weights").index(k), "value", wt.Value, false)
			w.close('}')
		}
		w.close(']')
	}
	if b.Percent {
		w.key("percent")
		w.raw("true")
	}
	w.close('}')
}

func (w *jsonWriter) volumes(l loc, vols []Volume) {
	w.open('[')
	for i := range vols {
		v := &vols[i]
		at := l.index(i).named(string(v.Channel))
		w.open('{')
		w.field("channel", string(v.Channel))
		if v.Handling != 0 {
			w.enum(at.at("handling"), handlingEnum, int(v.Handling))
		}
		for m := MeasureContacts; m <= MeasureFTE; m++ {
			w.numField(at, m.String(), m.of(v), m != MeasureContacts)
		}
		w.numField(at, "offered", v.Offered, true)
		w.numField(at, "abandoned", v.Abandoned, true)
		w.close('}')
	}
	w.close(']')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly: it refuses
// unknown fields (field names match exactly, case included), keys given
// twice, missing required fields (currency, period, scope, costs, volumes;
// a cost line's name, category, and amount or unit_price; a volume's
// channel and contacts), trailing data, and text or numbers outside the
// package bounds, so hostile input cannot exhaust memory. Every problem is
// a *FieldError with its line, column and path, all of them joined. It
// does not validate the model as a whole: call Validate or Report for
// that.
func (m *Model) UnmarshalJSON(data []byte) error {
	j := newJSONReader(data)
	var out Model
	j.model(&out)
	if err := j.done(); err != nil {
		return err
	}
	*m = out
	return nil
}

func (j *jsonReader) model(m *Model) {
	j.object(loc{},
		req("currency", func(l loc) { m.Currency = j.currency(l) }),
		req("period", func(l loc) { m.Period = j.period(l) }),
		req("scope", func(l loc) { j.enumText(l, scopeEnum, (*uint8)(&m.Scope)) }),
		opt("rounding", func(l loc) { m.Rounding = j.rounding(l) }),
		opt("convention", func(l loc) { j.enumText(l, conventionEnum, (*uint8)(&m.Convention)) }),
		opt("strict", func(l loc) { m.Strict = j.boolean(l) }),
		req("costs", func(l loc) {
			j.array(l, MaxCostLines, func(_ int, at loc) { m.Costs = append(m.Costs, j.cost(at)) })
		}),
		req("volumes", func(l loc) { m.Volumes = j.volumes(l) }),
	)
}

func (j *jsonReader) rounding(l loc) Rounding {
	var r Rounding
	j.object(l,
		req("mode", func(l loc) { j.enumText(l, roundEnum, (*uint8)(&r.Mode)) }),
		opt("scale", func(l loc) { r = r.WithScale(int32(j.integer(l, MaxFractionDigits))) }),
	)
	return r
}

func (j *jsonReader) cost(l loc) Cost {
	var c Cost
	line, col := j.r.Pos()
	priced := false
	j.object(l,
		req("name", func(l loc) { c.Name = j.str(l) }),
		req("category", func(l loc) { c.Category = Category(j.label(l)) }),
		opt("amount", func(l loc) { c.Amount, priced = j.number(l), true }),
		opt("currency", func(l loc) { c.Currency = j.currency(l) }),
		opt("channel", func(l loc) { c.Channel = Channel(j.label(l)) }),
		opt("basis", func(l loc) { c.Basis = j.basis(l) }),
		opt("varies_with", func(l loc) { j.enumText(l, measureEnum, (*uint8)(&c.VariesWith)) }),
		opt("period", func(l loc) { c.Period = j.period(l) }),
		opt("per", func(l loc) { j.enumText(l, unitEnum, (*uint8)(&c.Per)) }),
		opt("unit_price", func(l loc) { c.UnitPrice, priced = j.number(l), true }),
		opt("quantity", func(l loc) { c.Quantity = j.number(l) }),
		opt("timing", func(l loc) { j.enumText(l, timingEnum, (*uint8)(&c.Timing)) }),
		opt("incurred", func(l loc) { c.Incurred = j.date(l) }),
		opt("amortize_months", func(l loc) { c.AmortizeMonths = j.integer(l, maxAmortizeMonths) }),
	)
	if !priced && j.stop == nil {
		j.problem(l.named(c.Name).at("amount"), line, col, ErrNotSet, "a cost line needs an amount, or a unit_price")
	}
	return c
}

func (j *jsonReader) basis(l loc) Basis {
	var b Basis
	j.object(l,
		opt("by", func(l loc) { j.enumText(l, measureEnum, (*uint8)(&b.By)) }),
		opt("among", func(l loc) {
			j.array(l, MaxChannels, func(_ int, at loc) { b.Among = append(b.Among, Channel(j.label(at))) })
		}),
		opt("weights", func(l loc) {
			j.array(l, MaxChannels, func(_ int, at loc) {
				var w Weight
				j.object(at,
					req("channel", func(l loc) { w.Channel = Channel(j.label(l)) }),
					req("value", func(l loc) { w.Value = j.number(l) }))
				b.Weights = append(b.Weights, w)
			})
		}),
		opt("percent", func(l loc) { b.Percent = j.boolean(l) }),
	)
	return b
}

func (j *jsonReader) volumes(l loc) []Volume {
	var out []Volume
	j.array(l, MaxChannels, func(_ int, at loc) { out = append(out, j.volume(at)) })
	return out
}

func (j *jsonReader) volume(l loc) Volume {
	var v Volume
	figure := func(m Measure) jsonField {
		read := func(l loc) { v = setMeasure(v, m, j.number(l)) }
		if m == MeasureContacts {
			return req(m.String(), read)
		}
		return opt(m.String(), read)
	}
	j.object(l,
		req("channel", func(l loc) { v.Channel = Channel(j.label(l)) }),
		opt("handling", func(l loc) { j.enumText(l, handlingEnum, (*uint8)(&v.Handling)) }),
		figure(MeasureContacts), figure(MeasureHandleMinutes), figure(MeasureQueueMinutes),
		figure(MeasureAgentHours), figure(MeasureFTE),
		opt("offered", func(l loc) { v.Offered = j.number(l) }),
		opt("abandoned", func(l loc) { v.Abandoned = j.number(l) }),
	)
	return v
}

// setMeasure returns v with its figure m set to d.
func setMeasure(v Volume, m Measure, d decimal.Decimal) Volume {
	switch m {
	case MeasureContacts:
		v.Contacts = d
	case MeasureHandleMinutes:
		v.HandleMinutes = d
	case MeasureQueueMinutes:
		v.QueueMinutes = d
	case MeasureAgentHours:
		v.AgentHours = d
	case MeasureFTE:
		v.FTE = d
	}
	return v
}

// MarshalJSON encodes the sub-period and its volumes, in the JSON form of
// a model's volumes: {"period": "2026-03", "volumes": [...]}.
func (pv PeriodVolumes) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.periodVolumes(loc{}, pv)
	return w.b, w.err
}

func (w *jsonWriter) periodVolumes(l loc, pv PeriodVolumes) {
	w.open('{')
	w.field("period", pv.Period.String())
	w.key("volumes")
	w.volumes(l.at("volumes"), pv.Volumes)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Model.UnmarshalJSON.
func (pv *PeriodVolumes) UnmarshalJSON(data []byte) error {
	j := newJSONReader(data)
	var out PeriodVolumes
	j.periodVolumes(loc{}, &out)
	if err := j.done(); err != nil {
		return err
	}
	*pv = out
	return nil
}

func (j *jsonReader) periodVolumes(l loc, pv *PeriodVolumes) {
	j.object(l,
		req("period", func(l loc) { pv.Period = j.period(l) }),
		req("volumes", func(l loc) { pv.Volumes = j.volumes(l) }),
	)
}
