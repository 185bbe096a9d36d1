package contactcost

import (
	"errors"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/contactcost/contactcost/erlang"
	"github.com/shopspring/decimal"
)

// StaffingProfile is what the queueing labour assumption staffs one
// agent-assisted channel by: the baseline's contacts interval by interval
// over a representative day or week, and the service the channel must
// keep. Agents are worked out per interval with package erlang, before
// and after the levers, and the channel's agent hours, FTE and labour
// lines move with the agents (see LabourQueueing).
type StaffingProfile struct {
	// Channel is the agent-assisted channel staffed (required).
	Channel Channel
	// Interval is the length of each interval: a whole number of minutes
	// that divides a day, from 5 minutes to a day (15, 30 or 60 usually).
	Interval time.Duration
	// Contacts are the baseline's offered contacts in each interval of a
	// whole day or week (its length × Interval is 24 hours or 7 days);
	// their total a day must be the model's offered contacts a day on the
	// channel within 1% (ErrConflict otherwise: a profile of another
	// center would price other agents). Set Contacts or Shape, not both.
	Contacts []decimal.Decimal
	// Shape gives each interval's relative weight over a whole day or a
	// whole week (its length × Interval is 24 hours or 7 days); the
	// period's offered contacts (Offered, or contacts and abandoned) are
	// spread over the period's days and by the weights: an interval's
	// contacts = offered × the span's days / the period's days × weight /
	// Σ weights. In a month of the horizon's seasons, and after the
	// levers, every interval moves with the channel's offered contacts a
	// day.
	Shape []decimal.Decimal
	// Patience is the callers' mean patience (Erlang A); zero: they never
	// abandon (Erlang C).
	Patience time.Duration
	// Concurrency is the conversations an agent handles at once (chat);
	// 0 or 1: one. The channel's handle minutes over its contacts are then
	// taken as a conversation's length at that concurrency (longer than
	// one handled alone), as erlang.Queue.AHT says.
	Concurrency int
	// Targets is the service every interval must keep, before and after
	// the levers.
	Targets erlang.Targets
}

// ChannelStaffing is what the queueing labour assumption found on one
// channel: its agents per interval before and after the levers, the
// factor that moved its labour, and the money, next to what proportional
// labour would say.
type ChannelStaffing struct {
	Channel  Channel       // the channel staffed
	Interval time.Duration // the profile's interval
	// Before and After are the agents each interval needs on the
	// baseline's volumes and on the scenario's (each interval's contacts
	// scaled by the channel's offered contacts a day, at the scenario's
	// handle time: handle minutes over handled contacts);
	// package erlang gives any interval's other measures.
	Before, After []int
	// Factor is After's agent time over Before's (Σ agents per interval):
	// the factor applied to the channel's agent hours, FTE and the labour
	// lines that vary with a figure. Shrinkage and paid hours cancel in it.
	Factor Ratio
	// FTEBefore is the model's FTE on the channel (undefined when the
	// model gives none); FTESaved is FTEBefore × (1 − Factor), and
	// FTEProportional the FTE the same levers would save under
	// LabourProportional (FTE following handle minutes), for comparison.
	FTEBefore, FTESaved, FTEProportional Ratio
	// Labour is the channel's share of the model's wage and benefit lines
	// that vary with a figure (each line shared by the figure it varies
	// with), in the model's period: what its agents cost. Fixed labour
	// lines move under no labour assumption and are left out.
	Labour decimal.Decimal
	// Saved is Labour × (1 − Factor): FTESaved at the model's loaded cost
	// per FTE (Labour / FTEBefore). The scenario's labour lines fall by
	// the staffed channels' Saved together (before rounding).
	Saved decimal.Decimal
	// Proportional is what the same levers would save on the same lines
	// and channel under LabourProportional, for comparison.
	Proportional decimal.Decimal
}

// ChannelAgents is the agents each interval of a staffed channel needs
// after a lever (and the levers before it).
type ChannelAgents struct {
	Channel Channel // the channel staffed
	Agents  []int   // each interval's agents
}

