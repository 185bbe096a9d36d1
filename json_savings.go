package contactcost

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// The JSON form of an estimate: Savings and everything in it, so that a
// stored estimate reads back as it was. Keys are snake_case; the reports
// are in the JSON form of Report (json_report.go); a lever is in the form
// of a scenario's levers (json_scenario.go); whole numbers (months,
// indexes) are JSON numbers; inputs, contacts and range values are
// decimals in their canonical form ("0.25"), a range over rollout months
// too ("8").
//
// Money within a Savings is written as the report writes it: a string
// with exactly the minor-unit places of the currency of Savings.Before
// ("1250.00"), and a rounded per-unit figure (Outcome's cost per contact)
// with the rounding policy's places. A figure that is not a whole number
// of those places is refused (ErrPrecision), since writing it would round
// it. The parts written on their own (Amounts, Returns, ... each has
// MarshalJSON) know no currency, so their money is written in canonical
// form ("1250"); both forms read back.
//
// An exact Ratio is written in its String form ("0.25", "-1/58"); an
// undefined one is null, as in the report's form, and its key is always
// there. A lever's break-even is {"input", "net_zero", "in_range",
// "payback"}: BreakEven.NetZero and Payback as exact ratios, InRange as a
// JSON boolean. The parts that are zero when they do not apply are left out:
// "returns" and a lever's "alone_returns" without a horizon, "uncertainty"
// without ranges, "break_even" for a lever that has none (ACD routing), a
// Case's "returns" without a horizon, and a VolumeChange's "before" for a
// channel a lever created.
//
// An excerpt of the estimate of testdata/sample_scenario.json on
// testdata/sample_model.json (the email bot's figures, the one-time
// investment, the pessimistic values and the tornado's order are worked by
// hand in TestScenarioJSONSample; the others show the form only):
//
//	{
//	  "labour": "proportional",
//	  "assumptions": ["labour proportional: agent hours and FTE follow handle minutes ...", ...],
//	  "before": {report}, "after": {report},
//	  "levers": [{
//	    "lever": {"kind": "self-service-deflection", "name": "Email bot", ...},
//	    "name": "Email bot",
//	    "inputs": [{"name": "reach", "value": "0.5"}, {"name": "resolution", "value": "0.3"}, ...],
//	    "formula": ["sessions = 500 email contacts × 0.5 = 250; resolved = 250 × 0.3 = 75", ...],
//	    "changes": [{"before": {"channel": "email", "handling": "assisted", "contacts": "500", ...},
//	                 "after": {"channel": "email", "handling": "assisted", "contacts": "432.5", ...}}, ...],
//	    "increment": {"gross": "903.12", "added": "312.69", "net": "590.43"},
//	    "after": {"cost": "54249.58", "assisted_contacts": "1432.5", "all_contacts": "4486.25",
//	              "cost_per_assisted_contact": "37.8706", "cost_per_contact": "12.0924",
//	              "exact_cost_per_assisted_contact": "2712479/71625", "exact_cost_per_contact": ...},
//	    "alone": {"gross": "903.12", "added": "312.69", "net": "590.43"},
//	    "alone_returns": {returns},
//	    "break_even": {"input": "resolution", "net_zero": "1500/8149", "in_range": true,
//	                   "payback": "160900/513387"}
//	  }, ...],
//	  "total": {"gross": ..., "added": ..., "net": ...},
//	  "returns": {"one_time": "80000.00",
//	              "months": [{"month": 1, "gross": ..., "added": ..., "net": ..., "cumulative": ...}, ...],
//	              "years": [{"month": 12, ...}, {"month": 24, ...}, {"month": 36, ...}],
//	              "benefits": ..., "costs": ..., "net": ..., "roi": "7570018/14249799",
//	              "present_benefits": ..., "present_costs": ..., "npv": ...,
//	              "discounted_roi": "5638318/13507371", "payback_month": 21},
//	  "uncertainty": {"measure": "npv",
//	                  "pessimistic": {"values": ["0.2", "10", "8"], "total": {...}, "returns": {...}},
//	                  "expected": {...}, "optimistic": {...},
//	                  "tornado": [{"range": 1, "lever": "Agent assist", "input": "seconds_saved",
//	                               "low": "10", "high": "30", "at_low": ..., "at_high": ...,
//	                               "spread": ...}, ...,
//	                              {"range": 2, "lever": "Speech IVR", "input": "rollout.ramp_months",
//	                               "low": "2", "high": "8", ...}]}
//	}
//
// Decoding has the strictness and bounds of the scenario's form; every
// key the writer always writes is required. Savings.UnmarshalJSON also
// checks both reports with Report.Verify, so an estimate whose reports do
// not reconcile is refused; it does not re-work the estimate. Arrays are
// bounded: 100 levers, 50 ranges (a Case's values, the tornado), 600
// months and 50 years of cash flows, 10,000 assumptions or formula lines,
// 100 inputs a lever, MaxChannels + 100 volume changes.

