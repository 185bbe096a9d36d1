package contactcost

import (
	"slices"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// Sinks keep the compiler from optimising benchmarked work away.
var (
	sinkInts   []int64
	sinkDecs   []decimal.Decimal
	sinkReport Report
)

var allocSizes = []int{10, 1000, 1000000}

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
// (impl=units: AllocateUnits; impl=int: AllocateInt with decimal results),
// its decimal-weights path (impl=decimal), and two baselines run in the same
// process: impl=int64loop, a plain int64 largest-remainder loop with a sort,
// the practical floor; and impl=decimalloop, the straightforward
// shopspring/decimal loop a user would write.
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
		b.Run("impl=int64loop/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkInts = int64Loop(benchUnits, weights)
			}
		})
		b.Run("impl=int/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkDecs, _ = AllocateInt(amount, weights, 2)
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

// int64Loop is the baseline a careful programmer writes with plain int64s
// when the products fit: floors, remainders, a sort, one unit each to the
// largest remainders.
func int64Loop(units int64, weights []int64) []int64 {
	var total int64
	for _, w := range weights {
		total += w
	}
	parts := make([]int64, len(weights))
	rems := make([]int64, len(weights))
	var assigned int64
	for i, w := range weights {
		p := units * w // fits for the benchmark's values
		parts[i], rems[i] = p/total, p%total
		assigned += parts[i]
	}
	order := make([]int, len(weights))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case rems[a] > rems[b]:
			return -1
		case rems[a] < rems[b]:
			return 1
		}
		return 0
	})
	for _, i := range order[:units-assigned] {
		parts[i]++
	}
	return parts
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
// like: both baselines give exactly the package's parts.
func TestBenchmarkBaselinesAgree(t *testing.T) {
	weights := benchWeights(1000)
	got, err := AllocateUnits(benchUnits, weights)
	if err != nil {
		t.Fatal(err)
	}
	if base := int64Loop(benchUnits, weights); !slices.Equal(got, base) {
		t.Fatal("int64Loop disagrees with AllocateUnits")
	}
	decWeights := make([]decimal.Decimal, len(weights))
	for i, w := range weights {
		decWeights[i] = decimal.New(w, 0)
	}
	base := decimalLoop(decimal.New(benchUnits, -2), decWeights, 2)
	for i, p := range base {
		if !p.Equal(decimal.New(got[i], -2)) {
			t.Fatalf("decimalLoop part %d = %v, want %v", i, p, decimal.New(got[i], -2))
		}
	}
}

// benchModel returns a model with lines cost lines over channels channels:
// a quarter of the lines direct, the rest shared by every basis kind.
func benchModel(lines, channels int) Model {
	m := Model{Currency: MustCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted}
	for j := range channels {
		m.Volumes = append(m.Volumes, Volume{
			Channel:       Channel("channel-" + strconv.Itoa(j)),
			Automated:     j%5 == 4,
			Contacts:      decimal.New(int64(1000+37*j), 0),
			HandleMinutes: decimal.New(int64(60000+1311*j), -1),
			AgentHours:    decimal.New(int64(800+7*j), 0),
			FTE:           decimal.New(int64(50+j), -1),
		})
	}
	kinds := []BasisKind{ByContacts, ByHandleTime, ByAgentHours, ByFTE, ByWeights}
	for i := range lines {
		c := Cost{
			Name:     "line " + strconv.Itoa(i),
			Category: KnownCategories()[i%len(KnownCategories())],
			Amount:   decimal.New(int64(1000000+i*7919), -2),
		}
		if i%4 == 0 {
			c.Channel = m.Volumes[i%channels].Channel
		} else {
			c.Basis.Kind = kinds[i%len(kinds)]
			if c.Basis.Kind == ByWeights {
				for j := range channels {
					c.Basis.Weights = append(c.Basis.Weights, Weight{m.Volumes[j].Channel, decimal.New(int64(1+(i+j)%7), 0)})
				}
			}
		}
		m.Costs = append(m.Costs, c)
	}
	return m
}

// BenchmarkReport measures Model.Report (validation included) on growing
// models; time and allocations should grow with lines × channels.
func BenchmarkReport(b *testing.B) {
	for _, size := range []struct{ lines, channels int }{{50, 5}, {200, 20}, {800, 80}} {
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

// BenchmarkSeries measures a year's monthly series of a 200-line,
// 20-channel model: twelve reports and their total.
func BenchmarkSeries(b *testing.B) {
	m := benchModel(200, 20)
	m.Period = MustParsePeriod("2026")
	m.Convention = ActualDays
	months, err := m.Period.Split(Month)
	if err != nil {
		b.Fatal(err)
	}
	var vols []PeriodVolumes
	for _, month := range months {
		vols = append(vols, PeriodVolumes{Period: month, Volumes: m.Volumes})
	}
	m.Volumes = nil
	b.ReportAllocs()
	for b.Loop() {
		s, err := m.Series(Month, vols)
		if err != nil {
			b.Fatal(err)
		}
		sinkReport = s.Total
	}
}

// BenchmarkEstimate measures a three-lever scenario on a 200-line,
// 20-channel model: the baseline, each lever in order and alone, and the
// deflection's break-even.
func BenchmarkEstimate(b *testing.B) {
	m := benchModel(200, 20)
	for i := range m.Costs {
		if i%3 == 0 {
			m.Costs[i].Behavior, m.Costs[i].Driver = Variable, HandleMinutes
		}
	}
	from := m.Volumes[0].Channel
	s := Scenario{Levers: []Lever{
		SelfServiceDeflection{From: from, Rate: decimal.New(1, -1), CostPerContact: decimal.New(25, -2)},
		IVRContainment{From: from, Rate: decimal.New(2, -1), IVRMinutes: decimal.New(2, 0)},
		ACDRouting{Channel: m.Volumes[1].Channel, TransferRateBefore: decimal.New(1, -1), WastedSeconds: decimal.New(65, 0)},
	}, HorizonMonths: 36, DiscountRate: decimal.New(8, -2)}
	b.ReportAllocs()
	for b.Loop() {
		e, err := m.Estimate(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkReport = e.Scenario
	}
}
