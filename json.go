package contactcost

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/shopspring/decimal"
)

// decodeStrict decodes one JSON value from data into v, refusing unknown
// fields and trailing data. Decoding never goes through shopspring/decimal's
// own JSON methods, so the package does not depend on that library's
// package-level settings.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fieldErr("", "json", ErrSyntax, "data after the top-level value")
	}
	return nil
}

// jsonError turns an encoding/json error into a *FieldError with ErrSyntax,
// unless it already is one of ours.
func jsonError(err error) error {
	var fe *FieldError
	if errors.As(err, &fe) {
		return err
	}
	var cm *CurrencyMismatchError
	if errors.As(err, &cm) {
		return err
	}
	return fieldErr("", "json", ErrSyntax, strings.TrimPrefix(err.Error(), "json: "))
}

// jsonDecimal carries a decimal through JSON as a string ("12.50"). On input
// it also accepts a JSON number, read from its literal text (never through
// float64). Input is bounded: see parseDecimal.
type jsonDecimal decimal.Decimal

// MarshalJSON writes the decimal as a JSON string. It fails for a number
// outside the package bounds rather than print it.
func (d jsonDecimal) MarshalJSON() ([]byte, error) {
	n, err := checkDecimal(decimal.Decimal(d))
	if err != nil {
		return nil, fieldErr("", "number", err, tooLargeDetail)
	}
	return json.Marshal(n.decimal().String())
}

// UnmarshalJSON reads a JSON string or number.
func (d *jsonDecimal) UnmarshalJSON(data []byte) error {
	text := string(data)
	if len(data) > 0 && data[0] == '"' {
		if err := json.Unmarshal(data, &text); err != nil {
			return fieldErr("", "number", ErrSyntax, err.Error())
		}
	}
	v, err := parseDecimal("number", text)
	if err != nil {
		return err
	}
	*d = jsonDecimal(v)
	return nil
}

// IsZero reports whether d is zero, for the omitzero option.
func (d jsonDecimal) IsZero() bool { return decimal.Decimal(d).IsZero() }

// jsonRatio carries a Ratio through JSON: a string in the Ratio.String form,
// or null when the ratio is undefined.
type jsonRatio Ratio

// MarshalJSON writes null or the ratio's string form.
func (x jsonRatio) MarshalJSON() ([]byte, error) {
	if !Ratio(x).IsDefined() {
		return []byte("null"), nil
	}
	return json.Marshal(Ratio(x).String())
}

// UnmarshalJSON reads null or a string ParseRatio accepts.
func (x *jsonRatio) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*x = jsonRatio{}
		return nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fieldErr("", "ratio", ErrSyntax, "want a string or null")
	}
	r, err := ParseRatio(s)
	if err != nil {
		return err
	}
	*x = jsonRatio(r)
	return nil
}

// jsonFixed writes a rounded figure with exactly places decimal places, or
// null when it is not defined.
type jsonFixed struct {
	d       decimal.Decimal
	places  int32
	defined bool
}

// MarshalJSON writes null or the figure as a string.
func (f jsonFixed) MarshalJSON() ([]byte, error) {
	if !f.defined {
		return []byte("null"), nil
	}
	n, err := checkDecimal(f.d)
	if err != nil {
		return nil, fieldErr("", "number", err, tooLargeDetail)
	}
	return json.Marshal(n.decimal().StringFixed(f.places))
}

// UnmarshalJSON reads null or a decimal string or number.
func (f *jsonFixed) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*f = jsonFixed{}
		return nil
	}
	var d jsonDecimal
	if err := d.UnmarshalJSON(data); err != nil {
		return err
	}
	*f = jsonFixed{d: decimal.Decimal(d), defined: true}
	return nil
}

