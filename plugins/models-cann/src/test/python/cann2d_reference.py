"""float64 numpy reference of canns' CANN2D / CANN2D_SFA driven by SmoothTracking2D (canns-reference §2.2, §3.2).

    python3 cann2d_reference.py MODEL OUT.npz     MODEL: cann2d | cann2d-sfa

Length 64, dt 0.1, key points KEYS (asymmetric in x and y, so a transposed model cannot pass), durations 10 each:
300 steps. Writes x, the stimulus sequence `inp` (steps, L, L) and the states after the steps in KEEP (u_<step>,
and v_<step> for the SFA model). Written from the reference text, independently of the Java code.

Neuron n = i*L + j sits at (x[j], x[i]); W is the Gaussian of the Euclidean norm of the wrapped difference vector.
That Gaussian factorises, W r = c * G R G^T with G[i, i'] = exp(-d(x_i - x_i')^2 / 2a^2); the script checks this
identity against the dense definition on a small torus before using it.
"""
import math
import sys

import numpy as np

L = 64
DT = 0.1
KEYS = ((-2.0, 0.5), (1.0, -1.5), (2.5, 2.0), (0.0, 3.0))
DURATION = (10.0, 10.0, 10.0)
KEEP = (1, 100, 200, 300)

PARAMS = {
    "cann2d": dict(tau=1.0, k=8.1, a=0.5, A=10.0, J0=4.0),
    "cann2d-sfa": dict(tau=1.0, tau_v=50.0, k=8.1, a=0.3, A=0.2, J0=1.0, m=0.3),
}
Z_MIN, Z_MAX = -math.pi, math.pi
Z_RANGE = Z_MAX - Z_MIN


def dist(d):
    d = np.remainder(d, Z_RANGE)  # Python floor-mod: the sign of the divisor
    return np.where(d > Z_RANGE / 2, d - Z_RANGE, d)


def dense_w(x, a, j0):
    """canns' make_conn: the (L^2, L^2) matrix from the wrapped 2-vectors between neuron coordinates."""
    n = len(x)
    cx = np.tile(x, n)      # coordinate 0 of neuron i*n + j is x[j]
    cy = np.repeat(x, n)    # coordinate 1 is x[i]
    d0 = dist(cx[:, None] - cx[None, :])
    d1 = dist(cy[:, None] - cy[None, :])
    norm = np.sqrt(d0 ** 2 + d1 ** 2)
    return j0 * np.exp(-0.5 * np.square(norm / a)) / (math.sqrt(2 * math.pi) * a)


def separable(x, a, j0):
    g = np.exp(-0.5 * np.square(dist(x[:, None] - x[None, :]) / a))
    c = j0 / (math.sqrt(2 * math.pi) * a)
    return lambda r: c * (g @ r @ g.T)


def check_separable(a, j0):
    x = np.linspace(Z_MIN, Z_MAX, 12)
    r = np.random.default_rng(1).random((12, 12))
    dense = (dense_w(x, a, j0) @ r.reshape(-1)).reshape(12, 12)
    fast = separable(x, a, j0)(r)
    assert np.max(np.abs(dense - fast)) <= 1e-12 * np.max(np.abs(dense)), "separable W r differs from dense"


def smooth_tracking_sequence(keys, duration, dt):
    total_steps = int(np.ceil(sum(duration) / dt))
    seq = np.zeros((total_steps, 2))
    t = 0
    for i, dur in enumerate(duration):
        n = int(dur / dt)
        for c in range(2):
            seq[t:t + n, c] = np.linspace(keys[i][c], keys[i + 1][c], n)
        t += n
    seq[t:] = keys[-1]
    return seq


def stimulus(x, pos, a, amplitude):
    d0 = dist(x[None, :] - pos[0])   # along columns
    d1 = dist(x[:, None] - pos[1])   # along rows
    return amplitude * np.exp(-0.25 * (d0 ** 2 + d1 ** 2) / a ** 2)


def main(model, out):
    p = PARAMS[model]
    check_separable(p["a"], p["J0"])
    x = np.linspace(Z_MIN, Z_MAX, L)
    w_times = separable(x, p["a"], p["J0"])
    seq = smooth_tracking_sequence(KEYS, DURATION, DT)
    inp = np.stack([stimulus(x, pos, p["a"], p["A"]) for pos in seq])

    u = np.zeros((L, L))
    v = np.zeros((L, L))
    kept = {"x": x, "inp": inp, "positions": seq}
    for step in range(len(seq)):
        r = np.square(u) / (1.0 + p["k"] * np.sum(np.square(u)))
        irec = w_times(r)
        if model == "cann2d":
            u = u + (-u + irec + inp[step]) / p["tau"] * DT
        else:
            u = u + (-u + irec + inp[step] - v) / p["tau"] * DT
            v = v + (-v + p["m"] * u) / p["tau_v"] * DT
        if step + 1 in KEEP:
            kept[f"u_{step + 1}"] = u.copy()
            if model != "cann2d":
                kept[f"v_{step + 1}"] = v.copy()
    np.savez(out, **kept)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
