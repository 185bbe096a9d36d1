package contactcost

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Tests of the JSON form of a Report and a Series (json_report.go).

// jsonSampleReport returns the report of the model in
// testdata/sample_model.json.
func jsonSampleReport(t *testing.T) Report {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "sample_model.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("decoding testdata/sample_model.json: %v", err)
	}
	r, err := m.Report()
	if err != nil {
		t.Fatalf("Report() of testdata/sample_model.json: %v", err)
	}
	return r
}

// TestReportJSONRoundTrip writes the report of testdata/sample_model.json
// to testdata/sample_report.json and reads it back. Its figures, worked by
// hand (March 2026, USD; money booked half-up to the cent, per-unit
// figures half-up to 4 places; scope assisted):
//
//	Agent wages 40000 by handle minutes among voice (6000) and email
//	  (2000): 3/4 and 1/4, voice 30000.00, email 10000.00.
//	Telephony 3000.005 direct to voice, booked half-up: 3000.01.
//	Office 7000 by contacts, with no among: the agent-assisted channels
//	  only (voice 1000, email 500; not ivr nor the automated chatbot):
//	  700000 cents × 2/3 = 466666.67, × 1/3 = 233333.33; the cent left
//	  goes to the larger remainder: voice 4666.67, email 2333.33.
//	IVR licence 1000 direct to ivr.
//	CRM seats 100 by equal weights on voice, email, ivr: 3333 cents each
//	  and one left, which goes on the tie to the name that sorts first:
//	  email 33.34, ivr 33.33, voice 33.33.
//	Platform 36500 for 2026 by actual days: March is 31/365, 3100.00;
//	  60/40 percent: voice 1860.00, email 1240.00.
//	Headsets 12.50 × 40 per month: 500.00 on voice.
//	Bot sessions 0.05 per contact × 800 chatbot contacts: 40.00.
//	Migration 1200 amortized over 12 months from January: 100.00 in
//	  March, by agent hours voice 160, email 80 (assisted only): 66.67,
//	  33.33.
//	Launch event, one-time excluded: 0.00 on email.
//
//	voice:   direct 3000.01 + 500 = 3500.01; shared 30000 + 4666.67 + 33.33
//	         + 1860 + 66.67 = 36626.67; cost 40126.68; per contact
//	         40.12668 → 40.1267; per minute 40126.68/6000 = 6.68778 → 6.6878.
//	email:   shared 10000 + 2333.33 + 33.34 + 1240 + 33.33 = 13640.00;
//	         per contact 27.28, per minute 6.82.
//	ivr:     1000 + 33.33 = 1033.33; per contact 0.516665 → 0.5167 (half-up);
//	         per minute 0.2583325 → 0.2583.
//	chatbot: 40.00; per contact 0.05, per minute 0.025.
//	center:  direct 4540.01, shared 40000 + 7000 + 100 + 3100 + 100 =
//	         50300.00, cost 54840.01 (= 40126.68 + 13640 + 1033.33 + 40);
//	         contacts 1500 (voice and email), per contact 36.560006… →
//	         36.5600; per minute 54840.01/8000 = 6.85500125 → 6.8550.
//	technology: voice 1860 + 500 = 2360.00, email 1240.00, ivr 1000.00,
//	         chatbot 40.00; 4640.00.
func TestReportJSONRoundTrip(t *testing.T) {
	r := jsonSampleReport(t)
	type figure struct{ What, Value string }
	var got, want []figure
	check := func(what, g, w string) {
		got, want = append(got, figure{what, g}), append(want, figure{what, w})
	}
	check("voice cost", r.Channels[0].Cost.StringFixed(2), "40126.68")
	check("voice direct", r.Channels[0].Direct.StringFixed(2), "3500.01")
	check("voice per contact", r.Channels[0].CostPerContact.StringFixed(4), "40.1267")
	check("voice per minute", r.Channels[0].CostPerMinute.StringFixed(4), "6.6878")
	check("email cost", r.Channels[1].Cost.StringFixed(2), "13640.00")
	check("ivr per contact", r.Channels[2].CostPerContact.StringFixed(4), "0.5167")
	check("chatbot cost", r.Channels[3].Cost.StringFixed(2), "40.00")
	check("center cost", r.Center.Cost.StringFixed(2), "54840.01")
	check("center shared", r.Center.Shared.StringFixed(2), "50300.00")
	check("center per contact", r.Center.CostPerContact.StringFixed(4), "36.5600")
	check("center exact per contact", r.Center.ExactCostPerContact.String(), ratio("54840.01", "1500").String())
	check("telephony", r.Lines[1].Amount.StringFixed(2), "3000.01")
	check("office on voice", r.Lines[2].Parts[0].Amount.StringFixed(2), "4666.67")
	check("office among", strings.Join([]string{string(r.Lines[2].Basis.Among[0]), string(r.Lines[2].Basis.Among[1])}, ","), "voice,email")
	check("CRM seats on email", r.Lines[4].Parts[1].Amount.StringFixed(2), "33.34")
	check("platform", r.Lines[5].Amount.StringFixed(2), "3100.00")
	check("migration on voice", r.Lines[8].Parts[0].Amount.StringFixed(2), "66.67")
	check("technology", r.Categories[3].Cost.StringFixed(2), "4640.00")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report of testdata/sample_model.json: hand-worked figures (-want +got):\n%s", diff)
	}

	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatalf("json.MarshalIndent(report) error: %v", err)
	}
	jsonGolden(t, "sample_report.json", append(b, '\n'))
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(report) error: %v", err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("report JSON round trip mismatch (-want +got):\n%s", diff)
	}
	// The decoded report writes the same bytes again.
	first, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	again, err := back.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(first), string(again)); diff != "" {
		t.Errorf("Report.MarshalJSON() of the decoded report differs (-first +again):\n%s", diff)
	}
}

