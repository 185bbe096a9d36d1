package contactcost

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/contactcost/contactcost/erlang"
	"github.com/contactcost/contactcost/internal/alloc"
	"github.com/contactcost/contactcost/internal/exact"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

// The package's fuzz targets. CI fuzzes each by name for about 20 s on two
// cores, so each keeps one input cheap; `go test` runs their seeds and the
// inputs in testdata/fuzz/<Target>/ as regression cases.

// fuzzBytes hands out fuzzer bytes as small numbers, then zeros.
type fuzzBytes struct{ b []byte }

func (s *fuzzBytes) next() byte {
	if len(s.b) == 0 {
		return 0
	}
	v := s.b[0]
	s.b = s.b[1:]
	return v
}

func (s *fuzzBytes) uint64() uint64 {
	var buf [8]byte
	for i := range buf {
		buf[i] = s.next()
	}
	return binary.LittleEndian.Uint64(buf[:])
}

// fuzzNoPanic, deferred first in a fuzz function, turns a panic of the
// library into a failure of the input, with the panic's stack, so that a
// regression input that panics fails its own case instead of ending the
// whole test binary.
func fuzzNoPanic(t *testing.T) {
	if p := recover(); p != nil {
		t.Fatalf("panic: %v\n%s", p, debug.Stack())
	}
}

// fuzzWeights turns fuzzer bytes into int64 weights of every size: zeros,
// small values, huge values and values next to the int64 limit.
func fuzzWeights(data []byte) []int64 {
	src := &fuzzBytes{data}
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
		defer fuzzNoPanic(t)
		weights := fuzzWeights(data)
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
		fuzzCheckParts(t, big.NewInt(units), weights, parts)

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
		bigWeights := make([]*big.Int, len(weights))
		for i, w := range weights {
			bigWeights[i] = big.NewInt(w)
		}
		for i, p := range alloc.Big(abs, bigWeights) {
			if units < 0 {
				p.Neg(p)
			}
			if p.Cmp(big.NewInt(parts[i])) != 0 {
				t.Fatalf("AllocateUnits(%d, %v) part %d = %d, math/big path %s", units, weights, i, parts[i], p)
			}
		}
	})
}

// fuzzCheckParts verifies the sum, the one-unit bound and zero weights.
func fuzzCheckParts(t *testing.T, units *big.Int, weights []int64, parts []int64) {
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

// fuzzCanonical returns the canonical form of a decimal that passed the
// bounds; the fuzz targets use it before doing arithmetic of their own,
// which on the raw form could expand a zero with a huge exponent
// ("0e100111110").
func fuzzCanonical(t *testing.T, d decimal.Decimal) decimal.Decimal {
	t.Helper()
	n, ok := exact.FromDecimal(d)
	if !ok {
		t.Fatalf("%s was accepted but is outside the bounds", exact.Describe(d))
	}
	return n.Decimal()
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
		defer fuzzNoPanic(t)
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
			return // every refusal is tested in the allocation tests; here: no panic
		}
		// The inputs passed the bounds, so their canonical forms are safe to
		// compute with; the raw ones may be zeros with huge exponents.
		a = fuzzCanonical(t, a)
		for i := range weights {
			weights[i] = fuzzCanonical(t, weights[i])
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
		// Each part within one unit of its exact share; a zero weight gets
		// zero.
		total := new(big.Rat)
		for _, w := range weights {
			total.Add(total, w.Rat())
		}
		unit := new(big.Rat).SetFrac(big.NewInt(1), exact.Pow10(int64(scale)))
		for i, p := range parts {
			share := new(big.Rat).Mul(a.Rat(), weights[i].Rat())
			share.Quo(share, total)
			diff := new(big.Rat).Sub(p.Rat(), share)
			if diff.Abs(diff).Cmp(unit) >= 0 {
				t.Fatalf("part %d = %v is a unit or more from its share %v", i, p, share.FloatString(40))
			}
			if weights[i].Sign() == 0 && p.Sign() != 0 {
				t.Fatalf("part %d = %v has weight 0", i, p)
			}
		}
	})
}

// fuzzChannels are the channels fuzzModel picks from: well-known ones of
// both handlings and two custom ones.
var fuzzChannels = []Channel{ChannelVoice, ChannelEmail, ChannelChat, ChannelIVR, ChannelSelfService, ChannelSMS, "x", "Y"}

// fuzzCategories are the well-known categories, in the order the old
// KnownCategories returned them (the regression inputs pick by index).
var fuzzCategories = []Category{CategoryWages, CategoryBenefits, CategoryTechnology, CategorySoftwareLicences,
	CategoryTelephony, CategoryFacilities, CategoryTaxes, CategoryTraining, CategoryOutsourcing, CategoryOther}