// Bounds of the arrays of an estimate that no scenario bound gives.
const (
	savingsJSONMaxLines   = 10000                   // assumptions, formula lines
	savingsJSONMaxInputs  = 100                     // a lever's inputs (the most any lever has is 17)
	savingsJSONMaxChanges = MaxChannels + maxLevers // a lever's volume changes: the model's channels and those levers create
	savingsJSONMaxYears   = (MaxHorizonMonths + 11) / 12
)

// savingsJSONPlaces says how money is written: with the currency's
// minor-unit places and the policy's per-unit places (fixed), or, for a
// part written on its own, in canonical form.
type savingsJSONPlaces struct {
	fixed        bool
	minor, scale int32
}

func savingsPlacesOf(r *Report) savingsJSONPlaces {
	if r.Currency.IsZero() {
		return savingsJSONPlaces{}
	}
	return savingsJSONPlaces{fixed: true, minor: r.Currency.MinorUnits(), scale: r.Rounding.Scale(r.Currency)}
}

// money writes a money field.
func (w *jsonWriter) money(l loc, key string, d decimal.Decimal, p savingsJSONPlaces) {
	if p.fixed {
		w.moneyField(l, key, d, p.minor)
		return
	}
	w.numField(l, key, d, false)
}

// perUnit writes a rounded per-unit figure, null when its exact figure is
// undefined.
func (w *jsonWriter) perUnit(l loc, key string, d decimal.Decimal, x Ratio, p savingsJSONPlaces) {
	if p.fixed {
		w.rateField(l, key, d, x, p.scale)
		return
	}
	w.key(key)
	if !x.IsDefined() {
		w.raw("null")
		return
	}
	w.num(l.at(key), d)
}

// exactRatio writes an exact ratio (null when undefined), refusing text
// longer than the reader takes.
func (w *jsonWriter) exactRatio(l loc, key string, x Ratio) {
	w.key(key)
	if x.IsDefined() {
		if s := x.String(); len(s) > MaxTextLength {
			w.fail(l.at(key).err("", ErrTooLarge, "a ratio of "+strconv.Itoa(len(s))+" characters (at most "+strconv.Itoa(MaxTextLength)+")"))
		}
	}
	w.ratio(x)
}

// textLines writes an array of strings.
func (w *jsonWriter) textLines(l loc, lines []string) {
	w.tooMany(l, len(lines), savingsJSONMaxLines)
	w.open('[')
	for i, s := range lines {
		w.boundedText(l.index(i), s)
	}
	w.close(']')
}

// textLines reads an array of strings.
func (j *jsonScenarioReader) textLines(l loc) []string {
	var out []string
	j.array(l, savingsJSONMaxLines, func(_ int, at loc) { out = append(out, j.str(at)) })
	return out
}

// MarshalJSON encodes the estimate in its JSON form: {"labour",
// "assumptions": [sentences], "before": {report}, "after": {report},
// "levers": [lever savings], "total": {amounts}, "returns": {investment
// view}, "uncertainty": {cases and tornado}, "staffing": [channels
// staffed]}, the reports in the JSON form
// of Report, each lever in the form of a scenario's levers, "returns"
// only with a horizon, "uncertainty" only with ranges and "staffing" only
// under queueing labour (json_staffing.go has its form). Money has the
// minor-unit places of Before's currency ("1250.00") and Outcome's
// per-unit figures the rounding policy's; exact ratios are in their
// String form ("-1/58"), null when undefined. It fails, naming
// the field, for money that is not a whole number of minor units (or a
// per-unit figure with more places than the policy's), numbers outside
// the package bounds, a nil lever, text or a ratio longer than
// MaxTextLength, and arrays beyond the bounds the reader takes.
func (s Savings) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.savings(loc{}, &s)
	return w.b, w.err
}

