package contactcost

// leverCenter is the center the lever tests work by hand: March 2026, USD,
// agent-assisted voice and chat.
//
//	voice: 10000 contacts, 60000 handle minutes (AHT 6 min = 360 s),
//	       20000 queue minutes
//	chat:   5000 contacts, 40000 handle minutes
//
//	Agent wages   120000, variable with handle minutes, by handle time
//	              among voice and chat (1.20 per minute)
//	Carrier       0.02 per voice handle minute: 0.02 × 60000 = 1200
//	Toll-free     2000, variable with voice queue minutes (0.10 a minute)
//	Platform      30000, fixed, by contacts
//	total         153200 over 15000 assisted contacts: 10.2133 each
func leverCenter() Model {
	return Model{
		Currency: MustCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Costs: []Cost{
			{Name: "Agent wages", Category: Wages, Amount: dec("120000"), Behavior: Variable, Driver: HandleMinutes,
				Basis: Basis{Kind: ByHandleTime, Among: []Channel{Voice, Chat}}},
			{Name: "Carrier", Category: Telephony, UnitPrice: dec("0.02"), Behavior: Variable, Driver: HandleMinutes, Channel: Voice},
			{Name: "Toll-free", Category: Telephony, Amount: dec("2000"), Behavior: Variable, Driver: QueueMinutes, Channel: Voice},
			{Name: "Platform", Category: Technology, Amount: dec("30000"), Basis: Basis{Kind: ByContacts}},
		},
		Volumes: []Volume{
			{Channel: Voice, Contacts: dec("10000"), HandleMinutes: dec("60000"), QueueMinutes: dec("20000")},
			{Channel: Chat, Contacts: dec("5000"), HandleMinutes: dec("40000")},
		},
	}
}
