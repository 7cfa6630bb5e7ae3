"""The numpy peer: the same CANN steps as jcanns' benchmarks, written the way canns computes them (float32, a dense
W built in full, Irec = W @ r), on one thread. Run through run.sh, which pins BLAS and OpenMP to one thread.

    numpy_peer.py                      JSON {case: median microseconds} (and the one-core read bandwidth), for report.py
    numpy_peer.py prepare DIR          the input files both sides of the whole-process cases read (see process.py)
    numpy_peer.py process CASE ...     one whole run as a user's script does it: import, build, run, write a file

The whole-process cases (what `process.py` times against `./jcanns`): `cann1d STEPS EVERY OUT` (canns' CANN1D
example, N = 512, smooth tracking through 1, 0.75, 2, 1.75, 3 over 4 x 10 time units at dt 0.1, repeated when STEPS
> 400), `cann2d STEPS OUT` (CANN2D L = 64, smooth tracking through 4 key points), `theta DIR OUT` (direction cells
(100) and grid cells (100 x 100, mapping ratio 5, adaptation 8) for the steps of DIR/theta_dc.npz, noise 0),
`hopfield DIR OUT` (canns' hopfield_train at N = 16384: Hebbian W of 4 patterns, 20 sign updates of 4 cues)."""
import json
import math
import sys
import time

import numpy as np

F32 = np.float32


