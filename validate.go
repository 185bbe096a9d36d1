package contactcost

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// plan is a validated model: everything about its cost lines that does
// not depend on volumes. Reports, series and scenarios price it for their
// volumes (price.go); nothing after validation checks the model again.
type plan struct {
	m     *Model
	pol   policy
	chans channelSet
	cats  categorySet
	lines []linePlan
	bases []*basisPlan
	// byCategory lists the lines of each category, categories in order of
	// first appearance.
	byCategory [][]int
	factors    map[factorKey]Ratio // proration factors worked out so far
}

// linePlan is a validated cost line.
type linePlan struct {
	cost      *Cost
	at        loc        // costs[i], with the line's name
	cat       int        // category number
	direct    int        // the channel of a direct line, or -1
	basis     *basisPlan // the split of a shared line; nil when invalid
	unknown   []ref      // the channels the line names that no volume has
	base      Ratio      // Amount, UnitPrice × Quantity, or UnitPrice alone
	perVolume bool       // base is a price per unit of the VariesWith figure
	ok        bool       // every check of the line passed
}

// ref is a channel a line names: j is its number, or -1 when no volume
// set has it. Where it is named is kept in pieces (the line, the kind of
// field, the index in a list) and put together only for a message.
type ref struct {
	line loc
	kind refKind
	k    int
	name Channel
	j    int
}

// refKind says which field of a line names a channel.
type refKind uint8

const (
	refChannel refKind = iota // the channel of a direct line
	refAmong                  // basis.among[k]
	refWeight                 // basis.weights[k].channel
)

// at returns where the channel is named.
func (r ref) at() loc {
	switch r.kind {
	case refAmong:
		return r.line.at("basis.among").index(r.k)
	case refWeight:
		return r.line.at("basis.weights").index(r.k).at("channel")
	}
	return r.line.at("channel")
}

// compiler validates a model into a plan, collecting every problem.
type compiler struct {
	p         *plan
	errs      errList
	basisKeys map[string]*basisPlan
	amongs    map[amongKey]*basisPlan
	sets      map[string]int // channel sets of the bases, numbered
	// tooLarge is set by a size bound broken: nothing more is looked at.
	tooLarge bool
	unknown  []ref          // references to channels no volume has, found while pricing
	entries  []volumeEntry  // every volume entry, valid or not, for hints
	custom   map[string]int // volume path → index in errs of its "custom channel" error
}

// volumeEntry is a channel named by a volume entry.
type volumeEntry struct {
	at   loc
	name Channel
}

func newCompiler(m *Model) *compiler {
	return &compiler{p: &plan{m: m, pol: policyOf(m.Rounding, m.Currency)}}
}

// header validates the model's own settings and its size, and reports
// whether the model is small enough to look at further.
func (c *compiler) header() bool {
	m := c.p.m
	if m.Currency.IsZero() {
		c.errs.add(argErr("currency", ErrNotSet, ""))
	}
	if m.Period.IsZero() {
		c.errs.add(argErr("period", ErrNotSet, ""))
	}
	switch {
	case m.Scope == 0:
		c.errs.add(argErr("scope", ErrNotSet, "choose "+scopeEnum.list()))
	case !scopeEnum.valid(int(m.Scope)):
		c.errs.add(argErr("scope", ErrInvalid, m.Scope.String()))
	}
	c.errs.add(m.Rounding.check(loc{path: "rounding"}))
	if m.Convention != 0 && !conventionEnum.valid(int(m.Convention)) {
		c.errs.add(argErr("convention", ErrInvalid, m.Convention.String()))
	}
	if len(m.Costs) > MaxCostLines {
		c.oversize(argErr("costs", ErrTooLarge, strconv.Itoa(len(m.Costs))+" cost lines (at most "+strconv.Itoa(MaxCostLines)+")"))
		return false
	}
	return true
}

// oversize records a broken size bound, which stops the validation.
func (c *compiler) oversize(err error) {
	c.errs.add(err)
	c.tooLarge = true
}

// ref resolves a channel that line names in a field of kind at index k.
func (c *compiler) ref(line loc, kind refKind, k int, ch Channel) ref {
	j, ok := c.p.chans.index[ch]
	if !ok {
		j = -1
	}
	return ref{line: line, kind: kind, k: k, name: ch, j: j}
}

