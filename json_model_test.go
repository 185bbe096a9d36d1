package contactcost

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Tests of the JSON form of a Model and of PeriodVolumes (json_model.go).

var jsonUpdate = flag.Bool("update", false, "rewrite the golden files in testdata")

// jsonGolden compares got with testdata/name, or rewrites the file with
// -update.
func jsonGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *jsonUpdate {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file: %v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

// jsonSampleModel is the model of testdata/sample_model.json: the small
// center of the old sampleCenter (voice, email, IVR; wages by handle time,
// telephony, office, IVR licence, CRM seats) with every optional field of
// the JSON form used: a rounding scale, a convention, strict, a cost
// currency, among, weights and percent, varies_with, a cost period, per,
// unit_price with and without quantity, both one-time timings with
// incurred and amortize_months, a custom channel with its handling, and
// every volume figure. Its report is worked by hand in
// TestReportJSONRoundTrip.
func jsonSampleModel() Model {
	return Model{
		Currency:   MustParseCurrency("USD"),
		Period:     MustParsePeriod("2026-03"),
		Scope:      ScopeAssisted,
		Rounding:   Rounding{Mode: RoundHalfUp}.WithScale(4),
		Convention: ConventionActualDays,
		Strict:     true,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, Amount: dec("40000"), Currency: MustParseCurrency("USD"),
				Basis: Basis{By: MeasureHandleMinutes, Among: []Channel{ChannelVoice, ChannelEmail}}, VariesWith: MeasureHandleMinutes},
			{Name: "Telephony", Category: CategoryTelephony, Amount: dec("3000.005"), Channel: ChannelVoice, VariesWith: MeasureHandleMinutes},
			{Name: "Office", Category: CategoryFacilities, Amount: dec("7000"), Basis: Basis{By: MeasureContacts}},
			{Name: "IVR licence", Category: CategoryTechnology, Amount: dec("1000"), Channel: ChannelIVR},
			{Name: "CRM seats", Category: CategorySoftwareLicences, Amount: dec("100"),
				Basis: Basis{Weights: []Weight{{ChannelVoice, dec("1")}, {ChannelEmail, dec("1")}, {ChannelIVR, dec("1")}}}},
			{Name: "Platform", Category: CategoryTechnology, Amount: dec("36500"), Period: MustParsePeriod("2026"),
				Basis: Basis{Weights: []Weight{{ChannelVoice, dec("60")}, {ChannelEmail, dec("40")}}, Percent: true}},
			{Name: "Headsets", Category: CategoryTechnology, UnitPrice: dec("12.50"), Quantity: dec("40"), Per: UnitMonth, Channel: ChannelVoice},
			{Name: "Bot sessions", Category: CategoryTechnology, UnitPrice: dec("0.05"), VariesWith: MeasureContacts, Channel: "chatbot"},
			{Name: "Migration", Category: CategoryOther, Amount: dec("1200"), Basis: Basis{By: MeasureAgentHours},
				Timing: TimingOneTimeAmortized, Incurred: MustDate(2026, 1, 15), AmortizeMonths: 12},
			{Name: "Launch event", Category: CategoryOther, Amount: dec("5000"), Channel: ChannelEmail,
				Timing: TimingOneTimeExcluded, Incurred: MustDate(2026, 3, 10)},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("1000"), HandleMinutes: dec("6000"), QueueMinutes: dec("1500.5"),
				AgentHours: dec("160"), FTE: dec("1.5"), Offered: dec("1100"), Abandoned: dec("100")},
			{Channel: ChannelEmail, Contacts: dec("500"), HandleMinutes: dec("2000"), AgentHours: dec("80")},
			{Channel: ChannelIVR, Contacts: dec("2000"), HandleMinutes: dec("4000")},
			{Channel: "chatbot", Handling: HandlingAutomated, Contacts: dec("800"), HandleMinutes: dec("1600")},
		},
	}
}

