import mpmath as mp
mp.mp.dps = 80
n = 10
P = lambda x: mp.legendre(n, x)
dP = lambda x: mp.diff(P, x)
gx = []
for i in range(n):
    x = mp.cos(mp.pi*(i+0.75)/(n+0.5))
    for _ in range(100):
        x = x - P(x)/dP(x)
    gx.append(x)
gx = sorted(gx)
def mom(k):
    return mp.quad(lambda x: x**k*P(x), [-1,1], method='gauss-legendre', maxdegree=10)
odd = [1,3,5,7,9]
M = [[mom(k+j) for j in odd] for k in odd]
rhs = [-mom(k+11) for k in odd]
c = mp.lu_solve(mp.matrix(M), mp.matrix(rhs))
E = lambda x: x**11 + sum(c[i]*x**odd[i] for i in range(5))
pts = [mp.mpf(-1)] + gx + [mp.mpf(1)]
def bis(f, lo, hi):
    flo = f(lo)
    for _ in range(300):
        mid = (lo+hi)/2
        fm = f(mid)
        if (fm > 0) == (flo > 0): lo, flo = mid, fm
        else: hi = mid
    return (lo+hi)/2
kx = [bis(E, pts[i], pts[i+1]) for i in range(len(pts)-1)]
nodes = sorted(gx + kx)
N = len(nodes)
A = mp.matrix([[x**k for x in nodes] for k in range(N)])
b = mp.matrix([ (mp.mpf(2)/(k+1) if k%2==0 else 0) for k in range(N)])
w = mp.lu_solve(A, b)
for k in range(0, 34):
    s = sum(w[i]*nodes[i]**k for i in range(N))
    ex = mp.mpf(2)/(k+1) if k%2==0 else 0
    print(k, mp.nstr(s-ex,3), end="; ")
print()
gw = [2/((1-x**2)*dP(x)**2) for x in gx]
for i in range(N):
    if nodes[i] >= -mp.mpf(10)**-60:
        isg = any(abs(nodes[i]-g) < mp.mpf(10)**-60 for g in gx)
        print(mp.nstr(nodes[i], 22), mp.nstr(w[i], 22), "G" if isg else "K")
for x, ww in zip(gx, gw):
    if x>0: print("gauss", mp.nstr(x,22), mp.nstr(ww,22))
