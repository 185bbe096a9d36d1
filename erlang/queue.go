package erlang

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"time"
)

// B returns the Erlang B blocking probability: the share of contacts
// turned away when servers servers take a load of load Erlangs and nobody
// waits. It is worked by the recursion B(0) = 1,
// B(n) = A·B(n−1) / (n + A·B(n−1)), in one pass: never A^n or n!, so it is
// stable from 1 to MaxAgents servers and every load up to MaxLoad.
func B(servers int, load float64) (float64, error) {
	if err := checkServers(servers, load); err != nil {
		return 0, err
	}
	return blocking(servers, load), nil
}

// C returns the Erlang C probability of waiting: the share of contacts
// that find every server busy when servers servers take load Erlangs and
// contacts wait as long as needed, C = N·B / (N − A·(1 − B)). It fails
// with ErrOverloaded unless servers > load.
func C(servers int, load float64) (float64, error) {
	if err := checkServers(servers, load); err != nil {
		return 0, err
	}
	if float64(servers) <= load {
		return 0, overloaded("servers", servers, load)
	}
	return waitC(servers, load, blocking(servers, load)), nil
}

func checkServers(servers int, load float64) error {
	switch {
	case servers < 0:
		return inputErr("servers", ErrInvalid, "must not be negative: "+strconv.Itoa(servers))
	case servers > MaxAgents:
		return inputErr("servers", ErrTooLarge, strconv.Itoa(servers)+" is above MaxAgents ("+strconv.Itoa(MaxAgents)+")")
	case math.IsNaN(load) || math.IsInf(load, 0) || load < 0:
		return inputErr("load", ErrInvalid, "must be a finite number, not negative: "+fmtFloat(load))
	case load > MaxLoad:
		return inputErr("load", ErrTooLarge, fmtFloat(load)+" Erlangs is above MaxLoad ("+strconv.Itoa(MaxLoad)+")")
	}
	return nil
}

func overloaded(field string, servers int, load float64) error {
	return inputErr(field, ErrOverloaded, strconv.Itoa(servers)+" servers for "+fmtFloat(load)+
		" Erlangs: Erlang C needs more servers than the load, or the queue grows without bound")
}

// blocking is Erlang B by the forward recursion.
func blocking(n int, a float64) float64 {
	b := 1.0
	for i := 1; i <= n; i++ {
		b = next(b, i, a)
	}
	return b
}

// next carries Erlang B from i−1 servers to i.
func next(b float64, i int, a float64) float64 {
	ab := a * b
	return ab / (float64(i) + ab)
}

// waitC is Erlang C's probability of waiting from Erlang B, for n > a.
func waitC(n int, a, b float64) float64 {
	c := float64(n) * b / (float64(n) - a*(1-b))
	return min(c, 1)
}

// At returns the queue's measures with agents agents and a service-level
// threshold (answered within threshold; zero: answered without waiting).
// Under Erlang C (no Patience) it fails with ErrOverloaded unless the
// servers (agents × Concurrency) exceed the load; under Erlang A any
// number of agents is stable.
func (q Queue) At(agents int, threshold time.Duration) (Result, error) {
	a, k, err := q.check()
	if err != nil {
		return Result{}, err
	}
	if threshold < 0 {
		return Result{}, inputErr("threshold", ErrInvalid, "must not be negative: "+threshold.String())
	}
	if agents < 0 {
		return Result{}, inputErr("agents", ErrInvalid, "must not be negative: "+strconv.Itoa(agents))
	}
	if agents > MaxAgents/k {
		return Result{}, inputErr("agents", ErrTooLarge, strconv.Itoa(agents)+" agents of "+strconv.Itoa(k)+
			" servers each is above MaxAgents ("+strconv.Itoa(MaxAgents)+")")
	}
	s := agents * k
	if q.Patience == 0 && a > 0 && !q.stable(s, a) {
		return Result{}, overloaded("agents", s, a)
	}
	m := measure(q, s, a, blocking(s, a), threshold)
	m.Agents = agents
	return m, nil
}

// stable reports whether s servers exceed the load a, exactly: a float
// load that lies within a rounding error of a whole number (20.4 calls of
// 750 s in 15 minutes are 17 Erlangs, 16.999999999999996 in float64) is
// compared as the exact quotient of the decimals the inputs print as.
func (q Queue) stable(s int, a float64) bool {
	if r := math.Round(a); math.Abs(a-r) > 1e-9*max(1, a) {
		return float64(s) > a
	}
	if c := q.Contacts; c == math.Trunc(c) && c < 1<<53 {
		// Whole contacts: s × Interval > Contacts × AHT in 128 bits.
		h1, l1 := bits.Mul64(uint64(s), uint64(q.Interval))
		h2, l2 := bits.Mul64(uint64(c), uint64(q.AHT))
		return h1 > h2 || h1 == h2 && l1 > l2
	}
	return new(big.Rat).SetInt64(int64(s)).Cmp(q.exactLoad()) > 0
}

// measure works out a queue's measures at s servers with Erlang B b.
func measure(q Queue, s int, a, b float64, threshold time.Duration) Result {
	aht := q.AHT.Seconds()
	t := threshold.Seconds() / aht
	r := Result{Load: a}
	if s == 0 {
		// Nobody answers: every contact waits and (Erlang A) abandons.
		r.Wait, r.Abandon = 1, 1
		if a == 0 {
			r.Wait, r.Abandon, r.ServiceLevel, r.ServiceLevelAnswered = 0, 0, 1, 1
		}
		return r
	}
	if a == 0 {
		r.ServiceLevel, r.ServiceLevelAnswered = 1, 1
		return r
	}
	if q.Patience == 0 {
		gap := float64(s) - a
		if gap <= 0 {
			// More servers than the load only in exact arithmetic (by less
			// than a rounding error): the limit as N − A falls to 0.
			r.Wait, r.ASA, r.Occupancy = 1, seconds(math.Inf(1)), min(a/float64(s), 1)
			return r
		}
		c := waitC(s, a, b)
		r.Wait = c
		r.ServiceLevel = clamp01(1 - c*math.Exp(-gap*t))
		r.ServiceLevelAnswered = r.ServiceLevel
		r.ASA = seconds(c * aht / gap)
		r.Occupancy = a / float64(s)
		return r
	}
	m := erlangA(s, a, b, aht/q.Patience.Seconds(), t)
	r.Wait, r.Abandon = m.wait, m.abandon
	r.ServiceLevel = m.slOffered
	if m.abandon < 1 {
		r.ServiceLevelAnswered = clamp01(m.slOffered / (1 - m.abandon))
	}
	r.ASA = seconds(m.asa * aht)
	r.Occupancy = min(a*(1-m.abandon)/float64(s), 1)
	return r
}

func clamp01(x float64) float64 { return max(0, min(x, 1)) }
