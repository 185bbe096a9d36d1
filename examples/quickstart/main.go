// Command quickstart prints a month's cost-per-contact report for a sample
// contact center: five channels, direct and shared costs, each shared cost
// split by its own basis.
//
//	go run ./examples/quickstart          # the text report
//	go run ./examples/quickstart -json    # the same report as JSON
//	go run ./examples/quickstart -model m.json   # a model of your own
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/contactcost/contactcost"
	"github.com/shopspring/decimal"
)

func main() {
	asJSON := flag.Bool("json", false, "print the report as JSON")
	modelPath := flag.String("model", "", "read the model from this JSON file instead of the built-in sample")
	flag.Parse()
	if err := run(os.Stdout, *modelPath, *asJSON); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, modelPath string, asJSON bool) error {
	m := sampleCenter()
	if modelPath != "" {
		data, err := os.ReadFile(modelPath)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(data, &m); err != nil {
			return fmt.Errorf("%s: %w", modelPath, err)
		}
	}
	r, err := m.Report()
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return printReport(w, r)
}

// sampleCenter is a mid-size center for one month: agent-assisted voice,
// email, chat and social, plus an IVR and a self-service portal. The
// figures are illustrative, not benchmarks.
func sampleCenter() contactcost.Model {
	d := decimal.RequireFromString
	// A split by a volume figure reaches the agent-assisted channels (voice,
	// email, chat, social); the IVR and the portal carry their own
	// platforms, and would take part only if a basis named them in among.
	byWorkload := contactcost.Basis{By: contactcost.MeasureHandleMinutes}
	byFTE := contactcost.Basis{By: contactcost.MeasureFTE}
	byContacts := contactcost.Basis{By: contactcost.MeasureContacts}
	return contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAssisted,
		// Prorate costs stated for other periods by days, as billing
		// systems do (the annual licence below: 31/365 of it in March).
		Convention: contactcost.ConventionActualDays,
		Costs: []contactcost.Cost{
			{Name: "Agent wages", Category: contactcost.CategoryWages, Amount: d("412500"), Basis: byWorkload,
				VariesWith: contactcost.MeasureHandleMinutes},
			{Name: "Benefits and payroll taxes", Category: contactcost.CategoryBenefits, Amount: d("103125"), Basis: byWorkload,
				VariesWith: contactcost.MeasureHandleMinutes},
			{Name: "Supervisors and QA", Category: contactcost.CategoryWages, Amount: d("58000"), Basis: byFTE},
			{Name: "Recruiting and training", Category: contactcost.CategoryTraining, Amount: d("14800"), Basis: byFTE},
			{Name: "Carrier minutes", Category: contactcost.CategoryTelephony, Amount: d("9640.22"), Channel: contactcost.ChannelVoice,
				VariesWith: contactcost.MeasureHandleMinutes},
			{Name: "Toll-free numbers", Category: contactcost.CategoryTelephony, Amount: d("1150"), Channel: contactcost.ChannelVoice},
			{Name: "IVR platform", Category: contactcost.CategoryTechnology, Amount: d("6800"), Channel: contactcost.ChannelIVR},
			{Name: "Help-center portal", Category: contactcost.CategorySoftwareLicences, Amount: d("4200"), Channel: contactcost.ChannelSelfService},
			{Name: "Chat licences", Category: contactcost.CategorySoftwareLicences, Amount: d("3960"), Channel: contactcost.ChannelChat},
			{Name: "Email management", Category: contactcost.CategorySoftwareLicences, Amount: d("1250"), Channel: contactcost.ChannelEmail},
			{Name: "Social listening", Category: contactcost.CategorySoftwareLicences, Amount: d("1800"), Channel: contactcost.ChannelSocial},
			{Name: "CCaaS seats", Category: contactcost.CategorySoftwareLicences, UnitPrice: d("306"), Quantity: d("60"),
				Per: contactcost.UnitMonth, Basis: byFTE},
			{Name: "Quality management (annual)", Category: contactcost.CategorySoftwareLicences, Amount: d("14400"),
				Period: contactcost.MustParsePeriod("2026"), Basis: byFTE},
			{Name: "CRM", Category: contactcost.CategorySoftwareLicences, Amount: d("12400"), Basis: byContacts},
			{Name: "Office and utilities", Category: contactcost.CategoryFacilities, Amount: d("38500"), Basis: byFTE},
			{Name: "Desktops (depreciation)", Category: contactcost.CategoryTechnology, Amount: d("5600"), Basis: byFTE},
			{Name: "IT and workforce management", Category: contactcost.CategoryTechnology, Amount: d("9200"), Basis: byContacts},
			{Name: "Local business tax", Category: contactcost.CategoryTaxes, Amount: d("2900"),
				Basis: contactcost.Basis{Percent: true, Weights: []contactcost.Weight{
					{Channel: contactcost.ChannelVoice, Value: d("60")}, {Channel: contactcost.ChannelEmail, Value: d("10")},
					{Channel: contactcost.ChannelChat, Value: d("25")}, {Channel: contactcost.ChannelSocial, Value: d("5")}}}},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("42000"), HandleMinutes: d("260400"), QueueMinutes: d("58800"), FTE: d("38")},
			{Channel: contactcost.ChannelEmail, Contacts: d("9500"), HandleMinutes: d("80750"), FTE: d("9")},
			{Channel: contactcost.ChannelChat, Contacts: d("15800"), HandleMinutes: d("165900"), FTE: d("11")},
			{Channel: contactcost.ChannelSocial, Contacts: d("2100"), HandleMinutes: d("14700"), FTE: d("2")},
			{Channel: contactcost.ChannelIVR, Contacts: d("61000"), HandleMinutes: d("109800")},
			{Channel: contactcost.ChannelSelfService, Contacts: d("88000")},
		},
	}
}

