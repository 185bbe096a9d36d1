package contactcost

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func ratio(num, den string) Ratio {
	r, err := NewRatio(dec(num), dec(den))
	if err != nil {
		panic(err)
	}
	return r
}

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
		r, err := got.Round(HalfEven, 2)
		if err != nil || r.StringFixed(2) != tt.rounded {
			t.Errorf("CostPerContact(%s, %s).Round(HalfEven, 2) = %v, %v, want %s", tt.total, tt.contacts, r, err, tt.rounded)
		}
		// The exact CPC times the contacts gives the total back exactly.
		back, err := got.Mul(dec(tt.contacts))
		if err != nil {
			t.Fatal(err)
		}
		if d, ok := back.Exact(); !ok || !d.Equal(dec(tt.total)) {
			t.Errorf("CostPerContact(%s, %s) × contacts = %v, want %s", tt.total, tt.contacts, back, tt.total)
		}
	}
}

func TestCostPerContactErrors(t *testing.T) {
	tests := []struct {
		total, contacts decimal.Decimal
		want            error
		field           string
	}{
		{dec("100"), dec("0"), ErrNoContacts, "contacts"},
		{dec("100"), decimal.Decimal{}, ErrNoContacts, "contacts"},
		{dec("100"), dec("-5"), ErrNegative, "contacts"},
		{dec("-100"), dec("5"), ErrNegative, "total"},
		{decimal.New(1, 1<<30), dec("5"), ErrTooLarge, "total"},
		{dec("1"), decimal.New(7, -1<<30), ErrTooLarge, "contacts"},
	}
	for _, tt := range tests {
		_, err := CostPerContact(tt.total, tt.contacts)
		var fe *FieldError
		if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Field != tt.field {
			t.Errorf("CostPerContact(%v, %v) error = %v, want %v on %q", tt.total, tt.contacts, err, tt.want, tt.field)
		}
	}
}

// sampleCenter is a small center whose report is worked by hand in
// TestReportWorkedExample.
func sampleCenter() Model {
	return Model{
		Currency: MustCurrency("USD"),
		Period:   MustParsePeriod("2026-03"),
		Scope:    ScopeAssisted,
		Costs: []Cost{
			{Name: "Agent wages", Category: Wages, Amount: dec("40000"), Basis: Basis{Kind: ByHandleTime, Among: []Channel{Voice, Email}},
				Behavior: Variable, Driver: HandleMinutes},
			{Name: "Telephony", Category: Telephony, Amount: dec("3000.005"), Channel: Voice, Behavior: Variable, Driver: HandleMinutes},
			{Name: "Office", Category: Facilities, Amount: dec("7000"), Basis: Basis{Kind: ByContacts}},
			{Name: "IVR licence", Category: Technology, Amount: dec("1000"), Channel: IVR},
			{Name: "CRM seats", Category: SoftwareLicences, Amount: dec("100"),
				Basis: Basis{Kind: ByWeights, Weights: []Weight{{Voice, dec("1")}, {Email, dec("1")}, {IVR, dec("1")}}}},
		},
		Volumes: []Volume{
			{Channel: Voice, Contacts: dec("1000"), HandleMinutes: dec("6000")},
			{Channel: Email, Contacts: dec("500"), HandleMinutes: dec("2000")},
			{Channel: IVR, Contacts: dec("2000"), HandleMinutes: dec("4000")},
		},
	}
}

