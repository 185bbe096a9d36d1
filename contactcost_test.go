package contactcost

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestCostPerContact(t *testing.T) {
	tests := []struct {
		total, contacts string
		want            Ratio
		rounded         string // half-even, 2 places
	}{
		// 125000 / 25000 = 5 exactly.
		{"125000", "25000", ratio("5", "1"), "5.00"},
		// 1000 / 3 = 333.333...: kept exact, rounds to 333.33.
		{"1000", "3", ratio("1000", "3"), "333.33"},
		// 100.01 / 2 = 50.005, a tie: half-even keeps 50.00.
		{"100.01", "2", ratio("50.005", "1"), "50.00"},
		// Zero cost is a valid (if unusual) period.
		{"0", "10", ratio("0", "1"), "0.00"},
		// Fractional (forecast) contacts: 10 / 2.5 = 4.
		{"10", "2.5", ratio("4", "1"), "4.00"},
	}
	for _, tt := range tests {
		got, err := CostPerContact(dec(tt.total), dec(tt.contacts))
		if err != nil {
			t.Fatalf("CostPerContact(%s, %s) error: %v", tt.total, tt.contacts, err)
		}
		if !got.Equal(tt.want) {
			t.Errorf("CostPerContact(%s, %s) = %v, want %v", tt.total, tt.contacts, got, tt.want)
		}
		r, err := got.Round(RoundHalfEven, 2)
		if err != nil || r.StringFixed(2) != tt.rounded {
			t.Errorf("CostPerContact(%s, %s).Round(RoundHalfEven, 2) = %v, %v, want %s", tt.total, tt.contacts, r, err, tt.rounded)
		}
		// The exact CPC times the contacts gives the total back exactly.
		back := got.Rat()
		back.Mul(back, dec(tt.contacts).Rat())
		if back.Cmp(dec(tt.total).Rat()) != 0 {
			t.Errorf("CostPerContact(%s, %s) × contacts = %v, want %s", tt.total, tt.contacts, back, tt.total)
		}
	}
}

func TestCostPerContactErrors(t *testing.T) {
	tests := []struct {
		total, contacts decimal.Decimal
		want            error
		path            string
	}{
		{dec("100"), dec("0"), ErrNoContacts, "contacts"},
		{dec("100"), decimal.Decimal{}, ErrNoContacts, "contacts"},
		{dec("100"), dec("-5"), ErrNegative, "contacts"},
		{dec("-100"), dec("5"), ErrNegative, "total"},
		{decimal.New(1, 1<<30), dec("5"), ErrTooLarge, "total"},
		{dec("1"), decimal.New(7, -1<<30), ErrTooLarge, "contacts"},
	}
	for i, tt := range tests {
		_, err := CostPerContact(tt.total, tt.contacts)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path {
			t.Errorf("case %d: CostPerContact(...) error = %v, want %v at %q", i, err, tt.want, tt.path)
		}
	}
}

// reportSampleCenter is a small center whose report is worked by hand in
// TestReportWorkedExample. The Office line names its channels (IVR
// included) in Among, so that the old hand-worked figures, made when a
// split by a figure reached every channel by default, still hold; see
// reportSampleCenterDefault for the same center under the new default.
func reportSampleCenter() Model {
	return Model{
		Currency: MustParseCurrency("USD"),
		Period:   MustParsePeriod("2026-03"),
		Scope:    ScopeAssisted,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, Amount: dec("40000"), VariesWith: MeasureHandleMinutes,
				Basis: Basis{By: MeasureHandleMinutes, Among: []Channel{ChannelVoice, ChannelEmail}}},
			{Name: "Telephony", Category: CategoryTelephony, Amount: dec("3000.005"), Channel: ChannelVoice, VariesWith: MeasureHandleMinutes},
			{Name: "Office", Category: CategoryFacilities, Amount: dec("7000"),
				Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail, ChannelIVR}}},
			{Name: "IVR licence", Category: CategoryTechnology, Amount: dec("1000"), Channel: ChannelIVR},
			{Name: "CRM seats", Category: CategorySoftwareLicences, Amount: dec("100"),
				Basis: Basis{Weights: []Weight{{ChannelVoice, dec("1")}, {ChannelEmail, dec("1")}, {ChannelIVR, dec("1")}}}},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("1000"), HandleMinutes: dec("6000")},
			{Channel: ChannelEmail, Contacts: dec("500"), HandleMinutes: dec("2000")},
			{Channel: ChannelIVR, Contacts: dec("2000"), HandleMinutes: dec("4000")},
		},
	}
}

