"""Checks a `jcanns tda` output with numpy/scipy: the documented layout (dgm<d> float64 (k, 2), cocycles<d> int64
rows of d+1 decreasing vertices and a value in 1..p-1, cocycles<d>_offsets, dperm2all), and H0 against an
independent computation: the finite H0 deaths of a Vietoris-Rips filtration are the edge lengths of a minimum
spanning forest (scipy), the infinite ones one per connected component.

Usage: tda_check.py PH.npz INPUT.npy points|distances MAXDIM COEFF [cocycles]"""
import sys

import numpy as np
from scipy.sparse.csgraph import connected_components, minimum_spanning_tree
from scipy.spatial.distance import pdist, squareform

ph_file, input_file, kind, maxdim, coeff = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
with_cocycles = len(sys.argv) > 6
ph = np.load(ph_file)

if kind == "points":
    d = squareform(pdist(np.load(input_file), "euclidean")).astype(np.float32).astype(np.float64)
else:
    d = np.load(input_file).astype(np.float32).astype(np.float64)
n = d.shape[0]

expected = [f"dgm{k}" for k in range(maxdim + 1)]
if with_cocycles:
    for k in range(1, maxdim + 1):
        expected += [f"cocycles{k}", f"cocycles{k}_offsets"]
    expected.append("dperm2all")
assert sorted(ph.files) == sorted(expected), (ph.files, expected)

for k in range(maxdim + 1):
    dgm = ph[f"dgm{k}"]
    assert dgm.dtype == np.float64 and dgm.ndim == 2 and dgm.shape[1] == 2, (k, dgm.dtype, dgm.shape)
    assert np.all(dgm[:, 1] > dgm[:, 0]), f"H{k}: every bar has positive length"

# H0 from a minimum spanning forest over the edges (absent edges: +inf, not edges at all).
graph = np.where(np.isfinite(d), d, 0)
np.fill_diagonal(graph, 0)
# scipy drops zero-weight edges; lengths of 0 give no H0 bar anyway, as in ripser.
mst = minimum_spanning_tree(graph).toarray()
weights = np.sort(mst[mst > 0])
components, _ = connected_components(graph != 0, directed=False)
dgm0 = ph["dgm0"]
finite = np.sort(dgm0[np.isfinite(dgm0[:, 1]), 1])
assert np.all(dgm0[:, 0] == 0), "H0 births are 0"
assert len(finite) == len(weights) and np.allclose(finite, weights, rtol=0, atol=0), (finite[:5], weights[:5])

assert np.count_nonzero(np.isinf(dgm0[:, 1])) == components, "one infinite H0 bar per component"

if with_cocycles:
    assert ph["dperm2all"].shape == (n, n) and np.array_equal(ph["dperm2all"], d), "dperm2all is the distances"
    for k in range(1, maxdim + 1):
        rows, offsets = ph[f"cocycles{k}"], ph[f"cocycles{k}_offsets"]
        assert rows.dtype == np.int64 and offsets.dtype == np.int64
        assert rows.ndim == 2 and rows.shape[1] == k + 2, rows.shape
        assert len(offsets) == len(ph[f"dgm{k}"]) + 1 and offsets[0] == 0 and offsets[-1] == len(rows)
        assert np.all(np.diff(offsets) > 0), "every bar has a non-empty cocycle"
        assert np.all(np.diff(rows[:, :k + 1], axis=1) < 0), "vertices largest first"
        assert np.all((rows[:, -1] > 0) & (rows[:, -1] < coeff)), "values in 1..p-1"
        assert rows[:, :k + 1].min() >= 0 and rows[:, :k + 1].max() < n
print("ok", {f: ph[f].shape for f in ph.files})
