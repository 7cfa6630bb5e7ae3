"""The activity maps of canns' plot_3d_bump_on_torus (analyzer/experimental_data/cann2d.py at ebcec47): window
selection, binned_statistic_2d, _smooth_tuning_map with _smooth_image, gaussian_filter and the moving average,
transcribed with scipy.

Usage:
  python3 torus_reference.py maps IN.npz OUT.npz N   IN: coords (K, 2), times (K), activity (T); OUT: maps of the
                                                     first N frames (F, b, b) (scipy's 2-D convolutions are slow)
  python3 torus_reference.py smooth IN.npz OUT.npz   IN: img (n, n) with NaNs; OUT: _smooth_image(img, 4)
"""
import sys
import numpy as np
from scipy import signal
from scipy.ndimage import binary_closing, gaussian_filter
from scipy.stats import binned_statistic_2d, multivariate_normal


def smooth_tuning_map(mtot, numangsint, sig, b_close=True):
    numangsint_1 = numangsint - 1
    mid = int((numangsint_1) / 2)
    mtemp1_3 = mtot.copy()
    for i in range(numangsint_1):
        mtemp1_3[i, :] = np.roll(mtemp1_3[i, :], int(i / 2))
    mtot_out = np.zeros_like(mtot)
    mtemp1_4 = np.concatenate((mtemp1_3, mtemp1_3, mtemp1_3), 1)
    mtemp1_5 = np.zeros_like(mtemp1_4)
    mtemp1_5[:, :mid] = mtemp1_4[:, (numangsint_1) * 3 - mid:]
    mtemp1_5[:, mid:] = mtemp1_4[:, : (numangsint_1) * 3 - mid]
    mtemp1_6 = smooth_image(np.concatenate((mtemp1_5, mtemp1_4, mtemp1_5)), sigma=sig)
    for i in range(numangsint_1):
        mtot_out[i, :] = mtemp1_6[(numangsint_1) + i,
                                  (numangsint_1) + (int(i / 2) + 1): (numangsint_1) * 2 + (int(i / 2) + 1)]
    return mtot_out


def smooth_image(img, sigma):
    filter_size = max(np.shape(img))
    grid = np.arange(-filter_size + 1, filter_size, 1)
    xx, yy = np.meshgrid(grid, grid)
    pos = np.dstack((xx, yy))
    var = multivariate_normal(mean=[0, 0], cov=[[sigma ** 2, 0], [0, sigma ** 2]])
    k = var.pdf(pos)
    k = k / np.sum(k)
    nans = np.isnan(img)
    img_a = img.copy()
    img_a[nans] = 0
    img_a = signal.convolve2d(img_a, k, mode="valid")
    img_d = img.copy()
    img_d[nans] = 0
    img_d[~nans] = 1
    radius = 1
    ell = np.arange(-radius, radius + 1)
    x, y = np.meshgrid(ell, ell)
    dk = np.array((x ** 2 + y ** 2) <= radius ** 2, dtype=bool)
    img_e = np.zeros((filter_size + 2, filter_size + 2))
    img_e[1:-1, 1:-1] = img_d
    img_e = binary_closing(img_e, iterations=1, structure=dk)
    img_d = img_e[1:-1, 1:-1]
    img_b = np.divide(signal.convolve2d(img_d, k, mode="valid"),
                      signal.convolve2d(np.ones(np.shape(img_d)), k, mode="valid"))
    img_c = np.divide(img_a, img_b)
    img_c[img_d == 0] = -np.inf
    return img_c


def maps(coords, times, spk_sum, numangsint=51, window_size=300, frame_step=5, n_frames=20):
    out = []
    prev_m = None
    for frame_idx in range(n_frames):
        start_idx = frame_idx * frame_step
        end_idx = start_idx + window_size
        if end_idx > np.max(times):
            break
        mask = (times >= start_idx) & (times < end_idx)
        coords_window = coords[mask]
        if len(coords_window) == 0:
            continue
        activity = spk_sum[times[mask]]
        m, _, _, _ = binned_statistic_2d(coords_window[:, 0], coords_window[:, 1], activity, statistic="sum",
                                         bins=np.linspace(0, 2 * np.pi, numangsint - 1))
        m = np.nan_to_num(m)
        m = smooth_tuning_map(m, numangsint - 1, sig=4.0, b_close=True)
        m = gaussian_filter(m, sigma=1.0)
        if prev_m is not None:
            m = 0.7 * prev_m + 0.3 * m
        prev_m = m
        out.append(m)
    return np.array(out)


if __name__ == "__main__":
    cmd = sys.argv[1]
    d = np.load(sys.argv[2])
    if cmd == "maps":
        np.savez(sys.argv[3], maps=maps(d["coords"], d["times"].astype(np.int64), d["activity"],
                                        n_frames=int(sys.argv[4])))
    elif cmd == "smooth":
        np.savez(sys.argv[3], smooth=smooth_image(d["img"], 4.0))
    else:
        raise SystemExit("unknown command " + cmd)