func TestReportJSONRefusesInconsistentReports(t *testing.T) {
	r := jsonSampleReport(t)
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	// Each change leaves every figure parseable, but the report no longer
	// reconciles; the problem is found where it is.
	tests := []struct {
		name, old, new, path string
	}{
		{"a cent more on a channel's cost", `"cost":"40126.68"`, `"cost":"40126.69"`, "channels[0].cost"},
		{"a cent moved between a line's parts", `"amount":"4666.67"`, `"amount":"4666.68"`, "lines[2].parts"},
		{"a share rewritten", `"share":"2/3"`, `"share":"3/4"`, "lines[2].parts[0].share"},
		{"an exact amount rewritten", `"exact_amount":"3000.005"`, `"exact_amount":"3000.5"`, "lines[1].amount"},
		{"a weight rewritten", `"weight":"1000"`, `"weight":"999"`, "lines[2].parts[0].weight"},
		{"center contacts", `"center":{"contacts":"1500"`, `"center":{"contacts":"1501"`, "center.contacts"},
		{"a category cell", `"amount":"2360.00"`, `"amount":"2360.01"`, "categories[3].cells[0].amount"},
		{"a rounded cost per contact", `"cost_per_contact":"40.1267"`, `"cost_per_contact":"40.1268"`, "channels[0].cost_per_contact"},
		{"an exact cost per minute", `"exact_cost_per_minute":"6.68778"`, `"exact_cost_per_minute":"6.68779"`, "channels[0].exact_cost_per_minute"},
		{"ivr taken for assisted", `"automated":true`, `"automated":false`, "assisted_contacts"},
		{"money off the cent", `"shared":"33.33"`, `"shared":"33.333"`, "channels[2].shared"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if bytes.Count(b, []byte(tt.old)) < 1 {
				t.Fatalf("the report has no %s", tt.old)
			}
			tampered := bytes.Replace(b, []byte(tt.old), []byte(tt.new), 1)
			var back Report
			err := json.Unmarshal(tampered, &back)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("json.Unmarshal(tampered) error = %v, want ErrInvalid", err)
			}
			if jsonErrorAt(err, tt.path, ErrInvalid) == nil {
				t.Errorf("json.Unmarshal(tampered) error = %v, want ErrInvalid at %s", err, tt.path)
			}
			if back.Lines != nil {
				t.Error("json.Unmarshal(tampered) filled the report")
			}
		})
	}
}

