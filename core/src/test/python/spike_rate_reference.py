"""Reference for jcanns' SpikeTrains, FiringRates and BinnedStatistic: canns' analyzer/utils.py functions (as read
from canns at SEED) and scipy's binned_statistic, on seeded inputs. Writes OUT.npz with inputs and outputs."""
import sys

import numpy as np
from scipy.stats import binned_statistic


def spike_train_to_firing_rate(spike_train, dt_spike, dt_rate):
    steps, neurons = spike_train.shape
    duration = steps * dt_spike
    n_out = int(np.floor(duration / dt_rate))
    out = np.zeros((n_out, neurons))
    spike_idx, neuron_idx = np.where(spike_train)
    spike_times = spike_idx * dt_spike
    for n in range(neurons):
        bins = np.arange(0, duration + dt_rate, dt_rate)
        counts, _ = np.histogram(spike_times[neuron_idx == n], bins=bins)
        out[:, n] = counts
    return out


def spike_probabilities(rates, dt_rate, dt_spike):
    bins, neurons = rates.shape
    duration = bins * dt_rate
    low = (np.arange(bins) + 0.5) * dt_rate
    steps = int(np.floor(duration / dt_spike))
    high = np.arange(steps) * dt_spike
    r = np.zeros((steps, neurons))
    for n in range(neurons):
        r[:, n] = np.interp(high, low, rates[:, n])
    r[r < 0] = 0
    p = r * dt_spike / dt_rate
    np.clip(p, 0, 1, out=p)
    return p


def normalize(x, method):
    if method == "min_max":
        lo, hi = x.min(), x.max()
        return (x - lo) / (hi - lo) if hi - lo != 0 else np.zeros_like(x, dtype=float)
    mean, std = x.mean(), x.std()
    return (x - mean) / std if std != 0 else np.zeros_like(x, dtype=float)


def main(out):
    rng = np.random.default_rng(7)
    spikes = (rng.random((1000, 6)) < 0.2).astype(np.float32)
    rates_a = spike_train_to_firing_rate(spikes, 1.0, 8.0)      # 125 bins; edges line up
    rates_b = spike_train_to_firing_rate(spikes, 0.5, 2.0)      # 250 bins
    rates_in = (rng.random((40, 5)) * 6 - 1).astype(np.float32)  # some negative rates
    prob = spike_probabilities(rates_in.astype(np.float64), 0.1, 0.01)
    norm_src = (rng.normal(2.0, 3.0, (30, 4))).astype(np.float32)
    stim = rng.uniform(-np.pi, np.pi, 500)
    stim[3] = stim.max() + 0.0  # a sample exactly on the last edge
    vals = np.sin(stim) + rng.normal(0, 0.1, 500)
    stat, edges, _ = binned_statistic(stim, vals, statistic="mean", bins=50)
    sparse_stim = np.array([0.0, 0.1, 0.15, 0.9, 1.0])  # leaves empty bins (NaN)
    sparse_stat, sparse_edges, _ = binned_statistic(sparse_stim, np.arange(5.0), statistic="mean", bins=10)
    const_stat, const_edges, _ = binned_statistic(np.full(4, 2.0), np.arange(4.0), statistic="mean", bins=3)
    weights = rng.uniform(-np.pi, np.pi, spikes.shape[1])
    some_silent = spikes.copy()
    some_silent[::7] = 0
    per_neuron = some_silent.sum(axis=0) / (some_silent.shape[0] * 0.01)
    population = some_silent.sum(axis=1) / 0.01
    n_spk = some_silent.sum(axis=1)
    weighted = (some_silent * weights).sum(axis=1) / (n_spk + 1e-9)
    weighted[n_spk == 0] = np.nan
    np.savez(out, spikes=spikes, some_silent=some_silent, weights=weights, per_neuron=per_neuron,
             population=population, weighted=weighted, rates_a=rates_a, rates_b=rates_b, rates_in=rates_in, prob=prob,
             norm_src=norm_src, minmax=normalize(norm_src.astype(np.float64), "min_max"),
             zscore=normalize(norm_src.astype(np.float64), "z_score"),
             stim=stim, vals=vals, stat=stat, edges=edges,
             sparse_stim=sparse_stim, sparse_stat=sparse_stat, sparse_edges=sparse_edges,
             const_stat=const_stat, const_edges=const_edges)


if __name__ == "__main__":
    main(sys.argv[1])
