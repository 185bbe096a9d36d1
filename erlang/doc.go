// Package erlang is the queueing mathematics of contact-center staffing:
// how many agents an interval needs to answer its contacts as fast as a
// target says. It imports nothing from contactcost and can be used alone.
//
// # Models
//
//   - Erlang B (M/M/N/N, [B]): contacts that find every agent busy are lost.
//     B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), carried forward in one
//     pass: never A^N or N!, stable from 1 to MaxAgents servers.
//   - Erlang C (M/M/N, [C], a Queue without Patience): contacts wait as long
//     as needed. P(wait) C = N·B / (N − A(1 − B)) for N > A; service level
//     SL(t) = 1 − C·e^{−(N−A)·t/AHT}; ASA = C·AHT / (N − A); occupancy A/N.
//     With N ≤ A the queue grows without bound: ErrOverloaded.
//   - Erlang A (M/M/N+M, a Queue with Patience): callers abandon after an
//     exponential patience of the given mean. Wait, abandonment, the service
//     level over offered and over answered contacts, and the ASA of answered
//     contacts come from the birth–death chain in closed form (erlanga.go
//     says how, and its accuracy).
//   - Concurrency k (chat, messaging): an agent is k independent servers,
//     each conversation taking AHT (its handle time at that concurrency):
//     M/M/(N·k), or M/M/(N·k)+M with patience. Agents are whole agents.
//
// A = Contacts × AHT / Interval is the offered load in Erlangs. Every
// measure is for one interval in steady state, with Poisson arrivals and
// exponential handle times (and patience), as the Erlang formulas assume.
//
// # Staffing
//
// Queue.Staff returns the fewest agents meeting every target of Targets
// (service level over offered or answered contacts, ASA, maximum
// occupancy, maximum abandonment), with Erlang B carried forward once:
// the work is linear in the agents. Queue.Profile staffs a day or week of
// intervals in one call. Agents per interval are whole; ScheduledAgents
// and Profile.FTE divide by 1 − shrinkage (not multiply by 1 + shrinkage),
// exactly, and CompoundShrinkage combines components as 1 − Π(1 − s_i);
// FTE stays an exact fraction until Headcount rounds it up once.
//
// # Floating point, and what it may decide
//
// The queueing measures are float64: a probability is computed with a
// relative error near 1e-13 even at 100,000 agents, far below any target
// a person sets. No float decides an integer on its own: shrinkage is a
// decimal and its divisions are exact rationals (21 agents at 30%
// shrinkage need ceil(21 / 0.7) = 30 scheduled, where float64 gives 31);
// the occupancy bound of Erlang C is an exact ceiling (Contacts and
// MaxOccupancy are read as the shortest decimals that print as them, so
// 0.85 is 85/100); service level, ASA and abandonment are compared with
// their targets with the stated Tolerance (1e-9): a staffing within 1e-9
// of a target counts as meeting it, so one that meets it exactly is not
// pushed one agent up by a rounding error. Erlang C's stability (more
// servers than the load) is decided exactly when the load is within a
// rounding error of a whole number.
//
// # Errors
//
// Every error is an *InputError naming the field ("aht",
// "targets.service_level", "contacts[12]"), or several joined, each
// wrapping a sentinel for errors.Is (use errors.As for the fields): ErrInvalid, ErrNotSet, ErrTooLarge (MaxLoad, MaxAgents,
// MaxIntervals), ErrOverloaded, ErrUnreachable. No function panics on any
// input. All types are values, safe for concurrent use.
package erlang
