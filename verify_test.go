package contactcost

import (
	"slices"
	"testing"
)

// verifyClone returns a deep copy of r's slices, so a test may tamper with
// one line without reaching another that shares a slice with it.
func verifyClone(r Report) Report {
	r.Channels = slices.Clone(r.Channels)
	r.Lines = slices.Clone(r.Lines)
	for i := range r.Lines {
		l := &r.Lines[i]
		l.Parts = slices.Clone(l.Parts)
		l.Basis = cloneBasis(l.Basis)
	}
	r.Categories = slices.Clone(r.Categories)
	for i := range r.Categories {
		r.Categories[i].Cells = slices.Clone(r.Categories[i].Cells)
	}
	return r
}

// TestVerifyCatchesTampering changes one thing at a time in the report of
// reportSampleCenter (worked by hand in TestReportWorkedExample) and checks
// that Verify names it. Its lines: 0 Agent wages (by handle minutes among
// voice, email), 1 Telephony (direct, voice), 2 Office (by contacts among
// voice, email, ivr), 3 IVR licence (direct, ivr), 4 CRM seats (weights
// 1, 1, 1).
func TestVerifyCatchesTampering(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(*Report)
		want   error
		path   string
	}{
		// Ported from the old TestVerifyCatchesTampering.
		{"part moved", func(r *Report) { r.Lines[2].Parts[0].Amount = dec("2000.01") }, ErrInvalid, "lines[2].parts"},
		{"channel cost", func(r *Report) { r.Channels[1].Cost = dec("11033.35") }, ErrInvalid, "channels[1].cost"},
		{"rounded cost per contact", func(r *Report) { r.Channels[0].CostPerContact = dec("35.04") }, ErrInvalid, "channels[0].cost_per_contact"},
		{"exact cost per contact", func(r *Report) { r.Center.ExactCostPerContact = ratio("1", "1") }, ErrInvalid, "center.exact_cost_per_contact"},
		{"category cells", func(r *Report) {
			r.Categories[0].Cells[0].Amount = dec("29999.99")
			r.Categories[0].Cells[1].Amount = dec("10000.01")
		}, ErrInvalid, "categories[0].cells[0].amount"},
		{"sub-cent line", func(r *Report) { r.Lines[0].Amount = dec("40000.001") }, ErrInvalid, "lines[0].amount"},
		{"booking", func(r *Report) { r.Lines[1].Exact = ratio("3000.02", "1") }, ErrInvalid, "lines[1].amount"},
		{"share", func(r *Report) { r.Lines[0].Parts[0].Share = ratio("1", "2") }, ErrInvalid, "lines[0].parts[0].share"},
		{"all contacts", func(r *Report) { r.AllContacts = dec("3501") }, ErrInvalid, "all_contacts"},
		{"assisted contacts", func(r *Report) { r.AssistedContacts = dec("1499") }, ErrInvalid, "assisted_contacts"},
		{"unknown part channel", func(r *Report) { r.Lines[0].Parts[0].Channel = "fax" }, ErrInvalid, "lines[0].parts[0].channel"},

		// Regressions (issue 7, "Verify gaps").
		{"negative weight of a split by weights", func(r *Report) {
			r.Lines[4].Basis.Weights[0].Value = dec("-1")
			r.Lines[4].Parts[0].Weight = dec("-1")
		}, ErrNegative, "lines[4].parts[0].weight"},
		{"negative weight of a split by a figure", func(r *Report) { r.Lines[2].Parts[0].Weight = dec("-1000") }, ErrNegative,
			"lines[2].parts[0].weight"},
		{"empty scope", func(r *Report) { r.Scope = 0 }, ErrNotSet, "scope"},
		{"empty period", func(r *Report) { r.Period = Period{} }, ErrNotSet, "period"},
		{"empty currency", func(r *Report) { r.Currency = Currency{} }, ErrNotSet, "currency"},
		// Office split by contacts, rewritten as by handle minutes with its
		// parts unchanged: voice's weight 1000 is not its 6000 minutes.
		{"basis rewritten to another figure", func(r *Report) { r.Lines[2].Basis.By = MeasureHandleMinutes }, ErrInvalid,
			"lines[2].parts[0].weight"},
		{"basis weight changed", func(r *Report) { r.Lines[4].Basis.Weights[0].Value = dec("2") }, ErrInvalid, "lines[4].parts[0].weight"},
		// Weight 2 of 4 on voice, in the basis and the part, leaves the
		// share 1/3 unexplained.
		{"weight changed with its part", func(r *Report) {
			r.Lines[4].Basis.Weights[0].Value = dec("2")
			r.Lines[4].Parts[0].Weight = dec("2")
		}, ErrInvalid, "lines[4].parts[0].share"},
		// With the shares following (1/2, 1/4, 1/4), voice's 33.33 is not
		// half of 100.
		{"weight changed with its part and shares", func(r *Report) {
			r.Lines[4].Basis.Weights[0].Value = dec("2")
			r.Lines[4].Parts[0].Weight = dec("2")
			r.Lines[4].Parts[0].Share = ratio("1", "2")
			r.Lines[4].Parts[1].Share = ratio("1", "4")
			r.Lines[4].Parts[2].Share = ratio("1", "4")
		}, ErrInvalid, "lines[4].parts[0].amount"},
		{"weights called percentages", func(r *Report) { r.Lines[4].Basis.Percent = true }, ErrInvalid, "lines[4].basis.weights"},
		{"among reordered", func(r *Report) {
			r.Lines[2].Basis.Among[0], r.Lines[2].Basis.Among[1] = r.Lines[2].Basis.Among[1], r.Lines[2].Basis.Among[0]
		}, ErrInvalid, "lines[2].parts[0].channel"},
		{"among short of a channel", func(r *Report) { r.Lines[2].Basis.Among = r.Lines[2].Basis.Among[:2] }, ErrInvalid, "lines[2].basis.among"},
		{"direct line with a basis", func(r *Report) { r.Lines[1].Basis = Basis{By: MeasureContacts} }, ErrInvalid, "lines[1].basis"},
		{"direct line of weight 2", func(r *Report) { r.Lines[3].Parts[0].Weight = dec("2") }, ErrInvalid, "lines[3].parts"},
		{"line with an amount and no parts", func(r *Report) { r.Lines[3].Parts = nil }, ErrInvalid, "lines[3].parts"},

		// Tampered cells.
		{"extra zero cell", func(r *Report) {
			r.Categories[1].Cells = append(r.Categories[1].Cells, Cell{ChannelEmail, dec("0")})
		}, ErrInvalid, "categories[1].cells"},
		{"cells out of order", func(r *Report) {
			c := r.Categories[2].Cells
			c[0], c[1] = c[1], c[0]
		}, ErrInvalid, "categories[2].cells[1].channel"},
		{"category cost", func(r *Report) { r.Categories[2].Cost = dec("7000.01") }, ErrInvalid, "categories[2].cost"},
		{"categories out of order", func(r *Report) {
			r.Categories[0], r.Categories[1] = r.Categories[1], r.Categories[0]
		}, ErrInvalid, "categories[0].category"},
		{"category no line has", func(r *Report) { r.Categories[3].Category = CategoryTraining }, ErrInvalid, "categories[3].category"},

		// Tampered center sums.
		{"center direct", func(r *Report) { r.Center.Direct = dec("4000.01") }, ErrInvalid, "center.direct"},
		{"center shared", func(r *Report) { r.Center.Shared = dec("47099.99") }, ErrInvalid, "center.shared"},
		{"center cost", func(r *Report) { r.Center.Cost = dec("51100.01") }, ErrInvalid, "center.cost"},
		// The assisted scope counts voice and email: 1500, not 3500.
		{"center contacts", func(r *Report) { r.Center.Contacts = dec("3500") }, ErrInvalid, "center.contacts"},
		{"center minutes", func(r *Report) { r.Center.HandleMinutes = dec("12000") }, ErrInvalid, "center.handle_minutes"},
		{"center names a channel", func(r *Report) { r.Center.Channel = ChannelVoice }, ErrInvalid, "center.channel"},

		// Tampered per-unit figures.
		{"exact cost per minute", func(r *Report) { r.Channels[1].ExactCostPerMinute = ratio("5.52", "1") }, ErrInvalid,
			"channels[1].exact_cost_per_minute"},
		{"undefined cost per minute", func(r *Report) { r.Channels[1].ExactCostPerMinute = Ratio{} }, ErrInvalid,
			"channels[1].exact_cost_per_minute"},
		{"rounded center cost per minute", func(r *Report) { r.Center.CostPerMinute = dec("6.38") }, ErrInvalid, "center.cost_per_minute"},
		{"rounded with more places", func(r *Report) { r.Center.CostPerContact = dec("34.067") }, ErrInvalid, "center.cost_per_contact"},

		// Money not in whole minor units.
		{"sub-cent direct", func(r *Report) { r.Channels[0].Direct = dec("3000.001") }, ErrInvalid, "channels[0].direct"},
		{"sub-cent part", func(r *Report) { r.Lines[4].Parts[0].Amount = dec("33.333") }, ErrInvalid, "lines[4].parts[0].amount"},
		{"sub-cent cell", func(r *Report) { r.Categories[0].Cells[0].Amount = dec("30000.005") }, ErrInvalid, "categories[0].cells[0].amount"},

		// Other settings.
		{"duplicate channel", func(r *Report) { r.Channels[2].Channel = ChannelVoice }, ErrDuplicate, "channels[2].channel"},
		{"negative sub-periods", func(r *Report) { r.SubPeriods = -1 }, ErrOutOfRange, "sub_periods"},
		{"bad rounding mode", func(r *Report) { r.Rounding = Rounding{Mode: 42} }, ErrInvalid, "rounding.mode"},
		{"negative contacts", func(r *Report) { r.Channels[1].Contacts = dec("-500") }, ErrNegative, "channels[1].contacts"},
	}
	base, err := reportSampleCenter().Report()
	if err != nil {
		t.Fatal(err)
	}
	if err := base.Verify(); err != nil {
		t.Fatalf("Verify() of the untouched report = %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := verifyClone(base)
			tt.tamper(&r)
			err := r.Verify()
			if validateFind(err, tt.path, tt.want) == nil {
				t.Errorf("Verify() = %v\nwant %v at %s", err, tt.want, tt.path)
			}
		})
	}
}

// TestVerifyPasses checks that reports made by the package pass Verify,
// including reports whose lines have no parts or zero parts.
func TestVerifyPasses(t *testing.T) {
	models := map[string]Model{
		"reportSampleCenter":        reportSampleCenter(),
		"reportSampleCenterDefault": reportSampleCenterDefault(),
		"leverCenter":               leverCenter(),
		"zero line without volume": priceOneChannel("2026-03", ConventionActualDays, Cost{Amount: dec("0.01")},
			Cost{Name: "later", Amount: dec("10"), Per: UnitMonth, Period: MustParsePeriod("2027")}),
	}
	for name, m := range models {
		r, err := m.Report()
		if err != nil {
			t.Errorf("%s: Report() error: %v", name, err)
			continue
		}
		if err := r.Verify(); err != nil {
			t.Errorf("%s: Verify() = %v", name, err)
		}
	}
}
