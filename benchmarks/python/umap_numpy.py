"""The numpy/scipy peer of UmapBenchmark: UMAP's steps as umap-learn runs them, in numpy and scipy only.

    OPENBLAS_NUM_THREADS=1 python3 benchmarks/python/umap_numpy.py [POINTS] [REPEATS]

Data: the same model as the benchmark (a noisy torus in 6-D, its own random stream). Steps: exact kNN by
scipy.spatial.cKDTree (umap-learn would call pynndescent, not installed here), smooth_knn_dist vectorised over
points (64-step binary search), memberships and fuzzy union with scipy.sparse, edges below max/n_epochs dropped,
spectral layout by scipy.sparse.linalg.eigsh (which="SM", tol 1e-4, as umap-learn), noisy scaling to [0, 10],
find_ab_params by scipy's curve_fit, then 500 epochs (umap-learn's rule up to 10,000 points, 200 above) of SGD
with 5 negative samples per edge sample, each epoch vectorised over the edges due
(np.add.at; a pure-Python edge loop would take hours). Prints the seconds per fit (median of REPEATS, default 1)
and the trustworthiness (k = 10, sklearn's formula, computed in row blocks).
"""
import sys
import time
import numpy as np
import scipy.sparse
import scipy.sparse.linalg
from scipy.optimize import curve_fit
from scipy.spatial import cKDTree


def torus6(n, rng):
    u = 2 * np.pi * rng.random(n)
    v = 2 * np.pi * rng.random(n)
    x = np.stack([np.cos(u), np.sin(u), np.cos(v), np.sin(v), np.zeros(n), np.zeros(n)], 1)
    return x + 0.1 * rng.standard_normal((n, 6))


def smooth_knn_dist(d, k):
    target = np.log2(k)
    nz = np.where(d > 0, d, np.inf)
    rho = np.min(nz, 1)
    rho[np.isinf(rho)] = 0
    lo = np.zeros(len(d))
    hi = np.full(len(d), np.inf)
    mid = np.ones(len(d))
    done = np.zeros(len(d), bool)
    for _ in range(64):
        dd = d[:, 1:] - rho[:, None]
        psum = np.where(dd > 0, np.exp(-dd / mid[:, None]), 1.0).sum(1)
        done |= np.abs(psum - target) < 1e-5
        big = (psum > target) & ~done
        small = (psum <= target) & ~done
        hi[big] = mid[big]
        lo[small] = mid[small]
        mid = np.where(done, mid, np.where(np.isinf(hi), mid * 2, (lo + hi) / 2))
    floor = 1e-3 * np.where(rho > 0, d.mean(1), d.mean())
    return np.maximum(mid, floor), rho


def fuzzy(idx, d, n):
    sigma, rho = smooth_knn_dist(d, idx.shape[1])
    v = np.where(d - rho[:, None] <= 0, 1.0, np.exp(-(d - rho[:, None]) / sigma[:, None]))
    v[idx == np.arange(n)[:, None]] = 0
    a = scipy.sparse.csr_matrix((v.ravel(), (np.repeat(np.arange(n), idx.shape[1]), idx.ravel())), shape=(n, n))
    t = a.T
    g = (a + t - a.multiply(t)).tocoo()
    g.eliminate_zeros()
    return g


def spectral(g, dim):
    n = g.shape[0]
    deg = np.asarray(g.sum(0)).ravel()
    dm = scipy.sparse.spdiags(1 / np.sqrt(deg), 0, n, n)
    lap = scipy.sparse.identity(n) - dm @ g @ dm
    k = dim + 1
    vals, vecs = scipy.sparse.linalg.eigsh(lap, k, which="SM", ncv=max(2 * k + 1, int(np.sqrt(n))), tol=1e-4,
                                           v0=np.ones(n), maxiter=n * 5)
    return vecs[:, np.argsort(vals)[1:k]]


def ab(spread=1.0, min_dist=0.1):
    xv = np.linspace(0, spread * 3, 300)
    yv = np.where(xv < min_dist, 1.0, np.exp(-(xv - min_dist) / spread))
    p, _ = curve_fit(lambda x, a, b: 1.0 / (1.0 + a * x ** (2 * b)), xv, yv)
    return p


def sgd(emb, head, tail, w, epochs, a, b, rng, neg_rate=5):
    n = len(emb)
    eps = epochs / (epochs * w / w.max())
    next_s = eps.copy()
    epn = eps / neg_rate
    next_n = epn.copy()
    alpha = 1.0
    for e in range(epochs):
        due = np.nonzero(next_s <= e)[0]
        j, k = head[due], tail[due]
        diff = emb[j] - emb[k]
        d2 = (diff * diff).sum(1)
        coeff = np.where(d2 > 0, -2 * a * b * d2 ** (b - 1) / (a * d2 ** b + 1), 0.0)
        grad = np.clip(coeff[:, None] * diff, -4, 4) * alpha
        np.add.at(emb, j, grad)
        np.add.at(emb, k, -grad)
        next_s[due] += eps[due]
        nneg = ((e - next_n[due]) / epn[due]).astype(int)
        rows = np.repeat(j, nneg)
        q = rng.integers(0, n, len(rows))
        diff = emb[rows] - emb[q]
        d2 = (diff * diff).sum(1)
        coeff = np.where(d2 > 0, 2 * b / ((0.001 + d2) * (a * d2 ** b + 1)), 0.0)
        grad = np.clip(coeff[:, None] * diff, -4, 4) * alpha
        grad[rows == q] = 0
        np.add.at(emb, rows, grad)
        next_n[due] += nneg * epn[due]
        alpha = 1.0 - e / epochs
    return emb


def umap(x, k=15, dim=3, rng=None):
    n = len(x)
    d, idx = cKDTree(x).query(x, k)
    g = fuzzy(idx, d, n)
    epochs = 500 if n <= 10000 else 200
    keep = g.data >= g.data.max() / epochs
    head, tail, w = g.row[keep], g.col[keep], g.data[keep]
    gk = scipy.sparse.coo_matrix((w, (head, tail)), shape=(n, n)).tocsr()
    init = spectral(gk, dim)
    init = init * (10 / np.abs(init).max()) + rng.normal(scale=1e-4, size=init.shape)
    init = 10 * (init - init.min(0)) / (init.max(0) - init.min(0))
    a, b = ab()
    return sgd(init.astype(np.float32).astype(np.float64), head, tail, w, epochs, a, b, rng)


def trustworthiness(x, y, k=10, block=500):
    n = len(x)
    ind_y = cKDTree(y).query(y, k + 1)[1][:, 1:]
    t = 0
    for s in range(0, n, block):
        dx = np.sqrt(((x[s:s + block, None, :] - x[None, :, :]) ** 2).sum(-1))
        dx[np.arange(len(dx)), np.arange(s, s + len(dx))] = np.inf
        order = np.argsort(dx, 1, kind="stable")
        rank = np.empty_like(order)
        rank[np.arange(len(dx))[:, None], order] = np.arange(1, n + 1)
        r = np.take_along_axis(rank, ind_y[s:s + block], 1) - k
        t += r[r > 0].sum()
    return 1 - t * (2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0)))


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    x = torus6(n, np.random.default_rng(1))
    times = []
    for r in range(repeats):
        start = time.perf_counter()
        y = umap(x, rng=np.random.default_rng(42 + r))
        times.append(time.perf_counter() - start)
    print(f"points={n} seconds_median={np.median(times):.3f} runs={[round(t, 3) for t in times]}")
    print(f"trustworthiness(k=10) = {trustworthiness(x, y):.6f}")
