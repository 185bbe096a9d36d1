package erlang

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"time"
)

// Targets are what an interval's staffing must achieve; Queue.Staff finds
// the fewest agents that meet every target set. A zero field sets no
// target; at least one must be set. Probabilities and durations are
// compared with Tolerance; occupancy under Erlang C exactly.
type Targets struct {
	// ServiceLevel is the least share of contacts answered within
	// Threshold, in (0, 1): 0.8 with 20 s is "80/20". Its base is offered
	// contacts, or answered ones with OverAnswered (the two differ under
	// Erlang A only).
	ServiceLevel float64
	// Threshold is the service level's answer time (not negative; zero:
	// answered without waiting).
	Threshold time.Duration
	// OverAnswered measures the service level over answered contacts
	// (abandoned ones left out) instead of over offered contacts.
	OverAnswered bool
	// ASA is the longest average speed of answer allowed (> 0).
	ASA time.Duration
	// MaxOccupancy is the largest share of the servers' time spent on
	// contacts, in (0, 1].
	MaxOccupancy float64
	// MaxAbandon is the largest share of offered contacts that may
	// abandon, in (0, 1); Erlang A only (needs Queue.Patience).
	MaxAbandon float64
}

// check validates the targets for a queue with or without patience.
func (t Targets) check(patience bool) error {
	var errs []error
	share := func(field string, x float64, closedTop bool) {
		ok := x > 0 && (x < 1 || closedTop && x == 1)
		if !ok && x != 0 {
			top := "1)"
			if closedTop {
				top = "1]"
			}
			errs = append(errs, inputErr("targets."+field, ErrInvalid, "must be a share in (0, "+top+": "+fmtFloat(x)))
		}
	}
	share("service_level", t.ServiceLevel, false)
	share("max_occupancy", t.MaxOccupancy, true)
	share("max_abandon", t.MaxAbandon, false)
	if t.Threshold < 0 {
		errs = append(errs, inputErr("targets.threshold", ErrInvalid, "must not be negative: "+t.Threshold.String()))
	}
	if t.ASA < 0 {
		errs = append(errs, inputErr("targets.asa", ErrInvalid, "must be positive: "+t.ASA.String()))
	}
	if t.MaxAbandon != 0 && !patience {
		errs = append(errs, inputErr("targets.max_abandon", ErrInvalid, "needs the queue's patience (Erlang A): under Erlang C nobody abandons"))
	}
	if overOffered := t.ServiceLevel != 0 && !t.OverAnswered; patience && t.MaxAbandon == 0 && !overOffered {
		// ASA and a service level over answered contacts count answered
		// contacts only: with patience they are met however few agents
		// answer (one agent for 246 Erlangs meets an ASA of 104 s, and one
		// for 83 Erlangs 80% of answered calls within 60 s, while nearly
		// every caller abandons).
		field := "targets.asa"
		if t.ServiceLevel != 0 {
			field = "targets.over_answered"
		}
		if t.ASA != 0 || t.ServiceLevel != 0 {
			errs = append(errs, inputErr(field, ErrInvalid, "under Erlang A a target on answered contacts alone is met by "+
				"understaffing (callers who would wait long abandon): set max_abandon, or a service level over offered contacts, with it"))
		}
	}
	if t.ServiceLevel == 0 && t.ASA == 0 && t.MaxOccupancy == 0 && t.MaxAbandon == 0 {
		errs = append(errs, inputErr("targets", ErrNotSet, "set at least one of service_level, asa, max_occupancy, max_abandon"))
	}
	return errors.Join(errs...)
}

// meets reports whether r meets the targets, within Tolerance.
func (t Targets) meets(r Result, occupancyExact bool) bool {
	if t.ServiceLevel > 0 {
		sl := r.ServiceLevel
		if t.OverAnswered {
			sl = r.ServiceLevelAnswered
		}
		if sl < t.ServiceLevel-Tolerance {
			return false
		}
	}
	if t.ASA > 0 && float64(r.ASA) > float64(t.ASA)*(1+Tolerance) {
		return false
	}
	if t.MaxAbandon > 0 && r.Abandon > t.MaxAbandon+Tolerance {
		return false
	}
	if t.MaxOccupancy > 0 && !occupancyExact && r.Occupancy > t.MaxOccupancy+Tolerance {
		return false
	}
	return true
}

// Staff returns the fewest agents that meet every target, and the queue's
// measures with them. Under Erlang C the answer has more servers than the
// load; its occupancy bound is exact (ceil(load / (MaxOccupancy ×
// Concurrency)), with Contacts and MaxOccupancy read as the decimals they
// print as). Every measure is monotone in the agents. No contacts
// need no agents, and under Erlang A at least one agent is staffed when
// there are contacts. Under Erlang C the search steps up one agent at a
// time from the least stable staffing, carrying Erlang B forward; under
// Erlang A it starts at the agents the load fills and steps down or up,
// doubling, and then bisects, with Erlang B kept by servers.
// Either way Erlang B is carried forward once, so the work is linear in
// the agents. It fails with ErrUnreachable when MaxAgents agents do
// not meet the targets.
func (q Queue) Staff(t Targets) (Result, error) {
	a, k, err := q.check()
	if err != nil {
		return Result{}, err
	}
	if err := t.check(q.Patience > 0); err != nil {
		return Result{}, err
	}
	s := newSearch(q, t, a, k)
	return s.run()
}

