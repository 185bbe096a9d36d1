package erlang

import (
	"math"
	"math/big"
	"testing"
)

// eaRel is |got − want| / |want|, or |got| when want is 0.
func eaRel(got, want float64) float64 {
	if want == 0 {
		return math.Abs(got)
	}
	return math.Abs(got-want) / math.Abs(want)
}

// eaExact holds Erlang A's measures worked out from the birth–death chain
// in big floats, independently of erlangA's integrals.
type eaExact struct {
	wait, abandon, asa float64
	sl                 []float64 // service level at each threshold asked for
}

// eaChain works out M/M/s+M from its chain, in prec-bit floats:
//
//	π_j ∝ a^j/j! (j ≤ s),  π_{s+k} = π_{s+k−1}·a/(s + kθ)  (k ≥ 1),
//
// summed until the ratio a/(s + kθ) is at most 1/2 and the last term is
// below 2^−200 of the sum (the rest is then below the last term: a
// geometric tail of ratio ≤ 1/2). Then
//
//	P(wait) = Σ_{k≥0} π_{s+k}           (PASTA)
//	P(abandon) = θ·Σ_k k·π_{s+k} / a    (abandonment rate over arrival rate)
//
// A caller finding k waiting is answered with probability
// Π_{i=0..k} (s+iθ)/(s+(i+1)θ) = s/(s+(k+1)θ) after the sum of independent
// Exp(r_i), r_i = s + (i+1)θ, i = 0..k (the phases in which i are ahead
// of it). So
//
//	E[wait; answered] = Σ_k π_{s+k}·s/r_k·Σ_{i≤k} 1/r_i,   ASA = that / (1 − P(abandon))
//
// and, when ts is not empty, the hypoexponential distribution (distinct
// rates, r_j − r_i = (j−i)θ) gives the service level
//
//	P(Σ_{i≤k} Exp(r_i) ≤ t) = 1 − Σ_{i≤k} C_i·e^{−r_i t},   C_i = Π_{j≠i} r_j/(r_j − r_i)
//	SL(t) = (1 − P(wait)) + Σ_k π_{s+k}·s/r_k·P(Σ_{i≤k} Exp(r_i) ≤ t)
//
// The C_i alternate in sign and grow like binomial coefficients, so the
// service level needs many more bits than its 53 (ts asks for prec ≥
// 1024; the test checks a second precision agrees).
func eaChain(s int, a, theta float64, ts []float64, prec uint) eaExact {
	nf := func(x float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(x) }
	A, th, sf := nf(a), nf(theta), nf(float64(s))
	below, term := nf(0), nf(1) // Σ_{j<s} a^j/j!, and a^j/j!
	for j := 1; j <= s; j++ {
		below.Add(below, term)
		term.Mul(term, A)
		term.Quo(term, nf(float64(j)))
	}
	q := []*big.Float{term}    // π_{s+k}, not yet normalised
	rates := []*big.Float{nil} // rates[k] = s + kθ
	total := new(big.Float).Add(below, term)
	tiny := new(big.Float).SetMantExp(nf(1), -200)
	half := nf(0.5)
	for k := 1; ; k++ {
		r := nf(float64(k))
		r.Mul(r, th).Add(r, sf)
		ratio := new(big.Float).Quo(A, r)
		next := new(big.Float).Mul(q[k-1], ratio)
		q = append(q, next)
		rates = append(rates, r)
		total.Add(total, next)
		if ratio.Cmp(half) <= 0 && next.Cmp(new(big.Float).Mul(tiny, total)) <= 0 {
			break
		}
	}
	rates = append(rates, new(big.Float).Add(rates[len(rates)-1], th))
	wait, eq := nf(0), nf(0)
	for k := range q {
		q[k].Quo(q[k], total)
		wait.Add(wait, q[k])
		eq.Add(eq, new(big.Float).Mul(nf(float64(k)), q[k]))
	}
	abandon := eq.Mul(eq, th)
	abandon.Quo(abandon, A)

	// r_i = s + (i+1)θ = rates[i+1]. pa_k = s/r_k is P(answered | k ahead).
	ew, meanWait := nf(0), nf(0)
	pa := make([]*big.Float, len(q))
	for k := range q {
		meanWait.Add(meanWait, new(big.Float).Quo(nf(1), rates[k+1]))
		pa[k] = new(big.Float).Quo(sf, rates[k+1])
		x := new(big.Float).Mul(q[k], pa[k])
		ew.Add(ew, x.Mul(x, meanWait))
	}
	answered := new(big.Float).Sub(nf(1), abandon)
	out := eaExact{wait: eaFloat(wait), abandon: eaFloat(abandon), asa: eaFloat(ew.Quo(ew, answered))}
	if len(ts) == 0 {
		return out
	}

	// e^{−r_i t} = e^{−(s+θ)t}·(e^{−θt})^i.
	ex := make([][]*big.Float, len(ts))
	for n, t := range ts {
		e1 := eaExp(new(big.Float).Neg(new(big.Float).Mul(rates[1], nf(t))))
		x := eaExp(new(big.Float).Neg(new(big.Float).Mul(th, nf(t))))
		ex[n] = make([]*big.Float, len(q))
		for i := range q {
			ex[n][i] = new(big.Float).Set(e1)
			e1.Mul(e1, x)
		}
	}
	within := make([]*big.Float, len(ts)) // P(wait, answered within t)
	for n := range ts {
		within[n] = nf(0)
	}
	var c []*big.Float // C_i for the current k
	for k := range q {
		rk := rates[k+1]
		// From k−1 phases to k: C_i gains the factor r_k/(r_k − r_i) =
		// r_k/((k−i)θ); C_k = Π_{j<k} r_j/(r_j − r_k) is new.
		for i := range c {
			d := nf(float64(k - i))
			c[i].Mul(c[i], rk).Quo(c[i], d.Mul(d, th))
		}
		ck := nf(1)
		for j := range k {
			d := nf(float64(j - k))
			ck.Mul(ck, rates[j+1]).Quo(ck, d.Mul(d, th))
		}
		c = append(c, ck)
		w := new(big.Float).Mul(q[k], pa[k])
		for n := range ts {
			cdf := nf(1)
			for i := range c {
				cdf.Sub(cdf, new(big.Float).Mul(c[i], ex[n][i]))
			}
			within[n].Add(within[n], cdf.Mul(cdf, w))
		}
	}
	notWait := new(big.Float).Sub(nf(1), wait)
	for n := range ts {
		out.sl = append(out.sl, eaFloat(within[n].Add(within[n], notWait)))
	}
	return out
}