// agents returns each interval's agents of a profile.
func agents(p erlang.Profile) []int {
	out := make([]int, len(p.Intervals))
	for i, r := range p.Intervals {
		out[i] = r.Agents
	}
	return out
}

// stepAgents returns the staffed channels' agents in state st.
func (e *estimator) stepAgents(st *state) ([]ChannelAgents, error) {
	out := make([]ChannelAgents, 0, len(e.staff))
	for _, pl := range e.staff {
		p, err := pl.staffed(*st.vols[pl.j], st.period().Days(), &e.work)
		if err != nil {
			return nil, err
		}
		out = append(out, ChannelAgents{Channel: e.period.c.r.p.chans.names[pl.j], Agents: agents(p)})
	}
	return out, nil
}

// staffPlan is a checked StaffingProfile.
type staffPlan struct {
	at       loc
	j        int // the channel's index in the plan
	queue    erlang.Queue
	targets  erlang.Targets
	base     []*big.Rat // the baseline's offered contacts per interval
	shaped   bool       // base comes from a shape
	perDay   *big.Rat   // the model's offered contacts a day on the channel
	profiles map[string]erlang.Profile
}

// maxStaffProfiles bounds a scenario's staffing profiles.
const maxStaffProfiles = 100

// compileStaffing checks the scenario's staffing profiles against the
// model and staffs the baseline.
func (e *estimator) compileStaffing(s *Scenario) error {
	at := loc{path: "staffing"}
	switch {
	case e.labour != LabourQueueing && len(s.Staffing) > 0:
		return at.err("", ErrConflict, "staffing profiles are used by labour "+quote(LabourQueueing.String())+" only")
	case e.labour != LabourQueueing:
		return nil
	case len(s.Staffing) == 0:
		return at.err("", ErrNotSet, "labour \"queueing\" needs a staffing profile for each channel it staffs")
	case len(s.Staffing) > maxStaffProfiles:
		return at.err("", ErrTooLarge, strconv.Itoa(len(s.Staffing))+" profiles (at most "+strconv.Itoa(maxStaffProfiles)+")")
	}
	c := e.period.c
	vs := c.r.vs
	var errs errList
	seen := make(map[Channel]bool)
	for i, sp := range s.Staffing {
		pl, err := compileProfile(at.index(i).named(string(sp.Channel)), sp, e.period, seen)
		if err != nil {
			errs.add(err)
			continue
		}
		e.staff = append(e.staff, pl)
	}
	if len(errs) > 0 {
		return errs.join()
	}
	// Staff the baseline now, so a target the baseline cannot meet is an
	// error of the input.
	for _, pl := range e.staff {
		_, err := pl.staffed(e.period.volumes[c.r.pos[pl.j]], vs.period.Days(), &e.work)
		errs.add(err)
	}
	return errs.join()
}

func compileProfile(at loc, sp StaffingProfile, bl *baseline, seen map[Channel]bool) (*staffPlan, error) {
	p, vs := bl.c.r.p, bl.c.r.vs
	j, ok := p.chans.index[sp.Channel]
	switch {
	case sp.Channel == "":
		return nil, at.err("channel", ErrNotSet, "")
	case !ok || !vs.present(j):
		return nil, at.err("channel", ErrUnknownChannel, quote(string(sp.Channel))+" has no volume in the model")
	case p.chans.automated[j]:
		return nil, at.err("channel", ErrInvalid, quote(string(sp.Channel))+" is automated: only agents are staffed")
	case seen[sp.Channel]:
		return nil, at.err("channel", ErrDuplicate, quote(string(sp.Channel))+" has two profiles")
	}
	seen[sp.Channel] = true
	sv := bl.volumes[bl.c.r.pos[j]]
	if sv.fig[MeasureContacts].Sign() == 0 || sv.fig[MeasureHandleMinutes].Sign() == 0 {
		return nil, at.err("channel", ErrNotSet, quote(string(sp.Channel))+" needs contacts and handle minutes in the model to be staffed")
	}
	var errs errList
	iv := sp.Interval
	if iv == 0 {
		errs.add(at.err("interval", ErrNotSet, "15, 30 or 60 minutes, say"))
	} else if iv < 5*time.Minute || iv > 24*time.Hour || iv%time.Minute != 0 || (24*time.Hour)%iv != 0 {
		errs.add(at.err("interval", ErrInvalid, "must be a whole number of minutes from 5 minutes to a day that divides a day: "+iv.String()))
	}
	pl := &staffPlan{at: at, j: j, targets: sp.Targets, profiles: make(map[string]erlang.Profile),
		perDay: new(big.Rat).Quo(offeredOf(&sv), big.NewRat(int64(vs.period.Days()), 1)), shaped: len(sp.Shape) > 0 && len(sp.Contacts) == 0,
		queue: erlang.Queue{Interval: iv, Patience: sp.Patience, Concurrency: sp.Concurrency}}
	pl.base = profileBase(at, sp, pl.perDay, &errs)
	if len(errs) > 0 {
		return nil, errs.join()
	}
	return pl, nil
}

