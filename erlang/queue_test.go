package erlang

import (
	"errors"
	"math"
	"math/big"
	"testing"
	"time"
)

// directB is Erlang B from its definition, in exact rationals:
// B(N, A) = (A^N / N!) / Σ_{j=0..N} A^j / j!. It is the independent
// check on the recursion (fine for small N).
func directB(n int, a *big.Rat) *big.Rat {
	term := big.NewRat(1, 1) // A^0 / 0!
	sum := big.NewRat(1, 1)
	for j := 1; j <= n; j++ {
		term.Mul(term, a)
		term.Quo(term, big.NewRat(int64(j), 1))
		sum.Add(sum, term)
	}
	return new(big.Rat).Quo(term, sum)
}

// directC is Erlang C from its definition in exact rationals:
// C = (A^N/N! · N/(N−A)) / (Σ_{j<N} A^j/j! + A^N/N! · N/(N−A)).
func directC(n int, a *big.Rat) *big.Rat {
	term := big.NewRat(1, 1)
	sum := new(big.Rat)
	for j := 0; j < n; j++ {
		sum.Add(sum, term)
		term.Mul(term, a)
		term.Quo(term, big.NewRat(int64(j+1), 1))
	}
	nr := big.NewRat(int64(n), 1)
	tail := new(big.Rat).Mul(term, new(big.Rat).Quo(nr, new(big.Rat).Sub(nr, a)))
	return tail.Quo(tail, sum.Add(sum, tail))
}

func ratFloat(x *big.Rat) float64 { f, _ := x.Float64(); return f }

func relClose(got, want, tol float64) bool {
	if want == 0 {
		return math.Abs(got) <= tol
	}
	return math.Abs(got-want) <= tol*math.Abs(want)
}

// TestBWorked checks Erlang B and C against a case worked by hand:
// A = 2 Erlangs, N = 3 servers.
//
//	Σ A^j/j!, j = 0..3 = 1 + 2 + 2 + 8/6 = 19/3
//	B = (8/6) / (19/3) = 4/19 = 0.2105263157894737
//	C = N·B / (N − A(1 − B)) = (12/19) / (3 − 2·15/19) = (12/19) / (27/19) = 4/9
func TestBWorked(t *testing.T) {
	b, err := B(3, 2)
	if err != nil || !relClose(b, 4.0/19, 1e-15) {
		t.Errorf("B(3, 2) = %v, %v; want 4/19 = %v", b, err, 4.0/19)
	}
	c, err := C(3, 2)
	if err != nil || !relClose(c, 4.0/9, 1e-15) {
		t.Errorf("C(3, 2) = %v, %v; want 4/9 = %v", c, err, 4.0/9)
	}
	// B(0, A) = 1 (no server: everything is lost); B(N, 0) = 0.
	if b, _ := B(0, 5); b != 1 {
		t.Errorf("B(0, 5) = %v, want 1", b)
	}
	if b, _ := B(4, 0); b != 0 {
		t.Errorf("B(4, 0) = %v, want 0", b)
	}
}

// TestBDirect compares the recursion with the definition in exact
// rationals for N = 1..40 and loads from 0.1 to 60 Erlangs, to a relative
// 1e-13; and Erlang C likewise wherever N > A.
func TestBDirect(t *testing.T) {
	loads := []*big.Rat{big.NewRat(1, 10), big.NewRat(1, 1), big.NewRat(5, 2), big.NewRat(10, 1), big.NewRat(333, 10), big.NewRat(60, 1)}
	for _, ar := range loads {
		a := ratFloat(ar)
		for n := 1; n <= 40; n++ {
			want := ratFloat(directB(n, ar))
			got, err := B(n, a)
			if err != nil || !relClose(got, want, 1e-13) {
				t.Errorf("B(%d, %v) = %v, %v; want %v (direct sum)", n, a, got, err, want)
			}
			if float64(n) <= a {
				if _, err := C(n, a); !errors.Is(err, ErrOverloaded) {
					t.Errorf("C(%d, %v) error = %v, want ErrOverloaded", n, a, err)
				}
				continue
			}
			wantC := ratFloat(directC(n, ar))
			gotC, err := C(n, a)
			if err != nil || !relClose(gotC, wantC, 1e-13) {
				t.Errorf("C(%d, %v) = %v, %v; want %v (direct sum)", n, a, gotC, err, wantC)
			}
		}
	}
}

