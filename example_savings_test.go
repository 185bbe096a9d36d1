package contactcost_test

import (
	"fmt"

	"github.com/contactcost/contactcost"
)

// savingsCenter is the center of the savings examples, a month of it:
// voice behind an IVR, and chat. Agent wages vary with handle minutes and
// are split by them; the carrier, the toll-free queue and the IVR ports are
// priced per minute; the platform is fixed.
func savingsCenter() contactcost.Model {
	return contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAssisted,
		Costs: []contactcost.Cost{
			{Name: "Agent wages", Category: contactcost.CategoryWages, Amount: d("120000"),
				VariesWith: contactcost.MeasureHandleMinutes, Basis: contactcost.Basis{By: contactcost.MeasureHandleMinutes}},
			{Name: "Carrier", Category: contactcost.CategoryTelephony, UnitPrice: d("0.02"),
				VariesWith: contactcost.MeasureHandleMinutes, Channel: contactcost.ChannelVoice},
			{Name: "Toll-free queue", Category: contactcost.CategoryTelephony, UnitPrice: d("0.06"),
				VariesWith: contactcost.MeasureQueueMinutes, Channel: contactcost.ChannelVoice},
			{Name: "IVR ports", Category: contactcost.CategoryTechnology, UnitPrice: d("0.05"),
				VariesWith: contactcost.MeasureHandleMinutes, Channel: contactcost.ChannelIVR},
			{Name: "Platform", Category: contactcost.CategoryTechnology, Amount: d("30000"),
				Basis: contactcost.Basis{By: contactcost.MeasureContacts}},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("10000"), HandleMinutes: d("60000"), QueueMinutes: d("20000"),
				Offered: d("10600"), Abandoned: d("600")},
			{Channel: contactcost.ChannelChat, Contacts: d("5000"), HandleMinutes: d("40000")},
			{Channel: contactcost.ChannelIVR, Contacts: d("14000"), HandleMinutes: d("28000")},
		},
	}
}

// printFormula prints a lever's working and what it saves in the period.
func printFormula(s contactcost.Savings) {
	for _, line := range s.Levers[0].Formula {
		fmt.Println(line)
	}
	t := s.Total
	fmt.Printf("gross %s − added %s = net %s a month\n", t.Gross, t.Added, t.Net)
}

