package contactcost

import (
	"math/big"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// seriesSafely returns m.Series(unit, vols), or fails the test when it
// panics (no exported function may panic on any input).
func seriesSafely(t *testing.T, m Model, unit Unit, vols []PeriodVolumes) (s Series, err error) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("Series() panicked: %v", p)
		}
	}()
	return m.Series(unit, vols)
}

// seriesQuarterModel is a first quarter whose series is worked by hand in
// TestSeriesWorkedExample. Its volumes come per month.
func seriesQuarterModel() (Model, []PeriodVolumes) {
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

// TestSeriesWorkedExample checks a quarter's monthly series by hand.
//
// By actual days (Q1 2026 has 90 days: 31, 28, 31):
//
//	Platform 9000 for Q1: 3100, 2800, 3100.
//	Rent 2000 per month: 2000 each month, 6000 in the quarter.
//	CRM 3650 for 2026: the quarter is 90/365 of it = 900; months 310, 280, 310.
//	Support 1000 for Q1, booked once as 1000.00 and distributed in cents:
//	  100000·31/90 = 34444 r 40, ·28/90 = 31111 r 10, ·31/90 = 34444 r 40;
//	  the cent left goes to January (the first of the tied remainders):
//	  344.45, 311.11, 344.44. (A report of January alone would book
//	  round(344.444…) = 344.44: a series may differ by a minor unit from
//	  stand-alone reports, but never from its own whole.)
//
//	Month totals: January 2000 + 3100 + 310 + 344.45 = 5754.45, February
//	2000 + 2800 + 280 + 311.11 = 5391.11, March 5754.44; together 16900.00
//	= 9000 + 6000 + 900 + 1000.
//	Cost per contact: 5754.45/1500 = 3.8363 → 3.84; 5391.11/1400 = 3.8508 →
//	3.85; 5754.44/1800 = 3.1969 → 3.20; the quarter 16900/4700 = 3.5957 → 3.60.
func TestSeriesWorkedExample(t *testing.T) {
	m, vols := seriesQuarterModel()
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	var support, totals, cpcs []string
	for _, r := range s.Reports {
		support = append(support, r.Lines[3].Amount.StringFixed(2))
		totals = append(totals, r.Center.Cost.StringFixed(2))
		cpcs = append(cpcs, r.Center.CostPerContact.StringFixed(2))
		if err := r.Verify(); err != nil {
			t.Errorf("%s: Verify() = %v", r.Period, err)
		}
		if r.SubPeriods != 0 {
			t.Errorf("%s: SubPeriods = %d, want 0", r.Period, r.SubPeriods)
		}
	}
	check := func(what string, got, want []string) {
		t.Helper()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Series() %s mismatch (-want +got):\n%s", what, diff)
		}
	}
	check("support by month", support, []string{"344.45", "311.11", "344.44"})
	check("monthly costs", totals, []string{"5754.45", "5391.11", "5754.44"})
	check("monthly cost per contact", cpcs, []string{"3.84", "3.85", "3.20"})
	if got := s.Whole.Center.Cost.StringFixed(2); got != "16900.00" {
		t.Errorf("Series() Whole.Center.Cost = %s, want 16900.00", got)
	}
	if got := s.Whole.Center.CostPerContact.StringFixed(2); got != "3.60" {
		t.Errorf("Series() Whole.Center.CostPerContact = %s, want 3.60", got)
	}
	if err := s.Whole.Verify(); err != nil {
		t.Errorf("Whole.Verify() = %v", err)
	}
	if s.Unit != UnitMonth || !s.Whole.Period.Equal(m.Period) || s.Whole.Convention != ConventionActualDays || s.Whole.SubPeriods != 3 {
		t.Errorf("Series() unit/period/convention/sub-periods = %v/%v/%v/%d, want month/2026-Q1/actual-days/3",
			s.Unit, s.Whole.Period, s.Whole.Convention, s.Whole.SubPeriods)
	}
}

