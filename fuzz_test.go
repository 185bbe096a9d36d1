package contactcost

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// byteSource hands out fuzzer bytes as small numbers, then zeros.
type byteSource struct{ b []byte }

func (s *byteSource) next() byte {
	if len(s.b) == 0 {
		return 0
	}
	v := s.b[0]
	s.b = s.b[1:]
	return v
}

func (s *byteSource) uint64() uint64 {
	var buf [8]byte
	for i := range buf {
		buf[i] = s.next()
	}
	return binary.LittleEndian.Uint64(buf[:])
}

// weightsFrom turns fuzzer bytes into int64 weights of every size: zeros,
// small values, huge values and values next to the int64 limit.
func weightsFrom(data []byte) []int64 {
	src := &byteSource{data}
	var out []int64
	for len(src.b) > 0 && len(out) < 64 {
		switch sel := src.next(); sel % 5 {
		case 0:
			out = append(out, 0)
		case 1, 2:
			out = append(out, int64(src.next()))
		case 3:
			out = append(out, int64(src.uint64()>>1))
		case 4:
			out = append(out, math.MaxInt64-int64(src.next()))
		}
	}
	return out
}

// FuzzAllocateUnits checks the allocation invariants on any units and
// weights: the parts sum to the units, each is within one unit of its exact
// share, zero weights get zero, a negative amount is the mirror of the
// positive one, scaling the weights changes nothing, and the 64-bit and
// math/big paths agree.
func FuzzAllocateUnits(f *testing.F) {
	f.Add(int64(100), []byte{1, 1, 1, 1, 1, 1})
	f.Add(int64(5), []byte{0, 1, 3, 1, 7, 1, 9})
	f.Add(int64(math.MinInt64), []byte{4, 0, 4, 1})
	f.Add(int64(math.MaxInt64), []byte{3, 1, 2, 3, 4, 5, 6, 7, 8, 3, 9, 9, 9, 9, 9, 9, 9, 9})
	f.Add(int64(-7), []byte{})
	f.Fuzz(func(t *testing.T, units int64, data []byte) {
		weights := weightsFrom(data)
		parts, err := AllocateUnits(units, weights)
		total := new(big.Int)
		for _, w := range weights {
			total.Add(total, big.NewInt(w))
		}
		if len(weights) == 0 || total.Sign() == 0 {
			if !errors.Is(err, ErrWeights) {
				t.Fatalf("AllocateUnits(%d, %v) error = %v, want ErrWeights", units, weights, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("AllocateUnits(%d, %v) error: %v", units, weights, err)
		}
		checkParts(t, big.NewInt(units), weights, parts)

		if units != math.MinInt64 {
			mirror, err := AllocateUnits(-units, weights)
			if err != nil {
				t.Fatal(err)
			}
			for i := range parts {
				if mirror[i] != -parts[i] {
					t.Fatalf("AllocateUnits(%d) part %d = %d, mirror of %d expected", -units, i, mirror[i], parts[i])
				}
			}
		}
		// Doubling every weight leaves every share, so every part, unchanged.
		if slices.Max(weights) < 1<<61 {
			doubled := make([]int64, len(weights))
			for i, w := range weights {
				doubled[i] = 2 * w
			}
			again, err := AllocateUnits(units, doubled)
			if err != nil || !slices.Equal(again, parts) {
				t.Fatalf("doubling weights %v changed parts %v to %v (%v)", weights, parts, again, err)
			}
		}
		// The math/big path gives the same parts as the 64-bit one.
		abs := new(big.Int).Abs(big.NewInt(units))
		slow := allocBig(abs, bigWeights(weights))
		for i, p := range slow {
			if units < 0 {
				p.Neg(p)
			}
			if p.Cmp(big.NewInt(parts[i])) != 0 {
				t.Fatalf("AllocateUnits(%d, %v) part %d = %d, math/big path %s", units, weights, i, parts[i], p)
			}
		}
	})
}

// checkParts verifies the sum, the one-unit bound and zero weights.
func checkParts(t *testing.T, units *big.Int, weights []int64, parts []int64) {
	t.Helper()
	if len(parts) != len(weights) {
		t.Fatalf("%d parts for %d weights", len(parts), len(weights))
	}
	total := new(big.Int)
	for _, w := range weights {
		total.Add(total, big.NewInt(w))
	}
	sum := new(big.Int)
	for i, p := range parts {
		sum.Add(sum, big.NewInt(p))
		// |p·W − U·w| < W: the part is within one unit of U·w/W.
		diff := new(big.Int).Mul(big.NewInt(p), total)
		diff.Sub(diff, new(big.Int).Mul(units, big.NewInt(weights[i])))
		if diff.Abs(diff).Cmp(total) >= 0 {
			t.Fatalf("part %d = %d is a unit or more from its share %s·%d/%s", i, p, units, weights[i], total)
		}
		if weights[i] == 0 && p != 0 {
			t.Fatalf("part %d has weight 0 but gets %d", i, p)
		}
	}
	if sum.Cmp(units) != 0 {
		t.Fatalf("parts %v sum to %s, not %s", parts, sum, units)
	}
}

// FuzzAllocate runs the decimal allocation on any amount, weights and scale
// and checks the same invariants in 10^-scale units.
func FuzzAllocate(f *testing.F) {
	f.Add("100.00", "33.3,33.3,33.4", int8(2))
	f.Add("-0.05", "1,1", int8(2))
	f.Add("1e3", "0.001,2e-3", int8(0))
	f.Add("10000000000000000000000000000000.00", "1,1,1", int8(2))
	f.Add("1", "1e999999999", int8(3))
	f.Fuzz(func(t *testing.T, amount, weightList string, scale int8) {
		a, err := decimal.NewFromString(amount)
		if err != nil {
			return
		}
		var weights []decimal.Decimal
		for _, w := range strings.Split(weightList, ",") {
			d, err := decimal.NewFromString(w)
			if err != nil {
				return
			}
			weights = append(weights, d)
		}
		parts, err := Allocate(a, weights, int32(scale))
		if err != nil {
			return // every refusal is tested in TestAllocateErrors; here: no panic
		}
		// The inputs passed the bounds, so their canonical forms are safe to
		// compute with; the raw ones may be zeros with huge exponents
		// ("0e100111110"), which shopspring/decimal would expand.
		a = canonical(a)
		for i := range weights {
			weights[i] = canonical(weights[i])
		}
		sum := decimal.Zero
		for _, p := range parts {
			if -p.Exponent() > int32(scale) && !p.IsInteger() {
				t.Fatalf("part %v has more than %d places", p, scale)
			}
			sum = sum.Add(p)
		}
		if !sum.Equal(a) {
			t.Fatalf("Allocate(%s, %v, %d) = %v, sums to %v", amount, weights, scale, parts, sum)
		}
		// Each part within one unit of its exact share.
		total := new(big.Rat)
		for _, w := range weights {
			total.Add(total, w.Rat())
		}
		unit := new(big.Rat).SetFrac(big.NewInt(1), pow10(int64(scale)))
		for i, p := range parts {
			share := new(big.Rat).Mul(a.Rat(), weights[i].Rat())
			share.Quo(share, total)
			diff := new(big.Rat).Sub(p.Rat(), share)
			if diff.Abs(diff).Cmp(unit) >= 0 {
				t.Fatalf("part %d = %v is a unit or more from its share %v", i, p, share.FloatString(40))
			}
		}
	})
}

// modelFrom builds a model from fuzzer bytes: a few channels with random
// volumes and flags, and cost lines of every kind.
func modelFrom(data []byte) Model {
	src := &byteSource{data}
	names := []Channel{Voice, Email, Chat, IVR, SelfService, SMS, "x", "Y"}
	m := Model{
		Currency: []Currency{MustCurrency("USD"), MustCurrency("JPY"), MustCurrency("KWD")}[src.next()%3],
		Period:   MustParsePeriod("2026-03"),
		Scope:    Scope(1 + src.next()%2),
		Rounding: Rounding{Mode: RoundingMode(src.next() % 7)},
	}
	if src.next()%2 == 1 {
		m.Rounding = m.Rounding.WithScale(int32(src.next() % 6))
	}
	nch := 1 + int(src.next())%6
	first := int(src.next())
	for i := range nch {
		v := Volume{
			Channel:       names[(first+i)%len(names)],
			Automated:     src.next()%5 == 0,
			Contacts:      decimal.New(1+int64(src.next())*int64(src.next()), -int32(src.next()%2)),
			HandleMinutes: decimal.New(int64(src.next())*100+int64(src.next()), -int32(src.next()%3)),
			AgentHours:    decimal.New(int64(src.next()), 0),
			FTE:           decimal.New(int64(src.next()%20), -1),
		}
		m.Volumes = append(m.Volumes, v)
	}
	ncost := int(src.next()) % 9
	for i := range ncost {
		c := Cost{
			Name:     "cost " + strconv.Itoa(i),
			Category: KnownCategories()[int(src.next())%len(KnownCategories())],
			Amount:   decimal.New(int64(src.uint64()>>(20+src.next()%40)), -int32(src.next()%5)),
		}
		pick := func() Channel { return m.Volumes[int(src.next())%len(m.Volumes)].Channel }
		switch kind := src.next() % 8; kind {
		case 0:
			c.Channel = pick()
		case 6, 7:
			c.Basis.Kind = []BasisKind{ByPercent, ByWeights}[kind-6]
			seen := map[Channel]bool{}
			for range 1 + int(src.next())%3 {
				ch := pick()
				if !seen[ch] {
					seen[ch] = true
					c.Basis.Weights = append(c.Basis.Weights, Weight{ch, decimal.New(int64(src.next()), -1)})
				}
			}
		default:
			c.Basis.Kind = BasisKind(kind)
			if src.next()%2 == 1 {
				seen := map[Channel]bool{}
				for range 1 + int(src.next())%3 {
					if ch := pick(); !seen[ch] {
						seen[ch] = true
						c.Basis.Among = append(c.Basis.Among, ch)
					}
				}
			}
		}
		if src.next()%3 == 0 {
			c.Behavior, c.Driver = Variable, Contacts
		}
		switch src.next() % 6 {
		case 1:
			c.Period = MustParsePeriod("2026")
		case 2:
			c.Per = Unit(1 + src.next()%5)
		case 3:
			c.Timing, c.Incurred, c.AmortizeMonths = OneTimeAmortized, MustDate(2026, 1, 20), 1+int(src.next()%36)
		case 4:
			c.Amount, c.UnitPrice, c.Quantity, c.Per = decimal.Decimal{}, decimal.New(int64(src.next()), -2), decimal.New(int64(src.next()), 0), Month
		}
		m.Costs = append(m.Costs, c)
	}
	m.Convention = Convention(src.next() % 5)
	return m
}

// FuzzReport builds models from random bytes and checks, for every model
// that validates, that the report reconciles (Verify), that it does not
// depend on the order of volumes and cost lines, and that its JSON form
// round-trips.
func FuzzReport(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 0, 1, 10, 20, 1, 2, 0, 5, 1, 3, 60, 2, 0, 7, 4, 0, 0, 30, 1, 9, 9, 4, 1, 2, 3, 4, 5, 6, 7, 8, 1, 1})
	f.Add([]byte("any bytes make a model; most of them make a valid one"))
	f.Add([]byte{1, 1, 3, 1, 2, 5, 1, 200, 200, 0, 99, 1, 0, 0, 0, 2, 7, 7, 7, 7, 7, 7, 7, 7, 7, 3, 6, 2, 1, 5, 2, 6})
	f.Fuzz(func(t *testing.T, data []byte) {
		m := modelFrom(data)
		r, err := m.Report()
		if err != nil {
			return
		}
		if err := r.Verify(); err != nil {
			t.Fatalf("Verify() of a computed report: %v", err)
		}
		p := m
		p.Volumes = slices.Clone(m.Volumes)
		p.Costs = slices.Clone(m.Costs)
		slices.Reverse(p.Volumes)
		slices.Reverse(p.Costs)
		rp, err := p.Report()
		if err != nil {
			t.Fatalf("the permuted model fails: %v", err)
		}
		for _, ch := range r.Channels {
			i := slices.IndexFunc(rp.Channels, func(c ChannelFigures) bool { return c.Channel == ch.Channel })
			if diff := cmp.Diff(ch, rp.Channels[i]); diff != "" {
				t.Fatalf("channel %s depends on input order (-original +permuted):\n%s", ch.Channel, diff)
			}
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("decoding the report's own JSON: %v", err)
		}
		if diff := cmp.Diff(r, back); diff != "" {
			t.Fatalf("report JSON round trip (-want +got):\n%s", diff)
		}
	})
}

