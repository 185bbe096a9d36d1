package contactcost

import (
	"slices"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// Benchmarks. Each comparison runs its baseline in the same binary and the
// same run, so a ratio can be read on a noisy machine (BENCHMARKS.md).
// BenchmarkAllocate, BenchmarkReport, BenchmarkSeries and BenchmarkEstimate
// keep the names and the work of the benchmarks before issue 7, so benchstat
// compares the code before and after; BenchmarkGoals measures the ratios
// issue 7 sets.

// Sinks keep the compiler from optimising benchmarked work away.
var (
	sinkInts    []int64
	sinkDecs    []decimal.Decimal
	sinkReport  Report
	sinkSavings Savings
)

var allocSizes = []int{3, 10, 1000, 1000000}

// benchWeights returns n integer weights like per-channel or per-agent
// contact counts: varied, with repeats, some zero.
func benchWeights(n int) []int64 {
	w := make([]int64, n)
	x := uint64(88172645463325252)
	for i := range w {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		w[i] = int64(x % 5000)
	}
	w[0] = 1 // never all zero
	return w
}

// benchUnits is the amount allocated: 12,345,678.91 in cents.
const benchUnits = 1234567891

// BenchmarkAllocate compares, for each size, the package's integer path
// (impl=units: AllocateUnits) and its decimal path (impl=decimal: Allocate
// with decimal weights and results) with three baselines in the same run:
// impl=selectloop, a plain int64 largest-remainder loop that finds the
// parts getting a leftover unit by selection, the fair floor;
// impl=int64loop, the same loop with a full sort; and impl=decimalloop, the
// straightforward shopspring/decimal loop a user would write.
func BenchmarkAllocate(b *testing.B) {
	for _, n := range allocSizes {
		weights := benchWeights(n)
		decWeights := make([]decimal.Decimal, n)
		for i, w := range weights {
			decWeights[i] = decimal.New(w, -1) // one decimal place, like handle minutes
		}
		amount := decimal.New(benchUnits, -2)
		name := "n=" + strconv.Itoa(n)
		b.Run("impl=units/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkInts, _ = AllocateUnits(benchUnits, weights)
			}
		})
		b.Run("impl=selectloop/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkInts = selectLoop(benchUnits, weights)
			}
		})
		b.Run("impl=int64loop/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkInts = int64Loop(benchUnits, weights)
			}
		})
		b.Run("impl=decimal/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDecs, _ = Allocate(amount, decWeights, 2)
			}
		})
		b.Run("impl=decimalloop/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDecs = decimalLoop(amount, decWeights, 2)
			}
		})
	}
}

// floorsAndRemainders is the first half of the baseline loops: each part's
// floor and remainder, in int64 (the benchmark's products fit).
func floorsAndRemainders(units int64, weights []int64) (parts, rems []int64, left int64) {
	var total int64
	for _, w := range weights {
		total += w
	}
	parts, rems = make([]int64, len(weights)), make([]int64, len(weights))
	left = units
	for i, w := range weights {
		p := units * w
		parts[i], rems[i] = p/total, p%total
		left -= parts[i]
	}
	return parts, rems, left
}

// int64Loop is the baseline with a sort: floors, remainders, a stable sort
// by remainder, one unit each to the largest remainders.
func int64Loop(units int64, weights []int64) []int64 {
	parts, rems, left := floorsAndRemainders(units, weights)
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return int(rems[b] - rems[a]) })
	for _, i := range order[:left] {
		parts[i]++
	}
	return parts
}

// selectLoop is the fair floor: the same loop, but the threshold remainder
// (the left-th largest) is found by a quickselect on a copy, written here
// independently of the package's kernel; parts above it get a unit, then
// parts equal to it in index order.
func selectLoop(units int64, weights []int64) []int64 {
	parts, rems, left := floorsAndRemainders(units, weights)
	if left == 0 {
		return parts
	}
	sel := slices.Clone(rems)
	t := nthLargest(sel, int(left))
	given := int64(0)
	for i, r := range rems {
		if r > t {
			parts[i]++
			given++
		}
	}
	for i, r := range rems {
		if given < left && r == t {
			parts[i]++
			given++
		}
	}
	return parts
}

