"""numpy/scipy references for jcanns' UMAP: umap-learn's find_ab_params, smooth_knn_dist, membership strengths
and fuzzy union (umap/umap_.py), the normalised-Laplacian spectrum, and sklearn's trustworthiness
(sklearn/manifold/_t_sne.py), transcribed; neither umap-learn nor sklearn is needed.

Usage:
  python3 umap_reference.py ab SPREAD MIN_DIST            prints "a b"
  python3 umap_reference.py fuzzy IN.npz OUT.npz          IN: x (n, d), knn_indices, knn_dists; OUT: exact knn, graph
  python3 umap_reference.py spectrum IN.npz OUT.npz       IN: graph (n, n); OUT: eigenvalues of D^-1/2 A D^-1/2
  python3 umap_reference.py trust IN.npz K                IN: x, y; prints the trustworthiness
"""
import sys
import numpy as np
import scipy.sparse
from scipy.optimize import curve_fit


def find_ab_params(spread, min_dist):
    def curve(x, a, b):
        return 1.0 / (1.0 + a * x ** (2 * b))

    xv = np.linspace(0, spread * 3, 300)
    yv = np.zeros(xv.shape)
    yv[xv < min_dist] = 1.0
    yv[xv >= min_dist] = np.exp(-(xv[xv >= min_dist] - min_dist) / spread)
    params, _ = curve_fit(curve, xv, yv)
    return params[0], params[1]


def smooth_knn_dist(distances, k, n_iter=64, local_connectivity=1.0, bandwidth=1.0):
    target = np.log2(k) * bandwidth
    rho = np.zeros(distances.shape[0])
    result = np.zeros(distances.shape[0])
    mean_distances = np.mean(distances)
    for i in range(distances.shape[0]):
        lo, hi, mid = 0.0, np.inf, 1.0
        ith = distances[i]
        non_zero = ith[ith > 0.0]
        if non_zero.shape[0] >= local_connectivity:
            rho[i] = non_zero[int(np.floor(local_connectivity)) - 1]
        elif non_zero.shape[0] > 0:
            rho[i] = np.max(non_zero)
        for _ in range(n_iter):
            psum = 0.0
            for j in range(1, distances.shape[1]):
                d = distances[i, j] - rho[i]
                psum += np.exp(-(d / mid)) if d > 0 else 1.0
            if np.fabs(psum - target) < 1e-5:
                break
            if psum > target:
                hi = mid
                mid = (lo + hi) / 2.0
            else:
                lo = mid
                mid = mid * 2 if hi == np.inf else (lo + hi) / 2.0
        result[i] = mid
        floor = 1e-3 * (np.mean(ith) if rho[i] > 0.0 else mean_distances)
        result[i] = max(result[i], floor)
    return result, rho


def fuzzy(knn_indices, knn_dists, n):
    sigmas, rhos = smooth_knn_dist(knn_dists, float(knn_indices.shape[1]))
    rows, cols, vals = [], [], []
    for i in range(n):
        for j in range(knn_indices.shape[1]):
            c = knn_indices[i, j]
            if c == i:
                v = 0.0
            elif knn_dists[i, j] - rhos[i] <= 0.0 or sigmas[i] == 0.0:
                v = 1.0
            else:
                v = np.exp(-((knn_dists[i, j] - rhos[i]) / sigmas[i]))
            rows.append(i)
            cols.append(c)
            vals.append(v)
    a = scipy.sparse.coo_matrix((vals, (rows, cols)), shape=(n, n)).tocsr()
    t = a.transpose()
    return (a + t - a.multiply(t)).toarray(), sigmas, rhos


def trustworthiness(x, y, k):
    n = x.shape[0]
    dx = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(dx, np.inf)
    ind_x = np.argsort(dx, axis=1, kind="stable")
    dy = np.sqrt(((y[:, None, :] - y[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(dy, np.inf)
    ind_y = np.argsort(dy, axis=1, kind="stable")[:, :k]
    inverted = np.zeros((n, n), dtype=int)
    ordered = np.arange(n + 1)
    inverted[ordered[:-1, np.newaxis], ind_x] = ordered[1:]
    ranks = inverted[ordered[:-1, np.newaxis], ind_y] - k
    t = np.sum(ranks[ranks > 0])
    return 1.0 - t * (2.0 / (n * k * (2.0 * n - 3.0 * k - 1.0)))


cmd = sys.argv[1]
if cmd == "ab":
    a, b = find_ab_params(float(sys.argv[2]), float(sys.argv[3]))
    print(repr(float(a)), repr(float(b)))
elif cmd == "fuzzy":
    d = np.load(sys.argv[2])
    x = d["x"]
    k = d["knn_indices"].shape[1]
    dist = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(-1))
    order = np.argsort(dist, axis=1, kind="stable")[:, :k]
    graph, sigmas, rhos = fuzzy(d["knn_indices"], d["knn_dists"], x.shape[0])
    np.savez(sys.argv[3], knn_indices=order, knn_dists=np.take_along_axis(dist, order, 1), graph=graph,
             sigmas=sigmas, rhos=rhos)
elif cmd == "spectrum":
    g = np.load(sys.argv[2])["graph"]
    s = 1 / np.sqrt(g.sum(0))
    w = np.linalg.eigvalsh(s[:, None] * g * s[None, :])
    np.savez(sys.argv[3], eigenvalues=w[::-1].copy())
elif cmd == "trust":
    d = np.load(sys.argv[2])
    print(repr(float(trustworthiness(d["x"], d["y"], int(sys.argv[3])))))
else:
    raise SystemExit("unknown command " + cmd)