// TestSeriesReconciles checks that every money figure of the whole is the
// sum of the monthly figures, and that the whole's lines are those of a
// report of the whole quarter.
func TestSeriesReconciles(t *testing.T) {
	m, vols := seriesQuarterModel()
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatal(err)
	}
	sums := map[string]*big.Rat{}
	add := func(key string, r *big.Rat) {
		if sums[key] == nil {
			sums[key] = new(big.Rat)
		}
		sums[key].Add(sums[key], r)
	}
	for _, r := range s.Reports {
		for _, ch := range r.Channels {
			add("direct "+string(ch.Channel), ch.Direct.Rat())
			add("shared "+string(ch.Channel), ch.Shared.Rat())
			add("contacts "+string(ch.Channel), ch.Contacts.Rat())
		}
		for _, l := range r.Lines {
			add("line "+l.Name, l.Amount.Rat())
			for _, p := range l.Parts {
				add("part "+l.Name+" "+string(p.Channel), p.Amount.Rat())
			}
		}
		for _, cc := range r.Categories {
			add("category "+string(cc.Category), cc.Cost.Rat())
			for _, cell := range cc.Cells {
				add("cell "+string(cc.Category)+" "+string(cell.Channel), cell.Amount.Rat())
			}
		}
		add("cost", r.Center.Cost.Rat())
	}
	same := func(key string, got decimal.Decimal) {
		t.Helper()
		if sums[key] == nil || got.Rat().Cmp(sums[key]) != 0 {
			t.Errorf("%s: whole %v, sum of months %v", key, got, sums[key])
		}
	}
	for _, ch := range s.Whole.Channels {
		same("direct "+string(ch.Channel), ch.Direct)
		same("shared "+string(ch.Channel), ch.Shared)
		same("contacts "+string(ch.Channel), ch.Contacts)
	}
	for _, l := range s.Whole.Lines {
		same("line "+l.Name, l.Amount)
		for _, p := range l.Parts {
			same("part "+l.Name+" "+string(p.Channel), p.Amount)
		}
	}
	for _, cc := range s.Whole.Categories {
		same("category "+string(cc.Category), cc.Cost)
		for _, cell := range cc.Cells {
			same("cell "+string(cc.Category)+" "+string(cell.Channel), cell.Amount)
		}
	}
	same("cost", s.Whole.Center.Cost)

	// The whole quarter as one report (volumes summed) books the same lines.
	whole := m
	whole.Volumes = []Volume{
		{Channel: ChannelVoice, Contacts: dec("3000"), HandleMinutes: dec("18000")},
		{Channel: ChannelChat, Contacts: dec("1700"), HandleMinutes: dec("12000")},
	}
	r, err := whole.Report()
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range r.Lines {
		if !l.Amount.Equal(s.Whole.Lines[i].Amount) || !l.Exact.Equal(s.Whole.Lines[i].Exact) {
			t.Errorf("line %s: whole-quarter report %v (%v), series whole %v (%v)", l.Name, l.Amount, l.Exact,
				s.Whole.Lines[i].Amount, s.Whole.Lines[i].Exact)
		}
	}
	// A split by a figure sums each channel's figure over the quarter as
	// its weight; its share varies by month, so the whole has none (it
	// was 3000/4700 before issue 7, which the amounts need not follow).
	platform := s.Whole.Lines[0].Parts[0]
	if platform.Channel != ChannelVoice || platform.Weight.String() != "3000" || platform.Share.IsDefined() {
		t.Errorf("Series() Whole platform voice part = %+v, want weight 3000, share undefined", platform)
	}
}