// TestReportWorkedExample checks every figure of sampleCenter's report
// against numbers worked by hand:
//
//	Agent wages 40000 by handle time among voice (6000 min) and email (2000):
//	  voice 3/4 = 30000.00, email 1/4 = 10000.00.
//	Telephony 3000.005 direct to voice, booked half-even: the half cent is a
//	  tie and 3000.00 is even, so 3000.00.
//	Office 7000 by contacts 1000:500:2000 = 2/7, 1/7, 4/7:
//	  voice 2000.00, email 1000.00, ivr 4000.00.
//	IVR licence 1000 direct to ivr.
//	CRM seats 100 by equal weights: 10000 cents / 3 = 3333 r 1 each; the one
//	  cent left goes, on the tie, to the channel whose name sorts first:
//	  email (before ivr and voice), so email 33.34, ivr 33.33, voice 33.33.
//
//	voice: direct 3000.00, shared 30000 + 2000 + 33.33 = 32033.33,
//	       total 35033.33; per contact 35033.33/1000 = 35.03333 → 35.03;
//	       per minute 35033.33/6000 = 5.83888… → 5.84.
//	email: direct 0, shared 10000 + 1000 + 33.34 = 11033.34;
//	       per contact 22.06668 → 22.07; per minute 5.51667 → 5.52.
//	ivr:   direct 1000.00, shared 4000 + 33.33 = 4033.33, total 5033.33;
//	       per contact 2.516665 → 2.52; per minute 1.2583325 → 1.26.
//	total: direct 4000.00, shared 40000 + 7000 + 100 = 47100.00,
//	       total 51100.00 (= 35033.33 + 11033.34 + 5033.33).
//	       Scope assisted: contacts 1500, minutes 8000;
//	       per contact 51100/1500 = 34.0666… → 34.07;
//	       per minute 51100/8000 = 6.3875 → 6.39.
func TestReportWorkedExample(t *testing.T) {
	r, err := sampleCenter().Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	wantChannels := []ChannelFigures{
		{Channel: Voice, Contacts: dec("1000"), HandleMinutes: dec("6000"),
			Direct: dec("3000"), Shared: dec("32033.33"), Total: dec("35033.33"),
			CostPerContact: dec("35.03"), CostPerMinute: dec("5.84"),
			ExactCostPerContact: ratio("35033.33", "1000"), ExactCostPerMinute: ratio("35033.33", "6000")},
		{Channel: Email, Contacts: dec("500"), HandleMinutes: dec("2000"),
			Direct: dec("0"), Shared: dec("11033.34"), Total: dec("11033.34"),
			CostPerContact: dec("22.07"), CostPerMinute: dec("5.52"),
			ExactCostPerContact: ratio("11033.34", "500"), ExactCostPerMinute: ratio("11033.34", "2000")},
		{Channel: IVR, Automated: true, Contacts: dec("2000"), HandleMinutes: dec("4000"),
			Direct: dec("1000"), Shared: dec("4033.33"), Total: dec("5033.33"),
			CostPerContact: dec("2.52"), CostPerMinute: dec("1.26"),
			ExactCostPerContact: ratio("5033.33", "2000"), ExactCostPerMinute: ratio("5033.33", "4000")},
	}
	if diff := cmp.Diff(wantChannels, r.Channels); diff != "" {
		t.Errorf("Report().Channels mismatch (-want +got):\n%s", diff)
	}
	wantTotal := Totals{
		Contacts: dec("1500"), AssistedContacts: dec("1500"), AllContacts: dec("3500"), HandleMinutes: dec("8000"),
		Direct: dec("4000"), Shared: dec("47100"), Total: dec("51100"),
		CostPerContact: dec("34.07"), CostPerMinute: dec("6.39"),
		ExactCostPerContact: ratio("51100", "1500"), ExactCostPerMinute: ratio("51100", "8000"),
	}
	if diff := cmp.Diff(wantTotal, r.Total); diff != "" {
		t.Errorf("Report().Total mismatch (-want +got):\n%s", diff)
	}
	wantMatrix := []CategoryRow{
		{Category: Wages, Cells: decs("30000", "10000", "0"), Total: dec("40000")},
		{Category: Telephony, Cells: decs("3000", "0", "0"), Total: dec("3000")},
		{Category: Facilities, Cells: decs("2000", "1000", "4000"), Total: dec("7000")},
		{Category: Technology, Cells: decs("0", "0", "1000"), Total: dec("1000")},
		{Category: SoftwareLicences, Cells: decs("33.33", "33.34", "33.33"), Total: dec("100")},
	}
	if diff := cmp.Diff(wantMatrix, r.Matrix); diff != "" {
		t.Errorf("Report().Matrix mismatch (-want +got):\n%s", diff)
	}
	wantWages := Line{
		Name: "Agent wages", Category: Wages, Behavior: Variable, Driver: HandleMinutes,
		Basis: Basis{Kind: ByHandleTime, Among: []Channel{Voice, Email}},
		Exact: ratio("40000", "1"), Amount: dec("40000"),
		Parts: []Part{
			{Channel: Voice, Weight: dec("6000"), Share: ratio("3", "4"), Amount: dec("30000")},
			{Channel: Email, Weight: dec("2000"), Share: ratio("1", "4"), Amount: dec("10000")},
		},
	}
	if diff := cmp.Diff(wantWages, r.Lines[0]); diff != "" {
		t.Errorf("Report().Lines[0] mismatch (-want +got):\n%s", diff)
	}
	wantTelephony := Line{
		Name: "Telephony", Category: Telephony, Behavior: Variable, Driver: HandleMinutes, Channel: Voice,
		Exact: ratio("3000.005", "1"), Amount: dec("3000"),
		Parts: []Part{{Channel: Voice, Weight: dec("1"), Share: ratio("1", "1"), Amount: dec("3000")}},
	}
	if diff := cmp.Diff(wantTelephony, r.Lines[1]); diff != "" {
		t.Errorf("Report().Lines[1] mismatch (-want +got):\n%s", diff)
	}
	if r.Scope != ScopeAssisted || r.Currency != MustCurrency("USD") || r.Period != MustParsePeriod("2026-03") {
		t.Errorf("Report() scope/currency/period = %v/%v/%v", r.Scope, r.Currency, r.Period)
	}
	if err := r.Verify(); err != nil {
		t.Errorf("Report().Verify() = %v", err)
	}
}

