package contactcost

import (
	"errors"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Range is a low and a high value of one input of a scenario's lever: an
// estimate a finance team is unsure of (a resolution rate between 0.15 and
// 0.35, a project cost between 80,000 and 120,000).
type Range struct {
	Lever int // the lever's index in Scenario.Levers
	// Input is the input's field name, as in LeverSavings.Inputs
	// ("resolution", "investment.one_time", or "rollout.ramp_months", whose
	// Low and High are then whole months).
	Input string
	// Low and High bound the input; the lever's own value, the expected
	// one, must lie between them.
	Low, High decimal.Decimal
}

// Uncertainty is how far a scenario's result moves over its ranges: three
// cases for a deck, and a tornado table of which input moves it most.
//
// The result is measured by the NPV when the scenario has a horizon, and
// by the net saving of the model's period otherwise (Measure says which).
// Each range is tried at its low and its high value, the other inputs as
// given; the pessimistic case then sets every range to whichever end gave
// the lower result alone (the low one on a tie), the optimistic case to
// the other end. With levers that interact (a deflection leaves fewer
// contacts for a handle-time lever to save on), the joint cases are
// worked out in full, not added up from the tornado.
type Uncertainty struct {
	Measure     string // "npv" or "net"
	Pessimistic Case   // every range at the end that lowers the result
	Expected    Case   // the scenario as given
	Optimistic  Case   // every range at the end that raises it
	// Tornado has a row per range, the widest spread first (ties in the
	// order of the ranges).
	Tornado []Swing
}

// Case is a scenario's result with its ranged inputs at given values.
type Case struct {
	Values  []decimal.Decimal // each range's input value, in the order of the ranges
	Total   Amounts           // the saving in the model's period, at full effect
	Returns Returns           // the investment view; zero without a horizon
}

// Swing is one row of a tornado table: the result with one input at each
// end of its range, the others as given.
type Swing struct {
	Range  int             // the range's index in Scenario.Ranges
	Lever  string          // the lever's name
	Input  string          // the input's field name
	Low    decimal.Decimal // the range's low value
	High   decimal.Decimal // and its high value
	AtLow  decimal.Decimal // the result (NPV or net saving) with the input at Low
	AtHigh decimal.Decimal // and at High
	Spread decimal.Decimal // |AtHigh − AtLow|
}

// maxRanges bounds a scenario's ranges (each costs two runs of it).
const maxRanges = 50

// uncertainty works out the scenario's cases and tornado.
func (e *estimator) uncertainty(levers []Lever, ranges []Range, main *Savings) (Uncertainty, error) {
	u := Uncertainty{Measure: "net"}
	if e.terms.months > 0 {
		u.Measure = "npv"
	}
	measure := func(c Case) decimal.Decimal {
		if e.terms.months > 0 {
			return c.Returns.NPV
		}
		return c.Total.Net
	}
	given := make([]decimal.Decimal, len(ranges))
	for k, r := range ranges {
		given[k], _ = valueOf(levers[r.Lever], r.Input)
	}
	u.Expected = Case{Values: given, Total: main.Total, Returns: main.Returns}
	low, high := slices.Clone(given), slices.Clone(given)
	for k, r := range ranges {
		at := func(end string, v decimal.Decimal) (Case, error) {
			values := slices.Clone(given)
			values[k] = v
			c, err := e.outlook(levers, ranges, values)
			return c, inRange(err, k, end)
		}
		lo, err := at("low", r.Low)
		if err != nil {
			return Uncertainty{}, err
		}
		hi, err := at("high", r.High)
		if err != nil {
			return Uncertainty{}, err
		}
		a, b := measure(lo), measure(hi)
		if b.Cmp(a) < 0 {
			low[k], high[k] = r.High, r.Low
		} else {
			low[k], high[k] = r.Low, r.High
		}
		name := main.Levers[r.Lever].Name
		u.Tornado = append(u.Tornado, Swing{Range: k, Lever: name, Input: r.Input, Low: r.Low, High: r.High,
			AtLow: a, AtHigh: b, Spread: b.Sub(a).Abs()})
	}
	var err error
	if u.Pessimistic, err = e.outlook(levers, ranges, low); err != nil {
		return Uncertainty{}, err
	}
	if u.Optimistic, err = e.outlook(levers, ranges, high); err != nil {
		return Uncertainty{}, err
	}
	slices.SortStableFunc(u.Tornado, func(a, b Swing) int { return b.Spread.Cmp(a.Spread) })
	return u, nil
}

// outlook runs the scenario with each range's input at the value given,
// for its totals and investment view.
func (e *estimator) outlook(levers []Lever, ranges []Range, values []decimal.Decimal) (Case, error) {
	levers = slices.Clone(levers)
	for k, r := range ranges {
		levers[r.Lever], _ = withValue(levers[r.Lever], r.Input, values[k])
	}
	st := e.period.state(e.labour)
	for i, l := range levers {
		if _, err := e.apply(st, i, l, applyMode{quiet: true}); err != nil {
			return Case{}, err
		}
	}
	pt, _ := e.evaluate(e.period, st, false, false)
	c := Case{Values: values, Total: e.amounts(e.period.start, pt)}
	if e.terms.months > 0 {
		r, err := e.returns(levers, nil, false, &pt)
		if err != nil {
			return Case{}, err
		}
		c.Returns = r.out
	}
	return c, nil
}

// checkRanges validates the ranges against the levers.
func checkRanges(levers []Lever, ranges []Range) error {
	var errs errList
	seen := make(map[[2]string]int, len(ranges))
	for k, r := range ranges {
		at := loc{path: "ranges"}.index(k)
		if r.Lever < 0 || r.Lever >= len(levers) {
			errs.add(at.err("lever", ErrOutOfRange, strconv.Itoa(r.Lever)+" (want 0 to "+strconv.Itoa(len(levers)-1)+")"))
			continue
		}
		if isNilLever(levers[r.Lever]) {
			continue // reported with the levers
		}
		_, refs := levers[r.Lever].edit()
		months := intRef(refs, r.Input) != nil
		if decimalRef(refs, r.Input) == nil && !months {
			errs.add(at.err("input", ErrInvalid, quote(r.Input)+" is not a number input of levers["+strconv.Itoa(r.Lever)+"]"+
				didYouMean(r.Input, decimalKeys(refs))))
			continue
		}
		id := [2]string{strconv.Itoa(r.Lever), r.Input}
		if j, ok := seen[id]; ok {
			errs.add(at.err("input", ErrDuplicate, "levers["+strconv.Itoa(r.Lever)+"]."+r.Input+" is also ranges["+strconv.Itoa(j)+"]"))
			continue
		}
		seen[id] = k
		lo, err1 := checkNum(at, "low", r.Low, true)
		hi, err2 := checkNum(at, "high", r.High, true)
		v, _ := valueOf(levers[r.Lever], r.Input)
		given, err3 := checkNum(at, "input", v, true)
		if err1 != nil || err2 != nil || err3 != nil {
			errs.add(err1)
			errs.add(err2)
			continue // the lever reports its own value
		}
		if months {
			if _, ok := wholeMonths64(r.Low); !ok {
				errs.add(at.err("low", ErrOutOfRange, lo.String()+" (want whole months, 0 to "+strconv.Itoa(MaxHorizonMonths)+")"))
				continue
			}
			if _, ok := wholeMonths64(r.High); !ok {
				errs.add(at.err("high", ErrOutOfRange, hi.String()+" (want whole months, 0 to "+strconv.Itoa(MaxHorizonMonths)+")"))
				continue
			}
		}
		if lo.Cmp(given) > 0 || given.Cmp(hi) > 0 {
			errs.add(at.err("", ErrOutOfRange, "the lever's "+r.Input+" "+given.String()+" is not within low "+
				lo.String()+" and high "+hi.String()))
		}
	}
	return errs.join()
}

// valueOf returns a lever's number input (months as a decimal).
func valueOf(l Lever, key string) (decimal.Decimal, bool) {
	_, refs := l.edit()
	if d := decimalRef(refs, key); d != nil {
		return *d, true
	}
	if n := intRef(refs, key); n != nil {
		return decimal.NewFromInt(int64(*n)), true
	}
	return decimal.Decimal{}, false
}

// inRange says which end of range k a lever's errors come from.
func inRange(err error, k int, end string) error {
	if err == nil {
		return nil
	}
	var out errList
	for _, e := range errorList(err) {
		var fe *FieldError
		if errors.As(e, &fe) {
			c := *fe
			c.Detail += " (with ranges[" + strconv.Itoa(k) + "]." + end + ")"
			out.add(&c)
			continue
		}
		out.add(e)
	}
	return out.join()
}