// TestBLarge checks the one-pass recursion in float64 against the same
// recursion in 256-bit floats at up to 100,000 servers (where A^N and N!
// overflow every float), near the load, far below and far above it: the
// float64 error stays below a relative 1e-11.
func TestBLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("high-precision reference: about a second")
	}
	for _, tc := range []struct {
		n int
		a float64
	}{{1000, 950}, {10000, 9900}, {100000, 99500}, {50000, 1e6}, {20000, 0.5}} {
		ref := new(big.Float).SetPrec(256).SetInt64(1)
		a := new(big.Float).SetPrec(256).SetFloat64(tc.a)
		for i := 1; i <= tc.n; i++ {
			ab := new(big.Float).SetPrec(256).Mul(a, ref)
			den := new(big.Float).SetPrec(256).Add(ab, new(big.Float).SetInt64(int64(i)))
			ref.Quo(ab, den)
		}
		want, _ := ref.Float64()
		got, err := B(tc.n, tc.a)
		if err != nil || math.IsNaN(got) || !relClose(got, want, 1e-11) {
			t.Errorf("B(%d, %v) = %v, %v; want %v (256-bit recursion)", tc.n, tc.a, got, err, want)
		}
	}
}

// TestAtWorked checks every Erlang C measure of a queue worked by hand:
// 40 calls of 180 s in 1 hour are A = 40 × 180 / 3600 = 2 Erlangs; with 3
// agents C = 4/9 (TestBWorked), and with a 20 s threshold:
//
//	SL = 1 − C·e^{−(N−A)·t/AHT} = 1 − (4/9)·e^{−1·20/180}
//	   = 1 − 0.444444 × 0.894839 = 0.602294
//	ASA = C·AHT/(N−A) = (4/9)·180 s / 1 = 80 s
//	occupancy = A/N = 2/3
func TestAtWorked(t *testing.T) {
	q := Queue{Contacts: 40, AHT: 180 * time.Second, Interval: time.Hour}
	r, err := q.At(3, 20*time.Second)
	if err != nil {
		t.Fatalf("At(3, 20s) error = %v", err)
	}
	wantSL := 1 - 4.0/9*math.Exp(-20.0/180)
	if r.Agents != 3 || r.Load != 2 || !relClose(r.Wait, 4.0/9, 1e-15) || !relClose(r.ServiceLevel, wantSL, 1e-15) ||
		r.ServiceLevelAnswered != r.ServiceLevel || r.Abandon != 0 || r.ASA != 80*time.Second || !relClose(r.Occupancy, 2.0/3, 1e-15) {
		t.Errorf("At(3, 20s) = %+v; want load 2, wait 4/9, SL %v, ASA 80s, occupancy 2/3", r, wantSL)
	}
	if _, err := q.At(2, 0); !errors.Is(err, ErrOverloaded) {
		t.Errorf("At(2 agents for 2 Erlangs) error = %v, want ErrOverloaded", err)
	}
}

// TestLoad: 300 contacts of 240 s in 30 minutes are 300 × 240 / 1800 = 40
// Erlangs.
func TestLoad(t *testing.T) {
	a, err := Queue{Contacts: 300, AHT: 240 * time.Second, Interval: 30 * time.Minute}.Load()
	if err != nil || a != 40 {
		t.Errorf("Load() = %v, %v; want 40", a, err)
	}
}

