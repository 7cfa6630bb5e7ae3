"""Writes the files the loader tests read, as numpy and scipy's MAT writer make them, plus expected.npz.

Usage: python3 loader_fixtures.py OUT_DIR
"""
import sys
import os
import numpy as np
import scipy.io

out = sys.argv[1]
rng = np.random.default_rng(7)

# ROI data: 40 frames of 16 ROIs, positive, as np.loadtxt / np.save / savemat carry it.
roi = 1.0 + rng.random((40, 16))
np.savetxt(os.path.join(out, "roi.txt"), roi, header="frames x ROIs")
np.save(os.path.join(out, "roi.npy"), roi)
np.save(os.path.join(out, "roi_f32.npy"), roi.astype(np.float32))
np.savez(os.path.join(out, "roi.npz"), data=roi)
scipy.io.savemat(os.path.join(out, "roi.mat"), {"data": roi})
scipy.io.savemat(os.path.join(out, "roi_compressed.mat"), {"data": roi, "note": "a char array"},
                 do_compression=True)
scipy.io.savemat(os.path.join(out, "roi_single.mat"), {"fluorescence": roi.astype(np.float32)})
ints = rng.integers(-5, 1000, size=(3, 4, 5)).astype(np.int16)
scipy.io.savemat(os.path.join(out, "ints.mat"), {"a": ints, "b": ints.astype(np.uint8), "c": ints.astype(np.int64)})
bad = roi.copy()
bad[3, 5] = np.nan
np.savetxt(os.path.join(out, "roi_nan.txt"), bad)
with open(os.path.join(out, "roi_ragged.txt"), "w") as f:
    f.write("1 2 3\n4 5\n")
open(os.path.join(out, "roi_empty.txt"), "w").close()

# Grid recording: 5 cells with different spike counts (one empty), positions sampled at 50 Hz.
cells = [np.sort(rng.random(n) * 10.0) for n in (7, 0, 3, 12, 1)]
t = np.arange(500) / 50.0
x = np.cos(t) * 0.5
y = np.sin(t) * 0.5
plain = dict(spike_times=np.concatenate(cells), spike_counts=np.array([len(c) for c in cells], dtype=np.int64),
             t=t, x=x, y=y)
np.savez(os.path.join(out, "grid_plain.npz"), **plain)
# canns' layout: spike is a 0-d object array wrapping a dict (pickled inside the npz).
np.savez(os.path.join(out, "grid_pickled.npz"), spike=np.array({i: c for i, c in enumerate(cells)}, dtype=object),
         t=t, x=x, y=y)
cell = np.empty((1, len(cells)), dtype=object)
for i, c in enumerate(cells):
    cell[0, i] = c.reshape(-1, 1)
scipy.io.savemat(os.path.join(out, "grid_cells.mat"), {"spike": cell, "t": t, "x": x, "y": y}, do_compression=True)
scipy.io.savemat(os.path.join(out, "grid_plain.mat"), plain)
short = dict(plain)
short["x"] = x[:-1]
np.savez(os.path.join(out, "grid_short_x.npz"), **short)

np.savez(os.path.join(out, "expected.npz"), roi=roi, roi_f32=roi.astype(np.float32).astype(np.float64),
         ints=ints.astype(np.float64), **plain)