func printReport(w io.Writer, r contactcost.Report) error {
	minor := r.Currency.MinorUnits()
	scale := r.Rounding.Scale(r.Currency)
	money := func(v decimal.Decimal) string { return v.StringFixed(minor) }
	perUnit := func(v decimal.Decimal, exact contactcost.Ratio) string {
		if !exact.IsDefined() {
			return "n/a"
		}
		return v.StringFixed(scale)
	}

	convention := "none needed"
	if r.Convention != 0 {
		convention = r.Convention.String()
	}
	fmt.Fprintf(w, "Cost per contact, %s (%s)\nscope: %s contacts; rounding: %s; proration: %s\n\n",
		r.Period, r.Currency, r.Scope, r.Rounding, convention)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "channel\tcontacts\thandle min\tdirect\tshared\ttotal\tper contact\tper minute\t")
	for _, ch := range r.Channels {
		name := string(ch.Channel)
		if ch.Automated {
			name += " *"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", name, ch.Contacts, ch.HandleMinutes,
			money(ch.Direct), money(ch.Shared), money(ch.Cost),
			perUnit(ch.CostPerContact, ch.ExactCostPerContact), perUnit(ch.CostPerMinute, ch.ExactCostPerMinute))
	}
	t := r.Center
	fmt.Fprintf(tw, "center (%s)\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Scope, t.Contacts, t.HandleMinutes,
		money(t.Direct), money(t.Shared), money(t.Cost),
		perUnit(t.CostPerContact, t.ExactCostPerContact), perUnit(t.CostPerMinute, t.ExactCostPerMinute))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "* automated: not agent-assisted. Exact center cost per contact: %s\n\n", t.ExactCostPerContact)

	fmt.Fprintln(w, "Where the money goes (category × channel):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	header := []string{"category"}
	for _, ch := range r.Channels {
		header = append(header, string(ch.Channel))
	}
	fmt.Fprintln(tw, strings.Join(append(header, "total"), "\t")+"\t")
	for _, cat := range r.Categories {
		cells := []string{string(cat.Category)}
		k := 0
		for _, ch := range r.Channels { // cells list only the channels the category reaches
			cell := "-"
			if k < len(cat.Cells) && cat.Cells[k].Channel == ch.Channel {
				cell = money(cat.Cells[k].Amount)
				k++
			}
			cells = append(cells, cell)
		}
		fmt.Fprintln(tw, strings.Join(append(cells, money(cat.Cost)), "\t")+"\t")
	}
	totals := []string{"total"}
	for _, ch := range r.Channels {
		totals = append(totals, money(ch.Cost))
	}
	fmt.Fprintln(tw, strings.Join(append(totals, money(t.Cost)), "\t")+"\t")
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintln(w, "\nHow each shared cost was split:")
	for _, line := range r.Lines {
		if line.Channel != "" {
			continue
		}
		var parts []string
		for _, p := range line.Parts {
			parts = append(parts, fmt.Sprintf("%s %s", p.Channel, money(p.Amount)))
		}
		by := "percent"
		if line.Basis.By != 0 {
			by = line.Basis.By.String()
		}
		fmt.Fprintf(w, "  %-28s %11s by %-14s -> %s\n", line.Name, money(line.Amount), by, strings.Join(parts, ", "))
	}
	return nil
}
