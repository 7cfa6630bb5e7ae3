"""float64 numpy reference of canns' theta-sweep networks (canns-reference §2.4), written from the reference text.

    python3 theta_reference.py OUT.npz [num_gc_x] [tie]     tie: canns (default) | nearest

DirectionCellNetwork(100) and GridCellNetwork(num_dc 100, num_gc_x, default 40) with the ThetaSweepPipeline's
settings (DC adaptation 15, GC adaptation 8, mapping_ratio 5, noise 0), network dt 1, for STEPS steps along a
synthetic path; theta modulation from calculate_theta_modulation (strengths 1.0 and 0.5, cycle 100, dt 1).
Each step the direction cells step first, then the grid cells with the new direction-cell rates, as in the
pipeline. Writes the inputs (pos, head_direction, theta_hd, theta_gc), the direction-cell rates of every step
(dc_r, the grid network's input) and the states after the steps in KEEP (dc_<state>_<s>, gc_<state>_<s>).

The grid-cell W is built in full from canns' single-wrap distance. At exactly half a period the single wrap
leaves +pi or -pi by the sign of the raw difference ("canns"); "nearest" takes the nearer image instead, which
is what jcanns' circulant W does.
"""
import math
import sys

import numpy as np

PI = math.pi
DT = 1.0
STEPS = 50
KEEP = (1, 10, 25, 50)


def wrap(d):
    """handle_periodic_condition: one wrap into [-pi, pi]."""
    d = np.where(d > PI, d - 2 * PI, d)
    return np.where(d < -PI, d + 2 * PI, d)


def theta_modulation(step, linear_gain, ang_gain, s_hd=1.0, s_gc=0.5, cycle=100.0, dt=1.0):
    t = step * dt
    phase = np.mod(t, cycle) / cycle * 2 * PI - PI
    return phase, 1 + s_hd * (0.5 + ang_gain) * np.cos(phase), 1 + s_gc * (0.5 + linear_gain) * np.cos(phase)


class DirectionCells:
    def __init__(self, num=100, tau=10.0, tau_v=100.0, k=0.2, adaptation_strength=15.0, a=0.7, A=3.0, J0=1.0,
                 g=1.0):
        self.tau, self.tau_v, self.k, self.a, self.A, self.g = tau, tau_v, k, a, A, g
        self.m = adaptation_strength * tau / tau_v
        self.x = np.linspace(-PI, PI, num + 1)[:-1]
        d = self.dist(self.x[:, None] - self.x[None, :])
        self.W = J0 * np.exp(-0.5 * np.square(d / a)) / (math.sqrt(2 * PI) * a)
        self.u, self.v, self.r = np.zeros(num), np.zeros(num), np.zeros(num)
        self.center = 0.0

    def dist(self, d):
        d = wrap(d)
        return np.where(d > PI, d - 2 * PI, d)

    def update(self, hd, theta_input):
        self.center = np.angle(np.sum(np.exp(1j * self.x) * self.r))
        i_ext = theta_input * self.A * np.exp(-0.5 * np.square(self.dist(self.x - hd) / self.a))
        total = i_ext + self.W @ self.r  # noise 0
        u = self.u + (1 - math.exp(-DT / self.tau)) * (total - self.v - self.u)
        v = self.v + (1 - math.exp(-DT / self.tau_v)) * (self.m * self.u - self.v)
        self.u, self.v = np.maximum(u, 0), v
        self.r = self.g * np.square(self.u) / (1.0 + self.k * np.sum(np.square(self.u)))


