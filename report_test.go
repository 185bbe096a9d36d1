package contactcost

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// reportCheckIdentities checks, with its own sums, every identity a report
// promises: each line's parts sum to its amount; each channel's Direct and
// Shared are the sums of its direct and shared parts and add up to its
// Cost; the channels sum to the Center; each category's cells sum to its
// Cost, which is the sum of its lines; each cell is the sum of its
// category's parts on the channel, and only channels the category reaches
// have one, in report order; the categories' cells on a channel sum to the
// channel's Cost; the center's volumes are the sums over the channels its
// scope counts; and each exact cost per contact times the contacts gives
// the cost back.
func reportCheckIdentities(t *testing.T, name string, r Report) {
	t.Helper()
	zero := decimal.Zero
	pos := map[Channel]int{}
	for k, f := range r.Channels {
		pos[f.Channel] = k
	}
	direct, shared := map[Channel]decimal.Decimal{}, map[Channel]decimal.Decimal{}
	cells := map[Category]map[Channel]decimal.Decimal{}
	catCost := map[Category]decimal.Decimal{}
	for _, l := range r.Lines {
		sum := zero
		for _, p := range l.Parts {
			sum = sum.Add(p.Amount)
			if l.Channel != "" {
				direct[p.Channel] = direct[p.Channel].Add(p.Amount)
			} else {
				shared[p.Channel] = shared[p.Channel].Add(p.Amount)
			}
			if cells[l.Category] == nil {
				cells[l.Category] = map[Channel]decimal.Decimal{}
			}
			cells[l.Category][p.Channel] = cells[l.Category][p.Channel].Add(p.Amount)
		}
		if !sum.Equal(l.Amount) {
			t.Errorf("%s: line %q: parts sum to %v, amount %v", name, l.Name, sum, l.Amount)
		}
		catCost[l.Category] = catCost[l.Category].Add(l.Amount)
	}
	var cDirect, cShared, cCost, assisted, all decimal.Decimal
	var contacts, minutes decimal.Decimal
	for _, f := range r.Channels {
		if !f.Direct.Equal(direct[f.Channel]) || !f.Shared.Equal(shared[f.Channel]) || !f.Cost.Equal(f.Direct.Add(f.Shared)) {
			t.Errorf("%s: channel %s: direct %v shared %v cost %v; its parts: direct %v shared %v",
				name, f.Channel, f.Direct, f.Shared, f.Cost, direct[f.Channel], shared[f.Channel])
		}
		cDirect, cShared, cCost = cDirect.Add(f.Direct), cShared.Add(f.Shared), cCost.Add(f.Cost)
		all = all.Add(f.Contacts)
		if !f.Automated {
			assisted = assisted.Add(f.Contacts)
		}
		if r.Scope == ScopeAll || !f.Automated {
			contacts, minutes = contacts.Add(f.Contacts), minutes.Add(f.HandleMinutes)
		}
		if f.ExactCostPerContact.IsDefined() {
			back := f.ExactCostPerContact.Rat()
			if back.Mul(back, f.Contacts.Rat()).Cmp(f.Cost.Rat()) != 0 {
				t.Errorf("%s: channel %s: exact cost per contact × contacts is not the cost", name, f.Channel)
			}
		}
	}
	c := r.Center
	if !c.Direct.Equal(cDirect) || !c.Shared.Equal(cShared) || !c.Cost.Equal(cCost) {
		t.Errorf("%s: center direct %v shared %v cost %v; channels' sums %v %v %v", name, c.Direct, c.Shared, c.Cost, cDirect, cShared, cCost)
	}
	if !c.Contacts.Equal(contacts) || !c.HandleMinutes.Equal(minutes) || !r.AssistedContacts.Equal(assisted) || !r.AllContacts.Equal(all) {
		t.Errorf("%s: center contacts %v minutes %v assisted %v all %v; want %v %v %v %v",
			name, c.Contacts, c.HandleMinutes, r.AssistedContacts, r.AllContacts, contacts, minutes, assisted, all)
	}
	byChannel := map[Channel]decimal.Decimal{}
	for _, cc := range r.Categories {
		sum := zero
		last := -1
		for _, cell := range cc.Cells {
			sum = sum.Add(cell.Amount)
			byChannel[cell.Channel] = byChannel[cell.Channel].Add(cell.Amount)
			want, reached := cells[cc.Category][cell.Channel]
			if !reached || !cell.Amount.Equal(want) {
				t.Errorf("%s: category %s on %s: cell %v, its parts %v (reached: %v)", name, cc.Category, cell.Channel, cell.Amount, want, reached)
			}
			if pos[cell.Channel] <= last {
				t.Errorf("%s: category %s: cells out of the report's channel order", name, cc.Category)
			}
			last = pos[cell.Channel]
		}
		if len(cc.Cells) != len(cells[cc.Category]) {
			t.Errorf("%s: category %s has %d cells, its parts reach %d channels", name, cc.Category, len(cc.Cells), len(cells[cc.Category]))
		}
		if !cc.Cost.Equal(sum) || !cc.Cost.Equal(catCost[cc.Category]) {
			t.Errorf("%s: category %s: cost %v, cells sum %v, lines sum %v", name, cc.Category, cc.Cost, sum, catCost[cc.Category])
		}
	}
	if len(r.Categories) != len(catCost) {
		t.Errorf("%s: %d categories, the lines have %d", name, len(r.Categories), len(catCost))
	}
	for _, f := range r.Channels {
		if !byChannel[f.Channel].Equal(f.Cost) {
			t.Errorf("%s: channel %s: categories' cells sum to %v, cost %v", name, f.Channel, byChannel[f.Channel], f.Cost)
		}
	}
}

