package contactcost

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/contactcost/contactcost/internal/jsonin"
	"github.com/shopspring/decimal"
)

// The JSON form of a Scenario and of its parts: the seven levers, the
// Horizon and the Ranges, with the conventions of the model's form
// (json_model.go): snake_case keys, every decimal as a string in its
// canonical form ("0.25"; a JSON number is read too, from its text),
// enumerations by name, whole numbers (months, indexes) as JSON numbers.
// See testdata/sample_scenario.json.
//
// An excerpt of that file (a convention, written only when set, added):
//
//	{
//	  "labour": "proportional",
//	  "convention": "actual-days",
//	  "levers": [
//	    {"kind": "ivr-containment", "name": "Speech IVR", "from": "voice", "ivr": "ivr",
//	     "current_rate": "0.1", "target_rate": "0.18", "return_rate": "0.3",
//	     "contained_minutes": "1.5", "cost_per_minute": "0.04",
//	     "investment": {"one_time": "45000", "monthly_fee": "800"},
//	     "rollout": {"delay_months": 3, "ramp_months": 4}},
//	    {"kind": "handle-time-reduction", "name": "Agent assist", "channels": ["voice", "email"], ...}
//	  ],
//	  "horizon": {"months": 36, "discount_rate": "0.08", "compounding": "monthly",
//	              "seasons": [{"period": "2026-03", "volumes": [{"channel": "voice", "contacts": "1000", ...}]}]},
//	  "ranges": [{"lever": 0, "input": "resolution", "low": "0.2", "high": "0.4"},
//	             {"lever": 1, "input": "rollout.ramp_months", "low": "2", "high": "8"}]
//	}
//
// A lever is an object whose "kind" names its type — "self-service-deflection",
// "ivr-containment", "ivr-verification", "callback", "acd-routing",
// "first-contact-resolution" or "handle-time-reduction" — followed by its
// fields under the names its inputs have in LeverSavings.Inputs and in
// error paths ("target_rate", "seconds_saved"); Investment and Rollout
// are the nested objects "investment" {"one_time", "monthly_fee"} and
// "rollout" {"delay_months", "ramp_months"}. The writer puts "kind"
// first and leaves out what is zero (a zero decimal, an empty name or
// channel, an empty channel list, a zero month count, an investment or a
// rollout with nothing set); the reader takes "kind" anywhere in the
// object (it looks ahead for it, so a tool that sorts keys does no harm)
// and every other field as optional, so a lever reads back as it was
// written. The Scenario writes "convention" only when set, "horizon" only
// when some field of it is set (its "months" then always), and "ranges"
// only when there are some. A range's bounds are decimals whatever its
// input, a range over rollout months ("rollout.delay_months",
// "rollout.ramp_months") too: "low": "2" (a JSON number is read as well);
// Estimate, not the reader, wants them whole months.
//
// Decoding is as strict as the model's: unknown keys (with a hint for a
// near miss), keys given twice, missing required keys ("labour",
// "levers", a lever's "kind", a horizon's "months", every field of a
// range), values of the wrong JSON type, and text or numbers outside the
// package bounds are refused, each a *FieldError with its line, column
// and path (`levers[1].target_rate`), named by the lever's name or, when
// it has none, its kind ("IVR containment") as Estimate names it. Arrays
// are bounded as Estimate bounds them — at most 100 levers, 50 ranges,
// and as many seasons and channel volumes as a Series may hold
// (MaxSubPeriods, MaxParts) — and refused with ErrTooLarge, before the
// rest is read, past that. Decoding does not check the scenario against a
// model: Estimate does. The writer refuses, naming the field, what the
// reader would refuse: a nil lever (ErrNotSet), numbers outside the
// bounds, text longer than MaxTextLength, month counts and indexes
// outside their ranges, arrays beyond their bounds.

