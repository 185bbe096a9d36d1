package contactcost

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Tests of the JSON form of an estimate: Savings and its parts
// (json_savings.go).

// jsonSavingsSample is the estimate of testdata/sample_scenario.json on
// testdata/sample_model.json (its figures are worked by hand in
// TestScenarioJSONSample): a horizon and three ranges, one over rollout
// months.
func jsonSavingsSample(t *testing.T) Savings {
	t.Helper()
	s, _ := jsonScenarioFile(t)
	out, err := jsonScenarioSampleModel(t).Estimate(s)
	if err != nil {
		t.Fatalf("Estimate(testdata/sample_scenario.json) error: %v", err)
	}
	return out
}

// jsonSavingsEveryKind is a scenario of leverCenter that Estimate accepts
// with every kind of lever: a self-service lever by rates that creates
// the self-service channel, a new IVR (created too), IVR verification
// into it, a callback, ACD routing (which has no break-even), FCR and a
// handle-time tool; 24 months at 10% effective, and a range.
func jsonSavingsEveryKind() Scenario {
	return Scenario{
		Labour: LabourProportional,
		Levers: []Lever{
			SelfServiceDeflection{Name: "Chat bot", From: ChannelChat, CurrentRate: dec("0.05"), TargetRate: dec("0.15"),
				Resolution: dec("0.4"), CostPerSession: dec("0.5"), MinutesPerSession: dec("3"),
				Investment: Investment{OneTime: dec("30000"), MonthlyFee: dec("1000")}, Rollout: Rollout{DelayMonths: 1, RampMonths: 4}},
			IVRContainment{Name: "New IVR", TargetRate: dec("0.1"), MenuMinutes: dec("1"), ContainedMinutes: dec("2"),
				CostPerMinute: dec("0.05"), ReturnRate: dec("0.25"), Investment: Investment{OneTime: dec("40000")},
				Rollout: Rollout{DelayMonths: 2, RampMonths: 3}},
			IVRVerification{SecondsSaved: dec("15"), FilterRate: dec("0.02"), WastedSeconds: dec("30"), IVRMinutes: dec("0.5"),
				CostPerMinute: dec("0.05")},
			Callback{AcceptRate: dec("0.2"), WaitAvoided: dec("2"), TalkMinutes: dec("6"),
				OutboundMinutes: dec("6.5"), OutboundRate: dec("0.02"), OverheadSeconds: dec("20"), AbandonBefore: dec("0.08"),
				AbandonAfter: dec("0.05"), RedialRate: dec("0.5"), Investment: Investment{MonthlyFee: dec("400")}},
			ACDRouting{Channel: ChannelChat, TransferRateBefore: dec("0.1"), TransferRateAfter: dec("0.05"), WastedSeconds: dec("65"),
				AHTReductionSeconds: dec("5"), Investment: Investment{OneTime: dec("5000")}},
			FirstContactResolution{Before: dec("0.7"), After: dec("0.75"), RepeatsPerUnresolved: dec("1.5"), Rollout: Rollout{RampMonths: 12}},
			HandleTimeReduction{Channels: []Channel{ChannelVoice, ChannelChat}, SecondsSaved: dec("10"), CostPerContact: dec("0.05"),
				Investment: Investment{OneTime: dec("10000"), MonthlyFee: dec("250")}},
		},
		Horizon: Horizon{Months: 24, DiscountRate: dec("0.1"), Compounding: CompoundingAnnual},
		Ranges:  []Range{{Lever: 3, Input: "accept_rate", Low: dec("0.1"), High: dec("0.3")}},
	}
}

// jsonSavingsRoundTrip checks that out reads back as it was, struct and
// bytes, and returns its JSON.
func jsonSavingsRoundTrip(t *testing.T, out Savings) []byte {
	t.Helper()
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatalf("json.Marshal(savings) error: %v", err)
	}
	var back Savings
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(savings) error: %v", err)
	}
	if diff := cmp.Diff(out, back, jsonScenarioCmp); diff != "" {
		t.Errorf("savings JSON round trip (-want +got):\n%s", diff)
	}
	again, err := back.MarshalJSON()
	if err != nil {
		t.Fatalf("Savings.MarshalJSON(decoded) error: %v", err)
	}
	if !bytes.Equal(b, again) {
		t.Errorf("Savings.MarshalJSON(decoded) differs:\n first %.300s…\n again %.300s…", b, again)
	}
	// Indented, it reads back the same.
	indented, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var fromIndented Savings
	if err := fromIndented.UnmarshalJSON(indented); err != nil {
		t.Fatalf("Savings.UnmarshalJSON(indented) error: %v", err)
	}
	if diff := cmp.Diff(out, fromIndented, jsonScenarioCmp); diff != "" {
		t.Errorf("savings JSON round trip, indented (-want +got):\n%s", diff)
	}
	return b
}

