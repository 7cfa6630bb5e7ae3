"""The numpy/scipy peer of `jcanns experimental-cann2d`: canns' experimental_cann2d_analysis steps, written from
canns' code (transcriptions kept with the tests) and timed step by step.

    OPENBLAS_NUM_THREADS=1 python3 benchmarks/python/cann2d_canns_way.py GRID.npz PERSISTENCE.npz [RIPSERPY]

Steps, canns' defaults: embed_spike_trains (plugins/analysis/src/test/python/embed_reference.py); UMAP of every 5th
bin to 3-D (benchmarks/python/umap_numpy.py: exact kNN, vectorised epochs); tda_vis steps 1-5 (active times,
z-scoring, PCA, fuzzy kNN denoising, landmark distances: tda_vis_reference.py); persistence: ripser.py's C++ core
(the code canns' ripser call runs) timed on the same landmark distances by benchmarks/tda/ripserpy_driver.cpp
when its binary RIPSERPY is given (Python's ripser package is not installed here); the decoding
(decode_reference.py, with the coboundary matrix sparse: canns' dense one would take gigabytes at this size) and
the torus maps of 20 frames (torus_reference.py: canns' smoothing by scipy's convolve2d). The decoding starts from
PERSISTENCE.npz, jcanns' result on the same data (its bars equal Ripser's, see the tda benchmarks), so both sides
decode the same cocycles. Prints seconds per step and in all.
"""
import os
import subprocess
import sys
import time

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import lsmr

here = os.path.dirname(os.path.abspath(__file__))
tests = os.path.join(here, "..", "..", "plugins", "analysis", "src", "test", "python")
plots = os.path.join(here, "..", "..", "plugins", "plot", "src", "test", "python")
sys.path[:0] = [here, tests, plots]
args = sys.argv
import embed_reference  # noqa: E402
import tda_vis_reference as tda  # noqa: E402
import torus_reference  # noqa: E402
import umap_numpy  # noqa: E402


def get_coords_sparse(cocycle, threshold, n, dists, coeff=47):
    cocycle = cocycle.copy()
    zint = np.where(coeff - cocycle[:, 2] < cocycle[:, 2])
    cocycle[zint, 2] = cocycle[zint, 2] - coeff
    d = np.zeros((n, n))
    d[np.tril_indices(n)] = np.nan
    d[cocycle[:, 1], cocycle[:, 0]] = cocycle[:, 2]
    d[dists > threshold] = np.nan
    d[dists == 0] = np.nan
    edges = np.where(~np.isnan(d))
    verts = np.unique(edges)
    m = len(edges[0])
    a = coo_matrix((np.concatenate((-np.ones(m), np.ones(m))),
                    (np.concatenate((np.arange(m), np.arange(m))),
                     np.concatenate((np.searchsorted(verts, edges[0]), np.searchsorted(verts, edges[1]))))),
                   shape=(m, len(verts))).tocsr()
    return lsmr(a, d[edges])[0] % 1


def main():
    grid = dict(np.load(args[1]))
    ph = dict(np.load(args[2]))
    ripserpy = args[3] if len(args) > 3 else None
    times = {}
    start = time.perf_counter()
    t = time.perf_counter()
    sspikes = embed_reference.embed(grid, True, True)[0]
    times["embed"] = time.perf_counter() - t
    t = time.perf_counter()
    umap_numpy.umap(sspikes[::5], rng=np.random.default_rng(42))
    times["umap"] = time.perf_counter() - t
    t = time.perf_counter()
    num_times, active_times, k, n_points, nbs = 5, 15000, 1000, 1200, 800
    times_cube = np.arange(0, sspikes.shape[0], num_times)
    movetimes = times_cube[np.sort(np.argsort(np.sum(sspikes[times_cube, :], 1), kind="stable")[-active_times:])]
    dimred = tda.pca(tda.scale(sspikes[movetimes, :]), 6)
    a, _ = tda.fuzzy_graph(dimred, k, "cosine")
    indstemp = tda.greedy(a, n_points)
    a2, _ = tda.fuzzy_graph(dimred[indstemp, :], nbs, "cosine")
    with np.errstate(divide="ignore"):
        dist = -np.log(a2)
    np.fill_diagonal(dist, 0)
    times["tda_vis steps 1-5"] = time.perf_counter() - t
    if ripserpy:
        dm = ph["dperm2all"]
        upper = dm[np.triu_indices(dm.shape[0], 1)].astype(np.float32)
        path = os.path.join(os.path.dirname(os.path.abspath(args[2])), "upper.bin")
        upper.tofile(path)
        out = subprocess.run([ripserpy, path, "1", "47", "1"], capture_output=True, text=True, check=True).stdout
        times["persistence (ripser.py core)"] = float(out.split("seconds=")[1].split()[0])
    t = time.perf_counter()
    dgm = ph["dgm1"].copy()
    off = ph["cocycles1_offsets"].astype(np.int64)
    cocycles = [ph["cocycles1"][off[i]:off[i + 1]].astype(np.int64) for i in range(len(off) - 1)]
    births, deaths = dgm[:, 0], dgm[:, 1]
    deaths[np.isinf(deaths)] = 0
    imax = np.argsort(deaths - births, kind="stable")
    thr = births[imax[-2]] + (deaths[imax[-2]] - births[imax[-2]]) * 0.99
    n = len(ph["indstemp"])
    coords1 = np.array([get_coords_sparse(cocycles[imax[-(c + 1)]], thr, n, ph["dperm2all"]) for c in (0, 1)])
    sp = embed_reference.embed(grid, True, True)[0]
    mv = ph["movetimes"].astype(np.int64)[ph["indstemp"].astype(np.int64)]
    dspk = tda.scale(sp[mv, :])
    cos_w = (np.cos(coords1 * 2 * np.pi) @ dspk).T
    sin_w = (np.sin(coords1 * 2 * np.pi) @ dspk).T
    counts = embed_reference.embed(grid, False, True)[0]
    bins = np.where(np.sum(counts > 0, 1) >= 1)[0]
    z = tda.scale(sp)[bins]
    coords = np.arctan2(z @ sin_w, z @ cos_w) % (2 * np.pi)
    times["decode"] = time.perf_counter() - t
    t = time.perf_counter()
    torus_reference.maps(coords, bins, counts.sum(1))
    times["torus maps (20 frames)"] = time.perf_counter() - t
    total = time.perf_counter() - start
    for name, s in times.items():
        print(f"{name}: {s:.2f} s")
    print(f"total: {total:.2f} s (ripser.py core time added separately when measured: "
          f"{total + times.get('persistence (ripser.py core)', 0):.2f} s)")


if __name__ == "__main__":
    main()
