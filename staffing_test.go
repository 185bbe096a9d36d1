package contactcost

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/contactcost/contactcost/erlang"
	"github.com/shopspring/decimal"
)

// staffingDay is voice's day in hours: closed until 08:00 and after
// 20:00, 323 calls in between: leverCenter's 10000 calls in March's 31
// days are 322.58 a day, which the profile must match within 1%.
var staffingDay = []float64{15, 25, 30, 35, 30, 25, 30, 35, 30, 25, 25, 18}

// staffingScenario is leverCenter (voice: 10000 contacts, 60000 handle
// minutes, AHT 360 s; wages 120000 by handle minutes over voice and chat)
// with 50 voice FTE, a 36-second cut on voice, and voice staffed by the
// hours of staffingDay at 80% in 20 s.
func staffingScenario() (Model, Scenario) {
	m := leverCenter()
	m.Volumes[0].FTE = dec("50")
	day := make([]decimal.Decimal, 24)
	for i := range day {
		if i >= 8 && i < 20 {
			day[i] = decimal.NewFromInt(int64(staffingDay[i-8]))
		}
	}
	s := Scenario{Labour: LabourQueueing,
		Levers: []Lever{HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: dec("36")}},
		Staffing: []StaffingProfile{{Channel: ChannelVoice, Interval: time.Hour, Contacts: day,
			Targets: erlang.Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second}}}}
	return m, s
}

// TestStaffingQueueing works the queueing labour assumption by hand.
//
// The contacts do not change, so each hour keeps its calls; the AHT goes
// from 360 s to 324 s. The busiest hour's 35 calls are 3.5 Erlangs before
// and 3.15 after. Erlang C at 80% in 20 s (package erlang, tested on its
// own against the definition) staffs the twelve open hours with
//
//	before 4 5 6 6 6 5 6 6 6 5 5 4 = 64 agent-hours
//	after  3 5 5 6 5 5 5 6 5 5 5 4 = 59
//
//	factor      59/64
//	voice labour: wages 120000 shared by handle minutes, voice's 60000 of
//	            100000 = 72000
//	saved       72000 × (1 − 59/64) = 72000 × 5/64 = 5625
//	FTE saved   50 × 5/64 = 125/32 (3.91); voice FTE after 50 × 59/64 =
//	            46.09375; proportional: 50 × 6000/60000 = 5
//	proportional: the wages line moves with handle minutes, voice's
//	            falling 60000 → 54000: 120000 × 6000/100000 = 7200
//	total       wages 5625 + carrier 0.02 × 6000 minutes = 120: 5745
//	            (proportional labour: 7200 + 120 = 7320)
//
// A small team loses less than its workload: 5 of 64 agent-hours (7.8%)
// for a 10% cut, whole agents in every hour.
func TestStaffingQueueing(t *testing.T) {
	m, s := staffingScenario()
	// The agents, from package erlang directly.
	tg := s.Staffing[0].Targets
	before, after := make([]int, 24), make([]int, 24)
	for i, c := range staffingDay {
		q := erlang.Queue{Contacts: c, Interval: time.Hour, AHT: 360 * time.Second}
		r, _ := q.Staff(tg)
		before[8+i] = r.Agents
		q.AHT = 324 * time.Second
		r, _ = q.Staff(tg)
		after[8+i] = r.Agents
	}
	if !slices.Equal(before[8:20], []int{4, 5, 6, 6, 6, 5, 6, 6, 6, 5, 5, 4}) || !slices.Equal(after[8:20], []int{3, 5, 5, 6, 5, 5, 5, 6, 5, 5, 5, 4}) {
		t.Fatalf("erlang staffs %v before and %v after; the working expects other agents", before, after)
	}
	got, err := m.Estimate(s)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Staffing) != 1 {
		t.Fatalf("Staffing = %+v, want one channel", got.Staffing)
	}
	cs := got.Staffing[0]
	if cs.Channel != ChannelVoice || cs.Interval != time.Hour || !slices.Equal(cs.Before, before) || !slices.Equal(cs.After, after) {
		t.Errorf("Staffing[0] agents = %v → %v, want %v → %v", cs.Before, cs.After, before, after)
	}
	if a := got.Levers[0].Agents; len(a) != 1 || a[0].Channel != ChannelVoice || !slices.Equal(a[0].Agents, after) {
		t.Errorf("Levers[0].Agents = %+v, want voice %v", a, after)
	}
	if !cs.Factor.Equal(ratio("59", "64")) || !cs.FTEBefore.Equal(ratio("50", "1")) || !cs.FTESaved.Equal(ratio("125", "32")) ||
		!cs.FTEProportional.Equal(ratio("5", "1")) {
		t.Errorf("Factor, FTEBefore, FTESaved, FTEProportional = %v, %v, %v, %v; want 59/64, 50, 125/32, 5",
			cs.Factor, cs.FTEBefore, cs.FTESaved, cs.FTEProportional)
	}
	if !cs.Labour.Equal(dec("72000")) || !cs.Saved.Equal(dec("5625")) || !cs.Proportional.Equal(dec("7200")) {
		t.Errorf("Labour, Saved, Proportional = %v, %v, %v; want 72000, 5625, 7200", cs.Labour, cs.Saved, cs.Proportional)
	}
	if !got.Total.Net.Equal(dec("5745")) || got.Labour != LabourQueueing {
		t.Errorf("Total.Net = %v (labour %v), want 5745 under queueing", got.Total.Net, got.Labour)
	}
	if !strings.HasPrefix(got.Assumptions[0], "labour queueing: ") {
		t.Errorf("Assumptions[0] = %q, want the queueing assumption", got.Assumptions[0])
	}
	// The voice FTE in the report moved by the factor: 50 × 59/64.
	for _, ch := range got.After.Channels {
		if ch.Channel == ChannelVoice && !ch.FTE.Equal(dec("46.09375")) {
			t.Errorf("After voice FTE = %v, want 46.09375", ch.FTE)
		}
	}
	// Proportional labour on the same scenario: 7320.
	s.Labour, s.Staffing = LabourProportional, nil
	prop, err := m.Estimate(s)
	if err != nil || !prop.Total.Net.Equal(dec("7320")) {
		t.Errorf("Estimate(proportional).Total.Net = %v, %v; want 7320", prop.Total.Net, err)
	}
	// No break-even under queueing: staffing is a step function.
	if be := got.Levers[0].BreakEven; be.NetZero.IsDefined() || be.Payback.IsDefined() {
		t.Errorf("BreakEven under queueing = %+v, want undefined", be)
	}
}