// TestReportScopeAndPolicy works the same center under ScopeAll and a
// half-up policy with 4 places:
//
//	contacts 3500, minutes 12000; per contact 51100/3500 = 14.6 exactly;
//	per minute 51100/12000 = 4.258333… → 4.2583.
//	Telephony 3000.005 booked half-up is 3000.01, so voice's total and the
//	center's total grow by a cent: 35033.34 and 51100.01.
func TestReportScopeAndPolicy(t *testing.T) {
	m := sampleCenter()
	m.Scope = ScopeAll
	m.Rounding = Rounding{Mode: HalfUp}.WithScale(4)
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Total.Contacts, dec("3500"); !got.Equal(want) {
		t.Errorf("Total.Contacts = %v, want %v", got, want)
	}
	if got, want := r.Total.Total, dec("51100.01"); !got.Equal(want) {
		t.Errorf("Total.Total = %v, want %v", got, want)
	}
	// 51100.01/3500 = 14.6000028… → 14.6000 (4 places, half-up).
	if got, want := r.Total.CostPerContact, dec("14.6000"); !got.Equal(want) {
		t.Errorf("Total.CostPerContact = %v, want %v", got, want)
	}
	// 51100.01/12000 = 4.25833416… → 4.2583.
	if got, want := r.Total.CostPerMinute, dec("4.2583"); !got.Equal(want) {
		t.Errorf("Total.CostPerMinute = %v, want %v", got, want)
	}
	if got, want := r.Channels[0].Total, dec("35033.34"); !got.Equal(want) {
		t.Errorf("voice Total = %v, want %v", got, want)
	}
}

// TestReportOrderIndependent checks that permuting volumes and cost lines
// changes only the order of the report, not a single figure: the tie-break
// follows channel names, not positions.
func TestReportOrderIndependent(t *testing.T) {
	base, err := sampleCenter().Report()
	if err != nil {
		t.Fatal(err)
	}
	m := sampleCenter()
	slices.Reverse(m.Volumes)
	slices.Reverse(m.Costs)
	got, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	byChannel := func(r Report) map[Channel]ChannelFigures {
		out := map[Channel]ChannelFigures{}
		for _, ch := range r.Channels {
			out[ch.Channel] = ch
		}
		return out
	}
	if diff := cmp.Diff(byChannel(base), byChannel(got)); diff != "" {
		t.Errorf("figures depend on input order (-original +permuted):\n%s", diff)
	}
	if diff := cmp.Diff(base.Total, got.Total); diff != "" {
		t.Errorf("totals depend on input order (-original +permuted):\n%s", diff)
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	m := sampleCenter()
	m.Scope = 0
	m.Currency = Currency{}
	m.Costs = slices.Clone(m.Costs)
	m.Costs[2].Amount = dec("-5")                                             // negative amount
	m.Costs[1].Channel = "fax"                                                // unknown channel
	m.Costs[3].Currency = MustCurrency("EUR")                                 // mismatch (model currency unset: not reported)
	m.Costs[4].Basis.Weights = []Weight{{Voice, dec("0")}, {Email, dec("0")}} // all zero
	m.Volumes = slices.Clone(m.Volumes)
	m.Volumes[1].Contacts = dec("0") // zero contacts

	err := m.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want errors")
	}
	want := []struct {
		err  error
		text string
	}{
		{ErrNotSet, "contactcost: scope: not set"},
		{ErrNotSet, "contactcost: currency: not set"},
		{ErrNegative, `contactcost: costs[2] "Office": amount: negative: -5`},
		{ErrUnknownChannel, `contactcost: costs[1] "Telephony": channel: unknown channel: "fax" has no volume in the model`},
		{ErrWeights, `contactcost: costs[4] "CRM seats": basis.weights: invalid weights: all zero`},
		{ErrNoContacts, `contactcost: volumes[1] "email": contacts: no contacts`},
	}
	for _, w := range want {
		if !errors.Is(err, w.err) {
			t.Errorf("Validate() does not match %v", w.err)
		}
		if !strings.Contains(err.Error(), w.text) {
			t.Errorf("Validate() = %q\nwant it to contain %q", err, w.text)
		}
	}
	if _, rerr := m.Report(); rerr == nil || rerr.Error() != err.Error() {
		t.Errorf("Report() error = %v, want Validate's", rerr)
	}
}

