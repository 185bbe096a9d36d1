package erlang

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"time"
)

// Errors callers can match with errors.Is. Every error the package returns
// is an *InputError wrapping one of them, or several joined (errors.Join)
// when an input has several problems: match with errors.Is and errors.As,
// not a type assertion.
var (
	// ErrInvalid: a field's value is outside its domain (a negative AHT, a
	// target outside (0, 1), shrinkage of 1 or more, NaN or infinity).
	ErrInvalid = errors.New("invalid")
	// ErrNotSet: a required field is zero (no AHT, no interval, no target).
	ErrNotSet = errors.New("not set")
	// ErrTooLarge: the load or the agents exceed MaxLoad or MaxAgents.
	ErrTooLarge = errors.New("too large")
	// ErrOverloaded: the agents cannot serve the load (Erlang C with agents
	// no more than the load: the queue grows without bound).
	ErrOverloaded = errors.New("load cannot be served")
	// ErrUnreachable: no number of agents up to MaxAgents meets the
	// targets (a maximum abandonment below what any staffing reaches, say).
	ErrUnreachable = errors.New("targets cannot be met")
)

// InputError says which field of the input is wrong and how. Field is the
// field's name as documented ("aht", "targets.service_level",
// "contacts[12]"); Err is one of the package's sentinels.
type InputError struct {
	Field  string // the field, as documented ("aht", "contacts[12]")
	Err    error  // the sentinel: ErrInvalid, ErrNotSet, ErrTooLarge, ErrOverloaded or ErrUnreachable
	Detail string // what is wrong, with the value
}

