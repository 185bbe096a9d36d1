package contactcost

import (
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// Scenario is a set of levers applied to a model in the order given, and
// the terms of the investment view. Apply self-service deflection before
// IVR containment before the levers that cut handle time (DOMAIN order), so
// that no contact is saved twice; each lever acts on what the levers before
// it left.
type Scenario struct {
	// Levers are applied in this order.
	Levers []Lever
	// Staffing says whether agent hours and FTE follow handle time; the
	// zero value keeps them.
	Staffing Staffing
	// HorizonMonths is the horizon of the return on investment and the net
	// present value, 1 to 1200 months; zero leaves both undefined.
	HorizonMonths int
	// DiscountRate is the nominal annual rate that discounts monthly net
	// savings in the net present value, compounded monthly (0.08 discounts
	// each month by 1 + 0.08/12). It must be above −1.
	DiscountRate decimal.Decimal
	// RampMonths is how many months the levers take to reach their full
	// effect: month m of the ramp saves m/RampMonths of the full monthly
	// net. Zero means at once. It shapes the payback month, the return and
	// the net present value.
	RampMonths int
}

// Savings are what a lever, or a whole scenario, saves in the model's
// period, in minor units.
type Savings struct {
	// Gross is the fall in the model's own costs (and the queue minutes a
	// callback no longer pays for).
	Gross decimal.Decimal
	// Added is the levers' own cost in the period: self-service sessions,
	// IVR minutes, outbound calls, recurring subscriptions.
	Added decimal.Decimal
	// Net is Gross − Added: the baseline's total cost minus the scenario's.
	Net decimal.Decimal
	// UpperBound is the naive "fully loaded" figure vendor calculators
	// show: every agent-assisted contact removed priced at the baseline's
	// fully loaded cost per contact, and every handle minute saved on the
	// contacts left at the fully loaded cost per minute. It treats every
	// cost as variable, so it overstates: fixed costs (rent, most licences)
	// do not go away. It is labelled as an upper bound, never a forecast.
	UpperBound decimal.Decimal
}

// Outcome is a center's total cost and cost per contact under both scopes.
type Outcome struct {
	Total            decimal.Decimal // the total cost
	AssistedContacts decimal.Decimal // agent-assisted contacts
	AllContacts      decimal.Decimal // all contacts, IVR and self-service included
	// CostPerAssistedContact is Total / AssistedContacts, rounded by the
	// model's policy (zero when undefined).
	CostPerAssistedContact decimal.Decimal
	// CostPerContact is Total / AllContacts, rounded by the model's policy.
	CostPerContact decimal.Decimal
	// ExactCostPerAssistedContact and ExactCostPerContact are the exact
	// quotients.
	ExactCostPerAssistedContact, ExactCostPerContact Ratio
}

// VolumeChange is a channel's volumes before and after a lever.
type VolumeChange struct {
	Before, After Volume // Before is zero for a channel the lever created
}

// Returns is the investment view of a lever or a scenario.
type Returns struct {
	// OneTime is the one-time investment.
	OneTime decimal.Decimal
	// MonthlyNet is the net saving per month: the period's net saving over
	// the period's length in months (equal months: a quarter is 3).
	MonthlyNet Ratio
	// ROI is (net savings over the horizon − OneTime) / OneTime; undefined
	// without a one-time investment or a horizon.
	ROI Ratio
	// PaybackMonths is OneTime / MonthlyNet, ignoring any ramp; undefined
	// when the monthly net is not positive.
	PaybackMonths Ratio
	// PaybackMonth is the first month, counted from 1, at whose end the
	// cumulative net savings (ramp included) cover OneTime; 0 when they
	// never do (a monthly net that is not positive) and 1 without a
	// one-time investment.
	PaybackMonth int
	// NPV is the net present value: −OneTime plus each month's net saving
	// of the horizon discounted at the scenario's rate; undefined without a
	// horizon.
	NPV Ratio
}

// LeverEstimate is what one lever of a scenario does.
type LeverEstimate struct {
	Name string // the lever's name, or its kind
	Kind string // "self-service deflection", "IVR containment", ...
	// Inputs are the lever's inputs as used, with the field names of the
	// documentation.
	Inputs []Input
	// Formula is the arithmetic of the lever's volume changes and own
	// costs, line by line with the numbers, so a reader can redo it.
	Formula []string
	// Changes lists the channels whose volumes the lever changed.
	Changes []VolumeChange
	// Increment is what the lever saves in the scenario, after the levers
	// before it. The increments of a scenario add up exactly to its
	// Savings.
	Increment Savings
	// After is the center's outcome once this lever is applied.
	After Outcome
	// Alone is what the lever saves applied alone to the baseline.
	Alone Savings
	// AloneReturns is the investment view of the lever alone.
	AloneReturns Returns
	// BreakEven is, for a self-service deflection or an IVR containment,
	// the rate (in the lever's own terms: Rate, or TargetRate) at which
	// the lever alone saves exactly nothing, computed exactly on the
	// unrounded costs; undefined for other levers or when the rate does not
	// change the savings. Below it the lever loses money; a break-even
	// outside [0, 1] means it always pays (below 0) or never does (above
	// 1).
	BreakEven Ratio
}

// Estimate is the result of a scenario: the baseline and scenario reports,
// each lever's effect, and the total savings and returns.
type Estimate struct {
	Baseline Report          // the model as it is
	Scenario Report          // the model with every lever applied
	Levers   []LeverEstimate // what each lever did, in order
	// Savings are the scenario's: baseline total − scenario total, and the
	// sum of the levers' increments.
	Savings Savings
	Before  Outcome // the baseline's outcome
	After   Outcome // the scenario's outcome
	Returns Returns // the investment view of all the levers together
}

// Estimate applies the scenario's levers to the model in order and
// reprices the model on the volumes they leave: see the package
// documentation ("Savings"). It fails with the model's validation errors,
// ErrNotSet for a scenario without levers, and with a lever's errors, each
// naming the lever and field (`levers[1] "IVR containment": rate: out of
// range: 1.2 (want 0 to 1)`): rates outside [0, 1] (ErrOutOfRange), an
// after-rate worse than its before-rate (ErrWorse), a channel the model
// lacks (ErrUnknownChannel), seconds saved beyond the average handle time
// (ErrOutOfRange), negative prices (ErrNegative), a price for volume the
// model already prices (ErrConflict), every problem of a lever's own
// numbers at once (errors.Join); and for the scenario's terms, a
// discount rate of −100% or less, or a horizon or ramp outside 0 to 1200
// months (ErrOutOfRange).
func (m Model) Estimate(s Scenario) (Estimate, error) {
	base, err := m.compile()
	if err != nil {
		return Estimate{}, err
	}
	terms, err := s.terms()
	if err != nil {
		return Estimate{}, err
	}
	if len(s.Levers) == 0 {
		return Estimate{}, fieldErr("", "levers", ErrNotSet, "a scenario needs at least one lever")
	}
	baseline := base.report(nil)
	ref := newReference(base, baseline)

	est := Estimate{Baseline: baseline, Before: ref.outcome(baseline), Levers: make([]LeverEstimate, len(s.Levers))}
	st := newState(base, s.Staffing)
	start := ref.point(baseline, nil)
	prev := start
	oneTime := new(big.Rat)
	var scenario Report
	for i, lever := range s.Levers {
		if lever == nil {
			return Estimate{}, fieldErr("levers["+strconv.Itoa(i)+"]", "lever", ErrNotSet, "")
		}
		where := "levers[" + strconv.Itoa(i) + "] " + quoteTrunc(lever.label())
		before := st.snapshot()
		step, err := lever.apply(st, where)
		if err != nil {
			return Estimate{}, err
		}
		st.round()
		c, err := st.build()
		if err != nil {
			return Estimate{}, prefixErrors(where, err)
		}
		scenario = c.report(nil)
		cur := ref.point(scenario, st)
		oneTime.Add(oneTime, step.oneTime)

		alone, aloneOneTime, err := ref.alone(lever, s.Staffing, where)
		if err != nil {
			return Estimate{}, err
		}
		aloneSavings := ref.savings(start, alone)
		le := LeverEstimate{
			Name: lever.label(), Kind: lever.Kind(), Inputs: step.inputs, Formula: step.formula,
			Changes:      changes(before, st.chans),
			Increment:    ref.savings(prev, cur),
			After:        ref.outcome(scenario),
			Alone:        aloneSavings,
			AloneReturns: terms.returns(ref, aloneSavings.Net, aloneOneTime),
		}
		if rl, ok := lever.(rateLever); ok {
			be, err := ref.breakEven(rl, s.Staffing, where)
			if err != nil {
				return Estimate{}, err
			}
			le.BreakEven = be
		}
		est.Levers[i] = le
		prev = cur
	}
	est.Scenario = scenario
	est.After = ref.outcome(scenario)
	est.Savings = ref.savings(start, prev)
	est.Returns = terms.returns(ref, est.Savings.Net, oneTime)
	return est, nil
}

// scenarioTerms are a scenario's validated investment terms.
type scenarioTerms struct {
	horizon, ramp int
	monthly       *big.Rat // the monthly discount rate
}

func (s Scenario) terms() (scenarioTerms, error) {
	var t scenarioTerms
	if s.Staffing > StaffingFollowsWorkload {
		return t, fieldErr("", "staffing", ErrInvalid, s.Staffing.String())
	}
	if s.HorizonMonths < 0 || s.HorizonMonths > maxAmortizeMonths {
		return t, fieldErr("", "horizon_months", ErrOutOfRange, strconv.Itoa(s.HorizonMonths)+" (want 0 to 1200)")
	}
	if s.RampMonths < 0 || s.RampMonths > maxAmortizeMonths {
		return t, fieldErr("", "ramp_months", ErrOutOfRange, strconv.Itoa(s.RampMonths)+" (want 0 to 1200)")
	}
	r, err := checkAmount("", "discount_rate", s.DiscountRate, true)
	if err != nil {
		return t, err
	}
	if r.rat().Cmp(big.NewRat(-1, 1)) <= 0 {
		return t, fieldErr("", "discount_rate", ErrOutOfRange, r.decimal().String()+" (want above −1, that is −100%)")
	}
	t.horizon, t.ramp = s.HorizonMonths, s.RampMonths
	t.monthly = new(big.Rat).Quo(r.rat(), big.NewRat(12, 1))
	return t, nil
}

// returns computes the investment view of a net saving per period.
func (t scenarioTerms) returns(ref *reference, net decimal.Decimal, oneTime *big.Rat) Returns {
	monthly := new(big.Rat).Quo(net.Rat(), ref.months)
	out := Returns{
		OneTime:    decimal.NewFromBigInt(roundRat(oneTime, ref.minor(), HalfEven), -ref.minor()),
		MonthlyNet: Ratio{monthly},
	}
	// ramp(m) is the share of the full effect reached in month m.
	ramp := func(m int) *big.Rat {
		if t.ramp == 0 || m >= t.ramp {
			return big.NewRat(1, 1)
		}
		return big.NewRat(int64(m), int64(t.ramp))
	}
	if monthly.Sign() > 0 {
		out.PaybackMonths = Ratio{new(big.Rat).Quo(oneTime, monthly)}
		out.PaybackMonth = paybackMonth(monthly, oneTime, t.ramp)
	}
	if oneTime.Sign() == 0 && monthly.Sign() >= 0 {
		out.PaybackMonth = 1
	}
	if t.horizon > 0 {
		total, npv := new(big.Rat), new(big.Rat).Neg(oneTime)
		factor := new(big.Rat).Add(ratOne, t.monthly) // > 0: the rate is above −1
		discount := big.NewRat(1, 1)
		for m := 1; m <= t.horizon; m++ {
			month := mul(monthly, ramp(m))
			total.Add(total, month)
			discount.Mul(discount, factor)
			npv.Add(npv, new(big.Rat).Quo(month, discount))
		}
		out.NPV = Ratio{npv}
		if oneTime.Sign() > 0 {
			roi := sub(total, oneTime)
			out.ROI = Ratio{roi.Quo(roi, oneTime)}
		}
	}
	return out
}

// paybackMonth returns the first month whose cumulative net (with a linear
// ramp over ramp months) covers oneTime, for a positive monthly net.
func paybackMonth(monthly, oneTime *big.Rat, ramp int) int {
	cum := new(big.Rat)
	for m := 1; m <= ramp; m++ {
		cum.Add(cum, new(big.Rat).Quo(mul(monthly, big.NewRat(int64(m), 1)), big.NewRat(int64(ramp), 1)))
		if cum.Cmp(oneTime) >= 0 {
			return m
		}
	}
	// After the ramp each month adds the full monthly net.
	rest := new(big.Rat).Quo(sub(oneTime, cum), monthly)
	n := new(big.Int).Quo(rest.Num(), rest.Denom())
	if new(big.Rat).SetInt(n).Cmp(rest) < 0 {
		n.Add(n, bigOne)
	}
	if !n.IsInt64() || n.Int64() > 1<<40 {
		return 0 // beyond any sensible horizon
	}
	return ramp + int(max(n.Int64(), 1))
}

// reference holds the baseline figures every saving is measured against.
type reference struct {
	base     *compiled
	baseline Report
	months   *big.Rat // months in the model's period
	total    *big.Rat // baseline total cost
	assisted *big.Rat // baseline agent-assisted contacts
	minutes  *big.Rat // baseline agent-assisted handle minutes
}

func newReference(base *compiled, baseline Report) *reference {
	ref := &reference{base: base, baseline: baseline, total: baseline.Total.Total.Rat(),
		assisted: new(big.Rat), minutes: new(big.Rat)}
	p := base.m.Period
	ref.months = calendarUnits(Month, p.start.n, p.end.n)
	for _, ch := range base.channels {
		if !ch.automated {
			ref.assisted.Add(ref.assisted, ch.figures[Contacts].rat())
			ref.minutes.Add(ref.minutes, ch.figures[HandleMinutes].rat())
		}
	}
	return ref
}

func (ref *reference) minor() int32 { return ref.base.m.Currency.MinorUnits() }

// point is a scenario's position: its total, its lever lines' costs, and
// its naive upper bound against the baseline.
type point struct {
	total, added *big.Rat // booked totals, as rationals
	upper        *big.Rat // exact
}

func (ref *reference) point(r Report, st *scenarioState) point {
	p := point{total: r.Total.Total.Rat(), added: new(big.Rat), upper: new(big.Rat)}
	nModel := len(ref.base.costs)
	for i := nModel; i < len(r.Lines); i++ {
		if a := r.Lines[i].Amount.Rat(); a.Sign() > 0 {
			p.added.Add(p.added, a)
		}
	}
	if st == nil || ref.assisted.Sign() == 0 {
		return p
	}
	// Contacts removed at the fully loaded cost per contact, and minutes
	// saved on the contacts left at the fully loaded cost per minute.
	cpc := new(big.Rat).Quo(ref.total, ref.assisted)
	for j, ch := range ref.base.channels {
		if ch.automated {
			continue
		}
		c0, h0 := ch.figures[Contacts].rat(), ch.figures[HandleMinutes].rat()
		cs := st.chans[j]
		removed := sub(c0, cs.figures[Contacts])
		p.upper.Add(p.upper, mul(removed, cpc))
		if ref.minutes.Sign() > 0 && c0.Sign() > 0 {
			expected := new(big.Rat).Quo(mul(h0, cs.figures[Contacts]), c0)
			saved := sub(expected, cs.figures[HandleMinutes])
			p.upper.Add(p.upper, new(big.Rat).Quo(mul(saved, ref.total), ref.minutes))
		}
	}
	return p
}

// savings returns the savings from point a to point b.
func (ref *reference) savings(a, b point) Savings {
	minor := ref.minor()
	mode := ref.base.m.Rounding.Mode
	money := func(r *big.Rat) decimal.Decimal { return decimal.NewFromBigInt(roundRat(r, minor, mode), -minor) }
	net := sub(a.total, b.total)
	added := sub(b.added, a.added)
	return Savings{
		Gross:      money(new(big.Rat).Add(net, added)),
		Added:      money(added),
		Net:        money(net),
		UpperBound: money(sub(b.upper, a.upper)),
	}
}

// outcome returns a report's total and cost per contact in both scopes.
func (ref *reference) outcome(r Report) Outcome {
	total := r.Total.Total.Rat()
	scale := r.Rounding.Scale(r.Currency)
	round := func(x Ratio) decimal.Decimal {
		if !x.IsDefined() {
			return decimal.Decimal{}
		}
		return decimal.NewFromBigInt(roundRat(x.r, scale, r.Rounding.Mode), -scale)
	}
	assisted := quoRat(total, r.Total.AssistedContacts.Rat())
	all := quoRat(total, r.Total.AllContacts.Rat())
	return Outcome{
		Total: r.Total.Total, AssistedContacts: r.Total.AssistedContacts, AllContacts: r.Total.AllContacts,
		CostPerAssistedContact: round(assisted), CostPerContact: round(all),
		ExactCostPerAssistedContact: assisted, ExactCostPerContact: all,
	}
}

// alone applies one lever to the baseline and returns the point it reaches
// and its one-time investment.
func (ref *reference) alone(l Lever, staffing Staffing, where string) (point, *big.Rat, error) {
	st := newState(ref.base, staffing)
	step, err := l.apply(st, where)
	if err != nil {
		return point{}, nil, err
	}
	st.round()
	c, err := st.build()
	if err != nil {
		return point{}, nil, prefixErrors(where, err)
	}
	return ref.point(c.report(nil), st), step.oneTime, nil
}

// breakEven returns the lever's rate at which its net saving alone is zero,
// computed on the exact (unbooked) totals. Those are linear in the lever's
// share of contacts: every variable cost moves in proportion to volumes
// that move in proportion to the share, and the lever's own costs too. So
// two evaluations, at shares 0 and 1, give the line.
func (ref *reference) breakEven(l rateLever, staffing Staffing, where string) (Ratio, error) {
	baseExact := exactTotal(ref.base)
	net := func(share *big.Rat) (*big.Rat, error) {
		st := newState(ref.base, staffing)
		if _, err := l.withShare(share).apply(st, where); err != nil {
			return nil, err
		}
		c, err := st.build()
		if err != nil {
			return nil, prefixErrors(where, err)
		}
		return sub(baseExact, exactTotal(c)), nil
	}
	n0, err := net(new(big.Rat))
	if err != nil {
		return Ratio{}, err
	}
	n1, err := net(big.NewRat(1, 1))
	if err != nil {
		return Ratio{}, err
	}
	slope := sub(n1, n0)
	if slope.Sign() == 0 {
		return Ratio{}, nil
	}
	share := new(big.Rat).Neg(n0)
	share.Quo(share, slope)
	return Ratio{l.rateOfShare(share)}, nil
}

// exactTotal returns the sum of the exact amounts of a compiled model's
// lines.
func exactTotal(c *compiled) *big.Rat {
	t := new(big.Rat)
	for _, cd := range c.costs {
		t.Add(t, cd.exact)
	}
	return t
}

// changes lists the channels whose volumes differ between before and after.
func changes(before, after []*chanState) []VolumeChange {
	var out []VolumeChange
	for j, cs := range after {
		if j >= len(before) {
			out = append(out, VolumeChange{After: cs.volume()})
			continue
		}
		b := before[j]
		same := b.offered.Cmp(cs.offered) == 0 && b.abandoned.Cmp(cs.abandoned) == 0
		for m := Contacts; m <= FTE && same; m++ {
			same = b.figures[m].Cmp(cs.figures[m]) == 0
		}
		if !same {
			out = append(out, VolumeChange{Before: b.volume(), After: cs.volume()})
		}
	}
	return out
}