func TestValidateErrors(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Model)
		want   error
		text   string
	}{
		{"no period", func(m *Model) { m.Period = Period{} }, ErrNotSet, "period: not set"},
		{"no volumes", func(m *Model) { m.Volumes = nil; m.Costs = nil }, ErrNotSet, "volumes: not set"},
		{"bad scope", func(m *Model) { m.Scope = 9 }, ErrInvalid, "scope: invalid value"},
		{"bad rounding", func(m *Model) { m.Rounding = Rounding{Mode: 42} }, ErrInvalid, "rounding: mode"},
		{"bad scale", func(m *Model) { m.Rounding = Rounding{}.WithScale(99) }, ErrOutOfRange, "rounding: scale"},
		{"currency mismatch", func(m *Model) { m.Costs[3].Currency = MustCurrency("EUR") }, ErrCurrencyMismatch,
			`costs[3] "IVR licence": currency mismatch: EUR, want USD`},
		{"duplicate channel", func(m *Model) { m.Volumes[2].Channel = Voice }, ErrDuplicate, `volumes[2] "voice": channel: duplicate`},
		{"empty channel", func(m *Model) { m.Volumes[2].Channel = "" }, ErrNotSet, `volumes[2] "": channel: not set`},
		{"control character", func(m *Model) { m.Volumes[2].Channel = "i\x01vr" }, ErrInvalid, "non-printable"},
		{"negative minutes", func(m *Model) { m.Volumes[0].HandleMinutes = dec("-1") }, ErrNegative, "handle_minutes: negative"},
		{"offered below contacts", func(m *Model) { m.Volumes[0].Offered = dec("999") }, ErrOutOfRange, "offered"},
		{"abandoned above offered", func(m *Model) {
			m.Volumes[0].Offered = dec("1100")
			m.Volumes[0].Abandoned = dec("101")
		}, ErrOutOfRange, "abandoned"},
		{"no name", func(m *Model) { m.Costs[0].Name = "" }, ErrNotSet, "name: not set"},
		{"no category", func(m *Model) { m.Costs[0].Category = "" }, ErrNotSet, "category: not set"},
		{"direct and basis", func(m *Model) { m.Costs[1].Basis = Basis{Kind: ByContacts} }, ErrConflict, "takes no basis"},
		{"no basis", func(m *Model) { m.Costs[2].Basis = Basis{} }, ErrNotSet, "basis: not set"},
		{"bad basis kind", func(m *Model) { m.Costs[2].Basis.Kind = 77 }, ErrInvalid, "basis.kind"},
		{"missing handle time", func(m *Model) { m.Costs[0].Basis.Among = nil; m.Volumes[2].HandleMinutes = decimal.Decimal{} },
			ErrMissingVolume, `needs handle_minutes of channel "ivr"`},
		{"missing agent hours", func(m *Model) { m.Costs[2].Basis.Kind = ByAgentHours }, ErrMissingVolume, "agent_hours"},
		{"unknown among", func(m *Model) { m.Costs[0].Basis.Among = []Channel{Voice, "fax"} }, ErrUnknownChannel, "basis.among[1]"},
		{"duplicate among", func(m *Model) { m.Costs[0].Basis.Among = []Channel{Voice, Voice} }, ErrDuplicate, "basis.among[1]"},
		{"weights on a measure basis", func(m *Model) { m.Costs[2].Basis.Weights = []Weight{{Voice, dec("1")}} }, ErrConflict, "weights apply only"},
		{"among on a weights basis", func(m *Model) { m.Costs[4].Basis.Among = []Channel{Voice} }, ErrConflict, "among applies only"},
		{"negative weight", func(m *Model) { m.Costs[4].Basis.Weights[1].Value = dec("-1") }, ErrWeights, "negative"},
		{"unknown weight channel", func(m *Model) { m.Costs[4].Basis.Weights[1].Channel = "fax" }, ErrUnknownChannel, "basis.weights[1]"},
		{"percent not 100", func(m *Model) { m.Costs[4].Basis.Kind = ByPercent }, ErrWeights, "percentages sum to 3"},
		{"fixed with driver", func(m *Model) { m.Costs[3].Driver = Contacts }, ErrConflict, "a fixed cost has no driver"},
		{"variable without driver", func(m *Model) { m.Costs[3].Behavior = Variable }, ErrNotSet, "driver: not set"},
		{"variable with missing driver", func(m *Model) { m.Costs[3].Behavior = Variable; m.Costs[3].Driver = QueueMinutes },
			ErrMissingVolume, "no queue_minutes"},
		{"bad behavior", func(m *Model) { m.Costs[3].Behavior = 5 }, ErrInvalid, "behavior"},
		{"huge amount", func(m *Model) { m.Costs[3].Amount = decimal.New(1, 41) }, ErrTooLarge, "amount: too large"},
		{"all automated under assisted scope", func(m *Model) {
			m.Volumes = m.Volumes[2:]
			m.Costs = m.Costs[3:4]
		}, ErrNoContacts, "every channel is automated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sampleCenter()
			m.Costs = slices.Clone(m.Costs)
			for i := range m.Costs {
				m.Costs[i].Basis = cloneBasis(m.Costs[i].Basis)
			}
			m.Volumes = slices.Clone(m.Volumes)
			tt.modify(&m)
			err := m.Validate()
			if !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.text) {
				t.Errorf("Validate() = %q, want it to contain %q", err, tt.text)
			}
		})
	}
}

