package contactcost

import (
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/contactcost/contactcost/internal/alloc"
	"github.com/contactcost/contactcost/internal/exact"
	"github.com/shopspring/decimal"
)

// Basis says how a shared cost line is split over channels: in proportion
// to a volume figure of each channel (By), or by fixed weights (Weights).
//
// With By, each channel's share is its figure over the sum of the figures
// of the channels taking part: the channels listed in Among, or by default
// every agent-assisted channel of the model. An automated channel (IVR,
// self-service) takes part only when Among names it, so agent costs never
// reach automated channels by accident. Every channel taking part must
// have the figure: a zero means the data is missing, so it is an error
// ([ErrMissingVolume]) rather than a silent zero share; leave such a
// channel out of Among.
//
// With Weights, the shares come from the weights, one per channel taking
// part; channels not listed get nothing. With Percent the weights are
// percentages and must sum to exactly 100.
//
// A report records, in each line's Basis, the channels the line was split
// over. The zero Basis is "not set".
type Basis struct {
	// By is the volume figure a cost is split in proportion to.
	By Measure
	// Among lists the channels taking part in a split By a figure; empty
	// means every agent-assisted channel.
	Among []Channel
	// Weights, instead of By, gives each channel taking part its weight.
	Weights []Weight
	// Percent says the Weights are percentages that sum to exactly 100.
	Percent bool
}

// Weight is one channel's weight in a Basis.
type Weight struct {
	Channel Channel         // the channel weighted
	Value   decimal.Decimal // its weight or percentage; not negative
}

// IsZero reports whether b is the zero Basis.
func (b Basis) IsZero() bool {
	return b.By == 0 && len(b.Among) == 0 && len(b.Weights) == 0 && !b.Percent
}

// Equal reports whether b and o are the same basis.
func (b Basis) Equal(o Basis) bool {
	return b.By == o.By && b.Percent == o.Percent && slices.Equal(b.Among, o.Among) &&
		slices.EqualFunc(b.Weights, o.Weights, func(x, y Weight) bool {
			return x.Channel == y.Channel && decimalsEqual(x.Value, y.Value)
		})
}

// String describes the basis: "by contacts", "by handle_minutes among
// voice, chat", "weights voice 3, chat 1" or "percent voice 60, chat 40".
func (b Basis) String() string {
	var sb strings.Builder
	sb.WriteString(b.describe())
	switch {
	case b.By != 0 && len(b.Among) > 0:
		sb.WriteString(" among ")
		for k, ch := range b.Among {
			if k > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(string(ch))
		}
	case b.By == 0:
		for k, w := range b.Weights {
			if k > 0 {
				sb.WriteString(",")
			}
			sb.WriteString(" " + string(w.Channel) + " " + exactDescribe(w.Value))
		}
	}
	return sb.String()
}

// describe says what a basis is, for messages and reports.
func (b Basis) describe() string {
	switch {
	case b.By != 0:
		return "by " + b.By.String()
	case b.Percent:
		return "percent"
	}
	return "weights"
}

// basisPlan is a validated basis. A measure basis keeps the channels it
// lists (or none: every agent-assisted channel), and its weights come from
// each volume set; a weights basis is ready to split once and for all.
type basisPlan struct {
	by      Measure
	among   []int      // channels listed in Among, by name; nil for the default
	fixed   *weightVec // a weights basis, over the channels it lists
	percent bool
	// set numbers the basis's channels: bases over the same channels have
	// the same set (sums of figures over them are made once); 0 is the
	// default, every agent-assisted channel.
	set int
}

// checkBasis validates the basis of the shared line at line and returns
// its plan (nil when invalid). Channels no volume has go to refs, so a
// line with nothing to split may name channels that have no volume.
func (c *compiler) checkBasis(line loc, b Basis, refs *[]ref) *basisPlan {
	l := line.at("basis")
	n := len(c.errs)
	switch {
	case b.By == 0 && len(b.Weights) == 0:
		c.errs.add(l.err("", ErrNotSet, "split by a volume figure (by) or by weights"))
	case b.By != 0 && !measureEnum.valid(int(b.By)):
		c.errs.add(l.err("by", ErrInvalid, b.By.String()))
	case b.By != 0 && len(b.Weights) > 0:
		c.errs.add(l.err("weights", ErrConflict, "a basis splits by a volume figure (by) or by weights, not both"))
	case b.By != 0 && b.Percent:
		c.errs.add(l.err("percent", ErrConflict, "percent applies to weights"))
	case b.By == 0 && len(b.Among) > 0:
		c.errs.add(l.err("among", ErrConflict, "among applies to a split by a volume figure; list the channels in weights"))
	case len(b.Among) > MaxChannels:
		c.errs.add(l.err("among", ErrTooLarge, strconv.Itoa(len(b.Among))+" channels (at most "+strconv.Itoa(MaxChannels)+")"))
	case len(b.Weights) > MaxChannels:
		c.errs.add(l.err("weights", ErrTooLarge, strconv.Itoa(len(b.Weights))+" weights (at most "+strconv.Itoa(MaxChannels)+")"))
	}
	if len(c.errs) > n {
		return nil
	}
	if b.By != 0 {
		return c.measureBasis(line, b, refs)
	}
	return c.weightsBasis(line, b, refs)
}

