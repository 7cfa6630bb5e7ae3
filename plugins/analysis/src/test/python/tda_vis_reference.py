"""canns' tda_vis steps 1-5 (analyzer/experimental_data/cann2d.py at SEED ebcec47) in numpy/scipy, written from
its code: time downsampling, the most active times, z-scoring (sklearn's scale: population std, 1 where it is 0),
PCA (np.cov, np.linalg.eig, descending), the UMAP-style fuzzy kNN graph with greedy landmark selection
(_sample_denoising with omega = 1), and the second fuzzy graph on the landmarks turned into distances
(_second_build: D = -log(A), +inf where A = 0, zero diagonal).

Sums run left to right as in canns' loops (np.cumsum), not numpy's pairwise sum, so that the greedy selection sees
the same numbers.

Usage: tda_vis_reference.py EMBED.npy OUT.npz DIM NUM_TIMES ACTIVE_TIMES K N_POINTS METRIC NBS
Writes movetimes, dimred (the PCA projection), sigmas (the first graph's bandwidths), indstemp and d."""
import sys

import numpy as np
from scipy.sparse import coo_matrix
from scipy.spatial.distance import pdist, squareform


def scale(x):
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std == 0] = 1
    return (x - mean) / std


def pca(data, dim):
    r = np.cov(data, rowvar=False)
    evals, evecs = np.linalg.eig(r)
    idx = np.argsort(evals)[::-1]
    evecs = np.real(evecs[:, idx])[:, :dim]
    return (evecs.T @ data.T).T


def sequential_sum(values):
    return np.cumsum(values, axis=1)[:, -1]


def smooth_knn_dist(distances, k, n_iter=64):
    """canns' _smooth_knn_dist with local_connectivity = 0 (rho = 0), all rows at once."""
    target = np.log2(k)
    n = distances.shape[0]
    mean_distances = np.mean(distances)
    lo = np.zeros(n)
    hi = np.full(n, np.inf)
    mid = np.ones(n)
    done = np.zeros(n, dtype=bool)
    d = distances[:, 1:]
    for _ in range(n_iter):
        with np.errstate(over="ignore"):
            psum = sequential_sum(np.where(d > 0, np.exp(-(d / mid[:, None])), 1.0))
        active = ~done
        converged = active & (np.abs(psum - target) < 1e-5)
        done |= converged
        step = active & ~converged
        above = step & (psum > target)
        hi[above] = mid[above]
        mid[above] = (lo[above] + hi[above]) / 2.0
        below = step & ~(psum > target)
        lo[below] = mid[below]
        doubling = below & np.isinf(hi)
        halving = below & ~np.isinf(hi)
        mid[doubling] *= 2
        mid[halving] = (lo[halving] + hi[halving]) / 2.0
    floor = 1e-3 * mean_distances
    return np.where(mid < floor, floor, mid)


def fuzzy_graph(data, k, metric):
    """The symmetrised membership matrix A = W + W^T - W * W^T of the k nearest neighbours (self included)."""
    n = data.shape[0]
    x = squareform(pdist(data, metric))
    knn_indices = np.argsort(x)[:, :k]
    knn_dists = x[np.arange(n)[:, None], knn_indices].copy()
    sigmas = smooth_knn_dist(knn_dists, k)
    vals = np.where(knn_dists <= 0, 1.0, np.exp(-(knn_dists / sigmas[:, None])))
    vals[knn_indices == np.arange(n)[:, None]] = 0.0
    rows = np.repeat(np.arange(n), k)
    w = coo_matrix((vals.ravel(), (rows, knn_indices.ravel())), shape=(n, n))
    w.eliminate_zeros()
    wt = w.transpose()
    a = w + wt - w.multiply(wt)
    a.eliminate_zeros()
    return a.toarray(), sigmas


def greedy(a, num_sample, omega=1.0):
    n = a.shape[0]
    f = sequential_sum(a)
    inds = np.zeros(num_sample, dtype=np.int64)
    left = np.ones(n, dtype=bool)
    i = int(np.argmax(f))
    inds[0] = i
    left[i] = False
    for j in range(1, num_sample):
        f -= omega * a[i, :]
        candidates = np.flatnonzero(left)
        i = int(candidates[np.argmax(f[candidates])])
        inds[j] = i
        left[i] = False
    return inds


def main():
    embed = np.load(sys.argv[1]).astype(np.float64)
    out = sys.argv[2]
    dim, num_times, active_times, k, n_points = (int(v) for v in sys.argv[3:8])
    metric, nbs = sys.argv[8], int(sys.argv[9])

    times_cube = np.arange(0, embed.shape[0], num_times)
    movetimes = times_cube[np.sort(np.argsort(np.sum(embed[times_cube, :], 1), kind="stable")[-active_times:])]
    dimred = pca(scale(embed[movetimes, :]), dim)
    a, sigmas = fuzzy_graph(dimred, k, metric)
    indstemp = greedy(a, n_points)
    a2, _ = fuzzy_graph(dimred[indstemp, :], nbs, metric)
    with np.errstate(divide="ignore"):
        d = -np.log(a2)
    np.fill_diagonal(d, 0)
    np.savez(out, movetimes=movetimes, dimred=dimred, sigmas=sigmas, indstemp=indstemp, d=d)


if __name__ == "__main__":
    main()
