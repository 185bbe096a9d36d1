import mpmath as mp, sys
def chain(s, a, th, t, b=None, dps=80, tail=mp.mpf(10)**-60):
    mp.mp.dps = dps
    a = mp.mpf(a); th = mp.mpf(th); t = mp.mpf(t)
    # pi_j for j<=s relative to pi_s = 1
    low = mp.mpf(0); term = mp.mpf(1)
    # sum_{j<=s} a^j/j! / (a^s/s!)
    terms = [mp.mpf(1)]
    for j in range(1, s+1): terms.append(terms[-1]*a/j)
    low = sum(terms)/terms[-1]
    if b is not None: low = 1/mp.mpf(b)
    ws = [mp.mpf(1)]
    k = 0
    while True:
        k += 1
        ws.append(ws[-1]*a/(s+k*th))
        if ws[-1] < tail*sum(ws) and a/(s+(k+1)*th) < 0.5: break
    Z = low - 1 + sum(ws)  # pi_s normalised: Z = sum over all / pi_s
    ps = 1/Z
    wait = ps*sum(ws)
    eq = ps*sum(k*w for k,w in enumerate(ws))
    ab = th*eq/a
    # SL and ASA
    x = mp.exp(-th*t); e1 = mp.exp(-(s+th)*t)
    sl_w = mp.mpf(0); ew = mp.mpf(0)
    m = mp.mpf(s)/th + 1
    for k, w in enumerate(ws):
        pa = mp.mpf(s)/(s+(k+1)*th)
        # hypoexponential with rates th*(m+i), i=0..k; CDF = 1 - sum_i C_i e^{-th(m+i)t}
        cdf = 1
        for i in range(k+1):
            C = mp.mpf(1)
            for j in range(k+1):
                if j != i: C *= (m+j)/(j-i)
            cdf -= C*e1*x**i
        sl_w += ps*w*pa*cdf
        ew += ps*w*pa*sum(1/(s+(i+1)*th) for i in range(k+1))
    sl = 1 - wait + sl_w
    asa = ew/(1-ab)
    return wait, ab, sl, asa, len(ws)
if __name__ == "__main__":
    for line in sys.stdin:
        v = line.split()
        if not v: continue
        b = mp.mpf(v[4]) if len(v) > 4 else None
        r = chain(int(v[0]), v[1], v[2], v[3], b)
        print(" ".join(v[:4]), " ".join(mp.nstr(x, 17) for x in r[:4]), "K=%d" % r[4], flush=True)
