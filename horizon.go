package contactcost

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/contactcost/contactcost/internal/civil"
	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Horizon is the time frame of a scenario's investment view: how many
// months it looks ahead, how later money is discounted, and, optionally,
// each month's volumes, so a seasonal center's cash flows follow its
// seasons.
//
// Month m of the horizon, counted from 1, is the m-th month from the start
// of the model's period. Without Seasons every month saves the model
// period's amounts over the period's length in months (see
// Scenario.Convention); with them, month m is the ((m − 1) mod n)-th of
// the n months of the model's period, with that month's volumes and its
// share of the model's costs, repriced on its own.
type Horizon struct {
	// Months is the horizon, 1 to 600 months; zero means no investment
	// view.
	Months int
	// DiscountRate is the annual discount rate, a fraction from 0 to 1
	// (0.08 is 8%). Each month's cash flow is discounted at the month's
	// end: month m by v^m, v the monthly discount factor.
	DiscountRate decimal.Decimal
	// Compounding says how the annual rate becomes the monthly one;
	// required when DiscountRate is not zero.
	Compounding Compounding
	// Seasons, when given, are the volumes of each calendar month of the
	// model's period (whole months), one PeriodVolumes per month, in any
	// order. They must add up to the model's volumes, channel by channel
	// and figure by figure, so that the period view and the cash flows
	// describe the same center. A month may lack a channel (one launched
	// later); a lever that works on it then fails, naming the month.
	Seasons []PeriodVolumes
}

// Compounding says how an annual discount rate becomes a monthly one.
type Compounding uint8

// The compounding conventions.
const (
	// CompoundingMonthly reads the rate as nominal annual, compounded
	// monthly: the monthly rate is rate / 12, so v = 1 / (1 + rate/12).
	CompoundingMonthly Compounding = iota + 1
	// CompoundingAnnual reads the rate as effective annual: twelve months
	// discount by exactly 1 + rate, so v = (1 + rate)^(−1/12).
	CompoundingAnnual
)

var compoundingEnum = enum{typ: "Compounding", field: "compounding", names: []string{
	CompoundingMonthly: "monthly", CompoundingAnnual: "annual"}}

// String returns "monthly" or "annual".
func (c Compounding) String() string { return compoundingEnum.name(int(c)) }