// A chatbot that meets every chat first: a funnel where every session is
// paid, 30% resolve, the rest reach an agent 45 seconds longer than
// today, and 10% of the resolved come back. Under proportional labour the
// agent minutes it saves are wages saved; the business case rolls it out
// after a month, ramps it over six, and shows the range of the two inputs
// the team is least sure of.
//
// Worked: sessions 5,000; resolved 1,500, of which 150 come back and meet
// the bot again (150 more sessions, escalated), so chat falls to 3,650
// contacts and 29,200 minutes, plus (3,500 + 150) escalated × 45 s =
// 2,737.5 minutes: 31,937.5, a fall of 8,062.5 of the 100,000 minutes the
// 120,000 of wages vary with: 9,675 saved; 5,150 sessions × 0.50 = 2,575
// and the fee 2,500 added: net 4,600 a month at full effect. In the
// resolution r: sessions 5,000 + 500r, chat minutes 43,750 − 39,375r, so
// net = 1.2 (39,375r − 3,750) − 0.5 (5,000 + 500r) − 2,500 = 47,000r −
// 9,500, zero at r = 19/94 ≈ 0.2021.
func Example_chatbotBusinessCase() {
	bot := contactcost.SelfServiceDeflection{
		Name: "Chatbot", From: contactcost.ChannelChat,
		Reach: d("1"), Resolution: d("0.30"), ReContactRate: d("0.10"), EscalationSeconds: d("45"),
		CostPerSession: d("0.50"), MinutesPerSession: d("3"),
		Investment: contactcost.Investment{OneTime: d("40000"), MonthlyFee: d("2500")},
		Rollout:    contactcost.Rollout{DelayMonths: 1, RampMonths: 6},
	}
	s, err := savingsCenter().Estimate(contactcost.Scenario{
		Levers:  []contactcost.Lever{bot},
		Labour:  contactcost.LabourProportional,
		Horizon: contactcost.Horizon{Months: 36, DiscountRate: d("0.08"), Compounding: contactcost.CompoundingMonthly},
		Ranges: []contactcost.Range{
			{Lever: 0, Input: "resolution", Low: d("0.20"), High: d("0.40")},
			{Lever: 0, Input: "investment.one_time", Low: d("30000"), High: d("60000")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Assumptions[0])
	t := s.Total
	fmt.Printf("at full effect: gross %s − added %s = net %s a month\n", t.Gross, t.Added, t.Net)
	r := s.Returns
	for _, m := range r.Months[:3] {
		fmt.Printf("month %d: gross %8s  added %8s  net %9s  cumulative %10s\n", m.Month, m.Gross, m.Added, m.Net, m.Cumulative)
	}
	for i, y := range r.Years {
		fmt.Printf("year %d:  gross %8s  added %8s  net %9s  cumulative %10s\n", i+1, y.Gross, y.Added, y.Net, y.Cumulative)
	}
	roi, _ := r.ROI.Round(contactcost.RoundHalfEven, 4)
	fmt.Printf("payback in month %d; NPV at 8%% %s; ROI (TEI) %s\n", r.PaybackMonth, r.NPV, roi)
	be := s.Levers[0].BreakEven
	period, _ := be.NetZero.Round(contactcost.RoundHalfEven, 4)
	payback, _ := be.Payback.Round(contactcost.RoundHalfEven, 4)
	fmt.Printf("break-even %s: %s a month, %s to pay back in 36 months\n", be.Input, period.StringFixed(4), payback.StringFixed(4))
	u := s.Uncertainty
	fmt.Printf("NPV pessimistic %s, expected %s, optimistic %s\n",
		u.Pessimistic.Returns.NPV, u.Expected.Returns.NPV, u.Optimistic.Returns.NPV)
	for _, sw := range u.Tornado {
		fmt.Printf("  %-20s %s..%s moves the NPV by %s\n", sw.Input, sw.Low, sw.High, sw.Spread)
	}
	// Output:
	// labour proportional: agent hours and FTE follow handle minutes (constant occupancy); wage and benefit lines move with the figure they vary with, an optimistic reading for small teams
	// at full effect: gross 9675 − added 5075 = net 4600 a month
	// month 1: gross        0  added        0  net         0  cumulative     -40000
	// month 2: gross   1612.5  added  2929.17  net  -1316.67  cumulative  -41316.67
	// month 3: gross     3225  added  3358.33  net   -133.33  cumulative     -41450
	// year 1:  gross  82237.5  added  49387.5  net     32850  cumulative      -7150
	// year 2:  gross   116100  added    60900  net     55200  cumulative      48050
	// year 3:  gross   116100  added    60900  net     55200  cumulative     103250
	// payback in month 14; NPV at 8% 84862.99; ROI (TEI) 0.4889
	// break-even resolution: 0.2021 a month, 0.2324 to pay back in 36 months
	// NPV pessimistic -68960.61, expected 84862.99, optimistic 228686.59
	//   resolution           0.2..0.4 moves the NPV by 267647.2
	//   investment.one_time  30000..60000 moves the NPV by 30000
}

// An IVR that contains more calls and a callback, under each labour
// assumption. Keeping every agent, only the telephony moves, and the two
// levers never pay back their 45,000: the callback's toll and carrier
// savings do not cover its fee. With agents following their workload the
// containment saves wages and carries the case, while the callback, whose
// agents also dial and now serve callers who used to give up, costs more
// agent time than it saves in minutes.
//
// Worked, the IVR under unchanged labour: 14,000 entries × 0.08 = 1,120
// newly contained, 336 return, so voice's 10,600 offered calls lose 784
// and its minutes fall by 60,000 × 784/10,600 = 4,437.74 (carrier 88.75)
// and its queue minutes by 20,000 × 784/10,600 = 1,479.25 (toll 88.75),
// while the IVR gains 2,240 minutes for the contained calls and 336 × 2
// for the returning callers' second entries (ports −145.60): 31.90 a
// month.
func Example_ivrAndCallback() {
	ivr := contactcost.IVRContainment{
		Name: "IVR self-service", CurrentRate: d("0.20"), TargetRate: d("0.28"), ReturnRate: d("0.30"), ContainedMinutes: d("2"),
		Investment: contactcost.Investment{OneTime: d("30000")}, Rollout: contactcost.Rollout{RampMonths: 3},
	}
	callback := contactcost.Callback{
		Name: "Callback", AcceptRate: d("0.15"), WaitAvoided: d("4"), TalkMinutes: d("6"),
		OutboundMinutes: d("7"), OutboundRate: d("0.01"), OverheadSeconds: d("15"),
		AbandonBefore: d("0.0566"), AbandonAfter: d("0.03"), RedialRate: d("0.6"),
		Investment: contactcost.Investment{OneTime: d("15000"), MonthlyFee: d("600")}, Rollout: contactcost.Rollout{DelayMonths: 2},
	}
	for _, labour := range []contactcost.Labour{contactcost.LabourUnchanged, contactcost.LabourProportional} {
		s, err := savingsCenter().Estimate(contactcost.Scenario{
			Levers:  []contactcost.Lever{ivr, callback},
			Labour:  labour,
			Horizon: contactcost.Horizon{Months: 36, DiscountRate: d("0.08"), Compounding: contactcost.CompoundingAnnual},
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("labour %s:\n", labour)
		for _, l := range s.Levers {
			fmt.Printf("  %-16s net %9s a month (alone %9s)\n", l.Name, l.Increment.Net, l.Alone.Net)
		}
		r := s.Returns
		fmt.Printf("  over 36 months: benefits %s, costs %s, NPV %s, payback month %d\n", r.Benefits, r.Costs, r.NPV, r.PaybackMonth)
	}
	// Output:
	// labour unchanged:
	//   IVR self-service net      31.9 a month (alone      31.9)
	//   Callback         net   -175.15 a month (alone   -141.23)
	//   over 36 months: benefits 24161.45, costs 74000.38, NPV -49275.18, payback month 0
	// labour proportional:
	//   IVR self-service net   5357.18 a month (alone   5357.18)
	//   Callback         net  -1368.85 a month (alone  -1430.27)
	//   over 36 months: benefits 169960.45, costs 74000.38, NPV 80199, payback month 12
}

// Self-service from a current to a target share of all demand: 10% of
// demand is self-served today, 20% is the target, so (0.20 − 0.10) / (1 −
// 0.10) of voice's calls resolve there instead: 1,111.1 calls; at a
// resolution of 0.5 that takes twice as many sessions, each paid.
//
// Worked: voice keeps 8/9 of its calls, so its minutes fall by 6,666.67
// (wages 8,000, carrier 120,000 → 1,066.67 booked: 133.33) and its queue
// minutes by 2,222.22 (toll 133.33): gross 8,266.66, each line booked to
// the cent before the difference is taken.
func ExampleSelfServiceDeflection() {
	s, err := savingsCenter().Estimate(contactcost.Scenario{Labour: contactcost.LabourProportional,
		Levers: []contactcost.Lever{contactcost.SelfServiceDeflection{
			From: contactcost.ChannelVoice, CurrentRate: d("0.10"), TargetRate: d("0.20"), Resolution: d("0.5"),
			CostPerSession: d("0.40"), MinutesPerSession: d("4"),
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printFormula(s)
	// Output:
	// resolved = 10000 voice contacts × (0.2 − 0.1) / (1 − 0.1) = ≈1111.111111; sessions = ≈1111.111111 / 0.5 = ≈2222.222222
	// coming back = ≈1111.111111 × 0 = 0, meeting self-service again: 0
	// sessions ≈2222.222222, escalated ≈1111.111111
	// voice contacts: 10000 − (≈1111.111111 − 0) = ≈8888.888889, minutes in proportion
	// self-service sessions + ≈2222.222222, minutes + ≈2222.222222 × 4 = ≈8888.888889
	// sessions cost ≈2222.222222 × 0.4 = ≈888.888889
	// gross 8266.66 − added 888.89 = net 7377.77 a month
}

// IVR containment is stated as analysts quote it: the share of calls
// entering the IVR that it resolves, now and after. The contained calls
// entered the IVR already; only the callers who return enter it again.
//
// Worked: 490 calls leave voice's 10,600 offered, so its minutes fall by
// 60,000 × 490/10,600 = 2,773.58 (wages 3,328.30, carrier 55.47) and its
// queue minutes by 924.53 (toll 55.47): gross 3,439.24; the IVR's 1,820
// minutes cost 91 on the model's own line, which rises: an added cost.
func ExampleIVRContainment() {
	s, err := savingsCenter().Estimate(contactcost.Scenario{Labour: contactcost.LabourProportional,
		Levers: []contactcost.Lever{contactcost.IVRContainment{
			CurrentRate: d("0.20"), TargetRate: d("0.25"), ReturnRate: d("0.30"), ContainedMinutes: d("2"),
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printFormula(s)
	// Output:
	// contained = 14000 IVR entries × (0.25 − 0.2) = 700; returning = 700 × 0.3 = 210
	// voice offered calls: 10600 − 490 = 10110; handled 10000 → ≈9537.735849, minutes in proportion
	// ivr entries 14000 + 210 returning; minutes + 700 × 2 + 210 × 2 = 1820
	// IVR cost 1820 min: priced by the model's line "IVR ports", which reprices them
	// gross 3439.24 − added 91 = net 3348.24 a month
}

// Verification in the IVR saves agent seconds on every call that reaches
// an agent and filters silent calls; its minutes are the IVR's.
//
// Worked: 3,366.67 handle minutes saved (wages 4,040, carrier 67.33), the
// 200 filtered calls' queue minutes (400, toll 24): gross 4,131.33; every
// one of the 10,600 offered calls passes the step: 5,300 IVR minutes, the
// model's ports line rising 265: added.
func ExampleIVRVerification() {
	s, err := savingsCenter().Estimate(contactcost.Scenario{Labour: contactcost.LabourProportional,
		Levers: []contactcost.Lever{contactcost.IVRVerification{
			SecondsSaved: d("20"), FilterRate: d("0.02"), WastedSeconds: d("30"), IVRMinutes: d("0.5"),
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printFormula(s)
	// Output:
	// filtered = 10000 calls × 0.02 = 200
	// handle minutes: 60000 − (200 × 30 s + 9800 × 20 s) / 60 = ≈56633.333333
	// ivr minutes + 10600 × 0.5 = 5300
	// IVR cost 5300 min: priced by the model's line "IVR ports", which reprices them
	// gross 4131.33 − added 265 = net 3866.33 a month
}

// A callback conserves agent work: every callback is handled, and dialled.
// It saves queue minutes, moves the talk minutes to the outbound leg, and
// lowers abandonment, whose repeat attempts no longer come.
//
// Worked, keeping every agent: the toll-free line falls by 6,679.2 ×
// 0.06 = 400.75; the carrier no longer bills the 9,540 talk minutes moved
// to the outbound leg, at its own 0.02: 190.80; gross 591.55. The carrier
// bills the 112.784 callers now served (× 6 minutes) and the dialling
// (397.5 minutes): 21.48 more, added with the outbound leg's 111.30.
func ExampleCallback() {
	s, err := savingsCenter().Estimate(contactcost.Scenario{Labour: contactcost.LabourUnchanged,
		Levers: []contactcost.Lever{contactcost.Callback{
			AcceptRate: d("0.15"), WaitAvoided: d("4"), TalkMinutes: d("6"),
			OutboundMinutes: d("7"), OutboundRate: d("0.01"), OverheadSeconds: d("15"),
			AbandonBefore: d("0.0566"), AbandonAfter: d("0.03"), RedialRate: d("0.6"),
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printFormula(s)
	// Output:
	// callbacks = 10600 offered × 0.15 = 1590
	// fewer abandoned = 10600 × (0.0566 − 0.03) = 281.96; repeat attempts avoided = 281.96 × 0.6 = 169.176; served who gave up before = 112.784
	// queue minutes − 1590 × 4 − 169.176 × 20000 / 10600 = 6679.2
	// handle minutes + 1590 × 15 s / 60 = 397.5
	// outbound leg 1590 × 7 min × 0.01 = 111.3
	// inbound talk 1590 × 6 = 9540 min moved to the outbound leg, no longer billed by "Carrier" at 0.02 a minute: 190.8
	// queue minutes: priced by the model's own line, which reprices them
	// gross 591.55 − added 132.78 = net 458.77 a month
}

// Routing to the right skill avoids transfers, each wasting agent time.
func ExampleACDRouting() {
	s, err := savingsCenter().Estimate(contactcost.Scenario{Labour: contactcost.LabourProportional,
		Levers: []contactcost.Lever{contactcost.ACDRouting{
			TransferRateBefore: d("0.12"), TransferRateAfter: d("0.05"), WastedSeconds: d("65"),
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printFormula(s)
	// Output:
	// transfers avoided = 10000 × (0.12 − 0.05) = 700
	// handle minutes: 60000 − (700 × 65 s + 10000 × 0 s) / 60 = ≈59241.666667
	// gross 925.17 − added 0 = net 925.17 a month
}

// First-contact resolution with the repeat multiplier published cases
// state: each unresolved first contact brings 1.5 more.
func ExampleFirstContactResolution() {
	s, err := savingsCenter().Estimate(contactcost.Scenario{Labour: contactcost.LabourProportional,
		Levers: []contactcost.Lever{contactcost.FirstContactResolution{
			Channel: contactcost.ChannelChat, Before: d("0.70"), After: d("0.76"), RepeatsPerUnresolved: d("1.5"),
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printFormula(s)
	// Output:
	// contacts per need: 1 + 1.5 × (1 − FCR): before 1.45, after 1.36 (FCR 0.76)
	// contacts: 5000 × 1.36 / 1.45 = ≈4689.655172; repeat contacts avoided ≈310.344828
	// gross 2979.31 − added 0 = net 2979.31 a month
}

// Agent assist saves handle time on both assisted channels, at a price per
// contact.
func ExampleHandleTimeReduction() {
	s, err := savingsCenter().Estimate(contactcost.Scenario{Labour: contactcost.LabourProportional,
		Levers: []contactcost.Lever{contactcost.HandleTimeReduction{
			Name: "Agent assist", Channels: []contactcost.Channel{contactcost.ChannelVoice, contactcost.ChannelChat},
			SecondsSaved: d("18"), CostPerContact: d("0.05"),
		}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	printFormula(s)
	// Output:
	// voice handle minutes: 60000 − 10000 contacts × 18 s / 60 = 57000; tool cost 10000 × 0.05 = 500
	// chat handle minutes: 40000 − 5000 contacts × 18 s / 60 = 38500; tool cost 5000 × 0.05 = 250
	// gross 5460 − added 750 = net 4710 a month
}
