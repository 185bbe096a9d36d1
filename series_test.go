package contactcost

import (
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quarterModel is a first quarter whose series is worked by hand in
// TestSeriesWorkedExample. Its volumes come per month.
func quarterModel() (Model, []PeriodVolumes) {
	m := Model{
		Currency: MustCurrency("USD"), Period: MustParsePeriod("2026-Q1"), Scope: ScopeAssisted, Convention: ActualDays,
		Costs: []Cost{
			{Name: "Platform", Category: Technology, Amount: dec("9000"), Period: MustParsePeriod("2026-Q1"), Basis: Basis{Kind: ByContacts}},
			{Name: "Rent", Category: Facilities, Amount: dec("2000"), Per: Month, Channel: Voice},
			{Name: "CRM", Category: SoftwareLicences, Amount: dec("3650"), Period: MustParsePeriod("2026"), Basis: Basis{Kind: ByContacts}},
			{Name: "Support", Category: Other, Amount: dec("1000"), Period: MustParsePeriod("2026-Q1"), Basis: Basis{Kind: ByContacts}},
		},
	}
	vols := func(voice, chat string) []Volume {
		return []Volume{
			{Channel: Voice, Contacts: dec(voice), HandleMinutes: dec("6000")},
			{Channel: Chat, Contacts: dec(chat), HandleMinutes: dec("4000")},
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
//	  stand-alone reports, but never from its own total.)
//
//	Month totals: January 2000 + 3100 + 310 + 344.45 = 5754.45, February
//	2000 + 2800 + 280 + 311.11 = 5391.11, March 5754.44; together 16900.00
//	= 9000 + 6000 + 900 + 1000.
//	Cost per contact: 5754.45/1500 = 3.8363 → 3.84; 5391.11/1400 = 3.8508 →
//	3.85; 5754.44/1800 = 3.1969 → 3.20; the quarter 16900/4700 = 3.5957 → 3.60.
func TestSeriesWorkedExample(t *testing.T) {
	m, vols := quarterModel()
	s, err := m.Series(Month, vols)
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	var support, totals, cpcs []string
	for _, r := range s.Reports {
		support = append(support, r.Lines[3].Amount.StringFixed(2))
		totals = append(totals, r.Total.Total.StringFixed(2))
		cpcs = append(cpcs, r.Total.CostPerContact.StringFixed(2))
		if err := r.Verify(); err != nil {
			t.Errorf("%s: Verify() = %v", r.Period, err)
		}
	}
	check := func(what string, got, want []string) {
		t.Helper()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", what, diff)
		}
	}
	check("support by month", support, []string{"344.45", "311.11", "344.44"})
	check("monthly totals", totals, []string{"5754.45", "5391.11", "5754.44"})
	check("monthly cost per contact", cpcs, []string{"3.84", "3.85", "3.20"})
	if got := s.Total.Total.Total.StringFixed(2); got != "16900.00" {
		t.Errorf("quarter total = %s, want 16900.00", got)
	}
	if got := s.Total.Total.CostPerContact.StringFixed(2); got != "3.60" {
		t.Errorf("quarter cost per contact = %s, want 3.60", got)
	}
	if err := s.Total.Verify(); err != nil {
		t.Errorf("Total.Verify() = %v", err)
	}
	if s.Unit != Month || !s.Total.Period.Equal(m.Period) || s.Total.Convention != ActualDays {
		t.Errorf("series unit/period/convention = %v/%v/%v", s.Unit, s.Total.Period, s.Total.Convention)
	}
}

// TestSeriesReconciles checks that every money figure of the total is the
// sum of the monthly figures, and that the total's lines are those of a
// report of the whole quarter.
func TestSeriesReconciles(t *testing.T) {
	m, vols := quarterModel()
	s, err := m.Series(Month, vols)
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
		for _, row := range r.Matrix {
			for j, cell := range row.Cells {
				add("cell "+string(row.Category)+" "+string(r.Channels[j].Channel), cell.Rat())
			}
		}
		add("total", r.Total.Total.Rat())
	}
	for _, ch := range s.Total.Channels {
		for key, got := range map[string]*big.Rat{
			"direct " + string(ch.Channel): ch.Direct.Rat(), "shared " + string(ch.Channel): ch.Shared.Rat(),
			"contacts " + string(ch.Channel): ch.Contacts.Rat(),
		} {
			if got.Cmp(sums[key]) != 0 {
				t.Errorf("%s: total %s, sum of months %s", key, got.FloatString(2), sums[key].FloatString(2))
			}
		}
	}
	for _, l := range s.Total.Lines {
		if l.Amount.Rat().Cmp(sums["line "+l.Name]) != 0 {
			t.Errorf("line %s: total %v, sum of months %s", l.Name, l.Amount, sums["line "+l.Name].FloatString(2))
		}
		for _, p := range l.Parts {
			if p.Amount.Rat().Cmp(sums["part "+l.Name+" "+string(p.Channel)]) != 0 {
				t.Errorf("part %s %s: total %v", l.Name, p.Channel, p.Amount)
			}
		}
	}
	for _, row := range s.Total.Matrix {
		for j, cell := range row.Cells {
			key := "cell " + string(row.Category) + " " + string(s.Total.Channels[j].Channel)
			if cell.Rat().Cmp(sums[key]) != 0 {
				t.Errorf("%s: total %v, sum of months %s", key, cell, sums[key].FloatString(2))
			}
		}
	}
	if s.Total.Total.Total.Rat().Cmp(sums["total"]) != 0 {
		t.Errorf("total %v, sum of months %s", s.Total.Total.Total, sums["total"].FloatString(2))
	}

	// The whole quarter as one report (volumes summed) books the same lines.
	whole := m
	whole.Volumes = []Volume{
		{Channel: Voice, Contacts: dec("3000"), HandleMinutes: dec("18000")},
		{Channel: Chat, Contacts: dec("1700"), HandleMinutes: dec("12000")},
	}
	r, err := whole.Report()
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range r.Lines {
		if !l.Amount.Equal(s.Total.Lines[i].Amount) || !l.Exact.Equal(s.Total.Lines[i].Exact) {
			t.Errorf("line %s: whole-quarter report %v (%v), series total %v (%v)", l.Name, l.Amount, l.Exact,
				s.Total.Lines[i].Amount, s.Total.Lines[i].Exact)
		}
	}
	// Measure bases sum their figures; the total's shares follow them.
	platform := s.Total.Lines[0]
	if platform.Parts[0].Weight.String() != "3000" || !platform.Parts[0].Share.Equal(ratio("3000", "4700")) {
		t.Errorf("platform voice part = %+v", platform.Parts[0])
	}
}

func TestSeriesTrend(t *testing.T) {
	m, vols := quarterModel()
	s, err := m.Series(Month, vols)
	if err != nil {
		t.Fatal(err)
	}
	trend := s.Trend()
	if len(trend) != 3 || trend[0].Change.IsDefined() {
		t.Fatalf("trend = %+v", trend)
	}
	// February against January: (5391.11/1400 − 5754.45/1500) / (5754.45/1500).
	jan := ratio("5754.45", "1500").Rat()
	feb := ratio("5391.11", "1400").Rat()
	want := new(big.Rat).Sub(feb, jan)
	want.Quo(want, jan)
	if !trend[1].Change.Equal(Ratio{want}) {
		t.Errorf("February change = %v, want %v", trend[1].Change, Ratio{want})
	}
	if trend[2].Period.String() != "2026-03" || trend[2].CostPerContact.StringFixed(2) != "3.20" || trend[2].Contacts.String() != "1800" {
		t.Errorf("March point = %+v", trend[2])
	}
}

func TestSeriesErrors(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Model, *[]PeriodVolumes)
		want   error
		text   string
	}{
		{"model volumes", func(m *Model, _ *[]PeriodVolumes) { m.Volumes = []Volume{{Channel: Voice, Contacts: dec("1")}} },
			ErrConflict, "leave the model's volumes empty"},
		{"missing month", func(_ *Model, v *[]PeriodVolumes) { *v = (*v)[:2] }, ErrNotSet, "series 2026-03: volumes: not set"},
		{"extra period", func(_ *Model, v *[]PeriodVolumes) {
			*v = append(*v, PeriodVolumes{Period: MustParsePeriod("2026-04"), Volumes: (*v)[0].Volumes})
		}, ErrInvalid, "not one of the sub-periods, 2026-01 to 2026-03"},
		{"duplicate", func(_ *Model, v *[]PeriodVolumes) { (*v)[2].Period = (*v)[1].Period }, ErrDuplicate, "2026-02 is given twice"},
		{"bad month", func(_ *Model, v *[]PeriodVolumes) {
			(*v)[1].Volumes = slices.Clone((*v)[1].Volumes)
			(*v)[1].Volumes[0].Contacts = dec("0")
		}, ErrNoContacts, `series 2026-02: volumes[0] "voice": contacts: no contacts`},
		{"automation changes", func(_ *Model, v *[]PeriodVolumes) {
			(*v)[1].Volumes = slices.Clone((*v)[1].Volumes)
			(*v)[1].Volumes[1].Automated = true
		}, ErrConflict, "automated in one sub-period and not in another"},
		{"no convention", func(m *Model, _ *[]PeriodVolumes) { m.Convention = 0 }, ErrNotSet, "depends on the model's convention"},
		{"bad unit", nil, ErrInvalid, "unit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, vols := quarterModel()
			unit := Month
			if tt.modify != nil {
				tt.modify(&m, &vols)
			} else {
				unit = 0
			}
			_, err := m.Series(unit, vols)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("Series() error = %v, want %v containing %q", err, tt.want, tt.text)
			}
		})
	}
}

