"""float64 numpy reference of canns' HierarchicalNetwork (canns-reference §2.3), written from the reference text.

    python3 hierarchical_reference.py OUT.npz [num_module num_place]

Defaults as in canns (5 modules, 30x30 place cells, band cells of 180, grid cells 20x20), dt 0.1, band noise 0,
driven for STEPS steps by the velocity, location and location-input strength written to OUT.npz (so the Java test
feeds the same arrays). Writes the states after the steps in KEEP: place_fr_<s>, grid_fr_<s>, band_x_fr_<s>,
band_y_fr_<s>, decoded_pos_<s>.

Matrices are built in full and multiplied as canns does: W @ r for the recurrent inputs, r @ W (brainstate's
Linear) from the left/right populations to the band ring.
"""
import math
import sys

import numpy as np

PI = math.pi
DT = 0.1
STEPS = 20
KEEP = (1, 5, 10, 20)


def map2pi(a):
    b = np.where(a > PI, a - 2 * PI, a)
    return np.where(b < -PI, b + 2 * PI, b)


def ring_dist(d, z_range=2 * PI):
    d = np.remainder(d, z_range)
    return np.where(d > z_range / 2, d - z_range, d)


def gauss(d, a):
    return np.exp(-0.5 * np.square(d / a)) / (math.sqrt(2 * PI) * a)


def hexdist(d):
    """d (..., 2): map2pi, then the hexagonal metric of canns' GridCell."""
    d = map2pi(d)
    dx = d[..., 0]
    dy = (d[..., 1] - 0.5 * d[..., 0]) * 2 / math.sqrt(3)
    return np.sqrt(dx ** 2 + dy ** 2)


class GaussRecUnits:
    def __init__(self, size, tau=1.0, J0=1.1, k=5e-4, a=2 * PI / 9):
        self.tau, self.k, self.a = tau, k, a
        self.x = np.linspace(-PI, PI, size, endpoint=False)
        rho = size / (2 * PI)
        jc = math.sqrt(8 * math.sqrt(2 * PI) * k * a / rho)
        self.W = J0 * jc * gauss(ring_dist(self.x[:, None] - self.x[None, :]), a)
        self.u = 10.0 * gauss(self.x, a)
        self.r = 30.0 * gauss(self.x, a)
        self.center = 0.0

    def update(self, inp):
        self.r = np.square(self.u) / (1.0 + self.k * np.sum(np.square(self.u)))
        self.u = self.u + (-self.u + self.W @ self.r + inp) / self.tau * DT
        self.center = np.angle(np.sum(np.exp(1j * self.x) * self.u) / np.sum(self.u))


class NonRecUnits:
    def __init__(self, size, tau=0.1):
        self.tau = tau
        self.u = np.zeros(size)
        self.r = np.zeros(size)

    def update(self, inp):
        self.r = np.maximum(self.u, 0)  # noise 0
        self.u = self.u + (-self.u + inp) / self.tau * DT


class BandCell:
    def __init__(self, angle, spacing, size=180, w_L2S=0.2, w_S2L=1.0, gain=0.2):
        self.x = np.linspace(-PI, PI, size, endpoint=False)
        self.proj_k = np.array([math.cos(angle - PI / 2), math.sin(angle - PI / 2)]) * 2 * PI / spacing
        shift = 1 / 9 * PI * 0.76
        self.band = GaussRecUnits(size)
        self.left = NonRecUnits(size)
        self.right = NonRecUnits(size)
        a = self.band.a
        self.W_L = w_S2L * gauss(ring_dist(self.x[:, None] - self.x[None, :] + shift), a)
        self.W_R = w_S2L * gauss(ring_dist(self.x[:, None] - self.x[None, :] - shift), a)
        self.w_L2S, self.gain = w_L2S, gain
        self.center_ideal = 0.0
        self.center = 0.0

    def phase(self, pos):
        return np.mod(pos @ self.proj_k, 2 * PI) - PI

    def stimulus(self, pos):
        return np.exp(-0.25 * np.square(ring_dist(self.phase(pos) - self.x) / self.band.a))

    def update(self, velocity, loc, stre):
        loc_input = self.stimulus(loc) * stre if stre != 0 else np.zeros_like(self.x)
        v_phi = velocity @ self.proj_k
        self.center_ideal = map2pi(self.center_ideal + v_phi * DT)
        out = self.band.r
        self.left.update(self.w_L2S * out)
        self.right.update(self.w_L2S * out)
        self.left.r = (self.gain + v_phi) * self.left.r
        self.right.r = (self.gain - v_phi) * self.right.r
        self.band.update(self.left.r @ self.W_L + self.right.r @ self.W_R + loc_input)
        self.center = np.angle(np.sum(np.exp(1j * self.x) * self.band.r))