// jsonLeverKinds names the kinds of lever in JSON; jsonLeverZeros holds a
// zero lever of each, in the same order.
var jsonLeverKinds = enum{typ: "lever kind", field: "kind", names: []string{"",
	"self-service-deflection", "ivr-containment", "ivr-verification", "callback", "acd-routing",
	"first-contact-resolution", "handle-time-reduction"}}

var jsonLeverZeros = [...]Lever{nil, SelfServiceDeflection{}, IVRContainment{}, IVRVerification{}, Callback{},
	ACDRouting{}, FirstContactResolution{}, HandleTimeReduction{}}

// jsonLeverKind returns the index of a lever's kind in jsonLeverKinds (0
// for none, which the closed interface does not allow).
func jsonLeverKind(l Lever) int {
	kind := l.describe().kind
	for k := 1; k < len(jsonLeverZeros); k++ {
		if jsonLeverZeros[k].describe().kind == kind {
			return k
		}
	}
	return 0
}

// jsonLeverName is the name a lever's errors carry: its Name, or its kind
// as Estimate says it ("IVR containment").
func jsonLeverName(l Lever) string {
	info := l.describe()
	if info.name != "" {
		return info.name
	}
	return info.kind
}

// jsonLeverEntry is a key of a lever's JSON object: a field of its own, or
// a nested object ("investment", "rollout") of several.
type jsonLeverEntry struct {
	key string
	ref fieldRef   // a field of its own (key is ref.key)
	sub []fieldRef // a nested object's fields, keys relative to it
}

// jsonLeverEntries groups a lever's fields (from edit) into the keys of
// its object: "investment.one_time" goes into "investment".
func jsonLeverEntries(refs []fieldRef) []jsonLeverEntry {
	var out []jsonLeverEntry
	for _, f := range refs {
		group, rest, nested := strings.Cut(f.key, ".")
		if !nested {
			out = append(out, jsonLeverEntry{key: f.key, ref: f})
			continue
		}
		if n := len(out); n > 0 && out[n-1].key == group && out[n-1].sub != nil {
			out[n-1].sub = append(out[n-1].sub, fieldRef{rest, f.p})
			continue
		}
		out = append(out, jsonLeverEntry{key: group, sub: []fieldRef{{rest, f.p}}})
	}
	return out
}

// jsonLeverKeys lists the keys of every kind of lever, for the hints of a
// lever whose kind is unknown.
func jsonLeverKeys() []string {
	var out []string
	for _, z := range jsonLeverZeros[1:] {
		_, refs := z.edit()
		for _, e := range jsonLeverEntries(refs) {
			if !slices.Contains(out, e.key) {
				out = append(out, e.key)
			}
		}
	}
	return out
}

// jsonRefSet reports whether a lever field holds something to write.
func jsonRefSet(p any) bool {
	switch v := p.(type) {
	case *string:
		return *v != ""
	case *Channel:
		return *v != ""
	case *[]Channel:
		return len(*v) > 0
	case *decimal.Decimal:
		return v.Sign() != 0
	case *int:
		return *v != 0
	}
	return false
}

// lever writes a lever: "kind" first, then its fields that are set. A
// pointer writes like its value; a nil lever is ErrNotSet at l (written
// as null).
func (w *jsonWriter) lever(l loc, lv Lever) {
	if isNilLever(lv) {
		w.fail(l.err("", ErrNotSet, "a nil lever"))
		w.raw("null")
		return
	}
	l = l.named(jsonLeverName(lv))
	k := jsonLeverKind(lv)
	w.open('{')
	w.key("kind")
	if k == 0 {
		w.fail(l.err("kind", ErrInvalid, lv.describe().kind))
	}
	w.str(jsonLeverKinds.names[k])
	_, refs := lv.edit()
	for _, e := range jsonLeverEntries(refs) {
		if e.sub == nil {
			w.leverValue(l, e.key, e.ref.p)
			continue
		}
		set := false
		for _, f := range e.sub {
			set = set || jsonRefSet(f.p)
		}
		if !set {
			continue
		}
		w.key(e.key)
		w.open('{')
		for _, f := range e.sub {
			w.leverValue(l.at(e.key), f.key, f.p)
		}
		w.close('}')
	}
	w.close('}')
}