// fuzzModel builds a model from fuzzer bytes: a few channels with random
// volumes and handling, and cost lines of every kind. It reads the bytes
// as the old modelFrom did, so the regression inputs in testdata/fuzz
// build the same models (with the new defaults).
func fuzzModel(data []byte) Model {
	src := &fuzzBytes{data}
	m := Model{
		Currency: []Currency{MustParseCurrency("USD"), MustParseCurrency("JPY"), MustParseCurrency("KWD")}[src.next()%3],
		Period:   MustParsePeriod("2026-03"),
		Scope:    Scope(1 + src.next()%2),
		Rounding: Rounding{Mode: Round(src.next() % 7)},
	}
	if src.next()%2 == 1 {
		m.Rounding = m.Rounding.WithScale(int32(src.next() % 6))
	}
	nch := 1 + int(src.next())%6
	first := int(src.next())
	for i := range nch {
		v := Volume{Channel: fuzzChannels[(first+i)%len(fuzzChannels)]}
		// A custom channel states its handling; a well-known one is
		// handled as its name says unless the bytes make it automated.
		switch automated := src.next()%5 == 0; {
		case automated:
			v.Handling = HandlingAutomated
		case knownHandling(v.Channel) == 0:
			v.Handling = HandlingAssisted
		}
		v.Contacts = decimal.New(1+int64(src.next())*int64(src.next()), -int32(src.next()%2))
		v.HandleMinutes = decimal.New(int64(src.next())*100+int64(src.next()), -int32(src.next()%3))
		v.AgentHours = decimal.New(int64(src.next()), 0)
		v.FTE = decimal.New(int64(src.next()%20), -1)
		m.Volumes = append(m.Volumes, v)
	}
	ncost := int(src.next()) % 9
	for i := range ncost {
		c := Cost{
			Name:     "cost " + strconv.Itoa(i),
			Category: fuzzCategories[int(src.next())%len(fuzzCategories)],
			Amount:   decimal.New(int64(src.uint64()>>(20+src.next()%40)), -int32(src.next()%5)),
		}
		pick := func() Channel { return m.Volumes[int(src.next())%len(m.Volumes)].Channel }
		switch kind := src.next() % 8; kind {
		case 0:
			c.Channel = pick()
		case 6, 7: // percentages, weights
			c.Basis.Percent = kind == 6
			seen := map[Channel]bool{}
			for range 1 + int(src.next())%3 {
				ch := pick()
				if !seen[ch] {
					seen[ch] = true
					c.Basis.Weights = append(c.Basis.Weights, Weight{ch, decimal.New(int64(src.next()), -1)})
				}
			}
		default: // by contacts, handle minutes, queue minutes, agent hours or FTE
			c.Basis.By = Measure(kind)
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
			c.VariesWith = MeasureContacts
		}
		switch src.next() % 6 {
		case 1:
			c.Period = MustParsePeriod("2026")
		case 2:
			c.Per = Unit(1 + src.next()%5)
		case 3:
			c.Timing, c.Incurred, c.AmortizeMonths = TimingOneTimeAmortized, MustDate(2026, 1, 20), 1+int(src.next()%36)
		case 4:
			c.Amount, c.UnitPrice, c.Quantity, c.Per = decimal.Decimal{}, decimal.New(int64(src.next()), -2), decimal.New(int64(src.next()), 0), UnitMonth
		}
		m.Costs = append(m.Costs, c)
	}
	m.Convention = Convention(src.next() % 5)
	return m
}

// fuzzCheckSums checks, from the report's own figures, that it reconciles:
// each line's parts sum to its amount; each channel's Direct + Shared is
// its Cost; the channels sum to the Center; the lines sum to the Center's
// cost; each category's cells sum to its Cost and the categories sum to
// the Center's; and on each channel, the category cells sum to its Cost.
func fuzzCheckSums(t *testing.T, r Report) {
	t.Helper()
	var direct, shared, cost, lines, cats decimal.Decimal
	for _, ch := range r.Channels {
		if !ch.Direct.Add(ch.Shared).Equal(ch.Cost) {
			t.Fatalf("channel %s: direct %v + shared %v is not its cost %v", ch.Channel, ch.Direct, ch.Shared, ch.Cost)
		}
		direct, shared, cost = direct.Add(ch.Direct), shared.Add(ch.Shared), cost.Add(ch.Cost)
	}
	if !direct.Equal(r.Center.Direct) || !shared.Equal(r.Center.Shared) || !cost.Equal(r.Center.Cost) {
		t.Fatalf("channels sum to direct %v, shared %v, cost %v; center %v, %v, %v",
			direct, shared, cost, r.Center.Direct, r.Center.Shared, r.Center.Cost)
	}
	for _, l := range r.Lines {
		sum := decimal.Zero
		for _, p := range l.Parts {
			sum = sum.Add(p.Amount)
		}
		if !sum.Equal(l.Amount) {
			t.Fatalf("line %q: parts sum to %v, not its amount %v", l.Name, sum, l.Amount)
		}
		lines = lines.Add(l.Amount)
	}
	if !lines.Equal(r.Center.Cost) {
		t.Fatalf("lines sum to %v, center cost %v", lines, r.Center.Cost)
	}
	onChannel := map[Channel]decimal.Decimal{}
	for _, c := range r.Categories {
		sum := decimal.Zero
		for _, cell := range c.Cells {
			sum = sum.Add(cell.Amount)
			onChannel[cell.Channel] = onChannel[cell.Channel].Add(cell.Amount)
		}
		if !sum.Equal(c.Cost) {
			t.Fatalf("category %s: cells sum to %v, not its cost %v", c.Category, sum, c.Cost)
		}
		cats = cats.Add(c.Cost)
	}
	if !cats.Equal(r.Center.Cost) {
		t.Fatalf("categories sum to %v, center cost %v", cats, r.Center.Cost)
	}
	for _, ch := range r.Channels {
		if !onChannel[ch.Channel].Equal(ch.Cost) {
			t.Fatalf("channel %s: category cells sum to %v, not its cost %v", ch.Channel, onChannel[ch.Channel], ch.Cost)
		}
	}
}