// profileBase returns a profile's baseline offered contacts per interval:
// its Contacts, which must match the model's offered contacts a day,
// perDay (within 1%), or perDay × the span's days spread by its Shape.
func profileBase(at loc, sp StaffingProfile, perDay *big.Rat, errs *errList) []*big.Rat {
	values := func(field string, xs []decimal.Decimal) []*big.Rat {
		if len(xs) > erlang.MaxIntervals {
			errs.add(at.err(field, ErrTooLarge, strconv.Itoa(len(xs))+" intervals (at most "+strconv.Itoa(erlang.MaxIntervals)+")"))
			return nil
		}
		out := make([]*big.Rat, len(xs))
		for k, x := range xs {
			n, err := checkNum(at.at(field).index(k), "", x, false)
			if err != nil {
				errs.add(err)
				continue
			}
			out[k] = n.Rat()
		}
		return out
	}
	switch {
	case len(sp.Contacts) > 0 && len(sp.Shape) > 0:
		errs.add(at.err("shape", ErrConflict, "set contacts or shape, not both"))
	case len(sp.Contacts) > 0:
		c := values("contacts", sp.Contacts)
		sum, days, ok := spanOf(at.at("contacts"), c, sp.Interval, errs)
		if !ok {
			return nil
		}
		// The profile is the model's baseline: its contacts a day must be
		// the model's offered contacts a day (within 1%), or its agents
		// would price another center.
		profile := new(big.Rat).Quo(sum, big.NewRat(days, 1))
		if d := new(big.Rat).Quo(sub(profile, perDay), perDay); d.Abs(d).Cmp(big.NewRat(1, 100)) > 0 {
			errs.add(at.err("contacts", ErrConflict, "the profile has "+fmtRat(profile)+" contacts a day, the model "+fmtRat(perDay)+
				" offered a day on "+quote(string(sp.Channel))+" (they must agree within 1%): give the profile as a shape to spread the model's contacts by it"))
			return nil
		}
		return c
	case len(sp.Shape) > 0:
		w := values("shape", sp.Shape)
		sum, days, ok := spanOf(at.at("shape"), w, sp.Interval, errs)
		if !ok {
			return nil
		}
		// offered a day × span days × w / Σ w
		f := new(big.Rat).Mul(perDay, big.NewRat(days, 1))
		f.Quo(f, sum)
		base := make([]*big.Rat, len(w))
		for k, x := range w {
			base[k] = mul(x, f)
		}
		return base
	default:
		errs.add(at.err("contacts", ErrNotSet, "set the baseline's contacts per interval, or a shape"))
	}
	return nil
}