class GridCells:
    M = np.array([[1.0, -1.0 / math.sqrt(3.0)], [0.0, 2.0 / math.sqrt(3.0)]])
    M_INV = np.linalg.inv(M)

    def __init__(self, num_dc=100, num_gc_x=40, tau=10.0, tau_v=100.0, k=1.0, adaptation_strength=8.0, a=0.8,
                 A=3.0, J0=5.0, g=1000.0, mapping_ratio=5.0, phase_offset=1 / 20, tie="canns"):
        self.num_dc, self.tau, self.tau_v, self.k, self.a, self.A, self.g = num_dc, tau, tau_v, k, a, A, g
        self.ratio, self.phase_offset = mapping_ratio, phase_offset
        self.m = adaptation_strength * tau / tau_v
        x = np.linspace(-PI, PI, num_gc_x + 1)[:-1]
        xg, yg = np.meshgrid(x, x)
        self.x_grid, self.y_grid = xg.reshape(-1), yg.reshape(-1)
        self.value_grid = np.stack([self.x_grid, self.y_grid], axis=1)
        self.value_bump = 4 * self.value_grid
        lam = 2 * PI / mapping_ratio
        n_c = 32
        cc = np.zeros((n_c, n_c, 2))
        for i in range(n_c):
            for j in range(n_c):
                cc[i, j] = ((-n_c // 2 + i) * lam, (-n_c // 2 + j) * lam)
        self.candidates = (self.M_INV @ cc.reshape(-1, 2).T).T
        diff = self.value_grid[:, None, :] - self.value_grid[None, :, :]
        if tie == "nearest":
            d = self.nearest(diff)
        else:
            d = self.dist(diff)
        self.W = (J0 / g) * np.exp(-0.5 * np.square(d / a)) / (math.sqrt(2 * PI) * a)
        n = num_gc_x * num_gc_x
        self.u, self.v, self.r = np.zeros(n), np.zeros(n), np.zeros(n)

    def dist(self, d):
        t = (self.M_INV @ wrap(d).reshape(-1, 2).T).T
        return np.sqrt(t[:, 0] ** 2 + t[:, 1] ** 2).reshape(d.shape[:-1])

    def nearest(self, d):
        """The distance of the nearer image when a wrapped component is exactly +-pi (a half-period lattice step)."""
        w = wrap(d)
        best = self.dist(w)
        for s0 in (-1, 1):
            for s1 in (-1, 1):
                alt = w.copy()
                tie0 = np.isclose(np.abs(w[..., 0]), PI, atol=1e-9)
                tie1 = np.isclose(np.abs(w[..., 1]), PI, atol=1e-9)
                alt[..., 0] = np.where(tie0, s0 * PI, w[..., 0])
                alt[..., 1] = np.where(tie1, s1 * PI, w[..., 1])
                best = np.minimum(best, self.dist(alt))
        return best

    def position2phase(self, p):
        q = self.M @ (p * self.ratio) + PI
        return np.stack([np.mod(q[0], 2 * PI) - PI, np.mod(q[1], 2 * PI) - PI])

    def update(self, pos, dc_r, theta_mod):
        masked = np.where(self.r > np.max(self.r) * 0.1, self.r, 0.0)
        self.center_phase = np.array([np.angle(np.sum(np.exp(1j * self.x_grid) * masked)),
                                      np.angle(np.sum(np.exp(1j * self.y_grid) * masked))])
        residual = self.M_INV @ self.center_phase / self.ratio
        cand = self.candidates + residual
        self.center_position = cand[np.argmin(np.linalg.norm(cand - pos, axis=1))]
        d = self.center_position - self.value_bump
        self.gc_bump = self.A * np.exp(-np.square(np.sqrt(d[:, 0] ** 2 + d[:, 1] ** 2) / self.a))

        bins = np.linspace(-PI, PI, self.num_dc)
        offset = np.array([np.cos(bins), np.sin(bins)]) * self.phase_offset
        centres = self.position2phase(pos.reshape(-1, 1) + offset)
        conj = np.zeros((self.num_dc, len(self.r)))
        for i in range(self.num_dc):
            dd = self.dist(centres[:, i] - self.value_grid)
            conj[i] = self.A * np.exp(-0.5 * np.square(dd / self.a))
        weight = np.where(dc_r > np.max(dc_r) / 3.0, dc_r, 0.0)
        weight = weight / (np.sum(weight) + 1e-12)
        self.conj_input = (conj.T @ weight) * theta_mod

        total = self.W @ self.r + self.conj_input  # noise 0
        u = self.u + (1 - math.exp(-DT / self.tau)) * (total - self.v - self.u)
        v = self.v + (1 - math.exp(-DT / self.tau_v)) * (self.m * self.u - self.v)
        self.u, self.v = np.maximum(u, 0), v
        self.r = self.g * np.square(self.u) / (1.0 + self.k * np.sum(np.square(self.u)))


def path():
    """A curving path through a 1.5 m box at about 1.4 m/s, sampled every 2 ms."""
    t = np.arange(STEPS + 1) * 0.002
    pos = np.stack([0.4 + 0.9 * t + 0.3 * np.sin(6 * t), 0.6 + 0.5 * t - 0.4 * np.cos(4 * t)], axis=1)
    vel = np.diff(pos, axis=0) / 0.002
    hd = np.angle(vel[:, 0] + 1j * vel[:, 1])
    speed = np.linalg.norm(vel, axis=1)
    ang_vel = np.concatenate([[0.0], np.diff(np.unwrap(hd)) / 0.002])
    return pos[1:], hd, speed / np.max(speed), ang_vel / np.max(np.abs(ang_vel))


def main(out, num_gc_x=40, tie="canns"):
    pos, hd, lin_gain, ang_gain = path()
    _, theta_hd, theta_gc = theta_modulation(np.arange(STEPS), lin_gain, ang_gain)
    dc = DirectionCells()
    gc = GridCells(num_gc_x=int(num_gc_x), tie=tie)
    kept = {"pos": pos, "head_direction": hd, "theta_hd": theta_hd, "theta_gc": theta_gc}
    dc_r = []
    for step in range(STEPS):
        dc.update(hd[step], theta_hd[step])
        dc_r.append(dc.r.copy())
        gc.update(pos[step], dc.r, theta_gc[step])
        if step + 1 in KEEP:
            s = step + 1
            for name in ("u", "v", "r"):
                kept[f"dc_{name}_{s}"] = getattr(dc, name).copy()
            kept[f"dc_center_{s}"] = np.array([dc.center])
            for name in ("u", "v", "r", "gc_bump", "conj_input", "center_phase", "center_position"):
                kept[f"gc_{name}_{s}"] = np.array(getattr(gc, name), copy=True)
    kept["dc_r"] = np.array(dc_r)
    np.savez(out, **{k: np.ascontiguousarray(v) for k, v in kept.items()})


if __name__ == "__main__":
    main(*sys.argv[1:])
