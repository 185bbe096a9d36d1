package contactcost

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/contactcost/contactcost/erlang"
	"github.com/shopspring/decimal"
)

// The JSON form of staffing, in a scenario:
//
//	"staffing": [{
//	  "channel": "voice",
//	  "interval_minutes": 30,
//	  "contacts": ["30", "60", ...],       (or "shape": [...])
//	  "patience_seconds": "90",            (optional: Erlang A)
//	  "concurrency": 1,                    (optional)
//	  "targets": {"service_level": 0.8, "threshold_seconds": "20",
//	              "over_answered": false, "asa_seconds": "30",
//	              "max_occupancy": 0.85, "max_abandon": 0.05}
//	}]
//
// and in an estimate, "staffing": [{"channel", "interval_minutes",
// "before": [agents], "after": [agents], "factor": "33/37",
// "fte_before", "fte_saved", "fte_proportional" (exact ratios, null when
// undefined),
// "labour", "saved", "proportional" (money)}], each lever's "agents":
// [{"channel", "agents": [agents]}]. Durations are seconds (whole
// nanoseconds); the targets' shares are JSON numbers of at most 30
// decimal places, read as the float64 nearest the decimal written.

// maxJSONSeconds bounds a duration in the JSON form: a year.
const maxJSONSeconds = 366 * 24 * 3600

// seconds writes a duration in seconds, refusing one the reader refuses
// (negative, or above a year).
func (w *jsonWriter) seconds(l loc, key string, d time.Duration) {
	w.key(key)
	if d < 0 || d > maxJSONSeconds*time.Second {
		w.fail(l.at(key).err("", ErrOutOfRange, d.String()+" (want 0 to a year)"))
	}
	w.num(l.at(key), decimal.New(int64(d), -9))
}

// share writes a target's share as a JSON number, in the shortest decimal
// that reads back as it.
func (w *jsonWriter) share(l loc, key string, x float64) {
	w.key(key)
	text := strconv.FormatFloat(x, 'f', -1, 64)
	_, frac, _ := strings.Cut(text, ".")
	if math.IsNaN(x) || x < 0 || x > 1 || len(frac) > 30 {
		w.fail(l.at(key).err("", ErrOutOfRange, strconv.FormatFloat(x, 'g', -1, 64)+" (want a share from 0 to 1, at most 30 decimal places)"))
		w.raw("0")
		return
	}
	w.raw(text)
}

func (w *jsonWriter) ints(l loc, xs []int) {
	w.tooMany(l, len(xs), erlang.MaxIntervals)
	w.open('[')
	for k, x := range xs {
		if x < 0 || x > erlang.MaxAgents {
			w.fail(l.index(k).err("", ErrOutOfRange, strconv.Itoa(x)+" agents (want 0 to "+strconv.Itoa(erlang.MaxAgents)+")"))
		}
		w.sep()
		w.b = strconv.AppendInt(w.b, int64(x), 10)
	}
	w.close(']')
}

func (w *jsonWriter) staffingProfile(l loc, sp *StaffingProfile) {
	w.open('{')
	w.field("channel", string(sp.Channel))
	w.key("interval_minutes")
	if sp.Interval%time.Minute != 0 || sp.Interval < 0 || sp.Interval > 24*time.Hour {
		w.fail(l.at("interval_minutes").err("", ErrInvalid, "not a whole number of minutes up to a day: "+sp.Interval.String()))
	}
	w.raw(strconv.FormatInt(int64(sp.Interval/time.Minute), 10))
	nums := func(key string, xs []decimal.Decimal) {
		if len(xs) == 0 {
			return
		}
		w.key(key)
		w.tooMany(l.at(key), len(xs), erlang.MaxIntervals)
		w.open('[')
		for k, x := range xs {
			w.num(l.at(key).index(k), x)
		}
		w.close(']')
	}
	nums("contacts", sp.Contacts)
	nums("shape", sp.Shape)
	if sp.Patience != 0 {
		w.seconds(l, "patience_seconds", sp.Patience)
	}
	if sp.Concurrency != 0 {
		w.key("concurrency")
		if sp.Concurrency < 0 || sp.Concurrency > erlang.MaxConcurrency {
			w.fail(l.at("concurrency").err("", ErrOutOfRange, strconv.Itoa(sp.Concurrency)+" (want 0 to "+strconv.Itoa(erlang.MaxConcurrency)+")"))
		}
		w.raw(strconv.Itoa(sp.Concurrency))
	}
	w.key("targets")
	w.targets(l.at("targets"), sp.Targets)
	w.close('}')
}

