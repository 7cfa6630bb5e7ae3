"""canns' create_1d_bump_animation data preparation (cann1d.py @ebcec47) in numpy, as a reference for jcanns.

Usage: python3 bump_animation_reference.py OUT.npz
Writes fits (with several bumps at some times, one time without fits in between) and, for the strongest and the
first selection, the smoothed positions, rescaled heights and widths and the radius of every frame.
"""
import sys
import numpy as np

MAX_KERNEL_SIZE, NPOINTS, MAX_H, MAX_W = 60, 300, 0.5, 40


def smooth(x, window=3):
    return np.convolve(x, np.ones(window) / window, mode="same")


def smooth_circle(values, window=5):
    pad = window // 2
    ext = np.concatenate([values[-pad:], values, values[:pad]])
    return np.convolve(ext, np.ones(window) / window, mode="valid")


def prepare(fits, selection):
    times = fits[:, 0].astype(int)
    unique = np.unique(times)
    n = len(unique)
    pos, h, w = np.zeros(n), np.zeros(n), np.zeros(n)
    for i, t in enumerate(unique):
        d = fits[times == t]
        b = np.argmax(d[:, 2]) if selection == "strongest" else 0
        pos[i], h[i], w[i] = d[b, 1], d[b, 2], d[b, 3]
    positions, hs, ws = smooth(pos), smooth(h), smooth(w)
    heights = np.interp(hs, (hs.min(), hs.max()), (0.1, MAX_H)) if np.ptp(hs) > 0 else np.full_like(hs, 0.1)
    widths = (np.interp(ws, (ws.min(), ws.max()), (2, MAX_W)).astype(int) if np.ptp(ws) > 0
              else np.full_like(ws, MAX_W // 2, dtype=int))
    theta = np.linspace(0, 2 * np.pi, NPOINTS, endpoint=False)
    radii = []
    for f in range(n):
        c = np.argmin(np.abs(theta - positions[f]))
        r = np.ones(NPOINTS)
        sigma = widths[f] / 2
        for offset in range(-MAX_KERNEL_SIZE, MAX_KERNEL_SIZE + 1):
            g = np.exp(-(abs(offset) ** 2) / (2 * sigma ** 2))
            if g < 0.01:
                continue
            r[(c + offset) % NPOINTS] += heights[f] * g
        radii.append(smooth_circle(r, 5))
    return positions, heights, widths, np.array(radii)


rng = np.random.default_rng(5)
rows = []
for t in list(range(12)) + [14, 15, 16]:
    for _ in range(1 + (t % 3 == 0) * 2):
        rows.append([t, rng.random() * 2 * np.pi, 0.5 + 3 * rng.random(), 2 + 4 * rng.random()])
fits = np.array(rows)
out = {"fits": fits}
for sel in ("strongest", "first"):
    p, h, w, r = prepare(fits, sel)
    out.update({sel + "_positions": p, sel + "_heights": h, sel + "_widths": w.astype(np.float64), sel + "_radius": r})
np.savez(sys.argv[1], **out)