// FuzzReport builds models from random bytes and checks, for every model
// that validates, that the report verifies and reconciles (channel and
// category sums), that it does not depend on the order of volumes and cost
// lines, and that its JSON form round-trips.
func FuzzReport(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 0, 1, 10, 20, 1, 2, 0, 5, 1, 3, 60, 2, 0, 7, 4, 0, 0, 30, 1, 9, 9, 4, 1, 2, 3, 4, 5, 6, 7, 8, 1, 1})
	f.Add([]byte("any bytes make a model; most of them make a valid one"))
	f.Add([]byte{1, 1, 3, 1, 2, 5, 1, 200, 200, 0, 99, 1, 0, 0, 0, 2, 7, 7, 7, 7, 7, 7, 7, 7, 7, 3, 6, 2, 1, 5, 2, 6})
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzNoPanic(t)
		m := fuzzModel(data)
		r, err := m.Report()
		if err != nil {
			return
		}
		if err := r.Verify(); err != nil {
			t.Fatalf("Verify() of a computed report: %v", err)
		}
		fuzzCheckSums(t, r)
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
			i := slices.IndexFunc(rp.Channels, func(c Figures) bool { return c.Channel == ch.Channel })
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
		// An empty list may come back nil (a category none of whose
		// lines has parts has no cells).
		if diff := cmp.Diff(r, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("report JSON round trip (-want +got):\n%s", diff)
		}
	})
}

// FuzzReportJSON checks the JSON form of any report made from a fuzzed
// model: it encodes, decodes (Report.UnmarshalJSON verifies it), passes
// Verify, and encodes again to the same bytes.
func FuzzReportJSON(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 0, 1, 10, 20, 1, 2, 0, 5, 1, 3, 60, 2, 0, 7, 4, 0, 0, 30, 1, 9, 9, 4, 1, 2, 3, 4, 5, 6, 7, 8, 1, 1})
	f.Add([]byte("a report of random bytes, written and read back"))
	f.Add([]byte{2, 2, 6, 1, 3, 4, 5, 1, 7, 7, 3, 2, 1, 9, 9, 9, 4, 1, 8, 250, 3, 7, 6, 1, 2, 3, 4, 5, 6, 7, 8, 6, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzNoPanic(t)
		r, err := fuzzModel(data).Report()
		if err != nil {
			return
		}
		first, err := r.MarshalJSON()
		if err != nil {
			t.Fatalf("Report.MarshalJSON() of a computed report: %v", err)
		}
		var back Report
		if err := back.UnmarshalJSON(first); err != nil {
			t.Fatalf("Report.UnmarshalJSON(its own output): %v", err)
		}
		if err := back.Verify(); err != nil {
			t.Fatalf("Verify() of the decoded report: %v", err)
		}
		again, err := back.MarshalJSON()
		if err != nil {
			t.Fatalf("Report.MarshalJSON() of the decoded report: %v", err)
		}
		if !bytes.Equal(first, again) {
			t.Fatalf("the decoded report writes other bytes (-first +again):\n%s", cmp.Diff(string(first), string(again)))
		}
	})
}

