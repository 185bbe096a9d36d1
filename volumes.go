package contactcost

import (
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/contactcost/contactcost/internal/exact"
)

// channelSet is the universe of channels of a model, a series or a
// scenario: every channel any volume set has, numbered in order of first
// appearance.
type channelSet struct {
	names     []Channel
	automated []bool
	index     map[Channel]int
	where     []loc // where each channel first appeared, for messages
}

// byName compares channels a and b by name (byte-wise): the tie-break
// order of every split.
func (s *channelSet) byName(a, b int) int {
	return strings.Compare(string(s.names[a]), string(s.names[b]))
}

// add returns the number of channel ch, adding it when new.
func (s *channelSet) add(ch Channel, automated bool, at loc) int {
	if j, ok := s.index[ch]; ok {
		return j
	}
	if s.index == nil {
		s.index = make(map[Channel]int)
	}
	j := len(s.names)
	s.index[ch] = j
	s.names = append(s.names, ch)
	s.automated = append(s.automated, automated)
	s.where = append(s.where, at)
	return j
}

// volumeScale is the number of decimal places a volume a lever leaves is
// shown with when it has more (an FCR ratio can leave 933.3…): reports show
// it rounded half-even to this many places, and weigh and divide by what
// they show, while costs are priced on the exact volume.
const volumeScale = 12

// chanVolume is one channel's volume in one volume set.
type chanVolume struct {
	exact     [measures]Ratio  // the figures, exactly
	shown     [measures]number // as a report shows them (see volumeScale)
	offered   Ratio
	abandoned Ratio
}

// volumeSet is what each channel handled in one period: the model's
// volumes, a series sub-period's, or a scenario's.
type volumeSet struct {
	period Period
	at     loc           // where the volumes are ("volumes", "periods[2].volumes")
	vols   []*chanVolume // per universe channel; nil when absent from the set
	order  []int         // the channels present, in report order
	where  []loc         // per universe channel: its entry's location
	sums   map[sumKey]*big.Rat
}

// present reports whether channel j has a volume in the set.
func (vs *volumeSet) present(j int) bool { return j < len(vs.vols) && vs.vols[j] != nil }

// sumKey names a sum of figures: over a set of channels (a basis's set,
// with j = -1) or one channel (j), of measure m.
type sumKey struct {
	set, j int
	m      Measure
}

// sum returns the exact sum of measure m over channels (all present),
// which key names; the sum is made once per set and shared, so callers
// must not modify it.
func (vs *volumeSet) sum(key sumKey, channels []int) *big.Rat {
	if s, ok := vs.sums[key]; ok {
		return s
	}
	var n number
	r := new(big.Rat)
	for _, j := range channels {
		if f := vs.vols[j].exact[key.m]; f.r != nil {
			r.Add(r, f.r)
		} else if f.defined {
			n = exact.Add(n, f.n)
		}
	}
	if n.Sign() != 0 {
		r.Add(r, n.Rat())
	}
	if vs.sums == nil {
		vs.sums = make(map[sumKey]*big.Rat)
	}
	vs.sums[key] = r
	return r
}

// shownOf returns the figure a report shows for exact figure x.
func shownOf(x Ratio) number {
	if n, ok := x.number(); ok {
		return n
	}
	n, _ := exact.RatDecimal(roundRatio(x, volumeScale, exact.HalfEven).Rat(volumeScale))
	return n
}

