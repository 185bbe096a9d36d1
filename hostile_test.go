package contactcost

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
)

// hostileValues are decimals shopspring/decimal builds happily but that
// would take gigabytes to expand ("1e2000000000" printed in full), or that
// are beyond the documented bounds (60 integer digits).
var hostileValues = []struct {
	name    string
	d       decimal.Decimal
	refused bool // false: a zero, which is in bounds whatever its exponent
}{
	{"1e2000000000", decimal.New(1, 2_000_000_000), true},
	{"-7e2000000000", decimal.New(-7, 2_000_000_000), true},
	{"1e-2000000000", decimal.New(1, -2_000_000_000), true},
	{"60 digits", decimal.RequireFromString(strings.Repeat("9", 60)), true},
	{"0e2000000000", decimal.New(0, 2_000_000_000), false},
	{"0e-2000000000", decimal.New(0, -2_000_000_000), false},
}

// decimalFields calls fn with the path and the settable value of every
// decimal.Decimal reachable from v: struct fields, slice elements, and the
// structs inside interface values (levers), which it copies, visits and
// stores back.
func decimalFields(v reflect.Value, path string, fn func(path string, field reflect.Value)) {
	if v.Type() == reflect.TypeOf(decimal.Decimal{}) {
		fn(path, v)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				decimalFields(v.Field(i), path+"."+f.Name, fn)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			decimalFields(v.Index(i), path+"["+strconv.Itoa(i)+"]", fn)
		}
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		inner := reflect.New(v.Elem().Type()).Elem()
		inner.Set(v.Elem())
		decimalFields(inner, path+"("+inner.Type().Name()+")", fn)
		v.Set(inner)
	}
}

// hostileModel is a valid model that uses every decimal field: a stated
// amount, a unit price with a quantity, weights, and every volume figure.
func hostileModel() Model {
	return Model{
		Currency: MustCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAssisted,
		Convention: ActualDays,
		Costs: []Cost{
			{Name: "Agent wages", Category: Wages, Amount: dec("120000"), Behavior: Variable, Driver: HandleMinutes,
				Basis: Basis{Kind: ByHandleTime, Among: []Channel{Voice, Chat}}},
			{Name: "Seats", Category: SoftwareLicences, UnitPrice: dec("95"), Quantity: dec("40"), Per: Month,
				Basis: Basis{Kind: ByWeights, Weights: []Weight{{Voice, dec("3")}, {Chat, dec("1.5")}}}},
			{Name: "Toll-free", Category: Telephony, Amount: dec("2000"), Channel: Voice}, // callback prices the queue minutes
			{Name: "Office", Category: Facilities, Amount: dec("9000"), Basis: Basis{Kind: ByFTE}},
			{Name: "Supervisors", Category: Wages, Amount: dec("8000"), Basis: Basis{Kind: ByAgentHours}},
		},
		Volumes: []Volume{
			{Channel: Voice, Contacts: dec("10000"), HandleMinutes: dec("60000"), QueueMinutes: dec("20000"),
				AgentHours: dec("1200"), FTE: dec("8.5"), Offered: dec("10600"), Abandoned: dec("600")},
			{Channel: Chat, Contacts: dec("5000"), HandleMinutes: dec("40000"), QueueMinutes: dec("1000"),
				AgentHours: dec("800"), FTE: dec("5.5"), Offered: dec("5100"), Abandoned: dec("100")},
		},
	}
}