// FuzzModelJSON decodes arbitrary bytes as a model and, when that works,
// reports on it: nothing may panic, and a report that is produced must
// verify.
func FuzzModelJSON(f *testing.F) {
	f.Add([]byte(`{"currency":"USD","period":"2026-03","scope":"assisted","rounding":{"mode":"half-even"},"costs":[{"name":"a","category":"wages","amount":"10","basis":{"kind":"contacts"},"behavior":"fixed"}],"volumes":[{"channel":"voice","contacts":"3","handle_minutes":"9"},{"channel":"ivr","contacts":"1"}]}`))
	f.Add([]byte(`{"currency":"JPY","period":"2026-01-01..2026-02-01","scope":"all","costs":[{"name":"p","category":"x","amount":"1e2","basis":{"kind":"percent","weights":[{"channel":"a","value":"100"}]},"behavior":"fixed"}],"volumes":[{"channel":"a","contacts":"1e-3"}]}`))
	f.Add([]byte(`{"volumes":[{"channel":"a","contacts":"1e999999999"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m Model
		if err := json.Unmarshal(data, &m); err != nil {
			return
		}
		r, err := m.Report()
		if err != nil {
			return
		}
		if err := r.Verify(); err != nil {
			t.Fatalf("Verify() of a computed report: %v", err)
		}
	})
}

// FuzzDecimalInputs feeds any decimals, including hostile ones that
// shopspring/decimal parses happily ("1e2000000000"), to the exported
// functions that take decimals: none may panic or hang.
func FuzzDecimalInputs(f *testing.F) {
	f.Add("100", "3", int32(2), uint8(0))
	f.Add("1e2000000000", "1", int32(2), uint8(1))
	f.Add("1", "1e-2000000000", int32(40), uint8(9))
	f.Add("-0", "0.000", int32(-1), uint8(3))
	f.Fuzz(func(t *testing.T, a, b string, scale int32, mode uint8) {
		x, err1 := decimal.NewFromString(a)
		y, err2 := decimal.NewFromString(b)
		if err1 != nil || err2 != nil {
			return
		}
		m := RoundingMode(mode)
		if r, err := CostPerContact(x, y); err == nil {
			_, _ = r.Round(m, scale)
			_ = r.String()
			// x passed the bounds, so its canonical form is safe to use
			// (x itself may be a zero with a huge exponent).
			n, _ := checkDecimal(x)
			if back, err := r.Mul(y); err != nil || !back.Equal(ratioOf(n)) {
				t.Fatalf("CostPerContact(%s, %s) × contacts = %v, %v", a, b, back, err)
			}
		}
		if r, err := NewRatio(x, y); err == nil {
			if back, err := ParseRatio(r.String()); err != nil || !back.Equal(r) {
				t.Fatalf("ParseRatio(%q) = %v, %v", r.String(), back, err)
			}
		}
		_, _ = m.Round(x, scale)
		_, _ = ratioOf(number{coef: big.NewInt(int64(mode) + 1), exp: -1}).Mul(x)
		_, _ = Prorate(x, MustParsePeriod("2026"), MustParsePeriod("2026-02"), Convention(mode%5))
		_, _ = Distribute(y, MustParsePeriod("2026-Q1"), Month, Convention(mode%5), scale)
		_, _ = Allocate(x, []decimal.Decimal{y, x}, scale)
		_, _ = AllocateInt(x, []int64{int64(mode), 1}, scale)
		_, _ = Rounding{Mode: m}.WithScale(scale).Apply(Ratio{}, MustCurrency("USD"))
	})
}

// FuzzParseRatio checks that any text ParseRatio accepts prints back to a
// form that parses to the same ratio.
func FuzzParseRatio(f *testing.F) {
	for _, s := range []string{"1000/3", "12.5", "undefined", "-0.5/7", "1e5/2e-3", "0/1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRatio(s)
		if err != nil {
			return
		}
		back, err := ParseRatio(r.String())
		if err != nil || !back.Equal(r) {
			t.Fatalf("ParseRatio(%q) = %v; reparsing %q gives %v, %v", s, r, r.String(), back, err)
		}
	})
}

// FuzzParsePeriod checks that any text ParsePeriod accepts prints in a form
// that parses back to the same period, and that splitting it covers it
// exactly, day for day.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2026-03-15", "2026-W53", "2026-03", "2026-Q1", "2026", "FY2026/Apr", "FY2026/04",
		"2026-03-01..2026-04-01", "2024-02-29", "0001-W01", "9998-12"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, unit uint8) {
		p, err := ParsePeriod(s)
		if err != nil {
			return
		}
		back, err := ParsePeriod(p.String())
		if err != nil || !back.Equal(p) {
			t.Fatalf("ParsePeriod(%q) = %v; reparsing %q gives %v, %v", s, p, p.String(), back, err)
		}
		parts, err := p.Split(Unit(unit % 6))
		if err != nil {
			return
		}
		at := p.Start()
		for _, part := range parts {
			if part.Start() != at || !part.End().After(part.Start()) {
				t.Fatalf("%s.Split(%d): %v does not follow %v", p, unit%6, part, at)
			}
			at = part.End()
		}
		if at != p.End() {
			t.Fatalf("%s.Split(%d) ends at %v", p, unit%6, at)
		}
	})
}

// FuzzDistribute checks that distributing any amount over the sub-periods
// of any period sums exactly to the amount, under every convention.
func FuzzDistribute(f *testing.F) {
	f.Add(int64(100000), "2026", uint8(3), uint8(1))
	f.Add(int64(-31), "2026-03", uint8(2), uint8(3))
	f.Add(int64(1), "FY2026/Oct", uint8(4), uint8(4))
	f.Add(int64(999999999999), "2024-02-10..2024-05-20", uint8(1), uint8(2))
	f.Fuzz(func(t *testing.T, cents int64, period string, unit, conv uint8) {
		p, err := ParsePeriod(period)
		if err != nil {
			return
		}
		amount := decimal.New(cents, -2)
		parts, err := Distribute(amount, p, Unit(unit%6), Convention(conv%5), 2)
		if err != nil {
			return
		}
		sum := decimal.Zero
		for _, part := range parts {
			sum = sum.Add(part.Amount)
			if cents > 0 && part.Amount.Sign() < 0 || cents < 0 && part.Amount.Sign() > 0 {
				t.Fatalf("part %v of %v has the wrong sign", part, amount)
			}
		}
		if !sum.Equal(amount) {
			t.Fatalf("Distribute(%v, %s, %d, %d) sums to %v", amount, p, unit%6, conv%5, sum)
		}
	})
}

// FuzzSeries builds a model and monthly volumes from random bytes and
// checks, for every series that computes, that each report verifies and
// that the total's money is the sum of the months'.
func FuzzSeries(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 0, 1, 10, 20, 1, 2, 0, 5, 1, 3, 60, 2, 0, 7, 4, 0, 0, 30, 1, 9, 9, 4, 1, 2, 3, 4, 5, 6, 7, 8, 1, 1})
	f.Add([]byte("a series of three months from random bytes"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m := modelFrom(data)
		src := &byteSource{data}
		m.Period = MustParsePeriod("2026-Q1")
		m.Convention = Convention(1 + src.next()%4)
		for i := range m.Costs {
			switch src.next() % 4 {
			case 1:
				m.Costs[i].Period = MustParsePeriod("2026")
			case 2:
				m.Costs[i].Per = Month
			case 3:
				m.Costs[i].Timing, m.Costs[i].Incurred, m.Costs[i].AmortizeMonths = OneTimeAmortized, MustDate(2025, 12, 5), 1+int(src.next()%24)
			}
		}
		var vols []PeriodVolumes
		for k, month := range []string{"2026-01", "2026-02", "2026-03"} {
			v := slices.Clone(m.Volumes)
			for j := range v {
				v[j].Contacts = v[j].Contacts.Add(decimal.New(int64(k*int(src.next())), 0))
			}
			vols = append(vols, PeriodVolumes{Period: MustParsePeriod(month), Volumes: v})
		}
		m.Volumes = nil
		s, err := m.Series(Month, vols)
		if err != nil {
			return
		}
		total := decimal.Zero
		for _, r := range s.Reports {
			if err := r.Verify(); err != nil {
				t.Fatalf("%s: Verify() = %v", r.Period, err)
			}
			total = total.Add(r.Total.Total)
		}
		if err := s.Total.Verify(); err != nil {
			t.Fatalf("Total.Verify() = %v", err)
		}
		if !total.Equal(s.Total.Total.Total) {
			t.Fatalf("months sum to %v, total is %v", total, s.Total.Total.Total)
		}
	})
}

// leversFrom builds levers with random parameters from fuzzer bytes.
func leversFrom(src *byteSource) []Lever {
	rate := func() decimal.Decimal { return decimal.New(int64(src.next()), -2) } // 0 to 2.55: some out of range
	amount := func() decimal.Decimal { return decimal.New(int64(src.next()), -int32(src.next()%3)) }
	chans := []Channel{Voice, Email, Chat, IVR, SelfService, "x"}
	ch := func() Channel { return chans[int(src.next())%len(chans)] }
	inv := func() Investment { return Investment{OneTime: amount(), Recurring: amount()} }
	var out []Lever
	for range 1 + int(src.next())%4 {
		switch src.next() % 6 {
		case 0:
			out = append(out, SelfServiceDeflection{From: ch(), To: ch(), Rate: rate(), ReContactRate: rate(),
				CostPerContact: amount(), MinutesPerSession: amount(), Investment: inv()})
		case 1:
			out = append(out, IVRContainment{From: ch(), Rate: rate(), CallbackRate: rate(), IVRMinutes: amount(), CostPerMinute: amount(), Investment: inv()})
		case 2:
			out = append(out, IVRVerification{Channel: ch(), SecondsSaved: amount(), IVRMinutes: amount(), CostPerMinute: amount(),
				FilterRate: rate(), WastedSeconds: amount()})
		case 3:
			out = append(out, Callback{Channel: ch(), AcceptRate: rate(), WaitAvoided: amount(), OutboundMinutes: amount(),
				OutboundRate: amount(), OverheadSeconds: amount(), AbandonBefore: rate(), AbandonAfter: rate(), RedialRate: rate()})
		case 4:
			out = append(out, ACDRouting{Channel: ch(), TransferRateBefore: rate(), TransferRateAfter: rate(),
				WastedSeconds: amount(), AHTReductionSeconds: amount()})
		case 5:
			out = append(out, FirstContactResolution{Channel: ch(), Before: rate(), After: rate(), Investment: inv()})
		}
	}
	return out
}

// FuzzScenario applies random levers to random models: nothing may panic,
// and for every estimate that computes, the scenario report verifies, the
// net savings are baseline − scenario, and the levers' increments add up
// exactly to the scenario's savings.
func FuzzScenario(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 0, 1, 10, 20, 1, 2, 0, 5, 1, 3, 60, 2, 0, 7, 4, 0, 0, 30, 1, 9, 9, 4, 1, 2, 3, 4, 5, 6, 7, 8, 1, 1},
		[]byte{2, 0, 0, 0, 10, 20, 30, 40, 1, 2, 5, 10, 20, 3, 4})
	f.Add([]byte("levers on a center made of random bytes"), []byte("and levers made of others"))
	f.Fuzz(func(t *testing.T, model, levers []byte) {
		m := modelFrom(model)
		src := &byteSource{levers}
		s := Scenario{Levers: leversFrom(src), Staffing: Staffing(src.next() % 2), HorizonMonths: int(src.next() % 37),
			DiscountRate: decimal.New(int64(src.next()), -3), RampMonths: int(src.next() % 6)}
		e, err := m.Estimate(s)
		if err != nil {
			return
		}
		if err := e.Scenario.Verify(); err != nil {
			t.Fatalf("scenario report: %v", err)
		}
		if !e.Baseline.Total.Total.Sub(e.Scenario.Total.Total).Equal(e.Savings.Net) {
			t.Fatalf("net %v is not baseline − scenario", e.Savings.Net)
		}
		net, gross, added := decimal.Zero, decimal.Zero, decimal.Zero
		for _, l := range e.Levers {
			net, gross, added = net.Add(l.Increment.Net), gross.Add(l.Increment.Gross), added.Add(l.Increment.Added)
		}
		if !net.Equal(e.Savings.Net) || !gross.Equal(e.Savings.Gross) || !added.Equal(e.Savings.Added) {
			t.Fatalf("increments %v/%v/%v do not add up to %+v", gross, added, net, e.Savings)
		}
	})
}

// canonical returns the canonical form of a decimal that passed the bounds
// (checkDecimal); the fuzz targets use it before doing arithmetic of their
// own, which on the raw form could expand a zero with a huge exponent.
func canonical(d decimal.Decimal) decimal.Decimal {
	n, err := checkDecimal(d)
	if err != nil {
		panic("canonical: " + err.Error()) // only called on accepted input
	}
	return n.decimal()
}