// checkVolumes validates the volumes of one period at l and returns them as
// a set over the compiler's channels, adding new channels to the universe.
func (c *compiler) checkVolumes(l loc, vols []Volume, period Period) *volumeSet {
	vs := &volumeSet{period: period, at: l}
	if len(vols) == 0 {
		c.errs.add(l.err("", ErrNotSet, "at least one channel needs a volume"))
	}
	if len(vols) > MaxChannels {
		c.oversize(l.err("", ErrTooLarge, strconv.Itoa(len(vols))+" channels (at most "+strconv.Itoa(MaxChannels)+")"))
		return vs
	}
	for i := range vols {
		v := &vols[i]
		at := l.index(i).named(string(v.Channel))
		c.entries = append(c.entries, volumeEntry{at: at, name: v.Channel})
		automated, ok := c.checkVolume(at, v)
		if !ok {
			continue
		}
		j := c.p.chans.add(v.Channel, automated, at)
		if c.p.chans.automated[j] != automated {
			c.errs.add(at.err("handling", ErrConflict, "channel "+quote(string(v.Channel))+" is "+handlingName(automated)+
				" here but "+handlingName(!automated)+" at "+c.p.chans.where[j].path))
			continue
		}
		for len(vs.vols) <= j {
			vs.vols = append(vs.vols, nil)
			vs.where = append(vs.where, loc{})
		}
		if vs.vols[j] != nil {
			c.errs.add(at.err("channel", ErrDuplicate, "also "+vs.where[j].path))
			continue
		}
		vs.vols[j], vs.where[j] = c.volumeFigures(at, v), at
		vs.order = append(vs.order, j)
	}
	for len(vs.vols) < len(c.p.chans.names) {
		vs.vols = append(vs.vols, nil)
		vs.where = append(vs.where, loc{})
	}
	return vs
}

func handlingName(automated bool) string {
	if automated {
		return "automated"
	}
	return "assisted"
}

// checkVolume validates a channel's name and handling and reports whether
// its contacts are automated.
func (c *compiler) checkVolume(at loc, v *Volume) (automated, ok bool) {
	if err := checkLabel(at, "channel", string(v.Channel)); err != nil {
		c.errs.add(err)
		return false, false
	}
	h := v.Handling
	switch {
	case h != 0 && !handlingEnum.valid(int(h)):
		c.errs.add(at.err("handling", ErrInvalid, h.String()))
		return false, false
	case h == 0:
		h = knownHandling(v.Channel)
	}
	if h == 0 {
		if c.custom == nil {
			c.custom = make(map[string]int)
		}
		c.custom[at.path] = len(c.errs)
		c.errs.add(at.err("handling", ErrNotSet, quote(string(v.Channel))+" is a custom channel: say whether it is "+
			handlingEnum.list()+didYouMean(string(v.Channel), knownChannelNames())))
		return false, false
	}
	return h == HandlingAutomated, true
}

// volumeFigures validates a volume's figures and returns them.
func (c *compiler) volumeFigures(at loc, v *Volume) *chanVolume {
	cv := new(chanVolume)
	n := len(c.errs)
	for m := MeasureContacts; m <= MeasureFTE; m++ {
		num, err := checkNum(at, m.String(), m.of(v), false)
		c.errs.add(err)
		cv.exact[m], cv.shown[m] = ratioOfNumber(num), num
	}
	offered, err := checkNum(at, "offered", v.Offered, false)
	c.errs.add(err)
	abandoned, err := checkNum(at, "abandoned", v.Abandoned, false)
	c.errs.add(err)
	cv.offered, cv.abandoned = ratioOfNumber(offered), ratioOfNumber(abandoned)
	if len(c.errs) > n {
		return cv
	}
	contacts := cv.shown[MeasureContacts]
	if contacts.Sign() == 0 {
		c.errs.add(at.err("contacts", ErrNoContacts, "a channel needs at least one handled contact"))
	}
	if offered.Sign() > 0 {
		if offered.Cmp(contacts) < 0 {
			c.errs.add(at.err("offered", ErrOutOfRange, offered.String()+" is less than contacts "+contacts.String()))
		} else if free := new(big.Rat).Sub(offered.Rat(), contacts.Rat()); abandoned.Rat().Cmp(free) > 0 {
			c.errs.add(at.err("abandoned", ErrOutOfRange, abandoned.String()+" is more than offered − contacts = "+ratioOfRat(free).String()))
		}
	}
	return cv
}

// assisted returns the set's agent-assisted channels, sorted by name.
func (vs *volumeSet) assisted(chans *channelSet) []int {
	var out []int
	for _, j := range vs.order {
		if !chans.automated[j] {
			out = append(out, j)
		}
	}
	slices.SortFunc(out, chans.byName)
	return out
}
