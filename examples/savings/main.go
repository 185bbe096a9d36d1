// Command savings is the business case of a sample contact center: what it
// would save by putting a help center in front of email, containing simple
// calls in the IVR and routing by skill, each on its own rollout; the cash
// flows, payback, NPV and ROI over three years; each lever's break-even;
// and the range of the result over the inputs the team is least sure of.
//
//	go run ./examples/savings
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/contactcost/contactcost"
	"github.com/shopspring/decimal"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

var d = decimal.RequireFromString

// center is a month of a mid-size center. Agent wages and benefits follow
// handle minutes, the carrier bills per handle minute and the toll-free
// number per queue minute; the rest is fixed in the month.
func center() contactcost.Model {
	agents := []contactcost.Channel{contactcost.ChannelVoice, contactcost.ChannelEmail, contactcost.ChannelChat}
	return contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAssisted,
		Costs: []contactcost.Cost{
			{Name: "Agent wages and benefits", Category: contactcost.CategoryWages, Amount: d("515625"),
				VariesWith: contactcost.MeasureHandleMinutes,
				Basis:      contactcost.Basis{By: contactcost.MeasureHandleMinutes, Among: agents}},
			{Name: "Carrier minutes", Category: contactcost.CategoryTelephony, UnitPrice: d("0.018"),
				VariesWith: contactcost.MeasureHandleMinutes, Channel: contactcost.ChannelVoice},
			{Name: "Toll-free queue minutes", Category: contactcost.CategoryTelephony, UnitPrice: d("0.022"),
				VariesWith: contactcost.MeasureQueueMinutes, Channel: contactcost.ChannelVoice},
			{Name: "Supervision, QA, training", Category: contactcost.CategoryWages, Amount: d("72800"),
				Basis: contactcost.Basis{By: contactcost.MeasureFTE, Among: agents}},
			{Name: "Platform, CRM, WFM", Category: contactcost.CategorySoftwareLicences, Amount: d("43960"),
				Basis: contactcost.Basis{By: contactcost.MeasureContacts}},
			{Name: "Office and desktops", Category: contactcost.CategoryFacilities, Amount: d("44100"),
				Basis: contactcost.Basis{By: contactcost.MeasureFTE, Among: agents}},
			{Name: "IVR platform", Category: contactcost.CategoryTechnology, Amount: d("6800"), Channel: contactcost.ChannelIVR},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("42000"), HandleMinutes: d("260400"), QueueMinutes: d("58800"), FTE: d("38")},
			{Channel: contactcost.ChannelEmail, Contacts: d("9500"), HandleMinutes: d("80750"), FTE: d("9")},
			{Channel: contactcost.ChannelChat, Contacts: d("15800"), HandleMinutes: d("165900"), FTE: d("11")},
			{Channel: contactcost.ChannelIVR, Contacts: d("61000"), HandleMinutes: d("109800")},
		},
	}
}

// scenario puts a help center in front of email, contains more calls in
// the IVR and routes by skill, each on its own rollout, over three years at
// an 8% discount rate, with the three inputs the team is least sure of as
// ranges.
func scenario(labour contactcost.Labour) contactcost.Scenario {
	return contactcost.Scenario{
		Labour: labour,
		Levers: []contactcost.Lever{
			contactcost.SelfServiceDeflection{Name: "Help center", From: contactcost.ChannelEmail,
				Reach: d("0.40"), Resolution: d("0.35"), ReContactRate: d("0.25"),
				CostPerSession: d("0.05"), MinutesPerSession: d("3"),
				Investment: contactcost.Investment{OneTime: d("25000"), MonthlyFee: d("1200")},
				Rollout:    contactcost.Rollout{RampMonths: 4}},
			contactcost.IVRContainment{Name: "Balance and status in the IVR", CurrentRate: d("0.25"), TargetRate: d("0.32"),
				ReturnRate: d("0.30"), ContainedMinutes: d("1.5"), CostPerMinute: d("0.012"),
				Investment: contactcost.Investment{OneTime: d("40000")},
				Rollout:    contactcost.Rollout{DelayMonths: 2, RampMonths: 3}},
			contactcost.ACDRouting{Name: "Skills-based routing", TransferRateBefore: d("0.09"), TransferRateAfter: d("0.04"),
				WastedSeconds: d("65"), AHTReductionSeconds: d("10"),
				Investment: contactcost.Investment{OneTime: d("15000"), MonthlyFee: d("900")},
				Rollout:    contactcost.Rollout{DelayMonths: 1}},
		},
		Horizon: contactcost.Horizon{Months: 36, DiscountRate: d("0.08"), Compounding: contactcost.CompoundingMonthly},
		Ranges: []contactcost.Range{
			{Lever: 0, Input: "resolution", Low: d("0.25"), High: d("0.45")},
			{Lever: 1, Input: "target_rate", Low: d("0.29"), High: d("0.35")},
			{Lever: 2, Input: "investment.one_time", Low: d("12000"), High: d("25000")},
		},
	}
}