func eaFloat(x *big.Float) float64 { f, _ := x.Float64(); return f }

// eaExp is e^x for a big float: halve x below 2^−8, sum the Taylor series
// to the precision (plus 64 guard bits), square back.
func eaExp(x *big.Float) *big.Float {
	prec := x.Prec() + 64
	y := new(big.Float).SetPrec(prec).Set(x)
	halvings := 0
	for y.Sign() != 0 && y.MantExp(nil) > -8 {
		y.SetMantExp(y, -1)
		halvings++
	}
	sum := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	for i := 1; term.Sign() != 0 && term.MantExp(nil) > sum.MantExp(nil)-int(prec)-2; i++ {
		term.Mul(term, y)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(int64(i)))
		sum.Add(sum, term)
	}
	for range halvings {
		sum.Mul(sum, sum)
	}
	return sum.SetPrec(x.Prec())
}

// TestErlangAChain: wait, abandonment and ASA against the chain summed in
// 256-bit floats, s = 1..6, loads from 0.1 to 20 Erlangs (under- and
// overloaded), θ from 0.01 (patience 100 AHTs: thousands of queue states)
// to 50. b is the package's own Erlang B (what measure passes).
func TestErlangAChain(t *testing.T) {
	worst := [3]float64{}
	for s := 1; s <= 6; s++ {
		for _, a := range []float64{0.1, 0.9, 2.5, 7, 20} {
			b := blocking(s, a)
			for _, theta := range []float64{0.01, 0.3, 1, 3, 50} {
				want := eaChain(s, a, theta, nil, 256)
				got := erlangA(s, a, b, theta, 0)
				errs := [3]float64{eaRel(got.wait, want.wait), eaRel(got.abandon, want.abandon), eaRel(got.asa, want.asa)}
				for i, e := range errs {
					worst[i] = max(worst[i], e)
				}
				if errs[0] > 1e-12 || errs[1] > 1e-12 || errs[2] > 1e-12 {
					t.Errorf("erlangA(%d, %v, b, %v) = wait %.17g abandon %.17g asa %.17g; chain %.17g %.17g %.17g",
						s, a, theta, got.wait, got.abandon, got.asa, want.wait, want.abandon, want.asa)
				}
			}
		}
	}
	t.Logf("largest relative errors: wait %.2g, abandon %.2g, asa %.2g", worst[0], worst[1], worst[2])
}