func TestSeriesTrend(t *testing.T) {
	m, vols := seriesQuarterModel()
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatal(err)
	}
	trend := s.Trend()
	if len(trend) != 3 || trend[0].Change.IsDefined() {
		t.Fatalf("Trend() = %+v, want 3 points, the first without a change", trend)
	}
	// February against January: (5391.11/1400 − 5754.45/1500) / (5754.45/1500).
	jan := ratio("5754.45", "1500").Rat()
	feb := ratio("5391.11", "1400").Rat()
	want := new(big.Rat).Sub(feb, jan)
	want.Quo(want, jan)
	if !trend[1].Change.Equal(ratioOfRat(want)) {
		t.Errorf("Trend()[1].Change = %v, want %v", trend[1].Change, ratioOfRat(want))
	}
	if trend[2].Period.String() != "2026-03" || trend[2].CostPerContact.StringFixed(2) != "3.20" || trend[2].Contacts.String() != "1800" ||
		trend[2].Cost.StringFixed(2) != "5754.44" {
		t.Errorf("Trend()[2] = %+v, want 2026-03: 5754.44 over 1800 contacts, 3.20", trend[2])
	}
}

func TestSeriesErrors(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Model, *[]PeriodVolumes)
		want   error
		path   string
		who    string
	}{
		{"model volumes", func(m *Model, _ *[]PeriodVolumes) { m.Volumes = []Volume{{Channel: ChannelVoice, Contacts: dec("1")}} },
			ErrConflict, "volumes", ""},
		{"missing month", func(_ *Model, v *[]PeriodVolumes) { *v = (*v)[:2] }, ErrNotSet, "periods", "2026-03"},
		{"extra period", func(_ *Model, v *[]PeriodVolumes) {
			*v = append(*v, PeriodVolumes{Period: MustParsePeriod("2026-04"), Volumes: (*v)[0].Volumes})
		}, ErrInvalid, "periods[3].period", "2026-04"},
		{"no period", func(_ *Model, v *[]PeriodVolumes) { (*v)[1].Period = Period{} }, ErrNotSet, "periods[1].period", ""},
		{"duplicate", func(_ *Model, v *[]PeriodVolumes) { (*v)[2].Period = (*v)[1].Period }, ErrDuplicate, "periods[2].period", "2026-02"},
		{"bad month", func(_ *Model, v *[]PeriodVolumes) {
			(*v)[1].Volumes = slices.Clone((*v)[1].Volumes)
			(*v)[1].Volumes[0].Contacts = dec("0")
		}, ErrNoContacts, "periods[1].volumes[0].contacts", "voice"},
		{"automation changes", func(_ *Model, v *[]PeriodVolumes) {
			(*v)[1].Volumes = slices.Clone((*v)[1].Volumes)
			(*v)[1].Volumes[1].Handling = HandlingAutomated
		}, ErrConflict, "periods[1].volumes[1].handling", "chat"},
		{"no convention", func(m *Model, _ *[]PeriodVolumes) { m.Convention = 0 }, ErrNotSet, "convention", ""},
		{"no model period", func(m *Model, _ *[]PeriodVolumes) { m.Period = Period{} }, ErrNotSet, "period", ""},
		{"bad unit", nil, ErrInvalid, "unit", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, vols := seriesQuarterModel()
			unit := UnitMonth
			if tt.modify != nil {
				tt.modify(&m, &vols)
			} else {
				unit = 0
			}
			_, err := seriesSafely(t, m, unit, vols)
			fe := validateFind(err, tt.path, tt.want)
			if fe == nil || fe.Name != tt.who {
				t.Errorf("Series() error = %v\nwant %v at %s (%q)", err, tt.want, tt.path, tt.who)
			}
		})
	}
}

// TestSeriesPeriodsInAnyOrder pins that the volumes of the sub-periods may
// come in any order: the reports follow the sub-periods.
func TestSeriesPeriodsInAnyOrder(t *testing.T) {
	m, vols := seriesQuarterModel()
	want, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(vols)
	got, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatalf("Series() with the months reversed: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Series() depends on the order of the periods (-in order +reversed):\n%s", diff)
	}
}