// search is one staffing search: Erlang B by servers, carried forward as
// far as the search has looked.
type search struct {
	q     Queue
	t     Targets
	a     float64
	k     int
	b     []float64 // b[n] = Erlang B with n servers
	exact bool      // occupancy checked exactly by the lower bound
}

func newSearch(q Queue, t Targets, a float64, k int) *search {
	return &search{q: q, t: t, a: a, k: k, exact: q.Patience == 0}
}

// blockingAt returns Erlang B at n servers, extending the table.
func (s *search) blockingAt(n int) float64 {
	if len(s.b) == 0 {
		s.b = append(make([]float64, 0, n+1), 1)
	}
	for i := len(s.b); i <= n; i++ {
		s.b = append(s.b, next(s.b[i-1], i, s.a))
	}
	return s.b[n]
}

// at returns the measures with n agents.
func (s *search) at(n int) Result {
	servers := n * s.k
	r := measure(s.q, servers, s.a, s.blockingAt(servers), s.t.Threshold)
	r.Agents = n
	return r
}

func (s *search) ok(n int) (Result, bool) {
	r := s.at(n)
	return r, s.t.meets(r, s.exact)
}

// lower returns the fewest agents the search may start from: under
// Erlang C the fewest with more servers than the load, and at least the
// exact occupancy bound; under Erlang A one agent (or the occupancy bound
// on the load, which abandonment only lowers).
func (s *search) lower() int {
	if s.a == 0 {
		return 0
	}
	n := 1
	if s.q.Patience == 0 {
		// The fewest agents whose servers exceed the load, exactly (see
		// Queue.stable).
		n = max(int(math.Floor(s.a/float64(s.k)))-1, 1)
		for !s.q.stable(n*s.k, s.a) {
			n++
		}
	}
	if s.t.MaxOccupancy > 0 && s.q.Patience == 0 {
		// servers ≥ load / max, exactly: agents = ceil(load / (max × k)).
		x := s.q.exactLoad()
		x.Quo(x, decimalOf(s.t.MaxOccupancy))
		x.Quo(x, new(big.Rat).SetInt64(int64(s.k)))
		c := ceilRat(x)
		if !c.IsInt64() || c.Int64() > MaxAgents {
			return MaxAgents + 1 // no staffing within the bounds meets it
		}
		n = max(n, int(c.Int64()))
	}
	return n
}

func (s *search) run() (Result, error) {
	limit := MaxAgents / s.k
	lo := s.lower()
	if lo > limit {
		return Result{}, s.unreachable(limit)
	}
	if s.a == 0 {
		return s.at(0), nil
	}
	if s.q.Patience == 0 {
		return s.stepC(lo, limit)
	}
	// Erlang A: start at the servers the load fills (the answer is usually
	// near it), bisect below when they meet the targets, else step up.
	lo = min(max(lo, int(s.a/float64(s.k))), limit)
	if r, ok := s.ok(lo); ok {
		// Step down, doubling, until the targets fail, then bisect: the
		// answer is usually a few agents below the load.
		good, step := lo, 1
		for good > 1 {
			n := max(good-step, 1)
			m, ok := s.ok(n)
			if !ok {
				return s.bisect(n, good, r), nil
			}
			good, r, step = n, m, step*2
		}
		return r, nil
	}
	// Step up, doubling, until the targets are met.
	prev, step := lo, 1
	for {
		n := min(prev+step, limit)
		r, ok := s.ok(n)
		if ok {
			return s.bisect(prev, n, r), nil
		}
		if n == limit {
			return Result{}, s.unreachable(limit)
		}
		prev, step = n, step*2
	}
}

// stepC is Erlang C's search: one agent at a time from lo, carrying
// Erlang B forward, so each candidate costs Concurrency steps of the
// recursion and one evaluation; no table is kept.
func (s *search) stepC(lo, limit int) (Result, error) {
	b := blocking(lo*s.k, s.a)
	for n := lo; ; n++ {
		r := measure(s.q, n*s.k, s.a, b, s.t.Threshold)
		r.Agents = n
		if s.t.meets(r, true) {
			return r, nil
		}
		if n >= limit {
			return Result{}, s.unreachable(limit)
		}
		for i := n*s.k + 1; i <= (n+1)*s.k; i++ {
			b = next(b, i, s.a)
		}
	}
}

// bisect returns the fewest agents in (bad, good] that meet the targets;
// good meets them with result r.
func (s *search) bisect(bad, good int, r Result) Result {
	for good-bad > 1 {
		mid := bad + (good-bad)/2
		if m, ok := s.ok(mid); ok {
			good, r = mid, m
		} else {
			bad = mid
		}
	}
	return r
}

func (s *search) unreachable(limit int) error {
	return inputErr("targets", ErrUnreachable, "not met by "+strconv.Itoa(limit)+" agents (MaxAgents servers)")
}

// ceilRat returns the least integer not below x.
func ceilRat(x *big.Rat) *big.Int {
	q, m := new(big.Int).QuoRem(x.Num(), x.Denom(), new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