// jsonQuarterModel is the first quarter of the old series tests
// (quarterModel), with its volumes per month: a series of it is worked by
// hand in the series tests.
func jsonQuarterModel() (Model, []PeriodVolumes) {
	m := Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-Q1"), Scope: ScopeAssisted, Convention: ConventionActualDays,
		Costs: []Cost{
			{Name: "Platform", Category: CategoryTechnology, Amount: dec("9000"), Period: MustParsePeriod("2026-Q1"), Basis: Basis{By: MeasureContacts}},
			{Name: "Rent", Category: CategoryFacilities, Amount: dec("2000"), Per: UnitMonth, Channel: ChannelVoice},
			{Name: "CRM", Category: CategorySoftwareLicences, Amount: dec("3650"), Period: MustParsePeriod("2026"), Basis: Basis{By: MeasureContacts}},
			{Name: "Support", Category: CategoryOther, Amount: dec("1000"), Period: MustParsePeriod("2026-Q1"), Basis: Basis{By: MeasureContacts}},
		},
	}
	vols := func(voice, chat string) []Volume {
		return []Volume{
			{Channel: ChannelVoice, Contacts: dec(voice), HandleMinutes: dec("6000")},
			{Channel: ChannelChat, Contacts: dec(chat), HandleMinutes: dec("4000")},
		}
	}
	return m, []PeriodVolumes{
		{Period: MustParsePeriod("2026-01"), Volumes: vols("1000", "500")},
		{Period: MustParsePeriod("2026-02"), Volumes: vols("800", "600")},
		{Period: MustParsePeriod("2026-03"), Volumes: vols("1200", "600")},
	}
}

// jsonValidModel is a small valid model document for the error tests.
const jsonValidModel = `{"currency":"USD","period":"2026-03","scope":"assisted","rounding":{"mode":"half-even"},` +
	`"costs":[{"name":"Office","category":"facilities","amount":"1000","channel":"voice"}],` +
	`"volumes":[{"channel":"voice","contacts":"1"}]}`

// jsonDecodeModel decodes doc with Model.UnmarshalJSON.
func jsonDecodeModel(doc string) (Model, error) {
	var m Model
	err := m.UnmarshalJSON([]byte(doc))
	return m, err
}

// jsonFieldErrors returns the *FieldErrors joined in err.
func jsonFieldErrors(err error) []*FieldError {
	if err == nil {
		return nil
	}
	var out []*FieldError
	for _, e := range errorList(err) {
		var fe *FieldError
		if errors.As(e, &fe) {
			out = append(out, fe)
		}
	}
	return out
}

// jsonErrorAt returns the *FieldError in err at path that wraps sentinel,
// or nil.
func jsonErrorAt(err error, path string, sentinel error) *FieldError {
	for _, fe := range jsonFieldErrors(err) {
		if fe.Path == path && errors.Is(fe, sentinel) {
			return fe
		}
	}
	return nil
}

func TestModelJSONRoundTrip(t *testing.T) {
	m := jsonSampleModel()
	if err := m.Validate(); err != nil {
		t.Fatalf("the sample model: Validate() = %v", err)
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatalf("json.MarshalIndent(model) error: %v", err)
	}
	jsonGolden(t, "sample_model.json", append(b, '\n'))
	var back Model
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(model) error: %v", err)
	}
	if diff := cmp.Diff(m, back); diff != "" {
		t.Errorf("model JSON round trip mismatch (-want +got):\n%s", diff)
	}
	// MarshalJSON writes compact JSON that encoding/json leaves as it is.
	compact, err := m.MarshalJSON()
	if err != nil {
		t.Fatalf("Model.MarshalJSON() error: %v", err)
	}
	var want bytes.Buffer
	if err := json.Compact(&want, b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), string(compact)); diff != "" {
		t.Errorf("Model.MarshalJSON() is not the compact form of the golden file (-want +got):\n%s", diff)
	}
}

func TestModelJSONAcceptsNumbers(t *testing.T) {
	// Amounts may also be JSON numbers; they are read from their literal
	// text, never through float64: 0.1 stays 0.1.
	in := `{"currency":"EUR","period":"2026-Q1","scope":"all","rounding":{"mode":"half-even"},
	"costs":[{"name":"x","category":"other","amount":0.1,"channel":"chat"}],
	"volumes":[{"channel":"chat","contacts":3,"handle_minutes":1e-1}]}`
	m, err := jsonDecodeModel(in)
	if err != nil {
		t.Fatalf("Model.UnmarshalJSON() error: %v", err)
	}
	if got := m.Costs[0].Amount.String(); got != "0.1" {
		t.Errorf("Model.UnmarshalJSON() amount = %s, want 0.1", got)
	}
	if got := m.Volumes[0].Contacts.String(); got != "3" {
		t.Errorf("Model.UnmarshalJSON() contacts = %s, want 3", got)
	}
	if got := m.Volumes[0].HandleMinutes.String(); got != "0.1" {
		t.Errorf("Model.UnmarshalJSON() handle_minutes = %s, want 0.1", got)
	}
}