// spanOf checks that a profile's values cover a whole day or week of
// intervals of iv and add up to more than 0, and returns their sum and the
// span's days.
func spanOf(at loc, xs []*big.Rat, iv time.Duration, errs *errList) (*big.Rat, int64, bool) {
	if len(*errs) > 0 || iv == 0 {
		return nil, 0, false
	}
	span := time.Duration(len(xs)) * iv
	if span != 24*time.Hour && span != 7*24*time.Hour {
		errs.add(at.err("", ErrInvalid, strconv.Itoa(len(xs))+" intervals of "+iv.String()+" are "+span.String()+": a profile covers a day or a week"))
		return nil, 0, false
	}
	sum := new(big.Rat)
	for _, x := range xs {
		sum.Add(sum, x)
	}
	if sum.Sign() == 0 {
		errs.add(at.err("", ErrInvalid, "every interval has no contacts: nothing to staff"))
		return nil, 0, false
	}
	return sum, int64(span / (24 * time.Hour)), true
}

// staffed staffs a channel's intervals on the volumes sv of a period of
// days days: the baseline's contacts per interval scaled by sv's offered
// contacts a day over the model's, at sv's handle time (handle minutes
// over handled contacts). Profiles are kept by volumes, so the baseline is
// staffed once; work counts what a new one costs.
func (pl *staffPlan) staffed(sv stateVol, days int, work *int64) (erlang.Profile, error) {
	offered, handled, h := offeredOf(&sv), sv.fig[MeasureContacts], sv.fig[MeasureHandleMinutes]
	key := offered.RatString() + " " + handled.RatString() + " " + h.RatString() + " " + strconv.Itoa(days)
	if p, ok := pl.profiles[key]; ok {
		return p, nil
	}
	empty := erlang.Profile{Interval: pl.queue.Interval, Intervals: make([]erlang.Result, len(pl.base))}
	// AHT = handle minutes × 60 / handled contacts, to the nanosecond.
	var aht float64
	if handled.Sign() > 0 {
		ns := new(big.Rat).Mul(h, big.NewRat(int64(time.Minute), 1))
		aht, _ = ns.Quo(ns, handled).Float64()
	}
	if aht >= float64(maxAHT) {
		return erlang.Profile{}, pl.at.err("channel", ErrTooLarge, "the average handle time (handle minutes / contacts) is above "+maxAHT.String())
	}
	q := pl.queue
	q.AHT = time.Duration(aht + 0.5)
	if q.AHT <= 0 || offered.Sign() == 0 {
		pl.profiles[key] = empty // no work reaches the agents
		return empty, nil
	}
	// scale = (offered / days) / (the model's offered / its days)
	scale := new(big.Rat).Quo(offered, pl.perDay)
	scale.Quo(scale, big.NewRat(int64(days), 1))
	contacts := make([]float64, len(pl.base))
	load := 0.0
	list := "contacts"
	if pl.shaped {
		list = "shape"
	}
	for k, x := range pl.base {
		contacts[k], _ = mul(x, scale).Float64()
		a := contacts[k] * q.AHT.Seconds() / q.Interval.Seconds()
		if a > erlang.MaxLoad {
			return erlang.Profile{}, pl.at.at(list).index(k).err("", ErrTooLarge, "a load of "+fmtRat(new(big.Rat).SetFloat64(a))+
				" Erlangs (the interval's contacts at the scenario's volumes) is above erlang.MaxLoad ("+strconv.Itoa(erlang.MaxLoad)+")")
		}
		load += a
	}
	if load > erlang.MaxProfileLoad {
		return erlang.Profile{}, pl.at.at(list).err("", ErrTooLarge, "the intervals' loads add up to "+fmtRat(new(big.Rat).SetFloat64(load))+
			" Erlangs, above erlang.MaxProfileLoad ("+strconv.Itoa(erlang.MaxProfileLoad)+")")
	}
	// What staffing it will cost, counted before it is done: 1 + an eighth
	// of the intervals + the agents (about the load) over 2000, and 2 an
	// interval under Erlang A (about 60 µs each).
	cost := 1 + int64(len(pl.base))/8 + int64(min(load, 1e12))/2_000
	if q.Patience > 0 {
		cost += 2 * int64(len(pl.base))
	}
	if *work+cost > maxWork {
		return erlang.Profile{}, pl.at.err("", ErrTooLarge, "staffing "+strconv.Itoa(len(pl.base))+" intervals of about "+
			fmtRat(new(big.Rat).SetFloat64(load/float64(len(pl.base))))+" Erlangs would pass the estimate's bound on work ("+
			strconv.Itoa(maxWork)+" units): use fewer or longer intervals, shorter rollouts, or fewer levers or ranges")
	}
	*work += cost
	p, err := q.Profile(contacts, pl.targets)
	if err != nil {
		return erlang.Profile{}, pl.erlangErr(err)
	}
	pl.profiles[key] = p
	return p, nil
}