func (w *jsonWriter) savings(l loc, s *Savings) {
	p := savingsPlacesOf(&s.Before)
	w.open('{')
	w.enum(l.at("labour"), labourEnum, int(s.Labour))
	w.key("assumptions")
	w.textLines(l.at("assumptions"), s.Assumptions)
	w.key("before")
	w.savingsReport(l.at("before"), &s.Before)
	w.key("after")
	w.savingsReport(l.at("after"), &s.After)
	w.key("levers")
	w.tooMany(l.at("levers"), len(s.Levers), maxLevers)
	w.open('[')
	for i := range s.Levers {
		w.leverSavings(l.at("levers").index(i).named(s.Levers[i].Name), &s.Levers[i], p)
	}
	w.close(']')
	w.key("total")
	w.amounts(l.at("total"), s.Total, p)
	if !returnsIsZero(&s.Returns) {
		w.key("returns")
		w.returns(l.at("returns"), &s.Returns, p)
	}
	if !uncertaintyIsZero(&s.Uncertainty) {
		w.key("uncertainty")
		w.uncertainty(l.at("uncertainty"), &s.Uncertainty, p)
	}
	if len(s.Staffing) > 0 {
		w.key("staffing")
		w.tooMany(l.at("staffing"), len(s.Staffing), maxStaffProfiles)
		w.open('[')
		for k := range s.Staffing {
			w.channelStaffing(l.at("staffing").index(k), &s.Staffing[k], p)
		}
		w.close(']')
	}
	w.close('}')
}

// savingsReport writes a report of an estimate, refusing a line name
// longer than the report's reader takes: the lines a lever adds are named
// after it ("<lever name>: monthly fee"). Estimate bounds a lever's name,
// but a Savings may be built by hand.
func (w *jsonWriter) savingsReport(l loc, r *Report) {
	for i := range r.Lines {
		w.checkText(l.at("lines").index(i).at("name").named(r.Lines[i].Name), r.Lines[i].Name)
	}
	w.report(l, r)
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// and bounds of Scenario.UnmarshalJSON: unknown keys, keys given twice,
// missing required keys (every key MarshalJSON always writes), values of
// the wrong JSON type, trailing data, and text or numbers outside the
// package bounds are refused, each a *FieldError with its line, column and
// path ("levers[0].increment.net"). It then checks Before and After with
// Report.Verify (their errors' paths start with "before." or "after."),
// so an estimate whose reports do not reconcile is refused, refuses
// staffing results that contradict themselves (staffing without queueing
// labour, a factor that is not the agents after over before, FTE saved
// that is not FTE before × (1 − factor)), and refuses
// what MarshalJSON would (ErrPrecision for money that is not a whole
// number of the currency's minor units), so what it accepts writes back
// as it was read. It does not re-work the estimate. Levers decode as
// values, never pointers.
func (s *Savings) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	var out Savings
	j.savings(loc{}, &out)
	if err := j.done(); err != nil {
		return err
	}
	var errs errList
	errs.add(prefixErrors("before", out.Before.Verify()))
	errs.add(prefixErrors("after", out.After.Verify()))
	errs.add(checkStaffing(&out))
	if err := errs.join(); err != nil {
		return err
	}
	// What would not write back is refused too: money off the currency's
	// minor unit, a per-unit figure beyond the policy's places.
	w := &jsonWriter{}
	w.savings(loc{}, &out)
	if w.err != nil {
		return w.err
	}
	*s = out
	return nil
}

func (j *jsonScenarioReader) savings(l loc, s *Savings) {
	report := func(r *Report) func(l loc) {
		return func(l loc) {
			j.parts = 0 // MaxParts bounds each report
			j.report(l, r)
		}
	}
	j.object(l,
		req("labour", func(l loc) { j.enumText(l, labourEnum, (*uint8)(&s.Labour)) }),
		req("assumptions", func(l loc) { s.Assumptions = j.textLines(l) }),
		req("before", report(&s.Before)),
		req("after", report(&s.After)),
		req("levers", func(l loc) {
			j.array(l, maxLevers, func(_ int, at loc) { s.Levers = append(s.Levers, j.leverSavings(at)) })
		}),
		req("total", func(l loc) { s.Total = j.amounts(l) }),
		opt("returns", func(l loc) { s.Returns = j.returns(l) }),
		opt("uncertainty", func(l loc) { s.Uncertainty = j.uncertainty(l) }),
		opt("staffing", func(l loc) {
			j.array(l, maxStaffProfiles, func(_ int, at loc) { s.Staffing = append(s.Staffing, j.channelStaffing(at)) })
		}),
	)
}

// MarshalJSON encodes what one lever did: {"lever": {...}, "name",
// "inputs", "formula", "changes", "increment", "after", "alone",
// "alone_returns" (with a horizon), "break_even" (for a lever that has
// one), "agents" (under queueing labour)}. On its own it writes money in canonical form (see Savings). It
// fails as Savings.MarshalJSON does.
func (ls LeverSavings) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.leverSavings(loc{}.named(ls.Name), &ls, savingsJSONPlaces{})
	return w.b, w.err
}