// nthLargest returns the k-th largest of a (Hoare's quickselect).
func nthLargest(a []int64, k int) int64 {
	lo, hi, target := 0, len(a)-1, len(a)-k
	for lo < hi {
		p := a[(lo+hi)/2]
		i, j := lo, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		switch {
		case target <= j:
			hi = j
		case target >= i:
			lo = i
		default:
			return a[target]
		}
	}
	return a[target]
}

// decimalLoop is the baseline written with shopspring/decimal alone: each
// share truncated to the scale with QuoRem, then the leftover units by
// remainder.
func decimalLoop(amount decimal.Decimal, weights []decimal.Decimal, scale int32) []decimal.Decimal {
	total := decimal.Zero
	for _, w := range weights {
		total = total.Add(w)
	}
	parts := make([]decimal.Decimal, len(weights))
	rems := make([]decimal.Decimal, len(weights))
	assigned := decimal.Zero
	for i, w := range weights {
		parts[i], rems[i] = amount.Mul(w).QuoRem(total, scale)
		assigned = assigned.Add(parts[i])
	}
	unit := decimal.New(1, -scale)
	left := amount.Sub(assigned).Shift(scale).IntPart()
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	for _, i := range order[:left] {
		parts[i] = parts[i].Add(unit)
	}
	return parts
}

// TestBenchmarkBaselinesAgree makes sure the benchmark compares like with
// like: every baseline gives exactly the package's parts.
func TestBenchmarkBaselinesAgree(t *testing.T) {
	for _, n := range []int{3, 10, 1000} {
		weights := benchWeights(n)
		got, err := AllocateUnits(benchUnits, weights)
		if err != nil {
			t.Fatal(err)
		}
		if base := int64Loop(benchUnits, weights); !slices.Equal(got, base) {
			t.Fatalf("n=%d: int64Loop disagrees with AllocateUnits", n)
		}
		if base := selectLoop(benchUnits, weights); !slices.Equal(got, base) {
			t.Fatalf("n=%d: selectLoop disagrees with AllocateUnits", n)
		}
		decWeights := make([]decimal.Decimal, len(weights))
		for i, w := range weights {
			decWeights[i] = decimal.New(w, 0)
		}
		for i, p := range decimalLoop(decimal.New(benchUnits, -2), decWeights, 2) {
			if !p.Equal(decimal.New(got[i], -2)) {
				t.Fatalf("n=%d: decimalLoop part %d = %v, want %v", n, i, p, decimal.New(got[i], -2))
			}
		}
	}
}

// benchModel returns a model with lines cost lines over channels channels:
// a quarter of the lines direct, the rest shared by contacts, handle
// minutes, agent hours, FTE and custom weights, each over every channel
// (Among names them all, as the split reached every channel before issue
// 7), every fifth channel automated.
func benchModel(lines, channels int) Model {
	m := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted}
	var all []Channel
	for j := range channels {
		h := HandlingAssisted
		if j%5 == 4 {
			h = HandlingAutomated
		}
		ch := Channel("channel-" + strconv.Itoa(j))
		all = append(all, ch)
		m.Volumes = append(m.Volumes, Volume{
			Channel:       ch,
			Handling:      h,
			Contacts:      decimal.New(int64(1000+37*j), 0),
			HandleMinutes: decimal.New(int64(60000+1311*j), -1),
			AgentHours:    decimal.New(int64(800+7*j), 0),
			FTE:           decimal.New(int64(50+j), -1),
		})
	}
	measures := []Measure{MeasureContacts, MeasureHandleMinutes, MeasureAgentHours, MeasureFTE, 0}
	categories := []Category{CategoryWages, CategoryBenefits, CategoryTechnology, CategorySoftwareLicences, CategoryTelephony,
		CategoryFacilities, CategoryTaxes, CategoryTraining, CategoryOutsourcing, CategoryOther}
	for i := range lines {
		c := Cost{
			Name:     "line " + strconv.Itoa(i),
			Category: categories[i%len(categories)],
			Amount:   decimal.New(int64(1000000+i*7919), -2),
		}
		switch by := measures[i%len(measures)]; {
		case i%4 == 0:
			c.Channel = m.Volumes[i%channels].Channel
		case by != 0:
			c.Basis = Basis{By: by, Among: all}
		default:
			for j := range channels {
				c.Basis.Weights = append(c.Basis.Weights, Weight{m.Volumes[j].Channel, decimal.New(int64(1+(i+j)%7), 0)})
			}
		}
		m.Costs = append(m.Costs, c)
	}
	return m
}