// leverValue writes one field of a lever at l, unless it is zero.
func (w *jsonWriter) leverValue(l loc, key string, p any) {
	if !jsonRefSet(p) {
		return
	}
	at := l.at(key)
	switch v := p.(type) {
	case *string:
		w.key(key)
		w.boundedText(at, *v)
	case *Channel:
		w.key(key)
		w.boundedText(at, string(*v))
	case *[]Channel:
		w.key(key)
		w.tooMany(at, len(*v), MaxChannels)
		w.open('[')
		for i, ch := range *v {
			w.boundedText(at.index(i), string(ch))
		}
		w.close(']')
	case *decimal.Decimal:
		w.numField(l, key, *v, true)
	case *int:
		w.key(key)
		w.wholeNumber(at, *v, MaxHorizonMonths)
	}
}

// boundedText writes a string, refusing one longer than MaxTextLength
// bytes (the reader would refuse it).
func (w *jsonWriter) boundedText(l loc, s string) {
	w.checkText(l, s)
	w.str(s)
}

// checkText refuses text longer than MaxTextLength bytes.
func (w *jsonWriter) checkText(l loc, s string) {
	if len(s) > MaxTextLength {
		w.fail(l.err("", ErrTooLarge, "text of "+strconv.Itoa(len(s))+" bytes (at most "+strconv.Itoa(MaxTextLength)+")"))
	}
}

// wholeNumber writes a whole number, refusing one outside 0 to max (the
// reader would refuse it).
func (w *jsonWriter) wholeNumber(l loc, n, max int) {
	if n < 0 || n > max {
		w.fail(l.err("", ErrOutOfRange, strconv.Itoa(n)+" (want 0 to "+strconv.Itoa(max)+")"))
	}
	w.raw(strconv.Itoa(n))
}

// tooMany refuses an array of n elements when the reader takes at most
// max.
func (w *jsonWriter) tooMany(l loc, n, max int) {
	if n > max {
		w.fail(l.err("", ErrTooLarge, strconv.Itoa(n)+" elements (at most "+strconv.Itoa(max)+")"))
	}
}

// jsonScenarioReader reads scenarios and estimates: a jsonReader that
// also holds its document, to look ahead in a lever's object for its
// kind.
type jsonScenarioReader struct {
	*jsonReader
	data []byte
}

func newJSONScenarioReader(data []byte) *jsonScenarioReader {
	return &jsonScenarioReader{jsonReader: newJSONReader(data), data: data}
}

// errLeverHead stops the look-ahead once it has what it wants.
var errLeverHead = errors.New("lever head read")

// leverHead looks ahead in the object that comes next, without consuming
// it, for the first "kind" and "name" given as strings. Problems are left
// to the reading proper.
func (j *jsonScenarioReader) leverHead() (kind, name string) {
	off := j.r.Offset()
	if j.stop != nil || off >= len(j.data) || j.data[off] != '{' {
		return "", ""
	}
	r := jsonin.NewReader(j.data[off:], jsonin.Limits{MaxString: MaxTextLength, MaxNumber: MaxTextLength})
	var gotKind, gotName bool
	read := func(dst *string, got *bool) error {
		if k, _ := r.Peek(); k != jsonin.String || *got {
			return r.Skip()
		}
		s, err := r.String()
		*dst, *got = s, err == nil
		return err
	}
	_ = r.Object(func(key string) error {
		var err error
		switch key {
		case "kind":
			err = read(&kind, &gotKind)
		case "name":
			err = read(&name, &gotName)
		default:
			err = r.Skip()
		}
		if err == nil && gotKind && gotName {
			return errLeverHead
		}
		return err
	})
	return kind, name
}

