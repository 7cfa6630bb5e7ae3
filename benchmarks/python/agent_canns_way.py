"""The open-loop agent as canns ran it at SEED: RatInABox's Agent.update in Python, one numpy call per quantity
(the same motion model as jcanns' Agent: OU rotation, Rayleigh speed through scipy's norm.ppf/cdf, wall
repulsion with thigmotaxis, reflection), in canns' empty 5 x 5 m box with canns' defaults. Prints microseconds per
step (median of 5 runs of STEPS steps).

    python3 agent_canns_way.py [STEPS]
"""
import sys
import time

import numpy as np
from scipy.stats import norm

DT = 0.01
SPEED, COH_SPEED, COH_ROT, STD_ROT = 0.04, 0.7, 0.08, 120 * np.pi / 180
TAU_HD, THIG, D, STRENGTH = 0.15, 0.5, 0.1, 1.0
WALLS = np.array([[[0, 0], [5, 0]], [[5, 0], [5, 5]], [[5, 5], [0, 5]], [[0, 5], [0, 0]]], dtype=float)


def ou(x, drift, noise, tau):
    sigma = np.sqrt((2 * noise ** 2) / (tau * DT))
    return (drift - x) * DT / tau + sigma * np.random.normal(scale=DT)


def vectors_from_walls(pos):
    a, b = WALLS[:, 0], WALLS[:, 1]
    ab = b - a
    t = np.clip(np.einsum("ij,ij->i", pos - a, ab) / np.einsum("ij,ij->i", ab, ab), 0, 1)
    return pos - (a + t[:, None] * ab)


def crosses(p0, p1):
    a, b = WALLS[:, 0], WALLS[:, 1]

    def orient(p, q, r):
        return (q[..., 0] - p[..., 0]) * (r[..., 1] - p[..., 1]) - (q[..., 1] - p[..., 1]) * (r[..., 0] - p[..., 0])
    return (np.sign(orient(a, b, p0)) != np.sign(orient(a, b, p1))) & (np.sign(orient(p0, p1, a)) != np.sign(
        orient(p0, p1, b)))


def run(steps):
    pos = np.array([2.5, 2.5])
    vel = SPEED * np.array([1.0, 0.0])
    hd = np.array([1.0, 0.0])
    rot = 0.0
    for _ in range(steps):
        rot += ou(rot, 0, STD_ROT, COH_ROT)
        c, s = np.cos(rot * DT), np.sin(rot * DT)
        vel = np.array([c * vel[0] - s * vel[1], s * vel[0] + c * vel[1]])
        speed = np.linalg.norm(vel)
        z = norm.ppf(np.clip(1 - np.exp(-speed ** 2 / (2 * SPEED ** 2)), 1e-6, 1 - 1e-6))
        z = z + ou(z, 0, 1, COH_SPEED)
        vel = vel * (SPEED * np.sqrt(-2 * np.log(1 - norm.cdf(z)))) / speed
        v = vectors_from_walls(pos)
        x = np.linalg.norm(v, axis=1)
        n = v / x[:, None]
        near = x <= D
        vs = STRENGTH * SPEED
        acc = np.where(near, vs ** 2 / D ** 2 * (D - x), 0)
        belt = np.where(near, vs * (1 - np.sqrt(np.clip(1 - (D - x) ** 2 / D ** 2, 0, 1))), 0)
        vel = vel + 3 * (1 - THIG) ** 2 * (acc[:, None] * n).sum(0) * DT
        start = pos + 6 * THIG ** 2 * (belt[:, None] * n).sum(0) * DT
        new = start + vel * DT
        hit = crosses(start, new)
        if hit.any():
            w = WALLS[np.argmax(hit)]
            par = w[1] - w[0]
            vpar = np.dot(vel, par) / np.dot(par, par) * par
            vel = vpar - (vel - vpar)
            vel = 0.5 * SPEED / np.linalg.norm(vel) * vel
            new = start + vel * DT
        measured = (new - pos) / DT
        pos = new
        m = np.linalg.norm(measured)
        if m > 0:
            hd = (1 - DT / TAU_HD) * hd + DT / TAU_HD * measured / m
            hd = hd / np.linalg.norm(hd)
    return pos


def main(steps=20000):
    steps = int(steps)
    np.random.seed(0)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        run(steps)
        times.append((time.perf_counter() - t0) / steps * 1e6)
    print("agent_step_us median=%.2f min=%.2f max=%.2f steps=%d" % (np.median(times), min(times), max(times), steps))


if __name__ == "__main__":
    main(*sys.argv[1:])
