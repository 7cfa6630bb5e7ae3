"""The numpy peer: the same CANN steps as jcanns' benchmarks, written the way canns computes them (float32, a dense
W built in full, Irec = W @ r), on one thread. Prints JSON {case: median microseconds} (and the machine's measured
one-core read bandwidth) for report.py. Run through run.sh, which pins BLAS and OpenMP to one thread."""
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


def cann2d(length, a=0.5, j0=4.0, k=8.1, dt=0.1):
    x = np.linspace(-np.pi, np.pi, length).astype(F32)
    xx, yy = np.meshgrid(x, x)
    pos = np.stack([xx.ravel(), yy.ravel()], axis=1).astype(np.float64)
    n = length * length
    w = np.empty((n, n), F32)
    for s in range(0, n, 1024):  # in blocks: the float64 temporaries of 16384² would need 4 GiB
        d = wrap(pos[s:s + 1024, None, :] - pos[None, :, :], 2 * np.pi)
        w[s:s + 1024] = (j0 * np.exp(-0.5 * np.sum(np.square(d), axis=2) / a ** 2) / (np.sqrt(2 * np.pi) * a))
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


if __name__ == "__main__":
    main()