// sortByName sorts channel numbers by channel name (the tie-break order).
func (c *compiler) sortByName(js []int) { slices.SortFunc(js, c.p.chans.byName) }

// maxNameLength bounds a cost line's name.
const maxNameLength = 200

// costs validates every cost line into the plan.
func (c *compiler) costs() {
	m := c.p.m
	c.p.lines = make([]linePlan, len(m.Costs))
	for i := range m.Costs {
		cost := &m.Costs[i]
		at := loc{path: "costs"}.index(i).named(cost.Name)
		c.p.lines[i] = c.checkCost(at, cost)
	}
	c.p.groupByCategory()
}

// checkCost validates one cost line.
func (c *compiler) checkCost(at loc, cost *Cost) linePlan {
	lp := linePlan{cost: cost, at: at, direct: -1}
	n := len(c.errs)
	switch {
	case cost.Name == "":
		c.errs.add(at.err("name", ErrNotSet, ""))
	case len(cost.Name) > maxNameLength || !utf8.ValidString(cost.Name):
		c.errs.add(at.err("name", ErrInvalid, "want at most "+strconv.Itoa(maxNameLength)+" bytes of UTF-8"))
	}
	lp.cat = c.p.cats.id(at, cost.Category, &c.errs)
	if m := c.p.m; !cost.Currency.IsZero() && !m.Currency.IsZero() && cost.Currency != m.Currency {
		c.errs.add(&CurrencyMismatchError{Path: at.path + ".currency", Name: at.name, Want: m.Currency, Got: cost.Currency})
	}
	lp.base, lp.perVolume = c.checkPricing(at, cost)
	c.checkTiming(at, cost)
	switch {
	case cost.Channel != "" && !cost.Basis.IsZero():
		c.errs.add(at.err("basis", ErrConflict, "a direct cost (channel "+quote(string(cost.Channel))+") takes no basis"))
	case cost.Channel != "":
		r := c.ref(at, refChannel, 0, cost.Channel)
		if lp.direct = r.j; r.j < 0 {
			lp.unknown = append(lp.unknown, r)
		}
	case cost.Basis.IsZero():
		c.errs.add(at.err("basis", ErrNotSet, "a shared cost needs a basis; a direct cost names its channel"))
	default:
		lp.basis = c.checkBasis(at, cost.Basis, &lp.unknown)
	}
	if cost.VariesWith != 0 && !measureEnum.valid(int(cost.VariesWith)) {
		c.errs.add(at.err("varies_with", ErrInvalid, cost.VariesWith.String()))
	}
	lp.ok = len(c.errs) == n
	return lp
}

// checkPricing validates Amount, UnitPrice and Quantity and returns the
// line's base amount (Amount, or UnitPrice × Quantity), or UnitPrice alone
// when the quantity is the line's VariesWith volume (perVolume).
func (c *compiler) checkPricing(at loc, cost *Cost) (base Ratio, perVolume bool) {
	amount, err1 := checkNum(at, "amount", cost.Amount, false)
	price, err2 := checkNum(at, "unit_price", cost.UnitPrice, false)
	qty, err3 := checkNum(at, "quantity", cost.Quantity, false)
	c.errs.add(err1)
	c.errs.add(err2)
	c.errs.add(err3)
	if err1 != nil || err2 != nil || err3 != nil {
		return Ratio{}, false
	}
	switch {
	case price.Sign() == 0 && qty.Sign() != 0:
		c.errs.add(at.err("quantity", ErrConflict, "a quantity needs a unit_price"))
	case price.Sign() == 0:
		return ratioOfNumber(amount), false
	case amount.Sign() != 0:
		c.errs.add(at.err("amount", ErrConflict, "a unit-priced line has no amount (it is unit_price × quantity)"))
	case qty.Sign() != 0:
		return mulNumbers(price, qty), false
	case cost.VariesWith == 0:
		c.errs.add(at.err("quantity", ErrNotSet, "a unit price needs a quantity, or varies_with, whose volume is the quantity"))
	case cost.Per != 0 || !cost.Period.IsZero() || cost.Timing != TimingRecurring:
		c.errs.add(at.err("unit_price", ErrConflict, "a price per unit of volume applies to the model's period only (no per, period or one-time timing)"))
	default:
		return ratioOfNumber(price), true
	}
	return Ratio{}, false
}