// The JSON form of a Model. Field names are snake_case; amounts and volumes
// are strings; enumerations are their String names.
type modelJSON struct {
	Currency   Currency     `json:"currency"`
	Period     Period       `json:"period"`
	Scope      Scope        `json:"scope"`
	Rounding   Rounding     `json:"rounding"`
	Convention Convention   `json:"convention,omitzero"`
	Strict     bool         `json:"strict,omitempty"`
	Costs      []costJSON   `json:"costs"`
	Volumes    []volumeJSON `json:"volumes"`
}

type costJSON struct {
	Name     string      `json:"name"`
	Category Category    `json:"category"`
	Amount   jsonDecimal `json:"amount"`
	Currency Currency    `json:"currency,omitzero"`
	Channel  Channel     `json:"channel,omitempty"`
	Basis    *basisJSON  `json:"basis,omitempty"`
	Behavior Behavior    `json:"behavior"`
	Driver   Measure     `json:"driver,omitzero"`
	Period   Period      `json:"period,omitzero"`
	Per      Unit        `json:"per,omitzero"`

	UnitPrice      jsonDecimal `json:"unit_price,omitzero"`
	Quantity       jsonDecimal `json:"quantity,omitzero"`
	Timing         Timing      `json:"timing,omitzero"`
	Incurred       Date        `json:"incurred,omitzero"`
	AmortizeMonths int         `json:"amortize_months,omitempty"`
}

type basisJSON struct {
	Kind    BasisKind    `json:"kind"`
	Weights []weightJSON `json:"weights,omitempty"`
	Among   []Channel    `json:"among,omitempty"`
}

type weightJSON struct {
	Channel Channel     `json:"channel"`
	Value   jsonDecimal `json:"value"`
}

type volumeJSON struct {
	Channel       Channel     `json:"channel"`
	Automated     bool        `json:"automated,omitempty"`
	Contacts      jsonDecimal `json:"contacts"`
	HandleMinutes jsonDecimal `json:"handle_minutes,omitzero"`
	QueueMinutes  jsonDecimal `json:"queue_minutes,omitzero"`
	AgentHours    jsonDecimal `json:"agent_hours,omitzero"`
	FTE           jsonDecimal `json:"fte,omitzero"`
	Offered       jsonDecimal `json:"offered,omitzero"`
	Abandoned     jsonDecimal `json:"abandoned,omitzero"`
}

// MarshalJSON encodes the model in its documented JSON form (see the package
// documentation). Every number is written as a string, whatever
// shopspring/decimal's package settings say. It fails for numbers outside
// the package bounds and enumerations outside their constants.
func (m Model) MarshalJSON() ([]byte, error) {
	v := modelJSON{Currency: m.Currency, Period: m.Period, Scope: m.Scope, Rounding: m.Rounding,
		Convention: m.Convention, Strict: m.Strict}
	v.Costs = make([]costJSON, len(m.Costs))
	for i, c := range m.Costs {
		cj := costJSON{
			Name: c.Name, Category: c.Category, Amount: jsonDecimal(c.Amount), Currency: c.Currency,
			Channel: c.Channel, Behavior: c.Behavior, Driver: c.Driver, Period: c.Period, Per: c.Per,
			UnitPrice: jsonDecimal(c.UnitPrice), Quantity: jsonDecimal(c.Quantity),
			Timing: c.Timing, Incurred: c.Incurred, AmortizeMonths: c.AmortizeMonths,
		}
		if !c.Basis.IsZero() {
			cj.Basis = basisToJSON(c.Basis)
		}
		v.Costs[i] = cj
	}
	v.Volumes = volumesToJSON(m.Volumes)
	return json.Marshal(v)
}

func volumesToJSON(vols []Volume) []volumeJSON {
	out := make([]volumeJSON, len(vols))
	for i, vol := range vols {
		out[i] = volumeJSON{
			Channel: vol.Channel, Automated: vol.Automated,
			Contacts: jsonDecimal(vol.Contacts), HandleMinutes: jsonDecimal(vol.HandleMinutes),
			QueueMinutes: jsonDecimal(vol.QueueMinutes), AgentHours: jsonDecimal(vol.AgentHours),
			FTE: jsonDecimal(vol.FTE), Offered: jsonDecimal(vol.Offered), Abandoned: jsonDecimal(vol.Abandoned),
		}
	}
	return out
}