// TestQueueErrors: each bad field is named, with a sentinel callers match.
func TestQueueErrors(t *testing.T) {
	ok := Queue{Contacts: 100, AHT: time.Minute, Interval: 30 * time.Minute}
	for _, tc := range []struct {
		name  string
		q     Queue
		field string
		err   error
	}{
		{"zero AHT", Queue{Contacts: 1, Interval: time.Hour}, "aht", ErrNotSet},
		{"negative AHT", Queue{Contacts: 1, AHT: -time.Second, Interval: time.Hour}, "aht", ErrInvalid},
		{"zero interval", Queue{Contacts: 1, AHT: time.Second}, "interval", ErrNotSet},
		{"negative interval", Queue{Contacts: 1, AHT: time.Second, Interval: -time.Hour}, "interval", ErrInvalid},
		{"negative contacts", Queue{Contacts: -1, AHT: time.Second, Interval: time.Hour}, "contacts", ErrInvalid},
		{"NaN contacts", Queue{Contacts: math.NaN(), AHT: time.Second, Interval: time.Hour}, "contacts", ErrInvalid},
		{"infinite contacts", Queue{Contacts: math.Inf(1), AHT: time.Second, Interval: time.Hour}, "contacts", ErrInvalid},
		{"negative patience", Queue{Contacts: 1, AHT: time.Second, Interval: time.Hour, Patience: -time.Second}, "patience", ErrInvalid},
		{"concurrency", Queue{Contacts: 1, AHT: time.Second, Interval: time.Hour, Concurrency: 101}, "concurrency", ErrInvalid},
		{"load above MaxLoad", Queue{Contacts: 1e12, AHT: time.Hour, Interval: time.Second}, "contacts", ErrTooLarge},
	} {
		_, err := tc.q.At(10, 0)
		var ie *InputError
		if !errors.Is(err, tc.err) || !errors.As(err, &ie) || ie.Field != tc.field {
			t.Errorf("%s: At() error = %v, want %v at %q", tc.name, err, tc.err, tc.field)
		}
	}
	for _, tc := range []struct {
		agents    int
		threshold time.Duration
		field     string
		err       error
	}{
		{-1, 0, "agents", ErrInvalid},
		{MaxAgents + 1, 0, "agents", ErrTooLarge},
		{10, -time.Second, "threshold", ErrInvalid},
	} {
		_, err := ok.At(tc.agents, tc.threshold)
		var ie *InputError
		if !errors.Is(err, tc.err) || !errors.As(err, &ie) || ie.Field != tc.field {
			t.Errorf("At(%d, %v) error = %v, want %v at %q", tc.agents, tc.threshold, err, tc.err, tc.field)
		}
	}
	for _, tc := range []struct {
		n   int
		a   float64
		err error
	}{{-1, 1, ErrInvalid}, {MaxAgents + 1, 1, ErrTooLarge}, {1, -1, ErrInvalid}, {1, math.NaN(), ErrInvalid}, {1, MaxLoad * 2, ErrTooLarge}} {
		if _, err := B(tc.n, tc.a); !errors.Is(err, tc.err) {
			t.Errorf("B(%d, %v) error = %v, want %v", tc.n, tc.a, err, tc.err)
		}
		if _, err := C(tc.n, tc.a); !errors.Is(err, tc.err) {
			t.Errorf("C(%d, %v) error = %v, want %v", tc.n, tc.a, err, tc.err)
		}
	}
}

// TestAtEdges: no contacts need nobody and wait for nothing; zero agents
// under Erlang A answer nobody.
func TestAtEdges(t *testing.T) {
	r, err := Queue{AHT: time.Minute, Interval: time.Hour}.At(0, 0)
	if err != nil || r.ServiceLevel != 1 || r.Wait != 0 {
		t.Errorf("At(0) with no contacts = %+v, %v; want SL 1, wait 0", r, err)
	}
	r, err = Queue{Contacts: 10, AHT: time.Minute, Interval: time.Hour, Patience: time.Minute}.At(0, 0)
	if err != nil || r.Wait != 1 || r.Abandon != 1 || r.ServiceLevel != 0 {
		t.Errorf("At(0) under Erlang A = %+v, %v; want wait 1, abandon 1, SL 0", r, err)
	}
}

// FuzzErlangCMonotone: with more agents Erlang C's service level never
// falls, and its wait and ASA never rise; every measure stays in [0, 1].
func FuzzErlangCMonotone(f *testing.F) {
	f.Add(uint16(10), 8.5, 20.0, 180.0)
	f.Add(uint16(1000), 990.0, 0.0, 30.0)
	f.Add(uint16(3), 0.001, 1000.0, 1.0)
	f.Fuzz(func(t *testing.T, n uint16, a, threshold, aht float64) {
		if math.IsNaN(a) || a < 0 || a > 5000 || math.IsNaN(threshold) || threshold < 0 || threshold > 1e6 ||
			math.IsNaN(aht) || aht < 0.001 || aht > 1e5 {
			return
		}
		interval := time.Hour
		q := Queue{Contacts: a * interval.Seconds() / aht, AHT: seconds(aht), Interval: interval}
		if q.AHT <= 0 {
			return
		}
		th := seconds(threshold)
		prev, err := q.At(int(n), th)
		if err != nil {
			return
		}
		for k := int(n) + 1; k <= int(n)+5; k++ {
			r, err := q.At(k, th)
			if err != nil {
				t.Fatalf("At(%d) error = %v after At(%d) worked", k, err, n)
			}
			for _, x := range []float64{r.Wait, r.ServiceLevel, r.Occupancy} {
				if math.IsNaN(x) || x < 0 || x > 1 {
					t.Fatalf("At(%d) = %+v: a measure outside [0, 1]", k, r)
				}
			}
			if r.ServiceLevel < prev.ServiceLevel-1e-12 || r.Wait > prev.Wait+1e-12 || r.ASA > prev.ASA && r.ASA-prev.ASA > 1 {
				t.Fatalf("At(%d) = %+v is worse than At(%d) = %+v", k, r, k-1, prev)
			}
			prev = r
		}
	})
}
