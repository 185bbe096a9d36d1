package contactcost_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/contactcost/contactcost"
	"github.com/shopspring/decimal"
)

var d = decimal.RequireFromString

// A month's cost per contact: a center with agent-assisted voice, email and
// chat, and an IVR, reporting under the assisted-only scope.
//
// The office is split by contacts with no among, so over the agent-assisted
// channels only (33000 contacts): the IVR bears its own platform, 3000.00,
// and nothing of the office. Worked by hand: wages 182000 by handle minutes
// (219000) give voice 89753.43, email 39890.41, chat 52356.16 (the leftover
// cent to voice's remainder .0046); the office gives voice 10909.09, email
// 3636.36, chat 5454.55. Voice: 89753.43 + 9400 + 10909.09 = 110062.52,
// 6.11 a contact; the center 214400 / 33000 = 6.4970, 6.50.
func Example_monthCostPerContact() {
	m := contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAssisted,
		Costs: []contactcost.Cost{
			{Name: "Agent wages", Category: contactcost.CategoryWages, Amount: d("182000"),
				Basis: contactcost.Basis{By: contactcost.MeasureHandleMinutes, Among: []contactcost.Channel{contactcost.ChannelVoice, contactcost.ChannelEmail, contactcost.ChannelChat}}},
			{Name: "Telephony", Category: contactcost.CategoryTelephony, Amount: d("9400"), Channel: contactcost.ChannelVoice},
			{Name: "IVR platform", Category: contactcost.CategoryTechnology, Amount: d("3000"), Channel: contactcost.ChannelIVR},
			{Name: "Office", Category: contactcost.CategoryFacilities, Amount: d("20000"), Basis: contactcost.Basis{By: contactcost.MeasureContacts}},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("18000"), HandleMinutes: d("108000")},
			{Channel: contactcost.ChannelEmail, Contacts: d("6000"), HandleMinutes: d("48000")},
			{Channel: contactcost.ChannelChat, Contacts: d("9000"), HandleMinutes: d("63000")},
			{Channel: contactcost.ChannelIVR, Contacts: d("12000"), HandleMinutes: d("36000")},
		},
	}
	r, err := m.Report()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ch := range r.Channels {
		fmt.Printf("%-6s %9s contacts  total %10s  per contact %6s\n", ch.Channel, ch.Contacts, ch.Cost.StringFixed(2), ch.CostPerContact)
	}
	// Rounded figures are decimals; StringFixed keeps trailing zeros.
	fmt.Printf("center: %s over %s %s contacts = %s per contact\n", r.Center.Cost.StringFixed(2), r.Center.Contacts, r.Scope, r.Center.CostPerContact.StringFixed(2))
	// Output:
	// voice      18000 contacts  total  110062.52  per contact   6.11
	// email       6000 contacts  total   43526.77  per contact   7.25
	// chat        9000 contacts  total   57810.71  per contact   6.42
	// ivr        12000 contacts  total    3000.00  per contact   0.25
	// center: 214400.00 over 33000 assisted contacts = 6.50 per contact
}