func volumesFromJSON(vols []volumeJSON) []Volume {
	var out []Volume
	for _, vol := range vols {
		out = append(out, Volume{
			Channel: vol.Channel, Automated: vol.Automated,
			Contacts: decimal.Decimal(vol.Contacts), HandleMinutes: decimal.Decimal(vol.HandleMinutes),
			QueueMinutes: decimal.Decimal(vol.QueueMinutes), AgentHours: decimal.Decimal(vol.AgentHours),
			FTE: decimal.Decimal(vol.FTE), Offered: decimal.Decimal(vol.Offered), Abandoned: decimal.Decimal(vol.Abandoned),
		})
	}
	return out
}

func basisToJSON(b Basis) *basisJSON {
	bj := &basisJSON{Kind: b.Kind, Among: b.Among}
	for _, w := range b.Weights {
		bj.Weights = append(bj.Weights, weightJSON{Channel: w.Channel, Value: jsonDecimal(w.Value)})
	}
	return bj
}

func basisFromJSON(bj *basisJSON) Basis {
	if bj == nil {
		return Basis{}
	}
	b := Basis{Kind: bj.Kind, Among: bj.Among}
	for _, w := range bj.Weights {
		b.Weights = append(b.Weights, Weight{Channel: w.Channel, Value: decimal.Decimal(w.Value)})
	}
	return b
}

// UnmarshalJSON decodes the form MarshalJSON writes. It refuses unknown
// fields, trailing data, and numbers or text outside the package bounds
// (ErrTooLarge), so hostile input cannot exhaust memory. It does not
// validate the model as a whole: call Validate or Report for that.
func (m *Model) UnmarshalJSON(data []byte) error {
	var v modelJSON
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	out := Model{Currency: v.Currency, Period: v.Period, Scope: v.Scope, Rounding: v.Rounding,
		Convention: v.Convention, Strict: v.Strict}
	for _, c := range v.Costs {
		out.Costs = append(out.Costs, Cost{
			Name: c.Name, Category: c.Category, Amount: decimal.Decimal(c.Amount), Currency: c.Currency,
			Channel: c.Channel, Basis: basisFromJSON(c.Basis), Behavior: c.Behavior, Driver: c.Driver,
			Period: c.Period, Per: c.Per, UnitPrice: decimal.Decimal(c.UnitPrice), Quantity: decimal.Decimal(c.Quantity),
			Timing: c.Timing, Incurred: c.Incurred, AmortizeMonths: c.AmortizeMonths,
		})
	}
	out.Volumes = volumesFromJSON(v.Volumes)
	*m = out
	return nil
}

// The JSON form of a Report.
type reportJSON struct {
	Currency   Currency        `json:"currency"`
	Period     Period          `json:"period"`
	Scope      Scope           `json:"scope"`
	Rounding   Rounding        `json:"rounding"`
	Convention Convention      `json:"convention,omitzero"`
	Channels   []channelJSON   `json:"channels"`
	Total      totalsJSON      `json:"total"`
	Lines      []lineJSON      `json:"lines"`
	Matrix     []matrixRowJSON `json:"matrix"`
}

// figuresJSON holds the figures channels and totals have in common.
type figuresJSON struct {
	Contacts            jsonDecimal `json:"contacts"`
	HandleMinutes       jsonDecimal `json:"handle_minutes"`
	Direct              jsonFixed   `json:"direct"`
	Shared              jsonFixed   `json:"shared"`
	Total               jsonFixed   `json:"total"`
	CostPerContact      jsonFixed   `json:"cost_per_contact"`
	CostPerMinute       jsonFixed   `json:"cost_per_minute"`
	ExactCostPerContact jsonRatio   `json:"exact_cost_per_contact"`
	ExactCostPerMinute  jsonRatio   `json:"exact_cost_per_minute"`
}