func (w *jsonWriter) leverSavings(l loc, ls *LeverSavings, p savingsJSONPlaces) {
	w.open('{')
	w.key("lever")
	w.lever(l.at("lever"), ls.Lever)
	w.key("name")
	w.boundedText(l.at("name"), ls.Name)
	w.key("inputs")
	w.tooMany(l.at("inputs"), len(ls.Inputs), savingsJSONMaxInputs)
	w.open('[')
	for k, in := range ls.Inputs {
		w.input(l.at("inputs").index(k), in)
	}
	w.close(']')
	w.key("formula")
	w.textLines(l.at("formula"), ls.Formula)
	w.key("changes")
	w.tooMany(l.at("changes"), len(ls.Changes), savingsJSONMaxChanges)
	w.open('[')
	for k := range ls.Changes {
		w.volumeChange(l.at("changes").index(k), &ls.Changes[k])
	}
	w.close(']')
	w.key("increment")
	w.amounts(l.at("increment"), ls.Increment, p)
	w.key("after")
	w.outcome(l.at("after"), &ls.After, p)
	w.key("alone")
	w.amounts(l.at("alone"), ls.Alone, p)
	if !returnsIsZero(&ls.AloneReturns) {
		w.key("alone_returns")
		w.returns(l.at("alone_returns"), &ls.AloneReturns, p)
	}
	if !breakEvenIsZero(ls.BreakEven) {
		w.key("break_even")
		w.breakEven(l.at("break_even"), ls.BreakEven)
	}
	if len(ls.Agents) > 0 {
		w.key("agents")
		w.tooMany(l.at("agents"), len(ls.Agents), maxStaffProfiles)
		w.open('[')
		for k := range ls.Agents {
			w.channelAgents(l.at("agents").index(k), &ls.Agents[k])
		}
		w.close(']')
	}
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Savings.UnmarshalJSON.
func (ls *LeverSavings) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.leverSavings(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*ls = out
	return nil
}

func (j *jsonScenarioReader) leverSavings(l loc) LeverSavings {
	var ls LeverSavings
	j.object(l,
		req("lever", func(l loc) { ls.Lever = j.lever(l, 0) }),
		req("name", func(l loc) { ls.Name = j.str(l) }),
		req("inputs", func(l loc) {
			j.array(l, savingsJSONMaxInputs, func(_ int, at loc) { ls.Inputs = append(ls.Inputs, j.input(at)) })
		}),
		req("formula", func(l loc) { ls.Formula = j.textLines(l) }),
		req("changes", func(l loc) {
			j.array(l, savingsJSONMaxChanges, func(_ int, at loc) { ls.Changes = append(ls.Changes, j.volumeChange(at)) })
		}),
		req("increment", func(l loc) { ls.Increment = j.amounts(l) }),
		req("after", func(l loc) { ls.After = j.outcome(l) }),
		req("alone", func(l loc) { ls.Alone = j.amounts(l) }),
		opt("alone_returns", func(l loc) { ls.AloneReturns = j.returns(l) }),
		opt("break_even", func(l loc) { ls.BreakEven = j.breakEven(l) }),
		opt("agents", func(l loc) {
			j.array(l, maxStaffProfiles, func(_ int, at loc) { ls.Agents = append(ls.Agents, j.channelAgents(at)) })
		}),
	)
	return ls
}

// MarshalJSON encodes the input: {"name": "target_rate", "value": "0.2"},
// its value as the string it is. It fails with ErrTooLarge for text
// longer than MaxTextLength.
func (in Input) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.input(loc{}, in)
	return w.b, w.err
}

func (w *jsonWriter) input(l loc, in Input) {
	w.open('{')
	w.key("name")
	w.boundedText(l.at("name"), in.Name)
	w.key("value")
	w.boundedText(l.at("value"), in.Value)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; both fields
// are required.
func (in *Input) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.input(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*in = out
	return nil
}

func (j *jsonScenarioReader) input(l loc) Input {
	var in Input
	j.object(l,
		req("name", func(l loc) { in.Name = j.str(l) }),
		req("value", func(l loc) { in.Value = j.str(l) }),
	)
	return in
}

// MarshalJSON encodes a channel's change: {"before": {volume}, "after":
// {volume}}, each volume in the JSON form of a model's volumes; "before"
// is left out when it is zero (a channel the lever created). It fails,
// naming the field, for a figure outside the package bounds or an unknown
// handling.
func (c VolumeChange) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.volumeChange(loc{}, &c)
	return w.b, w.err
}

// volumeIsZero reports a zero volume.
func volumeIsZero(v *Volume) bool {
	return v.Channel == "" && v.Handling == 0 && v.Contacts.Sign() == 0 && v.HandleMinutes.Sign() == 0 &&
		v.QueueMinutes.Sign() == 0 && v.AgentHours.Sign() == 0 && v.FTE.Sign() == 0 &&
		v.Offered.Sign() == 0 && v.Abandoned.Sign() == 0
}