// measureBasis validates the Among list of a split by a figure.
func (c *compiler) measureBasis(line loc, b Basis, refs *[]ref) *basisPlan {
	if len(b.Among) == 0 {
		return c.sharedBasis(&basisPlan{by: b.By}, "default", nil)
	}
	// Lines often share one Among slice (a Go variable): its channels
	// were checked once.
	same := amongKey{by: b.By, first: &b.Among[0], n: len(b.Among)}
	if bp, ok := c.amongs[same]; ok {
		return bp
	}
	unknown := len(*refs)
	bp := c.checkAmong(line, b, refs)
	if len(*refs) == unknown && bp != nil {
		if c.amongs == nil {
			c.amongs = make(map[amongKey]*basisPlan)
		}
		c.amongs[same] = bp
	}
	return bp
}

// amongKey identifies an Among slice, by its first element's address.
type amongKey struct {
	by    Measure
	first *Channel
	n     int
}

// checkAmong validates the channels a split by a figure lists.
func (c *compiler) checkAmong(line loc, b Basis, refs *[]ref) *basisPlan {
	l := line.at("basis")
	var among []int
	seen := newSeenSet(len(b.Among))
	for k, ch := range b.Among {
		if seen.repeat(ch) {
			c.errs.add(l.at("among").index(k).err("", ErrDuplicate, quote(string(ch))))
			continue
		}
		if r := c.ref(line, refAmong, k, ch); r.j >= 0 {
			among = append(among, r.j)
		} else {
			*refs = append(*refs, r)
		}
	}
	return c.sharedBasis(&basisPlan{by: b.By}, intsKey(among), func(bp *basisPlan) {
		bp.among = among
		c.sortByName(bp.among)
	})
}

// weightsBasis validates a split by fixed weights and builds its vector.
func (c *compiler) weightsBasis(line loc, b Basis, refs *[]ref) *basisPlan {
	n := len(c.errs)
	l := line.at("basis")
	members := make([]int, 0, len(b.Weights))
	nums := make([]number, 0, len(b.Weights))
	var sum number
	seen := newSeenSet(len(b.Weights))
	for k, w := range b.Weights {
		if seen.repeat(w.Channel) {
			c.errs.add(l.at("weights").index(k).err("channel", ErrDuplicate, quote(string(w.Channel))))
		}
		r := c.ref(line, refWeight, k, w.Channel)
		if r.j < 0 {
			*refs = append(*refs, r)
		}
		num, ok := exact.FromDecimal(w.Value)
		switch {
		case !ok:
			_, err := checkNum(l.at("weights").index(k), "value", w.Value, true)
			c.errs.add(err)
		case num.Sign() < 0:
			c.errs.add(l.at("weights").index(k).err("value", ErrWeights, "negative: "+num.String()))
		default:
			if r.j >= 0 {
				members, nums = append(members, r.j), append(nums, num)
			}
			sum = exact.Add(sum, num)
		}
	}
	switch {
	case len(c.errs) > n:
		return nil
	case sum.Sign() == 0:
		c.errs.add(l.err("weights", ErrWeights, "all zero"))
		return nil
	case b.Percent && !sum.Equal(exactHundred):
		c.errs.add(l.err("weights", ErrWeights, "percentages sum to "+sum.String()+", want 100"))
		return nil
	case len(members) < len(b.Weights):
		return nil // an unknown channel, reported through refs
	}
	kind := "w"
	if b.Percent {
		kind = "p"
	}
	return c.sharedBasis(&basisPlan{percent: b.Percent}, kind+intsKey(members)+numsKey(nums), func(bp *basisPlan) {
		order := make([]int, len(members))
		for k := range order {
			order[k] = k
		}
		slices.SortFunc(order, func(a, b int) int { return c.p.chans.byName(members[a], members[b]) })
		sorted, sortedNums := make([]int, len(order)), make([]number, len(order))
		for k, o := range order {
			sorted[k], sortedNums[k] = members[o], nums[o]
		}
		bp.fixed = newWeightVec(sorted, sortedNums)
	})
}