func TestPercentBasis(t *testing.T) {
	// 1000 split 50/30/20 over voice, email and ivr: 500, 300, 200.
	m := sampleCenter()
	m.Costs = []Cost{{Name: "Site", Category: Facilities, Amount: dec("1000"),
		Basis: Basis{Kind: ByPercent, Weights: []Weight{{IVR, dec("20")}, {Voice, dec("50")}, {Email, dec("30")}}}}}
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	want := []Part{
		{Channel: Voice, Weight: dec("50"), Share: ratio("1", "2"), Amount: dec("500")},
		{Channel: Email, Weight: dec("30"), Share: ratio("3", "10"), Amount: dec("300")},
		{Channel: IVR, Weight: dec("20"), Share: ratio("1", "5"), Amount: dec("200")},
	}
	if diff := cmp.Diff(want, r.Lines[0].Parts); diff != "" {
		t.Errorf("percent parts mismatch (-want +got):\n%s", diff)
	}
}

func TestReportZeroDecimalCurrency(t *testing.T) {
	// In JPY (no minor unit) 1000 yen over three equal channels is 334, 333,
	// 333, and the cost per contact rounds to whole yen: 334/3 = 111.33 → 111.
	m := Model{
		Currency: MustCurrency("JPY"), Period: MustParsePeriod("2026"), Scope: ScopeAll,
		Costs: []Cost{{Name: "Shared", Category: Other, Amount: dec("1000"), Basis: Basis{Kind: ByContacts}}},
		Volumes: []Volume{
			{Channel: "a", Contacts: dec("3")}, {Channel: "b", Contacts: dec("3")}, {Channel: "c", Contacts: dec("3")},
		},
	}
	r, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	got := []string{r.Channels[0].Total.String(), r.Channels[1].Total.String(), r.Channels[2].Total.String(), r.Channels[0].CostPerContact.String()}
	want := []string{"334", "333", "333", "111"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JPY report mismatch (-want +got):\n%s", diff)
	}
	// No handle minutes anywhere: the cost per minute is undefined, and its
	// rounded form is zero.
	if r.Total.ExactCostPerMinute.IsDefined() || !r.Total.CostPerMinute.IsZero() {
		t.Errorf("cost per minute = %v / %v, want undefined / 0", r.Total.ExactCostPerMinute, r.Total.CostPerMinute)
	}
}