func (w *jsonWriter) targets(l loc, t erlang.Targets) {
	w.open('{')
	if t.ServiceLevel != 0 {
		w.share(l, "service_level", t.ServiceLevel)
	}
	if t.Threshold != 0 {
		w.seconds(l, "threshold_seconds", t.Threshold)
	}
	if t.OverAnswered {
		w.key("over_answered")
		w.raw("true")
	}
	if t.ASA != 0 {
		w.seconds(l, "asa_seconds", t.ASA)
	}
	if t.MaxOccupancy != 0 {
		w.share(l, "max_occupancy", t.MaxOccupancy)
	}
	if t.MaxAbandon != 0 {
		w.share(l, "max_abandon", t.MaxAbandon)
	}
	w.close('}')
}

func (w *jsonWriter) channelStaffing(l loc, cs *ChannelStaffing, p savingsJSONPlaces) {
	w.open('{')
	w.field("channel", string(cs.Channel))
	w.key("interval_minutes")
	if cs.Interval%time.Minute != 0 || cs.Interval < 0 || cs.Interval > 24*time.Hour {
		w.fail(l.at("interval_minutes").err("", ErrInvalid, "not a whole number of minutes up to a day: "+cs.Interval.String()))
	}
	w.raw(strconv.FormatInt(int64(cs.Interval/time.Minute), 10))
	w.key("before")
	w.ints(l.at("before"), cs.Before)
	w.key("after")
	w.ints(l.at("after"), cs.After)
	w.exactRatio(l, "factor", cs.Factor)
	w.exactRatio(l, "fte_before", cs.FTEBefore)
	w.exactRatio(l, "fte_saved", cs.FTESaved)
	w.exactRatio(l, "fte_proportional", cs.FTEProportional)
	w.money(l, "labour", cs.Labour, p)
	w.money(l, "saved", cs.Saved, p)
	w.money(l, "proportional", cs.Proportional, p)
	w.close('}')
}

func (w *jsonWriter) channelAgents(l loc, ca *ChannelAgents) {
	w.open('{')
	w.field("channel", string(ca.Channel))
	w.key("agents")
	w.ints(l.at("agents"), ca.Agents)
	w.close('}')
}

// seconds reads a duration in seconds: not negative, at most a year, in
// whole nanoseconds.
func (j *jsonScenarioReader) seconds(l loc) time.Duration {
	line, col := j.r.Pos()
	d := j.number(l)
	if d.Sign() < 0 || d.GreaterThan(decimal.NewFromInt(maxJSONSeconds)) || d.Exponent() < -9 {
		j.problem(l, line, col, ErrOutOfRange, d.String()+" (want seconds from 0 to "+strconv.Itoa(maxJSONSeconds)+", to the nanosecond)")
		return 0
	}
	return time.Duration(d.Shift(9).IntPart())
}