// Error returns "erlang: field: problem: detail".
func (e *InputError) Error() string {
	s := "erlang: " + e.Field + ": " + e.Err.Error()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the sentinel, for errors.Is.
func (e *InputError) Unwrap() error { return e.Err }

func inputErr(field string, err error, detail string) error {
	return &InputError{Field: field, Err: err, Detail: detail}
}

// Bounds on the work a call may ask for. A load above MaxLoad Erlangs, or
// more than MaxAgents agents (or conversation slots), is refused with
// ErrTooLarge before any work.
const (
	MaxLoad   = 1_000_000
	MaxAgents = 2_000_000
	// MaxConcurrency bounds the conversations an agent handles at once.
	MaxConcurrency = 100
)

// Tolerance is how far a computed probability may miss a service-level
// or abandonment target, and the relative amount an average speed of
// answer may exceed its target, and still count as meeting it. The queueing
// measures are computed in float64 with a relative error far below it
// (about 1e-13 at 100,000 agents); it keeps a measure that equals its
// target in exact arithmetic from failing by a rounding error. Under
// Erlang C the occupancy target is met exactly (an exact ceiling), and
// shrinkage is exact; under Erlang A occupancy (which abandonment lowers)
// is compared with the same Tolerance.
const Tolerance = 1e-9

// Queue describes the contacts offered in one interval and how they are
// served. The zero Queue is not usable: Contacts may be zero, but AHT and
// Interval must be set. A Queue is a value; it is safe for concurrent use.
type Queue struct {
	// Contacts offered in the interval: every arrival, including those who
	// abandon. Fractional values (a forecast) are allowed; must be finite
	// and not negative.
	Contacts float64
	// AHT is the average handle time of a contact once answered (talk,
	// hold and wrap-up), > 0. With Concurrency above 1 it is a
	// conversation's handle time at that concurrency, which is longer than
	// one handled alone.
	AHT time.Duration
	// Interval is the interval's length, > 0 (typically 15, 30 or 60
	// minutes).
	Interval time.Duration
	// Patience is the callers' average patience, exponentially distributed
	// (Erlang A, M/M/N+M). Zero means callers never abandon (Erlang C,
	// M/M/N); negative is an error.
	Patience time.Duration
	// Concurrency is how many conversations an agent handles at once
	// (chat, messaging); 0 and 1 mean one. An agent is then that many
	// independent servers, each with handle time AHT: the queue is M/M/(N·k)
	// (or M/M/(N·k)+M), and agents are counted in whole agents.
	Concurrency int
}

// Result is what a queue looks like with a given number of agents.
type Result struct {
	// Agents is the number of agents (each of Concurrency servers).
	Agents int
	// Load is the offered load in Erlangs: Contacts × AHT / Interval.
	Load float64
	// Wait is the probability that an arriving contact waits (finds every
	// server busy): Erlang C's P(wait), or Erlang A's.
	Wait float64
	// Abandon is the probability that an arriving contact abandons before
	// it is answered (0 under Erlang C).
	Abandon float64
	// ServiceLevel is the share of offered contacts answered within the
	// threshold (answered without waiting counts as within).
	ServiceLevel float64
	// ServiceLevelAnswered is the share of answered contacts answered
	// within the threshold: ServiceLevel / (1 − Abandon). Equal to
	// ServiceLevel under Erlang C.
	ServiceLevelAnswered float64
	// ASA is the average speed of answer: the mean wait of answered
	// contacts, including those answered at once (under Erlang C every
	// contact is answered).
	ASA time.Duration
	// Occupancy is the share of the servers' time spent handling
	// contacts: the load answered over the servers (Load × (1 − Abandon) /
	// (Agents × Concurrency)).
	Occupancy float64
}

// check validates a queue and returns its load (Erlangs) and servers per
// agent.
func (q Queue) check() (load float64, k int, err error) {
	var errs []error
	if math.IsNaN(q.Contacts) || math.IsInf(q.Contacts, 0) || q.Contacts < 0 {
		errs = append(errs, inputErr("contacts", ErrInvalid, "must be a finite number, not negative: "+fmtFloat(q.Contacts)))
	}
	if q.AHT == 0 {
		errs = append(errs, inputErr("aht", ErrNotSet, "the average handle time must be positive"))
	} else if q.AHT < 0 {
		errs = append(errs, inputErr("aht", ErrInvalid, "must be positive: "+q.AHT.String()))
	}
	if q.Interval == 0 {
		errs = append(errs, inputErr("interval", ErrNotSet, "the interval's length must be positive"))
	} else if q.Interval < 0 {
		errs = append(errs, inputErr("interval", ErrInvalid, "must be positive: "+q.Interval.String()))
	}
	if q.Patience < 0 {
		errs = append(errs, inputErr("patience", ErrInvalid, "must be positive (zero: callers never abandon): "+q.Patience.String()))
	}
	k = q.Concurrency
	if k == 0 {
		k = 1
	}
	if k < 0 || k > MaxConcurrency {
		errs = append(errs, inputErr("concurrency", ErrInvalid, "must be 1 to "+strconv.Itoa(MaxConcurrency)+": "+strconv.Itoa(q.Concurrency)))
	}
	if len(errs) > 0 {
		return 0, 0, errors.Join(errs...)
	}
	load = q.Contacts * q.AHT.Seconds() / q.Interval.Seconds()
	if load > MaxLoad || math.IsInf(load, 0) {
		return 0, 0, inputErr("contacts", ErrTooLarge, "a load of "+fmtFloat(load)+" Erlangs is above MaxLoad ("+strconv.Itoa(MaxLoad)+")")
	}
	return load, k, nil
}

// Load returns the queue's offered load in Erlangs: Contacts × AHT /
// Interval (300 contacts of 240 s in 30 minutes are 40 Erlangs).
func (q Queue) Load() (float64, error) {
	a, _, err := q.check()
	return a, err
}

// exactLoad returns the load as an exact rational, reading Contacts as the
// shortest decimal that round-trips it (see decimalOf).
func (q Queue) exactLoad() *big.Rat {
	x := decimalOf(q.Contacts)
	x.Mul(x, new(big.Rat).SetInt64(int64(q.AHT)))
	return x.Quo(x, new(big.Rat).SetInt64(int64(q.Interval)))
}

// decimalOf returns x as the shortest decimal that reads back as x: 0.85
// is 85/100, not the binary fraction 0.84999999999999997779... This is how
// a person wrote the number, and the value exact comparisons use.
func decimalOf(x float64) *big.Rat {
	r, _ := new(big.Rat).SetString(strconv.FormatFloat(x, 'g', -1, 64))
	return r
}

func fmtFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// seconds converts a duration in seconds to a time.Duration, rounded to the
// nanosecond and clamped to the largest Duration.
func seconds(s float64) time.Duration {
	ns := math.Round(s * 1e9)
	if ns >= math.MaxInt64 || math.IsInf(ns, 0) || math.IsNaN(ns) {
		return time.Duration(math.MaxInt64)
	}
	return time.Duration(ns)
}