// reportSampleCenterDefault is reportSampleCenter with the Office line
// split by contacts under the default basis: no Among, so over the
// agent-assisted channels only (voice and email), not the IVR.
func reportSampleCenterDefault() Model {
	m := reportSampleCenter()
	m.Costs[2].Basis = Basis{By: MeasureContacts}
	return m
}

// TestReportWorkedExample checks every figure of reportSampleCenter's
// report against numbers worked by hand:
//
//	Agent wages 40000 by handle time among voice (6000 min) and email (2000):
//	  voice 3/4 = 30000.00, email 1/4 = 10000.00.
//	Telephony 3000.005 direct to voice, booked half-even: the half cent is a
//	  tie and 3000.00 is even, so 3000.00.
//	Office 7000 by contacts among voice, email and ivr, 1000:500:2000 = 2/7,
//	  1/7, 4/7: voice 2000.00, email 1000.00, ivr 4000.00.
//	IVR licence 1000 direct to ivr.
//	CRM seats 100 by equal weights: 10000 cents / 3 = 3333 r 1 each; the one
//	  cent left goes, on the tie, to the channel whose name sorts first:
//	  email (before ivr and voice), so email 33.34, ivr 33.33, voice 33.33.
//
//	voice: direct 3000.00, shared 30000 + 2000 + 33.33 = 32033.33,
//	       cost 35033.33; per contact 35033.33/1000 = 35.03333 → 35.03;
//	       per minute 35033.33/6000 = 5.83888… → 5.84.
//	email: direct 0, shared 10000 + 1000 + 33.34 = 11033.34;
//	       per contact 22.06668 → 22.07; per minute 5.51667 → 5.52.
//	ivr:   direct 1000.00, shared 4000 + 33.33 = 4033.33, cost 5033.33;
//	       per contact 2.516665 → 2.52; per minute 1.2583325 → 1.26.
//	center: direct 4000.00, shared 40000 + 7000 + 100 = 47100.00,
//	       cost 51100.00 (= 35033.33 + 11033.34 + 5033.33).
//	       Scope assisted: contacts 1500, minutes 8000;
//	       per contact 51100/1500 = 34.0666… → 34.07;
//	       per minute 51100/8000 = 6.3875 → 6.39.
//
// The categories are sparse: a category has a cell on each channel its
// lines reach, and no other.
func TestReportWorkedExample(t *testing.T) {
	r, err := reportSampleCenter().Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	zero := dec("0")
	wantChannels := []Figures{
		{Channel: ChannelVoice, Contacts: dec("1000"), HandleMinutes: dec("6000"), QueueMinutes: zero, AgentHours: zero, FTE: zero,
			Direct: dec("3000"), Shared: dec("32033.33"), Cost: dec("35033.33"),
			CostPerContact: dec("35.03"), CostPerMinute: dec("5.84"),
			ExactCostPerContact: ratio("35033.33", "1000"), ExactCostPerMinute: ratio("35033.33", "6000")},
		{Channel: ChannelEmail, Contacts: dec("500"), HandleMinutes: dec("2000"), QueueMinutes: zero, AgentHours: zero, FTE: zero,
			Direct: zero, Shared: dec("11033.34"), Cost: dec("11033.34"),
			CostPerContact: dec("22.07"), CostPerMinute: dec("5.52"),
			ExactCostPerContact: ratio("11033.34", "500"), ExactCostPerMinute: ratio("11033.34", "2000")},
		{Channel: ChannelIVR, Automated: true, Contacts: dec("2000"), HandleMinutes: dec("4000"), QueueMinutes: zero, AgentHours: zero, FTE: zero,
			Direct: dec("1000"), Shared: dec("4033.33"), Cost: dec("5033.33"),
			CostPerContact: dec("2.52"), CostPerMinute: dec("1.26"),
			ExactCostPerContact: ratio("5033.33", "2000"), ExactCostPerMinute: ratio("5033.33", "4000")},
	}
	if diff := cmp.Diff(wantChannels, r.Channels); diff != "" {
		t.Errorf("Report().Channels mismatch (-want +got):\n%s", diff)
	}
	wantCenter := Figures{
		Contacts: dec("1500"), HandleMinutes: dec("8000"), QueueMinutes: zero, AgentHours: zero, FTE: zero,
		Direct: dec("4000"), Shared: dec("47100"), Cost: dec("51100"),
		CostPerContact: dec("34.07"), CostPerMinute: dec("6.39"),
		ExactCostPerContact: ratio("51100", "1500"), ExactCostPerMinute: ratio("51100", "8000"),
	}
	if diff := cmp.Diff(wantCenter, r.Center); diff != "" {
		t.Errorf("Report().Center mismatch (-want +got):\n%s", diff)
	}
	if !r.AssistedContacts.Equal(dec("1500")) || !r.AllContacts.Equal(dec("3500")) {
		t.Errorf("Report() AssistedContacts, AllContacts = %v, %v, want 1500, 3500", r.AssistedContacts, r.AllContacts)
	}
	wantCategories := []CategoryCost{
		{Category: CategoryWages, Cost: dec("40000"), Cells: []Cell{{ChannelVoice, dec("30000")}, {ChannelEmail, dec("10000")}}},
		{Category: CategoryTelephony, Cost: dec("3000"), Cells: []Cell{{ChannelVoice, dec("3000")}}},
		{Category: CategoryFacilities, Cost: dec("7000"),
			Cells: []Cell{{ChannelVoice, dec("2000")}, {ChannelEmail, dec("1000")}, {ChannelIVR, dec("4000")}}},
		{Category: CategoryTechnology, Cost: dec("1000"), Cells: []Cell{{ChannelIVR, dec("1000")}}},
		{Category: CategorySoftwareLicences, Cost: dec("100"),
			Cells: []Cell{{ChannelVoice, dec("33.33")}, {ChannelEmail, dec("33.34")}, {ChannelIVR, dec("33.33")}}},
	}
	if diff := cmp.Diff(wantCategories, r.Categories); diff != "" {
		t.Errorf("Report().Categories mismatch (-want +got):\n%s", diff)
	}
	wantLines := []Line{
		{Name: "Agent wages", Category: CategoryWages, VariesWith: MeasureHandleMinutes,
			Basis: Basis{By: MeasureHandleMinutes, Among: []Channel{ChannelVoice, ChannelEmail}},
			Exact: ratio("40000", "1"), Amount: dec("40000"),
			Parts: []Part{
				{Channel: ChannelVoice, Weight: dec("6000"), Share: ratio("3", "4"), Amount: dec("30000")},
				{Channel: ChannelEmail, Weight: dec("2000"), Share: ratio("1", "4"), Amount: dec("10000")},
			}},
		{Name: "Telephony", Category: CategoryTelephony, VariesWith: MeasureHandleMinutes, Channel: ChannelVoice,
			Exact: ratio("3000.005", "1"), Amount: dec("3000"),
			Parts: []Part{{Channel: ChannelVoice, Weight: dec("1"), Share: ratio("1", "1"), Amount: dec("3000")}}},
		{Name: "Office", Category: CategoryFacilities,
			Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail, ChannelIVR}},
			Exact: ratio("7000", "1"), Amount: dec("7000"),
			Parts: []Part{
				{Channel: ChannelVoice, Weight: dec("1000"), Share: ratio("2", "7"), Amount: dec("2000")},
				{Channel: ChannelEmail, Weight: dec("500"), Share: ratio("1", "7"), Amount: dec("1000")},
				{Channel: ChannelIVR, Weight: dec("2000"), Share: ratio("4", "7"), Amount: dec("4000")},
			}},
		{Name: "IVR licence", Category: CategoryTechnology, Channel: ChannelIVR,
			Exact: ratio("1000", "1"), Amount: dec("1000"),
			Parts: []Part{{Channel: ChannelIVR, Weight: dec("1"), Share: ratio("1", "1"), Amount: dec("1000")}}},
		{Name: "CRM seats", Category: CategorySoftwareLicences,
			Basis: Basis{Weights: []Weight{{ChannelVoice, dec("1")}, {ChannelEmail, dec("1")}, {ChannelIVR, dec("1")}}},
			Exact: ratio("100", "1"), Amount: dec("100"),
			Parts: []Part{
				{Channel: ChannelVoice, Weight: dec("1"), Share: ratio("1", "3"), Amount: dec("33.33")},
				{Channel: ChannelEmail, Weight: dec("1"), Share: ratio("1", "3"), Amount: dec("33.34")},
				{Channel: ChannelIVR, Weight: dec("1"), Share: ratio("1", "3"), Amount: dec("33.33")},
			}},
	}
	if diff := cmp.Diff(wantLines, r.Lines); diff != "" {
		t.Errorf("Report().Lines mismatch (-want +got):\n%s", diff)
	}
	if r.Scope != ScopeAssisted || r.Currency != MustParseCurrency("USD") || !r.Period.Equal(MustParsePeriod("2026-03")) ||
		r.SubPeriods != 0 || r.Convention != 0 || !r.Rounding.Equal(Rounding{}) {
		t.Errorf("Report() scope/currency/period/sub-periods/convention/rounding = %v/%v/%v/%d/%v/%v",
			r.Scope, r.Currency, r.Period, r.SubPeriods, r.Convention, r.Rounding)
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Report().Verify() = %v", err)
	}
}