// TestSeriesChannelLaunch: chat starts in March; its licence is a monthly
// rate from March, so January and February need no chat volume.
func TestSeriesChannelLaunch(t *testing.T) {
	m, vols := quarterModel()
	m.Costs = append(m.Costs, Cost{Name: "Chat licence", Category: SoftwareLicences, Amount: dec("400"), Per: Month,
		Period: MustParsePeriod("2026-03-01..2027-01-01"), Channel: Chat})
	for k := range 2 {
		vols[k].Volumes = vols[k].Volumes[:1]
	}
	s, err := m.Series(Month, vols)
	if err != nil {
		t.Fatalf("Series() error: %v", err)
	}
	if got := s.Reports[2].Lines[4].Amount.StringFixed(2); got != "400.00" {
		t.Errorf("March chat licence = %s", got)
	}
	if len(s.Reports[0].Channels) != 1 || len(s.Total.Channels) != 2 {
		t.Errorf("channels: January %d, total %d", len(s.Reports[0].Channels), len(s.Total.Channels))
	}
	if err := s.Total.Verify(); err != nil {
		t.Errorf("Total.Verify() = %v", err)
	}
}

func TestSeriesJSON(t *testing.T) {
	m, vols := quarterModel()
	s, err := m.Series(Month, vols)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back Series
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, back); diff != "" {
		t.Errorf("series JSON round trip (-want +got):\n%s", diff)
	}
	vb, err := json.Marshal(vols)
	if err != nil {
		t.Fatal(err)
	}
	var vback []PeriodVolumes
	if err := json.Unmarshal(vb, &vback); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(vols, vback); diff != "" {
		t.Errorf("period volumes JSON round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"unit":"month","reports":[],"total":{},"extra":1}`), &back); err == nil {
		t.Error("unknown field accepted")
	}
}

