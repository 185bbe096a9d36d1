package contactcost

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Property tests of a savings estimate: over random models and scenarios
// (fixed seeds, so a failure reproduces), every identity the results
// promise holds to the minor unit. savingsCheckIdentities is also what
// FuzzScenario checks.

// savingsGen draws the random parts of a model and a scenario.
type savingsGen struct{ r *rand.Rand }

// between returns an integer in [lo, hi].
func (g savingsGen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// chance reports true with probability percent/100.
func (g savingsGen) chance(percent int) bool { return g.r.IntN(100) < percent }

// hundredths returns a decimal of k/100 for k in [lo, hi].
func (g savingsGen) hundredths(lo, hi int) decimal.Decimal {
	return decimal.New(int64(g.between(lo, hi)), -2)
}

// whole returns a decimal integer in [lo, hi].
func (g savingsGen) whole(lo, hi int) decimal.Decimal {
	return decimal.NewFromInt(int64(g.between(lo, hi)))
}

// savingsShape is what the scenario generator needs to know of a model.
type savingsShape struct {
	assisted   []Channel       // the agent-assisted channels, voice first
	hasIVR     bool            // the model has an IVR channel
	queue      bool            // voice has queue minutes
	ivrPriced  bool            // a variable line prices the IVR's minutes
	abandon    decimal.Decimal // voice's abandonment rate when its volume gives it
	seasonable bool            // the period is a quarter of whole months
	convention Convention      // measures a week in months
}

// savingsPeriods are the periods the models cover: a month, a quarter
// (whose seasons can be given) and a week (measured by a convention).
var savingsPeriods = []string{"2026-03", "2026-03", "2026-03", "2026-Q1", "2026-Q1", "2026-W11"}

// savingsModel draws a valid model: voice (with abandonment or not), maybe
// chat and an IVR, and cost lines of every kind a lever meets: labour lines
// variable with handle minutes, FTE or agent hours (one unit-priced),
// unit-priced carrier and IVR minutes, toll-free variable with queue
// minutes, a fixed platform.
func savingsModel(g savingsGen) (Model, savingsShape) {
	var sh savingsShape
	m := Model{
		Currency: []Currency{MustParseCurrency("USD"), MustParseCurrency("JPY"), MustParseCurrency("KWD")}[g.r.IntN(3)],
		Period:   MustParsePeriod(savingsPeriods[g.r.IntN(len(savingsPeriods))]),
		Scope:    Scope(1 + g.r.IntN(2)), Rounding: Rounding{Mode: Round(g.r.IntN(7))},
		Convention: ConventionActualDays,
	}
	sh.seasonable = m.Period.String() == "2026-Q1"
	if !wholeMonths(m.Period) {
		sh.convention = []Convention{Convention52Weeks, ConventionActualDays}[g.r.IntN(2)]
	}
	// Voice: offered in hundreds, abandonment in hundredths of it, AHT a
	// multiple of 6 s (handle minutes to one place).
	offered := int64(100 * g.between(20, 200))
	b := g.between(0, 10)
	abandoned := offered * int64(b) / 100
	contacts := offered - abandoned
	voice := Volume{Channel: ChannelVoice, Contacts: decimal.NewFromInt(contacts),
		HandleMinutes: decimal.New(contacts*int64(g.between(20, 100)), -1),
		QueueMinutes:  decimal.NewFromInt(contacts * int64(g.between(0, 4))),
		AgentHours:    g.whole(100, 3000), FTE: decimal.New(int64(g.between(10, 400)), -1)}
	if b > 0 && g.chance(70) {
		voice.Offered, voice.Abandoned = decimal.NewFromInt(offered), decimal.NewFromInt(abandoned)
		sh.abandon = decimal.New(int64(b), -2)
	}
	m.Volumes = append(m.Volumes, voice)
	sh.queue = voice.QueueMinutes.Sign() > 0
	sh.assisted = []Channel{ChannelVoice}
	if g.chance(60) {
		c := int64(g.between(500, 8000))
		m.Volumes = append(m.Volumes, Volume{Channel: ChannelChat, Contacts: decimal.NewFromInt(c),
			HandleMinutes: decimal.New(c*int64(g.between(30, 150)), -1), AgentHours: g.whole(50, 2000),
			FTE: decimal.New(int64(g.between(10, 200)), -1)})
		sh.assisted = append(sh.assisted, ChannelChat)
	}
	if g.chance(40) {
		m.Volumes = append(m.Volumes, Volume{Channel: ChannelIVR, Contacts: decimal.NewFromInt(offered),
			HandleMinutes: decimal.NewFromInt(offered * int64(g.between(1, 3)))})
		sh.hasIVR = true
	}

	amount := func(lo, hi int) decimal.Decimal {
		return decimal.New(int64(g.between(lo, hi))*100+int64(g.between(0, 99)), -2)
	}
	among := func(by Measure) Basis {
		if len(sh.assisted) == 1 {
			return Basis{By: by, Among: []Channel{ChannelVoice}}
		}
		return Basis{By: by, Among: slices.Clone(sh.assisted)}
	}
	m.Costs = append(m.Costs, Cost{Name: "Agent wages", Category: CategoryWages, Amount: amount(20000, 400000),
		VariesWith: MeasureHandleMinutes, Basis: among(MeasureHandleMinutes)})
	if g.chance(50) {
		c := Cost{Name: "Benefits", Category: CategoryBenefits, Amount: amount(5000, 80000), Basis: among(MeasureFTE)}
		if g.chance(50) {
			c.VariesWith = MeasureFTE
		}
		m.Costs = append(m.Costs, c)
	}
	if g.chance(40) {
		c := Cost{Name: "Supervisors", Category: CategoryWages, Amount: amount(3000, 40000), Basis: among(MeasureAgentHours)}
		if g.chance(50) {
			c.VariesWith = MeasureAgentHours
		}
		m.Costs = append(m.Costs, c)
	}
	if g.chance(30) { // a unit-priced labour line, which unchanged labour keeps too
		m.Costs = append(m.Costs, Cost{Name: "Overtime", Category: CategoryWages, UnitPrice: decimal.New(int64(g.between(10, 90)), -2),
			VariesWith: MeasureHandleMinutes, Channel: sh.assisted[g.r.IntN(len(sh.assisted))]})
	}
	if g.chance(70) {
		m.Costs = append(m.Costs, Cost{Name: "Carrier", Category: CategoryTelephony, UnitPrice: decimal.New(int64(g.between(1, 50)), -3),
			VariesWith: MeasureHandleMinutes, Channel: ChannelVoice})
	}
	if voice.QueueMinutes.Sign() > 0 && g.chance(50) {
		m.Costs = append(m.Costs, Cost{Name: "Toll-free", Category: CategoryTelephony, Amount: amount(500, 5000),
			VariesWith: MeasureQueueMinutes, Channel: ChannelVoice})
	}
	if sh.hasIVR && g.chance(50) {
		m.Costs = append(m.Costs, Cost{Name: "IVR minutes", Category: CategoryTelephony, UnitPrice: decimal.New(int64(g.between(1, 9)), -2),
			VariesWith: MeasureHandleMinutes, Channel: ChannelIVR})
		sh.ivrPriced = true
	}
	m.Costs = append(m.Costs, Cost{Name: "Platform", Category: CategoryTechnology, Amount: amount(5000, 50000), Basis: Basis{By: MeasureContacts}})
	return m, sh
}

// savingsSeasons splits a quarter's volumes over its three months, each
// channel by its own pattern (shares that terminate), so the months add up
// to the quarter exactly.
func savingsSeasons(g savingsGen, m Model) []PeriodVolumes {
	patterns := [][3]string{{"0.5", "0.25", "0.25"}, {"0.25", "0.5", "0.25"}, {"0.2", "0.4", "0.4"}, {"0.4", "0.3", "0.3"}}
	out := []PeriodVolumes{{Period: MustParsePeriod("2026-01")}, {Period: MustParsePeriod("2026-02")}, {Period: MustParsePeriod("2026-03")}}
	for _, v := range m.Volumes {
		p := patterns[g.r.IntN(len(patterns))]
		for k := range out {
			share := dec(p[k])
			part := v
			part.Contacts, part.HandleMinutes, part.QueueMinutes = v.Contacts.Mul(share), v.HandleMinutes.Mul(share), v.QueueMinutes.Mul(share)
			part.AgentHours, part.FTE = v.AgentHours.Mul(share), v.FTE.Mul(share)
			part.Offered, part.Abandoned = v.Offered.Mul(share), v.Abandoned.Mul(share)
			out[k].Volumes = append(out[k].Volumes, part)
		}
	}
	g.r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// savingsLever draws one lever of the given kind (0 to 6, in the order of
// levers.go) with inputs that mostly fit the model.
func savingsLever(g savingsGen, sh savingsShape, kind int) Lever {
	pick := func() Channel { return sh.assisted[g.r.IntN(len(sh.assisted))] }
	inv := Investment{}
	if g.chance(50) {
		inv.OneTime = g.whole(1000, 100000)
	}
	if g.chance(50) {
		inv.MonthlyFee = g.whole(100, 5000)
	}
	var ro Rollout
	if g.chance(50) {
		ro = Rollout{DelayMonths: g.between(0, 3), RampMonths: g.between(0, 6)}
	}
	ivrPrice := func() decimal.Decimal {
		if sh.ivrPriced {
			return decimal.Zero
		}
		return g.hundredths(0, 10)
	}
	switch kind {
	case 0:
		l := SelfServiceDeflection{From: pick(), Resolution: g.hundredths(5, 60), ReContactRate: g.hundredths(0, 30),
			EscalationSeconds: g.whole(0, 60), CostPerSession: g.hundredths(0, 50), MinutesPerSession: g.whole(0, 8),
			Investment: inv, Rollout: ro}
		if g.chance(60) {
			l.Reach = g.hundredths(10, 100)
		} else {
			cur := g.between(0, 20)
			l.CurrentRate, l.TargetRate, l.Resolution = decimal.New(int64(cur), -2), decimal.New(int64(cur+g.between(1, 10)), -2), g.hundredths(30, 90)
		}
		return l
	case 1:
		l := IVRContainment{From: ChannelVoice, TargetRate: g.hundredths(1, 15), ReturnRate: g.hundredths(0, 35),
			ContainedMinutes: g.whole(0, 4), CostPerMinute: ivrPrice(), Investment: inv, Rollout: ro}
		if sh.hasIVR {
			cur := g.between(0, 30)
			l.CurrentRate, l.TargetRate = decimal.New(int64(cur), -2), decimal.New(int64(cur+g.between(1, 15)), -2)
		} else {
			l.MenuMinutes = decimal.New(int64(g.between(0, 20)), -1)
		}
		return l
	case 2:
		return IVRVerification{Channel: ChannelVoice, SecondsSaved: g.whole(0, 40), FilterRate: g.hundredths(0, 5),
			WastedSeconds: g.whole(0, 30), IVRMinutes: decimal.New(int64(g.between(0, 10)), -1), CostPerMinute: ivrPrice(),
			Investment: inv, Rollout: ro}
	case 3:
		accept := g.between(5, 40)
		before := sh.abandon
		if before.Sign() == 0 {
			before = g.hundredths(0, 10)
		}
		b := int(before.Shift(2).IntPart())
		after := b - g.between(0, min(b, accept))
		wait := decimal.Zero
		if sh.queue {
			wait = decimal.New(int64(g.between(0, 10)), -1)
		}
		l := Callback{Channel: ChannelVoice, AcceptRate: decimal.New(int64(accept), -2), WaitAvoided: wait,
			TalkMinutes: g.whole(0, 5), OutboundMinutes: g.whole(0, 6), OutboundRate: g.hundredths(0, 5),
			OverheadSeconds: g.whole(0, 30), AbandonBefore: before, AbandonAfter: decimal.New(int64(after), -2),
			RedialRate: g.hundredths(0, 100), Investment: inv, Rollout: ro}
		if sh.hasIVR && g.chance(50) {
			l.IVR = ChannelIVR
		}
		return l
	case 4:
		before := g.between(0, 20)
		return ACDRouting{Channel: pick(), TransferRateBefore: decimal.New(int64(before), -2),
			TransferRateAfter: decimal.New(int64(before-g.between(0, before)), -2), WastedSeconds: g.whole(0, 90),
			AHTReductionSeconds: g.whole(0, 20), Investment: inv, Rollout: ro}
	case 5:
		before := g.between(50, 85)
		return FirstContactResolution{Channel: pick(), Before: decimal.New(int64(before), -2),
			After: decimal.New(int64(before+g.between(0, 10)), -2), RepeatsPerUnresolved: decimal.New(int64(g.between(5, 20)), -1),
			Investment: inv, Rollout: ro}
	default:
		chans := slices.Clone(sh.assisted)
		g.r.Shuffle(len(chans), func(i, j int) { chans[i], chans[j] = chans[j], chans[i] })
		return HandleTimeReduction{Channels: chans[:g.between(1, len(chans))], SecondsSaved: g.whole(0, 60),
			CostPerContact: g.hundredths(0, 20), Investment: inv, Rollout: ro}
	}
}

// savingsRange draws one range around an input of lever i: its break-even
// input, its investment, or its rollout's months (whole months, Low not
// below 0).
func savingsRange(g savingsGen, levers []Lever, i int) Range {
	l := levers[i]
	input := l.describe().breakEven
	switch {
	case g.chance(20):
		input = []string{"rollout.delay_months", "rollout.ramp_months"}[g.r.IntN(2)]
		v, _ := valueOf(l, input)
		low := max(v.IntPart()-int64(g.between(0, 2)), 0)
		return Range{Lever: i, Input: input, Low: decimal.NewFromInt(low), High: v.Add(g.whole(0, 6))}
	case input == "" || g.chance(30):
		input = []string{"investment.one_time", "investment.monthly_fee"}[g.r.IntN(2)]
		v, _ := valueOf(l, input)
		return Range{Lever: i, Input: input, Low: decimal.Zero, High: v.Mul(dec("2")).Add(g.whole(0, 2000))}
	}
	v, _ := valueOf(l, input)
	high := v.Add(decimal.New(int64(g.between(0, 10)), -2))
	if input == "seconds_saved" {
		high = v.Add(g.whole(0, 10))
	} else if high.Cmp(decimal.NewFromInt(1)) > 0 {
		high = decimal.NewFromInt(1)
	}
	return Range{Lever: i, Input: input, Low: v.Mul(dec("0.5")), High: high}
}

// savingsScenario draws a scenario for a model.
func savingsScenario(g savingsGen, m Model, sh savingsShape) Scenario {
	s := Scenario{Labour: Labour(1 + g.r.IntN(2)), Convention: sh.convention}
	for range g.between(1, 4) {
		s.Levers = append(s.Levers, savingsLever(g, sh, g.r.IntN(7)))
	}
	if g.chance(75) {
		s.Horizon.Months = g.between(1, 36)
		if g.chance(60) {
			rates := []decimal.Decimal{dec("0.05"), dec("0.0725"), dec("0.12"), decimal.New(int64(g.between(1, 2000)), -4)}
			s.Horizon.DiscountRate = rates[g.r.IntN(len(rates))]
			s.Horizon.Compounding = Compounding(1 + g.r.IntN(2))
		}
		if sh.seasonable && g.chance(60) {
			s.Horizon.Seasons = savingsSeasons(g, m)
		}
	}
	if g.chance(30) {
		s.Ranges = []Range{savingsRange(g, s.Levers, g.r.IntN(len(s.Levers)))}
	}
	return s
}

// savingsCheckIdentities checks every identity a scenario's Savings
// promise, to the minor unit, and fails t with what, the case's name, on
// the first broken one.
func savingsCheckIdentities(t *testing.T, what string, s Scenario, out Savings) {
	t.Helper()
	// Total and Alone compare a scenario with the baseline, so their Added
	// (the levers' own costs and the rise of the model's lines) is never
	// negative. An increment is the change of those cumulative figures
	// from one lever to the next: since review 0bf502b (a model line that
	// rises is an added cost, line by line against the baseline) a lever
	// that brings back down a line an earlier lever raised has a negative
	// Added (or, raising one an earlier lever lowered, a negative Gross),
	// so an increment's signs are not checked, only Gross − Added = Net
	// and that the increments add up.
	amounts := func(name string, a Amounts, nonNegative bool) {
		t.Helper()
		if !a.Gross.Sub(a.Added).Equal(a.Net) {
			t.Fatalf("%s: %s: gross %v − added %v ≠ net %v", what, name, a.Gross, a.Added, a.Net)
		}
		if nonNegative && a.Added.Sign() < 0 {
			t.Fatalf("%s: %s: added %v is negative", what, name, a.Added)
		}
	}
	amounts("Total", out.Total, true)
	var sum Amounts
	for i, l := range out.Levers {
		amounts(fmt.Sprintf("Levers[%d].Increment", i), l.Increment, false)
		amounts(fmt.Sprintf("Levers[%d].Alone", i), l.Alone, true)
		sum = Amounts{Gross: sum.Gross.Add(l.Increment.Gross), Added: sum.Added.Add(l.Increment.Added), Net: sum.Net.Add(l.Increment.Net)}
	}
	if !cmp.Equal(sum, out.Total) {
		t.Fatalf("%s: the increments add up to %+v, Total is %+v", what, sum, out.Total)
	}
	if d := out.Before.Center.Cost.Sub(out.After.Center.Cost); !d.Equal(out.Total.Net) {
		t.Fatalf("%s: Before − After cost = %v − %v = %v, Total.Net %v", what, out.Before.Center.Cost, out.After.Center.Cost, d, out.Total.Net)
	}
	savingsCheckLineByLine(t, what, out)
	// Each lever's outcome is the cost before less the increments so far;
	// the last is After's.
	cost := out.Before.Center.Cost
	for i, l := range out.Levers {
		cost = cost.Sub(l.Increment.Net)
		if !l.After.Cost.Equal(cost) {
			t.Fatalf("%s: Levers[%d].After.Cost = %v, Before − the increments so far = %v", what, i, l.After.Cost, cost)
		}
	}
	// Unchanged labour keeps every labour line and the agents' hours and
	// FTE as they were.
	if s.Labour == LabourUnchanged {
		for i, l := range out.Before.Lines {
			if isLabour(l.Category) && (i >= len(out.After.Lines) || !out.After.Lines[i].Amount.Equal(l.Amount)) {
				t.Fatalf("%s: labour unchanged, but labour line %q moved from %v", what, l.Name, l.Amount)
			}
		}
		b, a := out.Before.Center, out.After.Center
		if !a.AgentHours.Equal(b.AgentHours) || !a.FTE.Equal(b.FTE) {
			t.Fatalf("%s: labour unchanged, but agent hours %v → %v, FTE %v → %v", what, b.AgentHours, a.AgentHours, b.FTE, a.FTE)
		}
	}

	h := s.Horizon.Months
	if h == 0 {
		if !cmp.Equal(Returns{}, out.Returns) {
			t.Fatalf("%s: Returns without a horizon = %+v, want zero", what, out.Returns)
		}
		for i, l := range out.Levers {
			if !cmp.Equal(Returns{}, l.AloneReturns) || l.BreakEven.Payback.IsDefined() {
				t.Fatalf("%s: Levers[%d] without a horizon has AloneReturns %+v, Payback %v", what, i, l.AloneReturns, l.BreakEven.Payback)
			}
		}
	} else {
		savingsCheckReturns(t, what+": Returns", s, out.Returns)
		for i, l := range out.Levers {
			savingsCheckReturns(t, fmt.Sprintf("%s: Levers[%d].AloneReturns", what, i), s, l.AloneReturns)
		}
	}

	if len(out.Levers) == 1 {
		l := out.Levers[0]
		if !cmp.Equal(out.Total, l.Alone) || !cmp.Equal(out.Total, l.Increment) {
			t.Fatalf("%s: one lever: Total %+v, Alone %+v, Increment %+v differ", what, out.Total, l.Alone, l.Increment)
		}
		if diff := cmp.Diff(out.Returns, l.AloneReturns); diff != "" {
			t.Fatalf("%s: one lever: Returns and Levers[0].AloneReturns differ (-Returns +AloneReturns):\n%s", what, diff)
		}
	}

	if len(s.Ranges) == 0 {
		if !cmp.Equal(Uncertainty{}, out.Uncertainty) {
			t.Fatalf("%s: Uncertainty without ranges = %+v", what, out.Uncertainty)
		}
		return
	}
	savingsCheckUncertainty(t, what, s, out)
}

// savingsCheckLineByLine checks Total.Added against the reports, line by
// line (Amounts' doc since review 0bf502b): the levers' own lines that are
// positive (After's lines past the model's) plus the rise of each model
// line that rose (its booked amount after less before, when positive).
// It reports whether a model line rose and whether one fell.
func savingsCheckLineByLine(t *testing.T, what string, out Savings) (rose, fell bool) {
	t.Helper()
	n := len(out.Before.Lines)
	if len(out.After.Lines) < n {
		t.Fatalf("%s: After has %d lines, Before %d", what, len(out.After.Lines), n)
	}
	var added decimal.Decimal
	for k, l := range out.After.Lines {
		if k >= n {
			if l.Amount.Sign() > 0 {
				added = added.Add(l.Amount)
			}
			continue
		}
		b := out.Before.Lines[k]
		if b.Name != l.Name {
			t.Fatalf("%s: After.Lines[%d] is %q, Before's %q", what, k, l.Name, b.Name)
		}
		switch d := l.Amount.Sub(b.Amount); d.Sign() {
		case 1:
			added, rose = added.Add(d), true
		case -1:
			fell = true
		}
	}
	if !added.Equal(out.Total.Added) {
		t.Fatalf("%s: Total.Added %v; the levers' positive lines and the rises of the model's lines add up to %v", what, out.Total.Added, added)
	}
	return rose, fell
}

// savingsCheckReturns checks the identities of one investment view.
func savingsCheckReturns(t *testing.T, what string, s Scenario, r Returns) {
	t.Helper()
	h := s.Horizon.Months
	if len(r.Months) != h {
		t.Fatalf("%s: %d months for a horizon of %d", what, len(r.Months), h)
	}
	cum := r.OneTime.Neg()
	var benefits, added decimal.Decimal
	payback := 0
	for k, m := range r.Months {
		if m.Month != k+1 || !m.Gross.Sub(m.Added).Equal(m.Net) || m.Added.Sign() < 0 {
			t.Fatalf("%s: Months[%d] = %+v: want month %d, gross − added = net, added ≥ 0", what, k, m, k+1)
		}
		cum = cum.Add(m.Net)
		if !cum.Equal(m.Cumulative) {
			t.Fatalf("%s: Months[%d].Cumulative = %v, −OneTime + Σ net = %v", what, k, m.Cumulative, cum)
		}
		if payback == 0 && cum.Sign() >= 0 {
			payback = k + 1
		}
		benefits, added = benefits.Add(m.Gross), added.Add(m.Added)
	}
	if !r.Benefits.Equal(benefits) || !r.Costs.Equal(added.Add(r.OneTime)) || !r.Net.Equal(r.Benefits.Sub(r.Costs)) {
		t.Fatalf("%s: Benefits %v, Costs %v, Net %v; the months give %v, %v + %v, and Net = Benefits − Costs",
			what, r.Benefits, r.Costs, r.Net, benefits, added, r.OneTime)
	}
	savingsCheckQuotient(t, what+": ROI", r.ROI, r.Net, r.Costs)
	if !r.NPV.Equal(r.PresentBenefits.Sub(r.PresentCosts)) {
		t.Fatalf("%s: NPV %v ≠ PresentBenefits %v − PresentCosts %v", what, r.NPV, r.PresentBenefits, r.PresentCosts)
	}
	savingsCheckQuotient(t, what+": DiscountedROI", r.DiscountedROI, r.NPV, r.PresentCosts)
	if s.Horizon.DiscountRate.Sign() == 0 {
		if !r.PresentBenefits.Equal(r.Benefits) || !r.PresentCosts.Equal(r.Costs) || !r.NPV.Equal(r.Net) {
			t.Fatalf("%s: at 0%%: PresentBenefits %v, PresentCosts %v, NPV %v; Benefits %v, Costs %v, Net %v",
				what, r.PresentBenefits, r.PresentCosts, r.NPV, r.Benefits, r.Costs, r.Net)
		}
	} else {
		// Discounting shrinks what is not paid at once: 0 ≤ present added ≤
		// added, and present benefits ≤ benefits when no month loses.
		pc := r.PresentCosts.Sub(r.OneTime)
		if pc.Sign() < 0 || pc.Cmp(added) > 0 {
			t.Fatalf("%s: PresentCosts %v − OneTime %v is not within 0 and the added %v", what, r.PresentCosts, r.OneTime, added)
		}
		if !slices.ContainsFunc(r.Months, func(m CashFlow) bool { return m.Gross.Sign() < 0 }) &&
			(r.PresentBenefits.Cmp(r.Benefits) > 0 || r.PresentBenefits.Sign() < 0) {
			t.Fatalf("%s: PresentBenefits %v is not within 0 and Benefits %v", what, r.PresentBenefits, r.Benefits)
		}
	}
	switch {
	case payback > 0 && r.PaybackMonth != payback:
		t.Fatalf("%s: PaybackMonth %d, the first month with a cumulative ≥ 0 is %d", what, r.PaybackMonth, payback)
	case payback == 0 && r.PaybackMonth != 0 && r.PaybackMonth <= h:
		t.Fatalf("%s: PaybackMonth %d within the horizon, but no cumulative there is ≥ 0", what, r.PaybackMonth)
	}
	// The years sum runs of 12 months; a year's cumulative is its last
	// month's.
	if len(r.Years) != (h+11)/12 {
		t.Fatalf("%s: %d years for %d months", what, len(r.Years), h)
	}
	for y, yr := range r.Years {
		last := min(12*(y+1), h)
		var want CashFlow
		want.Month, want.Cumulative = last, r.Months[last-1].Cumulative
		for _, m := range r.Months[12*y : last] {
			want.Gross, want.Added, want.Net = want.Gross.Add(m.Gross), want.Added.Add(m.Added), want.Net.Add(m.Net)
		}
		if !cmp.Equal(want, yr) {
			t.Fatalf("%s: Years[%d] = %+v, its months give %+v", what, y, yr, want)
		}
	}
	// Without seasons, once every lever is at its full effect the months
	// are all alike.
	if len(s.Horizon.Seasons) == 0 {
		steady := 1
		for _, l := range s.Levers {
			ro := l.describe().roll
			steady = max(steady, ro.DelayMonths+ro.RampMonths+1)
		}
		for m := steady + 1; m <= h; m++ {
			a, b := r.Months[steady-1], r.Months[m-1]
			if !a.Gross.Equal(b.Gross) || !a.Added.Equal(b.Added) {
				t.Fatalf("%s: months %d and %d are both at full effect but differ: %+v, %+v", what, steady, m, a, b)
			}
		}
	}
}

// savingsCheckQuotient checks that q is num/den exactly, undefined when den
// is zero.
func savingsCheckQuotient(t *testing.T, what string, q Ratio, num, den decimal.Decimal) {
	t.Helper()
	if den.Sign() == 0 {
		if q.IsDefined() {
			t.Fatalf("%s = %v over zero, want undefined", what, q)
		}
		return
	}
	want := new(big.Rat).Quo(num.Rat(), den.Rat())
	if !q.IsDefined() || q.Rat().Cmp(want) != 0 {
		t.Fatalf("%s = %v, want %v / %v = %s", what, q, num, den, want.RatString())
	}
}

// savingsCheckUncertainty checks the tornado and the three cases.
func savingsCheckUncertainty(t *testing.T, what string, s Scenario, out Savings) {
	t.Helper()
	u := out.Uncertainty
	measure := func(c Case) decimal.Decimal { return c.Total.Net }
	if s.Horizon.Months > 0 {
		measure = func(c Case) decimal.Decimal { return c.Returns.NPV }
	}
	if want := map[bool]string{true: "npv", false: "net"}[s.Horizon.Months > 0]; u.Measure != want {
		t.Fatalf("%s: Uncertainty.Measure = %q, want %q", what, u.Measure, want)
	}
	if !cmp.Equal(out.Total, u.Expected.Total) || !cmp.Equal(out.Returns, u.Expected.Returns) {
		t.Fatalf("%s: the expected case is not the scenario: %+v", what, u.Expected.Total)
	}
	if len(u.Tornado) != len(s.Ranges) {
		t.Fatalf("%s: %d tornado rows for %d ranges", what, len(u.Tornado), len(s.Ranges))
	}
	for k, sw := range u.Tornado {
		if !sw.Spread.Equal(sw.AtHigh.Sub(sw.AtLow).Abs()) {
			t.Fatalf("%s: Tornado[%d] = %+v: spread is not |AtHigh − AtLow|", what, k, sw)
		}
		if k > 0 {
			if prev := u.Tornado[k-1]; prev.Spread.Cmp(sw.Spread) < 0 || (prev.Spread.Equal(sw.Spread) && prev.Range > sw.Range) {
				t.Fatalf("%s: Tornado rows %d and %d out of order: %+v, %+v", what, k-1, k, prev, sw)
			}
		}
	}
	for _, c := range []Case{u.Pessimistic, u.Expected, u.Optimistic} {
		amountsOK := c.Total.Gross.Sub(c.Total.Added).Equal(c.Total.Net)
		if !amountsOK || len(c.Values) != len(s.Ranges) {
			t.Fatalf("%s: case %+v: gross − added ≠ net, or not a value per range", what, c)
		}
		if s.Horizon.Months > 0 {
			// The case's levers, with its values (a range may move a
			// rollout, and with it the months at full effect).
			sc := s
			sc.Levers = slices.Clone(s.Levers)
			for k, r := range s.Ranges {
				sc.Levers[r.Lever], _ = withValue(sc.Levers[r.Lever], r.Input, c.Values[k])
			}
			savingsCheckReturns(t, what+": a case's Returns", sc, c.Returns)
		}
	}
	if len(s.Ranges) == 1 {
		sw := u.Tornado[0]
		lo, hi := decimal.Min(sw.AtLow, sw.AtHigh), decimal.Max(sw.AtLow, sw.AtHigh)
		p, e, o := measure(u.Pessimistic), measure(u.Expected), measure(u.Optimistic)
		if !p.Equal(lo) || !o.Equal(hi) {
			t.Fatalf("%s: one range: pessimistic %v, optimistic %v; the swing's ends %v and %v", what, p, o, sw.AtLow, sw.AtHigh)
		}
		if p.Cmp(e) > 0 || e.Cmp(o) > 0 {
			t.Fatalf("%s: one range on %s (%v to %v): pessimistic %v ≤ expected %v ≤ optimistic %v does not hold",
				what, sw.Input, sw.Low, sw.High, p, e, o)
		}
	}
}

// savingsCheckBreakEvens re-runs each lever alone at its break-even values.
// At NetZero, its value as the library tries it (exact when it terminates,
// else rounded half-even to MaxFractionDigits places): the lever alone, in
// the period without a horizon, computes exactly when InRange says so;
// and when NetZero terminates and computes, the exact net in the period
// (the lines' exact amounts before less after) is zero. At Payback, when
// it terminates and the lever accepts it, the cumulative net cash flow of
// the last month is zero up to the booking of each month's gross and
// added. It returns how many it checked.
func savingsCheckBreakEvens(t *testing.T, what string, m Model, s Scenario, out Savings) int {
	t.Helper()
	unit := decimal.New(1, -m.Currency.MinorUnits())
	checked := 0
	for i, ls := range out.Levers {
		be := ls.BreakEven
		if be.Input == "" {
			continue
		}
		if be.NetZero.IsDefined() {
			v, exact := be.NetZero.Exact()
			if !exact {
				v, _ = be.NetZero.Round(RoundHalfEven, MaxFractionDigits)
			}
			w, _ := withValue(s.Levers[i], be.Input, v)
			got, err := m.Estimate(Scenario{Levers: []Lever{w}, Labour: s.Labour, Convention: s.Convention})
			if (err == nil) != be.InRange {
				t.Fatalf("%s: Levers[%d].BreakEven %s NetZero %v, InRange %t; the lever alone at %v: error %v",
					what, i, be.Input, be.NetZero, be.InRange, v, err)
			}
			if err == nil && exact {
				checked++
				net := new(big.Rat)
				for _, l := range got.Before.Lines {
					net.Add(net, l.Exact.Rat())
				}
				for _, l := range got.After.Lines {
					net.Sub(net, l.Exact.Rat())
				}
				if net.Sign() != 0 {
					t.Fatalf("%s: Levers[%d] alone at its NetZero break-even %s = %v has an exact net of %s (booked %v), want 0",
						what, i, be.Input, v, net.RatString(), got.Total.Net)
				}
			}
		}
		v, ok := be.Payback.Exact()
		if !ok {
			continue
		}
		w, _ := withValue(s.Levers[i], be.Input, v)
		got, err := m.Estimate(Scenario{Levers: []Lever{w}, Labour: s.Labour, Convention: s.Convention, Horizon: s.Horizon})
		if err != nil {
			continue // the value is outside what the lever accepts
		}
		checked++
		r := got.Returns
		tol := unit.Mul(decimal.NewFromInt(int64(2*len(r.Months) + 1)))
		if last := r.Months[len(r.Months)-1].Cumulative; last.Abs().Cmp(tol) > 0 {
			t.Fatalf("%s: Levers[%d] alone at its Payback break-even %s = %v ends the horizon at %v (want 0 within %v)",
				what, i, be.Input, v, last, tol)
		}
	}
	return checked
}

// savingsLongerHorizon bounds the horizons savingsCheckLongerHorizon
// tries, to keep the test quick.
const savingsLongerHorizon = 120

// savingsCheckLongerHorizon re-runs a scenario whose payback lies past its
// horizon (or never comes) with a horizon reaching the payback month (or
// savingsLongerHorizon months): the months already seen do not change, and
// the payback month is where the cumulative first turns non-negative. It
// reports whether it ran.
func savingsCheckLongerHorizon(t *testing.T, what string, m Model, s Scenario, out Savings) bool {
	t.Helper()
	h, p := s.Horizon.Months, out.Returns.PaybackMonth
	if h == 0 || (p > 0 && p <= h) || p > savingsLongerHorizon {
		return false
	}
	longer := s
	longer.Ranges = nil
	longer.Horizon.Months = p
	if p == 0 {
		longer.Horizon.Months = savingsLongerHorizon
	}
	got, err := m.Estimate(longer)
	if err != nil {
		t.Fatalf("%s: with a horizon of %d months: %v", what, longer.Horizon.Months, err)
	}
	r := got.Returns
	if diff := cmp.Diff(out.Returns.Months, r.Months[:h]); diff != "" {
		t.Fatalf("%s: a horizon of %d months changes the first %d (-want +got):\n%s", what, longer.Horizon.Months, h, diff)
	}
	if r.PaybackMonth != p {
		t.Fatalf("%s: PaybackMonth %d over %d months, %d over %d", what, p, h, r.PaybackMonth, longer.Horizon.Months)
	}
	if p > 0 && (r.Months[p-1].Cumulative.Sign() < 0 || r.Months[p-2].Cumulative.Sign() >= 0) {
		t.Fatalf("%s: PaybackMonth %d, but the cumulative is %v there and %v the month before", what, p, r.Months[p-1].Cumulative, r.Months[p-2].Cumulative)
	}
	return true
}

// TestSavingsProperties runs a few hundred random scenarios on random
// models and checks every identity of their results (savingsCheckIdentities)
// and their break-evens (savingsCheckBreakEvens). Some draws do not fit
// their model (a lever's seconds beyond an AHT another lever left): they
// must fail with an error, not a panic, and most draws must compute.
func TestSavingsProperties(t *testing.T) {
	const cases = 300
	var computed, breakEvens, horizons, seasons, ranges, longer int
	kinds := map[string]int{}
	for seed := range uint64(cases) {
		g := savingsGen{rand.New(rand.NewPCG(seed, 0x5a71))}
		m, sh := savingsModel(g)
		s := savingsScenario(g, m, sh)
		what := fmt.Sprintf("seed %d", seed)
		out, err := m.Estimate(s)
		if err != nil {
			continue
		}
		computed++
		if err := out.Before.Verify(); err != nil {
			t.Fatalf("%s: Before.Verify() = %v", what, err)
		}
		if err := out.After.Verify(); err != nil {
			t.Fatalf("%s: After.Verify() = %v", what, err)
		}
		savingsCheckIdentities(t, what, s, out)
		breakEvens += savingsCheckBreakEvens(t, what, m, s, out)
		if savingsCheckLongerHorizon(t, what, m, s, out) {
			longer++
		}
		for _, l := range out.Levers {
			kinds[l.Lever.describe().kind]++
		}
		if s.Horizon.Months > 0 {
			horizons++
		}
		if len(s.Horizon.Seasons) > 0 {
			seasons++
		}
		if len(s.Ranges) > 0 {
			ranges++
		}
	}
	t.Logf("%d of %d scenarios computed: %d with a horizon, %d with seasons, %d with a range; %d break-evens re-run; "+
		"%d paybacks looked for past the horizon; levers %v", computed, cases, horizons, seasons, ranges, breakEvens, longer, kinds)
	if computed < cases/2 || horizons < cases/4 || seasons < 10 || ranges < 20 || breakEvens < 50 || longer < 10 || len(kinds) < 7 {
		t.Errorf("the generator covers too little: %d computed, %d horizons, %d seasons, %d ranges, %d break-evens, %d kinds of lever",
			computed, horizons, seasons, ranges, breakEvens, len(kinds))
	}
}

// savingsRiseFallModel draws a month of voice (offered and abandoned
// given, queue minutes) in front of an IVR whose minutes a unit-priced line
// of the model prices, maybe with chat, so that the levers move the model's
// lines both ways:
//
//	Agent wages   variable with handle minutes (rise with the agent time a
//	              callback adds under proportional labour, fall with the
//	              time cut)
//	Carrier       telephony per voice handle minute (the same)
//	Toll-free     variable with voice queue minutes (falls)
//	IVR minutes   per IVR handle minute (rise with verification's and
//	              containment's minutes, fall with the repeat attempts a
//	              callback avoids)
//	Platform      fixed
//
// It returns the model and voice's abandonment rate.
func savingsRiseFallModel(g savingsGen) (Model, int) {
	offered := int64(100 * g.between(50, 200))
	b := g.between(3, 10)
	abandoned := offered * int64(b) / 100
	contacts := offered - abandoned
	m := Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Rounding: Rounding{Mode: Round(g.r.IntN(7))},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: decimal.NewFromInt(contacts), HandleMinutes: decimal.New(contacts*int64(g.between(30, 80)), -1),
				QueueMinutes: decimal.NewFromInt(contacts * int64(g.between(1, 4))), AgentHours: g.whole(500, 3000),
				FTE: decimal.New(int64(g.between(50, 400)), -1), Offered: decimal.NewFromInt(offered), Abandoned: decimal.NewFromInt(abandoned)},
			{Channel: ChannelIVR, Contacts: decimal.NewFromInt(offered), HandleMinutes: decimal.NewFromInt(offered * int64(g.between(1, 3)))},
		},
	}
	among := []Channel{ChannelVoice}
	if g.chance(50) {
		c := int64(g.between(500, 5000))
		m.Volumes = append(m.Volumes, Volume{Channel: ChannelChat, Contacts: decimal.NewFromInt(c),
			HandleMinutes: decimal.New(c*int64(g.between(30, 150)), -1)})
		among = append(among, ChannelChat)
	}
	m.Costs = []Cost{
		{Name: "Agent wages", Category: CategoryWages, Amount: g.whole(50000, 400000), VariesWith: MeasureHandleMinutes,
			Basis: Basis{By: MeasureHandleMinutes, Among: among}},
		{Name: "Carrier", Category: CategoryTelephony, UnitPrice: decimal.New(int64(g.between(5, 50)), -3),
			VariesWith: MeasureHandleMinutes, Channel: ChannelVoice},
		{Name: "Toll-free", Category: CategoryTelephony, Amount: g.whole(500, 5000), VariesWith: MeasureQueueMinutes, Channel: ChannelVoice},
		{Name: "IVR minutes", Category: CategoryTelephony, UnitPrice: decimal.New(int64(g.between(1, 9)), -2),
			VariesWith: MeasureHandleMinutes, Channel: ChannelIVR},
		{Name: "Platform", Category: CategoryTechnology, Amount: g.whole(5000, 50000), Basis: Basis{By: MeasureContacts}},
	}
	return m, b
}