// Shared costs are split per line, each by its own basis; every part is in
// whole cents and the parts of a line always add up to the line.
func Example_sharedCostAllocation() {
	m := contactcost.Model{
		Currency: contactcost.MustParseCurrency("EUR"),
		Period:   contactcost.MustParsePeriod("2026-Q1"),
		Scope:    contactcost.ScopeAll,
		Costs: []contactcost.Cost{
			{Name: "Supervisors", Category: contactcost.CategoryWages, Amount: d("45000"), Basis: contactcost.Basis{By: contactcost.MeasureFTE}},
			{Name: "Building", Category: contactcost.CategoryFacilities, Amount: d("10000"),
				Basis: contactcost.Basis{Percent: true, Weights: []contactcost.Weight{
					{Channel: contactcost.ChannelVoice, Value: d("60")}, {Channel: contactcost.ChannelChat, Value: d("40")}}}},
			// A split by a figure reaches the agent-assisted channels unless
			// among names automated ones too.
			{Name: "CRM", Category: contactcost.CategorySoftwareLicences, Amount: d("1000"),
				Basis: contactcost.Basis{By: contactcost.MeasureContacts, Among: []contactcost.Channel{
					contactcost.ChannelVoice, contactcost.ChannelChat, contactcost.ChannelSelfService}}},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("30000"), HandleMinutes: d("180000"), FTE: d("12.5")},
			{Channel: contactcost.ChannelChat, Contacts: d("15000"), HandleMinutes: d("90000"), FTE: d("4.5")},
			{Channel: contactcost.ChannelSelfService, Contacts: d("45000"), FTE: d("0.5")},
		},
	}
	r, err := m.Report()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range r.Lines {
		fmt.Printf("%s (%s):\n", line.Name, line.Basis)
		for _, p := range line.Parts {
			fmt.Printf("  %-12s weight %-6s share %-6s %9s\n", p.Channel, p.Weight, p.Share, p.Amount.StringFixed(2))
		}
	}
	// Output:
	// Supervisors (by fte among voice, chat):
	//   voice        weight 12.5   share 25/34   33088.24
	//   chat         weight 4.5    share 9/34    11911.76
	// Building (percent voice 60, chat 40):
	//   voice        weight 60     share 0.6      6000.00
	//   chat         weight 40     share 0.4      4000.00
	// CRM (by contacts among voice, chat, self-service):
	//   voice        weight 30000  share 1/3       333.33
	//   chat         weight 15000  share 1/6       166.67
	//   self-service weight 45000  share 0.5       500.00
}

// The rounding policy: money is always booked to the currency's minor unit;
// per-unit figures follow the policy's mode and scale. The exact figure
// stays available.
func Example_roundingPolicy() {
	cpc, err := contactcost.CostPerContact(d("1000"), d("3")) // 333.333...
	if err != nil {
		fmt.Println(err)
		return
	}
	usd := contactcost.MustParseCurrency("USD")
	for _, p := range []contactcost.Rounding{
		{}, // the default: half-even to the currency's minor unit
		{Mode: contactcost.RoundUp},
		contactcost.Rounding{Mode: contactcost.RoundHalfUp}.WithScale(4),
		contactcost.Rounding{Mode: contactcost.RoundFloor}.WithScale(0),
	} {
		v, err := cpc.Round(p.Mode, p.Scale(usd))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-31s %s\n", p, v)
	}
	fmt.Println("exact:", cpc)
	// Output:
	// half-even, currency minor unit  333.33
	// up, currency minor unit         333.34
	// half-up, 4 places               333.3333
	// floor, 0 places                 333
	// exact: 1000/3
}

// Validation reports every problem of a model at once; each can be matched
// with errors.Is and located with errors.As.
func Example_matchingErrors() {
	m := contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAssisted,
		Costs: []contactcost.Cost{
			{Name: "Wages", Category: contactcost.CategoryWages, Amount: d("50000"), Basis: contactcost.Basis{By: contactcost.MeasureHandleMinutes}},
			{Name: "Fax line", Category: contactcost.CategoryTelephony, Amount: d("300"), Channel: "fax"},
			{Name: "Office", Category: contactcost.CategoryFacilities, Amount: d("-5"), Channel: contactcost.ChannelVoice},
		},
		Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: d("1000"), HandleMinutes: d("6000")},
			{Channel: contactcost.ChannelEmail, Contacts: d("400")},
		},
	}
	err := m.Validate()
	fmt.Println(err)
	fmt.Println("unknown channel:", errors.Is(err, contactcost.ErrUnknownChannel))
	fmt.Println("missing volume:", errors.Is(err, contactcost.ErrMissingVolume))
	var fe *contactcost.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("first problem: path=%s name=%q\n", fe.Path, fe.Name)
	}
	// Output:
	// contactcost: costs[0].basis ("Wages"): missing volume data: the split by handle_minutes needs handle_minutes of channel "email", which has none in 2026-03 (leave the channel out of among)
	// contactcost: costs[1].channel ("Fax line"): unknown channel: "fax" has no volume in the model
	// contactcost: costs[2].amount ("Office"): negative: -5
	// unknown channel: true
	// missing volume: true
	// first problem: path=costs[0].basis name="Wages"
}