// TestStaffingShape: a day's shape spreads the period's contacts over its
// days and then by the weights. March has 31 days: voice's 10000 contacts
// are 10000/31 a day; 24 hourly weights, 1 for the first 12 hours and 3
// for the last 12 (Σ 48), give 10000/31 × 1/48 = 6.72 and 20.16 calls an
// hour, staffed as Contacts would staff them.
func TestStaffingShape(t *testing.T) {
	m, s := staffingScenario()
	shape := make([]string, 24)
	for i := range shape {
		shape[i] = "1"
		if i >= 12 {
			shape[i] = "3"
		}
	}
	s.Staffing[0].Contacts, s.Staffing[0].Shape = nil, decs(shape...)
	got, err := m.Estimate(s)
	if err != nil {
		t.Fatal(err)
	}
	q := erlang.Queue{AHT: 360 * time.Second, Interval: time.Hour}
	low, _ := new(big.Rat).SetFrac64(10000, 31*48).Float64()
	want, _ := q.Profile(append(slices.Repeat([]float64{low}, 12), slices.Repeat([]float64{3 * low}, 12)...), s.Staffing[0].Targets)
	if !slices.Equal(got.Staffing[0].Before, agents(want)) {
		t.Errorf("Staffing by shape: before %v, want %v", got.Staffing[0].Before, agents(want))
	}
	if r := want.Intervals[0]; r.Load < 0.671 || r.Load > 0.673 {
		t.Errorf("first interval's load = %v, want 6.72 calls × 360 s / 3600 s = 0.672", r.Load)
	}
}