// savingsRiseFallLever draws a lever that raises some of
// savingsRiseFallModel's lines or lowers them: a callback (agent time up,
// IVR entries down), IVR verification and containment (IVR minutes up,
// priced by the model's line), a handle-time cut, FCR, or a deflection
// with long escalations (voice time up for the escalated).
func savingsRiseFallLever(g savingsGen, abandon int) Lever {
	var ro Rollout
	if g.chance(50) {
		ro = Rollout{DelayMonths: g.between(0, 3), RampMonths: g.between(0, 6)}
	}
	inv := Investment{OneTime: g.whole(0, 20000)}
	switch g.r.IntN(6) {
	case 0:
		accept := g.between(abandon, 40)
		return Callback{AcceptRate: decimal.New(int64(accept), -2), WaitAvoided: decimal.New(int64(g.between(0, 10)), -1),
			TalkMinutes: g.whole(0, 4), OutboundMinutes: g.whole(0, 6), OutboundRate: g.hundredths(0, 3),
			OverheadSeconds: g.whole(10, 90), AbandonBefore: decimal.New(int64(abandon), -2),
			AbandonAfter: decimal.New(int64(abandon-g.between(0, abandon)), -2), RedialRate: g.hundredths(0, 100), IVR: ChannelIVR,
			Investment: inv, Rollout: ro}
	case 1:
		return IVRVerification{SecondsSaved: g.whole(0, 30), FilterRate: g.hundredths(0, 5), WastedSeconds: g.whole(0, 30),
			IVRMinutes: decimal.New(int64(g.between(5, 20)), -1), Investment: inv, Rollout: ro}
	case 2:
		cur := g.between(0, 20)
		return IVRContainment{CurrentRate: decimal.New(int64(cur), -2), TargetRate: decimal.New(int64(cur+g.between(1, 10)), -2),
			ReturnRate: g.hundredths(0, 35), ContainedMinutes: g.whole(1, 4), Investment: inv, Rollout: ro}
	case 3:
		return HandleTimeReduction{Channels: []Channel{ChannelVoice}, SecondsSaved: g.whole(5, 60), CostPerContact: g.hundredths(0, 10),
			Investment: inv, Rollout: ro}
	case 4:
		before := g.between(50, 85)
		return FirstContactResolution{Before: decimal.New(int64(before), -2), After: decimal.New(int64(before+g.between(0, 10)), -2),
			RepeatsPerUnresolved: decimal.New(int64(g.between(5, 20)), -1), Investment: inv, Rollout: ro}
	default:
		return SelfServiceDeflection{From: ChannelVoice, Reach: g.hundredths(10, 60), Resolution: g.hundredths(5, 40),
			ReContactRate: g.hundredths(0, 30), EscalationSeconds: g.whole(30, 180), CostPerSession: g.hundredths(0, 30),
			MinutesPerSession: g.whole(1, 5), Investment: inv, Rollout: ro}
	}
}

