"""canns' embed_spike_trains (analyzer/experimental_data/cann2d.py at ebcec47), transcribed with numpy and scipy.

Reads a grid recording in jcanns' plain layout (spike_times, spike_counts, t, x, y) and writes what canns returns
for each combination of smoothing and speed filter: spikes_<s><f> and, with the filter, xx_<s>1, yy_<s>1, tt_<s>1
(s, f in 0/1). canns' private _gaussian_filter1d is a copy of scipy's, so scipy's is called here.

Usage: python3 embed_reference.py IN.npz OUT.npz
"""
import sys
import numpy as np
from scipy.ndimage import gaussian_filter1d

RES, DT, SIGMA, MIN_SPEED = 100000, 1000, 5000, 2.5


def cells(d):
    counts = d["spike_counts"].astype(np.int64)
    starts = np.concatenate(([0], np.cumsum(counts)))
    return [d["spike_times"][starts[i]:starts[i + 1]] for i in range(len(counts))]


def extract(spikes_all, t):
    lo, hi = np.min(t), np.max(t)
    return {i: np.array(s)[(np.array(s) >= lo) & (np.array(s) < hi)] for i, s in enumerate(spikes_all)}


def time_bins(t):
    return np.arange(np.floor(np.min(t) * RES), np.ceil(np.max(t) * RES) + 1, DT)


def bin_spikes(spikes, bins):
    min_time, max_time = bins[0], bins[-1]
    out = np.zeros((len(bins), len(spikes)), dtype=int)
    for n in spikes:
        st = np.array(spikes[n] * RES - min_time, dtype=int)
        st = st[(st < (max_time - min_time)) & (st > 0)]
        st = np.array(st / DT, int)
        for j in st:
            if j < len(bins):
                out[j, n] += 1
    return out


def smooth(spikes_bin):
    out = np.zeros(spikes_bin.shape)
    for n in range(spikes_bin.shape[1]):
        out[:, n] = gaussian_filter1d(spikes_bin[:, n].astype(float), sigma=SIGMA / DT, mode="constant")
    return out * (1 / np.sqrt(2 * np.pi * (SIGMA / RES) ** 2))


def load_pos(t, x, y):
    min_time0, max_time0 = np.min(t), np.max(t)
    times = np.where((t >= min_time0) & (t < max_time0))
    x, y, t = x[times], y[times], t[times]
    tt = np.arange(np.floor(min_time0 * RES), np.ceil(max_time0 * RES) + 1, DT) / RES
    idt = np.concatenate(([0], np.digitize(t[1:-1], tt[:]) - 1, [len(tt) + 1]))
    idtt = np.digitize(np.arange(len(tt)), idt) - 1
    idx = np.concatenate((np.unique(idtt), [np.max(idtt) + 1]))
    divisor = np.bincount(idtt)
    steps = 1.0 / divisor[divisor > 0]
    n = np.max(divisor)
    ranges = np.multiply(np.arange(n)[np.newaxis, :], steps[:, np.newaxis])
    ranges[ranges >= 1] = np.nan
    rangesx = x[idx[:-1], np.newaxis] + np.multiply(ranges, (x[idx[1:]] - x[idx[:-1]])[:, np.newaxis])
    xx = rangesx[~np.isnan(ranges)]
    rangesy = y[idx[:-1], np.newaxis] + np.multiply(ranges, (y[idx[1:]] - y[idx[:-1]])[:, np.newaxis])
    yy = rangesy[~np.isnan(ranges)]
    xxs = gaussian_filter1d(xx - np.min(xx), sigma=100)
    yys = gaussian_filter1d(yy - np.min(yy), sigma=100)
    dx = (xxs[1:] - xxs[:-1]) * 100
    dy = (yys[1:] - yys[:-1]) * 100
    speed = np.sqrt(dx ** 2 + dy ** 2) / 0.01
    speed = np.concatenate(([speed[0]], speed))
    return xx, yy, tt, speed


def embed(d, do_smooth, do_filter):
    spikes = extract(cells(d), d["t"])
    bins = time_bins(d["t"])
    out = bin_spikes(spikes, bins)
    if do_smooth:
        out = smooth(out)
    if not do_filter:
        return (out,)
    xx, yy, tt, speed = load_pos(d["t"], d["x"], d["y"])
    valid = speed > MIN_SPEED
    return out[valid, :], xx[valid], yy[valid], tt[valid]


if __name__ == "__main__":
    d = dict(np.load(sys.argv[1]))
    result = {}
    for s in (0, 1):
        for f in (0, 1):
            r = embed(d, s == 1, f == 1)
            result[f"spikes_{s}{f}"] = np.asarray(r[0], dtype=np.float64)
            if f:
                result[f"xx_{s}1"], result[f"yy_{s}1"], result[f"tt_{s}1"] = r[1], r[2], r[3]
    np.savez(sys.argv[2], **result)