// FuzzModelJSON decodes arbitrary bytes as a model and, when that works,
// encodes it back and reports on it: nothing may panic, a decoded model
// writes a form that decodes to the same model, and a report that is
// produced must verify.
func FuzzModelJSON(f *testing.F) {
	f.Add([]byte(`{"currency":"USD","period":"2026-03","scope":"assisted","rounding":{"mode":"half-even"},"costs":[{"name":"a","category":"wages","amount":"10","basis":{"by":"contacts"}}],"volumes":[{"channel":"voice","contacts":"3","handle_minutes":"9"},{"channel":"ivr","contacts":"1"}]}`))
	f.Add([]byte(`{"currency":"JPY","period":"2026-01-01..2026-02-01","scope":"all","costs":[{"name":"p","category":"x","amount":"1e2","basis":{"percent":true,"weights":[{"channel":"a","value":"100"}]}}],"volumes":[{"channel":"a","handling":"assisted","contacts":"1e-3"}]}`))
	f.Add([]byte(`{"volumes":[{"channel":"a","contacts":"1e999999999"}]}`))
	f.Add([]byte(`{"currency":"EUR","period":"2026-Q1","scope":"all","convention":"30e/360","strict":true,"costs":[{"name":"s","category":"other","unit_price":"9.5","quantity":"3","per":"month","channel":"chat"},{"name":"m","category":"other","amount":"1200","timing":"one-time-amortized","incurred":"2026-01-15","amortize_months":12,"basis":{"by":"handle_minutes","among":["chat","bot"]}}],"volumes":[{"channel":"chat","contacts":"10","handle_minutes":"40"},{"channel":"bot","handling":"automated","contacts":"5","handle_minutes":"10"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzNoPanic(t)
		if len(data) > 1<<14 {
			return // keep each input cheap
		}
		var m Model
		if err := m.UnmarshalJSON(data); err != nil {
			return
		}
		b, err := m.MarshalJSON()
		if err != nil {
			t.Fatalf("Model.MarshalJSON() of a decoded model: %v", err)
		}
		var back Model
		if err := back.UnmarshalJSON(b); err != nil {
			t.Fatalf("Model.UnmarshalJSON(%s): %v", b, err)
		}
		if diff := cmp.Diff(m, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("model JSON round trip (-decoded +again):\n%s", diff)
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
// functions that take decimals: none may panic or hang, and an exact cost
// per contact times its contacts gives back the total.
func FuzzDecimalInputs(f *testing.F) {
	f.Add("100", "3", int32(2), uint8(0))
	f.Add("1e2000000000", "1", int32(2), uint8(1))
	f.Add("1", "1e-2000000000", int32(40), uint8(9))
	f.Add("-0", "0.000", int32(-1), uint8(3))
	f.Fuzz(func(t *testing.T, a, b string, scale int32, mode uint8) {
		defer fuzzNoPanic(t)
		x, err1 := decimal.NewFromString(a)
		y, err2 := decimal.NewFromString(b)
		if err1 != nil || err2 != nil {
			return
		}
		m := Round(mode)
		if r, err := CostPerContact(x, y); err == nil {
			_, _ = r.Round(m, scale)
			_ = r.String()
			// x and y passed the bounds, so their canonical forms are safe
			// to use (x itself may be a zero with a huge exponent).
			back := new(big.Rat).Mul(r.Rat(), fuzzCanonical(t, y).Rat())
			if back.Cmp(fuzzCanonical(t, x).Rat()) != 0 {
				t.Fatalf("CostPerContact(%s, %s) × contacts = %v", a, b, back)
			}
		}
		if r, err := NewRatio(x, y); err == nil {
			if back, err := ParseRatio(r.String()); err != nil || !back.Equal(r) {
				t.Fatalf("ParseRatio(%q) = %v, %v", r.String(), back, err)
			}
			_, _ = r.Exact()
		}
		if r, err := NewRatio(x, decimal.New(1, 0)); err == nil {
			_, _ = r.Round(m, scale)
		}
		_, _ = Prorate(x, MustParsePeriod("2026"), MustParsePeriod("2026-02"), Convention(mode%5))
		_, _ = Distribute(y, MustParsePeriod("2026-Q1"), UnitMonth, Convention(mode%5), scale)
		_, _ = Allocate(x, []decimal.Decimal{y, x}, scale)
		// A model with x as an amount and y as contacts, rounded by mode
		// and scale: a report it makes must verify.
		model := Model{Currency: MustParseCurrency("USD"), Period: MustParsePeriod("2026-03"), Scope: ScopeAll,
			Rounding: Rounding{Mode: m}.WithScale(scale),
			Costs:    []Cost{{Name: "x", Category: CategoryOther, Amount: x, Basis: Basis{By: MeasureContacts}}},
			Volumes:  []Volume{{Channel: ChannelVoice, Contacts: y}, {Channel: ChannelChat, Contacts: x}}}
		if r, err := model.Report(); err == nil {
			if err := r.Verify(); err != nil {
				t.Fatalf("Verify() of the report of amount %s and contacts %s: %v", a, b, err)
			}
		}
	})
}

// FuzzParseRatio checks that any text ParseRatio accepts prints back to a
// form that parses to the same ratio.
func FuzzParseRatio(f *testing.F) {
	for _, s := range []string{"1000/3", "12.5", "undefined", "-0.5/7", "1e5/2e-3", "0/1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzNoPanic(t)
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
		"2026-03-01..2026-04-01", "2024-02-29", "0001-W01", "9998-12", "9999-12-01..9999-12-31"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, unit uint8) {
		defer fuzzNoPanic(t)
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
			if part.Start() != at || part.End().Compare(part.Start()) <= 0 {
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
// of any period sums exactly to the amount, under every convention, each
// part with the amount's sign and within a cent of its exact share.
func FuzzDistribute(f *testing.F) {
	f.Add(int64(100000), "2026", uint8(3), uint8(1))
	f.Add(int64(-31), "2026-03", uint8(2), uint8(3))
	f.Add(int64(1), "FY2026/Oct", uint8(4), uint8(4))
	f.Add(int64(999999999999), "2024-02-10..2024-05-20", uint8(1), uint8(2))
	f.Add(int64(12345), "9999-12-01..9999-12-31", uint8(2), uint8(4))
	f.Fuzz(func(t *testing.T, cents int64, period string, unit, conv uint8) {
		defer fuzzNoPanic(t)
		p, err := ParsePeriod(period)
		if err != nil {
			return
		}
		amount := decimal.New(cents, -2)
		c := Convention(conv % 5)
		parts, err := Distribute(amount, p, Unit(unit%6), c, 2)
		if err != nil {
			return
		}
		sum := decimal.Zero
		total := new(big.Rat)
		for _, part := range parts {
			sum = sum.Add(part.Amount)
			if cents > 0 && part.Amount.Sign() < 0 || cents < 0 && part.Amount.Sign() > 0 {
				t.Fatalf("part %v of %v has the wrong sign", part, amount)
			}
			total.Add(total, c.measure(part.Period.start.n, part.Period.end.n))
		}
		if !sum.Equal(amount) {
			t.Fatalf("Distribute(%v, %s, %d, %d) sums to %v", amount, p, unit%6, conv%5, sum)
		}
		cent := big.NewRat(1, 100)
		for _, part := range parts {
			share := new(big.Rat).Mul(amount.Rat(), c.measure(part.Period.start.n, part.Period.end.n))
			share.Quo(share, total)
			diff := new(big.Rat).Sub(part.Amount.Rat(), share)
			if diff.Abs(diff).Cmp(cent) >= 0 {
				t.Fatalf("Distribute(%v, %s, %d, %d): %v is a cent or more from its share %s", amount, p, unit%6, conv%5, part, share.FloatString(6))
			}
		}
	})
}

// FuzzSeries builds a model and monthly volumes from random bytes and
// checks, for every series that computes, that each report verifies and
// reconciles, and that the whole's money is the sum of the months': its
// center, each channel and each line.
func FuzzSeries(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 0, 1, 10, 20, 1, 2, 0, 5, 1, 3, 60, 2, 0, 7, 4, 0, 0, 30, 1, 9, 9, 4, 1, 2, 3, 4, 5, 6, 7, 8, 1, 1})
	f.Add([]byte("a series of three months from random bytes"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzNoPanic(t)
		m := fuzzModel(data)
		src := &fuzzBytes{data}
		m.Period = MustParsePeriod("2026-Q1")
		m.Convention = Convention(1 + src.next()%4)
		for i := range m.Costs {
			switch src.next() % 4 {
			case 1:
				m.Costs[i].Period = MustParsePeriod("2026")
			case 2:
				m.Costs[i].Per = UnitMonth
			case 3:
				m.Costs[i].Timing, m.Costs[i].Incurred, m.Costs[i].AmortizeMonths = TimingOneTimeAmortized, MustDate(2025, 12, 5), 1+int(src.next()%24)
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
		s, err := m.Series(UnitMonth, vols)
		if err != nil {
			return
		}
		total := decimal.Zero
		channels := map[Channel]decimal.Decimal{}
		lines := make([]decimal.Decimal, len(s.Whole.Lines))
		for _, r := range s.Reports {
			if err := r.Verify(); err != nil {
				t.Fatalf("%s: Verify() = %v", r.Period, err)
			}
			fuzzCheckSums(t, r)
			total = total.Add(r.Center.Cost)
			for _, ch := range r.Channels {
				channels[ch.Channel] = channels[ch.Channel].Add(ch.Cost)
			}
			for i, l := range r.Lines {
				lines[i] = lines[i].Add(l.Amount)
			}
		}
		if err := s.Whole.Verify(); err != nil {
			t.Fatalf("Whole.Verify() = %v", err)
		}
		fuzzCheckSums(t, s.Whole)
		if s.Whole.SubPeriods != len(s.Reports) {
			t.Fatalf("Whole.SubPeriods = %d for %d reports", s.Whole.SubPeriods, len(s.Reports))
		}
		if !total.Equal(s.Whole.Center.Cost) {
			t.Fatalf("months sum to %v, the whole is %v", total, s.Whole.Center.Cost)
		}
		for _, ch := range s.Whole.Channels {
			if !channels[ch.Channel].Equal(ch.Cost) {
				t.Fatalf("channel %s: months sum to %v, the whole is %v", ch.Channel, channels[ch.Channel], ch.Cost)
			}
		}
		for i, l := range s.Whole.Lines {
			if !lines[i].Equal(l.Amount) {
				t.Fatalf("line %q: months sum to %v, the whole is %v", l.Name, lines[i], l.Amount)
			}
		}
	})
}

// fuzzLevers builds levers of all seven kinds with random parameters,
// investments and rollouts from fuzzer bytes, on the model's channels
// mostly.
func fuzzLevers(src *fuzzBytes, m Model) []Lever {
	rate := func() decimal.Decimal { // 0 to 1 mostly, up to 2.55: some out of range
		b := src.next()
		if b > 201 {
			return decimal.New(int64(b), -2)
		}
		return decimal.New(int64(b%101), -2)
	}
	amount := func() decimal.Decimal { return decimal.New(int64(src.next()), -int32(src.next()%3)) }
	chans := []Channel{ChannelVoice, ChannelSelfService, "x", ""}
	for _, v := range m.Volumes {
		chans = append(chans, v.Channel, v.Channel)
	}
	ch := func() Channel { return chans[int(src.next())%len(chans)] }
	inv := func() Investment { return Investment{OneTime: amount(), MonthlyFee: amount()} }
	months := func() int {
		switch b := src.next(); b {
		case 255:
			return MaxHorizonMonths + 1 // refused
		case 254:
			return MaxHorizonMonths
		default:
			return int(b % 8)
		}
	}
	ro := func() Rollout { return Rollout{DelayMonths: months(), RampMonths: months()} }
	var out []Lever
	for range 1 + int(src.next())%4 {
		switch src.next() % 7 {
		case 0:
			l := SelfServiceDeflection{From: ch(), To: ch(), Reach: rate(), Resolution: rate(), ReContactRate: rate(),
				CostPerSession: amount(), MinutesPerSession: amount(), EscalationSeconds: amount(), Investment: inv(), Rollout: ro()}
			if src.next()%2 == 1 { // current → target instead of reach
				l.Reach, l.CurrentRate, l.TargetRate = decimal.Zero, rate(), rate()
			}
			out = append(out, l)
		case 1:
			out = append(out, IVRContainment{From: ch(), IVR: ch(), CurrentRate: rate(), TargetRate: rate(), ReturnRate: rate(),
				ContainedMinutes: amount(), MenuMinutes: amount(), CostPerMinute: amount(), Investment: inv(), Rollout: ro()})
		case 2:
			out = append(out, IVRVerification{Channel: ch(), IVR: ch(), SecondsSaved: amount(), IVRMinutes: amount(), CostPerMinute: amount(),
				FilterRate: rate(), WastedSeconds: amount(), Investment: inv(), Rollout: ro()})
		case 3:
			out = append(out, Callback{Channel: ch(), IVR: ch(), AcceptRate: rate(), WaitAvoided: amount(), TalkMinutes: amount(),
				OutboundMinutes: amount(), OutboundRate: amount(), OverheadSeconds: amount(),
				AbandonBefore: rate(), AbandonAfter: rate(), RedialRate: rate(), Investment: inv(), Rollout: ro()})
		case 4:
			out = append(out, ACDRouting{Channel: ch(), TransferRateBefore: rate(), TransferRateAfter: rate(),
				WastedSeconds: amount(), AHTReductionSeconds: amount(), Investment: inv(), Rollout: ro()})
		case 5:
			out = append(out, FirstContactResolution{Channel: ch(), Before: rate(), After: rate(), RepeatsPerUnresolved: amount(),
				Investment: inv(), Rollout: ro()})
		case 6:
			var list []Channel
			for range 1 + src.next()%3 {
				list = append(list, ch())
			}
			out = append(out, HandleTimeReduction{Channels: list, SecondsSaved: amount(), CostPerContact: amount(),
				Investment: inv(), Rollout: ro()})
		}
	}
	return out
}

// fuzzHorizon builds a horizon from fuzzer bytes: months (none, a few,
// or the bound and past it), a discount rate (zero, three places, 30
// digits, above 1), a compounding (sometimes missing) and, for a model
// it turns into a quarter, the seasons: each channel's volumes split over
// the three months by shares that terminate.
func fuzzHorizon(src *fuzzBytes, m *Model) Horizon {
	var h Horizon
	switch b := src.next(); b {
	case 255:
		h.Months = MaxHorizonMonths + 1
	case 254:
		h.Months = MaxHorizonMonths
	default:
		h.Months = int(b % 37)
	}
	if h.Months == 0 && src.next() != 255 {
		return h // no horizon (and bytes that run out as zeros end here)
	}
	switch src.next() % 16 {
	case 0, 1, 2, 3, 4, 5:
	case 6:
		h.DiscountRate = dec(returnsLongRate)
	case 7:
		h.DiscountRate = decimal.New(int64(src.next()), -1) // up to 25.5: above 1 refused
	default:
		h.DiscountRate = decimal.New(int64(src.next()), -3)
	}
	switch b := src.next(); b {
	case 0:
		h.Compounding = 0 // missing when there is a rate
	case 255:
		h.Compounding = 7 // invalid
	default:
		h.Compounding = Compounding(1 + b%2)
	}
	if src.next()%3 != 1 { // bytes run out as zeros: no seasons
		return h
	}
	m.Period = MustParsePeriod("2026-Q1")
	patterns := [][3]string{{"0.5", "0.25", "0.25"}, {"0.25", "0.5", "0.25"}, {"0.2", "0.4", "0.4"}, {"1", "0", "0"}}
	h.Seasons = []PeriodVolumes{{Period: MustParsePeriod("2026-01")}, {Period: MustParsePeriod("2026-02")}, {Period: MustParsePeriod("2026-03")}}
	for _, v := range m.Volumes {
		p := patterns[int(src.next())%len(patterns)]
		for k := range h.Seasons {
			share := dec(p[k])
			if share.Sign() == 0 {
				continue // the channel has no volume that month
			}
			part := v
			part.Contacts, part.HandleMinutes, part.QueueMinutes = v.Contacts.Mul(share), v.HandleMinutes.Mul(share), v.QueueMinutes.Mul(share)
			part.AgentHours, part.FTE = v.AgentHours.Mul(share), v.FTE.Mul(share)
			part.Offered, part.Abandoned = v.Offered.Mul(share), v.Abandoned.Mul(share)
			h.Seasons[k].Volumes = append(h.Seasons[k].Volumes, part)
		}
	}
	if src.next()%4 == 0 && len(m.Volumes) > 0 { // a month that does not add up
		h.Seasons[0].Volumes[0].Contacts = h.Seasons[0].Volumes[0].Contacts.Add(decimal.NewFromInt(1))
	}
	return h
}

// fuzzRanges builds up to two ranges from fuzzer bytes: on a lever (or
// past the last), on any of its number inputs (decimals and, since review
// 0bf502b, its rollout's months; or a misspelt one), from below its value
// to above it (or the wrong way round). A decimal's ends are hundredths
// away from its value; a month count's whole months (0 to 2 below, 0 to
// 12 above, and a byte of 250 or more a part of a month: refused), so
// that most month ranges are valid.
func fuzzRanges(src *fuzzBytes, levers []Lever) []Range {
	var out []Range
	for range max(int(src.next()%8)-4, 0) / 2 {
		i := len(levers) // past the last
		if b := src.next(); b != 255 {
			i = int(b) % len(levers)
		}
		lo, hi := src.next(), src.next()
		r := Range{Lever: i, Input: "resolutoin", Low: decimal.New(int64(lo), -2), High: decimal.New(int64(hi), -2)}
		if i < len(levers) {
			_, refs := levers[i].edit()
			keys := decimalKeys(refs)
			if b := src.next(); b != 255 {
				r.Input = keys[int(b)%len(keys)]
				v, _ := valueOf(levers[i], r.Input)
				if intRef(refs, r.Input) != nil {
					r.Low, r.High = decimal.NewFromInt(int64(lo%3)), decimal.NewFromInt(int64(hi%13))
					if hi >= 250 {
						r.High = r.High.Add(dec("0.5"))
					}
				}
				r.Low, r.High = v.Sub(r.Low), v.Add(r.High)
				if src.next() == 255 {
					r.Low, r.High = r.High, r.Low
				}
			}
		}
		out = append(out, r)
	}
	return out
}

// FuzzScenario applies random levers to random models, with random
// horizons (seasons included) and ranges on any number input, on a month,
// a quarter or a week (with a convention, mostly one that measures it):
// nothing may panic, and for every estimate that computes, both reports
// verify, every identity of the results holds (savingsCheckIdentities:
// amounts, increments, Added line by line, before − after, cash flows,
// years, present values, ROI, payback, one lever's returns, the cases and
// the tornado), and each break-even's InRange says whether the lever
// alone takes its NetZero (savingsCheckBreakEvens).
func FuzzScenario(f *testing.F) {
	f.Add([]byte{0, 0, 0, 3, 0, 1, 10, 20, 1, 2, 0, 5, 1, 3, 60, 2, 0, 7, 4, 0, 0, 30, 1, 9, 9, 4, 1, 2, 3, 4, 5, 6, 7, 8, 1, 1},
		[]byte{2, 0, 0, 0, 10, 20, 30, 40, 1, 2, 5, 10, 20, 3, 4})
	f.Add([]byte("levers on a center made of random bytes"), []byte("and levers made of others"))
	// Inputs that compute (found by a search over random bytes), so that
	// every check runs on the seeds:
	// ACD routing and IVR verification on a quarter with seasons, discounted, with a range.
	f.Add([]byte{0x5a, 0x6b, 0x26, 0x3e, 0x57, 0x5f, 0x14, 0x6f, 0xaf, 0x6d, 0xa3, 0xfb, 0xf5, 0x91, 0x91, 0x4a, 0xfb, 0x3c,
		0xc8, 0x4f, 0x72},
		[]byte{0x86, 0xe5, 0xf7, 0xc3, 0x76, 0x18, 0xaf, 0xa8, 0x28, 0x99, 0xa4, 0x99, 0xb0, 0x9e, 0x5, 0x3b, 0x26, 0xfc,
			0xf2, 0x1c, 0xb3, 0xa3, 0x4e, 0x3e, 0xae, 0x56, 0x9b, 0x1a, 0xb8, 0xf, 0x31, 0xd4, 0x72, 0xce, 0x3c, 0x7c,
			0x3, 0x1f, 0x2a, 0xa6, 0xb5, 0x3b, 0x4e, 0x35, 0xea, 0xf7, 0xaf, 0xed, 0x99, 0x82, 0xe7, 0x21, 0xb3, 0xf,
			0x51, 0xfa})
	// FCR and a handle-time cut, discounted, with a range.
	f.Add([]byte{0x4b, 0x4, 0xa8, 0x2, 0x27, 0xee, 0xc6, 0xa9, 0xd5, 0x7, 0xff, 0x9b, 0x49, 0x7a, 0x39, 0xa2, 0xc4, 0x37, 0x4b,
		0x1c, 0xab, 0xf5, 0x4f, 0x3f, 0xcb, 0x1e, 0x53, 0x67, 0x14, 0x16, 0xa4, 0x2d, 0x3d, 0x83, 0x72, 0x27, 0x15,
		0xd0, 0xaa, 0x5d, 0xd1, 0x5e, 0x2c, 0x43, 0x15, 0x86, 0x52, 0xf9},
		[]byte{0xae, 0x52, 0xa7, 0x7b, 0x9a, 0x33, 0x19, 0x38, 0xc0, 0x7b, 0x77, 0xbf, 0x7a, 0xd5, 0xb5, 0xec, 0x47, 0x4f,
			0x56, 0x49, 0x17, 0xdb, 0x4c, 0xcd, 0x8c, 0x3a, 0x1e, 0xd, 0xae, 0xca, 0x9, 0x8e, 0x1, 0x93, 0x16, 0xc2,
			0x8d, 0x9, 0x87, 0xa9, 0x72, 0xad, 0x19, 0x66, 0x8b, 0x2d, 0x16, 0x3b})
	// a deflection and FCR on a quarter with seasons, undiscounted.
	f.Add([]byte{0xf5, 0x41, 0x6b, 0xa9, 0x5, 0x73, 0xae, 0x9f, 0xce, 0xe9, 0x8c, 0x15, 0xfd, 0x6b, 0xb9, 0x67, 0xe6, 0x37, 0x52,
		0x53, 0x38, 0x28, 0xb6, 0x33, 0xd0, 0x27, 0x14, 0xd3, 0x1c, 0xa2, 0xee, 0x36, 0x6d, 0x50, 0x9e, 0x49, 0xf4,
		0xa8, 0x6b},
		[]byte{0x45, 0x89, 0xfc, 0x22, 0x71, 0xd, 0x23, 0x61, 0x63, 0xa3, 0x5f, 0xd7, 0xf6, 0xe3, 0x8f, 0x85, 0xcc, 0xf1,
			0x22, 0x56, 0x7e, 0xad, 0x74, 0x29, 0xb6, 0x61, 0x38, 0xbc, 0xe9, 0xcc, 0xc, 0xc8, 0x24, 0x3c, 0xb1, 0x19,
			0x95, 0x2b, 0x5e, 0xc, 0x6d, 0xd7, 0x1d, 0x76, 0xb9, 0x38, 0x55, 0x68, 0xb2, 0x3c, 0x3f, 0x7c, 0x23, 0xdd,
			0xee, 0x40, 0xed, 0xaa, 0x22, 0xb5})
	// IVR verification and FCR, undiscounted.
	f.Add([]byte{0x4, 0x86, 0xb2, 0xf4, 0x66, 0x90, 0xd4, 0xf4, 0xed, 0xba, 0xfb, 0x51, 0x3f, 0x49, 0x3d, 0xa2, 0x70, 0x47, 0x97,
		0xdd, 0x94, 0x84, 0x43, 0x13, 0x1f, 0xb6, 0xb8, 0xb6, 0x8e, 0xcd, 0x67, 0x60, 0xfb, 0x75, 0xc7, 0xef, 0x32,
		0x88, 0xfb, 0x71, 0x3, 0x6d, 0x7c, 0x9f, 0x1b, 0xed, 0xa0, 0xda},
		[]byte{0xf5, 0x56, 0xd5, 0x9d, 0xba, 0xb2, 0x97, 0xcf, 0x0, 0xe, 0x2e, 0xf5, 0x5e, 0x25, 0x8e, 0x1d, 0xc1, 0x5d,
			0x6e, 0x3d, 0xd2, 0x15, 0x5d, 0xa5, 0x35, 0x54, 0x72, 0x90, 0xf6, 0x57, 0xd4, 0xdb, 0xbe, 0xd4})
	// A handle-time cut on 12 days (52-weeks) with a horizon and a range
	// over its rollout's ramp_months.
	f.Add([]byte{0xcd, 0xec, 0x18, 0xf4, 0x4, 0xd8, 0x9c, 0x46, 0xe6, 0x61, 0xf4, 0x0, 0x7e, 0xa7, 0xa5, 0x8a, 0xfa, 0xdc, 0xb4,
		0x94, 0xff, 0x3b, 0xe7, 0xa3, 0x63, 0xb4, 0xef, 0x66},
		[]byte{0x4, 0xc, 0x99, 0x24, 0x4a, 0xe1, 0xa6, 0xcf, 0x58, 0x99, 0x7, 0xa4, 0x42, 0xe9, 0x62, 0xc, 0xf, 0x10, 0x4, 0xe1,
			0xea, 0x5f, 0x67, 0x5a, 0x98, 0xcb, 0xeb, 0x3f})
	// FCR on 12 days (52-weeks) with a horizon and a range over its
	// monthly fee.
	f.Add([]byte{0xdc, 0x4d, 0xaf, 0x73, 0x89, 0x74, 0xa4, 0xf, 0xf, 0x1b, 0xbd, 0xc1, 0xf4, 0xa6, 0x83, 0xb9, 0xb1, 0x4d, 0x46,
		0x3a, 0x35, 0xe1, 0x4b, 0xd1, 0xe3, 0x7, 0x22, 0xb7, 0x2d, 0xd, 0xa6, 0xe, 0xde, 0x18, 0xfe, 0xcc, 0xed, 0xf5, 0x85,
		0x86, 0x20, 0xd3, 0x7c, 0x33, 0x15, 0x10, 0x62, 0x2b, 0x4c, 0xb7},
		[]byte{0xc4, 0x30, 0xc, 0x9f, 0x48, 0x53, 0x67, 0xc9, 0xfb, 0x50, 0x26, 0x87, 0x46, 0x43, 0x6f, 0xda, 0x57, 0x8a, 0xc7,
			0x5b, 0x7d, 0x7, 0xa1, 0xcd, 0x6d, 0x97, 0x2f, 0x47, 0xcc, 0x39, 0xa5, 0x9b, 0xdb, 0xc4, 0x53, 0xb1, 0x9e, 0xf9, 0xb6,
			0xf4, 0x6f, 0xc7, 0xee, 0xd4, 0x2e, 0x95, 0xf4, 0xc7, 0x96, 0xcd, 0x39, 0xaf, 0x7c, 0x8, 0x56, 0x6, 0xdd, 0xb7, 0xde,
			0xe0, 0x9e, 0xcb, 0x6, 0xd1, 0x9, 0x1c, 0xa1, 0x1e, 0x40, 0xcc, 0x8b, 0x63})
	f.Fuzz(func(t *testing.T, model, levers []byte) {
		defer fuzzNoPanic(t)
		m := fuzzModel(model)
		src := &fuzzBytes{levers}
		if m.Convention == 0 && src.next()%4 != 0 {
			m.Convention = ConventionActualDays // most models prorate with one
		}
		s := Scenario{Levers: fuzzLevers(src, m), Labour: Labour(1 + src.next()%2), Convention: Convention(src.next() % 5)}
		s.Horizon = fuzzHorizon(src, &m)
		s.Ranges = fuzzRanges(src, s.Levers)
		// A week or a span of days (read last, so that the seeds above,
		// whose bytes run out before, keep their month or quarter): the
		// monthly fees and cash flows need its length in months, by
		// 52-weeks or actual-days mostly, else by the convention drawn
		// above (none, or one refused for a part of a month).
		if len(s.Horizon.Seasons) == 0 {
			if b := src.next() % 8; b >= 5 {
				m.Period = MustParsePeriod([]string{"2026-W11", "2026-W07", "2026-03-09..2026-03-21"}[b-5])
				s.Convention = []Convention{Convention52Weeks, ConventionActualDays, Convention52Weeks, s.Convention}[src.next()%4]
			}
		}
		// Queueing labour (read last too; a byte that has run out, 0,
		// keeps the labour drawn above): each agent-assisted channel with
		// contacts staffed by a day's hourly shape from the bytes.
		if src.next()%4 == 3 {
			s.Labour = LabourQueueing
			for _, v := range m.Volumes {
				if v.Handling == HandlingAutomated || v.Channel == ChannelIVR || v.Channel == ChannelSelfService || len(s.Staffing) == 2 {
					continue
				}
				shape := make([]decimal.Decimal, 24)
				for i := range shape {
					shape[i] = decimal.NewFromInt(int64(src.next() % 16))
				}
				shape[12] = decimal.NewFromInt(1)
				tg := erlang.Targets{ServiceLevel: 0.5 + float64(src.next()%45)/100, Threshold: time.Duration(src.next()%60) * time.Second}
				var patience time.Duration
				if src.next()%2 == 1 {
					patience = time.Duration(10+int(src.next())) * time.Second
				}
				s.Staffing = append(s.Staffing, StaffingProfile{Channel: v.Channel, Interval: time.Hour, Shape: shape,
					Patience: patience, Concurrency: int(src.next() % 3), Targets: tg})
			}
		}
		e, err := m.Estimate(s)
		if err != nil {
			return
		}
		if err := e.Before.Verify(); err != nil {
			t.Fatalf("report before: %v", err)
		}
		if err := e.After.Verify(); err != nil {
			t.Fatalf("report after: %v", err)
		}
		savingsCheckIdentities(t, "FuzzScenario", s, e)
		savingsCheckBreakEvens(t, "FuzzScenario", m, s, e)
		if s.Labour == LabourQueueing {
			// The labour lines fall by the staffed channels' Saved together
			// (each rounded once, and the lines' own rounding).
			saved := decimal.Zero
			for _, cs := range e.Staffing {
				saved = saved.Add(cs.Saved)
			}
			fall := labourOf(e.Before).Sub(labourOf(e.After))
			slack := decimal.New(int64(len(e.Staffing)+len(e.Before.Lines)+1), -2)
			if fall.Sub(saved).Abs().GreaterThan(slack) {
				t.Fatalf("labour lines fell %v, the staffed channels saved %v together", fall, saved)
			}
		}
	})
}
