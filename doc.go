// Package contactcost computes what each customer contact of a contact
// center costs, exactly, overall and per channel; explains every figure;
// and estimates what changing how contacts are handled would save.
//
// # The main path
//
// Describe a center over a period in a [Model]: its [Currency], its
// [Period], the contacts that count ([Scope]), its cost lines ([Cost]) and
// what each channel handled ([Volume]). Then:
//
//   - [Model.Report] gives the [Report]: per channel and for the center,
//     contacts, cost and cost per contact, each cost line with how it was
//     split, and the cost of each category on each channel;
//   - [Model.Series] gives one report per month (or week, quarter, ...) of
//     the period and one of the whole span, which add up to the cent;
//   - [Model.Estimate] applies a [Scenario] of levers ([SelfServiceDeflection],
//     [IVRContainment], [IVRVerification], [Callback], [ACDRouting],
//     [FirstContactResolution]) and gives the [Savings], with the reports
//     before and after and the investment view ([Returns]).
//
// For one figure there is [CostPerContact]; for splitting any amount,
// [Allocate] and [AllocateUnits]; over time, [Prorate] and [Distribute].
//
// # Cost per contact
//
// Cost per contact (CPC) is the total cost of a center in a period divided
// by the number of customer contacts it handled in that period:
//
//	CPC = total cost / contacts
//
// The cost is fully loaded: agent wages, benefits and payroll taxes,
// technology, licences, telephony, facilities, taxes, training,
// outsourcing and anything else the center spends ([Category]). A contact
// is any customer interaction: a call, an email, a chat, a social-media
// mention, an SMS, a video call, an IVR or self-service session
// ([Channel]).
//
// Which contacts count is a choice that changes the answer, and sources
// disagree, so the package never makes it silently: a Model states its
// Scope. [ScopeAssisted] counts agent-assisted contacts only; [ScopeAll]
// counts IVR and self-service sessions too. The cost of automated channels
// stays in the numerator either way. Whether a channel is agent-assisted
// or automated is explicit too ([Handling]): the well-known channels say
// it by their name (the IVR and self-service are automated), a custom
// channel must say it.
//
// # Data flow
//
// The package works in one direction, in stages, and never goes back:
//
//	JSON or Go literal --(decode, strict)--> Model
//	Model --(validate once: every problem, each with its path)--> plan
//	plan + volumes (+ levers' lines) --(price: prorate, unit prices, figures)--> exact amounts
//	exact amounts --(book each to the minor unit, once)--> booked amounts
//	booked amounts --(direct, or split by each line's basis)--> parts
//	parts --(assemble)--> Report, Series, Savings
//
// Validation turns the model into a plan once; a report prices the plan
// for the model's volumes, a series for each sub-period's, a scenario for
// the volumes its levers leave (exactly, with no rounding between levers).
// Nothing after validation checks the model again, and no stage rebuilds
// a model.
//
// # Cost lines and allocation
//
// A cost line is direct ([Cost].Channel names the channel that bears it)
// or shared ([Cost].Basis says how it is split). A shared line is split By
// a volume figure of each channel ([Measure]: contacts, handle minutes,
// queue minutes, agent hours, FTE) or by fixed Weights (percentages with
// Percent). A split by a figure reaches the agent-assisted channels unless
// its Among names others: agent costs never reach the IVR or self-service
// by accident, and each report line records the channels it was split
// over.
//
// Every split of money uses the largest-remainder (Hamilton) method in the
// currency's minor unit. Each part first gets the floor of its exact
// share; the units left over, fewer than the parts, go one each to the
// parts with the largest remainders. So the parts always sum exactly to
// the amount, each is within one minor unit of its exact share, a zero
// weight gets zero, and a negative amount splits as the exact mirror of
// the positive one. Ties go to the part that comes first: the first weight
// for the allocation functions, the channel whose name sorts first
// (byte-wise) in a report, so a report does not depend on the order of
// volumes or cost lines. Amounts and weights that fit take a path in
// 64-bit integers (128-bit products); others a math/big path with the
// same results.
//
// A cost line also says whether it is fixed in the period (the zero value)
// or varies with a figure (Cost.VariesWith). Reports record it; savings
// estimates rely on it, because only variable costs fall when volume
// falls.
//
// # Periods and proration
//
// A [Period] is a half-open range of civil dates [start, end): a day
// ("2026-03-15"), an ISO week ("2026-W09"), a month ("2026-03"), a quarter
// ("2026-Q1"), a year ("2026"), a fiscal year named after the year it ends
// in ("FY2026/Apr" runs from 2025-04-01 to 2026-03-31), or any range
// ("2026-03-01..2026-04-01").
//
// A cost line may be stated for another period (an annual licence), as a
// rate per unit of time (Cost.Per), per unit (seats × price), or once
// (Cost.Timing: a one-time cost excluded or amortized in equal monthly
// parts). The model prorates each line by its day-count [Convention]:
// actual days, 30E/360, equal months or 52 weeks. The convention is an
// explicit input, recorded in the report; a model may leave it unset only
// when every convention gives the same amounts, and otherwise its error
// shows what each would give.
//
// A series books each line once for the whole span and distributes it over
// the sub-periods in minor units, so the sub-periods add up exactly to the
// whole; each sub-period's lines are split by its own volumes.
//
// # Savings
//
// [Model.Estimate] applies a scenario's levers in order to the model's
// volumes and reprices the model's own cost lines on what they leave: a
// fixed cost keeps its amount (it does not go away when contacts do), a
// variable cost moves in proportion to its figure on its channels. The
// levers add their own costs (sessions, IVR minutes, outbound calls,
// per-contact fees, monthly fees) as cost lines of their own, and a
// callback's credit (the talk minutes the model's inbound telephony line
// no longer bills, at that line's own rate) as a negative one. A minute
// saves money only through a line of the model that varies with it: a
// model that holds telephony as fixed saves none. Line by line, a line
// that falls is a gross saving and a line that rises an added cost,
// wherever it is priced (IVR minutes cost the same whether the lever or a
// line of the model prices them). So the net saving is exactly the cost
// before minus the cost after, each
// lever's increment is what it adds after the levers before it, the
// increments add up to the total field by field, and nothing is counted
// twice. A lever's price for volume the model already prices is refused.
// Apply deflection before containment before the handle-time levers.
//
// The conventions every estimate rests on, each stated again in
// Savings.Assumptions:
//
//   - Bases of rates. Every rate names the count it is a share of, in its
//     lever's doc comment: self-service Reach is a share of the channel's
//     contacts and Resolution a share of sessions (or CurrentRate →
//     TargetRate, shares of all demand); IVR containment rates are shares of
//     calls entering the IVR (the IVR channel's contacts), current →
//     target; a callback's accept and abandonment rates are shares of
//     offered calls (Offered, or contacts plus abandoned); transfer rates
//     are shares of handled contacts; first-contact resolution is a share
//     of needs, with the repeats per unresolved contact an input. Rates
//     that contradict the volumes (an abandonment rate unlike
//     Abandoned/Offered, more contained calls than calls offered to agents)
//     are refused.
//   - Labour assumption ([Labour], required): unchanged keeps every agent,
//     so wage and benefit lines keep their amounts whatever they vary with;
//     proportional lets agent hours and FTE follow handle minutes and the
//     labour lines follow their figure. The same wage bill saves the same
//     whether it is modelled per handle minute or per agent hour.
//     Queueing ([StaffingProfile], package erlang) staffs each profiled
//     channel interval by interval by Erlang C (or A, with patience) at
//     its service targets, on the baseline's volumes and on the
//     scenario's (a profile is the model's offered contacts over a day or
//     a week, given per interval, when they match the model within 1%,
//     or as a shape; each interval moves with the channel's offered
//     contacts a day); its agent hours, FTE and variable labour lines move by
//     the factor its agents moved (Σ agents per interval, after over
//     before), other channels keep their agents, and Savings.Staffing
//     shows each channel's agents, FTE saved and money saved next to the
//     proportional figure. Agents fall by less than workload (a queue
//     needs fewer agents per contact the larger it is), so queueing
//     usually saves less than proportional; in a small profile whole
//     agents can make it save more. Break-evens are not worked out under
//     it (the net is a step function of an input).
//   - Full effect. Savings.Total, the increments, Alone and
//     BreakEven.NetZero are the model's period at every lever's full
//     effect. A lever's MonthlyFee costs fee × the period's length in months
//     there: whole calendar months count as such, any other period by
//     Scenario.Convention (52-weeks: a week is 12/52 of a month wherever it
//     falls; actual-days: 12 × its share of its year's days, the same within
//     a year, 7/365 or 7/366 of a year from one year to the next).
//   - Time ([Horizon], [Rollout]). Month m of the horizon has each lever
//     live after its DelayMonths and ramping linearly over RampMonths; the
//     ramp scales what the lever changes (and so its per-use costs), never
//     its MonthlyFee, paid in full from go-live. One-time investments are
//     paid at month 0. Each month is repriced at its adoptions, on the
//     period's volumes (its amounts over its months) or, with Seasons, on
//     that calendar month's own volumes and costs.
//   - Money over time ([Returns]). Each month's gross saving and added cost
//     are booked to the minor unit once; the rest are sums. ROI is
//     Forrester TEI's (benefits − costs) / costs over the horizon, costs
//     being the one-time investment plus the added costs (per-use costs,
//     fees, and the rise of the model's lines the levers raise);
//     DiscountedROI the same on present values. NPV discounts month m at its
//     end by v^m, v = 1/(1 + r/12) (CompoundingMonthly, nominal) or
//     (1 + r)^(−1/12) (CompoundingAnnual, effective), with discount factors
//     to 80 decimal places, so a present value is within 10^-10 of a minor
//     unit of its exact value before its one rounding; the rate is a
//     fraction from 0 to 1 and the horizon at most 600 months. Payback is
//     the first month whose cumulative net cash flow after the one-time
//     investment is not negative, looked for past the horizon too.
//   - Break-even ([BreakEven]): the value of one input at which the lever
//     alone saves nothing in the period (ignoring its one-time cost), and
//     the value at which it pays its one-time cost back by the horizon's
//     end, undiscounted; exact, since the amounts are linear in the input,
//     and flagged when the lever would refuse the value.
//   - Uncertainty ([Range], [Uncertainty]): low and high values of any
//     number input, rollout months included, give a tornado table (which
//     input moves the NPV, or the net saving without a horizon, most) and
//     pessimistic, expected and optimistic cases, each worked out in full.
//   - Work. A single lever's months are priced at two shares a season
//     (the rest lie on their line; under queueing labour each month is
//     priced); a scenario's, once for each distinct set of shares. An estimate that would apply levers or price the model
//     more than a bound allows (many levers on long staggered rollouts
//     with many ranges) is refused with ErrTooLarge within seconds.
//
// Vendor calculators multiply the contacts removed by the fully loaded
// cost per contact; that treats every cost as variable and is neither a
// forecast nor a bound, so the package does not offer it. Deflecting easy
// contacts raises the cost per agent-assisted contact of those that remain
// while it lowers the total: [Outcome] shows both.
//
// # Exactness and rounding
//
// No figure passes through a float. Inputs are shopspring/decimal values;
// quotients are kept exact as a [Ratio] (1000/3 stays 1000/3), so an exact
// cost per contact multiplied by its contacts gives back the total.
//
// Money is rounded once: each cost line is booked to the currency's minor
// unit (cents for USD, none for JPY, mils for KWD) by the model's [Round]
// mode; from there every split and sum is exact, in minor units, kept in
// 64-bit integers while they fit: parts sum to their line, channels to the
// center, category cells to their category and to their channel.
// Per-unit figures are given exact and rounded once by the [Rounding]
// policy (half-even to the minor unit unless it says otherwise). Every
// rounded money and per-unit figure of the package goes through that one
// policy; the only other roundings are for reading, and say so: a volume
// a lever leaves non-terminating is shown to 12 places, and a lever's
// formula marks a non-terminating number "≈" with 6.
//
// Nothing in this package reads or sets shopspring/decimal's package
// variables (DivisionPrecision, MarshalJSONWithoutQuotes, ...): division
// is exact or explicit, and JSON is written by this package.
//
// # Errors
//
// No exported function panics on any input (the Must functions, for
// constants and tests, are the exception by design). Bad input gets an
// error that wraps one sentinel error ([ErrNoContacts], [ErrNegative],
// [ErrUnknownChannel], ...) for [errors.Is], and says where the problem
// is with a [*FieldError] for [errors.As]: its Path in the JSON names, the
// name of the line or channel, and for JSON input the line and column:
//
//	contactcost: costs[2].amount ("Office"): negative: -5
//	contactcost: line 14, column 19: costs[3].amount: syntax error: "12,50" is not a decimal number
//
// Validation reports every problem of a model at once, joined with
// [errors.Join], in the order of the model's fields. An unknown channel
// that differs from a known one only in case or by one letter gets a "did
// you mean" hint, and a typo in a volume entry is reported there, once.
//
// # Bounds
//
// Every number is checked before any arithmetic: at most
// [MaxIntegerDigits] digits before the point and [MaxFractionDigits]
// after; text is at most [MaxTextLength] bytes per value, checked while it
// is read. A model has at most [MaxChannels] channels and [MaxCostLines]
// cost lines, and a report at most [MaxParts] parts (a part per line and
// channel it is split over), checked before any report is made: the time
// and memory of a report grow with its parts, and a direct line makes one
// part, not a row. Hostile input such as "1e999999999", megabytes of
// digits or a model of billions of cells is refused with [ErrTooLarge].
//
// # JSON
//
// Model, Report, Series and PeriodVolumes have a JSON form with snake_case
// names, every amount and volume as a string ("1250.00"), exact ratios as
// strings ("1000/3"), undefined figures as null and enumerations by name.
// Decoding is strict: keys match exactly, a key may appear once, required
// fields must be there, unknown fields are refused, every problem comes
// with its line, column and path; a decoded report is checked with
// [Report.Verify]. Encoding refuses what it would have to round. Scenario
// (its levers, each an object with its "kind" first, its Horizon and
// Ranges) and Savings (every part of an estimate) have JSON forms too, read
// as strictly; a decoded estimate's reports are checked with
// [Report.Verify]. See testdata/sample_scenario.json.
//
// # Concurrency
//
// The package has no mutable package-level state. Models are plain data
// that the package reads and never modifies or retains; Reports, Series,
// Savings, Ratios, Currencies, Periods and Rounding policies are values
// that nothing in the package modifies after making them. All are safe
// for concurrent use as long as the caller does not modify them meanwhile.
package contactcost
