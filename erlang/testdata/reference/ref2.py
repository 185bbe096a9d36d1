import mpmath as mp, sys, time
# reference by tanh-sinh quadrature of the raw h(w) at 60 digits; b as given (the Go float64 recursion's value)
def ref(s, a, th, t, b, dps=60):
    mp.mp.dps = dps
    s = mp.mpf(s); a = mp.mpf(a); th = mp.mpf(th); t = mp.mpf(t); b = mp.mpf(b)
    l = a/th
    h = lambda w: -(s+th)*w + l*(1-mp.exp(-th*w))
    wp = mp.log(a/(s+th))/th if a > s+th else mp.mpf(0)
    hs = h(wp)
    curv = th*(s+th) if a > s+th else th*a
    sig = 1/mp.sqrt(curv)
    slope = (s+th-a) if a <= s+th else 0
    scale = min(sig, 1/slope) if slope > 0 else sig
    pts = [wp + k*scale for k in list(range(-60,61,2))+[-1000,-300,-150,-100,100,150,300,1000,3000]]
    pts = [p for p in pts if p > 0]
    pts = [mp.mpf(0)] + pts + [mp.inf]
    pts = sorted(set(pts))
    f = lambda w: mp.exp(h(w)-hs)
    P0 = mp.quad(f, pts)
    W = mp.quad(lambda w: w*f(w), pts)
    tp = [p for p in pts if p < t] + [t]
    St = mp.quad(f, tp) if t > 0 else mp.mpf(0)
    # everything times e^{hs}
    E = mp.exp(hs)
    Q = a*P0*E
    ps = 1/(1/b + Q)
    wait = ps*(1+Q)
    aaw = ps*s*P0*E
    ab = wait - aaw
    sl = 1 - wait + ps*s*St*E
    asa = ps*s*W*E/(1-ab)
    return wait, ab, sl, asa
DPS=int(__import__('os').environ.get('DPS','60'))
if __name__ == "__main__":
    for line in sys.stdin:
        if not line.strip(): continue
        v = line.split()
        s,a,th,t,b = int(float(v[0])), v[1], v[2], v[3], v[4]
        t0=time.time()
        r = ref(s,mp.mpf(float(a)),mp.mpf(float(th)),mp.mpf(float(t)),mp.mpf(float(b)),dps=DPS)
        print(" ".join(v[:4]), " ".join(mp.nstr(x, 17) for x in r), "%.1fs"%(time.time()-t0), flush=True)