func TestModelJSONErrors(t *testing.T) {
	valid := jsonValidModel
	if _, err := jsonDecodeModel(valid); err != nil {
		t.Fatalf("valid model: %v", err)
	}
	replace := func(old, new string) string {
		if !strings.Contains(valid, old) {
			t.Fatalf("the valid model has no %s", old)
		}
		return strings.Replace(valid, old, new, 1)
	}
	tests := []struct {
		name string
		in   string
		want error
		path string
	}{
		// An unknown field is an unknown field (it used to be a syntax
		// error, without a location).
		{"unknown top-level field", replace(`"costs"`, `"cost":1,"costs"`), ErrUnknownField, "cost"},
		{"unknown nested field", replace(`"contacts":"1"`, `"contacts":"1","calls":"2"`), ErrUnknownField, "volumes[0].calls"},
		{"old behavior field", replace(`"channel":"voice"}]`, `"channel":"voice","behavior":"fixed"}]`), ErrUnknownField, "costs[0].behavior"},
		{"trailing data", valid + `{}`, ErrSyntax, ""},
		{"huge exponent", replace(`"contacts":"1"`, `"contacts":"1e999999999"`), ErrTooLarge, "volumes[0].contacts"},
		{"exponent beyond int32", replace(`"contacts":"1"`, `"contacts":"1e99999999999"`), ErrTooLarge, "volumes[0].contacts"},
		{"huge exponent as a JSON number", replace(`"contacts":"1"`, `"contacts":1e999999999`), ErrTooLarge, "volumes[0].contacts"},
		{"megabyte of digits", replace(`"contacts":"1"`, `"contacts":"`+strings.Repeat("9", 1<<20)+`"`), ErrTooLarge, "volumes[0].contacts"},
		{"megabyte number literal", replace(`"contacts":"1"`, `"contacts":`+strings.Repeat("9", 1<<20)), ErrTooLarge, "volumes[0].contacts"},
		{"not a number", replace(`"contacts":"1"`, `"contacts":"one"`), ErrSyntax, "volumes[0].contacts"},
		{"hex", replace(`"contacts":"1"`, `"contacts":"0x1"`), ErrSyntax, "volumes[0].contacts"},
		{"unknown currency", replace(`"USD"`, `"ABC"`), ErrUnknownCurrency, "currency"},
		{"unknown scope", replace(`"assisted"`, `"some"`), ErrInvalid, "scope"},
		{"bad period", replace(`"2026-03"`, `"March 2026"`), ErrSyntax, "period"},
		{"bad mode", replace(`"half-even"`, `"nearest"`), ErrInvalid, "rounding.mode"},
		{"scale out of range", replace(`"half-even"}`, `"half-even","scale":31}`), ErrOutOfRange, "rounding.scale"},
		{"amortize months out of range", replace(`"channel":"voice"}]`, `"channel":"voice","amortize_months":1201}]`), ErrOutOfRange, "costs[0].amortize_months"},
		{"not an object", `[]`, ErrSyntax, ""},
		{"empty input", ``, ErrSyntax, ""},
		// Required fields (issue 7: "a missing required JSON field is an
		// error naming it").
		{"no currency", replace(`"currency":"USD",`, ``), ErrNotSet, "currency"},
		{"no period", replace(`"period":"2026-03",`, ``), ErrNotSet, "period"},
		{"no scope", replace(`"scope":"assisted",`, ``), ErrNotSet, "scope"},
		{"no rounding mode", replace(`{"mode":"half-even"}`, `{}`), ErrNotSet, "rounding.mode"},
		{"no costs", replace(`"costs":[{"name":"Office","category":"facilities","amount":"1000","channel":"voice"}],`, ``), ErrNotSet, "costs"},
		{"no volumes", replace(`,"volumes":[{"channel":"voice","contacts":"1"}]`, ``), ErrNotSet, "volumes"},
		{"no cost name", replace(`"name":"Office",`, ``), ErrNotSet, "costs[0].name"},
		{"no cost category", replace(`"category":"facilities",`, ``), ErrNotSet, "costs[0].category"},
		{"no cost amount", replace(`"amount":"1000",`, ``), ErrNotSet, "costs[0].amount"},
		{"no volume channel", replace(`{"channel":"voice","contacts":"1"}`, `{"contacts":"1"}`), ErrNotSet, "volumes[0].channel"},
		{"no volume contacts", replace(`{"channel":"voice","contacts":"1"}`, `{"channel":"voice"}`), ErrNotSet, "volumes[0].contacts"},
		{"no weight value", replace(`"channel":"voice"}]`, `"basis":{"weights":[{"channel":"voice"}]}}]`), ErrNotSet, "costs[0].basis.weights[0].value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := jsonDecodeModel(tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Model.UnmarshalJSON() error = %.300v, want %v", err, tt.want)
			}
			fe := jsonErrorAt(err, tt.path, tt.want)
			if fe == nil {
				t.Fatalf("Model.UnmarshalJSON() error = %.300v, want %v at %q", err, tt.want, tt.path)
			}
			if fe.Line < 1 || fe.Column < 1 {
				t.Errorf("Model.UnmarshalJSON() error at line %d, column %d, want a position", fe.Line, fe.Column)
			}
			// Through encoding/json the error is the same, except that
			// encoding/json refuses input that is not JSON itself.
			var m Model
			if err := json.Unmarshal([]byte(tt.in), &m); err == nil {
				t.Errorf("json.Unmarshal() accepted %.100s", tt.in)
			}
		})
	}
}