// BenchmarkReport measures Model.Report (validation included) on growing
// models; time and allocations should grow with lines × channels.
func BenchmarkReport(b *testing.B) {
	for _, size := range []struct{ lines, channels int }{{50, 5}, {200, 20}, {800, 80}, {1000, 20}} {
		m := benchModel(size.lines, size.channels)
		b.Run("lines="+strconv.Itoa(size.lines)+"/channels="+strconv.Itoa(size.channels), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := m.Report()
				if err != nil {
					b.Fatal(err)
				}
				sinkReport = r
			}
		})
	}
}

// seriesBench returns a year's model of 200 lines over 20 channels and
// its monthly volumes.
func seriesBench() (Model, []PeriodVolumes) {
	m := benchModel(200, 20)
	m.Period = MustParsePeriod("2026")
	m.Convention = ConventionActualDays
	months, _ := m.Period.Split(UnitMonth)
	var vols []PeriodVolumes
	for _, month := range months {
		vols = append(vols, PeriodVolumes{Period: month, Volumes: m.Volumes})
	}
	m.Volumes = nil
	return m, vols
}

// BenchmarkSeries measures a year's monthly series of a 200-line,
// 20-channel model: twelve reports and the whole year's.
func BenchmarkSeries(b *testing.B) {
	m, vols := seriesBench()
	b.ReportAllocs()
	for b.Loop() {
		s, err := m.Series(UnitMonth, vols)
		if err != nil {
			b.Fatal(err)
		}
		sinkReport = s.Whole
	}
}

// estimateBench returns a 200-line, 20-channel model with a third of its
// lines variable with handle minutes, and a three-lever scenario.
func estimateBench() (Model, Scenario) {
	m := benchModel(200, 20)
	for i := range m.Costs {
		if i%3 == 0 {
			m.Costs[i].VariesWith = MeasureHandleMinutes
		}
	}
	from := m.Volumes[0].Channel
	s := Scenario{Labour: LabourProportional, Levers: []Lever{
		SelfServiceDeflection{From: from, Reach: decimal.New(3, -1), Resolution: decimal.New(4, -1), CostPerSession: decimal.New(25, -2)},
		IVRContainment{From: from, TargetRate: decimal.New(2, -1), ContainedMinutes: decimal.New(2, 0), MenuMinutes: decimal.New(1, 0)},
		ACDRouting{Channel: m.Volumes[1].Channel, TransferRateBefore: decimal.New(1, -1), WastedSeconds: decimal.New(65, 0)},
	}, Horizon: Horizon{Months: 36, DiscountRate: decimal.New(8, -2), Compounding: CompoundingMonthly}}
	return m, s
}