// TestStaffingSeasons: a month of the horizon's seasons is staffed at its
// own contacts a day (review: each month of a quarter was staffed at a
// third of its load). 2026-Q3 has 92 days; July 31,000, August 31,000 and
// September 30,000 contacts are 1,000 a day each month, as over the
// quarter, so every month staffs as the quarter does: its gross saving is
// its share of the quarter's, and the three add up to the quarter's (to
// the cent each month is rounded to).
func TestStaffingSeasons(t *testing.T) {
	m, s := staffingScenario()
	m.Period, m.Convention = MustParsePeriod("2026-Q3"), ConventionActualDays
	m.Costs[0].Amount = dec("360000")
	m.Volumes = []Volume{
		{Channel: ChannelVoice, Contacts: dec("92000"), HandleMinutes: dec("552000"), QueueMinutes: dec("184000")},
		{Channel: ChannelChat, Contacts: dec("46000"), HandleMinutes: dec("368000")},
	}
	var seasons []PeriodVolumes
	for _, mo := range []struct{ p, c string }{{"2026-07", "31000"}, {"2026-08", "31000"}, {"2026-09", "30000"}} {
		c := dec(mo.c)
		seasons = append(seasons, PeriodVolumes{Period: MustParsePeriod(mo.p), Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: c, HandleMinutes: c.Mul(dec("6")), QueueMinutes: c.Mul(dec("2"))},
			{Channel: ChannelChat, Contacts: c.Mul(dec("0.5")), HandleMinutes: c.Mul(dec("4"))},
		}})
	}
	s.Horizon = Horizon{Months: 3, Seasons: seasons}
	s.Staffing[0].Contacts, s.Staffing[0].Shape = nil, s.Staffing[0].Contacts // the day as a shape of the quarter's calls
	got, err := m.Estimate(s)
	if err != nil {
		t.Fatal(err)
	}
	sum := decimal.Zero
	for _, f := range got.Returns.Months {
		sum = sum.Add(f.Gross)
	}
	if diff := sum.Sub(got.Total.Gross).Abs(); diff.GreaterThan(dec("0.02")) {
		t.Errorf("the months' gross %v (%+v) against the quarter's %v: they must add up", sum, got.Returns.Months, got.Total.Gross)
	}
	if f := got.Staffing[0].Factor; f.Equal(ratio("1", "1")) {
		t.Errorf("Staffing factor = %v: the cut saves no agent, the test proves nothing", f)
	}
}