// MarshalText implements [encoding.TextMarshaler]; the zero Compounding
// (not set) marshals as empty text.
func (c Compounding) MarshalText() ([]byte, error) { return compoundingEnum.text(int(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Compounding) UnmarshalText(text []byte) error {
	return compoundingEnum.unmarshal(text, (*uint8)(c))
}

const (
	// MaxHorizonMonths bounds a horizon, a delay and a ramp: 50 years.
	MaxHorizonMonths = 600
	// maxPaybackMonths is how far a payback is looked for past the
	// horizon, on the horizon's last year repeated: 100 years.
	maxPaybackMonths = 1200
	// discountPlaces is the precision of the discount factors: each is
	// rounded half-even to this many decimal places. With amounts within
	// the package bounds and at most MaxHorizonMonths months, the present
	// values are within 10^-10 of a minor unit of their exact values
	// before their one rounding.
	discountPlaces = 80
)

// horizonTerms are a horizon's validated terms.
type horizonTerms struct {
	months      int
	rate        number // the annual discount rate
	compounding Compounding
	factors     []*big.Int // v^m for m = 1..months, in units of 10^-discountPlaces
}

func (h Horizon) terms() (horizonTerms, error) {
	var errs errList
	var t horizonTerms
	if h.Months < 0 || h.Months > MaxHorizonMonths {
		errs.add(argErr("horizon.months", ErrOutOfRange, strconv.Itoa(h.Months)+" (want 0 to "+strconv.Itoa(MaxHorizonMonths)+")"))
	}
	rate, err := checkArg("horizon.discount_rate", h.DiscountRate, true)
	errs.add(err)
	if err == nil && (rate.Sign() < 0 || rate.Cmp(exactOne) > 0) {
		hint := ""
		if rate.Cmp(exactOne) > 0 {
			hint = "; a rate is a fraction: 0.08 is 8%"
		}
		errs.add(argErr("horizon.discount_rate", ErrOutOfRange, rate.String()+" (want 0 to 1"+hint+")"))
	}
	switch {
	case h.Compounding != 0 && !compoundingEnum.valid(int(h.Compounding)):
		errs.add(argErr("horizon.compounding", ErrInvalid, h.Compounding.String()))
	case h.Compounding == 0 && h.DiscountRate.Sign() != 0:
		errs.add(argErr("horizon.compounding", ErrNotSet, "say how the annual rate compounds: "+compoundingEnum.list()))
	}
	if h.Months == 0 {
		for _, f := range []struct {
			set  bool
			name string
		}{{h.DiscountRate.Sign() != 0, "discount_rate"}, {h.Compounding != 0, "compounding"}, {len(h.Seasons) > 0, "seasons"}} {
			if f.set {
				errs.add(argErr("horizon."+f.name, ErrConflict, "set without horizon.months"))
			}
		}
	}
	if len(errs) > 0 {
		return t, errs.join()
	}
	t.months, t.rate, t.compounding = h.Months, rate, h.Compounding
	t.factors = discountFactors(monthlyFactor(rate.Rat(), h.Compounding), h.Months)
	return t, nil
}

// monthlyFactor returns the monthly discount factor v of an annual rate,
// in units of 10^-discountPlaces, rounded half-even.
func monthlyFactor(rate *big.Rat, c Compounding) *big.Int {
	one := exact.Pow10(discountPlaces)
	if rate.Sign() == 0 {
		return one
	}
	if c == CompoundingMonthly {
		// v = 12 / (12 + rate)
		den := new(big.Rat).Add(big.NewRat(12, 1), rate)
		num := new(big.Int).Mul(new(big.Int).Mul(big.NewInt(12), one), den.Denom())
		return exact.RoundQuo(num, den.Num(), exact.HalfEven)
	}
	// v = 1 / (1 + rate)^(1/12): the twelfth root to discountPlaces + 10
	// places (rounded down), then its inverse, rounded half-even.
	const guard = 10
	base := new(big.Rat).Add(ratOne, rate)
	n := new(big.Int).Mul(base.Num(), exact.Pow10(12*(discountPlaces+guard)))
	n.Quo(n, base.Denom())
	root := nthRoot(n, 12) // (1 + rate)^(1/12) in units of 10^-(discountPlaces+guard)
	num := exact.Pow10(2*discountPlaces + guard)
	return exact.RoundQuo(num, root, exact.HalfEven)
}

// nthRoot returns ⌊n^(1/k)⌋ for n > 0, by Newton's method from above.
func nthRoot(n *big.Int, k int) *big.Int {
	kk := big.NewInt(int64(k))
	km1 := big.NewInt(int64(k - 1))
	x := new(big.Int).Lsh(big.NewInt(1), uint(n.BitLen()/k+1)) // above the root
	for {
		// y = ((k−1)x + n / x^(k−1)) / k
		p := new(big.Int).Exp(x, km1, nil)
		y := new(big.Int).Quo(n, p)
		y.Add(y, new(big.Int).Mul(km1, x))
		y.Quo(y, kk)
		if y.Cmp(x) >= 0 {
			return x
		}
		x = y
	}
}

// discountFactors returns v^m for m = 1..n, each the previous times v
// rounded half-even to discountPlaces places.
func discountFactors(v *big.Int, n int) []*big.Int {
	one := exact.Pow10(discountPlaces)
	out := make([]*big.Int, n)
	cur := one
	for m := range out {
		if v.Cmp(one) == 0 {
			out[m] = one
			continue
		}
		cur = exact.RoundQuo(new(big.Int).Mul(cur, v), one, exact.HalfEven)
		out[m] = cur
	}
	return out
}

// periodMonths returns the length of a period in months: a period of whole
// calendar months is that many; any other is 12 × its length in years by
// the convention, which must measure a week the same wherever it falls.
func periodMonths(p Period, c Convention) (*big.Rat, error) {
	s, e := p.start.n, p.end.n
	if _, _, d := civil.Date(s); d == 1 {
		if _, _, d := civil.Date(e); d == 1 {
			return big.NewRat(int64(civil.MonthOf(e)-civil.MonthOf(s)), 1), nil
		}
	}
	const want = `"actual-days" (the period's share of its year's days) or "52-weeks" (a week is 12/52 of a month)`
	switch c {
	case ConventionActualDays, Convention52Weeks:
		years := c.units(UnitYear, s, e)
		return years.Mul(years, big.NewRat(12, 1)), nil
	case 0:
		return nil, argErr("convention", ErrNotSet, "the model's period "+p.String()+
			" is not whole calendar months; say how to measure it in months: "+want)
	case ConventionEqualMonths:
		return nil, argErr("convention", ErrInvalid, "equal-months measures a part of a month by that month's days, "+
			"so the same week would be a different share of a month in February and in March; choose "+want)
	case Convention30E360:
		return nil, argErr("convention", ErrInvalid, "30e/360 counts days unevenly at month ends "+
			"(2026-02-25 to 2026-03-04 is 9 days); choose "+want)
	}
	return nil, argErr("convention", ErrInvalid, c.String())
}

// compileEstimate validates the model, and the seasons' volumes when
// given, with one plan, and prices the model's period and each month.
func compileEstimate(m *Model, seasons []PeriodVolumes) (*compiled, []*compiled, error) {
	if len(seasons) == 0 {
		c, err := compileReport(m)
		return c, nil, err
	}
	c := newCompiler(m)
	if !c.header() {
		return nil, nil, c.result()
	}
	vs := c.checkVolumes(loc{path: "volumes"}, m.Volumes, m.Period)
	var pieces []Period
	var sets []*volumeSet
	if !wholeMonths(m.Period) {
		c.errs.add(argErr("horizon.seasons", ErrConflict, "the model's period "+m.Period.String()+
			" is not whole calendar months, so it has no months to give volumes for"))
	} else if ps, err := m.Period.Split(UnitMonth); err != nil {
		c.errs.add(err)
	} else {
		pieces = ps
		order := matchPeriods("horizon.seasons", pieces, seasons, &c.errs)
		if len(c.errs) == 0 {
			sets = c.seriesVolumes("horizon.seasons", pieces, order, seasons)
		}
	}
	if c.tooLarge {
		return nil, nil, c.result()
	}
	c.costs()
	c.scopeCheck(vs)
	c.checkSize(append([]*volumeSet{vs}, sets...))
	if c.tooLarge {
		return nil, nil, c.result()
	}
	if len(c.errs) == 0 {
		c.sameTotals(vs, sets)
	}
	r := newRun(c.p, vs)
	r.errs, r.unknown = &c.errs, &c.unknown
	lines := r.price(m.Strict, true)
	out := make([]*compiled, len(sets))
	seen := make(map[problemKey]bool)
	for k, set := range sets {
		mr := newRun(c.p, set)
		var errs errList
		mr.errs, mr.unknown = &errs, &c.unknown
		out[k] = &compiled{r: mr, lines: mr.price(false, true)}
		c.errs = append(c.errs, firstOfEach(errs, set.period, seen)...)
	}
	c.hints()
	if err := c.result(); err != nil {
		return nil, nil, err
	}
	r.book(lines)
	r.errs, r.unknown = nil, nil
	for _, mc := range out {
		mc.r.book(mc.lines)
		mc.r.errs, mc.r.unknown = nil, nil
	}
	return &compiled{r: r, lines: lines}, out, nil
}

// wholeMonths reports whether a period starts and ends on the first of a
// month.
func wholeMonths(p Period) bool {
	_, _, d1 := civil.Date(p.start.n)
	_, _, d2 := civil.Date(p.end.n)
	return d1 == 1 && d2 == 1
}

// sameTotals reports a channel figure whose months do not add up to the
// model's.
func (c *compiler) sameTotals(vs *volumeSet, sets []*volumeSet) {
	fields := []string{"contacts", "handle_minutes", "queue_minutes", "agent_hours", "fte", "offered", "abandoned"}
	figures := func(cv *chanVolume) []Ratio {
		return []Ratio{cv.exact[MeasureContacts], cv.exact[MeasureHandleMinutes], cv.exact[MeasureQueueMinutes],
			cv.exact[MeasureAgentHours], cv.exact[MeasureFTE], cv.offered, cv.abandoned}
	}
	for j, name := range c.p.chans.names {
		sums := make([]*big.Rat, len(fields))
		for k := range sums {
			sums[k] = new(big.Rat)
		}
		for _, set := range sets {
			if set.present(j) {
				for k, x := range figures(set.vols[j]) {
					sums[k].Add(sums[k], x.rat())
				}
			}
		}
		if !vs.present(j) {
			c.errs.add(argErr("horizon.seasons", ErrConflict, "channel "+quote(string(name))+" has volumes in the months but none in the model"))
			continue
		}
		for k, want := range figures(vs.vols[j]) {
			if sums[k].Cmp(want.rat()) != 0 {
				c.errs.add(argErr("horizon.seasons", ErrConflict, quote(string(name))+" "+fields[k]+": the months add up to "+
					fmtRat(sums[k])+", the model has "+fmtRat(want.rat())))
			}
		}
	}
}

// monthFlow is one month's exact cash flow: the gross saving and the
// added costs (the levers' per-use costs and monthly fees, and the rise
// of the model's lines they raise).
type monthFlow struct {
	gross, added *big.Rat
}

// flowRun works out the monthly cash flows of a set of levers, each on its
// rollout. Months that leave the levers at the same adoption in the same
// season are worked out once.
type flowRun struct {
	e      *estimator
	levers []Lever
	at     []int // each lever's index in the scenario
	infos  []leverInfo
	fees   []*big.Rat // each lever's monthly fee
	cache  map[string]monthFlow
	full   *point            // the period at every lever's full effect, when known
	ends   map[int]*lineEnds // a single lever's two priced months, per season
	key    strings.Builder
}

// adoption returns lever i's share of its full effect in month m, or nil
// when it is not live yet.
func (f *flowRun) adoption(i, m int) *big.Rat {
	ro := f.infos[i].roll
	switch {
	case m <= ro.DelayMonths:
		return nil
	case ro.RampMonths == 0 || m-ro.DelayMonths >= ro.RampMonths:
		return ratOne
	}
	return big.NewRat(int64(m-ro.DelayMonths), int64(ro.RampMonths))
}

// month returns month m's cash flow.
func (f *flowRun) month(m int) (monthFlow, error) {
	e := f.e
	season, bl := 0, e.period
	if len(e.seasons) > 0 {
		season = (m - 1) % len(e.seasons)
		bl = e.seasons[season]
	}
	shares := make([]*big.Rat, len(f.levers))
	f.key.Reset()
	f.key.WriteString(strconv.Itoa(season))
	fees := new(big.Rat)
	for i := range f.levers {
		shares[i] = f.adoption(i, m)
		f.key.WriteByte('|')
		if shares[i] != nil {
			// The share is (m − delay)/ramp, capped at 1: its live month
			// names it.
			ro := f.infos[i].roll
			f.key.WriteString(strconv.Itoa(min(m-ro.DelayMonths, max(ro.RampMonths, 1))))
			fees.Add(fees, f.fees[i])
		}
	}
	if fl, ok := f.cache[f.key.String()]; ok {
		return monthFlow{gross: fl.gross, added: add(fl.added, fees)}, nil
	}
	key := f.key.String()
	var pt point
	var err error
	switch {
	case f.full != nil && len(e.seasons) == 0 && allFull(shares):
		// The period at full effect, less its fees (added month by month).
		pt = *f.full
		pt.use = sub(pt.use, mul(sumRats(f.fees), e.months))
	case noneLive(shares):
		pt = bl.start // nothing changes, nothing is paid
	case len(f.levers) == 1 && shares[0].Cmp(ratOne) != 0 && e.labour != LabourQueueing:
		// (Staffing is a step function of the volumes: under queueing
		// labour every month is priced.)
		pt, err = f.interpolated(season, bl, shares[0])
	default:
		pt, err = f.priced(bl, shares)
	}
	if err != nil {
		return monthFlow{}, err
	}
	// The lines that fell and the credits are the month's gross saving;
	// the lines that rose and the levers' own costs its added costs.
	gross := sub(bl.start.model, pt.model)
	gross.Add(gross, pt.rise)
	gross.Sub(gross, pt.credit)
	use := add(pt.use, pt.rise)
	if len(e.seasons) == 0 {
		gross.Quo(gross, e.months)
		use = new(big.Rat).Quo(use, e.months)
	}
	fl := monthFlow{gross: gross, added: use}
	f.cache[key] = fl
	return monthFlow{gross: gross, added: add(use, fees)}, nil
}

// priced prices a month of baseline bl with each lever at its share (nil:
// not live), without fees.
func (f *flowRun) priced(bl *baseline, shares []*big.Rat) (point, error) {
	e := f.e
	st := bl.state(e.labour)
	for i, l := range f.levers {
		if shares[i] == nil {
			continue
		}
		if _, err := e.apply(st, f.at[i], l, applyMode{quiet: true, adoption: shares[i], noFee: true}); err != nil {
			if len(e.seasons) == 0 || err == errTooMuchWork {
				return point{}, err
			}
			return point{}, inSeason(err, bl)
		}
	}
	pt, _ := e.evaluate(bl, st, false, false)
	return pt, nil
}

// interpolated returns a month of baseline bl with the one lever at share
// a. Everything a single lever does is affine in its share (it scales the
// counts it changes, and the model's lines are linear in the volumes), so
// the month lies on the line through the lever at its full effect and at
// its first share, each priced once a season (later shares lie between
// the two). The lines that rise are told apart line by line: those that
// rise, or fall, at both ends do so between them too and are summed once.
func (f *flowRun) interpolated(season int, bl *baseline, a *big.Rat) (point, error) {
	ends := f.ends[season]
	if ends == nil {
		var one point
		if f.full != nil && len(f.e.seasons) == 0 {
			one = *f.full
			one.use = sub(one.use, mul(f.fees[0], f.e.months))
		} else {
			p, err := f.priced(bl, []*big.Rat{ratOne})
			if err != nil {
				return point{}, err
			}
			one = p
		}
		other, err := f.priced(bl, []*big.Rat{a})
		if err != nil {
			return point{}, err
		}
		ends = newLineEnds(bl, one, other, a)
		if f.ends == nil {
			f.ends = make(map[int]*lineEnds)
		}
		f.ends[season] = ends
	}
	if a.Cmp(ends.at) == 0 {
		return ends.other, nil
	}
	f.e.work++
	// t = (a − a0) / (1 − a0); x(a) = x0 + t (x1 − x0)
	t := new(big.Rat).Quo(sub(a, ends.at), sub(ratOne, ends.at))
	at := func(x [2]*big.Rat) *big.Rat { return add(x[0], mul(t, sub(x[1], x[0]))) }
	pt := point{model: at(ends.model), rise: at(ends.rise), use: at(ends.use), credit: at(ends.credit)}
	for _, c := range ends.crossing {
		if d := sub(at(c.x), c.base); d.Sign() > 0 {
			pt.rise.Add(pt.rise, d)
		}
	}
	return pt, nil
}

// lineEnds are a single lever's month at its full effect and at its first
// share, which the months between lie on a line through: the model's cost,
// the rise of the lines that rise at both ends, the levers' costs and
// credits, each at the first share and at full effect, and the lines that
// rise at one end and fall at the other.
type lineEnds struct {
	other                    point
	at                       *big.Rat // the first share
	model, rise, use, credit [2]*big.Rat
	crossing                 []crossingLine
}

// crossingLine is a model line that rises at one end and falls at the
// other: its amounts at the ends and at the baseline.
type crossingLine struct {
	x    [2]*big.Rat
	base *big.Rat
}

func newLineEnds(bl *baseline, one, other point, a *big.Rat) *lineEnds {
	ends := &lineEnds{other: other, at: a, model: [2]*big.Rat{other.model, one.model},
		use: [2]*big.Rat{other.use, one.use}, credit: [2]*big.Rat{other.credit, one.credit},
		rise: [2]*big.Rat{new(big.Rat), new(big.Rat)}}
	for i, x1 := range one.lines {
		x0 := other.lines[i]
		if x1 == nil || x0 == nil {
			continue
		}
		base := bl.lines[i].exact.rat()
		d0, d1 := sub(x0, base), sub(x1, base)
		switch {
		case d0.Sign() >= 0 && d1.Sign() >= 0:
			ends.rise[0].Add(ends.rise[0], d0)
			ends.rise[1].Add(ends.rise[1], d1)
		case d0.Sign() <= 0 && d1.Sign() <= 0:
		default:
			ends.crossing = append(ends.crossing, crossingLine{x: [2]*big.Rat{x0, x1}, base: base})
		}
	}
	return ends
}

// inSeason adds the month to a lever's error found in one month of the
// seasons: the lever's inputs do not fit that month's volumes.
func inSeason(err error, bl *baseline) error {
	p := bl.c.r.vs.period.String()
	var out errList
	for _, e := range errorList(err) {
		if fe, ok := e.(*FieldError); ok {
			c := *fe
			c.Detail = strings.TrimSpace(c.Detail + " (in " + p + ", " + bl.c.r.vs.at.path + ")")
			out.add(&c)
			continue
		}
		out.add(e)
	}
	return out.join()
}

// assumptions states the conventions a scenario's figures rest on.
func (e *estimator) assumptions(m *Model) []string {
	out := []string{"labour " + e.labour.String() + ": " + map[Labour]string{
		LabourUnchanged: "every agent is kept; wage and benefit lines keep their amounts, agent hours and FTE stay as they were",
		LabourProportional: "agent hours and FTE follow handle minutes (constant occupancy); wage and benefit lines move with " +
			"the figure they vary with, an optimistic reading for small teams",
		LabourQueueing: "each profiled channel is staffed interval by interval by Erlang C or A at its service targets, before " +
			"and after the levers; its agent hours, FTE and variable wage and benefit lines move by the factor its agents moved; " +
			"channels without a profile keep their agents; break-evens are not worked out (staffing is a step function)",
	}[e.labour]}
	if e.months != nil {
		how := "whole calendar months"
		if !wholeMonths(m.Period) {
			how = "12 × its share of a year by " + e.convention.String()
		}
		out = append(out, "the period "+m.Period.String()+" is "+monthsText(e.months)+" ("+how+"); a monthly fee is charged that many times in it")
	}
	out = append(out, "the period's amounts (Total, each lever's increment, alone and break-even) are at every lever's full effect; "+
		"rollouts apply to the cash flows only")
	if e.terms.months == 0 {
		return out
	}
	months := "each month saves the period's amounts divided by its " + monthsText(e.months)
	if e.months.Cmp(ratOne) == 0 {
		months = "each month saves the period's amounts"
	}
	if len(e.seasons) > 0 {
		months = "month m takes the volumes and costs of the ((m − 1) mod " + strconv.Itoa(len(e.seasons)) + ")-th month of " +
			m.Period.String() + ", repriced on its own"
	}
	out = append(out, "horizon "+strconv.Itoa(e.terms.months)+" months from the start of "+m.Period.String()+"; "+months+
		"; one-time investments are paid at month 0, monthly cash flows at each month's end, each booked to the minor unit")
	rate := e.terms.rate.String()
	switch {
	case e.terms.rate.Sign() == 0:
		out = append(out, "no discounting: present values equal the sums")
	case e.terms.compounding == CompoundingMonthly:
		out = append(out, "discount rate "+rate+" a year, nominal, compounded monthly: month m is discounted by (1 + "+
			rate+"/12)^−m, factors to 80 decimal places")
	default:
		out = append(out, "discount rate "+rate+" a year, effective: month m is discounted by (1 + "+
			rate+")^(−m/12), factors to 80 decimal places")
	}
	return append(out,
		"ROI (Forrester TEI): (benefits − costs) / costs over the horizon, costs being the one-time investment plus the levers' "+
			"per-use costs and monthly fees and the rise of any line of the model they raise; DiscountedROI the same on present values",
		"payback: the first month at whose end the cumulative net cash flow, after the one-time investment, is zero or more")
}

// monthsText writes a number of months.
func monthsText(n *big.Rat) string {
	if n.Cmp(ratOne) == 0 {
		return "1 month"
	}
	return fmtRat(n) + " months"
}

// noneLive reports whether no lever is live.
func noneLive(shares []*big.Rat) bool {
	for _, a := range shares {
		if a != nil {
			return false
		}
	}
	return true
}

// allFull reports whether every lever is live at its full effect.
func allFull(shares []*big.Rat) bool {
	for _, a := range shares {
		if a == nil || a.Cmp(ratOne) != 0 {
			return false
		}
	}
	return true
}

// sumRats returns the sum of rationals.
func sumRats(rs []*big.Rat) *big.Rat {
	out := new(big.Rat)
	for _, r := range rs {
		out.Add(out, r)
	}
	return out
}