// TestErlangAServiceLevel: the service level against the hypoexponential
// sum over the chain in 1024-bit floats (see eaChain), to 1e-12 absolute.
// The first case is also summed at 1536 bits: the two agree to 1e-40, so
// the cancellation in Σ C_i·e^{−r_i t} is under control at 1024.
func TestErlangAServiceLevel(t *testing.T) {
	ts := []float64{0.01, 0.25, 1, 3}
	lo := eaChain(1, 8, 0.2, ts, 1024)
	hi := eaChain(1, 8, 0.2, ts, 1536)
	for i := range ts {
		if math.Abs(lo.sl[i]-hi.sl[i]) > 1e-40 {
			t.Fatalf("chain SL at t = %v: %.20g at 1024 bits, %.20g at 1536", ts[i], lo.sl[i], hi.sl[i])
		}
	}
	worst := 0.0
	for _, s := range []int{1, 2, 4, 6} {
		for _, a := range []float64{0.5, 3, 8} {
			b := blocking(s, a)
			for _, theta := range []float64{0.2, 1, 5} {
				want := eaChain(s, a, theta, ts, 1024)
				for i, tt := range ts {
					got := erlangA(s, a, b, theta, tt).slOffered
					e := math.Abs(got - want.sl[i])
					worst = max(worst, e)
					if e > 1e-12 {
						t.Errorf("erlangA(%d, %v, b, %v, %v).slOffered = %.17g; chain %.17g", s, a, theta, tt, got, want.sl[i])
					}
				}
			}
		}
	}
	t.Logf("largest absolute error of the service level: %.2g", worst)
}

// TestErlangAWorked checks two cases worked by hand. With θ = 1 (patience
// = AHT) a waiting caller leaves at the rate a server finishes, so the
// death rate in state j is j for every j and the number in system is
// Poisson(a): π_j = e^{−a}·a^j/j!.
//
// s = 1, a = 1:
//
//	P(wait) = 1 − π_0 = 1 − e^{−1} = 0.63212055882855767840
//	E[queue] = E[(N − 1)^+] = E[N] − 1 + π_0 = e^{−1}, P(abandon) = θ·E[queue]/a = e^{−1} = 0.36787944117144232160
//	answered waits have density π_s·s·e^{−(s+θ)w}·e^{(a/θ)(1−e^{−θw})} = e^{−2w − e^{−w}};
//	with z = e^{−w}: ∫_0^t = ∫_x^1 z·e^{−z} dz = (1+x)e^{−x} − 2e^{−1}, x = e^{−t}
//	SL(1) = e^{−1} + (1+x)e^{−x} − 2e^{−1} = 1.36787944117·0.69220062756 − 0.36787944117 = 0.57896756642748652809
//	E[wait; answered] = ∫_0^1 (−ln z)·z·e^{−z} dz = (by parts) ∫_0^1 (1 − (1+z)e^{−z})/z dz
//	  = Ein(1) − (1 − e^{−1}), Ein(1) = Σ_{n≥1} (−1)^{n+1}/(n·n!) = 1 − 1/4 + 1/18 − 1/96 + 1/600 − … = 0.79659959929705313428
//	  = 0.16447904046849545588;  ASA = that / (1 − e^{−1}) = 0.26020201078937711420
//
// s = 2, a = 2:
//
//	P(wait) = 1 − π_0 − π_1 = 1 − 3e^{−2} = 0.59399415029016192432
//	E[(N − 2)^+] = E[N] − 2 + 2π_0 + π_1 = 4e^{−2}, P(abandon) = 4e^{−2}/2 = 0.27067056647322538379
//	density 2e^{−2}·2·e^{−3w}·e^{2(1−e^{−w})} = 4e^{−3w − 2e^{−w}}; ∫_0^t = 4∫_x^1 z²e^{−2z} dz
//	  = e^{−2x}(2x² + 2x + 1) − 5e^{−2};  t = ln 2, x = 1/2: SL = 3e^{−2} + 2.5e^{−1} − 5e^{−2}
//	  = 0.91969860292860584 − 0.27067056647322538 = 0.64902803645538042020
//	E[wait; answered] = 4∫_0^1 (−ln z) z²e^{−2z} dz = Ein(2) − (3/2 − 5e^{−2}/2),
//	  Ein(2) = 2 − 1 + 4/9 − 1/6 + 4/75 − 2/135 + … = 1.3192633561695392896
//	  = 0.15760156426107101933;  ASA = that / (1 − 2e^{−2}) = 0.21609105161019840337
func TestErlangAWorked(t *testing.T) {
	cases := []struct {
		s                      int
		a, t                   float64
		wait, abandon, sl, asa float64
	}{
		{1, 1, 1, 0.63212055882855767840, 0.36787944117144232160, 0.57896756642748652809, 0.26020201078937711420},
		{2, 2, math.Ln2, 0.59399415029016192432, 0.27067056647322538379, 0.64902803645538042020, 0.21609105161019840337},
	}
	for _, c := range cases {
		got := erlangA(c.s, c.a, blocking(c.s, c.a), 1, c.t)
		if eaRel(got.wait, c.wait) > 1e-14 || eaRel(got.abandon, c.abandon) > 1e-14 ||
			eaRel(got.slOffered, c.sl) > 1e-14 || eaRel(got.asa, c.asa) > 1e-14 {
			t.Errorf("erlangA(%d, %v, b, 1, %v) = %+v; want wait %v abandon %v SL %v ASA %v",
				c.s, c.a, c.t, got, c.wait, c.abandon, c.sl, c.asa)
		}
	}
}

