package contactcost_test

import (
	"fmt"
	"time"

	"github.com/contactcost/contactcost"
	"github.com/contactcost/contactcost/erlang"
	"github.com/shopspring/decimal"
)

// Staffing turns an IVR containment rate into agents. A center takes
// 106,000 calls a month into its voice queue (100,000 answered, 6 minutes
// each, 250 FTE); its IVR resolves 20% of the 140,000 calls that enter it,
// and a new design should resolve 30%. Calls arrive over the day by a
// half-hourly shape (none at night, a lunchtime peak); every half-hour
// must answer 80% within 20 seconds.
//
// Worked: 14,000 more calls are contained, 4,200 of them come back, so
// 9,800 of the 106,000 offered calls leave voice: its handle minutes fall
// by 600,000 × 9,800/106,000 = 55,471.70, 9.25%. Proportional labour cuts
// the wage and benefit bill (1,500,000, varying with handle minutes) by
// that share: 138,679.25. Queueing labour staffs each half-hour with the
// offered calls: March's 106,000 are 3,419.35 a day, 65.76 per unit of
// the shape (Σ weights 52), so a lunchtime half-hour (weight 3) has 197.3
// calls of 6 minutes, 39.5 Erlangs, and needs 46 agents; after, 179.0
// calls, 35.8 Erlangs, 42 agents. Over the day Erlang C needs 832
// agent-half-hours before and 760 after (package erlang, half-hour by
// half-hour): the bill falls by 1,500,000 × 72/832 = 129,807.69, FTE by
// 250 × 72/832 = 21.63 (proportional: 250 × 9,800/106,000 = 23.11). A
// queue needs fewer agents per call the larger it is, so agents fall by
// less than the calls: the saving is 6.4% below the proportional figure. Both nets add the carrier's 55,471.70 minutes
// × 0.02 = 1,109.43 and take off the IVR's 36,400 more minutes × 0.05 =
// 1,820.
func Example_staffingIVRContainment() {
	m := contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAssisted,
		Costs: []contactcost.Cost{
			{Name: "Agent wages", Category: contactcost.CategoryWages, Amount: d("1200000"),
				VariesWith: contactcost.MeasureHandleMinutes, Channel: contactcost.ChannelVoice},
			{Name: "Benefits", Category: contactcost.CategoryBenefits, Amount: d("300000"),
				VariesWith: contactcost.MeasureHandleMinutes, Channel: contactcost.ChannelVoice},
			{Name: "Carrier", Category: contactcost.CategoryTelephony, UnitPrice: d("0.02"),
				VariesWith: contactcost.MeasureHandleMinutes, Channel: contactcost.ChannelVoice},
			{Name: "IVR ports", Category: contactcost.CategoryTechnology, UnitPrice: d("0.05"),
				VariesWith: contactcost.MeasureHandleMinutes, Channel: contactcost.ChannelIVR},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("100000"), HandleMinutes: d("600000"),
				Offered: d("106000"), Abandoned: d("6000"), FTE: d("250")},
			{Channel: contactcost.ChannelIVR, Contacts: d("140000"), HandleMinutes: d("280000")},
		},
	}
	// A day in half-hours: closed until 08:00, 2 until noon, 3 until 14:00,
	// 2 until 18:00, 1 until 22:00, closed after.
	var shape []decimal.Decimal
	for _, run := range []struct{ n, w int64 }{{16, 0}, {8, 2}, {4, 3}, {8, 2}, {8, 1}, {4, 0}} {
		for range run.n {
			shape = append(shape, decimal.NewFromInt(run.w))
		}
	}
	s := contactcost.Scenario{
		Levers: []contactcost.Lever{contactcost.IVRContainment{
			CurrentRate: d("0.20"), TargetRate: d("0.30"), ReturnRate: d("0.30"), ContainedMinutes: d("2"),
		}},
		Labour: contactcost.LabourQueueing,
		Staffing: []contactcost.StaffingProfile{{
			Channel: contactcost.ChannelVoice, Interval: 30 * time.Minute, Shape: shape,
			Targets: erlang.Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second},
		}},
	}
	q, err := m.Estimate(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	s.Labour, s.Staffing = contactcost.LabourProportional, nil
	p, err := m.Estimate(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	st := q.Staffing[0]
	sum := func(xs []int) (n int) {
		for _, x := range xs {
			n += x
		}
		return n
	}
	fte, _ := st.FTESaved.Round(contactcost.RoundHalfEven, 2)
	propFTE, _ := st.FTEProportional.Round(contactcost.RoundHalfEven, 2)
	fmt.Printf("agent-half-hours a day: %d → %d (peak %d → %d)\n", sum(st.Before), sum(st.After), st.Before[24], st.After[24])
	fmt.Printf("factor %s, FTE saved: queueing %s, proportional %s\n", st.Factor, fte, propFTE)
	fmt.Printf("wages and benefits saved: queueing %s, proportional %s\n", st.Saved, st.Proportional)
	fmt.Printf("net a month: queueing %s, proportional %s\n", q.Total.Net, p.Total.Net)
	// Output:
	// agent-half-hours a day: 832 → 760 (peak 46 → 42)
	// factor 95/104, FTE saved: queueing 21.63, proportional 23.11
	// wages and benefits saved: queueing 129807.69, proportional 138679.25
	// net a month: queueing 129097.12, proportional 137968.68
}