// maxAHT bounds a staffed channel's average handle time: a day.
const maxAHT = 24 * time.Hour

// erlangErr turns package erlang's errors into the scenario's: at the
// profile's field, with the package's sentinel where it has one
// (ErrInvalid, ErrNotSet, ErrTooLarge) and erlang's otherwise
// (erlang.ErrOverloaded, erlang.ErrUnreachable), so errors.Is matches.
func (pl *staffPlan) erlangErr(err error) error {
	var errs errList
	var walk func(err error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var ie *erlang.InputError
		if !errors.As(err, &ie) {
			errs.add(pl.at.err("", ErrInvalid, err.Error()))
			return
		}
		field, detail := ie.Field, ie.Detail
		if k, ok := strings.CutPrefix(field, "contacts["); ok {
			// An interval: the profile's contacts, or its shape.
			list := "contacts"
			if pl.shaped {
				list = "shape"
			}
			field = list + "[" + k
			detail += " (the interval's contacts at the scenario's volumes)"
		} else if field == "contacts" || field == "aht" {
			field = "channel"
		}
		sentinel := map[error]error{erlang.ErrInvalid: ErrInvalid, erlang.ErrNotSet: ErrNotSet, erlang.ErrTooLarge: ErrTooLarge}[ie.Err]
		if sentinel == nil {
			sentinel = ie.Err
		}
		errs.add(pl.at.err(field, sentinel, detail))
	}
	walk(err)
	return errs.join()
}

// staffFactors returns, per channel of the state, the factor its agents
// moved by from baseline bl's staffing (nil: not staffed, unchanged), and
// records the first staffing error in e.
func (e *estimator) staffFactors(bl *baseline, st *state) []*big.Rat {
	out := make([]*big.Rat, len(st.vols))
	for _, pl := range e.staff {
		if pl.j >= len(st.vols) || st.vols[pl.j] == nil {
			continue
		}
		if pl.j >= len(bl.c.r.pos) || bl.c.r.pos[pl.j] < 0 {
			continue // no volume in this baseline (a month of the seasons)
		}
		k := bl.c.r.pos[pl.j] // its place among the baseline's volumes
		days := bl.c.r.vs.period.Days()
		before, err := pl.staffed(bl.volumes[k], days, &e.work)
		if err == nil {
			var after erlang.Profile
			if after, err = pl.staffed(*st.vols[pl.j], days, &e.work); err == nil {
				out[pl.j] = agentFactor(before, after)
			}
		}
		if err != nil && e.staffErr == nil {
			e.staffErr = err
		}
	}
	return out
}

// agentFactor returns how a channel's agents moved: Σ agents after over Σ
// agents before; nil when before needs none (the channel is left as it
// was).
func agentFactor(before, after erlang.Profile) *big.Rat {
	b := before.AgentIntervals()
	if b == 0 {
		return nil
	}
	return big.NewRat(int64(after.AgentIntervals()), int64(b))
}

// staffed returns st with each staffed channel's agent hours and FTE
// moved by its factor (a copy; st is not changed).
func staffedState(st *state, factors []*big.Rat) *state {
	c := *st
	c.vols = make([]*stateVol, len(st.vols))
	copy(c.vols, st.vols)
	for j, f := range factors {
		if f == nil || c.vols[j] == nil {
			continue
		}
		sv := *c.vols[j]
		sv.staffBy(f)
		c.vols[j] = &sv
	}
	return &c
}