func TestSavingsJSONRoundTrip(t *testing.T) {
	t.Run("sample: horizon and ranges", func(t *testing.T) {
		jsonSavingsRoundTrip(t, jsonSavingsSample(t))
	})
	t.Run("every kind of lever", func(t *testing.T) {
		out, err := leverCenter().Estimate(jsonSavingsEveryKind())
		if err != nil {
			t.Fatalf("Estimate(every kind) error: %v", err)
		}
		b := jsonSavingsRoundTrip(t, out)
		// ACD routing has no break-even; the new IVR's channel has no
		// volume before.
		var doc struct {
			Levers []map[string]json.RawMessage
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		if _, ok := doc.Levers[4]["break_even"]; ok {
			t.Errorf("json.Marshal(savings): ACD routing has a break_even: %s", doc.Levers[4]["break_even"])
		}
		if _, ok := doc.Levers[3]["break_even"]; !ok {
			t.Error("json.Marshal(savings): the callback has no break_even")
		}
		if !bytes.Contains(doc.Levers[1]["changes"], []byte(`{"after":{"channel":"ivr","handling":"automated",`)) {
			t.Errorf("json.Marshal(savings): the new IVR's changes = %s, want the created channel without \"before\"", doc.Levers[1]["changes"])
		}
	})
	t.Run("no horizon, no ranges", func(t *testing.T) {
		s := jsonSavingsEveryKind()
		s.Horizon, s.Ranges = Horizon{}, nil
		out, err := leverCenter().Estimate(s)
		if err != nil {
			t.Fatal(err)
		}
		b := jsonSavingsRoundTrip(t, out)
		for _, key := range []string{`"returns"`, `"alone_returns"`, `"uncertainty"`} {
			if bytes.Contains(b, []byte(key)) {
				t.Errorf("json.Marshal(savings without a horizon or ranges) has %s", key)
			}
		}
		// Without a horizon, no payback break-even: null.
		if n := bytes.Count(b, []byte(`,"payback":null}`)); n != 6 {
			t.Errorf("json.Marshal(savings without a horizon) has %d null payback break-evens, want 6 (every lever but ACD routing)", n)
		}
	})
	t.Run("ranges without a horizon", func(t *testing.T) {
		s := jsonSavingsEveryKind()
		s.Horizon = Horizon{}
		out, err := leverCenter().Estimate(s)
		if err != nil {
			t.Fatal(err)
		}
		b := jsonSavingsRoundTrip(t, out)
		if !bytes.Contains(b, []byte(`"uncertainty":{"measure":"net","pessimistic":{"values":[`)) || bytes.Contains(b, []byte(`"returns"`)) {
			t.Errorf("json.Marshal(savings with ranges only) = …, want the net measure and cases without returns")
		}
	})
	// LeverSavings.Lever holds a copy of the lever, the value for a
	// pointer (issue 8 review, change 6), so an estimate of a pointer
	// lever reads back as it was, struct and bytes.
	t.Run("a pointer lever writes like its value", func(t *testing.T) {
		s := jsonSavingsEveryKind()
		byValue, err := leverCenter().Estimate(s)
		if err != nil {
			t.Fatal(err)
		}
		fcr := s.Levers[5].(FirstContactResolution)
		s.Levers[5] = &fcr
		byPointer, err := leverCenter().Estimate(s)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := byPointer.Levers[5].Lever.(FirstContactResolution); !ok {
			t.Errorf("Estimate(a pointer lever) Levers[5].Lever = %T, want FirstContactResolution", byPointer.Levers[5].Lever)
		}
		jsonSavingsRoundTrip(t, byPointer)
		a, err := byValue.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		b, err := byPointer.MarshalJSON()
		if err != nil {
			t.Fatalf("Savings.MarshalJSON(a pointer lever) error: %v", err)
		}
		if !bytes.Equal(a, b) {
			t.Error("Savings.MarshalJSON(a pointer lever) differs from the value's")
		}
	})
}

// TestSavingsJSONForm pins the form of the sample estimate: its keys, the
// money at the currency's two places, the hand-worked ratios in their
// text form, the cash flows.
func TestSavingsJSONForm(t *testing.T) {
	out := jsonSavingsSample(t)
	b, err := out.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"labour", "assumptions", "before", "after", "levers", "total", "returns", "uncertainty"},
		jsonScenarioKeys(t, b)); diff != "" {
		t.Errorf("Savings.MarshalJSON() keys (-want +got):\n%s", diff)
	}
	var doc struct {
		Levers  []json.RawMessage
		Returns json.RawMessage
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"lever", "name", "inputs", "formula", "changes", "increment", "after", "alone", "alone_returns", "break_even"},
		jsonScenarioKeys(t, doc.Levers[0])); diff != "" {
		t.Errorf("Savings.MarshalJSON() levers[0] keys (-want +got):\n%s", diff)
	}
	for _, want := range []string{
		`{"labour":"proportional","assumptions":["labour proportional: `,
		`"before":{"currency":"USD","period":"2026-03",`,
		// The email bot, worked by hand in TestScenarioJSONSample.
		`"name":"Email bot","inputs":[{"name":`,
		`{"name":"resolution","value":"0.3"}`,
		`"increment":{"gross":"903.12","added":"312.69","net":"590.43"}`,
		`"after":{"cost":"54249.58","assisted_contacts":"1432.5","all_contacts":"4486.25",`,
		`"cost_per_contact":"12.0924",`,
		// The break-even, its in_range a JSON boolean.
		`"break_even":{"input":"resolution","net_zero":"1500/8149","in_range":true,"payback":"160900/513387"}`,
		// The speech IVR alone and agent assist alone.
		`"alone":{"gross":"3360.01","added":"813.44","net":"2546.57"}`,
		`"alone":{"gross":"2666.67","added":"725.00","net":"1941.67"}`,
		`"returns":{"one_time":"80000.00","months":[{"month":1,"gross":`,
		`"measure":"npv","pessimistic":{"values":["0.2","10","8"],`,
		// The tornado, widest spread first (TestScenarioJSONSample): agent
		// assist's 10 to 30 seconds (about 2667 a month), the bot's 0.2 to
		// 0.4 resolution (about 1019 a month), the IVR's ramp of 2 to 8
		// months (3 months' worth of its effect); a range over months is
		// written like any.
		`"tornado":[{"range":1,"lever":"Agent assist","input":"seconds_saved","low":"10","high":"30","at_low":`,
		`{"range":2,"lever":"Speech IVR","input":"rollout.ramp_months","low":"2","high":"8","at_low":`,
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("Savings.MarshalJSON() has no %s", want)
		}
	}
	var r struct {
		Months, Years []struct{ Month int }
		ROI           *string
	}
	if err := json.Unmarshal(doc.Returns, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Months) != 36 || r.Months[35].Month != 36 || len(r.Years) != 3 || r.Years[0].Month != 12 || r.ROI == nil {
		t.Errorf("Savings.MarshalJSON() returns = %d months, %d years, ROI %v; want 36, 3 (first ending at 12), a ratio",
			len(r.Months), len(r.Years), r.ROI)
	}
}