// TestSeriesChannelLaunch: chat starts in March; its licence is a monthly
// rate from March, so January and February need no chat volume.
func TestSeriesChannelLaunch(t *testing.T) {
	m, vols := seriesQuarterModel()
	m.Costs = append(m.Costs, Cost{Name: "Chat licence", Category: CategorySoftwareLicences, Amount: dec("400"), Per: UnitMonth,
		Period: MustParsePeriod("2026-03-01..2027-01-01"), Channel: ChannelChat})
	for k := range 2 {
		vols[k].Volumes = vols[k].Volumes[:1]
	}
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	if got := s.Reports[2].Lines[4].Amount.StringFixed(2); got != "400.00" {
		t.Errorf("Series() March chat licence = %s, want 400.00", got)
	}
	if len(s.Reports[0].Channels) != 1 || len(s.Whole.Channels) != 2 {
		t.Errorf("Series() channels: January %d, whole %d; want 1, 2", len(s.Reports[0].Channels), len(s.Whole.Channels))
	}
	if got := s.Reports[0].Lines[4]; got.Amount.Sign() != 0 || len(got.Parts) != 0 {
		t.Errorf("Series() January chat licence = %v with %d parts, want 0 with none", got.Amount, len(got.Parts))
	}
	if err := s.Whole.Verify(); err != nil {
		t.Errorf("Whole.Verify() = %v", err)
	}
}

// TestSeriesLineForWholePeriod pins the meaning of a line with no period of
// its own in a series: it is stated for the whole series period (the
// model's period), not for each sub-period. (Found by FuzzSeries: each month
// used to get the quarter's whole amount.)
func TestSeriesLineForWholePeriod(t *testing.T) {
	m, vols := seriesQuarterModel()
	m.Costs[0].Period = Period{} // Platform 9000: now "the model's period", Q1
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range s.Reports {
		got = append(got, r.Lines[0].Amount.StringFixed(2))
	}
	// By days: 9000·31/90, 9000·28/90, 9000·31/90.
	if diff := cmp.Diff([]string{"3100.00", "2800.00", "3100.00"}, got); diff != "" {
		t.Errorf("Series() monthly platform mismatch (-want +got):\n%s", diff)
	}
	if s.Whole.Lines[0].Amount.StringFixed(2) != "9000.00" {
		t.Errorf("Series() whole platform = %v, want 9000.00", s.Whole.Lines[0].Amount)
	}
}

// TestSeriesWeeks52 covers the non-additive convention: 52,000.00 for 2026
// by 52 weeks is 1,000.00 a whole week, but 2026 splits into 51 whole ISO
// weeks and two 4-day pieces (4/7 week each), 52 1/7 weeks in all. The
// booked 52,000.00 is then spread in proportion (52000/(365/7) a week) and
// each week reports its share of it as its exact amount.
func TestSeriesWeeks52(t *testing.T) {
	m := priceOneChannel("2026", Convention52Weeks, Cost{Amount: dec("52000"), Period: MustParsePeriod("2026")})
	weeks, err := m.Period.Split(UnitWeek)
	if err != nil {
		t.Fatal(err)
	}
	var vols []PeriodVolumes
	for _, w := range weeks {
		vols = append(vols, PeriodVolumes{Period: w, Volumes: m.Volumes})
	}
	m.Volumes = nil
	s, err := m.Series(UnitWeek, vols)
	if err != nil {
		t.Fatal(err)
	}
	sum := dec("0")
	for _, r := range s.Reports {
		sum = sum.Add(r.Lines[0].Amount)
		if err := r.Verify(); err != nil {
			t.Fatalf("%s: Verify() = %v", r.Period, err)
		}
	}
	if !sum.Equal(dec("52000")) || !s.Whole.Lines[0].Amount.Equal(dec("52000")) {
		t.Errorf("Series() weeks sum to %v, whole %v; want 52000", sum, s.Whole.Lines[0].Amount)
	}
	// A whole week's exact share: 52000 · 1 / (365/7) = 364000/365.
	if got := s.Reports[1].Lines[0].Exact; !got.Equal(ratio("364000", "365")) {
		t.Errorf("Series() week 2 exact = %v, want 364000/365", got)
	}
}