func TestVerifyCatchesTampering(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(*Report)
		text   string
	}{
		{"part moved", func(r *Report) { r.Lines[2].Parts[0].Amount = dec("2000.01") }, "parts: invalid value: sum to"},
		{"channel total", func(r *Report) { r.Channels[1].Total = dec("11033.35") }, "total: invalid value"},
		{"rounded cpc", func(r *Report) { r.Channels[0].CostPerContact = dec("35.04") }, "cost_per_contact"},
		{"exact cpc", func(r *Report) { r.Total.ExactCostPerContact = ratio("1", "1") }, "exact_cost_per_contact"},
		{"matrix cell", func(r *Report) {
			r.Matrix[0].Cells[0] = dec("29999.99")
			r.Matrix[0].Cells[1] = dec("10000.01")
		}, "is not the sum of the category's parts"},
		{"sub-cent money", func(r *Report) { r.Lines[0].Amount = dec("40000.001") }, "not a whole number of minor units"},
		{"booking", func(r *Report) { r.Lines[1].Exact = ratio("3000.02", "1") }, "not within one minor unit"},
		{"share", func(r *Report) { r.Lines[0].Parts[0].Share = ratio("1", "2") }, "parts[0].share"},
		{"contacts", func(r *Report) { r.Total.AllContacts = dec("3501") }, "all_contacts"},
		{"unknown part channel", func(r *Report) { r.Lines[0].Parts[0].Channel = "fax" }, "not a channel of the report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := sampleCenter().Report()
			if err != nil {
				t.Fatal(err)
			}
			r.Lines = slices.Clone(r.Lines)
			for i := range r.Lines {
				r.Lines[i].Parts = slices.Clone(r.Lines[i].Parts)
			}
			r.Channels = slices.Clone(r.Channels)
			r.Matrix = slices.Clone(r.Matrix)
			r.Matrix[0].Cells = slices.Clone(r.Matrix[0].Cells)
			tt.tamper(&r)
			err = r.Verify()
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("Verify() = %v, want ErrInvalid containing %q", err, tt.text)
			}
		})
	}
}

// TestReportConcurrent shares one model and one report between goroutines;
// run under -race it pins that neither is written to.
func TestReportConcurrent(t *testing.T) {
	m := sampleCenter()
	first, err := m.Report()
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := m.Report()
			if err != nil {
				errs <- err
				return
			}
			if !r.Total.Total.Equal(first.Total.Total) {
				errs <- fmt.Errorf("total %v, want %v", r.Total.Total, first.Total.Total)
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
// gigabytes to print), whichever field they are in.
func TestHostileReportValues(t *testing.T) {
	huge := decimal.New(1, 2_000_000_000)
	zeroHuge := decimal.New(0, 2_000_000_000)
	fields := []func(r *Report, v decimal.Decimal){
		func(r *Report, v decimal.Decimal) { r.Lines[0].Amount = v },
		func(r *Report, v decimal.Decimal) { r.Lines[0].Parts[0].Weight = v },
		func(r *Report, v decimal.Decimal) { r.Channels[0].Total = v },
		func(r *Report, v decimal.Decimal) { r.Channels[0].CostPerContact = v },
		func(r *Report, v decimal.Decimal) { r.Channels[0].Contacts = v },
		func(r *Report, v decimal.Decimal) { r.Total.AllContacts = v },
		func(r *Report, v decimal.Decimal) { r.Matrix[0].Cells[1] = v },
	}
	for i, set := range fields {
		for _, v := range []decimal.Decimal{huge, zeroHuge} {
			r, err := sampleCenter().Report()
			if err != nil {
				t.Fatal(err)
			}
			set(&r, v)
			err = r.Verify()
			if v.Sign() != 0 && !errors.Is(err, ErrTooLarge) {
				t.Errorf("field %d = %s: Verify() = %v, want ErrTooLarge", i, decString(v), err)
			}
			if _, err := r.MarshalJSON(); v.Sign() != 0 && err == nil {
				t.Errorf("field %d = %s: MarshalJSON() succeeded", i, decString(v))
			}
		}
	}
}