// TestSeriesLineForWholePeriod pins the meaning of a line with no period of
// its own in a series: it is stated for the whole series period (the
// model's period), not for each sub-period. (Found by FuzzSeries: each month
// used to get the quarter's whole amount.)
func TestSeriesLineForWholePeriod(t *testing.T) {
	m, vols := quarterModel()
	m.Costs[0].Period = Period{} // Platform 9000: now "the model's period", Q1
	s, err := m.Series(Month, vols)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range s.Reports {
		got = append(got, r.Lines[0].Amount.StringFixed(2))
	}
	// By days: 9000·31/90, 9000·28/90, 9000·31/90.
	if diff := cmp.Diff([]string{"3100.00", "2800.00", "3100.00"}, got); diff != "" {
		t.Errorf("monthly platform mismatch (-want +got):\n%s", diff)
	}
	if s.Total.Lines[0].Amount.StringFixed(2) != "9000.00" {
		t.Errorf("total platform = %v", s.Total.Lines[0].Amount)
	}
}

// TestSeriesWeeks52 covers the non-additive convention: 52,000.00 for 2026
// by 52 weeks is 1,000.00 a whole week, but 2026 splits into 51 whole ISO
// weeks and two 4-day pieces (4/7 week each), 52 1/7 weeks in all. The
// booked 52,000.00 is then spread in proportion (52000/(365/7) a week) and
// each week reports its share of it as its exact amount.
func TestSeriesWeeks52(t *testing.T) {
	m := oneChannel("2026", Weeks52, Cost{Amount: dec("52000"), Period: MustParsePeriod("2026")})
	weeks, _ := m.Period.Split(Week)
	var vols []PeriodVolumes
	for _, w := range weeks {
		vols = append(vols, PeriodVolumes{Period: w, Volumes: m.Volumes})
	}
	m.Volumes = nil
	s, err := m.Series(Week, vols)
	if err != nil {
		t.Fatal(err)
	}
	sum := dec("0")
	for _, r := range s.Reports {
		sum = sum.Add(r.Lines[0].Amount)
		if err := r.Verify(); err != nil {
			t.Fatalf("%s: %v", r.Period, err)
		}
	}
	if !sum.Equal(dec("52000")) || !s.Total.Lines[0].Amount.Equal(dec("52000")) {
		t.Errorf("weeks sum to %v, total %v", sum, s.Total.Lines[0].Amount)
	}
	// A whole week's exact share: 52000 · 1 / (365/7) = 364000/365.
	if got := s.Reports[1].Lines[0].Exact; !got.Equal(ratio("364000", "365")) {
		t.Errorf("week 2 exact = %v, want 364000/365", got)
	}
}