// eaGrid is a spread of servers, loads (as multiples of s) and θ, small to
// the package's bounds.
func eaGrid(f func(s int, a, b, theta float64)) {
	for _, s := range []int{1, 2, 7, 50, 1000, 100_000, 1_000_000} {
		for _, ratio := range []float64{1e-3, 0.5, 0.99, 1, 1.01, 2, 10, 1000} {
			a := float64(s) * ratio
			if a > MaxLoad {
				continue
			}
			b := blocking(s, a)
			for _, theta := range []float64{1e-6, 1e-3, 0.1, 1, 10, 1e3, 1e6} {
				f(s, a, b, theta)
			}
		}
	}
}

// TestErlangAIdentities: at t = 0 the service level is 1 − P(wait) (only
// those answered at once); at t = ∞ it is everyone answered, 1 −
// P(abandon) (the answered-wait density integrates to P(wait) −
// P(abandon)); abandonment is at most the wait; the ASA is finite.
func TestErlangAIdentities(t *testing.T) {
	eaGrid(func(s int, a, b, theta float64) {
		zero := erlangA(s, a, b, theta, 0)
		inf := erlangA(s, a, b, theta, math.Inf(1))
		if math.Abs(zero.slOffered-(1-zero.wait)) > 1e-15 {
			t.Errorf("erlangA(%d, %v, b, %v, 0): SL %.17g, 1 − wait %.17g", s, a, theta, zero.slOffered, 1-zero.wait)
		}
		if math.Abs(inf.slOffered-(1-inf.abandon)) > 1e-15 {
			t.Errorf("erlangA(%d, %v, b, %v, ∞): SL %.17g, 1 − abandon %.17g", s, a, theta, inf.slOffered, 1-inf.abandon)
		}
		// t moves the service level only.
		if zero.wait != inf.wait || zero.abandon != inf.abandon || zero.asa != inf.asa || eaCheck(zero) != "" {
			t.Errorf("erlangA(%d, %v, b, %v) = %+v (t = 0), %+v (t = ∞)", s, a, theta, zero, inf)
		}
	})
}

