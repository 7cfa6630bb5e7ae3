"""canns' smoothing of show_trajectory_analysis (task/open_loop_navigation.py at SEED), copied as written, on
fixed data. python3 smoothing_reference.py OUT.npz"""
import sys

import numpy as np


def smooth_data(data, window_size):
    if window_size <= 1 or len(data) < window_size:
        return data
    kernel = np.ones(window_size) / window_size
    valid_mask = ~np.isnan(data)
    if not np.any(valid_mask):
        return data
    smoothed = np.convolve(data, kernel, mode="same")
    half_window = window_size // 2
    for i in range(half_window):
        start_idx = max(0, i - half_window)
        end_idx = min(len(data), i + half_window + 1)
        smoothed[i] = np.nanmean(data[start_idx:end_idx])
        start_idx = max(0, len(data) - i - half_window - 1)
        end_idx = min(len(data), len(data) - i + half_window)
        smoothed[len(data) - i - 1] = np.nanmean(data[start_idx:end_idx])
    return smoothed


def smooth_circular_data(angles, window_size):
    if window_size <= 1 or len(angles) < window_size:
        return angles
    c = np.exp(1j * angles)
    return np.angle(smooth_data(c.real, window_size) + 1j * smooth_data(c.imag, window_size))


rng = np.random.default_rng(3)
speed = np.abs(np.cumsum(rng.normal(size=300))) * 0.01
angles = np.angle(np.exp(1j * np.cumsum(rng.normal(scale=0.3, size=300))))
out = {"speed": speed, "angles": angles}
for w in (50, 7, 1):
    out[f"speed_{w}"] = smooth_data(speed, w)
    out[f"angles_{w}"] = smooth_circular_data(angles, w)
out["short_50"] = smooth_data(speed[:20], 50)
np.savez(sys.argv[1], **out)