// TestReportMarshalJSONRefusesUnwritableMoney pins issue 7's "Lax JSON":
// Report.MarshalJSON rounded money that was not in whole minor units
// (10.005 USD was written "10.01"), and then its own output failed to
// decode. It now fails with ErrPrecision naming the field, as it does for
// a rounded per-unit figure with more places than the policy.
func TestReportMarshalJSONRefusesUnwritableMoney(t *testing.T) {
	tests := []struct {
		name  string
		set   func(r *Report)
		path  string
		named string
		err   error
	}{
		{"channel direct", func(r *Report) { r.Channels[0].Direct = dec("10.005") }, "channels[0].direct", "voice", ErrPrecision},
		{"channel cost", func(r *Report) { r.Channels[1].Cost = dec("13640.001") }, "channels[1].cost", "email", ErrPrecision},
		{"center shared", func(r *Report) { r.Center.Shared = dec("10.005") }, "center.shared", "", ErrPrecision},
		{"line amount", func(r *Report) { r.Lines[1].Amount = dec("3000.005") }, "lines[1].amount", "Telephony", ErrPrecision},
		{"part amount", func(r *Report) { r.Lines[2].Parts[1].Amount = dec("2333.335") }, "lines[2].parts[1].amount", "Office", ErrPrecision},
		{"category cell", func(r *Report) { r.Categories[3].Cells[2].Amount = dec("1000.0001") }, "categories[3].cells[2].amount", "technology", ErrPrecision},
		{"category cost", func(r *Report) { r.Categories[0].Cost = dec("40000.005") }, "categories[0].cost", "wages", ErrPrecision},
		// Per-unit figures are rounded to the policy's 4 places.
		{"cost per contact", func(r *Report) { r.Channels[0].CostPerContact = dec("40.12668") }, "channels[0].cost_per_contact", "voice", ErrPrecision},
		{"center cost per minute", func(r *Report) { r.Center.CostPerMinute = dec("6.85500125") }, "center.cost_per_minute", "", ErrPrecision},
		// And numbers outside the bounds are refused.
		{"huge contacts", func(r *Report) { r.Channels[2].Contacts = dec("1e50") }, "channels[2].contacts", "ivr", ErrTooLarge},
		{"huge part weight", func(r *Report) { r.Lines[0].Parts[0].Weight = dec("1e-40") }, "lines[0].parts[0].weight", "Agent wages", ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := jsonSampleReport(t)
			tt.set(&r)
			out, err := r.MarshalJSON()
			var fe *FieldError
			if !errors.Is(err, tt.err) || !errors.As(err, &fe) || fe.Path != tt.path || fe.Name != tt.named {
				t.Fatalf("Report.MarshalJSON() = %.60s…, %v; want %v at %s (%q)", out, err, tt.err, tt.path, tt.named)
			}
			if _, err := json.Marshal(r); !errors.Is(err, tt.err) {
				t.Errorf("json.Marshal(report) error = %v, want %v", err, tt.err)
			}
		})
	}
	// A report the writer accepts always decodes: money in whole cents
	// with more zeros is fine.
	r := jsonSampleReport(t)
	r.Channels[0].Direct = dec("3500.0100")
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatalf("Report.MarshalJSON(3500.0100) error: %v", err)
	}
	var back Report
	if err := back.UnmarshalJSON(b); err != nil {
		t.Errorf("Report.UnmarshalJSON(its own output) error: %v", err)
	}
}