// hostileScenario is a valid scenario on hostileModel that sets every
// decimal field of every lever (self-service deflection twice: by rate and
// from a current to a target rate).
func hostileScenario() Scenario {
	inv := Investment{OneTime: dec("25000"), Recurring: dec("500")}
	return Scenario{
		Levers: []Lever{
			SelfServiceDeflection{From: Chat, Rate: dec("0.1"), ReContactRate: dec("0.2"), CostPerContact: dec("0.3"),
				MinutesPerSession: dec("4"), Investment: inv},
			SelfServiceDeflection{From: Chat, CurrentRate: dec("0.2"), TargetRate: dec("0.25"), ReContactRate: dec("0.1"),
				CostPerContact: dec("0.3"), MinutesPerSession: dec("4"), Investment: inv},
			IVRContainment{From: Voice, Rate: dec("0.1"), CallbackRate: dec("0.2"), IVRMinutes: dec("2"),
				CostPerMinute: dec("0.05"), Investment: inv},
			IVRVerification{Channel: Voice, SecondsSaved: dec("30"), IVRMinutes: dec("0.5"), CostPerMinute: dec("0.05"),
				FilterRate: dec("0.02"), WastedSeconds: dec("20"), Investment: inv},
			Callback{Channel: Voice, AcceptRate: dec("0.3"), WaitAvoided: dec("2"), TollRate: dec("0.1"),
				OutboundMinutes: dec("6"), OutboundRate: dec("0.01"), OverheadSeconds: dec("15"),
				AbandonBefore: dec("0.06"), AbandonAfter: dec("0.03"), RedialRate: dec("0.5"), Investment: inv},
			ACDRouting{Channel: Voice, TransferRateBefore: dec("0.1"), TransferRateAfter: dec("0.05"),
				WastedSeconds: dec("60"), AHTReductionSeconds: dec("5"), Investment: inv},
			FirstContactResolution{Channel: Chat, Before: dec("0.7"), After: dec("0.75"), Investment: inv},
		},
		HorizonMonths: 24, DiscountRate: dec("0.08"), RampMonths: 3,
	}
}

// TestHostileInputFields sets every decimal field of a model and of a
// scenario, one at a time, to each hostile value and checks that Report,
// Estimate and Series come back quickly, without a panic, and refuse every
// value out of bounds with ErrTooLarge instead of expanding it.
func TestHostileInputFields(t *testing.T) {
	m, s := hostileModel(), hostileScenario()
	if err := reportAll(m, s); err != nil {
		t.Fatalf("the fixture: %v", err)
	}
	var paths []string
	decimalFields(reflect.ValueOf(&m).Elem(), "model", func(p string, _ reflect.Value) { paths = append(paths, p) })
	decimalFields(reflect.ValueOf(&s).Elem(), "scenario", func(p string, _ reflect.Value) { paths = append(paths, p) })
	t.Logf("%d decimal fields", len(paths))
	if len(paths) < 82 {
		t.Fatalf("found %d decimal fields, want every field of the fixtures: %v", len(paths), paths)
	}
	for _, target := range paths {
		for _, h := range hostileValues {
			m, s := hostileModel(), hostileScenario()
			set := func(p string, f reflect.Value) {
				if p == target {
					f.Set(reflect.ValueOf(h.d))
				}
			}
			decimalFields(reflect.ValueOf(&m).Elem(), "model", set)
			decimalFields(reflect.ValueOf(&s).Elem(), "scenario", set)
			err := within(t, 10*time.Second, func() error { return reportAll(m, s) })
			if h.refused && !errors.Is(err, ErrTooLarge) {
				t.Errorf("%s = %s: err = %v, want ErrTooLarge", target, h.name, err)
			}
		}
	}
}

// reportAll runs the model's report, the scenario's estimate and a series
// of one month with the model's volumes, and returns the first error.
func reportAll(m Model, s Scenario) error {
	if _, err := m.Report(); err != nil {
		return err
	}
	if _, err := m.Estimate(s); err != nil {
		return err
	}
	q := m
	q.Volumes = nil
	_, err := q.Series(Month, []PeriodVolumes{{Period: m.Period, Volumes: m.Volumes}})
	return err
}

// within runs fn and fails the test if it panics or takes longer than d.
func within(t *testing.T, d time.Duration, fn func() error) error {
	t.Helper()
	type result struct {
		err   error
		panic any
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{panic: p}
			}
		}()
		done <- result{err: fn()}
	}()
	select {
	case r := <-done:
		if r.panic != nil {
			t.Fatalf("panic: %v", r.panic)
		}
		return r.err
	case <-time.After(d):
		t.Fatalf("still running after %v", d)
		return nil
	}
}