// TestStaffingErrors: each mistake is named at its field.
func TestStaffingErrors(t *testing.T) {
	m, base := staffingScenario()
	for _, tc := range []struct {
		name string
		edit func(s *Scenario)
		path string
		err  error
	}{
		{"no profile", func(s *Scenario) { s.Staffing = nil }, "staffing", ErrNotSet},
		{"profile without queueing", func(s *Scenario) { s.Labour = LabourProportional }, "staffing", ErrConflict},
		{"no channel", func(s *Scenario) { s.Staffing[0].Channel = "" }, "staffing[0].channel", ErrNotSet},
		{"unknown channel", func(s *Scenario) { s.Staffing[0].Channel = "fax" }, "staffing[0].channel", ErrUnknownChannel},
		{"two profiles", func(s *Scenario) { s.Staffing = append(s.Staffing, s.Staffing[0]) }, "staffing[1].channel", ErrDuplicate},
		{"no interval", func(s *Scenario) { s.Staffing[0].Interval = 0 }, "staffing[0].interval", ErrNotSet},
		{"odd interval", func(s *Scenario) { s.Staffing[0].Interval = 7 * time.Minute }, "staffing[0].interval", ErrInvalid},
		{"both", func(s *Scenario) { s.Staffing[0].Shape = decs("1") }, "staffing[0].shape", ErrConflict},
		{"neither", func(s *Scenario) { s.Staffing[0].Contacts = nil }, "staffing[0].contacts", ErrNotSet},
		{"negative contacts", func(s *Scenario) { s.Staffing[0].Contacts[1] = dec("-1") }, "staffing[0].contacts[1]", ErrNegative},
		// A hostile number is described, never printed in full (the message
		// wrote out its two billion digits).
		{"hostile contacts", func(s *Scenario) { s.Staffing[0].Contacts[1] = decimal.New(1, -2_000_000_000) }, "staffing[0].contacts[1]", ErrTooLarge},
		{"shape of 5 hours", func(s *Scenario) { s.Staffing[0].Contacts, s.Staffing[0].Shape = nil, decs("1", "2", "3", "4", "5") }, "staffing[0].shape", ErrInvalid},
		{"no targets", func(s *Scenario) { s.Staffing[0].Targets = erlang.Targets{} }, "staffing[0].targets", ErrNotSet},
		{"target out of range", func(s *Scenario) { s.Staffing[0].Targets.ServiceLevel = 80 }, "staffing[0].targets.service_level", ErrInvalid},
		{"negative patience", func(s *Scenario) { s.Staffing[0].Patience = -time.Second }, "staffing[0].patience", ErrInvalid},
		{"concurrency", func(s *Scenario) { s.Staffing[0].Concurrency = 101 }, "staffing[0].concurrency", ErrInvalid},
		{"no contacts at all", func(s *Scenario) { s.Staffing[0].Contacts = decs("0", "0") }, "staffing[0].contacts", ErrInvalid},
		{"another center's day", func(s *Scenario) { s.Staffing[0].Contacts[8] = dec("1000") }, "staffing[0].contacts", ErrConflict},
		{"a day and an hour", func(s *Scenario) { s.Staffing[0].Contacts = append(s.Staffing[0].Contacts, dec("1")) }, "staffing[0].contacts", ErrInvalid},
	} {
		s := base
		s.Staffing = slices.Clone(base.Staffing)
		s.Staffing[0].Contacts = slices.Clone(base.Staffing[0].Contacts)
		tc.edit(&s)
		_, err := m.Estimate(s)
		var fe *FieldError
		if !errors.Is(err, tc.err) || !errors.As(err, &fe) || fe.Path != tc.path {
			t.Errorf("%s: Estimate error = %v, want %v at %q", tc.name, err, tc.err, tc.path)
		}
	}
	// Errors package erlang finds keep its sentinel where this package has
	// none: a target no staffing meets.
	s0 := base
	s0.Staffing = slices.Clone(base.Staffing)
	s0.Staffing[0].Targets = erlang.Targets{MaxOccupancy: 1e-300}
	var fe *FieldError
	if _, err := m.Estimate(s0); !errors.Is(err, erlang.ErrUnreachable) || !errors.As(err, &fe) || fe.Path != "staffing[0].contacts[8]" {
		t.Errorf("Estimate(occupancy ≤ 1e-300) error = %v, want erlang.ErrUnreachable at staffing[0].contacts[8], the first open hour", err)
	}
	// An interval above erlang.MaxLoad, as the scenario's volumes make it.
	shaped := base
	shaped.Staffing = slices.Clone(base.Staffing)
	shaped.Staffing[0].Contacts, shaped.Staffing[0].Shape = nil, base.Staffing[0].Contacts
	heavy := leverCenter()
	heavy.Volumes[0].Contacts, heavy.Volumes[0].HandleMinutes = dec("1e12"), dec("6e12")
	if _, err := heavy.Estimate(shaped); !errors.Is(err, ErrTooLarge) || !errors.As(err, &fe) || fe.Path != "staffing[0].shape[8]" {
		t.Errorf("Estimate(an interval of 10^12 calls) error = %v, want ErrTooLarge at staffing[0].shape[8]", err)
	}
	// A handle time no interval can hold (review: 10^15 minutes for one
	// contact overflowed to 1 ns and saved nothing, silently).
	huge := leverCenter()
	huge.Volumes[0].Contacts, huge.Volumes[0].HandleMinutes = dec("1"), dec("1000000000000000")
	if _, err := huge.Estimate(shaped); !errors.Is(err, ErrTooLarge) || !errors.As(err, &fe) || fe.Path != "staffing[0].channel" {
		t.Errorf("Estimate(AHT of 10^15 minutes) error = %v, want ErrTooLarge at staffing[0].channel", err)
	}
	// An automated channel is not staffed.
	m.Volumes = append(m.Volumes, Volume{Channel: ChannelIVR, Contacts: dec("100")})
	s := base
	s.Staffing = []StaffingProfile{{Channel: ChannelIVR, Interval: time.Hour, Contacts: decs("1"), Targets: base.Staffing[0].Targets}}
	if _, err := m.Estimate(s); !errors.Is(err, ErrInvalid) {
		t.Errorf("Estimate(staffing the IVR) error = %v, want ErrInvalid", err)
	}
}

// BenchmarkEstimateQueueing measures the three-lever estimate of
// BenchmarkEstimate with its first two channels staffed by queueing
// labour, each by a week of 30-minute intervals (336), against the same
// estimate under proportional labour.
func BenchmarkEstimateQueueing(b *testing.B) {
	m, s := estimateBench()
	week := make([]decimal.Decimal, 336)
	for i := range week {
		week[i] = decimal.NewFromInt(int64(1 + (i%48)*(48-i%48)/10))
	}
	tg := erlang.Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second}
	for _, labour := range []Labour{LabourProportional, LabourQueueing} {
		s.Labour, s.Staffing = labour, nil
		if labour == LabourQueueing {
			for _, v := range m.Volumes[:2] {
				s.Staffing = append(s.Staffing, StaffingProfile{Channel: v.Channel, Interval: 30 * time.Minute, Shape: week, Targets: tg})
			}
		}
		b.Run("labour="+labour.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				e, err := m.Estimate(s)
				if err != nil {
					b.Fatal(err)
				}
				sinkSavings = e
			}
		})
	}
}

