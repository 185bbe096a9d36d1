package erlang

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"time"

	"github.com/shopspring/decimal"
)

// Bounds on a profile: MaxIntervals intervals (a month of 15-minute
// intervals, a week of 5-minute ones), and MaxProfileLoad Erlangs summed
// over its intervals (the work of a staffing grows with the agents, so
// with the load), both checked before any staffing.
const (
	MaxIntervals   = 31 * 96
	MaxProfileLoad = 20_000_000
)

// Profile is the staffing of a run of intervals of the same length (a
// day, a week): each interval's fewest agents meeting the targets.
type Profile struct {
	// Interval is the intervals' length.
	Interval time.Duration
	// Intervals holds each interval's staffing, in order; an interval with
	// no contacts has no agents.
	Intervals []Result
}

// Profile staffs each interval of a day or week: the queue with each
// interval's contacts in turn (q.Contacts is not used), against the same
// targets. A week of 30-minute intervals is 336 entries. Errors name the
// interval ("contacts[12]").
func (q Queue) Profile(contacts []float64, t Targets) (Profile, error) {
	if len(contacts) == 0 {
		return Profile{}, inputErr("contacts", ErrNotSet, "a profile needs at least one interval")
	}
	if len(contacts) > MaxIntervals {
		return Profile{}, inputErr("contacts", ErrTooLarge, strconv.Itoa(len(contacts))+" intervals is above MaxIntervals ("+strconv.Itoa(MaxIntervals)+")")
	}
	q.Contacts = 0
	if _, _, err := q.check(); err != nil {
		return Profile{}, err
	}
	if err := t.check(q.Patience > 0); err != nil {
		return Profile{}, err
	}
	total := 0.0
	for _, c := range contacts {
		if c > 0 && !math.IsInf(c, 0) {
			total += c * q.AHT.Seconds() / q.Interval.Seconds()
		}
	}
	if total > MaxProfileLoad {
		return Profile{}, inputErr("contacts", ErrTooLarge, "the intervals' loads add up to "+fmtFloat(total)+
			" Erlangs, above MaxProfileLoad ("+strconv.Itoa(MaxProfileLoad)+")")
	}
	p := Profile{Interval: q.Interval, Intervals: make([]Result, len(contacts))}
	var errs []error
	for i, c := range contacts {
		q.Contacts = c
		r, err := q.Staff(t)
		if err != nil {
			var ie *InputError
			if errors.As(err, &ie) {
				detail := ie.Detail
				if ie.Field != "contacts" {
					detail = ie.Field + ": " + detail
				}
				err = inputErr("contacts["+strconv.Itoa(i)+"]", ie.Err, detail)
			}
			errs = append(errs, err)
			if len(errs) == 10 {
				break
			}
			continue
		}
		p.Intervals[i] = r
	}
	if len(errs) > 0 {
		return Profile{}, errors.Join(errs...)
	}
	return p, nil
}

// AgentIntervals returns the sum of the intervals' agents: the agent
// time the profile needs, in intervals.
func (p Profile) AgentIntervals() int {
	n := 0
	for _, r := range p.Intervals {
		n += r.Agents
	}
	return n
}

// AgentHours returns the agent time the profile needs, exactly:
// AgentIntervals × Interval, in hours.
func (p Profile) AgentHours() *big.Rat {
	x := new(big.Rat).SetInt64(int64(p.AgentIntervals()))
	x.Mul(x, big.NewRat(int64(p.Interval), int64(time.Hour)))
	return x
}

// FTE returns the full-time equivalents the profile needs, exactly and
// unrounded: agent hours / (1 − shrinkage) / paid, where paid is one FTE's
// paid time over the profile's span (37h30m for a week's profile of a
// 37.5-hour week). Agents are whole in each interval; FTE stays
// fractional, to be rounded once, at the final headcount (Headcount).
func (p Profile) FTE(shrinkage decimal.Decimal, paid time.Duration) (*big.Rat, error) {
	if paid <= 0 {
		return nil, inputErr("paid", ErrInvalid, "one FTE's paid time must be positive: "+paid.String())
	}
	x, err := scheduled(p.AgentHours(), shrinkage)
	if err != nil {
		return nil, err
	}
	return x.Quo(x, big.NewRat(int64(paid), int64(time.Hour))), nil
}

// Headcount returns the whole people an FTE figure needs: the least
// integer not below it (the largest int64 for an FTE beyond it; 0 for
// nil or a figure not above 0).
func Headcount(fte *big.Rat) int64 {
	if fte == nil || fte.Sign() <= 0 {
		return 0
	}
	c := ceilRat(fte)
	if !c.IsInt64() {
		return 1<<63 - 1
	}
	return c.Int64()
}