// TestReportJSONStrict pins issue 7's "Lax JSON" for reports: duplicate
// keys, case variants and unknown fields are refused with their location,
// as in models, and required fields must be there.
func TestReportJSONStrict(t *testing.T) {
	r := jsonSampleReport(t)
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	valid := string(b)
	tests := []struct {
		name, old, new, path string
		want                 error
	}{
		{"two currencies", `"currency":"USD"`, `"currency":"USD","currency":"EUR"`, "currency", ErrDuplicate},
		{"two line amounts", `"amount":"3000.01",`, `"amount":"3000.01","amount":"5.00",`, "lines[1].amount", ErrDuplicate},
		{"two part shares", `"share":"0.75"`, `"share":"0.75","share":"1"`, "lines[0].parts[0].share", ErrDuplicate},
		{"case variant", `"assisted_contacts"`, `"Assisted_contacts":"1","assisted_contacts"`, "Assisted_contacts", ErrUnknownField},
		{"unknown field in a channel", `"automated":false`, `"automated":false,"tenant":"a"`, "channels[0].tenant", ErrUnknownField},
		{"old total field", `"center":{`, `"center":{"total":"1",`, "center.total", ErrUnknownField},
		{"no center", `"center":`, `"centre":`, "center", ErrNotSet},
		{"no exact amount", `"exact_amount":"40000",`, ``, "lines[0].exact_amount", ErrNotSet},
		{"no parts", `,"parts":[{"channel":"ivr","weight":"1","share":"1","amount":"1000.00"}]`, ``, "lines[3].parts", ErrNotSet},
		{"bad money", `"direct":"3500.01"`, `"direct":"3500,01"`, "channels[0].direct", ErrSyntax},
		{"null money", `"direct":"3500.01"`, `"direct":null`, "channels[0].direct", ErrSyntax},
		{"sub-periods out of range", `"convention"`, `"sub_periods":-1,"convention"`, "sub_periods", ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(valid, tt.old) {
				t.Fatalf("the report has no %s", tt.old)
			}
			var back Report
			err := back.UnmarshalJSON([]byte(strings.Replace(valid, tt.old, tt.new, 1)))
			fe := jsonErrorAt(err, tt.path, tt.want)
			if fe == nil {
				t.Fatalf("Report.UnmarshalJSON() error = %v, want %v at %s", err, tt.want, tt.path)
			}
			if fe.Line != 1 || fe.Column < 1 {
				t.Errorf("Report.UnmarshalJSON() error at line %d, column %d", fe.Line, fe.Column)
			}
		})
	}
}

// TestSeriesJSON is the Series part of the old TestSeriesJSON: a series
// round-trips, and its decoding is strict.
func TestSeriesJSON(t *testing.T) {
	m, vols := jsonQuarterModel()
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatalf("json.Marshal(series) error: %v", err)
	}
	if !bytes.HasPrefix(b, []byte(`{"unit":"month","reports":[{"currency":"USD","period":"2026-01"`)) ||
		!bytes.Contains(b, []byte(`"whole":{"currency":"USD","period":"2026-Q1"`)) {
		t.Errorf("json.Marshal(series) = %.200s…, want the unit, the reports and the whole", b)
	}
	var back Series
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(series) error: %v", err)
	}
	if diff := cmp.Diff(s, back); diff != "" {
		t.Errorf("series JSON round trip (-want +got):\n%s", diff)
	}

	errs := []struct {
		name string
		doc  []byte
		path string
		want error
	}{
		{"unknown field", bytes.Replace(b, []byte(`{"unit"`), []byte(`{"extra":1,"unit"`), 1), "extra", ErrUnknownField},
		{"old total field", bytes.Replace(b, []byte(`"whole":`), []byte(`"total":`), 1), "total", ErrUnknownField},
		{"no whole", bytes.Replace(b, []byte(`"whole":`), []byte(`"total":`), 1), "whole", ErrNotSet},
		{"two units", bytes.Replace(b, []byte(`{"unit":"month"`), []byte(`{"unit":"month","unit":"week"`), 1), "unit", ErrDuplicate},
		{"unknown field in a report", bytes.Replace(b, []byte(`"period":"2026-02"`), []byte(`"period":"2026-02","x":1`), 1), "reports[1].x", ErrUnknownField},
		// A report that does not reconcile is named in the series.
		{"tampered report", bytes.Replace(b, []byte(`"all_contacts":"1400"`), []byte(`"all_contacts":"1401"`), 1), "reports[1].all_contacts", ErrInvalid},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			if bytes.Equal(tt.doc, b) {
				t.Fatal("the test did not change the series")
			}
			var back Series
			err := back.UnmarshalJSON(tt.doc)
			if jsonErrorAt(err, tt.path, tt.want) == nil {
				t.Errorf("Series.UnmarshalJSON() error = %.300v, want %v at %s", err, tt.want, tt.path)
			}
		})
	}

	// Writing a series names the report and field it cannot write.
	s.Reports[2].Channels[1].Shared = dec("0.001")
	var fe *FieldError
	if _, err := s.MarshalJSON(); !errors.Is(err, ErrPrecision) || !errors.As(err, &fe) || fe.Path != "reports[2].channels[1].shared" {
		t.Errorf("Series.MarshalJSON() error = %v, want ErrPrecision at reports[2].channels[1].shared", err)
	}
}
