// Command savings estimates what a sample contact center would save in a
// month by deflecting calls to a help center, containing simple calls in
// the IVR and routing by skill, and whether the investment pays back.
//
//	go run ./examples/savings
package main

import (
	"fmt"
	"io"
	"os"
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

func scenario() contactcost.Scenario {
	return contactcost.Scenario{
		Levers: []contactcost.Lever{
			contactcost.SelfServiceDeflection{Name: "Help center", From: contactcost.ChannelEmail, Rate: d("0.15"),
				ReContactRate: d("0.25"), CostPerContact: d("0.10"),
				Investment: contactcost.Investment{OneTime: d("25000"), Recurring: d("1200")}},
			contactcost.IVRContainment{Name: "Balance and status in the IVR", Rate: d("0.12"), CallbackRate: d("0.30"),
				IVRMinutes: d("1.5"),
				Investment: contactcost.Investment{OneTime: d("40000")}},
			contactcost.ACDRouting{Name: "Skills-based routing", TransferRateBefore: d("0.09"), TransferRateAfter: d("0.04"),
				WastedSeconds: d("65"), AHTReductionSeconds: d("10"),
				Investment: contactcost.Investment{OneTime: d("15000"), Recurring: d("900")}},
		},
		HorizonMonths: 36,
		DiscountRate:  d("0.08"),
		RampMonths:    3,
	}
}

func run(w io.Writer) error {
	e, err := center().Estimate(scenario())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Savings estimate, %s (%s), levers applied in order\n\n", e.Before.Period, e.Before.Currency)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lever\tgross\tadded\tnet\talone\tupper bound\tone-time\tpayback (months)\t")
	for _, l := range e.Levers {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", l.Name, l.Increment.Gross.StringFixed(2), l.Increment.Added.StringFixed(2),
			l.Increment.Net.StringFixed(2), l.Alone.Net.StringFixed(2), l.Increment.UpperBound.StringFixed(2),
			l.AloneReturns.OneTime.StringFixed(2), months(l.AloneReturns.PaybackMonths))
	}
	s := e.Total
	fmt.Fprintf(tw, "all\t%s\t%s\t%s\t\t%s\t%s\t%s\t\n", s.Gross.StringFixed(2), s.Added.StringFixed(2), s.Net.StringFixed(2),
		s.UpperBound.StringFixed(2), e.Returns.OneTime.StringFixed(2), months(e.Returns.PaybackMonths))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\n(upper bound: the vendor-calculator figure, contacts removed × fully loaded cost per contact;")
	fmt.Fprintln(w, " it treats every cost as variable and overstates)")

	before, after := e.Before, e.After
	fmt.Fprintf(w, "\ntotal cost            %12s -> %12s\n", before.Center.Cost.StringFixed(2), after.Center.Cost.StringFixed(2))
	fmt.Fprintf(w, "per assisted contact  %12s -> %12s\n", before.Center.CostPerContact.StringFixed(2), after.Center.CostPerContact.StringFixed(2))
	fmt.Fprintf(w, "per contact (all)     %12s -> %12s\n", perContact(before), perContact(after))

	r := e.Returns
	roi, _ := r.ROI.Round(contactcost.RoundHalfEven, 4)
	npv, _ := r.NPV.Round(contactcost.RoundHalfEven, 2)
	fmt.Fprintf(w, "\nwith a 3-month ramp-up: pays back in month %d; over 36 months ROI %s%%, NPV at 8%% %s\n",
		r.PaybackMonth, roi.Shift(2).StringFixed(2), npv.StringFixed(2))
	for _, l := range e.Levers {
		if l.BreakEven.IsDefined() {
			be, _ := l.BreakEven.Round(contactcost.RoundHalfEven, 4)
			fmt.Fprintf(w, "%s breaks even at a rate of %s%%\n", l.Name, be.Shift(2).StringFixed(2))
		}
	}
	fmt.Fprintln(w, "\nHow the first lever was worked out:")
	fmt.Fprintln(w, "  "+strings.Join(e.Levers[0].Formula, "\n  "))
	return nil
}

// months formats a payback in months, or "never".
func months(r contactcost.Ratio) string {
	if !r.IsDefined() {
		return "never"
	}
	v, _ := r.Round(contactcost.RoundHalfEven, 1)
	return v.StringFixed(1)
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
