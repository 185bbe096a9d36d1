package contactcost

import (
	"math/big"

	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Returns is the investment view of a scenario or of one lever over the
// horizon, as Forrester's Total Economic Impact (TEI) frames it: the
// one-time investment at the start, then each month's cash flow with
// every lever on its rollout, and what a finance team reads from them.
//
// Each month's gross saving and added cost are booked to the minor unit
// once, by the model's rounding mode; every other money figure is a sum
// of those, or of their present values, so the figures reconcile: Net =
// Benefits − Costs, NPV = PresentBenefits − PresentCosts, the years sum
// the months.
type Returns struct {
	// OneTime is the levers' one-time investment, paid at the start of
	// the horizon (month 0), undiscounted.
	OneTime decimal.Decimal
	// Months are the cash flows of months 1 to the horizon.
	Months []CashFlow
	// Years are the cash flows of each run of 12 months (the last may be
	// shorter); a year's Month is its last month.
	Years []CashFlow
	// Benefits is the sum of the months' gross savings and Costs the
	// one-time investment plus the sum of their added costs (the levers'
	// per-use costs and monthly fees, and the rise of the model's lines
	// they raise: a cost is a cost wherever it is priced); Net is Benefits
	// − Costs.
	Benefits, Costs, Net decimal.Decimal
	// ROI is Net / Costs over the horizon, undiscounted: TEI's (benefits −
	// costs) / costs. Undefined when Costs is zero.
	ROI Ratio
	// PresentBenefits and PresentCosts are Benefits and Costs with month
	// m's amounts discounted by v^m (the one-time investment is not
	// discounted); each rounded once by the model's rounding mode.
	PresentBenefits, PresentCosts decimal.Decimal
	// NPV is the net present value: PresentBenefits − PresentCosts.
	NPV decimal.Decimal
	// DiscountedROI is NPV / PresentCosts, the ROI of TEI studies, which
	// work on present values. Undefined when PresentCosts is zero.
	DiscountedROI Ratio
	// PaybackMonth is the first month, counted from 1, at whose end the
	// cumulative net cash flow (after the one-time investment) is zero or
	// more. It may lie past the horizon: the cash flows go on past it as
	// within it (the seasons repeat, ramps run to their end, fees go on).
	// Zero when the payback does not come within 100 years.
	PaybackMonth int
}

// CashFlow is the cash flow of one month, or the total of a year of them.
type CashFlow struct {
	Month int             // the month, counted from 1 (a year's last)
	Gross decimal.Decimal // the gross saving
	Added decimal.Decimal // the levers' per-use costs and fees, and the rise of the model's lines they raise
	Net   decimal.Decimal // Gross − Added
	// Cumulative is −OneTime plus the net cash flow of every month up to
	// and including Month.
	Cumulative decimal.Decimal
}

// horizonResult is a horizon's Returns and the exact cumulative net cash
// flow at its end, which break-evens solve on.
type horizonResult struct {
	out             Returns
	exactCumulative *big.Rat
}

// returns works out the investment view of levers, each at its index in
// at (nil: 0, 1, ...) in the scenario; with only the exact cumulative net
// cash flow at the horizon's end when endOnly (a break-even). full, when
// known, is the model's period with every lever at its full effect (fees
// included), which a month with every lever at its full effect is, over
// the period's months.
func (e *estimator) returns(levers []Lever, at []int, endOnly bool, full *point) (horizonResult, error) {
	f, oneTime := e.newFlowRun(levers, at, full)
	pol := e.period.c.r.p.pol
	H := e.terms.months
	res := horizonResult{exactCumulative: new(big.Rat).Neg(oneTime)}
	out := &res.out
	booked := pol.book(ratioOfRat(oneTime))
	out.OneTime = pol.money(booked)
	sums := horizonSums{cum: booked.Neg(), pvB: new(big.Int), pvC: new(big.Int)}
	out.Months = make([]CashFlow, H)
	for m := 1; m <= H; m++ {
		fl, err := f.month(m)
		if err != nil {
			return horizonResult{}, err
		}
		res.exactCumulative.Add(res.exactCumulative, sub(fl.gross, fl.added))
		if endOnly {
			continue
		}
		g, a := pol.book(ratioOfRat(fl.gross)), pol.book(ratioOfRat(fl.added))
		net := g.Sub(a)
		sums.add(g, a, e.terms.factors[m-1])
		out.Months[m-1] = CashFlow{Month: m, Gross: pol.money(g), Added: pol.money(a), Net: pol.money(net), Cumulative: pol.money(sums.cum)}
		if out.PaybackMonth == 0 && sums.cum.Sign() >= 0 {
			out.PaybackMonth = m
		}
	}
	if endOnly {
		return res, nil
	}
	out.Years = years(out.Months, pol)
	sums.finish(out, booked, pol)
	if out.PaybackMonth == 0 {
		p, err := f.paybackAfter(H, sums.cum)
		if err != nil {
			return horizonResult{}, err
		}
		out.PaybackMonth = p
	}
	return res, nil
}

// newFlowRun prepares the monthly flows of levers, each at its index in at
// (nil: 0, 1, ...), and returns their one-time investment.
func (e *estimator) newFlowRun(levers []Lever, at []int, full *point) (*flowRun, *big.Rat) {
	if at == nil {
		at = make([]int, len(levers))
		for i := range at {
			at[i] = i
		}
	}
	f := &flowRun{e: e, levers: levers, at: at, infos: make([]leverInfo, len(levers)), fees: make([]*big.Rat, len(levers)),
		cache: make(map[string]monthFlow), full: full}
	oneTime := new(big.Rat)
	for i, l := range levers {
		f.infos[i] = l.describe()
		f.fees[i] = boundedRat(f.infos[i].inv.MonthlyFee)
		oneTime.Add(oneTime, boundedRat(f.infos[i].inv.OneTime))
	}
	return f, oneTime
}

// horizonSums runs through a horizon's booked months: the cumulative net
// cash flow, the benefits and costs, and their present values in units of
// 10^-discountPlaces minor units.
type horizonSums struct {
	cum, benefits, costs exact.Int
	pvB, pvC             *big.Int
}

// add takes a month's booked gross and added amounts, discounted by v.
func (h *horizonSums) add(g, a exact.Int, v *big.Int) {
	h.cum = h.cum.Add(g.Sub(a))
	h.benefits, h.costs = h.benefits.Add(g), h.costs.Add(a)
	h.pvB.Add(h.pvB, new(big.Int).Mul(g.Big(), v))
	h.pvC.Add(h.pvC, new(big.Int).Mul(a.Big(), v))
}

// finish writes the totals, the ROIs and the present values, with the
// booked one-time investment among the costs, undiscounted.
func (h *horizonSums) finish(out *Returns, oneTime exact.Int, pol policy) {
	costs := h.costs.Add(oneTime)
	out.Benefits, out.Costs, out.Net = pol.money(h.benefits), pol.money(costs), pol.money(h.benefits.Sub(costs))
	out.ROI = quo(h.benefits.Sub(costs).Rat(0), costs.Rat(0))
	one := exact.Pow10(discountPlaces)
	presentB := exact.BigInt(exact.RoundQuo(h.pvB, one, pol.mode))
	presentC := exact.BigInt(exact.RoundQuo(h.pvC, one, pol.mode)).Add(oneTime)
	out.PresentBenefits, out.PresentCosts = pol.money(presentB), pol.money(presentC)
	out.NPV = pol.money(presentB.Sub(presentC))
	out.DiscountedROI = quo(presentB.Sub(presentC).Rat(0), presentC.Rat(0))
}

// paybackAfter looks for the payback month past the horizon, whose
// cumulative net cash flow is cum. Once every lever is at its full effect
// the flows repeat with the seasons, so a cycle of them that does not
// raise the cumulative means it never pays back.
func (f *flowRun) paybackAfter(h int, cum exact.Int) (int, error) {
	pol := f.e.period.c.r.p.pol
	cycle := max(len(f.e.seasons), 1)
	steady := 0 // the first month with every lever at its full effect
	for _, info := range f.infos {
		steady = max(steady, info.roll.DelayMonths+info.roll.RampMonths+1)
	}
	var cycleStart exact.Int
	for m := h + 1; m <= maxPaybackMonths; m++ {
		if m >= steady && (m-steady)%cycle == 0 {
			if m-cycle >= max(steady, h+1) && cum.Cmp(cycleStart) <= 0 {
				return 0, nil
			}
			cycleStart = cum
		}
		fl, err := f.month(m)
		if err != nil {
			return 0, err
		}
		cum = cum.Add(pol.book(ratioOfRat(fl.gross)).Sub(pol.book(ratioOfRat(fl.added))))
		if cum.Sign() >= 0 {
			return m, nil
		}
	}
	return 0, nil
}

// years sums months into runs of 12.
func years(months []CashFlow, pol policy) []CashFlow {
	var out []CashFlow
	for start := 0; start < len(months); start += 12 {
		end := min(start+12, len(months))
		y := CashFlow{Month: end, Cumulative: months[end-1].Cumulative}
		for _, m := range months[start:end] {
			y.Gross, y.Added, y.Net = y.Gross.Add(m.Gross), y.Added.Add(m.Added), y.Net.Add(m.Net)
		}
		out = append(out, y)
	}
	return out
}