func TestSavingsJSONErrors(t *testing.T) {
	out := jsonSavingsSample(t)
	b, err := out.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	valid := string(b)
	cashFlow := `{"month":1,"gross":"0.00","added":"0.00","net":"0.00","cumulative":"0.00"},`
	tests := []struct {
		name, old, new, path string
		want                 error
	}{
		{"unknown top-level field", `"total":`, `"totals":`, "totals", ErrUnknownField},
		{"missing total", `"total":`, `"totals":`, "total", ErrNotSet},
		{"misspelt lever field", `"increment":`, `"incremnet":`, "levers[0].incremnet", ErrUnknownField},
		{"duplicate labour", `"labour":"proportional"`, `"labour":"proportional","labour":"unchanged"`, "labour", ErrDuplicate},
		{"missing assumptions", `"assumptions":`, `"assumption":`, "assumptions", ErrNotSet},
		{"assumption a number", `"assumptions":[`, `"assumptions":[1,`, "assumptions[0]", ErrSyntax},
		{"payback month a string", `"payback_month":21`, `"payback_month":"21"`, "returns.payback_month", ErrSyntax},
		{"payback month beyond 1200", `"payback_month":21`, `"payback_month":1201`, "returns.payback_month", ErrOutOfRange},
		// The first cash flows are the email bot's alone.
		{"cash flow month beyond 600", `{"month":1,`, `{"month":601,`, "levers[0].alone_returns.months[0].month", ErrOutOfRange},
		{"601 months", `"months":[`, `"months":[` + strings.Repeat(cashFlow, 600), "levers[0].alone_returns.months", ErrTooLarge},
		{"unknown measure", `"measure":"npv"`, `"measure":"NPV"`, "uncertainty.measure", ErrInvalid},
		{"unknown lever kind", `"kind":"ivr-containment"`, `"kind":"ivr"`, "levers[1].lever.kind", ErrInvalid},
		{"misspelt lever input", `"target_rate":"0.18"`, `"taget_rate":"0.18"`, "levers[1].lever.taget_rate", ErrUnknownField},
		{"zero denominator", `"net_zero":"1500/8149"`, `"net_zero":"1500/0"`, "levers[0].break_even.net_zero", ErrUndefined},
		{"bad ratio", `"net_zero":"1500/8149"`, `"net_zero":"1500//8149"`, "levers[0].break_even.net_zero", ErrSyntax},
		// BreakEven.Period is NetZero since the review (change 5): the old
		// key is unknown, and in_range is a required JSON boolean.
		{"the old break-even key", `"net_zero":"1500/8149"`, `"period":"1500/8149"`, "levers[0].break_even.period", ErrUnknownField},
		{"no net_zero", `"net_zero":"1500/8149",`, ``, "levers[0].break_even.net_zero", ErrNotSet},
		{"no in_range", `"in_range":true,`, ``, "levers[0].break_even.in_range", ErrNotSet},
		{"in_range a string", `"in_range":true`, `"in_range":"true"`, "levers[0].break_even.in_range", ErrSyntax},
		{"in_range null", `"in_range":true`, `"in_range":null`, "levers[0].break_even.in_range", ErrSyntax},
		{"null money", `"gross":"903.12"`, `"gross":null`, "levers[0].increment.gross", ErrSyntax},
		{"huge exponent", `"npv":"`, `"npv":"1e999999999","npv2":"`, "levers[0].alone_returns.npv", ErrTooLarge},
		{"megabyte of digits", `"one_time":"80000.00"`, `"one_time":"` + strings.Repeat("9", 1<<20) + `"`, "returns.one_time", ErrTooLarge},
		{"a volume change without after", `"after":{"channel":"email"`, `"afterwards":{"channel":"email"`, "levers[0].changes[0].after", ErrNotSet},
		{"a volume figure misspelt", `"handle_minutes":"2000"`, `"handle_minute":"2000"`, "before.channels[1].handle_minute", ErrUnknownField},
		// Money must be in whole minor units, as the writer writes it.
		{"money off the cent", `"gross":"903.12"`, `"gross":"903.125"`, "levers[0].increment.gross", ErrPrecision},
		{"a cost per contact beyond the policy's places", `"cost_per_contact":"12.0924"`, `"cost_per_contact":"12.09240001"`,
			"levers[0].after.cost_per_contact", ErrPrecision},
		// The reports are checked with Report.Verify.
		{"a tampered report", `"cost":"40126.68"`, `"cost":"40126.69"`, "before.channels[0].cost", ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(valid, tt.old) {
				t.Fatalf("the estimate has no %s", tt.old)
			}
			back := Savings{Labour: LabourUnchanged}
			err := back.UnmarshalJSON([]byte(strings.Replace(valid, tt.old, tt.new, 1)))
			fe := jsonErrorAt(err, tt.path, tt.want)
			if fe == nil {
				t.Fatalf("Savings.UnmarshalJSON() error = %.300v, want %v at %s", err, tt.want, tt.path)
			}
			// Checks made once the document is read have no position.
			if tt.want != ErrInvalid && tt.want != ErrPrecision && (fe.Line != 1 || fe.Column < 1) {
				t.Errorf("Savings.UnmarshalJSON() error at line %d, column %d, want a position", fe.Line, fe.Column)
			}
			if back.Labour != LabourUnchanged || back.Levers != nil {
				t.Error("Savings.UnmarshalJSON() changed the estimate on error")
			}
			var viaJSON Savings
			if err := json.Unmarshal([]byte(strings.Replace(valid, tt.old, tt.new, 1)), &viaJSON); err == nil {
				t.Error("json.Unmarshal() accepted it")
			}
		})
	}
	// A tampered After report is named in it too.
	var back Savings
	err = back.UnmarshalJSON([]byte(strings.Replace(valid, `"after":{"currency":"USD","period":"2026-03","scope":"assisted"`,
		`"after":{"currency":"USD","period":"2026-03","scope":"all"`, 1)))
	var fe *FieldError
	if !errors.Is(err, ErrInvalid) || !errors.As(err, &fe) || !strings.HasPrefix(fe.Path, "after.") {
		t.Errorf("Savings.UnmarshalJSON(tampered After) error = %.300v, want ErrInvalid in after", err)
	}
}