// TestModelJSONFieldErrorsLocated pins issue 7's "JSON errors give the
// line and column and the path (costs[3].amount)": each problem of an
// indented document is located by hand.
func TestModelJSONFieldErrorsLocated(t *testing.T) {
	// Lines and columns, counted by hand (columns count bytes from 1):
	//
	//	line 9  `    {"name": "c3", "category": "other", "amount": "12,50", "channel": "voice"}`:
	//	        the value "12,50" starts at column 51.
	//	line 12 `    {"channel": "voice", "contacts": null}`: null at column 38.
	//	line 13 `    {"channel": "email", "contacts": "5", "AMOUNT": "1"}`: the key
	//	        "AMOUNT" at column 43.
	//	line 10 `  ],` closes the costs; line 6 opens c1 at column 5, whose
	//	        amount is missing.
	doc := `{
  "currency": "USD",
  "period": "2026-03",
  "scope": "assisted",
  "costs": [
    {"name": "c1", "category": "other", "channel": "voice"},
    {"name": "c2", "category": "other", "amount": "1", "channel": "voice"},
    {"name": "c2b", "category": "other", "amount": "1", "channel": "voice"},
    {"name": "c3", "category": "other", "amount": "12,50", "channel": "voice"}
  ],
  "volumes": [
    {"channel": "voice", "contacts": null},
    {"channel": "email", "contacts": "5", "AMOUNT": "1"}
  ]
}`
	_, err := jsonDecodeModel(doc)
	want := []FieldError{
		{Path: "costs[0].amount", Name: "c1", Line: 6, Column: 5, Err: ErrNotSet},
		{Path: "costs[3].amount", Line: 9, Column: 51, Err: ErrSyntax},
		{Path: "volumes[0].contacts", Line: 12, Column: 38, Err: ErrSyntax},
		{Path: "volumes[1].AMOUNT", Line: 13, Column: 43, Err: ErrUnknownField},
	}
	got := jsonFieldErrors(err)
	if len(got) != len(want) {
		t.Fatalf("Model.UnmarshalJSON() = %v, want %d errors", err, len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Path != w.Path || g.Name != w.Name || g.Line != w.Line || g.Column != w.Column || !errors.Is(g, w.Err) {
			t.Errorf("Model.UnmarshalJSON() error %d = %+v, want %s (%q) at line %d, column %d: %v",
				i, *g, w.Path, w.Name, w.Line, w.Column, w.Err)
		}
	}
	// The message puts the position first, then the path.
	if !strings.Contains(err.Error(), `contactcost: line 9, column 51: costs[3].amount: syntax error: "12,50" is not a decimal number`) {
		t.Errorf("Model.UnmarshalJSON() message = %q, want the located \"12,50\" problem", err)
	}
}

// TestModelJSONDuplicateKeys pins issue 7's "Lax JSON": a key given twice
// was accepted silently, the last one winning ("amount":"1000","amount":"5"
// cost 5; two currencies). Each is now ErrDuplicate at the second key.
func TestModelJSONDuplicateKeys(t *testing.T) {
	tests := []struct {
		name, in, path string
	}{
		{"two amounts", strings.Replace(jsonValidModel, `"amount":"1000"`, `"amount":"1000","amount":"5"`, 1), "costs[0].amount"},
		{"two currencies", strings.Replace(jsonValidModel, `"currency":"USD"`, `"currency":"USD","currency":"EUR"`, 1), "currency"},
		{"two contacts", strings.Replace(jsonValidModel, `"contacts":"1"`, `"contacts":"1","contacts":"1"`, 1), "volumes[0].contacts"},
		{"two modes", strings.Replace(jsonValidModel, `{"mode":"half-even"}`, `{"mode":"half-even","mode":"up"}`, 1), "rounding.mode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := jsonDecodeModel(tt.in)
			fe := jsonErrorAt(err, tt.path, ErrDuplicate)
			if fe == nil {
				t.Fatalf("Model.UnmarshalJSON() error = %v, want ErrDuplicate at %s", err, tt.path)
			}
			if fe.Line != 1 || fe.Column < 2 || tt.in[fe.Column-1] != '"' {
				t.Errorf("Model.UnmarshalJSON() error at line %d, column %d, want the second key", fe.Line, fe.Column)
			}
		})
	}
}