// TestErlangAErlangCLimit: as θ → 0 (patience 1e9 AHTs) Erlang A becomes
// Erlang C: P(wait) → C = s·b/(s − a(1 − b)), SL(t) → 1 − C·e^{−(s−a)t},
// ASA → C/(s − a). The gap is of order θ·(s/(s−a))·ASA, below 1e-6 here.
func TestErlangAErlangCLimit(t *testing.T) {
	worst := 0.0
	for _, c := range []struct {
		s int
		a float64
	}{{1, 0.5}, {5, 3}, {50, 45}, {1000, 990}, {100_000, 99_000}} {
		b := blocking(c.s, c.a)
		cw := waitC(c.s, c.a, b)
		gap := float64(c.s) - c.a
		for _, tt := range []float64{0, 0.01, 0.3, 2} {
			got := erlangA(c.s, c.a, b, 1e-9, tt)
			sl := 1 - cw*math.Exp(-gap*tt)
			worst = max(worst, eaRel(got.wait, cw), math.Abs(got.slOffered-sl), eaRel(got.asa, cw/gap))
			if eaRel(got.wait, cw) > 1e-6 || math.Abs(got.slOffered-sl) > 1e-6 || eaRel(got.asa, cw/gap) > 1e-6 || got.abandon > 1e-6 {
				t.Errorf("erlangA(%d, %v, b, 1e-9, %v) = %+v; Erlang C wait %v SL %v ASA %v",
					c.s, c.a, tt, got, cw, sl, cw/gap)
			}
		}
	}
	t.Logf("largest gap to Erlang C at θ = 1e-9: %.2g", worst)
}

// TestErlangAGolden: large and extreme cases against a reference computed
// with mpmath 1.3 at 60 digits (testdata/reference/ref2.py: tanh-sinh quadrature of the raw
// e^{−(s+θ)w + (a/θ)(1−e^{−θw})} over the wait, split around its maximum,
// with the float64 inputs below taken exactly; 50 and 80 digits agree).
// b is given, as measure would pass it. Wait, abandon and ASA agree to a
// relative 1e-15; the service level when t falls in a narrow bump of
// answered waits far out (w_p = ln(a/(s+θ))/θ of 1e4 to 1.4e7 AHTs) to a
// relative 1e-12 (7e-13 seen): w_p itself is a float64 with that absolute
// error, and a change of a by one rounding unit moves the SL a hundred
// times more.
func TestErlangAGolden(t *testing.T) {
	cases := []struct {
		s                      int
		a, b, theta, t         float64
		wait, abandon, sl, asa float64
	}{
		{100_000, 99_000, 8.2257755985042428e-06, 0.01, 0.05,
			0.00082109762722641625, 8.1947169657936137e-9, 0.99999999180528303, 8.1946353282976543e-7},
		{100_000, 101_000, 0.010751611284909113, 0.01, 2,
			1, 0.009900990099009901, 0.9900990099009901, 0.9950280853168916},
		{1_000_000, 990_000, 5.4995431265267412e-26, 1e-6, 0.01,
			5.4995430720812659e-24, 5.4995429626403639e-34, 1, 5.4995429620904099e-28},
		{990_000, 1_000_000, 0.010097111955958757, 1e-6, 10050,
			1, 0.01, 0.3654346216754711, 10050.335852996391},
		{100, 1000, 0.90011083784066237, 0.001, 2302,
			1, 0.9, 0.042742538587980921, 2302.580093002379},
		{1, 1_000_000, 0.99999900000099995, 1e-6, 13815510,
			1, 0.999999, 5.0004336591413996e-7, 13815510.057964358},
		{1, 1_000_000, 0.99999900000099995, 1e6, 1e-6,
			0.99999963212040109, 0.99999900000036786, 6.9220077216478649e-7, 7.9659845142896672e-7},
		{5000, 4900, 0.0022157679024972436, 0.5, 0.1,
			0.085796809523528532, 0.0003206369997042842, 0.99967936299288041, 0.00063929364934409489},
	}
	var worst [4]float64
	for _, c := range cases {
		got := erlangA(c.s, c.a, c.b, c.theta, c.t)
		for i, e := range []float64{eaRel(got.wait, c.wait), eaRel(got.abandon, c.abandon), eaRel(got.slOffered, c.sl), eaRel(got.asa, c.asa)} {
			worst[i] = max(worst[i], e)
		}
		if eaRel(got.wait, c.wait) > 1e-14 || eaRel(got.abandon, c.abandon) > 1e-14 ||
			eaRel(got.slOffered, c.sl) > 1e-12 || eaRel(got.asa, c.asa) > 1e-14 {
			t.Errorf("erlangA(%d, %v, %v, %v, %v) = %+v; want wait %v abandon %v SL %v ASA %v (rel. errors %.2g %.2g %.2g %.2g)",
				c.s, c.a, c.b, c.theta, c.t, got, c.wait, c.abandon, c.sl, c.asa,
				eaRel(got.wait, c.wait), eaRel(got.abandon, c.abandon), eaRel(got.slOffered, c.sl), eaRel(got.asa, c.asa))
		}
	}
	t.Logf("largest relative errors: wait %.2g, abandon %.2g, SL %.2g, asa %.2g", worst[0], worst[1], worst[2], worst[3])
}

