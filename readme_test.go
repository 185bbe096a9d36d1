package contactcost_test

import (
	"fmt"
	"log"
	"os"
	"strings"
	"testing"

	"github.com/contactcost/contactcost"
	"github.com/shopspring/decimal"
)

// The README's "Use it" snippet, run as an example so that it keeps
// compiling and printing what the README says; TestREADMESnippet checks
// that the two texts are the same.
//
// Worked by hand: the center costs 182000 + 9400 + 20000 = 211400. Under
// the assisted scope it counts voice and chat, 18000 + 9000 = 27000
// contacts (the IVR's 12000 are automated), so the cost per contact is
// 211400/27000 = 1057/135 = 7.8296…, 7.83 rounded half-even to cents.
func Example_readme() {
	d := decimal.RequireFromString
	m := contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAssisted, // count agent-assisted contacts only
		Costs: []contactcost.Cost{
			// Split by a figure, a cost reaches the agent-assisted channels:
			// the IVR takes part only when among names it.
			{Name: "Agent wages", Category: contactcost.CategoryWages, Amount: d("182000"),
				Basis: contactcost.Basis{By: contactcost.MeasureHandleMinutes}},
			{Name: "Telephony", Category: contactcost.CategoryTelephony, Amount: d("9400"), Channel: contactcost.ChannelVoice},
			{Name: "Office", Category: contactcost.CategoryFacilities, Amount: d("20000"), Basis: contactcost.Basis{By: contactcost.MeasureContacts}},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("18000"), HandleMinutes: d("108000")},
			{Channel: contactcost.ChannelChat, Contacts: d("9000"), HandleMinutes: d("63000")},
			{Channel: contactcost.ChannelIVR, Contacts: d("12000"), HandleMinutes: d("36000")},
		},
	}
	r, err := m.Report()
	if err != nil {
		log.Fatal(err) // every problem of the model, each naming its field
	}
	fmt.Println(r.Center.CostPerContact.StringFixed(2)) // rounded once, half-even, to cents
	fmt.Println(r.Center.ExactCostPerContact)           // the exact quotient
	// Output:
	// 7.83
	// 1057/135
}

// TestREADMESnippet checks that the Go snippet in README.md is the body of
// Example_readme, which go test compiles and runs.
func TestREADMESnippet(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	snippet, ok := between(string(readme), "```go\n", "```")
	if !ok {
		t.Fatal("README.md has no Go snippet")
	}
	source, err := os.ReadFile("readme_test.go")
	if err != nil {
		t.Fatal(err)
	}
	body, ok := between(string(source), "func Example_readme() {\n", "\t// Output:")
	if !ok {
		t.Fatal("readme_test.go has no Example_readme")
	}
	lines := strings.Split(strings.TrimRight(body, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "\t")
	}
	if got, want := strings.Join(lines, "\n"), strings.TrimRight(snippet, "\n"); got != want {
		t.Errorf("README.md's snippet and Example_readme differ; make them the same.\nREADME:\n%s\nexample:\n%s", want, got)
	}
}

// between returns the text of s after the first start and before the next
// end.
func between(s, start, end string) (string, bool) {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return "", false
	}
	inner, _, ok := strings.Cut(after, end)
	return inner, ok
}