// TestSavingsPropertiesRiseAndFall runs random scenarios whose levers raise
// some of the model's lines and lower others, some lowering again a line an
// earlier lever raised. Since review 0bf502b a line that rises is an added
// cost, line by line against the baseline, and an increment is the change
// of the cumulative figures, so an increment's Added (or Gross) may be
// negative. What must hold whatever the order: the increments add up to
// Total field by field; Total.Added, every Alone.Added and every month's
// Added are ≥ 0; Total.Added is the levers' positive lines plus the rises
// of the model's lines, from the reports (all in savingsCheckIdentities).
// The generator must meet both rising and falling lines, and negative
// increments, in enough draws.
func TestSavingsPropertiesRiseAndFall(t *testing.T) {
	const cases = 150
	var computed, both, negative int
	for seed := range uint64(cases) {
		g := savingsGen{rand.New(rand.NewPCG(seed, 0x7153))}
		m, abandon := savingsRiseFallModel(g)
		s := Scenario{Labour: LabourProportional}
		if g.chance(20) {
			s.Labour = LabourUnchanged
		}
		for range g.between(2, 5) {
			s.Levers = append(s.Levers, savingsRiseFallLever(g, abandon))
		}
		if g.chance(50) {
			s.Horizon.Months = g.between(1, 24)
		}
		what := fmt.Sprintf("rise and fall, seed %d", seed)
		out, err := m.Estimate(s)
		if err != nil {
			continue // a second callback, say, whose abandonment the first changed
		}
		computed++
		savingsCheckIdentities(t, what, s, out)
		if rose, fell := savingsCheckLineByLine(t, what, out); rose && fell {
			both++
		}
		if slices.ContainsFunc(out.Levers, func(l LeverSavings) bool {
			return l.Increment.Added.Sign() < 0 || l.Increment.Gross.Sign() < 0
		}) {
			negative++
		}
	}
	t.Logf("%d of %d scenarios computed: %d with lines rising and falling, %d with a negative increment", computed, cases, both, negative)
	if computed < cases/2 || both < cases/5 || negative < 5 {
		t.Errorf("the generator covers too little: %d computed, %d with lines both ways, %d with a negative increment", computed, both, negative)
	}
}