func TestReportIdentities(t *testing.T) {
	halfUp := reportSampleCenter()
	halfUp.Rounding = Rounding{Mode: RoundHalfUp}.WithScale(4)
	halfUp.Scope = ScopeAll
	thirds := Model{Currency: MustParseCurrency("KWD"), Period: MustParsePeriod("2026-Q1"), Scope: ScopeAll, Convention: ConventionActualDays,
		Costs: []Cost{
			{Name: "Licence", Category: CategorySoftwareLicences, Amount: dec("1000"), Period: MustParsePeriod("2026"),
				Basis: Basis{Weights: []Weight{{ChannelVoice, dec("1")}, {ChannelChat, dec("1")}, {ChannelEmail, dec("1")}}}},
			{Name: "Wages", Category: CategoryWages, Amount: dec("777.777"), Basis: Basis{By: MeasureHandleMinutes}},
			{Name: "Bot", Category: CategoryTechnology, Amount: dec("10.0005"), Channel: "bot"},
			{Name: "Portal", Category: CategoryTechnology, Amount: dec("3"), Basis: Basis{By: MeasureContacts, Among: []Channel{"bot", ChannelSelfService}}},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("3"), HandleMinutes: dec("7")},
			{Channel: ChannelChat, Contacts: dec("7"), HandleMinutes: dec("11")},
			{Channel: ChannelEmail, Contacts: dec("11"), HandleMinutes: dec("13")},
			{Channel: "bot", Handling: HandlingAutomated, Contacts: dec("13")},
			{Channel: ChannelSelfService, Contacts: dec("17")},
		}}
	models := map[string]Model{
		"reportSampleCenter":        reportSampleCenter(),
		"reportSampleCenterDefault": reportSampleCenterDefault(),
		"half-up, scope all":        halfUp,
		"leverCenter":               leverCenter(),
		"KWD thirds":                thirds,
	}
	for name, m := range models {
		r, err := m.Report()
		if err != nil {
			t.Errorf("%s: Report() error: %v", name, err)
			continue
		}
		reportCheckIdentities(t, name, r)
		if err := r.Verify(); err != nil {
			t.Errorf("%s: Verify() = %v", name, err)
		}
	}
}