type channelJSON struct {
	Channel   Channel `json:"channel"`
	Automated bool    `json:"automated"`
	figuresJSON
}

type totalsJSON struct {
	figuresJSON
	AssistedContacts jsonDecimal `json:"assisted_contacts"`
	AllContacts      jsonDecimal `json:"all_contacts"`
}

type lineJSON struct {
	Name        string     `json:"name"`
	Category    Category   `json:"category"`
	Behavior    Behavior   `json:"behavior"`
	Driver      Measure    `json:"driver,omitzero"`
	Timing      Timing     `json:"timing,omitzero"`
	Channel     Channel    `json:"channel,omitempty"`
	Basis       *basisJSON `json:"basis,omitempty"`
	ExactAmount jsonRatio  `json:"exact_amount"`
	Amount      jsonFixed  `json:"amount"`
	Parts       []partJSON `json:"parts"`
}

type partJSON struct {
	Channel Channel     `json:"channel"`
	Weight  jsonDecimal `json:"weight"`
	Share   jsonRatio   `json:"share"`
	Amount  jsonFixed   `json:"amount"`
}

type matrixRowJSON struct {
	Category Category    `json:"category"`
	Cells    []jsonFixed `json:"cells"`
	Total    jsonFixed   `json:"total"`
}

// MarshalJSON encodes the report in its documented JSON form: money as
// strings with the currency's minor-unit places ("1250.00"), rounded
// per-unit figures with the policy's places, exact figures in the
// Ratio.String form, and null for undefined figures. Every number is
// written as a string, whatever shopspring/decimal's package settings say.
func (r Report) MarshalJSON() ([]byte, error) {
	minor := r.Currency.MinorUnits()
	scale := r.Rounding.Scale(r.Currency)
	money := func(d decimal.Decimal) jsonFixed { return jsonFixed{d: d, places: minor, defined: true} }
	perUnit := func(d decimal.Decimal, exact Ratio) jsonFixed {
		return jsonFixed{d: d, places: scale, defined: exact.IsDefined()}
	}
	figures := func(contacts, minutes, direct, shared, total, cpc, cpm decimal.Decimal, exactCPC, exactCPM Ratio) figuresJSON {
		return figuresJSON{
			Contacts: jsonDecimal(contacts), HandleMinutes: jsonDecimal(minutes),
			Direct: money(direct), Shared: money(shared), Total: money(total),
			CostPerContact: perUnit(cpc, exactCPC), CostPerMinute: perUnit(cpm, exactCPM),
			ExactCostPerContact: jsonRatio(exactCPC), ExactCostPerMinute: jsonRatio(exactCPM),
		}
	}
	v := reportJSON{Currency: r.Currency, Period: r.Period, Scope: r.Scope, Rounding: r.Rounding, Convention: r.Convention}
	v.Channels = make([]channelJSON, len(r.Channels))
	for i, ch := range r.Channels {
		v.Channels[i] = channelJSON{Channel: ch.Channel, Automated: ch.Automated,
			figuresJSON: figures(ch.Contacts, ch.HandleMinutes, ch.Direct, ch.Shared, ch.Total,
				ch.CostPerContact, ch.CostPerMinute, ch.ExactCostPerContact, ch.ExactCostPerMinute)}
	}
	t := r.Total
	v.Total = totalsJSON{
		figuresJSON: figures(t.Contacts, t.HandleMinutes, t.Direct, t.Shared, t.Total,
			t.CostPerContact, t.CostPerMinute, t.ExactCostPerContact, t.ExactCostPerMinute),
		AssistedContacts: jsonDecimal(t.AssistedContacts), AllContacts: jsonDecimal(t.AllContacts),
	}
	v.Lines = make([]lineJSON, len(r.Lines))
	for i, l := range r.Lines {
		lj := lineJSON{
			Name: l.Name, Category: l.Category, Behavior: l.Behavior, Driver: l.Driver, Timing: l.Timing, Channel: l.Channel,
			ExactAmount: jsonRatio(l.Exact), Amount: money(l.Amount), Parts: make([]partJSON, len(l.Parts)),
		}
		if !l.Basis.IsZero() {
			lj.Basis = basisToJSON(l.Basis)
		}
		for k, p := range l.Parts {
			lj.Parts[k] = partJSON{Channel: p.Channel, Weight: jsonDecimal(p.Weight), Share: jsonRatio(p.Share), Amount: money(p.Amount)}
		}
		v.Lines[i] = lj
	}
	v.Matrix = make([]matrixRowJSON, len(r.Matrix))
	for i, row := range r.Matrix {
		cells := make([]jsonFixed, len(row.Cells))
		for j, c := range row.Cells {
			cells[j] = money(c)
		}
		v.Matrix[i] = matrixRowJSON{Category: row.Category, Cells: cells, Total: money(row.Total)}
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the same bounds
// and strictness as Model.UnmarshalJSON, and then checks the report with
// Verify, so a report whose figures do not reconcile is refused.
func (r *Report) UnmarshalJSON(data []byte) error {
	var v reportJSON
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	out := Report{Currency: v.Currency, Period: v.Period, Scope: v.Scope, Rounding: v.Rounding, Convention: v.Convention}
	out.Channels = make([]ChannelFigures, len(v.Channels))
	for i, ch := range v.Channels {
		f := ch.figuresJSON
		out.Channels[i] = ChannelFigures{
			Channel: ch.Channel, Automated: ch.Automated,
			Contacts: decimal.Decimal(f.Contacts), HandleMinutes: decimal.Decimal(f.HandleMinutes),
			Direct: f.Direct.d, Shared: f.Shared.d, Total: f.Total.d,
			CostPerContact: f.CostPerContact.d, CostPerMinute: f.CostPerMinute.d,
			ExactCostPerContact: Ratio(f.ExactCostPerContact), ExactCostPerMinute: Ratio(f.ExactCostPerMinute),
		}
	}
	f := v.Total.figuresJSON
	out.Total = Totals{
		Contacts: decimal.Decimal(f.Contacts), AssistedContacts: decimal.Decimal(v.Total.AssistedContacts),
		AllContacts: decimal.Decimal(v.Total.AllContacts), HandleMinutes: decimal.Decimal(f.HandleMinutes),
		Direct: f.Direct.d, Shared: f.Shared.d, Total: f.Total.d,
		CostPerContact: f.CostPerContact.d, CostPerMinute: f.CostPerMinute.d,
		ExactCostPerContact: Ratio(f.ExactCostPerContact), ExactCostPerMinute: Ratio(f.ExactCostPerMinute),
	}
	out.Lines = make([]Line, len(v.Lines))
	for i, l := range v.Lines {
		line := Line{
			Name: l.Name, Category: l.Category, Behavior: l.Behavior, Driver: l.Driver, Timing: l.Timing, Channel: l.Channel,
			Basis: basisFromJSON(l.Basis), Exact: Ratio(l.ExactAmount), Amount: l.Amount.d,
		}
		if len(l.Parts) > 0 {
			line.Parts = make([]Part, len(l.Parts)) // a line without parts has nil Parts, as made
		}
		for k, p := range l.Parts {
			line.Parts[k] = Part{Channel: p.Channel, Weight: decimal.Decimal(p.Weight), Share: Ratio(p.Share), Amount: p.Amount.d}
		}
		out.Lines[i] = line
	}
	out.Matrix = make([]CategoryRow, len(v.Matrix))
	for i, row := range v.Matrix {
		cells := make([]decimal.Decimal, len(row.Cells))
		for j, c := range row.Cells {
			cells[j] = c.d
		}
		out.Matrix[i] = CategoryRow{Category: row.Category, Cells: cells, Total: row.Total.d}
	}
	if err := out.Verify(); err != nil {
		return err
	}
	*r = out
	return nil
}