func ExampleCostPerContact() {
	cpc, err := contactcost.CostPerContact(d("125000"), d("17500"))
	if err != nil {
		fmt.Println(err)
		return
	}
	rounded, _ := cpc.Round(contactcost.RoundHalfEven, 2)
	total := cpc.Rat() // exact: × 17500 gives the total back
	total.Mul(total, d("17500").Rat())
	fmt.Println(cpc, rounded, total.RatString())

	_, err = contactcost.CostPerContact(d("125000"), d("0"))
	fmt.Println(errors.Is(err, contactcost.ErrNoContacts), err)
	// Output:
	// 50/7 7.14 125000
	// true contactcost: contacts: no contacts
}

func ExampleAllocate() {
	// 100.00 over three equal weights: 33.33 each and one cent left over,
	// which goes to the first part on the tie.
	parts, err := contactcost.Allocate(d("100.00"), []decimal.Decimal{d("1"), d("1"), d("1")}, 2)
	fmt.Println(parts, err)
	// A negative amount is the exact mirror.
	parts, err = contactcost.Allocate(d("-100.00"), []decimal.Decimal{d("1"), d("1"), d("1")}, 2)
	fmt.Println(parts, err)
	// Output:
	// [33.34 33.33 33.33] <nil>
	// [-33.34 -33.33 -33.33] <nil>
}

func ExampleAllocateUnits() {
	// 5 cents by contacts 0, 1, 1, 1: the zero weight gets nothing, even
	// though 2 cents are left over after the floors.
	parts, err := contactcost.AllocateUnits(5, []int64{0, 1, 1, 1})
	fmt.Println(parts, err)
	_, err = contactcost.AllocateUnits(5, []int64{0, 0})
	fmt.Println(err)
	// Output:
	// [0 2 2 1] <nil>
	// contactcost: weights: invalid weights: all zero
}

func ExampleRatio_Exact() {
	quarter, _ := contactcost.NewRatio(d("1"), d("4"))
	third, _ := contactcost.NewRatio(d("1"), d("3"))
	fmt.Println(quarter.Exact())
	fmt.Println(third.Exact())
	// Output:
	// 0.25 true
	// 0 false
}

func ExampleReport_Verify() {
	m := contactcost.Model{
		Currency: contactcost.MustParseCurrency("GBP"),
		Period:   contactcost.MustParsePeriod("2026"),
		Scope:    contactcost.ScopeAll,
		Costs:    []contactcost.Cost{{Name: "All costs", Category: contactcost.CategoryOther, Amount: d("626000"), Channel: contactcost.ChannelVoice}},
		Volumes:  []contactcost.Volume{{Channel: contactcost.ChannelVoice, Contacts: d("100000")}},
	}
	r, _ := m.Report()
	fmt.Println(r.Center.CostPerContact, r.Verify())
	r.Channels[0].Cost = d("626000.01") // tampered
	fmt.Println(r.Verify() != nil)
	// Output:
	// 6.26 <nil>
	// true
}

// An annual licence in a monthly report: the model prorates the line by its
// convention, and says so when the choice matters.
func Example_annualLicenceInMonthlyReport() {
	m := contactcost.Model{
		Currency: contactcost.MustParseCurrency("USD"),
		Period:   contactcost.MustParsePeriod("2026-03"),
		Scope:    contactcost.ScopeAll,
		Costs: []contactcost.Cost{
			{Name: "WFM licence", Category: contactcost.CategorySoftwareLicences, Amount: d("12000"),
				Period: contactcost.MustParsePeriod("2026"), Channel: contactcost.ChannelVoice},
			{Name: "CCaaS seats", Category: contactcost.CategorySoftwareLicences, UnitPrice: d("95"), Quantity: d("60"),
				Per: contactcost.UnitMonth, Channel: contactcost.ChannelVoice},
		},
		Volumes: []contactcost.Volume{{Channel: contactcost.ChannelVoice, Contacts: d("10000")}},
	}
	// Without a convention the licence cannot be prorated: the error shows
	// what each convention would give.
	fmt.Println(m.Validate())

	for _, c := range []contactcost.Convention{contactcost.ConventionActualDays, contactcost.ConventionEqualMonths} {
		m.Convention = c
		r, err := m.Report()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: licence %s, seats %s, cost per contact %s\n",
			r.Convention, r.Lines[0].Amount.StringFixed(2), r.Lines[1].Amount.StringFixed(2), r.Center.CostPerContact)
	}
	// Output:
	// contactcost: convention: not set: the amount of costs[0] ("WFM licence") in 2026-03 depends on it: actual-days gives 74400/73, 30e/360 gives 1000, equal-months gives 1000, 52-weeks gives 1000
	// actual-days: licence 1019.18, seats 5700.00, cost per contact 0.67
	// equal-months: licence 1000.00, seats 5700.00, cost per contact 0.67
}

