package contactcost

import (
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// PeriodVolumes gives the channel volumes of one sub-period of a series.
type PeriodVolumes struct {
	Period  Period   // a sub-period of the series (a month of the year, say)
	Volumes []Volume // what each channel handled in it
}

// Series is a run of reports over the sub-periods of a model's period (the
// months of a year, say) and their total, which reconciles exactly with
// them: every money figure of Total is the sum of the same figure in
// Reports, to the minor unit.
//
// Each cost line is booked once for the whole period, exactly as a report
// of the whole period would book it, and that amount is distributed over
// the sub-periods: each sub-period gets its exact amount rounded down or
// up, the minor units left over going to the largest fractions (ties to
// the earlier sub-period). So the lines of Total are those of the
// whole-period report, and a sub-period's line may differ by a minor unit
// from a report of that sub-period alone. (Under Weeks52 the sub-periods'
// exact amounts need not add up to the whole period's; the booked amount is
// then split in proportion to them, and a sub-period's Line.Exact is its
// exact share of the booked amount.) Each sub-period's lines are then
// allocated to channels by that sub-period's volumes; Total's channel
// figures are the sums of the sub-periods'.
//
// A Series is a value that shares no memory with its model and that nothing
// in the package modifies, so it is safe for concurrent reads.
type Series struct {
	Unit    Unit     `json:"unit"`    // the sub-period unit
	Reports []Report `json:"reports"` // one per sub-period, in order
	Total   Report   `json:"total"`   // the whole period
}

// Series reports on each sub-period of the model's period by unit (see
// Period.Split) with the volumes given for it, and totals them. The model's
// own Volumes must be empty: a series takes its volumes per sub-period, one
// PeriodVolumes for each sub-period, in any order.
//
// It fails with the errors of Validate (a sub-period's problems are
// prefixed with the sub-period, as in `series 2026-03: volumes[0] "voice":
// contacts: no contacts`), ErrConflict when the model has volumes of its
// own or a channel is automated in one sub-period and assisted in another,
// ErrInvalid when volumes are given for a period that is not a sub-period,
// ErrDuplicate when a sub-period has two entries, and ErrNotSet when one has
// none.
func (m Model) Series(unit Unit, volumes []PeriodVolumes) (Series, error) {
	var errs errList
	if len(m.Volumes) > 0 {
		errs.add(fieldErr("", "volumes", ErrConflict, "a series takes its volumes per sub-period; leave the model's volumes empty"))
	}
	if m.Period.IsZero() {
		errs.add(fieldErr("", "period", ErrNotSet, ""))
		return Series{}, errs.join()
	}
	pieces, err := m.Period.Split(unit)
	if err != nil {
		errs.add(err)
		return Series{}, errs.join()
	}
	byPiece := matchVolumes(pieces, volumes, &errs)
	if err := errs.join(); err != nil {
		return Series{}, err
	}

	// A line stated for "the model's period" is stated for the whole span,
	// not for each sub-period: make that explicit before the sub-models
	// see it. (Rates and prices per unit of volume keep their meaning.)
	spanCosts := slices.Clone(m.Costs)
	for i, c := range spanCosts {
		perVolume := c.UnitPrice.Sign() != 0 && c.Quantity.Sign() == 0
		if c.Timing == Recurring && c.Per == 0 && c.Period.IsZero() && !perVolume {
			spanCosts[i].Period = m.Period
		}
	}
	subs := make([]*compiled, len(pieces))
	for k, piece := range pieces {
		sm := m
		sm.Costs = spanCosts
		sm.Period = piece
		sm.Volumes = byPiece[k]
		c, err := sm.compile()
		if err != nil {
			errs.add(prefixErrors("series "+piece.String(), err))
			continue
		}
		subs[k] = c
	}
	if err := errs.join(); err != nil {
		return Series{}, err
	}
	checkAutomation(pieces, subs, &errs)

	// Book each line once for the whole period and distribute it.
	whole := &compiled{m: m}
	minor := m.Currency.MinorUnits()
	exact := make([]*big.Rat, len(m.Costs))
	booked := make([]*big.Int, len(m.Costs))
	overrides := make([][]*big.Int, len(pieces))
	for k := range overrides {
		overrides[k] = make([]*big.Int, len(m.Costs))
	}
	for i, cost := range m.Costs {
		where := whereCost(i, cost.Name)
		weights := make([]*big.Rat, len(pieces))
		sum := new(big.Rat)
		for k, c := range subs {
			weights[k] = c.costs[i].exact
			sum.Add(sum, weights[k])
		}
		if cd := subs[0].costs[i]; cd.fromVolume {
			exact[i] = sum
		} else if exact[i], err = whole.lineExact(where, cost, cd.base); err != nil {
			errs.add(err)
			continue
		}
		booked[i] = roundRat(exact[i], minor, m.Rounding.Mode)
		parts, shares, ok := distributeLine(booked[i], weights, minor)
		if !ok {
			errs.add(fieldErr(where, "period", ErrUndefined, "the line has an amount in "+m.Period.String()+
				" but none in any "+unit.String()))
			continue
		}
		for k := range pieces {
			overrides[k][i] = parts[k]
			if shares != nil {
				subs[k].costs[i].exact = shares[k]
			}
		}
	}
	if err := errs.join(); err != nil {
		return Series{}, err
	}

	s := Series{Unit: unit, Reports: make([]Report, len(pieces))}
	tallies := make([]tally, len(pieces))
	for k, c := range subs {
		s.Reports[k], tallies[k] = c.build(overrides[k], true)
	}
	s.Total = total(m, tallies, exact, booked)
	return s, nil
}

// distributeLine splits a line's booked amount (in minor units) over the
// sub-periods whose exact amounts are exact. When the exact amounts add up
// to within rounding of the booked amount (always, but under a
// non-additive convention), each part is its own exact amount rounded down
// or up, the units left over going to the largest fractions (ties to the
// earlier sub-period). Otherwise (52 weeks over parts of months) the parts
// are proportional to the exact amounts, and shares returns each
// sub-period's exact share of the booked amount, to report in place of its
// own exact amount. It reports false when there is an amount to split but
// no sub-period has any.
func distributeLine(booked *big.Int, exact []*big.Rat, minor int32) (parts []*big.Int, shares []*big.Rat, ok bool) {
	scale := new(big.Rat).SetInt(pow10(int64(minor)))
	floors := make([]*big.Int, len(exact))
	fracs := make([]*big.Rat, len(exact))
	sumFloor, sumCeil := new(big.Int), new(big.Int)
	for k, e := range exact {
		x := new(big.Rat).Mul(e, scale)
		floors[k] = new(big.Int).Quo(x.Num(), x.Denom()) // exact amounts are not negative
		fracs[k] = x.Sub(x, new(big.Rat).SetInt(floors[k]))
		sumFloor.Add(sumFloor, floors[k])
		sumCeil.Add(sumCeil, floors[k])
		if fracs[k].Sign() != 0 {
			sumCeil.Add(sumCeil, bigOne)
		}
	}
	if sumFloor.Cmp(booked) <= 0 && booked.Cmp(sumCeil) <= 0 {
		left := new(big.Int).Sub(booked, sumFloor).Int64() // fewer than len(exact)
		order := make([]int, len(exact))
		for k := range order {
			order[k] = k
		}
		slices.SortStableFunc(order, func(a, b int) int { return fracs[b].Cmp(fracs[a]) })
		for _, k := range order[:left] {
			floors[k].Add(floors[k], bigOne)
		}
		return floors, nil, true
	}
	parts, ok = allocRat(booked, exact)
	if !ok {
		if booked.Sign() != 0 {
			return nil, nil, false
		}
		return newBigs(len(exact)), nil, true
	}
	total := new(big.Rat)
	for _, e := range exact {
		total.Add(total, e)
	}
	amount := new(big.Rat).SetFrac(booked, pow10(int64(minor)))
	shares = make([]*big.Rat, len(exact))
	for k, e := range exact {
		share := new(big.Rat).Mul(amount, e)
		shares[k] = share.Quo(share, total)
	}
	return parts, shares, true
}

// matchVolumes returns the volumes of each piece, reporting periods that
// are not pieces, duplicates and missing pieces.
func matchVolumes(pieces []Period, volumes []PeriodVolumes, errs *errList) [][]Volume {
	byPiece := make([][]Volume, len(pieces))
	found := make([]bool, len(pieces))
	index := make(map[Period]int, len(pieces))
	for k, p := range pieces {
		index[Period{start: p.start, end: p.end}] = k
	}
	for i, pv := range volumes {
		where := "series volumes[" + strconv.Itoa(i) + "] " + pv.Period.String()
		k, ok := index[Period{start: pv.Period.start, end: pv.Period.end}]
		switch {
		case pv.Period.IsZero():
			errs.add(fieldErr(where, "period", ErrNotSet, ""))
		case !ok:
			errs.add(fieldErr(where, "period", ErrInvalid, "not one of the sub-periods, "+pieces[0].String()+" to "+pieces[len(pieces)-1].String()))
		case found[k]:
			errs.add(fieldErr(where, "period", ErrDuplicate, pieces[k].String()+" is given twice"))
		default:
			found[k] = true
			byPiece[k] = pv.Volumes
		}
	}
	for k, ok := range found {
		if !ok {
			errs.add(fieldErr("series "+pieces[k].String(), "volumes", ErrNotSet, "no volumes for this sub-period"))
		}
	}
	return byPiece
}

// checkAutomation reports a channel that is automated in one sub-period and
// assisted in another: its contacts would count under one scope and not the
// other.
func checkAutomation(pieces []Period, subs []*compiled, errs *errList) {
	first := make(map[Channel]bool)
	for k, c := range subs {
		for _, ch := range c.channels {
			if auto, seen := first[ch.vol.Channel]; !seen {
				first[ch.vol.Channel] = ch.automated
			} else if auto != ch.automated {
				errs.add(fieldErr("series "+pieces[k].String(), "automated", ErrConflict,
					"channel "+quoteTrunc(string(ch.vol.Channel))+" is automated in one sub-period and not in another"))
			}
		}
	}
}

// prefixErrors puts prefix in front of the location of each error in err
// (a joined list of *FieldError and *CurrencyMismatchError).
func prefixErrors(prefix string, err error) error {
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{err}
	}
	out := make([]error, len(list))
	for i, e := range list {
		var fe *FieldError
		var cm *CurrencyMismatchError
		switch {
		case errors.As(e, &fe):
			c := *fe
			c.Where = join(prefix, c.Where)
			out[i] = &c
		case errors.As(e, &cm):
			c := *cm
			c.Where = join(prefix, c.Where)
			out[i] = &c
		default:
			out[i] = e
		}
	}
	return errors.Join(out...)
}

