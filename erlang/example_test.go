package erlang_test

import (
	"fmt"
	"time"

	"github.com/contactcost/contactcost/erlang"
	"github.com/shopspring/decimal"
)

// Staffing one half-hour: 100 calls of 3 minutes are 10 Erlangs; 80% of
// calls answered within 20 seconds needs 14 agents (13 answer 79.6%).
// With 30% shrinkage 14 agents on the phones mean 20 scheduled.
func ExampleQueue_Staff() {
	q := erlang.Queue{Contacts: 100, AHT: 3 * time.Minute, Interval: 30 * time.Minute}
	r, err := q.Staff(erlang.Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("load %.0f Erlangs: %d agents, %.1f%% within 20 s, ASA %.1f s, occupancy %.1f%%\n",
		r.Load, r.Agents, 100*r.ServiceLevel, r.ASA.Seconds(), 100*r.Occupancy)
	fewer, _ := q.At(r.Agents-1, 20*time.Second)
	fmt.Printf("%d agents: %.1f%% within 20 s\n", fewer.Agents, 100*fewer.ServiceLevel)
	scheduled, _ := erlang.ScheduledAgents(r.Agents, decimal.RequireFromString("0.3"))
	fmt.Println("scheduled at 30% shrinkage:", scheduled)
	// Output:
	// load 10 Erlangs: 14 agents, 88.8% within 20 s, ASA 7.8 s, occupancy 71.4%
	// 13 agents: 79.6% within 20 s
	// scheduled at 30% shrinkage: 20
}

// Shrinkage from its parts, and the float trap it avoids: 21 agents at 30%
// shrinkage need 21 / 0.7 = 30 scheduled, exactly (float64 says 31).
func ExampleScheduledAgents() {
	s, _ := erlang.CompoundShrinkage(decimal.RequireFromString("0.1"), decimal.RequireFromString("0.05"),
		decimal.RequireFromString("0.15"))
	fmt.Println("breaks 10%, training 5%, absence 15%:", s)
	n, _ := erlang.ScheduledAgents(21, decimal.RequireFromString("0.3"))
	fmt.Println("21 agents at 30%:", n)
	// Output:
	// breaks 10%, training 5%, absence 15%: 0.27325
	// 21 agents at 30%: 30
}

// Callers who hang up: with a mean patience of 2 minutes (Erlang A), the
// 100 half-hourly calls of ExampleQueue_Staff need fewer agents for 80%
// answered within 20 seconds, because those who would wait longest leave.
// (The birth–death chain, summed by hand to 400 states, gives the same
// wait and abandonment at 12 agents: 0.2798 and 0.0616.)
// The service level is stated over offered calls (abandoned ones count
// against it) and over answered calls.
func ExampleQueue_At_abandonment() {
	q := erlang.Queue{Contacts: 100, AHT: 3 * time.Minute, Interval: 30 * time.Minute, Patience: 2 * time.Minute}
	for _, n := range []int{11, 12, 13} {
		r, err := q.At(n, 20*time.Second)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%d agents: wait %.1f%%, abandon %.1f%%, within 20 s %.1f%% of offered (%.1f%% of answered), ASA %.1f s\n",
			n, 100*r.Wait, 100*r.Abandon, 100*r.ServiceLevel, 100*r.ServiceLevelAnswered, r.ASA.Seconds())
	}
	r, _ := q.Staff(erlang.Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second})
	fmt.Println("80/20 over offered calls:", r.Agents, "agents")
	// Output:
	// 11 agents: wait 38.3%, abandon 9.4%, within 20 s 74.2% of offered (81.9% of answered), ASA 9.8 s
	// 12 agents: wait 28.0%, abandon 6.2%, within 20 s 82.6% of offered (88.0% of answered), ASA 6.3 s
	// 13 agents: wait 19.4%, abandon 3.8%, within 20 s 88.9% of offered (92.4% of answered), ASA 3.9 s
	// 80/20 over offered calls: 12 agents
}

// A day of half-hours staffed in one call, and its FTE: agents are whole
// in each half-hour, FTE stays exact until the final headcount. 149
// agent-half-hours are 74.5 agent hours; at 30% shrinkage and 7.5 paid
// hours an FTE, 74.5 / 0.7 / 7.5 = 14.190 FTE, 15 people.
func ExampleQueue_Profile() {
	q := erlang.Queue{AHT: 4 * time.Minute, Interval: 30 * time.Minute}
	day := []float64{20, 45, 80, 120, 150, 140, 110, 90, 60, 30}
	p, err := q.Profile(day, erlang.Targets{ServiceLevel: 0.8, Threshold: 20 * time.Second})
	if err != nil {
		fmt.Println(err)
		return
	}
	var agents []int
	for _, r := range p.Intervals {
		agents = append(agents, r.Agents)
	}
	fmt.Println("agents:", agents)
	fmt.Println("agent hours:", p.AgentHours().FloatString(1))
	fte, _ := p.FTE(decimal.RequireFromString("0.3"), 7*time.Hour+30*time.Minute)
	fmt.Println("FTE at 30% shrinkage, 7.5 paid hours:", fte.FloatString(3), "→ headcount", erlang.Headcount(fte))
	// Output:
	// agents: [5 9 14 20 25 23 19 16 11 7]
	// agent hours: 74.5
	// FTE at 30% shrinkage, 7.5 paid hours: 14.190 → headcount 15
}