// A year's monthly series: one report per month from the same cost lines
// and each month's volumes, with the cost-per-contact trend. The months add
// up to the year to the cent.
func Example_yearSeries() {
	m := contactcost.Model{
		Currency:   contactcost.MustParseCurrency("EUR"),
		Period:     contactcost.MustParsePeriod("2026"),
		Scope:      contactcost.ScopeAssisted,
		Convention: contactcost.ConventionActualDays,
		Costs: []contactcost.Cost{
			{Name: "Agents", Category: contactcost.CategoryWages, Amount: d("40000"), Per: contactcost.UnitMonth,
				Basis: contactcost.Basis{By: contactcost.MeasureContacts}},
			{Name: "Platform", Category: contactcost.CategoryTechnology, Amount: d("60000"),
				Period: contactcost.MustParsePeriod("2026"), Basis: contactcost.Basis{By: contactcost.MeasureContacts}},
		},
	}
	var volumes []contactcost.PeriodVolumes
	months, _ := m.Period.Split(contactcost.UnitMonth)
	for i, month := range months {
		calls := decimal.NewFromInt(int64(9000 + 250*i)) // volume grows through the year
		volumes = append(volumes, contactcost.PeriodVolumes{Period: month, Volumes: []contactcost.Volume{
			{Channel: contactcost.ChannelVoice, Contacts: calls},
			{Channel: contactcost.ChannelChat, Contacts: d("3000")},
		}})
	}
	s, err := m.Series(contactcost.UnitMonth, volumes)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range s.Trend() {
		fmt.Printf("%-7s %6s contacts %9s  per contact %s", p.Period, p.Contacts, p.Cost.StringFixed(2), p.CostPerContact.StringFixed(2))
		if p.Change.IsDefined() {
			pct, _ := p.Change.Round(contactcost.RoundHalfEven, 4)
			fmt.Printf(" %6s%%", pct.Shift(2).StringFixed(2))
		}
		fmt.Println()
	}
	fmt.Printf("%-7s %6s contacts %9s  per contact %s\n", s.Whole.Period, s.Whole.Center.Contacts,
		s.Whole.Center.Cost.StringFixed(2), s.Whole.Center.CostPerContact.StringFixed(2))
	// Output:
	// 2026-01  12000 contacts  45095.89  per contact 3.76
	// 2026-02  12250 contacts  44602.74  per contact 3.64  -3.11%
	// 2026-03  12500 contacts  45095.89  per contact 3.61  -0.92%
	// 2026-04  12750 contacts  44931.51  per contact 3.52  -2.32%
	// 2026-05  13000 contacts  45095.89  per contact 3.47  -1.56%
	// 2026-06  13250 contacts  44931.51  per contact 3.39  -2.24%
	// 2026-07  13500 contacts  45095.89  per contact 3.34  -1.49%
	// 2026-08  13750 contacts  45095.89  per contact 3.28  -1.82%
	// 2026-09  14000 contacts  44931.51  per contact 3.21  -2.14%
	// 2026-10  14250 contacts  45095.89  per contact 3.16  -1.39%
	// 2026-11  14500 contacts  44931.50  per contact 3.10  -2.08%
	// 2026-12  14750 contacts  45095.89  per contact 3.06  -1.34%
	// 2026    160500 contacts 540000.00  per contact 3.36
}

