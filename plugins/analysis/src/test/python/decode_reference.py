"""canns' decode_circular_coordinates and _get_coords (analyzer/experimental_data/cann2d.py at ebcec47) with
scipy's lsmr, transcribed; sklearn's preprocessing.scale written out in numpy (sklearn is not needed).

Usage:
  python3 decode_reference.py lsmr IN.npz OUT.npz      IN: first, second (edge vertices), vertices, b
  python3 decode_reference.py decode GRID.npz PH.npz OUT.npz
"""
import sys
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import lsmr

from embed_reference import embed


def scale(x):
    x = np.array(x, dtype=np.float64)
    mean = np.mean(x, 0)
    std = np.std(x, 0)
    x -= mean
    m1 = np.mean(x, 0)
    if not np.allclose(m1, 0):
        x -= m1
    std[std < 10 * np.finfo(np.float64).eps] = 1.0
    x /= std
    m2 = np.mean(x, 0)
    if not np.allclose(m2, 0):
        x -= m2
    return x


def get_coords(cocycle, threshold, num_sampled, dists, coeff):
    zint = np.where(coeff - cocycle[:, 2] < cocycle[:, 2])
    cocycle[zint, 2] = cocycle[zint, 2] - coeff
    d = np.zeros((num_sampled, num_sampled))
    d[np.tril_indices(num_sampled)] = np.nan
    d[cocycle[:, 1], cocycle[:, 0]] = cocycle[:, 2]
    d[dists > threshold] = np.nan
    d[dists == 0] = np.nan
    edges = np.where(~np.isnan(d))
    verts = np.array(np.unique(edges))
    num_edges = np.shape(edges)[1]
    num_verts = np.size(verts)
    values = d[edges]
    a = np.zeros((num_edges, num_verts), dtype=int)
    pos = np.searchsorted(verts, edges[0]), np.searchsorted(verts, edges[1])
    a[np.arange(num_edges), pos[0]] = -1
    a[np.arange(num_edges), pos[1]] = 1
    f = lsmr(a, values)[0] % 1
    return f, verts


def decode(grid, ph):
    dgm = ph["dgm1"].copy()
    offsets = ph["cocycles1_offsets"].astype(np.int64)
    cocycles = [ph["cocycles1"][offsets[i]:offsets[i + 1]].astype(np.int64) for i in range(len(offsets) - 1)]
    dists = ph["dperm2all"]
    indstemp = ph["indstemp"].astype(np.int64)
    movetimes = ph["movetimes"].astype(np.int64)
    n_points = len(indstemp)
    births1 = dgm[:, 0]
    deaths1 = dgm[:, 1]
    deaths1[np.isinf(deaths1)] = 0
    lives1 = deaths1 - births1
    imax = np.argsort(lives1, kind="stable")
    coords1 = np.zeros((2, len(indstemp)))
    threshold = births1[imax[-2]] + (deaths1[imax[-2]] - births1[imax[-2]]) * 0.99
    for c in (0, 1):
        coords1[c, :], _ = get_coords(cocycles[imax[-(c + 1)]].copy(), threshold, len(indstemp), dists, 47)
    sspikes = embed(grid, True, True)[0]
    num_neurons = sspikes.shape[1]
    centcosall = np.zeros((num_neurons, 2, n_points))
    centsinall = np.zeros((num_neurons, 2, n_points))
    dspk = scale(sspikes[movetimes[indstemp], :])
    for n in range(num_neurons):
        spktemp = dspk[:, n].copy()
        centcosall[n, :, :] = np.multiply(np.cos(coords1[:, :] * 2 * np.pi), spktemp)
        centsinall[n, :, :] = np.multiply(np.sin(coords1[:, :] * 2 * np.pi), spktemp)
    spikes = embed(grid, False, True)[0]
    times = np.where(np.sum(spikes > 0, 1) >= 1)[0]
    dspk = scale(sspikes)
    sspikes = sspikes[times, :]
    dspk = dspk[times, :]
    a = np.zeros((len(sspikes[:, 0]), 2, num_neurons))
    for n in range(num_neurons):
        a[:, :, n] = np.multiply(dspk[:, n:n + 1], np.sum(centcosall[n, :, :], 1))
    c = np.zeros((len(sspikes[:, 0]), 2, num_neurons))
    for n in range(num_neurons):
        c[:, :, n] = np.multiply(dspk[:, n:n + 1], np.sum(centsinall[n, :, :], 1))
    coords = np.arctan2(np.sum(c, 2), np.sum(a, 2)) % (2 * np.pi)
    return dict(coords=coords, times=times, centcosall=centcosall, centsinall=centsinall, landmark=coords1)


cmd = sys.argv[1]
if cmd == "lsmr":
    d = np.load(sys.argv[2])
    m = len(d["first"])
    a = coo_matrix((np.concatenate((-np.ones(m), np.ones(m))),
                    (np.concatenate((np.arange(m), np.arange(m))), np.concatenate((d["first"], d["second"])))),
                   shape=(m, int(d["vertices"]))).tocsr()
    x, istop, itn = lsmr(a, d["b"])[:3]
    np.savez(sys.argv[3], x=x, istop=istop, itn=itn)
elif cmd == "decode":
    result = decode(dict(np.load(sys.argv[2])), dict(np.load(sys.argv[3])))
    np.savez(sys.argv[4], **result)
else:
    raise SystemExit("unknown command " + cmd)