// eaCheck reports what is wrong with m, or "".
func eaCheck(m aMeasures) string {
	for _, x := range []float64{m.wait, m.abandon, m.slOffered} {
		if math.IsNaN(x) || x < 0 || x > 1 {
			return "a probability outside [0, 1]"
		}
	}
	switch {
	case math.IsNaN(m.asa) || math.IsInf(m.asa, 0) || m.asa < 0:
		return "ASA not finite and ≥ 0"
	case m.abandon > m.wait+1e-15:
		return "more abandon than wait"
	case m.slOffered < 1-m.wait-1e-15:
		return "SL below those answered at once"
	case m.slOffered > 1-m.abandon+1e-15:
		return "SL above those answered"
	}
	return ""
}

// eaWorse says how far more servers made m1 worse than m0: a rise of wait
// or abandonment, a fall of the service level, a relative rise of the ASA.
func eaWorse(m0, m1 aMeasures) float64 {
	return max(m1.wait-m0.wait, m1.abandon-m0.abandon, m0.slOffered-m1.slOffered,
		(m1.asa-m0.asa)/max(m0.asa, math.SmallestNonzeroFloat64), 0)
}

// TestErlangALarge: 100,000 to 2,000,000 servers near the load (±1%),
// heavy overload (a = 10·s, 1 and 10 servers for 1,000,000 Erlangs), θ from
// 1e-6 to 1e6: finite, in [0, 1], and monotone in s (s → s+1) to 1e-12.
func TestErlangALarge(t *testing.T) {
	type load struct {
		s int
		a float64
	}
	var loads []load
	for _, s := range []int{100_000, 1_000_000} {
		for _, r := range []float64{0.99, 1, 1.01} {
			loads = append(loads, load{s, float64(s) * r}) // 1,010,000 is past MaxLoad: erlangA does not mind
		}
	}
	loads = append(loads, load{100_000, 1_000_000}, load{1_000_000, 10_000_000}, load{1, 1_000_000}, load{10, 1_000_000},
		load{MaxAgents - 1, 999_000}, load{MaxAgents - 1, 1_000_000})
	for _, l := range loads {
		b := blocking(l.s, l.a)
		b1 := next(b, l.s+1, l.a)
		for _, theta := range []float64{1e-6, 1e-3, 1, 1e3, 1e6} {
			for _, tt := range []float64{0, 0.01, 1, 1e3, 1e6} {
				m0 := erlangA(l.s, l.a, b, theta, tt)
				m1 := erlangA(l.s+1, l.a, b1, theta, tt)
				if msg := eaCheck(m0); msg != "" {
					t.Errorf("erlangA(%d, %v, b, %v, %v) = %+v: %s", l.s, l.a, theta, tt, m0, msg)
				}
				if w := eaWorse(m0, m1); w > 1e-12 {
					t.Errorf("erlangA(%d, %v, b, %v, %v) = %+v, one more server %+v: worse by %.2g",
						l.s, l.a, theta, tt, m0, m1, w)
				}
			}
		}
	}
}

// TestErlangAKronrodRule: the 21-point Kronrod rule integrates x^n on
// [−1, 1] exactly (2/(n+1) for even n, 0 for odd) up to n = 31, and the
// 10-point Gauss rule on its nodes up to n = 19, to float64's rounding.
func TestErlangAKronrodRule(t *testing.T) {
	for n := 0; n <= 31; n++ {
		want := 0.0
		if n%2 == 0 {
			want = 2 / float64(n+1)
		}
		k := kronrodW[0] * math.Pow(0, float64(n))
		g := 0.0
		for i := 1; i < len(kronrodX); i++ {
			p := math.Pow(kronrodX[i], float64(n)) + math.Pow(-kronrodX[i], float64(n))
			k += kronrodW[i] * p
			if i%2 == 1 {
				g += gaussW[i/2] * p
			}
		}
		if math.Abs(k-want) > 1e-15 {
			t.Errorf("Kronrod ∫x^%d = %.17g, want %.17g", n, k, want)
		}
		if n <= 19 && math.Abs(g-want) > 1e-15 {
			t.Errorf("Gauss ∫x^%d = %.17g, want %.17g", n, g, want)
		}
	}
}