// TestStaffingProperty checks, over random models, the identity
// Savings.Staffing promises: the wage and benefit lines fall by the
// staffed channels' Saved together (each Saved rounded once, so within
// half a cent each, and the lines' own rounding, half a cent each), and
// each staffed channel's Factor is its agents after over before.
func TestStaffingProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for n := range 40 {
		chans := []Channel{ChannelVoice, ChannelChat, ChannelEmail}
		m := Model{Currency: MustParseCurrency("EUR"), Period: MustParsePeriod("2026-05"), Scope: ScopeAssisted}
		for _, c := range chans {
			contacts := 2000 + rng.IntN(20000)
			m.Volumes = append(m.Volumes, Volume{Channel: c, Contacts: decimal.NewFromInt(int64(contacts)),
				HandleMinutes: decimal.NewFromInt(int64(contacts * (3 + rng.IntN(8)))), FTE: decimal.NewFromInt(int64(10 + rng.IntN(90)))})
		}
		m.Costs = []Cost{
			{Name: "Wages shared", Category: CategoryWages, Amount: decimal.NewFromInt(int64(100000 + rng.IntN(900000))),
				VariesWith: MeasureHandleMinutes, Basis: Basis{By: MeasureHandleMinutes}},
			{Name: "Benefits by FTE", Category: CategoryBenefits, Amount: decimal.NewFromInt(int64(10000 + rng.IntN(90000))),
				VariesWith: MeasureFTE, Basis: Basis{By: MeasureFTE}},
			{Name: "Voice wages", Category: CategoryWages, Amount: decimal.NewFromInt(int64(1000 + rng.IntN(9000))),
				VariesWith: MeasureContacts, Channel: ChannelVoice},
			{Name: "Fixed wages", Category: CategoryWages, Amount: dec("5000"), Basis: Basis{By: MeasureContacts}},
		}
		var prof []StaffingProfile
		for _, c := range chans[:1+rng.IntN(2)] { // email keeps its agents
			shape := make([]decimal.Decimal, 24)
			for i := range shape {
				shape[i] = decimal.NewFromInt(int64(rng.IntN(10)))
			}
			shape[12] = dec("10")
			prof = append(prof, StaffingProfile{Channel: c, Interval: time.Hour, Shape: shape,
				Targets: erlang.Targets{ServiceLevel: 0.5 + 0.4*rng.Float64(), Threshold: time.Duration(10+rng.IntN(50)) * time.Second}})
		}
		s := Scenario{Labour: LabourQueueing, Staffing: prof, Levers: []Lever{
			HandleTimeReduction{Channels: chans, SecondsSaved: decimal.NewFromInt(int64(5 + rng.IntN(60)))},
			FirstContactResolution{Channel: ChannelVoice, Before: dec("0.7"), After: dec("0.75"), RepeatsPerUnresolved: dec("1")},
		}}
		got, err := m.Estimate(s)
		if err != nil {
			t.Fatalf("model %d: %v", n, err)
		}
		fall := labourOf(got.Before).Sub(labourOf(got.After))
		saved := decimal.Zero
		for _, cs := range got.Staffing {
			saved = saved.Add(cs.Saved)
			b, a := 0, 0
			for k := range cs.Before {
				b, a = b+cs.Before[k], a+cs.After[k]
			}
			if b > 0 && !cs.Factor.Equal(ratio(strconv.Itoa(a), strconv.Itoa(b))) {
				t.Errorf("model %d: %s factor %v, agents %d → %d", n, cs.Channel, cs.Factor, b, a)
			}
		}
		if d := fall.Sub(saved).Abs(); d.GreaterThan(dec("0.04")) {
			t.Errorf("model %d: labour lines fell %v, the staffed channels saved %v together", n, fall, saved)
		}
	}
}

// labourOf returns a report's wage and benefit cost.
func labourOf(r Report) decimal.Decimal {
	sum := decimal.Zero
	for _, c := range r.Categories {
		if isLabour(c.Category) {
			sum = sum.Add(c.Cost)
		}
	}
	return sum
}