// TestModelJSONCaseVariantKeys pins issue 7's "Lax JSON": "AMOUNT" was
// taken for "amount". Field names now match exactly: a case variant is an
// unknown field, with a hint naming the field meant.
func TestModelJSONCaseVariantKeys(t *testing.T) {
	tests := []struct {
		name, in, path, hint string
	}{
		{"AMOUNT beside amount", strings.Replace(jsonValidModel, `"amount":"1000"`, `"amount":"1000","AMOUNT":"5"`, 1),
			"costs[0].AMOUNT", `(did you mean "amount"?)`},
		{"Currency", strings.Replace(jsonValidModel, `"currency":"USD"`, `"currency":"USD","Currency":"EUR"`, 1),
			"Currency", `(did you mean "currency"?)`},
		{"handle_Minutes", strings.Replace(jsonValidModel, `"contacts":"1"`, `"contacts":"1","handle_Minutes":"5"`, 1),
			"volumes[0].handle_Minutes", `(did you mean "handle_minutes"?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := jsonDecodeModel(tt.in)
			fe := jsonErrorAt(err, tt.path, ErrUnknownField)
			if fe == nil {
				t.Fatalf("Model.UnmarshalJSON() error = %v, want ErrUnknownField at %s", err, tt.path)
			}
			if !strings.Contains(fe.Error(), "unknown field") || !strings.Contains(fe.Detail, tt.hint) {
				t.Errorf("Model.UnmarshalJSON() error = %q, want \"unknown field\" and the hint %s", fe, tt.hint)
			}
		})
	}
	// Without the right key beside it, "AMOUNT" leaves the line without an
	// amount: both are said.
	_, err := jsonDecodeModel(strings.Replace(jsonValidModel, `"amount":"1000"`, `"AMOUNT":"1000"`, 1))
	if jsonErrorAt(err, "costs[0].AMOUNT", ErrUnknownField) == nil || jsonErrorAt(err, "costs[0].amount", ErrNotSet) == nil {
		t.Errorf("Model.UnmarshalJSON(AMOUNT only) error = %v, want an unknown field and a missing amount", err)
	}
}

// TestModelJSONUnknownFieldSaysSo pins issue 7: JSON errors said "syntax
// error" for an unknown field.
func TestModelJSONUnknownFieldSaysSo(t *testing.T) {
	_, err := jsonDecodeModel(strings.Replace(jsonValidModel, `"scope"`, `"scopes":"all","scope"`, 1))
	if !errors.Is(err, ErrUnknownField) || errors.Is(err, ErrSyntax) {
		t.Fatalf("Model.UnmarshalJSON() error = %v, want ErrUnknownField only", err)
	}
	want := `contactcost: line 1, column 38: scopes: unknown field: "scopes" (did you mean "scope"?)`
	if err.Error() != want {
		t.Errorf("Model.UnmarshalJSON() error = %q, want %q", err, want)
	}
}

// TestModelJSONHugeNameRefusedCheaply pins issue 7's "Lax JSON": a 50 MB
// cost-line name decoded (216 MB allocated) and only Validate refused it.
// It is now refused while decoding, at the name, allocating nothing near
// its size.
func TestModelJSONHugeNameRefusedCheaply(t *testing.T) {
	const size = 50 << 20
	prefix, suffix, ok := strings.Cut(jsonValidModel, `"Office"`)
	if !ok {
		t.Fatal("the valid model has no \"Office\"")
	}
	doc := make([]byte, 0, len(prefix)+size+2+len(suffix))
	doc = append(doc, prefix...)
	doc = append(doc, '"')
	doc = append(doc, bytes.Repeat([]byte("a"), size)...)
	doc = append(doc, '"')
	doc = append(doc, suffix...)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var m Model
	err := m.UnmarshalJSON(doc)
	runtime.ReadMemStats(&after)
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated >= 5<<20 {
		t.Errorf("Model.UnmarshalJSON(50 MB name) allocated %d bytes, want less than 5 MB", allocated)
	}
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != "costs[0].name" {
		t.Fatalf("Model.UnmarshalJSON(50 MB name) error = %.200v, want a refusal at costs[0].name", err)
	}
	// `{"currency":"USD","period":"2026-03","scope":"assisted","rounding":{"mode":"half-even"},"costs":[{"name":`
	// is 18 + 19 + 19 + 32 + 9 + 8 = 105 bytes, so the name's value starts
	// at column 106.
	if fe.Line != 1 || fe.Column != 106 {
		t.Errorf("Model.UnmarshalJSON(50 MB name) error at line %d, column %d, want line 1, column 106", fe.Line, fe.Column)
	}
	// Text longer than MaxTextLength is ErrTooLarge (see ErrTooLarge and
	// MaxTextLength), as the old tests pinned for a megabyte of digits.
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("Model.UnmarshalJSON(50 MB name) error = %v, want ErrTooLarge", err)
	}
	if len(err.Error()) > 500 {
		t.Errorf("Model.UnmarshalJSON(50 MB name) error message is %d bytes long", len(err.Error()))
	}
}

// TestModelJSONLongZeroFraction pins issue 7's "Lax JSON": "1." followed
// by 141 zeros was refused as too large, though it is 1 (trailing zeros
// do not count against the digit bounds).
func TestModelJSONLongZeroFraction(t *testing.T) {
	one := "1." + strings.Repeat("0", 141)
	for _, form := range []string{`"` + one + `"`, one} {
		doc := strings.Replace(jsonValidModel, `"contacts":"1"`, `"contacts":`+form, 1)
		doc = strings.Replace(doc, `"amount":"1000"`, `"amount":`+form, 1)
		m, err := jsonDecodeModel(doc)
		if err != nil {
			t.Fatalf("Model.UnmarshalJSON(contacts and amount %.20s...) error: %v", form, err)
		}
		if !m.Volumes[0].Contacts.Equal(dec("1")) || !m.Costs[0].Amount.Equal(dec("1")) {
			t.Errorf("Model.UnmarshalJSON(%.20s...) = contacts %v, amount %v, want 1 and 1", form, m.Volumes[0].Contacts, m.Costs[0].Amount)
		}
	}
}

// TestModelJSONTypeErrorsSpeakJSON pins issue 7's "Lax JSON": type errors
// exposed Go internals ("Go struct field costJSON.costs.amortize_months").
// They now name the JSON path and the JSON kinds.
func TestModelJSONTypeErrorsSpeakJSON(t *testing.T) {
	tests := []struct {
		name, in, path, detail string
	}{
		{"amortize_months as a string", strings.Replace(jsonValidModel, `"channel":"voice"}]`, `"channel":"voice","amortize_months":"3"}]`, 1),
			"costs[0].amortize_months", "want a number, got a string"},
		{"costs as an object", strings.Replace(jsonValidModel, `"costs":[`, `"costs":{"a":1},"x":[`, 1),
			"costs", "want an array, got an object"},
		{"strict as a string", strings.Replace(jsonValidModel, `"scope"`, `"strict":"yes","scope"`, 1),
			"strict", "want a boolean, got a string"},
		{"name as a number", strings.Replace(jsonValidModel, `"name":"Office"`, `"name":7`, 1),
			"costs[0].name", "want a string, got a number"},
		{"contacts as a boolean", strings.Replace(jsonValidModel, `"contacts":"1"`, `"contacts":true`, 1),
			"volumes[0].contacts", `want a number, as a string ("12.50") or a JSON number, got a boolean`},
		{"among as a string", strings.Replace(jsonValidModel, `"channel":"voice"}]`, `"basis":{"by":"contacts","among":"voice"}}]`, 1),
			"costs[0].basis.among", "want an array, got a string"},
		{"volumes as null", strings.Replace(jsonValidModel, `"volumes":[{"channel":"voice","contacts":"1"}]`, `"volumes":null`, 1),
			"volumes", "want an array, got null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := jsonDecodeModel(tt.in)
			fe := jsonErrorAt(err, tt.path, ErrSyntax)
			if fe == nil {
				t.Fatalf("Model.UnmarshalJSON() error = %v, want ErrSyntax at %s", err, tt.path)
			}
			if fe.Detail != tt.detail {
				t.Errorf("Model.UnmarshalJSON() detail = %q, want %q", fe.Detail, tt.detail)
			}
			var m Model
			for _, e := range []error{err, json.Unmarshal([]byte(tt.in), &m)} {
				msg := e.Error()
				for _, internal := range []string{"Go struct field", "costJSON", "Go value", "struct", "contactcost.", "decimal.Decimal", "int64", "uint8"} {
					if strings.Contains(msg, internal) {
						t.Errorf("error %q names Go internals (%q)", msg, internal)
					}
				}
			}
		})
	}
}

// TestModelJSONBadNumbersLocated pins issue 7's "Errors without a
// location": a bad JSON number ("12,50", null contacts) named no cost
// index nor field.
func TestModelJSONBadNumbersLocated(t *testing.T) {
	tests := []struct {
		name, old, new, path, cost string
	}{
		{"12,50 amount", `"amount":"1000"`, `"amount":"12,50"`, "costs[0].amount", ""},
		{"12,50 unit price", `"amount":"1000"`, `"unit_price":"12,50","quantity":"1"`, "costs[0].unit_price", ""},
		{"12,50 quantity", `"amount":"1000"`, `"unit_price":"1","quantity":"12,50"`, "costs[0].quantity", ""},
		{"null contacts", `"contacts":"1"`, `"contacts":null`, "volumes[0].contacts", ""},
		{"null handle minutes", `"contacts":"1"`, `"contacts":"1","handle_minutes":null`, "volumes[0].handle_minutes", ""},
		{"weight 1,5", `"channel":"voice"}]`, `"basis":{"weights":[{"channel":"voice","value":"1,5"}]}}]`, "costs[0].basis.weights[0].value", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := jsonDecodeModel(strings.Replace(jsonValidModel, tt.old, tt.new, 1))
			fe := jsonErrorAt(err, tt.path, ErrSyntax)
			if fe == nil {
				t.Fatalf("Model.UnmarshalJSON() error = %v, want ErrSyntax at %s", err, tt.path)
			}
			if fe.Line != 1 || fe.Column < 1 {
				t.Errorf("Model.UnmarshalJSON() error at line %d, column %d", fe.Line, fe.Column)
			}
		})
	}
}

// TestModelJSONMissingAmount pins issue 7's "Traps": a cost line whose
// amount was missing from the JSON silently cost 0 (and a strict model
// then blamed its period). It is now ErrNotSet at costs[i].amount, with
// the line's name.
func TestModelJSONMissingAmount(t *testing.T) {
	doc := strings.Replace(jsonValidModel, `"costs":[`,
		`"costs":[{"name":"Rent","category":"facilities","amount":"10","channel":"voice"},`+
			`{"name":"Licences","category":"technology","channel":"voice"},`, 1)
	_, err := jsonDecodeModel(doc)
	fe := jsonErrorAt(err, "costs[1].amount", ErrNotSet)
	if fe == nil {
		t.Fatalf("Model.UnmarshalJSON() error = %v, want ErrNotSet at costs[1].amount", err)
	}
	if fe.Name != "Licences" || fe.Line != 1 || fe.Column < 1 {
		t.Errorf("Model.UnmarshalJSON() error = %+v, want the line \"Licences\" with a position", *fe)
	}
	if n := len(jsonFieldErrors(err)); n != 1 {
		t.Errorf("Model.UnmarshalJSON() = %v, want one error", err)
	}
	// A unit price is an amount's alternative.
	priced := strings.Replace(doc, `"category":"technology",`, `"category":"technology","unit_price":"2","quantity":"3",`, 1)
	if _, err := jsonDecodeModel(priced); err != nil {
		t.Errorf("Model.UnmarshalJSON(unit-priced line) error: %v", err)
	}
}

// TestModelMarshalJSONLocatesBadAmount pins issue 7's "Errors without a
// location": Model.MarshalJSON of an out-of-bounds amount named no field.
func TestModelMarshalJSONLocatesBadAmount(t *testing.T) {
	tests := []struct {
		name  string
		set   func(m *Model)
		path  string
		named string
	}{
		{"amount", func(m *Model) { m.Costs[3].Amount = decimal.New(1, 2_000_000_000) }, "costs[3].amount", "IVR licence"},
		{"60-digit amount", func(m *Model) { m.Costs[1].Amount = dec(strings.Repeat("9", 60)) }, "costs[1].amount", "Telephony"},
		{"unit price", func(m *Model) { m.Costs[6].UnitPrice = decimal.New(1, -2_000_000_000) }, "costs[6].unit_price", "Headsets"},
		{"weight", func(m *Model) { m.Costs[4].Basis.Weights[2].Value = decimal.New(7, 99) }, "costs[4].basis.weights[2].value", "CRM seats"},
		{"contacts", func(m *Model) { m.Volumes[2].Contacts = decimal.New(1, 100) }, "volumes[2].contacts", "ivr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := jsonSampleModel()
			tt.set(&m)
			_, err := m.MarshalJSON()
			var fe *FieldError
			if !errors.Is(err, ErrTooLarge) || !errors.As(err, &fe) || fe.Path != tt.path || fe.Name != tt.named {
				t.Fatalf("Model.MarshalJSON() error = %v, want ErrTooLarge at %s (%q)", err, tt.path, tt.named)
			}
			if _, err := json.Marshal(m); !errors.As(err, &fe) || fe.Path != tt.path {
				t.Errorf("json.Marshal(model) error = %v, want the *FieldError at %s", err, tt.path)
			}
		})
	}
	// An enumeration outside its constants is named too.
	m := jsonSampleModel()
	m.Costs[0].VariesWith = Measure(42)
	var fe *FieldError
	if _, err := m.MarshalJSON(); !errors.Is(err, ErrInvalid) || !errors.As(err, &fe) || fe.Path != "costs[0].varies_with" {
		t.Errorf("Model.MarshalJSON(varies_with 42) error = %v, want ErrInvalid at costs[0].varies_with", err)
	}
}

func TestPeriodVolumesJSON(t *testing.T) {
	_, vols := jsonQuarterModel()
	vb, err := json.Marshal(vols)
	if err != nil {
		t.Fatalf("json.Marshal(period volumes) error: %v", err)
	}
	var vback []PeriodVolumes
	if err := json.Unmarshal(vb, &vback); err != nil {
		t.Fatalf("json.Unmarshal(period volumes) error: %v", err)
	}
	if diff := cmp.Diff(vols, vback); diff != "" {
		t.Errorf("period volumes JSON round trip (-want +got):\n%s", diff)
	}
	// Every field of a volume, and the written form.
	pv := PeriodVolumes{Period: MustParsePeriod("2026-W09"), Volumes: jsonSampleModel().Volumes}
	b, err := pv.MarshalJSON()
	if err != nil {
		t.Fatalf("PeriodVolumes.MarshalJSON() error: %v", err)
	}
	want := `{"period":"2026-W09","volumes":[` +
		`{"channel":"voice","contacts":"1000","handle_minutes":"6000","queue_minutes":"1500.5","agent_hours":"160","fte":"1.5","offered":"1100","abandoned":"100"},` +
		`{"channel":"email","contacts":"500","handle_minutes":"2000","agent_hours":"80"},` +
		`{"channel":"ivr","contacts":"2000","handle_minutes":"4000"},` +
		`{"channel":"chatbot","handling":"automated","contacts":"800","handle_minutes":"1600"}]}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("PeriodVolumes.MarshalJSON() mismatch (-want +got):\n%s", diff)
	}
	var back PeriodVolumes
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatalf("PeriodVolumes.UnmarshalJSON() error: %v", err)
	}
	if diff := cmp.Diff(pv, back); diff != "" {
		t.Errorf("PeriodVolumes JSON round trip (-want +got):\n%s", diff)
	}
}