func join(prefix, where string) string {
	if where == "" {
		return prefix
	}
	return prefix + ": " + where
}

// total adds the tallies of a series' periods into the report of the whole
// period, with each line's exact and booked amounts for the whole period.
func total(m Model, tallies []tally, exact []*big.Rat, booked []*big.Int) Report {
	minor := m.Currency.MinorUnits()
	t := tally{lines: make([][]partTally, len(m.Costs))}
	index := make(map[Channel]int)
	// Channels in order of first appearance; sums over the periods.
	for _, sub := range tallies {
		for _, ch := range sub.channels {
			j, ok := index[ch.channel]
			if !ok {
				j = len(t.channels)
				index[ch.channel] = j
				t.channels = append(t.channels, channelTally{
					channel: ch.channel, automated: ch.automated,
					contacts: new(big.Rat), minutes: new(big.Rat), direct: new(big.Int), shared: new(big.Int),
				})
			}
			tc := &t.channels[j]
			tc.contacts.Add(tc.contacts, ch.contacts)
			tc.minutes.Add(tc.minutes, ch.minutes)
			tc.direct.Add(tc.direct, ch.direct)
			tc.shared.Add(tc.shared, ch.shared)
		}
	}
	nch := len(t.channels)
	// The matrix: the same categories in the same order in every period.
	t.categories = tallies[0].categories
	t.rows = make([][]*big.Int, len(t.categories))
	for r := range t.rows {
		t.rows[r] = newBigs(nch)
		for _, sub := range tallies {
			for j, v := range sub.rows[r] {
				cell := t.rows[r][index[sub.channels[j].channel]]
				cell.Add(cell, v)
			}
		}
	}
	rep := Report{Currency: m.Currency, Period: m.Period, Scope: m.Scope, Rounding: m.Rounding, Convention: m.Convention}
	rep.Lines = make([]Line, len(m.Costs))
	for i, cost := range m.Costs {
		amounts := make([]*big.Int, nch)
		weights := make([]*big.Rat, nch)
		for _, sub := range tallies {
			for _, p := range sub.lines[i] {
				j := index[sub.channels[p.channel].channel]
				if amounts[j] == nil {
					amounts[j], weights[j] = new(big.Int), new(big.Rat)
				}
				amounts[j].Add(amounts[j], p.amount)
				weights[j].Add(weights[j], p.weight)
			}
		}
		line := lineOf(cost, Ratio{exact[i]}, decimal.NewFromBigInt(booked[i], -minor))
		// A measure basis sums its figures over the periods; a direct line
		// keeps weight 1 and percentages and weights keep their values.
		_, isMeasure := cost.Basis.Kind.Measure()
		sumWeights := new(big.Rat)
		for j, a := range amounts {
			if a == nil {
				continue
			}
			if !isMeasure {
				weights[j] = statedWeight(cost, t.channels[j].channel)
			}
			sumWeights.Add(sumWeights, weights[j])
		}
		for j, a := range amounts {
			if a == nil {
				continue
			}
			line.Parts = append(line.Parts, Part{
				Channel: t.channels[j].channel,
				Weight:  ratDecimal(weights[j]),
				Share:   quoRat(weights[j], sumWeights),
				Amount:  decimal.NewFromBigInt(a, -minor),
			})
		}
		rep.Lines[i] = line
	}
	rep.assemble(t)
	return rep
}