// TestReportWorkedExampleDefaultBasis works reportSampleCenter again with
// the Office line under the default basis, which changed on purpose: a
// split by contacts without Among reaches the agent-assisted channels only,
// so the IVR's 2000 contacts no longer draw 4/7 of the office.
//
//	Office 7000 by contacts among voice (1000) and email (500): 2/3, 1/3;
//	  in cents 700000·2/3 = 466666 r 2/3, 700000·1/3 = 233333 r 1/3; the
//	  cent left goes to the larger remainder, voice: 4666.67, 2333.33.
//
//	voice: direct 3000.00, shared 30000 + 4666.67 + 33.33 = 34700.00,
//	       cost 37700.00; per contact 37.70; per minute 37700/6000 =
//	       6.28333… → 6.28.
//	email: shared 10000 + 2333.33 + 33.34 = 12366.67; per contact
//	       12366.67/500 = 24.73334 → 24.73; per minute 12366.67/2000 =
//	       6.183335 → 6.18.
//	ivr:   direct 1000.00, shared 33.33, cost 1033.33; per contact
//	       1033.33/2000 = 0.516665 → 0.52; per minute 1033.33/4000 =
//	       0.2583325 → 0.26.
//	center: unchanged, 51100.00 over 1500 assisted contacts (34.07): the
//	       default moves cost between channels, not in or out of the center.
func TestReportWorkedExampleDefaultBasis(t *testing.T) {
	r, err := reportSampleCenterDefault().Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	type money struct {
		Channel              Channel
		Direct, Shared, Cost decimal.Decimal
		CPC, CPM             decimal.Decimal
	}
	var got []money
	for _, f := range r.Channels {
		got = append(got, money{f.Channel, f.Direct, f.Shared, f.Cost, f.CostPerContact, f.CostPerMinute})
	}
	want := []money{
		{ChannelVoice, dec("3000"), dec("34700"), dec("37700"), dec("37.70"), dec("6.28")},
		{ChannelEmail, dec("0"), dec("12366.67"), dec("12366.67"), dec("24.73"), dec("6.18")},
		{ChannelIVR, dec("1000"), dec("33.33"), dec("1033.33"), dec("0.52"), dec("0.26")},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Report().Channels mismatch (-want +got):\n%s", diff)
	}
	wantOffice := Line{Name: "Office", Category: CategoryFacilities,
		Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelEmail}},
		Exact: ratio("7000", "1"), Amount: dec("7000"),
		Parts: []Part{
			{Channel: ChannelVoice, Weight: dec("1000"), Share: ratio("2", "3"), Amount: dec("4666.67")},
			{Channel: ChannelEmail, Weight: dec("500"), Share: ratio("1", "3"), Amount: dec("2333.33")},
		}}
	if diff := cmp.Diff(wantOffice, r.Lines[2]); diff != "" {
		t.Errorf("Report().Lines[2] mismatch (-want +got):\n%s", diff)
	}
	wantFacilities := CategoryCost{Category: CategoryFacilities, Cost: dec("7000"),
		Cells: []Cell{{ChannelVoice, dec("4666.67")}, {ChannelEmail, dec("2333.33")}}}
	if diff := cmp.Diff(wantFacilities, r.Categories[2]); diff != "" {
		t.Errorf("Report().Categories[2] mismatch (-want +got):\n%s", diff)
	}
	if !r.Center.Cost.Equal(dec("51100")) || !r.Center.CostPerContact.Equal(dec("34.07")) {
		t.Errorf("Report().Center cost, per contact = %v, %v, want 51100, 34.07", r.Center.Cost, r.Center.CostPerContact)
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Report().Verify() = %v", err)
	}
}