// TestReportSparseCategories pins issue 7's defect "Unbounded size" (a
// report dense in categories × channels): a direct line on one channel
// makes one cell, not a row of zeros, so a model with 1000 channels and
// 20000 direct lines, each its own category, reports in well under a
// second (it took 74 s and 7.5 GB with 10000 of each).
func TestReportSparseCategories(t *testing.T) {
	const channels, lines = 1000, 20000
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll}
	for j := range channels {
		m.Volumes = append(m.Volumes, Volume{Channel: Channel(fmt.Sprintf("ch%04d", j)), Handling: HandlingAssisted, Contacts: dec("10")})
	}
	for i := range lines {
		m.Costs = append(m.Costs, Cost{Name: fmt.Sprintf("line %d", i), Category: Category(fmt.Sprintf("cat%05d", i)),
			Amount: dec("1.25"), Channel: m.Volumes[i%channels].Channel})
	}
	start := time.Now()
	r, err := m.Report()
	elapsed := time.Since(start)
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	t.Logf("Report() of %d lines on %d channels took %v", lines, channels, elapsed)
	if elapsed > time.Second {
		t.Errorf("Report() took %v, want well under a second", elapsed)
	}
	if len(r.Categories) != lines {
		t.Fatalf("Report() has %d categories, want %d", len(r.Categories), lines)
	}
	amount := dec("1.25")
	for i, cc := range r.Categories {
		if cc.Category != m.Costs[i].Category || !cc.Cost.Equal(amount) || len(cc.Cells) != 1 ||
			cc.Cells[0].Channel != m.Costs[i].Channel || !cc.Cells[0].Amount.Equal(amount) {
			t.Fatalf("Report().Categories[%d] = %+v, want %s costing 1.25, one cell on %s", i, cc, m.Costs[i].Category, m.Costs[i].Channel)
		}
	}
	// 20 lines of 1.25 on each channel: 25.00 over 10 contacts.
	for _, f := range r.Channels {
		if !f.Cost.Equal(dec("25")) || !f.CostPerContact.Equal(dec("2.5")) {
			t.Fatalf("Report() channel %s: cost %v, per contact %v; want 25.00, 2.50", f.Channel, f.Cost, f.CostPerContact)
		}
	}
	if !r.Center.Cost.Equal(dec("25000")) {
		t.Errorf("Report() Center.Cost = %v, want 25000", r.Center.Cost)
	}
}

// TestReportBasisAmong pins that a report records, in each shared line's
// Basis, the channels it was split over, in the report's channel order
// (the order of the volumes): the assisted channels for the default basis,
// the channels Among lists, and the weights as given, reordered.
func TestReportBasisAmong(t *testing.T) {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll,
		Costs: []Cost{
			{Name: "Default", Category: CategoryOther, Amount: dec("100"), Basis: Basis{By: MeasureContacts}},
			{Name: "Among", Category: CategoryOther, Amount: dec("100"),
				Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelIVR, ChannelChat, ChannelVoice}}},
			{Name: "Weights", Category: CategoryOther, Amount: dec("100"),
				Basis: Basis{Weights: []Weight{{ChannelIVR, dec("1")}, {ChannelVoice, dec("2")}, {ChannelEmail, dec("0")}}}},
			{Name: "Direct", Category: CategoryOther, Amount: dec("100"), Channel: ChannelChat},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("40")},
			{Channel: ChannelIVR, Contacts: dec("100")},
			{Channel: ChannelEmail, Contacts: dec("20")},
			{Channel: ChannelChat, Contacts: dec("40")},
		}}
	r, err := m.Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	want := []Basis{
		{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail, ChannelChat}},
		{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelIVR, ChannelChat}},
		{Weights: []Weight{{ChannelVoice, dec("2")}, {ChannelIVR, dec("1")}, {ChannelEmail, dec("0")}}},
		{},
	}
	var got []Basis
	for _, l := range r.Lines {
		got = append(got, l.Basis)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Report() line bases mismatch (-want +got):\n%s", diff)
	}
	// The parts follow the same order: Default splits 100 by 40:20:40.
	var parts []string
	for _, p := range r.Lines[0].Parts {
		parts = append(parts, string(p.Channel)+" "+p.Amount.StringFixed(2))
	}
	if diff := cmp.Diff([]string{"voice 40.00", "email 20.00", "chat 40.00"}, parts); diff != "" {
		t.Errorf("Report().Lines[0].Parts mismatch (-want +got):\n%s", diff)
	}
	reportCheckIdentities(t, "TestReportBasisAmong", r)
	if err := r.Verify(); err != nil {
		t.Errorf("Verify() = %v", err)
	}
}