// BenchmarkEstimate measures a three-lever scenario on a 200-line,
// 20-channel model: the baseline, each lever in order and alone, and the
// rate levers' break-evens.
func BenchmarkEstimate(b *testing.B) {
	m, s := estimateBench()
	b.ReportAllocs()
	for b.Loop() {
		e, err := m.Estimate(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkSavings = e
	}
}

// BenchmarkGoals measures, in one run, the ratios issue 7 sets:
//
//   - goal=cell: a report of 1000 lines each split over 20 channels
//     (impl=report: 20000 cells) against AllocateUnits splitting as many
//     parts, 1000 calls of 20 weights (impl=allocunits): a report cell
//     within 5× of a part;
//   - goal=series: a year's monthly series (impl=series) against twelve
//     reports of one month each (impl=reports): at most 1.2 reports a
//     sub-period;
//   - goal=estimate: a three-lever estimate (impl=estimate) against four
//     reports of the model (impl=reports), and a six-lever one
//     (impl=estimate6) against seven (impl=reports7): at most levers + 1
//     reports.
func BenchmarkGoals(b *testing.B) {
	b.Run("goal=cell/impl=report", func(b *testing.B) { benchReports(b, benchCellModel(1000, 20), 1) })
	b.Run("goal=cell/impl=allocunits", func(b *testing.B) {
		weights := benchWeights(20)
		b.ReportAllocs()
		for b.Loop() {
			for range 1000 {
				sinkInts, _ = AllocateUnits(benchUnits, weights)
			}
		}
	})
	b.Run("goal=series/impl=series", func(b *testing.B) { BenchmarkSeries(b) })
	b.Run("goal=series/impl=reports", func(b *testing.B) {
		m, vols := seriesBench()
		m.Period, m.Volumes = vols[0].Period, vols[0].Volumes // a month's report
		benchReports(b, m, 12)
	})
	b.Run("goal=estimate/impl=estimate", func(b *testing.B) { BenchmarkEstimate(b) })
	b.Run("goal=estimate/impl=reports", func(b *testing.B) {
		m, s := estimateBench()
		benchReports(b, m, len(s.Levers)+1)
	})
	b.Run("goal=estimate/impl=estimate6", func(b *testing.B) {
		m, s := estimateBench6()
		b.ReportAllocs()
		for b.Loop() {
			e, err := m.Estimate(s)
			if err != nil {
				b.Fatal(err)
			}
			sinkSavings = e
		}
	})
	b.Run("goal=estimate/impl=reports7", func(b *testing.B) {
		m, s := estimateBench6()
		benchReports(b, m, len(s.Levers)+1)
	})
}

// benchCellModel is benchModel with every line shared over every channel:
// lines × channels cells.
func benchCellModel(lines, channels int) Model {
	m := benchModel(lines, channels)
	for i := range m.Costs {
		if m.Costs[i].Channel != "" {
			m.Costs[i].Channel = ""
			m.Costs[i].Basis = m.Costs[i+1].Basis
			if m.Costs[i].Basis.IsZero() {
				m.Costs[i].Basis = m.Costs[1].Basis
			}
		}
	}
	return m
}

// estimateBench6 is estimateBench with all six levers.
func estimateBench6() (Model, Scenario) {
	m, s := estimateBench()
	from := m.Volumes[0].Channel
	s.Levers = append(s.Levers,
		IVRVerification{Channel: from, SecondsSaved: decimal.New(20, 0), IVRMinutes: decimal.New(5, -1)},
		Callback{Channel: from, AcceptRate: decimal.New(1, -1), OutboundMinutes: decimal.New(4, 0), OutboundRate: decimal.New(1, -2)},
		FirstContactResolution{Channel: m.Volumes[2].Channel, Before: decimal.New(7, -1), After: decimal.New(75, -2), RepeatsPerUnresolved: decimal.New(15, -1)},
	)
	return m, s
}

// benchReports makes n reports of m per iteration.
func benchReports(b *testing.B, m Model, n int) {
	b.ReportAllocs()
	for b.Loop() {
		for range n {
			r, err := m.Report()
			if err != nil {
				b.Fatal(err)
			}
			sinkReport = r
		}
	}
}
