package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/contactcost/contactcost"
)

func TestQuickstartText(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, "", false); err != nil {
		t.Fatal(err)
	}
	// The center total is the sum of the sample's cost lines in March:
	// 412500 + 103125 + 58000 + 14800 + 9640.22 + 1150 + 6800 + 4200 + 3960
	// + 1250 + 1800 + 18360 (60 seats × 306) + 12400 + 38500 + 5600 + 9200
	// + 2900 = 704185.22, plus the annual quality licence's 31/365 of
	// 14400 = 1223.0137 → 1223.01: 705408.23, over 42000 + 9500 + 15800 +
	// 2100 = 69400 assisted contacts: 705408.23 / 69400 = 10.1644 → 10.16.
	for _, want := range []string{"705408.23", "69400", "10.16", "Cost per contact, 2026-03 (USD)", "self-service *", "1223.01"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestQuickstartJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, "", true); err != nil {
		t.Fatal(err)
	}
	var r contactcost.Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("the JSON output does not decode as a report: %v", err)
	}
	if got := r.Center.Cost.StringFixed(2); got != "705408.23" {
		t.Errorf("total = %s, want 705408.23", got)
	}
}

func TestQuickstartModelFile(t *testing.T) {
	data, err := json.Marshal(sampleCenter())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "model.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var fromFile, builtIn bytes.Buffer
	if err := run(&fromFile, path, false); err != nil {
		t.Fatal(err)
	}
	if err := run(&builtIn, "", false); err != nil {
		t.Fatal(err)
	}
	if fromFile.String() != builtIn.String() {
		t.Error("the model read back from JSON reports differently from the built-in one")
	}
	if err := os.WriteFile(path, []byte(`{"currency":"USD","volumes":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(&fromFile, path, false); err == nil || !strings.Contains(err.Error(), "not set") {
		t.Errorf("an incomplete model gave error %v", err)
	}
}
