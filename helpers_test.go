package contactcost

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// Helpers shared by the package's tests. Test files of their own concept
// define only helpers whose names say which concept they serve.

// dec parses a decimal written in a test.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// decs parses decimals written in a test.
func decs(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = dec(s)
	}
	return out
}

// ratio returns the exact quotient num/den of two decimals written in a
// test.
func ratio(num, den string) Ratio {
	r, ok := new(big.Rat).SetString(num + "/" + den)
	if !ok {
		n, d := dec(num).Rat(), dec(den).Rat()
		r = n.Quo(n, d)
	}
	return ratioOfRat(r)
}

// leverCenter is the center the savings tests work by hand: March 2026,
// USD, agent-assisted voice and chat.
//
//	voice: 10000 contacts, 60000 handle minutes (AHT 6 min = 360 s),
//	       20000 queue minutes
//	chat:   5000 contacts, 40000 handle minutes
//
//	Agent wages   120000, variable with handle minutes, split by handle
//	              minutes among voice and chat (1.20 per minute)
//	Carrier       0.02 per voice handle minute: 0.02 × 60000 = 1200
//	Toll-free     2000, variable with voice queue minutes (0.10 a minute)
//	Platform      30000, fixed, by contacts (the assisted channels)
//	total         153200 over 15000 assisted contacts: 10.2133 each
func leverCenter() Model {
	return Model{
		Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{
			{Name: "Agent wages", Category: CategoryWages, Amount: dec("120000"), VariesWith: MeasureHandleMinutes,
				Basis: Basis{By: MeasureHandleMinutes, Among: []Channel{ChannelVoice, ChannelChat}}},
			{Name: "Carrier", Category: CategoryTelephony, UnitPrice: dec("0.02"), VariesWith: MeasureHandleMinutes, Channel: ChannelVoice},
			{Name: "Toll-free", Category: CategoryTelephony, Amount: dec("2000"), VariesWith: MeasureQueueMinutes, Channel: ChannelVoice},
			{Name: "Platform", Category: CategoryTechnology, Amount: dec("30000"), Basis: Basis{By: MeasureContacts}},
		},
		Volumes: []Volume{
			{Channel: ChannelVoice, Contacts: dec("10000"), HandleMinutes: dec("60000"), QueueMinutes: dec("20000")},
			{Channel: ChannelChat, Contacts: dec("5000"), HandleMinutes: dec("40000")},
		},
	}
}