def median_us(fn, min_time=0.4, repeats=7):
    """Median over `repeats` timed blocks of the per-call time of fn, after a warm-up block."""
    fn()
    calls = 1
    while True:
        t = time.perf_counter()
        for _ in range(calls):
            fn()
        if time.perf_counter() - t > min_time / repeats or calls > 1 << 22:
            break
        calls *= 2
    samples = []
    for _ in range(repeats):
        t = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - t) / calls * 1e6)
    samples.sort()
    return samples[len(samples) // 2]


def wrap(d, period):
    """canns' floor-mod periodic distance in (-period/2, period/2]."""
    d = np.mod(d, period)
    return np.where(d > period / 2, d - period, d)


def cann1d(num, a=0.5, j0=4.0, k=8.1, tau=1.0, dt=0.1):
    x = np.linspace(-np.pi, np.pi, num).astype(F32)
    d = wrap(x[:, None].astype(np.float64) - x[None, :], 2 * np.pi)
    w = (j0 * np.exp(-0.5 * np.square(d / a)) / (np.sqrt(2 * np.pi) * a)).astype(F32)
    inp = (10 * np.exp(-0.25 * np.square(wrap(x - 0.5, 2 * np.pi) / a))).astype(F32)
    state = {"u": np.zeros(num, F32)}
    kk, c = F32(k), F32(dt / tau)

    def step():
        u = state["u"]
        r = np.square(u) / (F32(1) + kk * np.sum(np.square(u)))
        irec = w @ r
        state["u"] = u + c * (-u + irec + inp)

    for _ in range(50):
        step()
    return step, w, state


def cann2d_weights(length, a=0.5, j0=4.0):
    """canns' CANN2D W, (L², L²) float32, built in full."""
    x = np.linspace(-np.pi, np.pi, length).astype(F32)
    xx, yy = np.meshgrid(x, x)
    pos = np.stack([xx.ravel(), yy.ravel()], axis=1).astype(np.float64)
    n = length * length
    w = np.empty((n, n), F32)
    for s in range(0, n, 1024):  # in blocks: the float64 temporaries of 16384² would need 4 GiB
        d = wrap(pos[s:s + 1024, None, :] - pos[None, :, :], 2 * np.pi)
        w[s:s + 1024] = (j0 * np.exp(-0.5 * np.sum(np.square(d), axis=2) / a ** 2) / (np.sqrt(2 * np.pi) * a))
    return w


def cann2d(length, a=0.5, j0=4.0, k=8.1, dt=0.1):
    w = cann2d_weights(length, a, j0)
    inp = np.zeros((length, length), F32)
    inp[length // 2, length // 2] = 1
    state = {"u": np.zeros((length, length), F32)}
    kk, c = F32(k), F32(dt)

    def step():
        u = state["u"]
        r = np.square(u) / (F32(1) + kk * np.sum(np.square(u)))
        irec = (r.ravel() @ w).reshape(length, length)
        state["u"] = u + c * (-u + irec + inp)

    return step


def batch(copies, num=512, k=8.1, dt=0.1):
    """B networks as a numpy user would batch them: one GEMM R @ Wᵀ and row-wise normalisation."""
    _, w, _ = cann1d(num)
    u = np.random.default_rng(0).random((copies, num), dtype=F32)
    tau = (1 + 0.01 * np.arange(copies, dtype=F32))[:, None]
    inp = np.zeros((copies, num), F32)
    kk = F32(k)
    state = {"u": u}

    def step():
        u = state["u"]
        r = np.square(u) / (F32(1) + kk * np.sum(np.square(u), axis=1, keepdims=True))
        irec = r @ w.T
        state["u"] = u + F32(dt) / tau * (-u + irec + inp)

    return step


def main():
    out = {}
    for num in (256, 512, 2048, 8192):
        step, w, state = cann1d(num)
        out[f"cann1d_step_{num}"] = median_us(step)
        r = np.random.default_rng(1).random(num, dtype=F32)
        out[f"matvec_{num}"] = median_us(lambda: w @ r)
        del w
    for length in (32, 64, 128):
        out[f"cann2d_step_{length}"] = median_us(cann2d(length), min_time=1.5 if length == 128 else 0.4, repeats=5)
    for copies in (1, 16, 64):
        out[f"batch_step_{copies}"] = median_us(batch(copies))
    big = np.ones(64 << 20, F32)  # 256 MiB, the stored W of N = 8192
    # max() is a SIMD loop bound by memory; add.reduce is not (pairwise summation is compute-bound at ~8 GB/s).
    t = median_us(lambda: big.max(), min_time=1.0, repeats=5)
    out["read_bandwidth_gbs"] = big.nbytes / (t * 1e-6) / 1e9
    out["numpy"] = np.__version__
    json.dump(out, sys.stdout, indent=1)


def smooth_tracking(iext, duration, dt):
    """canns' SmoothTracking1D/2D key-point path: int(dur/dt) linearly spaced steps per segment, the tail filled."""
    iext = np.asarray(iext, dtype=np.float64)
    total = int(math.ceil(sum(duration) / dt))
    seq = np.zeros((total,) + iext.shape[1:])
    t = 0
    for i, dur in enumerate(duration):
        n = int(dur / dt)
        seq[t:t + n] = np.linspace(iext[i], iext[i + 1], n)
        t += n
    seq[t:] = iext[-1]
    return seq


def process_cann1d(steps, every, out, num=512, a=0.5, big_a=10.0, j0=4.0, k=8.1, tau=1.0, dt=0.1):
    x = np.linspace(-np.pi, np.pi, num).astype(F32)
    d = wrap(x[:, None].astype(np.float64) - x[None, :], 2 * np.pi)
    w = (j0 * np.exp(-0.5 * np.square(d / a)) / (np.sqrt(2 * np.pi) * a)).astype(F32)
    pos = smooth_tracking((1, 0.75, 2, 1.75, 3), (10, 10, 10, 10), dt)
    inp = (big_a * np.exp(-0.25 * np.square(wrap(x[None, :] - pos[:, None], 2 * np.pi) / a))).astype(F32)
    u = np.zeros(num, F32)
    kk, c = F32(k), F32(dt / tau)
    kept, times = [], []
    for step in range(steps):
        r = np.square(u) / (F32(1) + kk * np.sum(np.square(u)))
        u = u + c * (-u + w @ r + inp[step % len(inp)])
        if (step + 1) % every == 0:
            kept.append(u)
            times.append(step * dt)
    np.savez(out, u=np.array(kept), x=x, t=np.array(times))


def process_cann2d(steps, out, length=64, a=0.5, big_a=10.0, k=8.1, dt=0.1):
    x = np.linspace(-np.pi, np.pi, length).astype(F32)
    w = cann2d_weights(length, a)
    pos = smooth_tracking(((0, 0), (1, -0.5), (0.75, 1.5), (-1, 1)), (10, 10, 10), dt)
    d0 = wrap(x[None, None, :] - pos[:, 0, None, None], 2 * np.pi)
    d1 = wrap(x[None, :, None] - pos[:, 1, None, None], 2 * np.pi)
    inp = (big_a * np.exp(-0.25 * (np.square(d0) + np.square(d1)) / a ** 2)).astype(F32)
    u = np.zeros((length, length), F32)
    kk, c = F32(k), F32(dt)
    kept = []
    for s in range(steps):
        r = np.square(u) / (F32(1) + kk * np.sum(np.square(u)))
        u = u + c * (-u + (r.ravel() @ w).reshape(length, length) + inp[s % len(inp)])
        if (s + 1) % 10 == 0:
            kept.append(u)
    np.savez(out, u=np.array(kept), x=x)


def theta_inputs(steps=800):
    """A curving walk through a 1.5 m box sampled every 2 ms, and canns' theta modulation of both networks."""
    t = np.arange(steps + 1) * 0.002
    pos = np.stack([0.4 + 0.9 * t + 0.3 * np.sin(6 * t), 0.6 + 0.5 * t - 0.4 * np.cos(4 * t)], axis=1)
    vel = np.diff(pos, axis=0) / 0.002
    hd = np.angle(vel[:, 0] + 1j * vel[:, 1])
    speed = np.linalg.norm(vel, axis=1)
    ang = np.concatenate([[0.0], np.diff(np.unwrap(hd)) / 0.002])
    lin_gain, ang_gain = speed / np.max(speed), ang / np.max(np.abs(ang))
    phase = np.mod(np.arange(steps) * 1.0, 100.0) / 100.0 * 2 * np.pi - np.pi
    theta_hd = 1 + 1.0 * (0.5 + ang_gain) * np.cos(phase)
    theta_gc = 1 + 0.5 * (0.5 + lin_gain) * np.cos(phase)
    return pos[1:], hd, theta_hd, theta_gc


def prepare(directory):
    """The inputs of the whole-process cases, written once: theta-sweep walk and modulation, Hopfield patterns."""
    import os
    os.makedirs(directory, exist_ok=True)
    pos, hd, theta_hd, theta_gc = theta_inputs()
    np.savez(f"{directory}/theta_dc.npz", head_direction=hd.astype(F32), theta_input=theta_hd.astype(F32))
    np.savez(f"{directory}/theta_walk.npz", pos=pos.astype(F32), theta_mod=theta_gc.astype(F32))
    rng = np.random.default_rng(42)
    patterns = rng.choice(np.array([-1, 1], dtype=F32), size=(4, 16384))
    cues = np.where(rng.random((4, 16384)) < 0.3, -patterns, patterns).astype(F32)
    np.save(f"{directory}/hopfield_patterns.npy", patterns)
    np.save(f"{directory}/hopfield_cues.npy", cues)


def periodic(d):
    """canns' handle_periodic_condition: one wrap into [-pi, pi]."""
    d = np.where(d > np.pi, d - 2 * np.pi, d)
    return np.where(d < -np.pi, d + 2 * np.pi, d)


def process_theta(directory, out, num_dc=100, n_gc=100, ratio=5.0):
    """canns' DirectionCellNetwork and GridCellNetwork stepped in turn (dt 1, noise 0), float32, dense W."""
    dc_in, walk = np.load(f"{directory}/theta_dc.npz"), np.load(f"{directory}/theta_walk.npz")
    hd, theta_hd, pos, theta_gc = dc_in["head_direction"], dc_in["theta_input"], walk["pos"], walk["theta_mod"]
    # Direction cells: tau 10, tau_v 100, k 0.2, adaptation 15, a 0.7, A 3, J0 1.
    xd = np.linspace(-np.pi, np.pi, num_dc + 1)[:-1].astype(F32)
    wd = (np.exp(-0.5 * np.square(periodic(xd[:, None] - xd[None, :]) / 0.7)) / (np.sqrt(2 * np.pi) * 0.7)).astype(F32)
    ud, vd, rd = (np.zeros(num_dc, F32) for _ in range(3))
    md = F32(15 * 10 / 100)
    # Grid cells: tau 10, tau_v 100, k 1, adaptation 8, a 0.8, A 3, J0 5, g 1000, phase offset 1/20.
    m_mat = np.array([[1.0, -1.0 / np.sqrt(3.0)], [0.0, 2.0 / np.sqrt(3.0)]])
    m_inv = np.linalg.inv(m_mat)
    xg = np.linspace(-np.pi, np.pi, n_gc + 1)[:-1]
    gx, gy = np.meshgrid(xg, xg)
    grid = np.stack([gx.ravel(), gy.ravel()], axis=1)
    n = n_gc * n_gc
    w = np.empty((n, n), F32)
    for s in range(0, n, 500):  # in blocks: the float64 differences of all pairs would need 1.6 GB
        diff = periodic(grid[s:s + 500, None, :] - grid[None, :, :])
        t = diff @ m_inv.T
        dist = np.sqrt(np.sum(np.square(t), axis=2))
        w[s:s + 500] = (5.0 / 1000.0) * np.exp(-0.5 * np.square(dist / 0.8)) / (np.sqrt(2 * np.pi) * 0.8)
    lam = 2 * np.pi / ratio
    cc = np.array([((-16 + i) * lam, (-16 + j) * lam) for i in range(32) for j in range(32)])
    candidates = cc @ m_inv.T
    bins = np.linspace(-np.pi, np.pi, num_dc)
    offset = np.stack([np.cos(bins), np.sin(bins)]) / 20
    ug, vg, rg = (np.zeros(n, F32) for _ in range(3))
    mg = F32(8 * 10 / 100)
    cd, cv = F32(1 - np.exp(-1 / 10)), F32(1 - np.exp(-1 / 100))
    centers = []
    for step in range(len(hd)):
        ext = theta_hd[step] * 3.0 * np.exp(-0.5 * np.square(periodic(xd - hd[step]) / 0.7))
        total = (ext + wd @ rd).astype(F32)
        ud, vd = np.maximum(ud + cd * (total - vd - ud), 0), vd + cv * (md * ud - vd)
        rd = np.square(ud) / (F32(1) + F32(0.2) * np.sum(np.square(ud)))
        masked = np.where(rg > np.max(rg) * 0.1, rg, 0)
        phase = np.array([np.angle(np.sum(np.exp(1j * grid[:, 0]) * masked)),
                          np.angle(np.sum(np.exp(1j * grid[:, 1]) * masked))])
        cand = candidates + m_inv @ phase / ratio
        centers.append(cand[np.argmin(np.linalg.norm(cand - pos[step], axis=1))])
        q = m_mat @ ((pos[step][:, None] + offset) * ratio) + np.pi
        phases = np.mod(q, 2 * np.pi) - np.pi
        diff = periodic(phases.T[:, None, :] - grid[None, :, :]) @ m_inv.T
        conj = 3.0 * np.exp(-0.5 * np.sum(np.square(diff), axis=2) / 0.64)
        weight = np.where(rd > np.max(rd) / 3.0, rd, 0)
        weight = weight / (np.sum(weight) + 1e-12)
        total = (w @ rg + (conj.T @ weight) * theta_gc[step]).astype(F32)
        ug, vg = np.maximum(ug + cd * (total - vg - ug), 0), vg + cv * (mg * ug - vg)
        rg = F32(1000) * np.square(ug) / (F32(1) + np.sum(np.square(ug)))
    np.savez(out, r=rg, center_position=np.array(centers))


def process_hopfield(directory, out, iterations=20):
    """canns' hopfield_train done its way (benchmarks/python/hopfield_canns_way.py): dense W, fixed iterations."""
    patterns = np.load(f"{directory}/hopfield_patterns.npy")
    cues = np.load(f"{directory}/hopfield_cues.npy")
    p, n = patterns.shape
    rho = np.float32(patterns.sum(dtype=F32) / np.float32(p * n))
    w = np.zeros((n, n), dtype=F32)
    for x in patterns:
        t = x - rho
        w += np.outer(t, t)
    w /= np.float32(p)
    np.fill_diagonal(w, 0)
    recovered, energies = [], []
    for cue in cues:
        s = cue.copy()
        for _ in range(iterations):
            s = np.sign(w @ s).astype(F32)
            energy = -0.5 * float(s @ (w @ s))
        recovered.append(s)
        energies.append(energy)
    np.savez(out, recovered=np.array(recovered), energies=np.array(energies))


def process(case, *args):
    if case == "cann1d":
        process_cann1d(int(args[0]), int(args[1]), args[2])
    elif case == "cann2d":
        process_cann2d(int(args[0]), args[1])
    elif case == "theta":
        process_theta(args[0], args[1])
    elif case == "hopfield":
        process_hopfield(args[0], args[1])
    else:
        raise SystemExit(f"unknown case {case}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "prepare":
        prepare(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "process":
        process(*sys.argv[2:])
    else:
        main()