// TestSavingsMarshalJSONRefuses checks that the writer refuses, naming the
// field, what it cannot write so that it reads back.
func TestSavingsMarshalJSONRefuses(t *testing.T) {
	tests := []struct {
		name  string
		set   func(s *Savings)
		want  error
		path  string
		named string
	}{
		{"money off the cent", func(s *Savings) { s.Levers[0].Increment.Net = dec("590.435") }, ErrPrecision, "levers[0].increment.net", "Email bot"},
		{"a cash flow off the cent", func(s *Savings) { s.Returns.Months[3].Gross = dec("1.001") }, ErrPrecision, "returns.months[3].gross", ""},
		{"a lever's cash flow off the cent", func(s *Savings) { s.Levers[1].AloneReturns.Years[2].Cumulative = dec("0.5001") },
			ErrPrecision, "levers[1].alone_returns.years[2].cumulative", "Speech IVR"},
		{"a spread off the cent", func(s *Savings) { s.Uncertainty.Tornado[0].Spread = dec("0.001") }, ErrPrecision,
			"uncertainty.tornado[0].spread", "Agent assist"},
		{"a case off the cent", func(s *Savings) { s.Uncertainty.Optimistic.Returns.NPV = dec("0.001") }, ErrPrecision,
			"uncertainty.optimistic.returns.npv", ""},
		{"a cost per contact beyond the policy's places", func(s *Savings) { s.Levers[0].After.CostPerContact = dec("12.09245") },
			ErrPrecision, "levers[0].after.cost_per_contact", "Email bot"},
		{"a report off the cent", func(s *Savings) { s.After.Channels[0].Direct = dec("10.005") }, ErrPrecision, "after.channels[0].direct", "voice"},
		{"a nil lever", func(s *Savings) { s.Levers[1].Lever = nil }, ErrNotSet, "levers[1].lever", "Speech IVR"},
		{"a typed nil lever", func(s *Savings) { s.Levers[2].Lever = (*HandleTimeReduction)(nil) }, ErrNotSet, "levers[2].lever", "Agent assist"},
		{"an unknown measure", func(s *Savings) { s.Uncertainty.Measure = "median" }, ErrInvalid, "uncertainty.measure", ""},
		{"601 months", func(s *Savings) { s.Returns.Months = make([]CashFlow, MaxHorizonMonths+1) }, ErrTooLarge, "returns.months", ""},
		{"a payback beyond 1200 months", func(s *Savings) { s.Returns.PaybackMonth = 1201 }, ErrOutOfRange, "returns.payback_month", ""},
		{"a formula line too long", func(s *Savings) { s.Levers[0].Formula[1] = strings.Repeat("x", MaxTextLength+1) }, ErrTooLarge,
			"levers[0].formula[1]", "Email bot"},
		{"a ratio too long", func(s *Savings) { s.Levers[0].BreakEven.NetZero = ratio(strings.Repeat("1", 1100), "3") },
			ErrTooLarge, "levers[0].break_even.net_zero", "Email bot"},
		{"a volume outside the bounds", func(s *Savings) { s.Levers[0].Changes[1].After.Contacts = dec("1e41") }, ErrTooLarge,
			"levers[0].changes[1].after.contacts", "chatbot"},
		{"a range index beyond 49", func(s *Savings) { s.Uncertainty.Tornado[1].Range = 50 }, ErrOutOfRange, "uncertainty.tornado[1].range", "Email bot"},
	}
	sample, err := jsonSavingsSample(t).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Savings // a deep copy of the sample estimate
			if err := s.UnmarshalJSON(sample); err != nil {
				t.Fatal(err)
			}
			tt.set(&s)
			out, err := s.MarshalJSON()
			var fe *FieldError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != tt.path || fe.Name != tt.named {
				t.Fatalf("Savings.MarshalJSON() = %.60s…, %v; want %v at %s (%q)", out, err, tt.want, tt.path, tt.named)
			}
			if _, err := json.Marshal(s); !errors.Is(err, tt.want) {
				t.Errorf("json.Marshal(savings) error = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestSavingsJSONLongLeverName: a lever's name names the lines it adds to
// the After report ("<name>: monthly fee"), so Estimate bounds it as a
// cost line's name (200 bytes): at the bound the estimate writes and reads
// back; past it Estimate refuses it at levers[0].name, instead of making an
// estimate whose report would not read back.
func TestSavingsJSONLongLeverName(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want error
	}{{200, nil}, {201, ErrInvalid}, {1015, ErrInvalid}} {
		s := Scenario{Labour: LabourUnchanged, Levers: []Lever{HandleTimeReduction{Name: strings.Repeat("a", tt.n),
			Channels: []Channel{ChannelVoice}, SecondsSaved: dec("10"), Investment: Investment{MonthlyFee: dec("10")}}}}
		out, err := leverCenter().Estimate(s)
		if tt.want != nil {
			var fe *FieldError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Path != "levers[0].name" {
				t.Errorf("Estimate(a %d-byte lever name) error = %.200v, want %v at levers[0].name", tt.n, err, tt.want)
			}
			continue
		}
		if err != nil {
			t.Fatalf("Estimate(a %d-byte lever name) error: %v", tt.n, err)
		}
		b, err := out.MarshalJSON()
		if err != nil {
			t.Errorf("Savings.MarshalJSON(a %d-byte lever name) error: %v", tt.n, err)
		} else if err := new(Savings).UnmarshalJSON(b); err != nil {
			t.Errorf("Savings.UnmarshalJSON(a %d-byte lever name) error: %v", tt.n, err)
		}
	}
}

// TestSavingsJSONParts checks the parts of an estimate on their own: each
// round-trips; money, which a part alone knows no currency for, is in
// canonical form; and a part cut out of an estimate's JSON, with the
// currency's places, reads the same.
func TestSavingsJSONParts(t *testing.T) {
	s := jsonSavingsSample(t)
	b, err := s.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Levers      []struct{ Increment, After, Alone, Changes, BreakEven json.RawMessage }
		Returns     json.RawMessage
		Uncertainty struct{ Optimistic, Tornado json.RawMessage }
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	type part struct {
		name   string
		value  any             // the part
		decode func() any      // a new zero part to decode into
		inSave json.RawMessage // the part as the estimate writes it, or nil
	}
	parts := []part{
		{"Amounts", s.Levers[0].Increment, func() any { return new(Amounts) }, doc.Levers[0].Increment},
		{"Outcome", s.Levers[1].After, func() any { return new(Outcome) }, doc.Levers[1].After},
		{"VolumeChange", s.Levers[0].Changes[0], func() any { return new(VolumeChange) }, nil},
		{"BreakEven", s.Levers[0].BreakEven, func() any { return new(BreakEven) }, nil},
		{"Input", s.Levers[0].Inputs[0], func() any { return new(Input) }, nil},
		{"CashFlow", s.Returns.Months[5], func() any { return new(CashFlow) }, nil},
		{"Returns", s.Returns, func() any { return new(Returns) }, doc.Returns},
		{"Case", s.Uncertainty.Optimistic, func() any { return new(Case) }, doc.Uncertainty.Optimistic},
		{"Swing", s.Uncertainty.Tornado[0], func() any { return new(Swing) }, nil},
		{"Uncertainty", s.Uncertainty, func() any { return new(Uncertainty) }, nil},
		{"LeverSavings", s.Levers[2], func() any { return new(LeverSavings) }, nil},
	}
	for _, p := range parts {
		t.Run(p.name, func(t *testing.T) {
			b, err := json.Marshal(p.value)
			if err != nil {
				t.Fatalf("json.Marshal(%s) error: %v", p.name, err)
			}
			back := p.decode()
			if err := json.Unmarshal(b, back); err != nil {
				t.Fatalf("json.Unmarshal(%s) error: %v", p.name, err)
			}
			got := jsonSavingsDeref(back)
			if diff := cmp.Diff(p.value, got, jsonScenarioCmp); diff != "" {
				t.Errorf("%s JSON round trip (-want +got):\n%s", p.name, diff)
			}
			again, err := json.Marshal(got)
			if err != nil || !bytes.Equal(b, again) {
				t.Errorf("json.Marshal(decoded %s) = %.200s, %v; want %.200s", p.name, again, err, b)
			}
			if p.inSave != nil {
				fixed := p.decode()
				if err := json.Unmarshal(p.inSave, fixed); err != nil {
					t.Fatalf("json.Unmarshal(%s as the estimate writes it) error: %v", p.name, err)
				}
				if diff := cmp.Diff(p.value, jsonSavingsDeref(fixed), jsonScenarioCmp); diff != "" {
					t.Errorf("%s as the estimate writes it (-want +got):\n%s", p.name, diff)
				}
			}
		})
	}

	// Canonical money on its own, minor-unit places in an estimate: agent
	// assist alone (TestScenarioJSONSample).
	if b, err := json.Marshal(s.Levers[2].Alone); err != nil || string(b) != `{"gross":"2666.67","added":"725","net":"1941.67"}` {
		t.Errorf("json.Marshal(Amounts) = %s, %v; want canonical money", b, err)
	}
	if string(doc.Levers[2].Alone) != `{"gross":"2666.67","added":"725.00","net":"1941.67"}` {
		t.Errorf("the estimate's agent assist alone = %s, want money with two places", doc.Levers[2].Alone)
	}
	// A break-even on its own: net_zero and payback as exact ratios (null
	// when undefined), in_range a JSON boolean, every key written.
	for _, tt := range []struct {
		b    BreakEven
		want string
	}{
		{s.Levers[0].BreakEven, `{"input":"resolution","net_zero":"1500/8149","in_range":true,"payback":"160900/513387"}`},
		{BreakEven{Input: "accept_rate", NetZero: ratio("-1", "58")}, `{"input":"accept_rate","net_zero":"-1/58","in_range":false,"payback":null}`},
		{BreakEven{Input: "after"}, `{"input":"after","net_zero":null,"in_range":false,"payback":null}`},
	} {
		b, err := json.Marshal(tt.b)
		if err != nil || string(b) != tt.want {
			t.Errorf("json.Marshal(%+v) = %s, %v; want %s", tt.b, b, err, tt.want)
			continue
		}
		var back BreakEven
		if err := json.Unmarshal(b, &back); err != nil {
			t.Errorf("json.Unmarshal(%s) error: %v", b, err)
		} else if diff := cmp.Diff(tt.b, back, jsonScenarioCmp); diff != "" {
			t.Errorf("BreakEven JSON round trip (-want +got):\n%s", diff)
		}
	}
	// Undefined figures are null, and read back undefined.
	b, err = json.Marshal(Outcome{Cost: dec("10")})
	want := `{"cost":"10","assisted_contacts":"0","all_contacts":"0","cost_per_assisted_contact":null,"cost_per_contact":null,` +
		`"exact_cost_per_assisted_contact":null,"exact_cost_per_contact":null}`
	if err != nil || string(b) != want {
		t.Errorf("json.Marshal(an Outcome without contacts) = %s, %v; want %s", b, err, want)
	}
	var u Uncertainty
	if b, err := json.Marshal(Uncertainty{}); err != nil || json.Unmarshal(b, &u) != nil || u.Measure != "" {
		t.Errorf("json.Marshal(Uncertainty{}) = %s, %v; want a form that reads back", b, err)
	}
	b, err = json.Marshal(Returns{})
	want = `{"one_time":"0","months":[],"years":[],"benefits":"0","costs":"0","net":"0","roi":null,"present_benefits":"0",` +
		`"present_costs":"0","npv":"0","discounted_roi":null,"payback_month":0}`
	if err != nil || string(b) != want {
		t.Errorf("json.Marshal(Returns{}) = %s, %v; want %s", b, err, want)
	}

	// Each part is as strict as the estimate.
	errs := []struct {
		name   string
		decode func() error
		path   string
		want   error
	}{
		{"Input without value", func() error { return new(Input).UnmarshalJSON([]byte(`{"name":"reach"}`)) }, "value", ErrNotSet},
		{"Amounts with a misspelt key", func() error { return new(Amounts).UnmarshalJSON([]byte(`{"gross":"1","added":"0","nett":"1"}`)) },
			"nett", ErrUnknownField},
		{"Swing range beyond 49", func() error {
			return new(Swing).UnmarshalJSON([]byte(`{"range":50,"lever":"a","input":"b","low":"0","high":"1","at_low":"0","at_high":"0","spread":"0"}`))
		}, "range", ErrOutOfRange},
		{"Uncertainty measure", func() error {
			return new(Uncertainty).UnmarshalJSON([]byte(`{"measure":"nett","pessimistic":{"values":[],"total":{"gross":"0","added":"0","net":"0"}},` +
				`"expected":{"values":[],"total":{"gross":"0","added":"0","net":"0"}},"optimistic":{"values":[],"total":{"gross":"0","added":"0","net":"0"}},"tornado":[]}`))
		}, "measure", ErrInvalid},
		{"Case with 51 values", func() error {
			return new(Case).UnmarshalJSON([]byte(`{"values":[` + strings.Repeat(`"1",`, 50) + `"1"],"total":{"gross":"0","added":"0","net":"0"}}`))
		}, "values", ErrTooLarge},
		{"VolumeChange trailing data", func() error {
			return new(VolumeChange).UnmarshalJSON([]byte(`{"after":{"channel":"voice","contacts":"1"}} 1`))
		},
			"", ErrSyntax},
		{"BreakEven without payback", func() error {
			return new(BreakEven).UnmarshalJSON([]byte(`{"input":"after","net_zero":null,"in_range":false}`))
		}, "payback", ErrNotSet},
		{"BreakEven without in_range", func() error {
			return new(BreakEven).UnmarshalJSON([]byte(`{"input":"after","net_zero":null,"payback":null}`))
		}, "in_range", ErrNotSet},
		{"BreakEven with in_range a number", func() error {
			return new(BreakEven).UnmarshalJSON([]byte(`{"input":"after","net_zero":null,"in_range":1,"payback":null}`))
		}, "in_range", ErrSyntax},
		{"BreakEven with the old key period", func() error {
			return new(BreakEven).UnmarshalJSON([]byte(`{"input":"after","period":null,"in_range":false,"payback":null}`))
		}, "period", ErrUnknownField},
		{"CashFlow with a float month", func() error {
			return new(CashFlow).UnmarshalJSON([]byte(`{"month":1.5,"gross":"0","added":"0","net":"0","cumulative":"0"}`))
		}, "month", ErrOutOfRange},
		{"LeverSavings without lever", func() error {
			return new(LeverSavings).UnmarshalJSON([]byte(`{"name":"x","inputs":[],"formula":[],"changes":[],` +
				`"increment":{"gross":"0","added":"0","net":"0"},"after":{"cost":"0","assisted_contacts":"0","all_contacts":"0",` +
				`"cost_per_assisted_contact":null,"cost_per_contact":null,"exact_cost_per_assisted_contact":null,"exact_cost_per_contact":null},` +
				`"alone":{"gross":"0","added":"0","net":"0"}}`))
		}, "lever", ErrNotSet},
	}
	for _, tt := range errs {
		if err := tt.decode(); jsonErrorAt(err, tt.path, tt.want) == nil {
			t.Errorf("%s: UnmarshalJSON error = %v, want %v at %q", tt.name, err, tt.want, tt.path)
		}
	}
}

// jsonSavingsDeref returns the value a decoding target points to.
func jsonSavingsDeref(p any) any {
	switch v := p.(type) {
	case *Amounts:
		return *v
	case *Outcome:
		return *v
	case *VolumeChange:
		return *v
	case *BreakEven:
		return *v
	case *Input:
		return *v
	case *CashFlow:
		return *v
	case *Returns:
		return *v
	case *Case:
		return *v
	case *Swing:
		return *v
	case *Uncertainty:
		return *v
	case *LeverSavings:
		return *v
	}
	return p
}

// FuzzSavingsJSON checks that decoding an estimate never panics, and
// that one that decodes writes back and reads back to the same bytes.
func FuzzSavingsJSON(f *testing.F) {
	s, _ := jsonScenarioFile(f)
	sample, err := jsonScenarioSampleModel(f).Estimate(s)
	if err != nil {
		f.Fatal(err)
	}
	small, err := leverCenter().Estimate(Scenario{Labour: LabourUnchanged, Levers: []Lever{ACDRouting{TransferRateBefore: dec("0.1")}}})
	if err != nil {
		f.Fatal(err)
	}
	for _, out := range []Savings{sample, small} {
		b, err := out.MarshalJSON()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"labour":"","assumptions":[],"levers":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s Savings
		if err := s.UnmarshalJSON(data); err != nil {
			return
		}
		b, err := s.MarshalJSON()
		if err != nil {
			t.Fatalf("Savings.MarshalJSON(decoded) error: %v", err)
		}
		var back Savings
		if err := back.UnmarshalJSON(b); err != nil {
			t.Fatalf("Savings.UnmarshalJSON(its own output) error: %v", err)
		}
		again, err := back.MarshalJSON()
		if err != nil || !bytes.Equal(b, again) {
			t.Fatalf("Savings.MarshalJSON() differs after a round trip: %v", err)
		}
	})
}
