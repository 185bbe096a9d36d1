import mpmath as mp, sys, time
def ref(s, a, th, t, dps=40):
    mp.mp.dps = dps
    s = mp.mpf(s); a = mp.mpf(a); th = mp.mpf(th); t = mp.mpf(t)
    n = s/th; l = a/th
    x = mp.exp(-th*t)
    def low(z, u):
        if u > z:
            return mp.gamma(z) - mp.gammainc(z, u, mp.inf)
        return mp.gammainc(z, 0, u, maxterms=10**8)
    def J0(nn):
        return mp.exp(l) * l**(-(nn+1)) * low(nn+1, l)
    def Jx(nn):
        return mp.exp(l) * l**(-(nn+1)) * (low(nn+1, l) - low(nn+1, l*x))
    invb = mp.exp(a) * mp.gammainc(s+1, a) / a**s
    j0 = J0(n)
    Q = l*j0
    ps = 1/(invb + Q)
    wait = ps*(1+Q)
    ab = ps*(1 + (l-n)*j0)
    sl = 1 - wait + ps*n*Jx(n)
    dJ = mp.diff(J0, n)
    ew = ps*(n/th)*(-dJ)
    asa = ew/(1-ab)
    return wait, ab, sl, asa
if __name__ == "__main__":
    for line in sys.stdin:
        if not line.strip(): continue
        s,a,th,t = [float(v) for v in line.split()]
        t0=time.time()
        r = ref(int(s),a,th,t)
        print(line.strip(), " ".join(mp.nstr(v, 17) for v in r), "%.1fs"%(time.time()-t0), flush=True)