// TestSeriesWholeExplainsItself pins issue 7's defect "A series' total
// explains itself wrongly": Q1 by month, 300 split by contacts; January
// voice 1 / chat 1, February and March voice 1000 / chat 1. Equal months:
// 100 a month.
//
//	January:  10000 cents by 1:1 = 5000, 5000: voice 50.00, chat 50.00.
//	February: 10000 · 1000/1001 = 9990.00999 → 9990 r 0.00999; chat
//	          10000 · 1/1001 = 9.99000999 → 9 r 0.99000999; the cent left
//	          goes to chat: voice 99.90, chat 0.10.
//	March:    as February: voice 99.90, chat 0.10.
//	Whole:    voice 50.00 + 99.90 + 99.90 = 249.80,
//	          chat 50.00 + 0.10 + 0.10 = 50.20; 300.00 in all.
//
// Voice's contacts over the quarter are 2001 of 2004 (667/668), whose share
// of 300 would be 299.55: a share the amounts do not follow. So a part of a
// split by a figure has no Share over the span (undefined), and its Weight
// is the channel's contacts over the span (2001, 3). Verify accepts that,
// and refuses a whole that claims the summed share.
func TestSeriesWholeExplainsItself(t *testing.T) {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-Q1"), Scope: ScopeAssisted, Convention: ConventionEqualMonths,
		Costs: []Cost{{Name: "Shared", Category: CategoryOther, Amount: dec("300"), Basis: Basis{By: MeasureContacts}}}}
	vols := func(voice, chat string) []Volume {
		return []Volume{{Channel: ChannelVoice, Contacts: dec(voice)}, {Channel: ChannelChat, Contacts: dec(chat)}}
	}
	s, err := m.Series(UnitMonth, []PeriodVolumes{
		{Period: MustParsePeriod("2026-01"), Volumes: vols("1", "1")},
		{Period: MustParsePeriod("2026-02"), Volumes: vols("1000", "1")},
		{Period: MustParsePeriod("2026-03"), Volumes: vols("1000", "1")},
	})
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	wantMonths := [][]Part{
		{{Channel: ChannelVoice, Weight: dec("1"), Share: ratio("1", "2"), Amount: dec("50")},
			{Channel: ChannelChat, Weight: dec("1"), Share: ratio("1", "2"), Amount: dec("50")}},
		{{Channel: ChannelVoice, Weight: dec("1000"), Share: ratio("1000", "1001"), Amount: dec("99.90")},
			{Channel: ChannelChat, Weight: dec("1"), Share: ratio("1", "1001"), Amount: dec("0.10")}},
		{{Channel: ChannelVoice, Weight: dec("1000"), Share: ratio("1000", "1001"), Amount: dec("99.90")},
			{Channel: ChannelChat, Weight: dec("1"), Share: ratio("1", "1001"), Amount: dec("0.10")}},
	}
	for k, r := range s.Reports {
		if diff := cmp.Diff(wantMonths[k], r.Lines[0].Parts); diff != "" {
			t.Errorf("Series() %s parts mismatch (-want +got):\n%s", r.Period, diff)
		}
	}
	wantWhole := Line{Name: "Shared", Category: CategoryOther,
		Basis: Basis{By: MeasureContacts, Among: []Channel{ChannelVoice, ChannelChat}},
		Exact: ratio("300", "1"), Amount: dec("300"),
		Parts: []Part{
			{Channel: ChannelVoice, Weight: dec("2001"), Share: Ratio{}, Amount: dec("249.80")},
			{Channel: ChannelChat, Weight: dec("3"), Share: Ratio{}, Amount: dec("50.20")},
		}}
	if diff := cmp.Diff(wantWhole, s.Whole.Lines[0]); diff != "" {
		t.Errorf("Series() Whole.Lines[0] mismatch (-want +got):\n%s", diff)
	}
	if s.Whole.SubPeriods != 3 {
		t.Errorf("Series() Whole.SubPeriods = %d, want 3", s.Whole.SubPeriods)
	}
	if err := s.Whole.Verify(); err != nil {
		t.Errorf("Whole.Verify() = %v", err)
	}
	// A whole that explains voice's part by the summed share is refused.
	tampered := verifyClone(s.Whole)
	tampered.Lines[0].Parts[0].Share = ratio("667", "668")
	if err := tampered.Verify(); validateFind(err, "lines[0].parts[0].share", ErrInvalid) == nil {
		t.Errorf("Verify() of a whole with a share over the span = %v, want ErrInvalid at lines[0].parts[0].share", err)
	}
	// So is a whole whose weights are not the channels' figures over the
	// span.
	tampered = verifyClone(s.Whole)
	tampered.Lines[0].Parts[0].Weight = dec("1000")
	if err := tampered.Verify(); validateFind(err, "lines[0].parts[0].weight", ErrInvalid) == nil {
		t.Errorf("Verify() of a whole with voice's weight 1000 = %v, want ErrInvalid at lines[0].parts[0].weight", err)
	}
	// And a report of one period may not leave a share undefined.
	tampered = verifyClone(s.Whole)
	tampered.SubPeriods = 0
	if err := tampered.Verify(); validateFind(err, "lines[0].parts[0].share", ErrInvalid) == nil {
		t.Errorf("Verify() of a one-period report without shares = %v, want ErrInvalid at lines[0].parts[0].share", err)
	}
}