func (w *jsonWriter) volumeChange(l loc, c *VolumeChange) {
	w.open('{')
	if !volumeIsZero(&c.Before) {
		w.key("before")
		w.oneVolume(l.at("before").named(string(c.Before.Channel)), &c.Before)
	}
	w.key("after")
	w.oneVolume(l.at("after").named(string(c.After.Channel)), &c.After)
	w.close('}')
}

// oneVolume writes a volume as the model's form writes each of its
// volumes.
func (w *jsonWriter) oneVolume(l loc, v *Volume) {
	w.open('{')
	w.key("channel")
	w.boundedText(l.at("channel"), string(v.Channel))
	if v.Handling != 0 {
		w.enum(l.at("handling"), handlingEnum, int(v.Handling))
	}
	for m := MeasureContacts; m <= MeasureFTE; m++ {
		w.numField(l, m.String(), m.of(v), m != MeasureContacts)
	}
	w.numField(l, "offered", v.Offered, true)
	w.numField(l, "abandoned", v.Abandoned, true)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly: "after" is
// required, and each volume as in Model.UnmarshalJSON.
func (c *VolumeChange) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.volumeChange(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*c = out
	return nil
}

func (j *jsonScenarioReader) volumeChange(l loc) VolumeChange {
	var c VolumeChange
	j.object(l,
		opt("before", func(l loc) { c.Before = j.volume(l) }),
		req("after", func(l loc) { c.After = j.volume(l) }),
	)
	return c
}

// MarshalJSON encodes the amounts: {"gross": "310", "added": "20", "net":
// "290"}. On their own they know no currency: money is in canonical form
// (within a Savings, with the currency's places). It fails, naming the
// field, for a number outside the package bounds.
func (a Amounts) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.amounts(loc{}, a, savingsJSONPlaces{})
	return w.b, w.err
}

func (w *jsonWriter) amounts(l loc, a Amounts, p savingsJSONPlaces) {
	w.open('{')
	w.money(l, "gross", a.Gross, p)
	w.money(l, "added", a.Added, p)
	w.money(l, "net", a.Net, p)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; every field
// is required.
func (a *Amounts) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.amounts(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*a = out
	return nil
}

func (j *jsonScenarioReader) amounts(l loc) Amounts {
	var a Amounts
	j.object(l,
		req("gross", func(l loc) { a.Gross = j.number(l) }),
		req("added", func(l loc) { a.Added = j.number(l) }),
		req("net", func(l loc) { a.Net = j.number(l) }),
	)
	return a
}

// MarshalJSON encodes the outcome: {"cost", "assisted_contacts",
// "all_contacts", "cost_per_assisted_contact", "cost_per_contact",
// "exact_cost_per_assisted_contact", "exact_cost_per_contact"}, a rounded
// figure null when its exact figure is undefined (and the exact figure
// null then too). On its own, money is in canonical form (see Amounts).
// It fails, naming the field, for a number outside the package bounds.
func (o Outcome) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.outcome(loc{}, &o, savingsJSONPlaces{})
	return w.b, w.err
}

func (w *jsonWriter) outcome(l loc, o *Outcome, p savingsJSONPlaces) {
	w.open('{')
	w.money(l, "cost", o.Cost, p)
	w.numField(l, "assisted_contacts", o.AssistedContacts, false)
	w.numField(l, "all_contacts", o.AllContacts, false)
	w.perUnit(l, "cost_per_assisted_contact", o.CostPerAssistedContact, o.ExactCostPerAssistedContact, p)
	w.perUnit(l, "cost_per_contact", o.CostPerContact, o.ExactCostPerContact, p)
	w.exactRatio(l, "exact_cost_per_assisted_contact", o.ExactCostPerAssistedContact)
	w.exactRatio(l, "exact_cost_per_contact", o.ExactCostPerContact)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; every field
// is required (null where the figure is undefined).
func (o *Outcome) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.outcome(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*o = out
	return nil
}

func (j *jsonScenarioReader) outcome(l loc) Outcome {
	var o Outcome
	j.object(l,
		req("cost", func(l loc) { o.Cost = j.number(l) }),
		req("assisted_contacts", func(l loc) { o.AssistedContacts = j.number(l) }),
		req("all_contacts", func(l loc) { o.AllContacts = j.number(l) }),
		req("cost_per_assisted_contact", func(l loc) { o.CostPerAssistedContact = j.optNumber(l) }),
		req("cost_per_contact", func(l loc) { o.CostPerContact = j.optNumber(l) }),
		req("exact_cost_per_assisted_contact", func(l loc) { o.ExactCostPerAssistedContact = j.ratio(l) }),
		req("exact_cost_per_contact", func(l loc) { o.ExactCostPerContact = j.ratio(l) }),
	)
	return o
}

// MarshalJSON encodes the break-even: {"input": "resolution", "net_zero":
// "95/477", "in_range": true, "payback": null}, every key always: NetZero
// and Payback as exact ratios (an undefined one null), InRange as a JSON
// boolean. It fails with ErrTooLarge for text or a ratio longer than
// MaxTextLength.
func (b BreakEven) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.breakEven(loc{}, b)
	return w.b, w.err
}