func run(w io.Writer) error {
	e, err := center().Estimate(scenario(contactcost.LabourProportional))
	if err != nil {
		return err
	}
	kept, err := center().Estimate(scenario(contactcost.LabourUnchanged))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Savings estimate, %s (%s), levers applied in order\n\n", e.Before.Period, e.Before.Currency)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lever\tgross\tadded\tnet\talone\tone-time\tpayback alone\tNPV alone\t")
	for _, l := range e.Levers {
		r := l.AloneReturns
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", l.Name, l.Increment.Gross.StringFixed(2), l.Increment.Added.StringFixed(2),
			l.Increment.Net.StringFixed(2), l.Alone.Net.StringFixed(2), r.OneTime.StringFixed(2), month(r.PaybackMonth), r.NPV.StringFixed(2))
	}
	s, r := e.Total, e.Returns
	fmt.Fprintf(tw, "all\t%s\t%s\t%s\t\t%s\t%s\t%s\t\n", s.Gross.StringFixed(2), s.Added.StringFixed(2), s.Net.StringFixed(2),
		r.OneTime.StringFixed(2), month(r.PaybackMonth), r.NPV.StringFixed(2))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "(a month at full effect; keeping every agent instead, the net is %s a month and the NPV %s)\n",
		kept.Total.Net.StringFixed(2), kept.Returns.NPV.StringFixed(2))

	before, after := e.Before, e.After
	fmt.Fprintf(w, "\ntotal cost            %12s -> %12s\n", before.Center.Cost.StringFixed(2), after.Center.Cost.StringFixed(2))
	fmt.Fprintf(w, "per assisted contact  %12s -> %12s\n", before.Center.CostPerContact.StringFixed(2), after.Center.CostPerContact.StringFixed(2))
	fmt.Fprintf(w, "per contact (all)     %12s -> %12s\n", perContact(before), perContact(after))

	fmt.Fprintln(w, "\nCash flows (one-time investment at the start):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "start\t\t\t%s\t%s\t\n", r.OneTime.Neg().StringFixed(2), r.OneTime.Neg().StringFixed(2))
	fmt.Fprintln(tw, "year\tgross\tadded\tnet\tcumulative\t")
	for i, y := range r.Years {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t\n", i+1, y.Gross.StringFixed(2), y.Added.StringFixed(2), y.Net.StringFixed(2), y.Cumulative.StringFixed(2))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	roi, _ := r.ROI.Round(contactcost.RoundHalfEven, 4)
	droi, _ := r.DiscountedROI.Round(contactcost.RoundHalfEven, 4)
	fmt.Fprintf(w, "payback in month %d; NPV at 8%% %s; ROI (TEI) %s%%, on present values %s%%\n",
		r.PaybackMonth, r.NPV.StringFixed(2), roi.Shift(2).StringFixed(2), droi.Shift(2).StringFixed(2))

	fmt.Fprintln(w, "\nBreak-even of each lever alone:")
	for _, l := range e.Levers {
		if be := l.BreakEven; be.Input != "" {
			p, _ := be.NetZero.Round(contactcost.RoundHalfEven, 4)
			b, _ := be.Payback.Round(contactcost.RoundHalfEven, 4)
			fmt.Fprintf(w, "  %s: %s %s saves nothing a month, %s pays back in 36 months\n", l.Name, be.Input, p.StringFixed(4), b.StringFixed(4))
		}
	}
	u := e.Uncertainty
	fmt.Fprintf(w, "\nNPV over the ranges: pessimistic %s, expected %s, optimistic %s\n",
		u.Pessimistic.Returns.NPV.StringFixed(2), u.Expected.Returns.NPV.StringFixed(2), u.Optimistic.Returns.NPV.StringFixed(2))
	for _, sw := range u.Tornado {
		fmt.Fprintf(w, "  %s %s %s..%s moves it by %s\n", sw.Lever, sw.Input, sw.Low, sw.High, sw.Spread.StringFixed(2))
	}
	fmt.Fprintln(w, "\nAssumptions:")
	for _, a := range e.Assumptions {
		fmt.Fprintln(w, "  - "+a)
	}
	fmt.Fprintln(w, "\nHow the first lever was worked out:")
	fmt.Fprintln(w, "  "+strings.Join(e.Levers[0].Formula, "\n  "))
	return nil
}

// month formats a payback month, or "never" (not within 100 years).
func month(m int) string {
	if m == 0 {
		return "never"
	}
	return "month " + strconv.Itoa(m)
}

// perContact returns a report's cost over all its contacts, automated ones
// included, rounded to cents.
func perContact(r contactcost.Report) string {
	cpc, err := contactcost.CostPerContact(r.Center.Cost, r.AllContacts)
	if err != nil {
		return "n/a"
	}
	v, _ := cpc.Round(contactcost.RoundHalfEven, 2)
	return v.StringFixed(2)
}