// statedWeight returns a channel's weight in a direct, percent or weights
// line: 1 for a direct line, the weight given in the basis otherwise.
func statedWeight(cost Cost, ch Channel) *big.Rat {
	for _, w := range cost.Basis.Weights {
		if w.Channel == ch {
			n, _ := checkDecimal(w.Value) // validated
			return n.rat()
		}
	}
	return big.NewRat(1, 1)
}

// Trend returns the cost per contact of each sub-period, with its change
// from the sub-period before.
func (s Series) Trend() []TrendPoint {
	out := make([]TrendPoint, len(s.Reports))
	for k, r := range s.Reports {
		p := TrendPoint{
			Period:              r.Period,
			Contacts:            r.Total.Contacts,
			Total:               r.Total.Total,
			CostPerContact:      r.Total.CostPerContact,
			ExactCostPerContact: r.Total.ExactCostPerContact,
		}
		if k > 0 {
			prev := out[k-1].ExactCostPerContact
			if prev.IsDefined() && prev.Sign() != 0 && p.ExactCostPerContact.IsDefined() {
				change := new(big.Rat).Sub(p.ExactCostPerContact.r, prev.r)
				p.Change = Ratio{change.Quo(change, prev.r)}
			}
		}
		out[k] = p
	}
	return out
}