// savingsNothing is a lever that changes nothing: no seconds saved, no
// price, no investment, live from month 1.
var savingsNothing = HandleTimeReduction{Name: "nothing", Channels: []Channel{ChannelVoice}}

// TestSavingsPropertiesAloneInterpolated checks a single lever's months,
// which review 0bf502b interpolates (horizon.go, flowRun.interpolated:
// a lever alone is priced at its full effect and at its first share, once
// a season, and every other share is read off the line through the two,
// the model's lines being affine in the share), against pricing every
// month in full.
//
// First, over the random scenarios of TestSavingsProperties with a horizon:
// each lever's Alone, AloneReturns and BreakEven (worked by the alone path
// of the scenario) equal the Total, Returns and BreakEven of a scenario of
// that lever alone (the scenario path).
//
// Then, for random single levers with a delay and a ramp of at least two
// months, on both generators' models (seasons included), three ways of
// working the same months:
//
//	one      Scenario{lever}.Returns: the scenario path, one lever, so its
//	         months are interpolated
//	full     Scenario{nothing, lever}.Returns: two levers, so each distinct
//	         month is priced in full, the lever at its share (savingsNothing
//	         at its full effect changes nothing)
//	alone    Scenario{nothing, lever}.Levers[1].AloneReturns: the alone
//	         path of a lever that is not the first, interpolated
//
// Every month's Gross, Added, Net and Cumulative, and every figure built on
// them, must agree to the minor unit (each month's exact amounts are the
// same, so their bookings are too).
func TestSavingsPropertiesAloneInterpolated(t *testing.T) {
	const scenarios = 80
	var levers int
	for seed := range uint64(scenarios) {
		g := savingsGen{rand.New(rand.NewPCG(seed, 0x5a71))}
		m, sh := savingsModel(g)
		s := savingsScenario(g, m, sh)
		if s.Horizon.Months == 0 || len(s.Levers) < 2 {
			continue
		}
		s.Ranges = nil
		out, err := m.Estimate(s)
		if err != nil {
			continue
		}
		for i, l := range s.Levers {
			what := fmt.Sprintf("seed %d: Levers[%d] alone", seed, i)
			one, err := m.Estimate(Scenario{Levers: []Lever{l}, Labour: s.Labour, Convention: s.Convention, Horizon: s.Horizon})
			if err != nil {
				t.Fatalf("%s as a scenario: %v (the scenario's alone path computed)", what, err)
			}
			levers++
			ls := out.Levers[i]
			if diff := cmp.Diff(one.Total, ls.Alone); diff != "" {
				t.Fatalf("%s: Total of the lever alone and Alone differ (-scenario +alone):\n%s", what, diff)
			}
			if diff := cmp.Diff(one.Returns, ls.AloneReturns); diff != "" {
				t.Fatalf("%s: Returns of the lever alone and AloneReturns differ (-scenario +alone):\n%s", what, diff)
			}
			if diff := cmp.Diff(one.Levers[0].BreakEven, ls.BreakEven); diff != "" {
				t.Fatalf("%s: BreakEven of the lever alone and in the scenario differ (-alone +scenario):\n%s", what, diff)
			}
		}
	}

	const singles = 120
	var ramps, seasonal int
	for seed := range uint64(singles) {
		g := savingsGen{rand.New(rand.NewPCG(seed, 0x1e7e))}
		var m Model
		var l Lever
		s := Scenario{Labour: Labour(1 + g.r.IntN(2))}
		if g.chance(50) {
			var sh savingsShape
			m, sh = savingsModel(g)
			l = savingsLever(g, sh, g.r.IntN(7))
			s.Convention = sh.convention
			if sh.seasonable && g.chance(80) {
				s.Horizon.Seasons = savingsSeasons(g, m)
			}
		} else {
			var abandon int
			m, abandon = savingsRiseFallModel(g)
			l = savingsRiseFallLever(g, abandon)
		}
		ro := Rollout{DelayMonths: g.between(0, 3), RampMonths: g.between(2, 8)}
		w, _ := withValue(l, "rollout.delay_months", decimal.NewFromInt(int64(ro.DelayMonths)))
		w, _ = withValue(w, "rollout.ramp_months", decimal.NewFromInt(int64(ro.RampMonths)))
		s.Horizon.Months = g.between(ro.DelayMonths+ro.RampMonths, 30)
		if g.chance(50) {
			s.Horizon.DiscountRate, s.Horizon.Compounding = dec("0.08"), Compounding(1+g.r.IntN(2))
		}
		what := fmt.Sprintf("single lever, seed %d", seed)
		s.Levers = []Lever{w}
		one, err := m.Estimate(s)
		if err != nil {
			continue
		}
		s.Levers = []Lever{savingsNothing, w}
		two, err := m.Estimate(s)
		if err != nil {
			t.Fatalf("%s: with the lever that does nothing first: %v (alone it computed)", what, err)
		}
		ramps++
		if len(s.Horizon.Seasons) > 0 {
			seasonal++
		}
		if diff := cmp.Diff(two.Returns, one.Returns); diff != "" {
			t.Fatalf("%s (%s, %+v): months priced in full and interpolated differ (-full +one):\n%s",
				what, l.describe().kind, ro, diff)
		}
		if diff := cmp.Diff(two.Returns, two.Levers[1].AloneReturns); diff != "" {
			t.Fatalf("%s (%s, %+v): months priced in full and the alone path's differ (-full +alone):\n%s",
				what, l.describe().kind, ro, diff)
		}
		if diff := cmp.Diff(two.Total, one.Total); diff != "" {
			t.Fatalf("%s: Total with the lever that does nothing differs (-two +one):\n%s", what, diff)
		}
	}
	t.Logf("%d levers of multi-lever scenarios against themselves alone; %d single levers with ramps priced three ways (%d with seasons)",
		levers, ramps, seasonal)
	if levers < 50 || ramps < singles/2 || seasonal < 10 {
		t.Errorf("too little covered: %d levers alone, %d single levers with ramps, %d with seasons", levers, ramps, seasonal)
	}
}
