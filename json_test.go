package contactcost

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
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

func TestModelJSONRoundTrip(t *testing.T) {
	m := sampleCenter()
	m.Rounding = Rounding{Mode: HalfUp}.WithScale(4)
	m.Costs[0].Currency = MustCurrency("USD")
	m.Volumes[0].QueueMinutes = dec("1500.5")
	m.Volumes[0].Offered = dec("1100")
	m.Volumes[0].Abandoned = dec("100")
	m.Volumes[0].AgentHours = dec("160")
	m.Volumes[0].FTE = dec("1.5")
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "sample_model.json", append(b, '\n'))
	var back Model
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal error: %v", err)
	}
	if diff := cmp.Diff(m, back); diff != "" {
		t.Errorf("model JSON round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestReportJSONRoundTrip(t *testing.T) {
	r, err := sampleCenter().Report()
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "sample_report.json", append(b, '\n'))
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal error: %v", err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("report JSON round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestModelJSONAcceptsNumbers(t *testing.T) {
	// Amounts may also be JSON numbers; they are read from their literal
	// text, never through float64: 0.1 stays 0.1.
	in := `{"currency":"EUR","period":"2026-Q1","scope":"all","rounding":{"mode":"half-even"},
	"costs":[{"name":"x","category":"other","amount":0.1,"channel":"chat","behavior":"fixed"}],
	"volumes":[{"channel":"chat","contacts":3}]}`
	var m Model
	if err := json.Unmarshal([]byte(in), &m); err != nil {
		t.Fatal(err)
	}
	if m.Costs[0].Amount.String() != "0.1" || m.Volumes[0].Contacts.String() != "3" {
		t.Errorf("decoded %v and %v", m.Costs[0].Amount, m.Volumes[0].Contacts)
	}
}

func TestModelJSONErrors(t *testing.T) {
	valid := `{"currency":"USD","period":"2026-03","scope":"assisted","rounding":{"mode":"half-even"},"costs":[],"volumes":[{"channel":"voice","contacts":"1"}]}`
	var m Model
	if err := json.Unmarshal([]byte(valid), &m); err != nil {
		t.Fatalf("valid model: %v", err)
	}
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"unknown top-level field", strings.Replace(valid, `"costs"`, `"cost":1,"costs"`, 1), ErrSyntax},
		{"unknown nested field", strings.Replace(valid, `"contacts":"1"`, `"contacts":"1","calls":"2"`, 1), ErrSyntax},
		// encoding/json itself refuses trailing data before the model's
		// decoder runs, with its own *json.SyntaxError.
		{"trailing data", valid + `{}`, nil},
		{"huge exponent", strings.Replace(valid, `"contacts":"1"`, `"contacts":"1e999999999"`, 1), ErrTooLarge},
		{"exponent beyond int32", strings.Replace(valid, `"contacts":"1"`, `"contacts":"1e99999999999"`, 1), ErrTooLarge},
		{"megabyte of digits", strings.Replace(valid, `"contacts":"1"`, `"contacts":"`+strings.Repeat("9", 1<<20)+`"`, 1), ErrTooLarge},
		{"megabyte number literal", strings.Replace(valid, `"contacts":"1"`, `"contacts":`+strings.Repeat("9", 1<<20), 1), ErrTooLarge},
		{"not a number", strings.Replace(valid, `"contacts":"1"`, `"contacts":"one"`, 1), ErrSyntax},
		{"hex", strings.Replace(valid, `"contacts":"1"`, `"contacts":"0x1"`, 1), ErrSyntax},
		{"unknown currency", strings.Replace(valid, `"USD"`, `"ABC"`, 1), ErrUnknownCurrency},
		{"unknown scope", strings.Replace(valid, `"assisted"`, `"some"`, 1), ErrInvalid},
		{"bad period", strings.Replace(valid, `"2026-03"`, `"March 2026"`, 1), ErrSyntax},
		{"bad mode", strings.Replace(valid, `"half-even"`, `"nearest"`, 1), ErrInvalid},
		{"not an object", `[]`, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m Model
			err := json.Unmarshal([]byte(tt.in), &m)
			if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("Unmarshal() error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestReportJSONRefusesInconsistentReports(t *testing.T) {
	r, err := sampleCenter().Report()
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	// Move a cent from one channel's total to another: each figure still
	// parses, but the report no longer reconciles.
	tampered := bytes.Replace(b, []byte(`"total":"35033.33"`), []byte(`"total":"35033.34"`), 1)
	if bytes.Equal(tampered, b) {
		t.Fatal("test did not tamper with the report")
	}
	var back Report
	if err := json.Unmarshal(tampered, &back); !errors.Is(err, ErrInvalid) {
		t.Errorf("Unmarshal(tampered) error = %v, want ErrInvalid", err)
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
	for _, f := range files {
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