// lever reads a lever at l. want, when not 0, is the only kind accepted
// (a lever type's own UnmarshalJSON). It returns nil when the kind is
// missing or unknown.
func (j *jsonScenarioReader) lever(l loc, want int) Lever {
	kindText, name := j.leverHead()
	k := 0
	for i, n := range jsonLeverKinds.names {
		if i > 0 && n == kindText {
			k = i
		}
	}
	if name == "" && k > 0 {
		name = jsonLeverZeros[k].describe().kind
	}
	l = l.named(name)
	fields := []jsonField{req("kind", func(l loc) {
		j.text(l, func(s string) error {
			i, err := jsonLeverKinds.parse(l, s)
			switch {
			case err != nil:
				return err
			case i == 0:
				return l.err("", ErrNotSet, "choose "+jsonLeverKinds.list())
			case want != 0 && i != want:
				return l.err("", ErrInvalid, quote(s)+" (want "+strconv.Quote(jsonLeverKinds.names[want])+")")
			}
			return nil
		})
	})}
	if k == 0 {
		// The fields depend on the kind: take any lever's, unread.
		for _, key := range jsonLeverKeys() {
			fields = append(fields, opt(key, j.skip))
		}
		j.object(l, fields...)
		return nil
	}
	get, refs := jsonLeverZeros[k].edit()
	for _, e := range jsonLeverEntries(refs) {
		if e.sub == nil {
			fields = append(fields, opt(e.key, j.leverValue(e.ref.p)))
			continue
		}
		sub := make([]jsonField, len(e.sub))
		for i, f := range e.sub {
			sub[i] = opt(f.key, j.leverValue(f.p))
		}
		fields = append(fields, opt(e.key, func(l loc) { j.object(l, sub...) }))
	}
	j.object(l, fields...)
	return get()
}

// leverValue returns the reader of a lever field.
func (j *jsonScenarioReader) leverValue(p any) func(l loc) {
	switch v := p.(type) {
	case *string:
		return func(l loc) { *v = j.str(l) }
	case *Channel:
		return func(l loc) { *v = Channel(j.label(l)) }
	case *[]Channel:
		return func(l loc) {
			j.array(l, MaxChannels, func(_ int, at loc) { *v = append(*v, Channel(j.label(at))) })
		}
	case *decimal.Decimal:
		return func(l loc) { *v = j.number(l) }
	case *int:
		return func(l loc) { *v = j.integer(l, MaxHorizonMonths) }
	}
	return j.skip
}

// jsonMarshalLever is the MarshalJSON of every lever type.
func jsonMarshalLever(l Lever) ([]byte, error) {
	w := &jsonWriter{}
	w.lever(loc{}, l)
	return w.b, w.err
}

// jsonUnmarshalLever is the UnmarshalJSON of every lever type: the form
// of any lever, whose "kind" must be T's.
func jsonUnmarshalLever[T Lever](data []byte, dst *T) error {
	var zero T
	j := newJSONScenarioReader(data)
	l := j.lever(loc{}, jsonLeverKind(zero))
	if err := j.done(); err != nil {
		return err
	}
	v, ok := l.(T)
	if !ok { // cannot happen: the kind was checked
		return argErr("kind", ErrInvalid, "")
	}
	*dst = v
	return nil
}

// MarshalJSON encodes the lever in the JSON form of a scenario's levers:
// {"kind": "self-service-deflection", ...}, "kind" first and zero fields
// left out. It fails, naming the field, for a number outside the package
// bounds, text longer than MaxTextLength or a month count outside 0 to
// 600.
func (l SelfServiceDeflection) MarshalJSON() ([]byte, error) { return jsonMarshalLever(l) }

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; "kind" is required and must be
// "self-service-deflection".
func (l *SelfServiceDeflection) UnmarshalJSON(data []byte) error { return jsonUnmarshalLever(data, l) }

