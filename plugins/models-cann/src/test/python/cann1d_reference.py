"""float64 numpy reference of canns' CANN1D / CANN1D_SFA driven by SmoothTracking1D (canns-reference §2.1, §3.2).

    python3 cann1d_reference.py MODEL OUT.npz     MODEL: cann1d | cann1d-sfa

Writes x, the input sequence `inp` (steps, num) and the states after steps 1, 100 and 400 (u_1, u_100, u_400,
and v_* for the SFA model). Written from the reference text, independently of the Java code.
"""
import math
import sys
import numpy as np

NUM = 512
DT = 0.1
IEXT = (1.0, 0.75, 2.0, 1.75, 3.0)
DURATION = (10.0, 10.0, 10.0, 10.0)
KEEP = (1, 100, 400)

PARAMS = {
    "cann1d": dict(tau=1.0, k=8.1, a=0.5, A=10.0, J0=4.0),
    "cann1d-sfa": dict(tau=1.0, tau_v=50.0, k=8.1, a=0.3, A=0.2, J0=1.0, m=0.3),
}


def dist(d, z_range):
    d = np.remainder(d, z_range)  # Python floor-mod: the sign of the divisor
    return np.where(d > z_range / 2, d - z_range, d)


def smooth_tracking_sequence(iext, duration, dt):
    total_steps = int(np.ceil(sum(duration) / dt))
    seq = np.zeros(total_steps)
    t = 0
    for i, dur in enumerate(duration):
        n = int(dur / dt)
        seq[t:t + n] = np.linspace(iext[i], iext[i + 1], n)
        t += n
    seq[t:] = iext[-1]
    return seq


def main(model, out):
    p = PARAMS[model]
    z_min, z_max = -math.pi, math.pi
    z_range = z_max - z_min
    x = np.linspace(z_min, z_max, NUM)
    a = p["a"]
    d = dist(x[:, None] - x[None, :], z_range)
    W = p["J0"] * np.exp(-0.5 * np.square(d / a)) / (math.sqrt(2 * math.pi) * a)

    seq = smooth_tracking_sequence(IEXT, DURATION, DT)
    inp = p["A"] * np.exp(-0.25 * np.square(dist(x[None, :] - seq[:, None], z_range) / a))

    u = np.zeros(NUM)
    v = np.zeros(NUM)
    kept = {"x": x, "inp": inp}
    for step in range(len(seq)):
        r = np.square(u) / (1.0 + p["k"] * np.sum(np.square(u)))
        irec = W @ r
        if model == "cann1d":
            u = u + (-u + irec + inp[step]) / p["tau"] * DT
        else:
            u = u + (-u + irec + inp[step] - v) / p["tau"] * DT
            v = v + (-v + p["m"] * u) / p["tau_v"] * DT
        if step + 1 in KEEP:
            kept[f"u_{step + 1}"] = u.copy()
            if model != "cann1d":
                kept[f"v_{step + 1}"] = v.copy()
    np.savez(out, **kept)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