// TestSeriesWholeKeepsFixedWeights pins that in a series' whole a direct
// line keeps weight 1 and share 1, and a split by weights its weights and
// shares (they do not vary by sub-period).
func TestSeriesWholeKeepsFixedWeights(t *testing.T) {
	m, vols := seriesQuarterModel()
	m.Costs = append(m.Costs, Cost{Name: "Seats", Category: CategorySoftwareLicences, Amount: dec("300"),
		Basis: Basis{Percent: true, Weights: []Weight{{ChannelChat, dec("40")}, {ChannelVoice, dec("60")}}}})
	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	// 300 for Q1 by days, booked once and distributed in cents: 30000 ·
	// 31/90, 28/90, 31/90 = 10333 r 1/3, 9333 r 1/3, 10333 r 1/3, the cent
	// left to January: 103.34, 93.33, 103.33. Each month 60/40 by largest
	// remainder: January 6200.4, 4133.6 → 62.00, 41.34; February 5599.8,
	// 3733.2 → 56.00, 37.33; March 6199.8, 4133.2 → 62.00, 41.33. Over the
	// quarter voice 180.00, chat 120.00, with the basis' weights and
	// shares.
	want := []Part{
		{Channel: ChannelVoice, Weight: dec("60"), Share: ratio("3", "5"), Amount: dec("180")},
		{Channel: ChannelChat, Weight: dec("40"), Share: ratio("2", "5"), Amount: dec("120")},
	}
	if diff := cmp.Diff(want, s.Whole.Lines[4].Parts); diff != "" {
		t.Errorf("Series() Whole seats parts mismatch (-want +got):\n%s", diff)
	}
	wantRent := []Part{{Channel: ChannelVoice, Weight: dec("1"), Share: ratio("1", "1"), Amount: dec("6000")}}
	if diff := cmp.Diff(wantRent, s.Whole.Lines[1].Parts); diff != "" {
		t.Errorf("Series() Whole rent parts mismatch (-want +got):\n%s", diff)
	}
	if err := s.Whole.Verify(); err != nil {
		t.Errorf("Whole.Verify() = %v", err)
	}
}