// share reads a target's share: a number from 0 to 1, as the float64
// nearest the decimal written.
func (j *jsonScenarioReader) share(l loc) float64 {
	line, col := j.r.Pos()
	d := j.number(l)
	if d.Sign() < 0 || d.GreaterThan(decimal.NewFromInt(1)) || d.Exponent() < -30 {
		j.problem(l, line, col, ErrOutOfRange, d.String()+" (want a share from 0 to 1, at most 30 decimal places)")
		return 0
	}
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

func (j *jsonScenarioReader) ints(l loc) []int {
	var out []int
	j.array(l, erlang.MaxIntervals, func(_ int, at loc) { out = append(out, j.integer(at, erlang.MaxAgents)) })
	return out
}

func (j *jsonScenarioReader) staffingProfile(l loc) StaffingProfile {
	var sp StaffingProfile
	nums := func(out *[]decimal.Decimal) func(l loc) {
		return func(l loc) {
			j.array(l, erlang.MaxIntervals, func(_ int, at loc) { *out = append(*out, j.number(at)) })
		}
	}
	j.object(l,
		req("channel", func(l loc) { sp.Channel = Channel(j.label(l)) }),
		req("interval_minutes", func(l loc) { sp.Interval = time.Duration(j.integer(l, 24*60)) * time.Minute }),
		opt("contacts", nums(&sp.Contacts)),
		opt("shape", nums(&sp.Shape)),
		opt("patience_seconds", func(l loc) { sp.Patience = j.seconds(l) }),
		opt("concurrency", func(l loc) { sp.Concurrency = j.integer(l, erlang.MaxConcurrency) }),
		req("targets", func(l loc) { sp.Targets = j.targets(l) }),
	)
	return sp
}

func (j *jsonScenarioReader) targets(l loc) erlang.Targets {
	var t erlang.Targets
	j.object(l,
		opt("service_level", func(l loc) { t.ServiceLevel = j.share(l) }),
		opt("threshold_seconds", func(l loc) { t.Threshold = j.seconds(l) }),
		opt("over_answered", func(l loc) { t.OverAnswered = j.boolean(l) }),
		opt("asa_seconds", func(l loc) { t.ASA = j.seconds(l) }),
		opt("max_occupancy", func(l loc) { t.MaxOccupancy = j.share(l) }),
		opt("max_abandon", func(l loc) { t.MaxAbandon = j.share(l) }),
	)
	return t
}

func (j *jsonScenarioReader) channelStaffing(l loc) ChannelStaffing {
	var cs ChannelStaffing
	j.object(l,
		req("channel", func(l loc) { cs.Channel = Channel(j.label(l)) }),
		req("interval_minutes", func(l loc) { cs.Interval = time.Duration(j.integer(l, 24*60)) * time.Minute }),
		req("before", func(l loc) { cs.Before = j.ints(l) }),
		req("after", func(l loc) { cs.After = j.ints(l) }),
		req("factor", func(l loc) { cs.Factor = j.ratio(l) }),
		req("fte_before", func(l loc) { cs.FTEBefore = j.ratio(l) }),
		req("fte_saved", func(l loc) { cs.FTESaved = j.ratio(l) }),
		req("fte_proportional", func(l loc) { cs.FTEProportional = j.ratio(l) }),
		req("labour", func(l loc) { cs.Labour = j.number(l) }),
		req("saved", func(l loc) { cs.Saved = j.number(l) }),
		req("proportional", func(l loc) { cs.Proportional = j.number(l) }),
	)
	return cs
}

func (j *jsonScenarioReader) channelAgents(l loc) ChannelAgents {
	var ca ChannelAgents
	j.object(l,
		req("channel", func(l loc) { ca.Channel = Channel(j.label(l)) }),
		req("agents", func(l loc) { ca.Agents = j.ints(l) }),
	)
	return ca
}

// checkStaffing refuses a decoded estimate's staffing that contradicts
// itself: staffing without queueing labour, before and after of
// different lengths, a factor that is not Σ after / Σ before, FTE saved
// that is not FTE before × (1 − factor).
func checkStaffing(s *Savings) error {
	var errs errList
	at := loc{path: "staffing"}
	if len(s.Staffing) > 0 && s.Labour != LabourQueueing {
		errs.add(at.err("", ErrConflict, "staffing results with labour "+quote(s.Labour.String())))
	}
	for i, cs := range s.Staffing {
		l := at.index(i).named(string(cs.Channel))
		if len(cs.Before) != len(cs.After) {
			errs.add(l.err("after", ErrConflict, strconv.Itoa(len(cs.After))+" intervals after, "+strconv.Itoa(len(cs.Before))+" before"))
			continue
		}
		b, a := 0, 0
		for k := range cs.Before {
			b, a = b+cs.Before[k], a+cs.After[k]
		}
		want := big.NewRat(1, 1)
		if b > 0 {
			want = big.NewRat(int64(a), int64(b))
		}
		if !cs.Factor.IsDefined() || cs.Factor.rat().Cmp(want) != 0 {
			errs.add(l.err("factor", ErrConflict, cs.Factor.String()+" is not Σ after / Σ before = "+ratioOfRat(want).String()))
			continue
		}
		if cs.FTEBefore.IsDefined() != cs.FTESaved.IsDefined() ||
			cs.FTEBefore.IsDefined() && mul(cs.FTEBefore.rat(), sub(ratOne, want)).Cmp(cs.FTESaved.rat()) != 0 {
			errs.add(l.err("fte_saved", ErrConflict, cs.FTESaved.String()+" is not fte_before × (1 − factor)"))
		}
	}
	return errs.join()
}
