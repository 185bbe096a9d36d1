package contactcost

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// Returns is the investment view of a lever or a scenario.
type Returns struct {
	// OneTime is the one-time investment, booked to the minor unit by the
	// model's rounding mode. ROI, PaybackMonths, PaybackMonth and NPV are
	// worked on the exact investment, before booking.
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
	// cumulative net savings (ramp included) cover OneTime; 1 without a
	// one-time investment and a monthly net that is not negative; 0 when
	// they never do (a monthly net that is not positive, or negative
	// without an investment).
	PaybackMonth int
	// NPV is the net present value: −OneTime plus each month's net saving
	// of the horizon discounted at the scenario's rate; undefined without
	// a horizon.
	NPV Ratio
}

// returns computes the investment view of a net saving per period.
func (t scenarioTerms) returns(e *estimator, net decimal.Decimal, oneTime *big.Rat) Returns {
	monthly := new(big.Rat).Quo(net.Rat(), e.months)
	out := Returns{OneTime: e.base.r.p.pol.bookDecimal(ratioOfRat(oneTime)), MonthlyNet: ratioOfRat(monthly)}
	if monthly.Sign() > 0 {
		out.PaybackMonths = ratioOfRat(new(big.Rat).Quo(oneTime, monthly))
		out.PaybackMonth = paybackMonth(monthly, oneTime, t.ramp)
	}
	if oneTime.Sign() == 0 && monthly.Sign() >= 0 {
		out.PaybackMonth = 1
	}
	if t.horizon == 0 {
		return out
	}
	total, npv := t.horizonSums(monthly)
	npv.Sub(npv, oneTime)
	out.NPV = ratioOfRat(npv)
	if oneTime.Sign() > 0 {
		roi := sub(total, oneTime)
		out.ROI = ratioOfRat(roi.Quo(roi, oneTime))
	}
	return out
}

// horizonSums returns the net savings over the horizon and their present
// value, month m saving monthly × its ramp share, discounted by d^m with
// d = 1/(1 + the monthly rate). The months of the ramp are summed one by
// one; the rest, a geometric series, in closed form, so the work does not
// grow with the horizon.
func (t scenarioTerms) horizonSums(monthly *big.Rat) (total, pv *big.Rat) {
	d := new(big.Rat).Inv(new(big.Rat).Add(ratOne, t.monthly)) // the rate is above −1: 1 + r > 0
	total, pv = new(big.Rat), new(big.Rat)
	ramped := min(t.ramp-1, t.horizon) // months below full effect
	dm := big.NewRat(1, 1)
	for m := 1; m <= ramped; m++ {
		dm.Mul(dm, d)
		share := t.rampShare(m)
		total.Add(total, share)
		pv.Add(pv, mul(share, dm))
	}
	if full := t.horizon - max(ramped, 0); full > 0 {
		// Σ d^m for m = first .. horizon = d^first (1 − d^full) / (1 − d),
		// or full when d = 1.
		total.Add(total, big.NewRat(int64(full), 1))
		pv.Add(pv, geometric(d, max(ramped, 0)+1, full))
	}
	return total.Mul(total, monthly), pv.Mul(pv, monthly)
}

// geometric returns Σ d^m for m = first, ..., first + n − 1.
func geometric(d *big.Rat, first, n int) *big.Rat {
	if d.Cmp(ratOne) == 0 {
		return big.NewRat(int64(n), 1)
	}
	dFirst := ratPow(d, first)
	tail := sub(ratOne, ratPow(d, n))
	tail.Quo(tail, sub(ratOne, d))
	return tail.Mul(tail, dFirst)
}

// ratPow returns d^n for n ≥ 0 by repeated squaring.
func ratPow(d *big.Rat, n int) *big.Rat {
	num := new(big.Int).Exp(d.Num(), big.NewInt(int64(n)), nil)
	den := new(big.Int).Exp(d.Denom(), big.NewInt(int64(n)), nil)
	return new(big.Rat).SetFrac(num, den)
}

// rampShare returns the share of the full effect reached in month m.
func (t scenarioTerms) rampShare(m int) *big.Rat {
	if t.ramp == 0 || m >= t.ramp {
		return big.NewRat(1, 1)
	}
	return big.NewRat(int64(m), int64(t.ramp))
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
		n.Add(n, big.NewInt(1))
	}
	if !n.IsInt64() || n.Int64() > 1<<40 {
		return 0 // beyond any sensible horizon
	}
	return ramp + int(max(n.Int64(), 1))
}
