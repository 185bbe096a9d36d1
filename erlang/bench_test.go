package erlang

import (
	"math"
	"testing"
	"time"
)

var sinkResult Result

// naiveStaff is the yardstick of BenchmarkStaff: it tries every agent
// count from the load up, recomputing Erlang B from zero for each, as the
// open implementations we found do.
func naiveStaff(q Queue, target float64, threshold time.Duration) int {
	a, _ := q.Load()
	aht := q.AHT.Seconds()
	for n := int(math.Floor(a)) + 1; ; n++ {
		b := 1.0
		for i := 1; i <= n; i++ {
			b = a * b / (float64(i) + a*b)
		}
		c := float64(n) * b / (float64(n) - a*(1-b))
		if 1-c*math.Exp(-(float64(n)-a)*threshold.Seconds()/aht) >= target {
			return n
		}
	}
}

// BenchmarkStaff: the fewest agents for 80% in 20 s with a 180 s AHT, for
// about 1,000, 10,000 and 1,000,000 contacts an hour (50, 500 and 50,000
// Erlangs; and 100,000, 5,000 Erlangs), by Staff (impl=onepass) and by
// naiveStaff (impl=naive).
func BenchmarkStaff(b *testing.B) {
	tg := Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second}
	for _, contacts := range []float64{1000, 10000, 100000, 1000000} {
		q := Queue{Contacts: contacts, AHT: 180 * time.Second, Interval: time.Hour}
		name := "contacts=" + fmtFloat(contacts)
		b.Run(name+"/impl=onepass", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := q.Staff(tg)
				if err != nil {
					b.Fatal(err)
				}
				sinkResult = r
			}
		})
		b.Run(name+"/impl=naive", func(b *testing.B) {
			want, _ := q.Staff(tg)
			b.ReportAllocs()
			for b.Loop() {
				if n := naiveStaff(q, tg.ServiceLevel, tg.Threshold); n != want.Agents {
					b.Fatalf("naive %d agents, Staff %d", n, want.Agents)
				}
			}
		})
	}
}

// BenchmarkErlangAAt: Erlang A's measures at 5,000 agents (4,900 Erlangs:
// 58,800 calls of 300 s an hour, patience 10 minutes, 20 s threshold),
// Erlang B included.
func BenchmarkErlangAAt(b *testing.B) {
	q := Queue{Contacts: 58800, AHT: 300 * time.Second, Interval: time.Hour, Patience: 10 * time.Minute}
	b.ReportAllocs()
	for b.Loop() {
		r, err := q.At(5000, 20*time.Second)
		if err != nil {
			b.Fatal(err)
		}
		sinkResult = r
	}
}

// weekProfile is a week of 30-minute intervals (336): a day shape from 40
// to 400 contacts, quiet at night.
func weekProfile() []float64 {
	out := make([]float64, 0, 336)
	for d := range 7 {
		for i := range 48 {
			x := 40 + 360*math.Max(0, math.Sin(math.Pi*float64(i-14)/24))
			if d >= 5 {
				x /= 2
			}
			out = append(out, math.Round(x))
		}
	}
	return out
}

// BenchmarkProfileWeek staffs a week of 30-minute intervals in one call,
// under Erlang C and under Erlang A.
func BenchmarkProfileWeek(b *testing.B) {
	week := weekProfile()
	tg := Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second}
	for _, patience := range []time.Duration{0, 3 * time.Minute} {
		name := "model=C"
		if patience > 0 {
			name = "model=A"
		}
		b.Run(name, func(b *testing.B) {
			q := Queue{AHT: 240 * time.Second, Interval: 30 * time.Minute, Patience: patience}
			b.ReportAllocs()
			for b.Loop() {
				p, err := q.Profile(week, tg)
				if err != nil {
					b.Fatal(err)
				}
				sinkResult = p.Intervals[0]
			}
		})
	}
}
