"""numpy reference of canns' tracking-task stimuli (canns-reference §3.2), written from the reference text.

    python3 tracking_reference.py write OUT.npz     writes the reference sequences and stimuli
    python3 tracking_reference.py check FILE.npz    checks a task file jcanns saved (canns' key `data`)
    python3 tracking_reference.py write2d OUT.npz   writes 2D sequences and stimuli on a CANN2D of length 16
"""
import math
import sys
import numpy as np

NUM = 512
A, a = 10.0, 0.5  # CANN1D defaults


def dist(d, z_range):
    d = np.remainder(d, z_range)
    return np.where(d > z_range / 2, d - z_range, d)


def smooth(iext, duration, dt):
    total_steps = int(np.ceil(sum(duration) / dt))
    seq = np.zeros(total_steps)
    t = 0
    for i, dur in enumerate(duration):
        n = int(dur / dt)
        seq[t:t + n] = np.linspace(iext[i], iext[i + 1], n)
        t += n
    seq[t:] = iext[-1]
    return seq


def stepwise(iext, duration, dt):
    total_steps = int(np.ceil(sum(duration) / dt))
    seq = np.zeros(total_steps)
    t = 0
    for i, dur in enumerate(duration):
        n = int(dur / dt)
        seq[t:t + n] = iext[i]
        t += n
    seq[t:] = iext[-1]
    return seq


def stimulus(positions):
    x = np.linspace(-math.pi, math.pi, NUM)
    return A * np.exp(-0.25 * np.square(dist(x[None, :] - np.asarray(positions)[:, None], 2 * math.pi) / a))


def write(out):
    smooth_seq = smooth((1, 0.75, 2, 1.75, 3), (10, 10, 10, 10), 0.1)
    np.savez(out,
             smooth_seq=smooth_seq,
             smooth_data=stimulus(smooth_seq),
             # durations that do not divide by dt: int() truncation and the tail fill of canns
             odd_seq=smooth((0, 1, -2, 0.5), (0.35, 0.25, 1.0), 0.1),
             step_seq=stepwise((0.5, -1.0), (0.35, 1.0), 0.1))


def smooth2d(keys, duration, dt):
    return np.stack([smooth([k[c] for k in keys], duration, dt) for c in range(2)], axis=1)


def stepwise2d(points, duration, dt):
    return np.stack([stepwise([k[c] for k in points], duration, dt) for c in range(2)], axis=1)


def stimulus2d(positions, length=16):
    """CANN2D stimulus: neuron i*L + j at (x[j], x[i]); position[0] along columns, position[1] along rows."""
    x = np.linspace(-math.pi, math.pi, length)
    p = np.asarray(positions)
    d0 = dist(x[None, None, :] - p[:, 0, None, None], 2 * math.pi)
    d1 = dist(x[None, :, None] - p[:, 1, None, None], 2 * math.pi)
    return A * np.exp(-0.25 * (d0 ** 2 + d1 ** 2) / a ** 2)


def write2d(out):
    smooth_seq = smooth2d(((-2.0, 0.5), (1.0, -1.5), (2.5, 2.0)), (1.0, 1.25), 0.1)
    step_seq = stepwise2d(((0.5, -1.0), (2.0, 1.5)), (0.35, 1.0), 0.1)
    np.savez(out, smooth_seq=smooth_seq, smooth_data=stimulus2d(smooth_seq),
             step_seq=step_seq, population=stimulus2d([(1.5, -2.5)])[0])


def check(path):
    with np.load(path) as z:
        assert z.files == ["data"], z.files
        want = stimulus(smooth((1, 0.75, 2, 1.75, 3), (10, 10, 10, 10), 0.1))
        got = z["data"]
        assert got.shape == want.shape, got.shape
        err = np.abs(got - want).max()
        assert err <= 1e-5 * A, err
    print("ok")


if __name__ == "__main__":
    {"write": write, "check": check, "write2d": write2d}[sys.argv[1]](sys.argv[2])