// TestSeriesStrictWholeSpanOnly pins issue 7's defect "Strict is applied to
// each sub-period of a series": a strict Q1 model with a line stated for
// March passes Report and Series by month (January and February have
// nothing of the line, and that is no error), while a line with nothing in
// the whole quarter is still refused.
func TestSeriesStrictWholeSpanOnly(t *testing.T) {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-Q1"), Scope: ScopeAll, Strict: true,
		Convention: ConventionActualDays,
		Costs: []Cost{
			{Name: "Agents", Category: CategoryWages, Amount: dec("9000"), Channel: ChannelVoice},
			{Name: "March campaign", Category: CategoryOther, Amount: dec("500"), Period: MustParsePeriod("2026-03"), Channel: ChannelVoice},
		}}
	month := func(p string) PeriodVolumes {
		return PeriodVolumes{Period: MustParsePeriod(p), Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("100")}}}
	}
	vols := []PeriodVolumes{month("2026-01"), month("2026-02"), month("2026-03")}

	report := m
	report.Volumes = []Volume{{Channel: ChannelVoice, Contacts: dec("300")}}
	r, err := report.Report()
	if err != nil {
		t.Fatalf("Report() error: %v", err)
	}
	if !r.Lines[1].Amount.Equal(dec("500")) {
		t.Errorf("Report() March campaign = %v, want 500", r.Lines[1].Amount)
	}

	s, err := m.Series(UnitMonth, vols)
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	var got []string
	for _, r := range s.Reports {
		got = append(got, r.Lines[1].Amount.StringFixed(2))
	}
	if diff := cmp.Diff([]string{"0.00", "0.00", "500.00"}, got); diff != "" {
		t.Errorf("Series() March campaign by month mismatch (-want +got):\n%s", diff)
	}

	m.Costs = append(m.Costs, Cost{Name: "Last year", Category: CategoryOther, Amount: dec("100"), Period: MustParsePeriod("2025"),
		Channel: ChannelVoice})
	if _, err := m.Series(UnitMonth, vols); validateFind(err, "costs[2].period", ErrOutOfRange) == nil {
		t.Errorf("Series() with a line of 2025 = %v, want ErrOutOfRange at costs[2].period", err)
	}
}

// TestSeriesEndOfCalendar pins issue 7's defect "The end of the calendar":
// a series over 9999-12-01..9999-12-31 (the last 30 days a period can
// cover) by month or by week works. 300 over 30 days by actual days is 10
// a day, so each piece costs 10 × its days.
func TestSeriesEndOfCalendar(t *testing.T) {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("9999-12-01..9999-12-31"), Scope: ScopeAll,
		Convention: ConventionActualDays,
		Costs:      []Cost{{Name: "Agents", Category: CategoryWages, Amount: dec("300"), Channel: ChannelVoice}}}
	for _, unit := range []Unit{UnitMonth, UnitWeek} {
		pieces, err := m.Period.Split(unit)
		if err != nil {
			t.Fatalf("Period.Split(%v) error: %v", unit, err)
		}
		var vols []PeriodVolumes
		for _, p := range pieces {
			vols = append(vols, PeriodVolumes{Period: p, Volumes: []Volume{{Channel: ChannelVoice, Contacts: dec("10")}}})
		}
		s, err := m.Series(unit, vols)
		if err != nil {
			t.Errorf("Series(%v) error: %v", unit, err)
			continue
		}
		for _, r := range s.Reports {
			if want := decimal.NewFromInt(int64(10 * r.Period.Days())); !r.Lines[0].Amount.Equal(want) {
				t.Errorf("Series(%v) %s: amount %v, want %v", unit, r.Period, r.Lines[0].Amount, want)
			}
		}
		if !s.Whole.Center.Cost.Equal(dec("300")) || len(s.Reports) != len(pieces) {
			t.Errorf("Series(%v) whole cost %v over %d reports, want 300 over %d", unit, s.Whole.Center.Cost, len(s.Reports), len(pieces))
		}
		if err := s.Whole.Verify(); err != nil {
			t.Errorf("Series(%v) Whole.Verify() = %v", unit, err)
		}
	}
}
