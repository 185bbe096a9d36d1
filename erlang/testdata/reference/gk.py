import mpmath as mp
mp.mp.dps = 80
n = 10
# Gauss-Legendre 10 nodes
P = lambda x: mp.legendre(n, x)
gx = sorted([mp.findroot(lambda x: mp.legendre(n,x), mp.cos(mp.pi*(i+0.75)/(n+0.5))) for i in range(n)])
# Stieltjes polynomial E of degree n+1 (odd, since n even -> E has parity of n+1): monic, orthogonal to x^k, k=0..n, with weight P_n
# unknown coefficients c_j for x^j, j=0..n (leading x^{n+1} coef 1)
def mom(k):  # int_{-1}^1 x^k P_n(x) dx
    return mp.quad(lambda x: x**k*P(x), [-1,0,1])
M = [[mom(k+j) for j in range(n+1)] for k in range(n+1)]
rhs = [-mom(k+n+1) for k in range(n+1)]
c = mp.lu_solve(mp.matrix(M), mp.matrix(rhs))
coef = [c[j] for j in range(n+1)] + [mp.mpf(1)]
E = lambda x: sum(coef[j]*x**j for j in range(n+2))
# roots of E: interlace with gauss nodes; search on grid
pts = [-1] + gx + [1]
kx = []
for i in range(len(pts)-1):
    kx.append(mp.findroot(E, (pts[i]+pts[i+1])/2))
nodes = sorted(gx + kx)
# weights: solve moment equations on 21 nodes exactly degree 0..20 (interpolatory)
N = len(nodes)
A = mp.matrix([[x**k for x in nodes] for k in range(N)])
b = mp.matrix([ (mp.mpf(2)/(k+1) if k%2==0 else 0) for k in range(N)])
w = mp.lu_solve(A, b)
# check degree up to 31
for k in range(0, 34):
    s = sum(w[i]*nodes[i]**k for i in range(N))
    ex = mp.mpf(2)/(k+1) if k%2==0 else 0
    if abs(s-ex) > mp.mpf(10)**-60: print("deg", k, "err", mp.nstr(s-ex,5))
# gauss weights
gw = [2/((1-x**2)*mp.diff(P, x)**2) for x in gx]
print("kronrod nodes (>=0) and weights")
for i in range(N):
    if nodes[i] >= -mp.mpf(10)**-70:
        isg = any(abs(nodes[i]-g) < mp.mpf(10)**-60 for g in gx)
        print(mp.nstr(nodes[i], 25), mp.nstr(w[i], 25), "G" if isg else "K")
for x, ww in zip(gx, gw):
    if x>0: print("gauss", mp.nstr(x,25), mp.nstr(ww,25))