// The same annual amount prorated into a month, an ISO week and a day under
// each convention.
func ExampleProrate() {
	year := contactcost.MustParsePeriod("2026")
	for _, into := range []string{"2026-02", "2026-W10", "2026-03-01"} {
		fmt.Printf("%-10s", into)
		for _, c := range []contactcost.Convention{contactcost.ConventionActualDays, contactcost.Convention30E360, contactcost.ConventionEqualMonths, contactcost.Convention52Weeks} {
			part, err := contactcost.Prorate(d("36500"), year, contactcost.MustParsePeriod(into), c)
			if err != nil {
				fmt.Println(err)
				return
			}
			cents, _ := part.Round(contactcost.RoundHalfEven, 2)
			fmt.Printf("  %s %s", c, cents.StringFixed(2))
		}
		fmt.Println()
	}
	// Output:
	// 2026-02     actual-days 2800.00  30e/360 3041.67  equal-months 3041.67  52-weeks 3041.67
	// 2026-W10    actual-days 700.00  30e/360 709.72  equal-months 686.83  52-weeks 701.92
	// 2026-03-01  actual-days 100.00  30e/360 101.39  equal-months 98.12  52-weeks 100.27
}

// An annual licence distributed over the months: the parts add up to the
// licence exactly.
func ExampleDistribute() {
	parts, err := contactcost.Distribute(d("1000.00"), contactcost.MustParsePeriod("2026-Q1"), contactcost.UnitMonth, contactcost.ConventionActualDays, 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range parts {
		fmt.Println(p.Period, p.Amount.StringFixed(2))
	}
	// Output:
	// 2026-01 344.45
	// 2026-02 311.11
	// 2026-03 344.44
}

func ExamplePeriod_Split() {
	weeks, _ := contactcost.MustParsePeriod("2026-03").Split(contactcost.UnitWeek)
	for _, w := range weeks {
		fmt.Println(w, w.Days())
	}
	// Output:
	// 2026-03-01..2026-03-02 1
	// 2026-W10 7
	// 2026-W11 7
	// 2026-W12 7
	// 2026-W13 7
	// 2026-03-30..2026-04-01 2
}

func ExampleParsePeriod() {
	for _, s := range []string{"2026-03", "2026-Q1", "2026-W53", "FY2026/Apr", "2026-03-01..2026-03-15", "March"} {
		p, err := contactcost.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s to %s, %d days\n", p, p.Start(), p.Last(), p.Days())
	}
	// Output:
	// 2026-03: 2026-03-01 to 2026-03-31, 31 days
	// 2026-Q1: 2026-01-01 to 2026-03-31, 90 days
	// 2026-W53: 2026-12-28 to 2027-01-03, 7 days
	// FY2026/Apr: 2025-04-01 to 2026-03-31, 365 days
	// 2026-03-01..2026-03-15: 2026-03-01 to 2026-03-14, 14 days
	// contactcost: period: syntax error: "March" (want 2026-03-15, 2026-W09, 2026-03, 2026-Q1, 2026, FY2026/Apr or 2026-03-01..2026-04-01)
}

// Decoding a model is strict: every problem is reported with its line,
// column and path in the JSON names, a misspelt key is an unknown field
// with a hint, and a required field that is missing says so.
func ExampleModel_UnmarshalJSON() {
	data := []byte(`{
  "currency": "USD",
  "period": "2026-03",
  "scope": "assisted",
  "costs": [
    {"name": "Office", "category": "facilities", "Amount": "20000", "channel": "voice"},
    {"name": "Wages", "category": "wages", "amount": "12,50", "channel": "voice"}
  ],
  "volumes": [{"channel": "voice", "contacts": "1000", "contacts": "1200"}]
}`)
	var m contactcost.Model
	err := json.Unmarshal(data, &m)
	fmt.Println(err)
	var fe *contactcost.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("first: line %d, column %d, path %s\n", fe.Line, fe.Column, fe.Path)
	}
	// Output:
	// contactcost: line 6, column 50: costs[0].Amount: unknown field: "Amount" (did you mean "amount"?)
	// contactcost: line 6, column 5: costs[0].amount ("Office"): not set: a cost line needs an amount, or a unit_price
	// contactcost: line 7, column 54: costs[1].amount: syntax error: "12,50" is not a decimal number
	// contactcost: line 9, column 56: volumes[0].contacts: duplicate: the key "contacts" appears twice
	// first: line 6, column 50, path costs[0].Amount
}