// seenSet tells channels seen before in a list: by a scan for short
// lists, by a map for long ones, so a check stays linear.
type seenSet struct {
	list []Channel
	set  map[Channel]bool
}

func newSeenSet(n int) *seenSet {
	if n > 64 {
		return &seenSet{set: make(map[Channel]bool, n)}
	}
	return &seenSet{list: make([]Channel, 0, n)}
}

// repeat reports whether ch was seen before, and remembers it.
func (s *seenSet) repeat(ch Channel) bool {
	if s.set != nil {
		seen := s.set[ch]
		s.set[ch] = true
		return seen
	}
	if slices.Contains(s.list, ch) {
		return true
	}
	s.list = append(s.list, ch)
	return false
}

// exactHundred is the number 100.
var exactHundred, _ = exact.Parse("100")

// sharedBasis returns the plan of an identical basis seen before, or
// finishes bp with finish and remembers it: lines with the same basis
// share one plan and its weight vectors.
func (c *compiler) sharedBasis(bp *basisPlan, key string, finish func(*basisPlan)) *basisPlan {
	key = strconv.Itoa(int(bp.by)) + ":" + key
	if prev, ok := c.basisKeys[key]; ok {
		return prev
	}
	if finish != nil {
		finish(bp)
	}
	c.numberSet(bp)
	if c.basisKeys == nil {
		c.basisKeys = make(map[string]*basisPlan)
	}
	c.basisKeys[key] = bp
	c.p.bases = append(c.p.bases, bp)
	return bp
}

// numberSet gives a basis the number of its set of channels.
func (c *compiler) numberSet(bp *basisPlan) {
	members := bp.among
	if bp.fixed != nil {
		members = bp.fixed.members
	}
	if members == nil {
		return // the default: set 0
	}
	key := intsKey(members) // sorted by name, so the same set gives the same key
	if c.sets == nil {
		c.sets = make(map[string]int)
	}
	id, ok := c.sets[key]
	if !ok {
		id = len(c.sets) + 1
		c.sets[key] = id
	}
	bp.set = id
}

func intsKey(v []int) string {
	b := make([]byte, 0, 4*len(v))
	for _, x := range v {
		b = strconv.AppendInt(append(b, ','), int64(x), 10)
	}
	return string(b)
}

func numsKey(v []number) string {
	b := make([]byte, 0, 8*len(v))
	for _, n := range v {
		if c, ok := n.Small(); ok {
			b = strconv.AppendInt(append(b, ','), c, 10)
		} else {
			b = append(append(b, ','), n.Coefficient().String()...)
		}
		b = strconv.AppendInt(append(b, 'e'), int64(n.Exp()), 10)
	}
	return string(b)
}

// weightVec is a split ready to use: the channels taking part in tie-break
// order (by name), their weights as integers, and what a report shows of
// them. It is immutable once made.
type weightVec struct {
	members []int // channel indexes, sorted by channel name
	w       alloc.Weights
	values  []decimal.Decimal // the weights as shown in a report
	shares  []Ratio           // each weight over their sum
}

// newWeightVec prepares non-negative weights with a positive sum.
func newWeightVec(members []int, nums []number) *weightVec {
	w, _ := weightsOf(nums)
	wv := &weightVec{members: members, w: w, values: make([]decimal.Decimal, len(nums)), shares: make([]Ratio, len(nums))}
	total := new(big.Rat)
	for _, n := range nums {
		if n.Sign() != 0 {
			total.Add(total, n.Rat())
		}
	}
	for i, n := range nums {
		wv.values[i] = n.Decimal()
		if n.Sign() == 0 {
			wv.shares[i] = ratioOfNumber(number{})
			continue
		}
		wv.shares[i] = quo(n.Rat(), total)
	}
	return wv
}

// split splits booked minor units over the vector into dst.
func (wv *weightVec) split(units exact.Int, dst []exact.Int, s *alloc.Scratch) {
	wv.w.Split(units, dst, s)
}
