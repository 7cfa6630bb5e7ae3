"""The numpy peer of BumpFitsBenchmark: canns' bump_fits run the way its pure-numpy path runs (no numba).

    OPENBLAS_NUM_THREADS=1 python3 benchmarks/python/bump_fits_canns_way.py [FRAMES] [SWEEPS] [REPEATS]

As canns' cann1d.py with HAS_NUMBA False: SiteBump objects holding Python lists, one clone per proposal, moves
drawn with Python's random, the site term with numpy and scipy.special.i0 on every proposal, the coupling always
by scipy.optimize.linear_sum_assignment. Data: the same kind of synthetic ROI data as jcanns' (a von Mises bump
drifting on 16 ROIs, noise 0.05), FRAMES frames (default 1000), SWEEPS sweeps from the empty state (default 1000).
Prints seconds per run (median of REPEATS, default 3) and sweeps per second.
"""
import random
import sys
import time
import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.special import i0

N_ROI, N_BUMP_MAX, SIGMA_DIFF, AMPLI_MIN, KAPPA_MEAN = 16, 4, 0.5, 2.0, 2.5
SIG2, PENBUMP, JC, BETA = 1.0, 0.4, 1.8, 5.0
SIGCOUP2 = (2 * np.pi / N_ROI) ** 2


class SiteBump:
    def __init__(self):
        self.nbump, self.pos, self.ampli, self.kappa, self.logl = 0, [], [], [], 0.0

    def clone(self):
        new = SiteBump()
        new.nbump, new.pos, new.ampli, new.kappa, new.logl = (self.nbump, self.pos.copy(), self.ampli.copy(),
                                                               self.kappa.copy(), self.logl)
        return new


def site_logl(intens, bump):
    logl = -bump.nbump * PENBUMP
    if bump.nbump > 0:
        x = np.arange(N_ROI) * 2 * np.pi / N_ROI
        angles = x[:, None] - np.array(bump.pos[:bump.nbump])
        kappa = np.array(bump.kappa[:bump.nbump])
        ampli = np.array(bump.ampli[:bump.nbump])
        predicted = np.sum(ampli * (np.exp(kappa * np.cos(angles)) / (2 * np.pi * i0(kappa))), axis=1)
    else:
        predicted = np.zeros(N_ROI)
    logl -= 0.5 * np.sum((intens - predicted) ** 2) / SIG2
    return BETA * logl


def interf_logl(b1, b2):
    if b1.nbump == 0 or b2.nbump == 0:
        return 0.0
    pos1, pos2 = np.array(b1.pos[:b1.nbump]), np.array(b2.pos[:b2.nbump])
    dm = np.abs(pos1[:, None] - pos2)
    circ = np.minimum(dm, 2 * np.pi - dm)
    cost = -np.exp(-0.5 * circ ** 2 / SIGCOUP2)
    rows, cols = linear_sum_assignment(cost)
    n = min(len(rows), min(b1.nbump, b2.nbump, N_BUMP_MAX))
    return BETA * JC * (-np.sum(cost[rows[:n], cols[:n]]) if n > 0 else 0.0)


def propose(b):
    u = random.random()
    if u < 0.01:
        if b.nbump >= N_BUMP_MAX:
            return False
        b.pos.append(random.uniform(0, 2 * np.pi)); b.ampli.append(AMPLI_MIN); b.kappa.append(KAPPA_MEAN)
        b.nbump += 1
        return True
    if b.nbump == 0:
        return False
    i = random.randrange(b.nbump)
    if u < 0.01 * (1 + b.nbump):
        if i < b.nbump - 1:
            b.pos[i], b.ampli[i], b.kappa[i] = b.pos[-1], b.ampli[-1], b.kappa[-1]
        b.pos.pop(); b.ampli.pop(); b.kappa.pop()
        b.nbump -= 1
    elif u < 0.3:
        b.pos[i] = (b.pos[i] + random.gauss(0, SIGMA_DIFF)) % (2 * np.pi)
    elif u < 0.4:
        k = b.kappa[i] + random.gauss(0, 0.5)
        if k < 2.0 or k > 6.0:
            return False
        b.kappa[i] = k
    else:
        d = random.gauss(0, 1.0)
        if b.ampli[i] + d <= 0:
            return False
        b.ampli[i] += d
    return True


def mcmc(data, sweeps):
    nt = len(data) // N_ROI
    bumps = [SiteBump() for _ in range(nt)]
    interfe = [0.0] * (nt - 1)
    for t in range(nt):
        bumps[t].logl = site_logl(data[t * N_ROI:(t + 1) * N_ROI], bumps[t])
    for _ in range(sweeps):
        for j in range(nt):
            cur = bumps[j]
            prop = cur.clone()
            if not propose(prop):
                continue
            loglt = site_logl(data[j * N_ROI:(j + 1) * N_ROI], prop)
            delta = loglt - cur.logl
            l1 = l2 = None
            if j > 0:
                l1 = interf_logl(bumps[j - 1], prop)
                delta += l1 - interfe[j - 1]
            if j < nt - 1:
                l2 = interf_logl(prop, bumps[j + 1])
                delta += l2 - interfe[j]
            if delta > 0 or random.random() < np.exp(delta):
                prop.logl = loglt
                bumps[j] = prop
                if l1 is not None:
                    interfe[j - 1] = l1
                if l2 is not None:
                    interfe[j] = l2
    return bumps


def synthetic(frames, seed=1):
    rng = np.random.default_rng(seed)
    x = np.arange(N_ROI) * 2 * np.pi / N_ROI
    pos, vel, out = rng.random() * 2 * np.pi, 0.0, np.zeros((frames, N_ROI))
    for t in range(frames):
        out[t] = 1 + 4 * np.exp(3 * np.cos(x - pos)) / (2 * np.pi * i0(3)) + 0.05 * rng.normal(size=N_ROI)
        vel = 0.9 * vel + 0.03 * rng.normal()
        pos = (pos + vel) % (2 * np.pi)
    return out


if __name__ == "__main__":
    frames = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    sweeps = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    flat = synthetic(frames).flatten()
    y = flat / np.median(flat) - 1.0
    times = []
    for r in range(repeats):
        random.seed(42 + r)
        start = time.perf_counter()
        bumps = mcmc(y, sweeps)
        times.append(time.perf_counter() - start)
    med = float(np.median(times))
    print("frames=%d sweeps=%d runs=%s median_s=%.3f sweeps_per_s=%.3f bumps=%d" % (
        frames, sweeps, ",".join("%.3f" % t for t in times), med, sweeps / med, sum(b.nbump for b in bumps)))