// breakEvenIsZero reports the zero BreakEven of a lever that has none.
func breakEvenIsZero(b BreakEven) bool {
	return b.Input == "" && !b.NetZero.IsDefined() && !b.InRange && !b.Payback.IsDefined()
}

func (w *jsonWriter) breakEven(l loc, b BreakEven) {
	w.open('{')
	w.key("input")
	w.boundedText(l.at("input"), b.Input)
	w.exactRatio(l, "net_zero", b.NetZero)
	w.key("in_range")
	w.raw(strconv.FormatBool(b.InRange))
	w.exactRatio(l, "payback", b.Payback)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; every field
// is required (null where a ratio is undefined; "in_range" true or false).
// The key "period" of estimates written before BreakEven.Period became
// NetZero is refused as unknown.
func (b *BreakEven) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.breakEven(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*b = out
	return nil
}

func (j *jsonScenarioReader) breakEven(l loc) BreakEven {
	var b BreakEven
	j.object(l,
		req("input", func(l loc) { b.Input = j.str(l) }),
		req("net_zero", func(l loc) { b.NetZero = j.ratio(l) }),
		req("in_range", func(l loc) { b.InRange = j.boolean(l) }),
		req("payback", func(l loc) { b.Payback = j.ratio(l) }),
	)
	return b
}

// MarshalJSON encodes the investment view: {"one_time", "months": [cash
// flows], "years": [cash flows], "benefits", "costs", "net", "roi",
// "present_benefits", "present_costs", "npv", "discounted_roi",
// "payback_month"}, the ROIs as exact ratios (null when undefined). On its
// own, money is in canonical form (see Amounts). It fails, naming the
// field, for a number outside the package bounds, more than 600 months or
// 50 years, a month outside 0 to 600 or a payback month outside 0 to 1200.
func (r Returns) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.returns(loc{}, &r, savingsJSONPlaces{})
	return w.b, w.err
}

// returnsIsZero reports the zero Returns of an estimate without a horizon.
func returnsIsZero(r *Returns) bool {
	zero := true
	for _, d := range []decimal.Decimal{r.OneTime, r.Benefits, r.Costs, r.Net, r.PresentBenefits, r.PresentCosts, r.NPV} {
		zero = zero && d.Sign() == 0
	}
	return zero && len(r.Months) == 0 && len(r.Years) == 0 && !r.ROI.IsDefined() && !r.DiscountedROI.IsDefined() &&
		r.PaybackMonth == 0
}

func (w *jsonWriter) returns(l loc, r *Returns, p savingsJSONPlaces) {
	flows := func(key string, cf []CashFlow, max int) {
		at := l.at(key)
		w.key(key)
		w.tooMany(at, len(cf), max)
		w.open('[')
		for k := range cf {
			w.cashFlow(at.index(k), &cf[k], p)
		}
		w.close(']')
	}
	w.open('{')
	w.money(l, "one_time", r.OneTime, p)
	flows("months", r.Months, MaxHorizonMonths)
	flows("years", r.Years, savingsJSONMaxYears)
	w.money(l, "benefits", r.Benefits, p)
	w.money(l, "costs", r.Costs, p)
	w.money(l, "net", r.Net, p)
	w.exactRatio(l, "roi", r.ROI)
	w.money(l, "present_benefits", r.PresentBenefits, p)
	w.money(l, "present_costs", r.PresentCosts, p)
	w.money(l, "npv", r.NPV, p)
	w.exactRatio(l, "discounted_roi", r.DiscountedROI)
	w.key("payback_month")
	w.wholeNumber(l.at("payback_month"), r.PaybackMonth, maxPaybackMonths)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; every field
// is required.
func (r *Returns) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.returns(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*r = out
	return nil
}

func (j *jsonScenarioReader) returns(l loc) Returns {
	var r Returns
	flows := func(dst *[]CashFlow, max int) func(l loc) {
		return func(l loc) {
			j.array(l, max, func(_ int, at loc) { *dst = append(*dst, j.cashFlow(at)) })
		}
	}
	j.object(l,
		req("one_time", func(l loc) { r.OneTime = j.number(l) }),
		req("months", flows(&r.Months, MaxHorizonMonths)),
		req("years", flows(&r.Years, savingsJSONMaxYears)),
		req("benefits", func(l loc) { r.Benefits = j.number(l) }),
		req("costs", func(l loc) { r.Costs = j.number(l) }),
		req("net", func(l loc) { r.Net = j.number(l) }),
		req("roi", func(l loc) { r.ROI = j.ratio(l) }),
		req("present_benefits", func(l loc) { r.PresentBenefits = j.number(l) }),
		req("present_costs", func(l loc) { r.PresentCosts = j.number(l) }),
		req("npv", func(l loc) { r.NPV = j.number(l) }),
		req("discounted_roi", func(l loc) { r.DiscountedROI = j.ratio(l) }),
		req("payback_month", func(l loc) { r.PaybackMonth = j.integer(l, maxPaybackMonths) }),
	)
	return r
}

// MarshalJSON encodes the cash flow: {"month": 1, "gross", "added", "net",
// "cumulative"}. On its own, money is in canonical form (see Amounts). It
// fails, naming the field, for a month outside 0 to 600 or a number
// outside the package bounds.
func (c CashFlow) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.cashFlow(loc{}, &c, savingsJSONPlaces{})
	return w.b, w.err
}