// MarshalJSON encodes the lever in the JSON form of a scenario's levers:
// {"kind": "ivr-containment", ...}, "kind" first and zero fields left out.
// It fails as SelfServiceDeflection.MarshalJSON does.
func (l IVRContainment) MarshalJSON() ([]byte, error) { return jsonMarshalLever(l) }

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; "kind" is required and must be
// "ivr-containment".
func (l *IVRContainment) UnmarshalJSON(data []byte) error { return jsonUnmarshalLever(data, l) }

// MarshalJSON encodes the lever in the JSON form of a scenario's levers:
// {"kind": "ivr-verification", ...}, "kind" first and zero fields left
// out. It fails as SelfServiceDeflection.MarshalJSON does.
func (l IVRVerification) MarshalJSON() ([]byte, error) { return jsonMarshalLever(l) }

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; "kind" is required and must be
// "ivr-verification".
func (l *IVRVerification) UnmarshalJSON(data []byte) error { return jsonUnmarshalLever(data, l) }

// MarshalJSON encodes the lever in the JSON form of a scenario's levers:
// {"kind": "callback", ...}, "kind" first and zero fields left out. It
// fails as SelfServiceDeflection.MarshalJSON does.
func (l Callback) MarshalJSON() ([]byte, error) { return jsonMarshalLever(l) }

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; "kind" is required and must be "callback".
func (l *Callback) UnmarshalJSON(data []byte) error { return jsonUnmarshalLever(data, l) }

// MarshalJSON encodes the lever in the JSON form of a scenario's levers:
// {"kind": "acd-routing", ...}, "kind" first and zero fields left out. It
// fails as SelfServiceDeflection.MarshalJSON does.
func (l ACDRouting) MarshalJSON() ([]byte, error) { return jsonMarshalLever(l) }

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; "kind" is required and must be
// "acd-routing".
func (l *ACDRouting) UnmarshalJSON(data []byte) error { return jsonUnmarshalLever(data, l) }

// MarshalJSON encodes the lever in the JSON form of a scenario's levers:
// {"kind": "first-contact-resolution", ...}, "kind" first and zero fields
// left out. It fails as SelfServiceDeflection.MarshalJSON does.
func (l FirstContactResolution) MarshalJSON() ([]byte, error) { return jsonMarshalLever(l) }

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; "kind" is required and must be
// "first-contact-resolution".
func (l *FirstContactResolution) UnmarshalJSON(data []byte) error {
	return jsonUnmarshalLever(data, l)
}

// MarshalJSON encodes the lever in the JSON form of a scenario's levers:
// {"kind": "handle-time-reduction", "channels": ["voice", "email"], ...},
// "kind" first and zero fields left out. It fails as
// SelfServiceDeflection.MarshalJSON does, and with ErrTooLarge for more
// than MaxChannels channels.
func (l HandleTimeReduction) MarshalJSON() ([]byte, error) { return jsonMarshalLever(l) }

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; "kind" is required and must be
// "handle-time-reduction".
func (l *HandleTimeReduction) UnmarshalJSON(data []byte) error { return jsonUnmarshalLever(data, l) }

// MarshalJSON encodes the horizon: {"months": 36, "discount_rate":
// "0.08", "compounding": "monthly", "seasons": [{"period": "2026-03",
// "volumes": [...]}]}, "months" always, the others only when set; each
// season in the JSON form of PeriodVolumes. It fails, naming the field,
// for months outside 0 to 600, an unknown compounding, a rate outside the
// package bounds, more than MaxSubPeriods seasons or MaxParts channel
// volumes in them.
func (h Horizon) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.horizon(loc{}, &h)
	return w.b, w.err
}

// horizonIsZero reports a horizon with nothing set, which a scenario
// leaves out.
func horizonIsZero(h *Horizon) bool {
	return h.Months == 0 && h.DiscountRate.Sign() == 0 && h.Compounding == 0 && len(h.Seasons) == 0
}