// staffedFactor returns a labour line's factor under queueing labour: the
// staffing factors of its channels, weighted by the baseline's figure the
// line varies with (a channel without a profile keeps its agents: 1).
func (r *run) staffedFactor(lp *linePlan) (Ratio, bool) {
	chs, err := r.channelsOf(lp)
	if err != nil {
		return Ratio{}, false
	}
	num, den := new(big.Rat), new(big.Rat)
	for _, c := range chs {
		if !r.ref.present(c) {
			continue
		}
		w := r.ref.vols[c].exact[lp.cost.VariesWith].rat()
		den.Add(den, w)
		if c < len(r.staffing) && r.staffing[c] != nil {
			w = mul(w, r.staffing[c])
		}
		num.Add(num, w)
	}
	if den.Sign() == 0 {
		return Ratio{}, false
	}
	return ratioOfRat(num.Quo(num, den)), true
}

// staffingResult works out each staffed channel's figures for the final
// state st, next to the same levers' final state under proportional
// labour, prop.
func (e *estimator) staffingResult(st, prop *state) ([]ChannelStaffing, error) {
	bl := e.period
	pol := bl.c.r.p.pol
	out := make([]ChannelStaffing, 0, len(e.staff))
	for _, pl := range e.staff {
		k := bl.c.r.pos[pl.j]
		days := bl.c.r.vs.period.Days()
		pb, err := pl.staffed(bl.volumes[k], days, &e.work)
		if err != nil {
			return nil, err
		}
		pa, err := pl.staffed(*st.vols[pl.j], days, &e.work)
		if err != nil {
			return nil, err
		}
		cs := ChannelStaffing{Channel: bl.c.r.p.chans.names[pl.j], Interval: pl.queue.Interval, Before: agents(pb), After: agents(pa)}
		factor := agentFactor(pb, pa)
		if factor == nil {
			factor = ratOne
		}
		cs.Factor = ratioOfRat(factor)
		if fte := bl.volumes[k].fig[MeasureFTE]; fte.Sign() != 0 {
			cs.FTEBefore = ratioOfRat(fte)
			cs.FTESaved = ratioOfRat(mul(fte, sub(ratOne, factor)))
			if pl.j < len(prop.vols) && prop.vols[pl.j] != nil {
				cs.FTEProportional = ratioOfRat(sub(fte, prop.vols[pl.j].fig[MeasureFTE]))
			}
		}
		labour, propSaved := e.labourShare(pl.j, prop)
		money := func(x *big.Rat) decimal.Decimal { return pol.money(pol.book(ratioOfRat(x))) }
		cs.Labour = money(labour)
		cs.Saved = money(mul(labour, sub(ratOne, factor)))
		cs.Proportional = money(propSaved)
		out = append(out, cs)
	}
	return out, nil
}

// labourShare returns channel j's share of the model's variable labour
// lines, each line shared by the baseline's figure it varies with on its
// channels, and what those lines save on j under proportional labour
// (prop: the levers' final state under it): Σ amount × (w_j − w'_j) / Σ w.
func (e *estimator) labourShare(j int, prop *state) (share, saved *big.Rat) {
	bl := e.period
	share, saved = new(big.Rat), new(big.Rat)
	for i := range bl.c.r.p.lines {
		lp := &bl.c.r.p.lines[i]
		x := bl.lines[i].exact
		if !isLabour(lp.cost.Category) || lp.cost.VariesWith == 0 || !x.IsDefined() || x.Sign() == 0 {
			continue
		}
		chs, err := bl.c.r.channelsOf(lp)
		if err != nil || !slices.Contains(chs, j) {
			continue
		}
		m := lp.cost.VariesWith
		den := new(big.Rat)
		for _, c := range chs {
			den.Add(den, bl.c.r.vs.vols[c].exact[m].rat())
		}
		if den.Sign() == 0 {
			continue
		}
		w := bl.c.r.vs.vols[j].exact[m].rat()
		amt := x.rat()
		share.Add(share, new(big.Rat).Quo(mul(amt, w), den))
		if j < len(prop.vols) && prop.vols[j] != nil {
			d := sub(w, prop.vols[j].fig[m])
			saved.Add(saved, new(big.Rat).Quo(mul(amt, d), den))
		}
	}
	return share, saved
}