func (w *jsonWriter) cashFlow(l loc, c *CashFlow, p savingsJSONPlaces) {
	w.open('{')
	w.key("month")
	w.wholeNumber(l.at("month"), c.Month, MaxHorizonMonths)
	w.money(l, "gross", c.Gross, p)
	w.money(l, "added", c.Added, p)
	w.money(l, "net", c.Net, p)
	w.money(l, "cumulative", c.Cumulative, p)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; every field
// is required.
func (c *CashFlow) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.cashFlow(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*c = out
	return nil
}

func (j *jsonScenarioReader) cashFlow(l loc) CashFlow {
	var c CashFlow
	j.object(l,
		req("month", func(l loc) { c.Month = j.integer(l, MaxHorizonMonths) }),
		req("gross", func(l loc) { c.Gross = j.number(l) }),
		req("added", func(l loc) { c.Added = j.number(l) }),
		req("net", func(l loc) { c.Net = j.number(l) }),
		req("cumulative", func(l loc) { c.Cumulative = j.number(l) }),
	)
	return c
}

// The measures of an Uncertainty ("" in the zero Uncertainty).
var savingsJSONMeasures = []string{"npv", "net"}

// savingsJSONMeasure reports a measure an Uncertainty may have.
func savingsJSONMeasure(s string) bool { return s == "" || slices.Contains(savingsJSONMeasures, s) }

// MarshalJSON encodes the uncertainty: {"measure": "npv", "pessimistic":
// {case}, "expected": {case}, "optimistic": {case}, "tornado": [swings]}.
// On its own, money is in canonical form (see Amounts). The zero
// Uncertainty (no ranges) has the measure "". It fails, naming the field,
// for a measure other than "npv", "net" or "" (ErrInvalid), more than 50
// values or swings, and what Case and Swing refuse.
func (u Uncertainty) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.uncertainty(loc{}, &u, savingsJSONPlaces{})
	return w.b, w.err
}

// uncertaintyIsZero reports the zero Uncertainty of an estimate without
// ranges.
func uncertaintyIsZero(u *Uncertainty) bool {
	return u.Measure == "" && len(u.Tornado) == 0 && caseIsZero(&u.Pessimistic) && caseIsZero(&u.Expected) &&
		caseIsZero(&u.Optimistic)
}

func caseIsZero(c *Case) bool {
	return len(c.Values) == 0 && c.Total.Gross.Sign() == 0 && c.Total.Added.Sign() == 0 && c.Total.Net.Sign() == 0 &&
		returnsIsZero(&c.Returns)
}