func (w *jsonWriter) horizon(l loc, h *Horizon) {
	w.open('{')
	w.key("months")
	w.wholeNumber(l.at("months"), h.Months, MaxHorizonMonths)
	w.numField(l, "discount_rate", h.DiscountRate, true)
	if h.Compounding != 0 {
		w.enum(l.at("compounding"), compoundingEnum, int(h.Compounding))
	}
	if len(h.Seasons) > 0 {
		at := l.at("seasons")
		w.tooMany(at, len(h.Seasons), MaxSubPeriods)
		vols := 0
		for _, pv := range h.Seasons {
			vols += len(pv.Volumes)
		}
		if vols > MaxParts {
			w.fail(at.err("", ErrTooLarge, strconv.Itoa(vols)+" channel volumes (at most "+strconv.Itoa(MaxParts)+")"))
		}
		w.key("seasons")
		w.open('[')
		for k, pv := range h.Seasons {
			w.periodVolumes(at.index(k), pv)
		}
		w.close(']')
	}
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON: "months" is required, 0 to 600; the other
// fields are optional.
func (h *Horizon) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.horizon(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*h = out
	return nil
}

func (j *jsonScenarioReader) horizon(l loc) Horizon {
	var h Horizon
	vols := 0
	j.object(l,
		req("months", func(l loc) { h.Months = j.integer(l, MaxHorizonMonths) }),
		opt("discount_rate", func(l loc) { h.DiscountRate = j.number(l) }),
		opt("compounding", func(l loc) { j.enumText(l, compoundingEnum, (*uint8)(&h.Compounding)) }),
		opt("seasons", func(l loc) {
			j.array(l, MaxSubPeriods, func(_ int, at loc) {
				var pv PeriodVolumes
				j.object(at,
					req("period", func(l loc) { pv.Period = j.period(l) }),
					req("volumes", func(l loc) {
						j.array(l, MaxChannels, func(_ int, at loc) {
							if vols++; vols > MaxParts {
								line, col := j.r.Pos()
								j.problem(at, line, col, ErrTooLarge, "more than "+strconv.Itoa(MaxParts)+" channel volumes in the seasons")
								j.stop = errTooManyElements
								return
							}
							pv.Volumes = append(pv.Volumes, j.volume(at))
						})
					}),
				)
				h.Seasons = append(h.Seasons, pv)
			})
		}),
	)
	return h
}

// MarshalJSON encodes the range: {"lever": 0, "input": "resolution",
// "low": "0.15", "high": "0.35"}, every field always, the bounds as
// decimals even over rollout months ({"lever": 1, "input":
// "rollout.ramp_months", "low": "0", "high": "6"}). It fails, naming the
// field, for a lever index outside 0 to 99, an input longer than
// MaxTextLength, or a bound outside the package bounds.
func (r Range) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.scenarioRange(loc{}, &r)
	return w.b, w.err
}

func (w *jsonWriter) scenarioRange(l loc, r *Range) {
	w.open('{')
	w.key("lever")
	w.wholeNumber(l.at("lever"), r.Lever, maxLevers-1)
	w.key("input")
	w.boundedText(l.at("input"), r.Input)
	w.numField(l, "low", r.Low, false)
	w.numField(l, "high", r.High, false)
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness
// of Scenario.UnmarshalJSON; every field is required.
func (r *Range) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	out := j.scenarioRange(loc{})
	if err := j.done(); err != nil {
		return err
	}
	*r = out
	return nil
}

func (j *jsonScenarioReader) scenarioRange(l loc) Range {
	var r Range
	j.object(l,
		req("lever", func(l loc) { r.Lever = j.integer(l, maxLevers-1) }),
		req("input", func(l loc) { r.Input = j.str(l) }),
		req("low", func(l loc) { r.Low = j.number(l) }),
		req("high", func(l loc) { r.High = j.number(l) }),
	)
	return r
}