// checkTiming validates Per, Period, Timing, Incurred and AmortizeMonths.
func (c *compiler) checkTiming(at loc, cost *Cost) {
	if cost.Per != 0 && !unitEnum.valid(int(cost.Per)) {
		c.errs.add(at.err("per", ErrInvalid, cost.Per.String()))
	}
	switch cost.Timing {
	case TimingRecurring:
		if !cost.Incurred.IsZero() {
			c.errs.add(at.err("incurred", ErrConflict, "a recurring cost has no incurred date (use period)"))
		}
		if cost.AmortizeMonths != 0 {
			c.errs.add(at.err("amortize_months", ErrConflict, "only a one-time-amortized cost is amortized"))
		}
	case TimingOneTimeExcluded, TimingOneTimeAmortized:
		if cost.Incurred.IsZero() {
			c.errs.add(at.err("incurred", ErrNotSet, "a one-time cost needs the date it was incurred"))
		}
		if cost.Per != 0 || !cost.Period.IsZero() {
			c.errs.add(at.err("timing", ErrConflict, "a one-time cost is dated by incurred, not by period or per"))
		}
		switch {
		case cost.Timing == TimingOneTimeExcluded && cost.AmortizeMonths != 0:
			c.errs.add(at.err("amortize_months", ErrConflict, "an excluded one-time cost is not amortized"))
		case cost.Timing == TimingOneTimeAmortized && (cost.AmortizeMonths < 1 || cost.AmortizeMonths > maxAmortizeMonths):
			c.errs.add(at.err("amortize_months", ErrOutOfRange, strconv.Itoa(cost.AmortizeMonths)+
				" (want 1 to "+strconv.Itoa(maxAmortizeMonths)+" months)"))
		}
	default:
		c.errs.add(at.err("timing", ErrInvalid, cost.Timing.String()))
	}
}

// maxAmortizeMonths bounds amortization at a century.
const maxAmortizeMonths = 1200

// checkSize refuses a model whose reports would hold more than MaxParts
// parts, before any of them is made.
func (c *compiler) checkSize(sets []*volumeSet) {
	parts := 0
	for _, vs := range sets {
		assisted := 0
		for _, j := range vs.order {
			if !c.p.chans.automated[j] {
				assisted++
			}
		}
		for i := range c.p.lines {
			lp := &c.p.lines[i]
			switch b := lp.basis; {
			case lp.direct >= 0 || b == nil:
				parts++
			case b.fixed != nil:
				parts += len(b.fixed.members)
			case b.among != nil:
				parts += len(b.among)
			default:
				parts += assisted
			}
		}
	}
	if parts > MaxParts {
		c.oversize(argErr("costs", ErrTooLarge, "the report would hold "+strconv.Itoa(parts)+
			" parts (a part per line and channel it is split over; at most "+strconv.Itoa(MaxParts)+")"))
	}
}

// scopeCheck reports an assisted scope over channels that are all
// automated.
func (c *compiler) scopeCheck(vs *volumeSet) {
	if c.p.m.Scope != ScopeAssisted || len(vs.order) == 0 {
		return
	}
	for _, j := range vs.order {
		if !c.p.chans.automated[j] {
			return
		}
	}
	c.errs.add(argErr("scope", ErrNoContacts, "scope is assisted but every channel is automated"))
}