// TestErlangAPhi: φ(x) = e^{−x} − 1 + x against its value in 200-bit
// floats, on both sides of the series' edge (|x| = 1/2), to a relative
// 1e-15.
func TestErlangAPhi(t *testing.T) {
	for _, x := range []float64{-14, -3, -0.5000001, -0.5, -0.3, -1e-3, -1e-9, 1e-9, 1e-3, 0.25, 0.5, 0.5000001, 0.7, 2, 40, 1e6} {
		bx := new(big.Float).SetPrec(200).SetFloat64(x)
		want := eaExp(new(big.Float).Neg(bx))
		want.Sub(want, big.NewFloat(1).SetPrec(200)).Add(want, bx)
		if got := phi(x); eaRel(got, eaFloat(want)) > 1e-15 {
			t.Errorf("phi(%v) = %.17g, want %.17g", x, got, eaFloat(want))
		}
	}
}

// FuzzErlangAMonotone: for any servers, load, θ in [1e-6, 1e6] and
// threshold in [0, 1e6], every probability is in [0, 1], the ASA finite,
// abandonment at most the wait, the service level between those answered
// at once and all answered; one more server is never worse (to 1e-12),
// nor is a longer threshold.
func FuzzErlangAMonotone(f *testing.F) {
	f.Add(5000, 4900.0, 0.5, 0.1)
	f.Add(1, 1.0, 1.0, 1.0)
	f.Add(3, 2.0, 0.5, 0.3)
	f.Add(10, 9.5, 1e-6, 1.0)
	f.Add(1, 1e6, 1e-6, 1e6)
	f.Add(1, 1e6, 1e6, 1e-6)
	f.Add(100, 1000.0, 1e-3, 2302.0)
	f.Add(100_000, 101_000.0, 0.01, 2.0)
	f.Add(990_000, 1e6, 1e-6, 10050.0)
	f.Add(MaxAgents-1, 999_999.0, 1e-6, 0.0)
	f.Add(2, 1e-300, 1e6, 1e-6)
	// Found by the fuzzer: with 99.9% abandoning, 1 − P(abandon) from the
	// abandonment integral fell 1e-15 short of those answered (now taken
	// as the complement where more than half abandon).
	f.Add(193, 249927.5, 185.00000699999998, 1e6)
	f.Fuzz(func(t *testing.T, s int, a, theta, tt float64) {
		s = 1 + int(uint(s-1)%(MaxAgents-1)) // 1 .. MaxAgents−1
		if !(a > 0 && a <= MaxLoad) || !(theta >= 1e-6 && theta <= 1e6) || !(tt >= 0 && tt <= 1e6) {
			return
		}
		b := blocking(s, a)
		m0 := erlangA(s, a, b, theta, tt)
		m1 := erlangA(s+1, a, next(b, s+1, a), theta, tt)
		later := erlangA(s, a, b, theta, 2*tt+0.1)
		for _, m := range []aMeasures{m0, m1, later} {
			if msg := eaCheck(m); msg != "" {
				t.Fatalf("erlangA(%d, %v, b, %v, %v) = %+v: %s", s, a, theta, tt, m, msg)
			}
		}
		if w := eaWorse(m0, m1); w > 1e-12 {
			t.Fatalf("erlangA(%d, %v, b, %v, %v) = %+v, one more server %+v: worse by %.2g", s, a, theta, tt, m0, m1, w)
		}
		if later.slOffered < m0.slOffered-1e-12 {
			t.Fatalf("erlangA(%d, %v, b, %v, t): SL %v at t = %v, %v at %v", s, a, theta, m0.slOffered, tt, later.slOffered, 2*tt+0.1)
		}
	})
}

var sinkErlangA aMeasures

// BenchmarkErlangA: one call at s = 5,000, a = 4,900, θ = 0.5, t = 0.1;
// the baseline is the caller's Erlang B recursion for the same s, which
// measure runs before it.
func BenchmarkErlangA(b *testing.B) {
	blk := blocking(5000, 4900)
	b.Run("erlangA", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkErlangA = erlangA(5000, 4900, blk, 0.5, 0.1)
		}
	})
	b.Run("blocking", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkErlangA.wait = blocking(5000, 4900)
		}
	})
}