// TestReportLinesWithoutParts pins the lines a report gives no parts: a
// line with nothing in the period whose channels have no volume in it
// keeps its basis as stated, while a line with nothing in the period on
// channels that are there has its parts, of zero.
func TestReportLinesWithoutParts(t *testing.T) {
	m := reportSampleCenter()
	m.Convention = ConventionActualDays
	later := MustParsePeriod("2026-07-01..2027-01-01")
	m.Costs = append(m.Costs,
		Cost{Name: "Chat licence", Category: CategorySoftwareLicences, Amount: dec("500"), Per: UnitMonth, Period: later, Channel: ChannelChat},
		Cost{Name: "Chat bot", Category: CategoryTechnology, Amount: dec("900"), Per: UnitMonth, Period: later,
			Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelChat, ChannelVoice}}},
		Cost{Name: "Project", Category: CategoryOther, Amount: dec("5000"), Timing: TimingOneTimeExcluded,
			Incurred: MustDate(2026, time.March, 3), Channel: ChannelVoice},
	)
	r, err := m.Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	want := []Line{
		{Name: "Chat licence", Category: CategorySoftwareLicences, Channel: ChannelChat, Exact: ratio("0", "1"), Amount: dec("0")},
		{Name: "Chat bot", Category: CategoryTechnology, Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelChat, ChannelVoice}},
			Exact: ratio("0", "1"), Amount: dec("0")},
		{Name: "Project", Category: CategoryOther, Timing: TimingOneTimeExcluded, Channel: ChannelVoice, Exact: ratio("0", "1"), Amount: dec("0"),
			Parts: []Part{{Channel: ChannelVoice, Weight: dec("1"), Share: ratio("1", "1"), Amount: dec("0")}}},
	}
	if diff := cmp.Diff(want, r.Lines[5:]); diff != "" {
		t.Errorf("Report() lines without amounts mismatch (-want +got):\n%s", diff)
	}
	reportCheckIdentities(t, "TestReportLinesWithoutParts", r)
	if err := r.Verify(); err != nil {
		t.Errorf("Verify() = %v", err)
	}
}

// TestReportSharesNoMemory pins that a Report shares no memory with its
// model: changing the model's slices after Report changes nothing in the
// report, and changing the report's slices changes nothing in the model.
func TestReportSharesNoMemory(t *testing.T) {
	model := func() Model {
		m := reportSampleCenter()
		// A line without parts, whose basis the report copies as stated.
		m.Costs = append(m.Costs, Cost{Name: "Chat bot", Category: CategoryTechnology, Amount: dec("0"),
			Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelChat}}})
		m.Costs = append(m.Costs, Cost{Name: "Spare seats", Category: CategoryTechnology, Amount: dec("0"),
			Basis: Basis{Weights: []Weight{{ChannelChat, dec("1")}}}})
		return m
	}
	m := model()
	r, err := m.Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	want, err := model().Report()
	if err != nil {
		t.Fatal(err)
	}
	// Change every slice of the model the report could have kept.
	m.Costs[0].Basis.Among[0] = ChannelIVR
	m.Costs[0].Name = "changed"
	m.Costs[2].Basis.Among[2] = ChannelEmail
	m.Costs[4].Basis.Weights[0] = Weight{ChannelChat, dec("9")}
	m.Costs[5].Basis.Among[1] = ChannelSMS
	m.Costs[6].Basis.Weights[0].Value = dec("7")
	m.Volumes[0].Contacts = dec("1")
	m.Volumes[0].Channel = ChannelSMS
	m.Costs = slices.Delete(m.Costs, 0, 1)
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("changing the model changed its report (-want +got):\n%s", diff)
	}
	// And the other way: change the report's slices.
	m2 := model()
	r2, err := m2.Report()
	if err != nil {
		t.Fatal(err)
	}
	for i := range r2.Lines {
		b := &r2.Lines[i].Basis
		for k := range b.Among {
			b.Among[k] = "x"
		}
		for k := range b.Weights {
			b.Weights[k] = Weight{"x", dec("5")}
		}
	}
	if diff := cmp.Diff(model(), m2); diff != "" {
		t.Errorf("changing the report changed its model (-want +got):\n%s", diff)
	}
}