// TestReportScopeAndPolicy works the same center under ScopeAll and a
// half-up policy with 4 places:
//
//	contacts 3500, minutes 12000.
//	Telephony 3000.005 booked half-up is 3000.01, so voice's cost and the
//	center's cost grow by a cent: 35033.34 and 51100.01.
//	51100.01/3500 = 14.6000028… → 14.6000; 51100.01/12000 = 4.25833416… →
//	4.2583.
func TestReportScopeAndPolicy(t *testing.T) {
	m := reportSampleCenter()
	m.Scope = ScopeAll
	m.Rounding = Rounding{Mode: RoundHalfUp}.WithScale(4)
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want decimal.Decimal
	}{
		{"Center.Contacts", r.Center.Contacts, dec("3500")},
		{"Center.HandleMinutes", r.Center.HandleMinutes, dec("12000")},
		{"Center.Cost", r.Center.Cost, dec("51100.01")},
		{"Center.CostPerContact", r.Center.CostPerContact, dec("14.6000")},
		{"Center.CostPerMinute", r.Center.CostPerMinute, dec("4.2583")},
		{"Channels[0].Cost", r.Channels[0].Cost, dec("35033.34")},
	} {
		if !c.got.Equal(c.want) {
			t.Errorf("Report() %s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if exp := r.Center.CostPerContact.Exponent(); exp != -4 {
		t.Errorf("Report() Center.CostPerContact has exponent %d, want -4 (4 places)", exp)
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Report().Verify() = %v", err)
	}
}

// TestReportOrderIndependent checks that permuting volumes and cost lines
// changes only the order of the report, not a single figure: the tie-break
// follows channel names, not positions.
func TestReportOrderIndependent(t *testing.T) {
	for _, fixture := range []func() Model{reportSampleCenter, reportSampleCenterDefault} {
		base, err := fixture().Report()
		if err != nil {
			t.Fatal(err)
		}
		m := fixture()
		slices.Reverse(m.Volumes)
		slices.Reverse(m.Costs)
		got, err := m.Report()
		if err != nil {
			t.Fatal(err)
		}
		byChannel := func(r Report) map[Channel]Figures {
			out := map[Channel]Figures{}
			for _, ch := range r.Channels {
				out[ch.Channel] = ch
			}
			return out
		}
		if diff := cmp.Diff(byChannel(base), byChannel(got)); diff != "" {
			t.Errorf("figures depend on input order (-original +permuted):\n%s", diff)
		}
		if diff := cmp.Diff(base.Center, got.Center); diff != "" {
			t.Errorf("center figures depend on input order (-original +permuted):\n%s", diff)
		}
		byLine := func(r Report) map[string]map[Channel]string {
			out := map[string]map[Channel]string{}
			for _, l := range r.Lines {
				out[l.Name] = map[Channel]string{}
				for _, p := range l.Parts {
					out[l.Name][p.Channel] = p.Amount.String()
				}
			}
			return out
		}
		if diff := cmp.Diff(byLine(base), byLine(got)); diff != "" {
			t.Errorf("parts depend on input order (-original +permuted):\n%s", diff)
		}
	}
}

func TestPercentBasis(t *testing.T) {
	// 1000 split 50/30/20 over voice, email and ivr: 500, 300, 200, in
	// the report's channel order whatever the order of the weights.
	m := reportSampleCenter()
	m.Costs = []Cost{{Name: "Site", Category: CategoryFacilities, Amount: dec("1000"),
		Basis: Basis{Percent: true, Weights: []Weight{{ChannelIVR, dec("20")}, {ChannelVoice, dec("50")}, {ChannelEmail, dec("30")}}}}}
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	want := []Part{
		{Channel: ChannelVoice, Weight: dec("50"), Share: ratio("1", "2"), Amount: dec("500")},
		{Channel: ChannelEmail, Weight: dec("30"), Share: ratio("3", "10"), Amount: dec("300")},
		{Channel: ChannelIVR, Weight: dec("20"), Share: ratio("1", "5"), Amount: dec("200")},
	}
	if diff := cmp.Diff(want, r.Lines[0].Parts); diff != "" {
		t.Errorf("Report().Lines[0].Parts mismatch (-want +got):\n%s", diff)
	}
	wantBasis := Basis{Percent: true, Weights: []Weight{{ChannelVoice, dec("50")}, {ChannelEmail, dec("30")}, {ChannelIVR, dec("20")}}}
	if diff := cmp.Diff(wantBasis, r.Lines[0].Basis); diff != "" {
		t.Errorf("Report().Lines[0].Basis mismatch (-want +got):\n%s", diff)
	}
}

func TestReportZeroDecimalCurrency(t *testing.T) {
	// In JPY (no minor unit) 1000 yen over three equal channels is 334, 333,
	// 333 (the yen left over goes to "a", first by name), and the cost per
	// contact rounds to whole yen: 334/3 = 111.33 → 111.
	m := Model{
		Currency: MustParseCurrency("JPY"), Period: MustParsePeriod("2026"), Scope: ScopeAll,
		Costs: []Cost{{Name: "Shared", Category: CategoryOther, Amount: dec("1000"), Basis: Basis{By: MeasureContacts}}},
		Volumes: []Volume{
			{Channel: "a", Handling: HandlingAssisted, Contacts: dec("3")},
			{Channel: "b", Handling: HandlingAssisted, Contacts: dec("3")},
			{Channel: "c", Handling: HandlingAssisted, Contacts: dec("3")},
		},
	}
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	got := []string{r.Channels[0].Cost.String(), r.Channels[1].Cost.String(), r.Channels[2].Cost.String(), r.Channels[0].CostPerContact.String()}
	want := []string{"334", "333", "333", "111"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JPY report mismatch (-want +got):\n%s", diff)
	}
	// No handle minutes anywhere: the cost per minute is undefined, and its
	// rounded form is zero.
	if r.Center.ExactCostPerMinute.IsDefined() || !r.Center.CostPerMinute.IsZero() {
		t.Errorf("Report() Center cost per minute = %v / %v, want undefined / 0", r.Center.ExactCostPerMinute, r.Center.CostPerMinute)
	}
}

// TestReportConcurrent shares one model and one report between goroutines;
// run under -race it pins that neither is written to.
func TestReportConcurrent(t *testing.T) {
	m := reportSampleCenter()
	first, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := m.Report()
			if err != nil {
				errs <- err
				return
			}
			if !r.Center.Cost.Equal(first.Center.Cost) {
				errs <- fmt.Errorf("Report() Center.Cost = %v, want %v", r.Center.Cost, first.Center.Cost)
			}
			if err := first.Verify(); err != nil {
				errs <- err
			}
			if _, err := first.MarshalJSON(); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestHostileReportValues pins that Verify and MarshalJSON refuse numbers
// outside the bounds without expanding them (1e2000000000 would take
// gigabytes and minutes to print), whichever field they are in, and that
// a zero with a huge exponent (0e2000000000, a valid zero) is handled
// without expanding it either.
//
// A Verify that expands such a number never returns, so the cases run in a
// child process (the test binary itself), each in its own goroutine, and
// the child gives up on the ones still running after a deadline and exits,
// taking them with it.
func TestHostileReportValues(t *testing.T) {
	huge := decimal.New(1, 2_000_000_000)
	zeroHuge := decimal.New(0, 2_000_000_000)
	fields := []struct {
		name string
		set  func(r *Report, v decimal.Decimal)
	}{
		{"Lines[0].Amount", func(r *Report, v decimal.Decimal) { r.Lines[0].Amount = v }},
		{"Lines[0].Parts[0].Weight", func(r *Report, v decimal.Decimal) { r.Lines[0].Parts[0].Weight = v }},
		{"Channels[0].Cost", func(r *Report, v decimal.Decimal) { r.Channels[0].Cost = v }},
		{"Channels[0].CostPerContact", func(r *Report, v decimal.Decimal) { r.Channels[0].CostPerContact = v }},
		{"Channels[0].Contacts", func(r *Report, v decimal.Decimal) { r.Channels[0].Contacts = v }},
		{"AllContacts", func(r *Report, v decimal.Decimal) { r.AllContacts = v }},
		{"Categories[0].Cells[1].Amount", func(r *Report, v decimal.Decimal) { r.Categories[0].Cells[1].Amount = v }},
	}
	if os.Getenv(contactcostHostileChild) == "" {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHostileReportValues$", "-test.count=1")
		cmd.Env = append(os.Environ(), contactcostHostileChild+"=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("hostile values (in a child process): %v\n%s", err, out)
		}
		return
	}
	type result struct {
		name     string
		problems []string
	}
	results := make(chan result)
	pending := map[string]bool{}
	for _, f := range fields {
		for _, v := range []struct {
			name string
			d    decimal.Decimal
		}{{"1e2000000000", huge}, {"0e2000000000", zeroHuge}} {
			name := f.name + " = " + v.name
			pending[name] = true
			go func() {
				var problems []string
				r, err := reportSampleCenter().Report()
				if err != nil {
					results <- result{name, []string{err.Error()}}
					return
				}
				f.set(&r, v.d)
				err = r.Verify()
				if v.d.Sign() != 0 && !errors.Is(err, ErrTooLarge) {
					problems = append(problems, fmt.Sprintf("Verify() = %v, want ErrTooLarge", err))
				}
				if _, err := r.MarshalJSON(); v.d.Sign() != 0 && err == nil {
					problems = append(problems, "MarshalJSON() succeeded, want an error")
				}
				results <- result{name, problems}
			}()
		}
	}
	deadline := time.After(3 * time.Second)
	for len(pending) > 0 {
		select {
		case res := <-results:
			delete(pending, res.name)
			for _, p := range res.problems {
				t.Errorf("%s: %s", res.name, p)
			}
		case <-deadline:
			var stuck []string
			for name := range pending {
				stuck = append(stuck, name)
			}
			slices.Sort(stuck)
			for _, name := range stuck {
				t.Errorf("%s: Verify() or MarshalJSON() did not return within 3 s (expanding the number?)", name)
			}
			return
		}
	}
}

// contactcostHostileChild is set in the environment of the child process
// of TestHostileReportValues.
const contactcostHostileChild = "CONTACTCOST_TEST_HOSTILE_CHILD"