// hints reports the references to channels that no volume has. A name
// that differs only in case or by one letter from a volume entry that no
// line names is a typo in that entry: it is reported there, once, in place
// of the entry's own "custom channel" problem. Any other name is reported
// where each line names it, with a hint when a channel is near it.
func (c *compiler) hints() {
	if len(c.unknown) == 0 {
		return
	}
	byName := make(map[Channel][]ref)
	var names []Channel
	for _, r := range c.unknown {
		if _, ok := byName[r.name]; !ok {
			names = append(names, r.name)
		}
		byName[r.name] = append(byName[r.name], r)
	}
	entries := make(map[Channel]bool, len(c.entries))
	for _, e := range c.entries {
		entries[e.name] = true
	}
	named := c.namedChannels()
	for k, name := range names {
		refs := byName[name]
		if entries[name] {
			continue // the entry of that very name has its own problem
		}
		hint := ""
		if k < maxHints {
			if e, ok := c.typoEntry(name, named); ok {
				c.reportTypo(e.name, name, refs)
				continue
			}
			hint = didYouMean(string(name), channelNames(&c.p.chans))
		}
		for _, r := range refs {
			c.errs.add(r.at().err("", ErrUnknownChannel, quote(string(name))+" has no volume in the model"+hint))
		}
	}
}

// maxHints bounds the names looked up for a "did you mean" hint, so that
// a model naming thousands of unknown channels costs no more than linear
// work.
const maxHints = 100

// namedChannels returns the channels the lines name.
func (c *compiler) namedChannels() map[Channel]bool {
	out := make(map[Channel]bool)
	for i := range c.p.lines {
		cost := c.p.lines[i].cost
		out[cost.Channel] = true
		for _, ch := range cost.Basis.Among {
			out[ch] = true
		}
		for _, w := range cost.Basis.Weights {
			out[w.Channel] = true
		}
	}
	return out
}

// typoEntry finds a volume entry whose channel is near name and that no
// line names (named holds the names the lines use).
func (c *compiler) typoEntry(name Channel, named map[Channel]bool) (volumeEntry, bool) {
	for _, e := range c.entries {
		if near(string(e.name), string(name)) && !named[e.name] {
			return e, true
		}
	}
	return volumeEntry{}, false
}

// reportTypo reports the volume entries of channel typo, which the lines
// at refs call name, as a typo of it: each entry once, in place of its own
// "custom channel" problem (in a series, each sub-period's entry).
func (c *compiler) reportTypo(typo, name Channel, refs []ref) {
	where := refs[0].at().path
	if len(refs) > 1 {
		where += " and " + strconv.Itoa(len(refs)-1) + " more"
	}
	detail := "no cost line names " + quote(string(typo)) + ", while " + where + " name " + quote(string(name)) +
		" (did you mean " + quote(string(name)) + "?)"
	reported := false
	for _, e := range c.entries {
		if e.name != typo {
			continue
		}
		if k, ok := c.custom[e.at.path]; ok {
			c.errs[k] = e.at.err("channel", ErrUnknownChannel, detail) // the entry's one problem
			delete(c.custom, e.at.path)
			reported = true
		}
	}
	if !reported {
		c.errs.add(c.entries[slices.IndexFunc(c.entries, func(e volumeEntry) bool { return e.name == typo })].at.err(
			"channel", ErrUnknownChannel, detail))
	}
}

// sections orders a model's problems as its JSON form orders its fields.
var sections = map[string]int{"currency": 0, "period": 1, "scope": 2, "rounding": 3, "convention": 4, "strict": 5,
	"costs": 6, "volumes": 7, "periods": 8, "levers": 9}

// result returns every problem found, in the order of the model's fields
// and, within a list, of its elements (validation finds them stage by
// stage, so not in that order).
func (c *compiler) result() error {
	type keyed struct {
		section, index int
		err            error
	}
	ks := make([]keyed, len(c.errs))
	for i, err := range c.errs {
		ks[i] = keyed{len(sections), 0, err}
		path := ""
		switch e := err.(type) {
		case *FieldError:
			path = e.Path
		case *CurrencyMismatchError:
			path = e.Path
		}
		name, _, _ := strings.Cut(path, ".")
		name, idx, _ := strings.Cut(name, "[")
		if s, ok := sections[name]; ok {
			ks[i].section = s
		}
		if n, err := strconv.Atoi(strings.TrimSuffix(idx, "]")); err == nil {
			ks[i].index = n
		}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		if a.section != b.section {
			return a.section - b.section
		}
		return a.index - b.index
	})
	out := make(errList, len(ks))
	for i, k := range ks {
		out[i] = k.err
	}
	return out.join()
}