func TestPeriodVolumesJSONErrors(t *testing.T) {
	valid := `{"period":"2026-01","volumes":[{"channel":"voice","contacts":"10"}]}`
	tests := []struct {
		name, in, path string
		want           error
	}{
		{"unknown field", strings.Replace(valid, `"period"`, `"month":1,"period"`, 1), "month", ErrUnknownField},
		{"two periods", strings.Replace(valid, `"period":"2026-01"`, `"period":"2026-01","period":"2026-02"`, 1), "period", ErrDuplicate},
		{"no period", strings.Replace(valid, `"period":"2026-01",`, ``, 1), "period", ErrNotSet},
		{"no volumes", strings.Replace(valid, `,"volumes":[{"channel":"voice","contacts":"10"}]`, ``, 1), "volumes", ErrNotSet},
		{"no contacts", strings.Replace(valid, `,"contacts":"10"`, ``, 1), "volumes[0].contacts", ErrNotSet},
		{"bad contacts", strings.Replace(valid, `"10"`, `"1O"`, 1), "volumes[0].contacts", ErrSyntax},
		{"bad handling", strings.Replace(valid, `"contacts"`, `"handling":"Automated","contacts"`, 1), "volumes[0].handling", ErrInvalid},
		{"bad period", strings.Replace(valid, `"2026-01"`, `"Jan 2026"`, 1), "period", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pv PeriodVolumes
			err := pv.UnmarshalJSON([]byte(tt.in))
			if fe := jsonErrorAt(err, tt.path, tt.want); fe == nil || fe.Line < 1 || fe.Column < 1 {
				t.Errorf("PeriodVolumes.UnmarshalJSON() error = %v, want %v at %s with a position", err, tt.want, tt.path)
			}
		})
	}
}

// TestNoDecimalGlobals guards the rule that the package neither reads nor
// sets shopspring/decimal's package-level settings, and never divides with
// Div (which reads DivisionPrecision) or converts from floats.
func TestNoDecimalGlobals(t *testing.T) {
	banned := []string{
		"decimal." + "DivisionPrecision", "decimal." + "MarshalJSONWithoutQuotes", "decimal." + "ExpMaxIterations",
		"decimal." + "PowPrecisionNegativeExponent", "." + "Div(", "NewFrom" + "Float", "InexactFloat" + "64",
	}
	files, err := filepath.Glob("*.go")
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	internal, err := filepath.Glob(filepath.Join("internal", "*", "*.go"))
	if err != nil || len(internal) == 0 {
		t.Fatal(internal, err)
	}
	for _, f := range append(files, internal...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range banned {
			if bytes.Contains(src, []byte(b)) {
				t.Errorf("%s uses %s", f, b)
			}
		}
	}
}