// MarshalJSON encodes the scenario in its JSON form (see the example in
// testdata/sample_scenario.json): "labour" by name (empty when not set),
// "convention" when set, "levers" each with its "kind" first, "horizon"
// when any of its fields is set, "ranges" when there are some. It fails,
// naming the field, for a nil lever (ErrNotSet at levers[i]), an unknown
// labour assumption, convention or compounding (ErrInvalid), more than
// 100 levers or 50 ranges (ErrTooLarge), and what the levers', the
// horizon's and the ranges' MarshalJSON refuse. It does not validate the
// scenario: Estimate does.
func (s Scenario) MarshalJSON() ([]byte, error) {
	w := &jsonWriter{}
	w.scenario(loc{}, &s)
	return w.b, w.err
}

func (w *jsonWriter) scenario(l loc, s *Scenario) {
	w.open('{')
	w.enum(l.at("labour"), labourEnum, int(s.Labour))
	if s.Convention != 0 {
		w.enum(l.at("convention"), conventionEnum, int(s.Convention))
	}
	w.key("levers")
	w.tooMany(l.at("levers"), len(s.Levers), maxLevers)
	w.open('[')
	for i, lv := range s.Levers {
		w.lever(l.at("levers").index(i), lv)
	}
	w.close(']')
	if !horizonIsZero(&s.Horizon) {
		w.key("horizon")
		w.horizon(l.at("horizon"), &s.Horizon)
	}
	if len(s.Ranges) > 0 {
		w.key("ranges")
		w.tooMany(l.at("ranges"), len(s.Ranges), maxRanges)
		w.open('[')
		for k := range s.Ranges {
			w.scenarioRange(l.at("ranges").index(k), &s.Ranges[k])
		}
		w.close(']')
	}
	if len(s.Staffing) > 0 {
		w.key("staffing")
		w.tooMany(l.at("staffing"), len(s.Staffing), maxStaffProfiles)
		w.open('[')
		for k := range s.Staffing {
			w.staffingProfile(l.at("staffing").index(k), &s.Staffing[k])
		}
		w.close(']')
	}
	w.close('}')
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly: it refuses
// unknown fields (with a hint for a near miss), keys given twice, missing
// required fields ("labour", "levers"; a lever's "kind", a horizon's
// "months", every field of a range), an unknown kind of lever (with the
// kinds and a hint), values of the wrong JSON type, trailing data, more
// than 100 levers, 50 ranges, MaxSubPeriods seasons or MaxParts channel
// volumes in them (ErrTooLarge, before reading further), and text or
// numbers outside the package bounds, so hostile input cannot exhaust
// memory. Every problem is a *FieldError with its line, column and path,
// named by its lever, all of them joined. A lever's "kind" may come
// anywhere in its object. It does not check the scenario against a model:
// Estimate does. Levers decode as values, never pointers.
func (s *Scenario) UnmarshalJSON(data []byte) error {
	j := newJSONScenarioReader(data)
	var out Scenario
	j.scenario(loc{}, &out)
	if err := j.done(); err != nil {
		return err
	}
	*s = out
	return nil
}

func (j *jsonScenarioReader) scenario(l loc, s *Scenario) {
	j.object(l,
		req("labour", func(l loc) { j.enumText(l, labourEnum, (*uint8)(&s.Labour)) }),
		opt("convention", func(l loc) { j.enumText(l, conventionEnum, (*uint8)(&s.Convention)) }),
		req("levers", func(l loc) {
			j.array(l, maxLevers, func(_ int, at loc) { s.Levers = append(s.Levers, j.lever(at, 0)) })
		}),
		opt("horizon", func(l loc) { s.Horizon = j.horizon(l) }),
		opt("ranges", func(l loc) {
			j.array(l, maxRanges, func(_ int, at loc) { s.Ranges = append(s.Ranges, j.scenarioRange(at)) })
		}),
		opt("staffing", func(l loc) {
			j.array(l, maxStaffProfiles, func(_ int, at loc) { s.Staffing = append(s.Staffing, j.staffingProfile(at)) })
		}),
	)
}
