// Package contactcost computes what each customer contact of a contact
// center costs, exactly, overall and per channel, and explains every figure.
//
// # Cost per contact
//
// Cost per contact (CPC) is the total cost of a contact center in a period
// divided by the number of customer contacts it handled in that period:
//
//	CPC = total cost / contacts
//
// The cost is fully loaded: agent wages, benefits and payroll taxes,
// technology, software licences, telephony, facilities, taxes, training,
// outsourcing and anything else the center spends (see Category). A contact
// is any customer interaction: a call, an email, a chat, a social-media
// mention, an SMS, a video call, an IVR or self-service session (see
// Channel).
//
// Which contacts count is a choice that changes the answer, and sources
// disagree, so the package never makes it silently: a Model states its Scope.
// ScopeAssisted counts agent-assisted contacts only; ScopeAll counts IVR and
// self-service sessions too. The cost of automated channels stays in the
// numerator either way. The scope is recorded in every Report.
//
// For a single figure, CostPerContact(total, contacts) returns the exact
// quotient.
//
// # Model and report
//
// A Model describes one center over one Period: its Currency, its cost lines
// (Cost) and what each channel handled (Volume). Model.Report validates it and
// computes a Report:
//
//	cost lines + channel volumes --(validate)--> Model
//	Model --(prorate each line to the period, book it to the minor unit,
//	         assign direct costs, allocate shared costs)--> Report
//
// A cost line is direct (Cost.Channel names the channel that bears it) or
// shared (Cost.Basis says how to split it). Shared costs are split per line,
// each by its own basis: by contacts (volume), by handle minutes (workload),
// by queue minutes, by agent hours, by FTE, by fixed percentages or by any
// weights, over all channels or only those listed in Basis.Among.
//
// The report gives, per channel and in total: contacts, handle minutes,
// direct cost, allocated shared cost, total cost, cost per contact and cost
// per handled minute. It explains them with one Line per cost line (its
// basis, each channel's weight, exact share and part) and with the category
// × channel matrix.
//
// A cost line also says whether it is Fixed in the period or Variable with a
// driver (a Measure such as HandleMinutes). Reports record it; savings
// estimates rely on it, because only variable costs fall when volume falls.
//
// # Periods and proration
//
// A Period is a half-open range of civil dates [start, end), with no time
// zone: a day ("2026-03-15"), an ISO week ("2026-W09"), a month ("2026-03"),
// a quarter ("2026-Q1"), a year ("2026"), a fiscal year named after the
// year it ends in, with its first month ("FY2026/Apr" runs from 2025-04-01
// to 2026-03-31), or any range ("2026-03-01..2026-04-01"). Periods split
// into days, weeks, months, quarters or years, step to the next or previous
// one, and overlap or intersect.
//
// A cost line need not be stated for the report's period. It may be stated
// for another period (an annual licence: Cost.Period), as a rate per unit
// of time (weekly payroll: Cost.Per), per unit (60 seats at 95.00 per seat
// per month: Cost.UnitPrice and Cost.Quantity; or 0.012 per handle minute
// of its driver), or once (Cost.Timing: a one-time cost either excluded from
// the figures or amortized in equal monthly parts). The model prorates each
// line into its period by its day-count Convention: ActualDays (Stripe's
// and Zuora's "actual"), Thirty360 (30E/360), EqualMonths (a year is 12
// equal months) or Weeks52 (a year is 52 weeks). The convention is an
// explicit input, recorded in the report; a model may leave it unset only
// when every convention gives the same amounts (a monthly rate in a monthly
// report), and otherwise its error shows what each would give. Prorate and
// Distribute do the same for single amounts; Distribute's parts sum exactly
// to the amount.
//
// Model.Series reports on each sub-period (each month of a year, say) with
// that sub-period's volumes, and totals them. Each line is booked once for
// the whole period, as a report of the whole period would book it, and
// distributed over the sub-periods in minor units, so the sub-periods add
// up exactly, to the cent, to the total; Series.Trend gives the cost per
// contact of each sub-period and its change.
//
// # Savings
//
// Model.Estimate says what a center would save by changing how contacts
// are handled. A Scenario applies levers to the model's volumes, in order:
// SelfServiceDeflection and IVRContainment move contacts from an
// agent-assisted channel to self-service or the IVR; IVRVerification (with
// filtering of silent callers), ACDRouting and FirstContactResolution cut
// handle time or repeat contacts; Callback trades queue minutes for
// outbound calls and fewer repeat calls. Each lever checks its inputs
// (rates within [0, 1], an after-rate no worse than its before-rate,
// seconds saved within the average handle time, no negative prices) and
// records them and its arithmetic, number by number, in
// LeverEstimate.Inputs and LeverEstimate.Formula.
//
// The estimate then reprices the model's own cost lines on the new volumes.
// This is where a cost line's behaviour matters. A Fixed cost (rent, most
// licences, the zero value) stays what it was: it does not go away when
// contacts do. A Variable cost moves in proportion to its Driver on its
// channels: agent wages with handle minutes, a toll-free bill with queue
// minutes, a per-contact fee with contacts. The levers add their own costs
// (self-service sessions, IVR minutes, outbound calls, subscriptions) as
// cost lines of their own, and their one-time investments go to the
// investment view. So the net saving is exactly the baseline's total minus
// the scenario's, the scenario's Report (per channel, cost per contact)
// comes with it, and nothing is counted twice: each lever acts on what the
// levers before it left, and the levers' increments add up exactly to the
// total. A lever's price for volume the model already prices (IVR minutes,
// self-service sessions, queue minutes) is refused with ErrConflict.
//
// Vendor calculators multiply the contacts removed by the fully loaded cost
// per contact. That treats every cost as variable and overstates the
// saving, because fixed costs do not fall with volume; the estimate shows
// that figure only as Savings.UpperBound. Deflecting easy contacts raises
// the cost per agent-assisted contact of those that remain while it lowers
// the total: Outcome shows both scopes.
//
// The investment view (Returns) gives the monthly net saving, the return
// on investment and the net present value over a horizon (a nominal annual
// discount rate, compounded monthly), the payback in months and the first
// month of non-negative cumulative savings with an optional ramp-up. For
// the rate levers, LeverEstimate.BreakEven is the deflection or containment
// rate at which the lever alone saves nothing, exact.
//
// # Exactness and rounding
//
// No figure passes through a float. Inputs are shopspring/decimal values;
// quotients are kept exact as a Ratio (1000/3 stays 1000/3), so an exact CPC
// multiplied by its contacts gives back the total exactly.
//
// Money is rounded once. Each cost line's amount is booked to the currency's
// minor unit (cents for USD, none for JPY, mils for KWD) by the model's
// RoundingMode; from there every split and sum is exact, in minor units:
// allocated parts sum to the line, channels sum to the total, the matrix sums
// by row and by column. Per-unit figures (CPC, cost per minute) are given both
// exact and rounded once by the Rounding policy: the zero policy rounds
// half-even to the currency's minor unit; Rounding.WithScale keeps more
// places. The modes are HalfEven, HalfUp, HalfDown, Up, Down, Ceiling and
// Floor.
//
// Division never uses shopspring/decimal's package-level DivisionPrecision,
// and nothing in this package reads or sets any of that library's package
// variables. JSON is written by this package, so the library's
// MarshalJSONWithoutQuotes setting has no effect on it.
//
// # Allocation
//
// Every split of money (shared costs over channels; Allocate, AllocateInt and
// AllocateUnits on their own) uses the largest-remainder (Hamilton) method in
// minor units. Each part first gets the floor of its exact share; the units
// left over, fewer than the number of parts, go one each to the parts with
// the largest remainders. So the parts always sum exactly to the amount, each
// part is within one minor unit of its exact share, a zero weight gets zero,
// and a negative amount splits as the exact mirror of the positive one.
// Empty, negative and all-zero weights are errors.
//
// Tie-break: between equal remainders the leftover unit goes to the part
// that comes first. For the allocation functions that is the first in the
// weights slice; in a report it is the channel whose name sorts first
// (byte-wise), so a report does not depend on the order of the model's
// volumes or cost lines, only on their content.
//
// Integer weights take a path with no big-number arithmetic when the amount
// fits in 63 bits and the weights' sum in 64 (128-bit products with
// math/bits), and a math/big path otherwise; both give identical results.
//
// # Errors
//
// No exported function panics on any input (the Must functions, meant for
// constants and tests, are the exception by design). Bad input gets an error
// that wraps one of the sentinel errors (ErrNoContacts, ErrNegative,
// ErrWeights, ErrUnknownChannel, ErrCurrencyMismatch, ...) for errors.Is, and
// says where the problem is with a *FieldError for errors.As:
//
//	contactcost: costs[2] "Office": amount: negative: -5
//
// Model.Validate (and Model.Report) report every problem of a model at once,
// joined with errors.Join, not only the first; Model.Estimate does the same
// for the numbers of each lever.
//
// # Bounds on input
//
// Every number entering the package is checked before any arithmetic: at
// most MaxIntegerDigits digits before the decimal point and
// MaxFractionDigits after it. Text (JSON strings, period strings) is at most
// MaxTextLength bytes per number or label. Hostile input such as
// "1e999999999" or megabytes of digits is refused with ErrTooLarge without
// exhausting memory or time.
//
// # JSON
//
// Model and Report marshal to and from a stable JSON form with snake_case
// field names, every amount and volume as a string ("1250.00"), exact ratios
// as strings ("1000/3" or "12.5"), undefined figures as null, and
// enumerations by name ("handle-time", "half-even", "assisted"). Decoding
// refuses unknown fields, trailing data and out-of-bounds numbers; a decoded
// Report is checked with Report.Verify, so one whose figures do not reconcile
// is refused.
//
// # Concurrency
//
// The package has no mutable package-level state. Models are plain data that
// the package reads and never modifies or retains; Reports, Ratios,
// Currencies, Periods and Rounding policies are values that nothing in the
// package modifies after creating them. All are safe for concurrent use as
// long as the caller does not modify them meanwhile.
package contactcost