func (w *jsonWriter) uncertainty(l loc, u *Uncertainty, p savingsJSONPlaces) {
	w.open('{')
	w.key("measure")
	if !savingsJSONMeasure(u.Measure) {
		w.fail(l.err("measure", ErrInvalid, quote(u.Measure)+` (want "npv" or "net")`))
	}
	w.str(u.Measure)
	w.key("pessimistic")
	w.savingsCase(l.at("pessimistic"), &u.Pessimistic, p)
	w.key("expected")
	w.savingsCase(l.at("expected"), &u.Expected, p)
	w.key("optimistic")
	w.savingsCase(l.at("optimistic"), &u.Optimistic, p)
	w.key("tornado")
	w.tooMany(l.at("tornado"), len(u.Tornado), maxRanges)
	w.open('[')
	for k := range u.Tornado {
		w.swing(l.at("tornado").index(k).named(u.Tornado[k].Lever), &u.Tornado[k], p)
	}
	w.close(']')
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; every field
// is required, and the measure is "npv", "net" or "".
func (u *Uncertainty) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.uncertainty(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*u = out
	return nil
}

func (j *jsonScenarioReader) uncertainty(l loc) Uncertainty {
	var u Uncertainty
	j.object(l,
		req("measure", func(l loc) {
			j.text(l, func(s string) error {
				if !savingsJSONMeasure(s) {
					return l.err("", ErrInvalid, quote(s)+` (want "npv" or "net")`+didYouMean(s, savingsJSONMeasures))
				}
				u.Measure = s
				return nil
			})
		}),
		req("pessimistic", func(l loc) { u.Pessimistic = j.savingsCase(l) }),
		req("expected", func(l loc) { u.Expected = j.savingsCase(l) }),
		req("optimistic", func(l loc) { u.Optimistic = j.savingsCase(l) }),
		req("tornado", func(l loc) {
			j.array(l, maxRanges, func(_ int, at loc) { u.Tornado = append(u.Tornado, j.swing(at)) })
		}),
	)
	return u
}

// MarshalJSON encodes the case: {"values": ["0.15", ...], "total":
// {amounts}, "returns": {returns}}, "returns" only with a horizon. On its
// own, money is in canonical form (see Amounts). It fails, naming the
// field, for more than 50 values, and what Amounts and Returns refuse.
func (c Case) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.savingsCase(loc{}, &c, savingsJSONPlaces{})
	return w.b, w.err
}

func (w *jsonWriter) savingsCase(l loc, c *Case, p savingsJSONPlaces) {
	w.open('{')
	w.key("values")
	w.tooMany(l.at("values"), len(c.Values), maxRanges)
	w.open('[')
	for k, v := range c.Values {
		w.num(l.at("values").index(k), v)
	}
	w.close(']')
	w.key("total")
	w.amounts(l.at("total"), c.Total, p)
	if !returnsIsZero(&c.Returns) {
		w.key("returns")
		w.returns(l.at("returns"), &c.Returns, p)
	}
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly: "values"
// and "total" are required.
func (c *Case) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.savingsCase(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*c = out
	return nil
}

func (j *jsonScenarioReader) savingsCase(l loc) Case {
	var c Case
	j.object(l,
		req("values", func(l loc) {
			j.array(l, maxRanges, func(_ int, at loc) { c.Values = append(c.Values, j.number(at)) })
		}),
		req("total", func(l loc) { c.Total = j.amounts(l) }),
		opt("returns", func(l loc) { c.Returns = j.returns(l) }),
	)
	return c
}

// MarshalJSON encodes the tornado row: {"range": 0, "lever", "input",
// "low", "high", "at_low", "at_high", "spread"}, the bounds as inputs and
// the results as money. On its own, money is in canonical form (see
// Amounts). It fails, naming the field, for a range index outside 0 to
// 49, text longer than MaxTextLength or a number outside the package
// bounds.
func (s Swing) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.swing(loc{}.named(s.Lever), &s, savingsJSONPlaces{})
	return w.b, w.err
}

func (w *jsonWriter) swing(l loc, s *Swing, p savingsJSONPlaces) {
	w.open('{')
	w.key("range")
	w.wholeNumber(l.at("range"), s.Range, maxRanges-1)
	w.key("lever")
	w.boundedText(l.at("lever"), s.Lever)
	w.key("input")
	w.boundedText(l.at("input"), s.Input)
	w.numField(l, "low", s.Low, false)
	w.numField(l, "high", s.High, false)
	w.money(l, "at_low", s.AtLow, p)
	w.money(l, "at_high", s.AtHigh, p)
	w.money(l, "spread", s.Spread, p)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly; every field
// is required.
func (s *Swing) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.swing(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*s = out
	return nil
}

func (j *jsonScenarioReader) swing(l loc) Swing {
	var s Swing
	j.object(l,
		req("range", func(l loc) { s.Range = j.integer(l, maxRanges-1) }),
		req("lever", func(l loc) { s.Lever = j.str(l) }),
		req("input", func(l loc) { s.Input = j.str(l) }),
		req("low", func(l loc) { s.Low = j.number(l) }),
		req("high", func(l loc) { s.High = j.number(l) }),
		req("at_low", func(l loc) { s.AtLow = j.number(l) }),
		req("at_high", func(l loc) { s.AtHigh = j.number(l) }),
		req("spread", func(l loc) { s.Spread = j.number(l) }),
	)
	return s
}