// TrendPoint is one sub-period of a series' cost-per-contact trend.
type TrendPoint struct {
	Period         Period          // the sub-period
	Contacts       decimal.Decimal // the contacts the scope counts
	Total          decimal.Decimal // the total cost
	CostPerContact decimal.Decimal // rounded by the report's policy
	// ExactCostPerContact is Total / Contacts.
	ExactCostPerContact Ratio
	// Change is the relative change of the exact cost per contact from the
	// sub-period before ((this − before) / before; 0.05 is +5%), undefined
	// for the first sub-period.
	Change Ratio
}

// UnmarshalJSON decodes a series, refusing unknown fields; each report is
// checked with Report.Verify.
func (s *Series) UnmarshalJSON(data []byte) error {
	type plain Series
	var v plain
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	*s = Series(v)
	return nil
}

type periodVolumesJSON struct {
	Period  Period       `json:"period"`
	Volumes []volumeJSON `json:"volumes"`
}

// MarshalJSON encodes the sub-period and its volumes in the JSON form of a
// model's volumes.
func (pv PeriodVolumes) MarshalJSON() ([]byte, error) {
	return json.Marshal(periodVolumesJSON{Period: pv.Period, Volumes: volumesToJSON(pv.Volumes)})
}

// UnmarshalJSON decodes the form MarshalJSON writes, with the strictness of
// Model.UnmarshalJSON.
func (pv *PeriodVolumes) UnmarshalJSON(data []byte) error {
	var v periodVolumesJSON
	if err := decodeStrict(data, &v); err != nil {
		return err
	}
	*pv = PeriodVolumes{Period: v.Period, Volumes: volumesFromJSON(v.Volumes)}
	return nil
}