class GridCell:
    def __init__(self, num=20, tau=0.1, tau_v=10.0, k=5e-3, a=PI / 9, J0=1.0, mbar=1.0):
        self.tau, self.tau_v, self.k = tau, tau_v, k
        self.m = mbar * tau / tau_v
        x = np.linspace(-PI, PI, num, endpoint=False)
        xg, yg = np.meshgrid(x, x)
        self.value_grid = np.stack([xg.flatten(), yg.flatten()]).T
        self.W = J0 * gauss(hexdist(self.value_grid[:, None, :] - self.value_grid[None, :, :]), a)
        n = num * num
        self.u, self.v, self.r = np.zeros(n), np.zeros(n), np.zeros(n)

    def update(self, inp):
        irec = self.W @ self.r
        self.v = self.v + (1 - math.exp(-DT / self.tau_v)) * (self.m * self.u - self.v)   # old u
        self.u = self.u + (1 - math.exp(-DT / self.tau)) * (irec + inp - self.v - self.u)  # new v
        self.u = np.maximum(self.u, 0)
        self.r = np.square(self.u) / (1.0 + self.k * np.sum(np.square(self.u)))


class Module:
    def __init__(self, spacing, angle, place_center):
        self.bx = BandCell(angle, spacing)
        self.by = BandCell(angle + PI / 3, spacing)
        self.bz = BandCell(angle + 2 * PI / 3, spacing)
        self.grid = GridCell()
        self.a_b = self.bx.band.a
        phase_place = np.stack([self.bx.phase(place_center), self.by.phase(place_center)], axis=1)
        self.Wg2p = gauss(hexdist(phase_place[:, None, :] - self.grid.value_grid[None, :, :]), self.a_b)

    def update(self, velocity, loc, stre):
        for b in (self.bx, self.by, self.bz):
            b.update(velocity, loc, stre)
        phase = np.array([self.bx.center, self.by.center])
        self.grid.update(5000 * gauss(hexdist(phase[None, :] - self.grid.value_grid), self.a_b))
        self.grid_output = self.Wg2p @ self.grid.r


def main(out, num_module=5, num_place=30):
    x = np.linspace(0, 5, num_place)
    xx, yy = np.meshgrid(x, x)
    place_center = np.stack([xx.flatten(), yy.flatten()]).T
    modules = [Module(s, 0.0, place_center) for s in np.linspace(2, 5, num_module)]

    t = np.arange(STEPS) * DT
    velocity = np.stack([0.15 * np.cos(0.7 * t) + 0.05, 0.1 * np.sin(1.1 * t) - 0.08], axis=1)
    loc = np.array([2.2, 3.1]) + np.cumsum(velocity, axis=0) * DT
    stre = np.where(np.arange(STEPS) < 8, 100.0, 0.0)
    kept = {"velocity": velocity, "loc": loc, "loc_input_stre": stre, "place_center": place_center}
    for step in range(STEPS):
        grid_output = np.zeros(len(place_center))
        for m in modules:
            m.update(velocity[step], loc[step], stre[step])
            grid_output += m.grid_output
        g = np.maximum(grid_output, 0)
        u_place = np.where(g > np.max(g) / 2, g - np.max(g) / 2, 0)
        decoded = np.sum(place_center * u_place[:, None], axis=0) / (1e-5 + np.sum(u_place))
        place_fr = u_place ** 2 / (1 + np.sum(u_place ** 2))
        if step + 1 in KEEP:
            s = step + 1
            kept[f"place_fr_{s}"] = place_fr
            kept[f"grid_fr_{s}"] = np.stack([m.grid.r for m in modules])
            kept[f"band_x_fr_{s}"] = np.stack([m.bx.band.r for m in modules])
            kept[f"band_y_fr_{s}"] = np.stack([m.by.band.r for m in modules])
            kept[f"decoded_pos_{s}"] = decoded
    np.savez(out, **{k: np.ascontiguousarray(v) for k, v in kept.items()})


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:]))
