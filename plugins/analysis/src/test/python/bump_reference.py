"""canns' bump_fits likelihood (cann1d.py @ebcec47, written out in numpy/scipy) as a reference for jcanns.

  python3 bump_reference.py terms OUT.npz
      draws frame states with a fixed seed and writes them with the site and coupling terms canns computes:
      the site term with the exact I0 (scipy.special.i0, canns' numpy path) and with canns' numba approximation;
      the coupling with canns' numba matching (greedy when both frames have <= 4 bumps, else Hungarian) and with
      the numpy path's (always Hungarian, scipy.optimize.linear_sum_assignment).
  python3 bump_reference.py check DATA.npz FITS.npz I0 MATCHING
      recomputes nbump, centrbump and the final log-likelihood of the best chain from the fits jcanns wrote and the
      data (as canns' bump_fits builds them) and exits 1 with a message when they differ.
"""
import sys
import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.special import i0

N_ROI, N_BUMP_MAX = 16, 6
PENBUMP, SIG2, BETA, JC = 0.4, 1.0, 5.0, 1.8


def i0_numba(kappa):
    return np.where(kappa > 3.75, np.exp(kappa) / np.sqrt(2 * np.pi * kappa), 1.0 + kappa ** 2 / 4.0 + kappa ** 4 / 64.0)


def predicted(pos, ampli, kappa, n_roi, exact):
    if len(pos) == 0:
        return np.zeros(n_roi)
    x = np.arange(n_roi) * 2 * np.pi / n_roi
    angles = x[:, None] - np.asarray(pos)
    norm = i0(kappa) if exact else i0_numba(np.asarray(kappa))
    return np.sum(np.asarray(ampli) * np.exp(np.asarray(kappa) * np.cos(angles)) / (2 * np.pi * norm), axis=1)


def site_logl(y, pos, ampli, kappa, exact, n_roi=N_ROI, penbump=PENBUMP, sig2=SIG2, beta=BETA):
    logl = -len(pos) * penbump
    r = y - predicted(pos, ampli, kappa, n_roi, exact)
    logl -= 0.5 * np.sum(r ** 2) / sig2
    return beta * logl


def coupling(p1, p2, greedy_up_to_4, n_roi=N_ROI, n_bump_max=N_BUMP_MAX, beta=BETA, jc=JC):
    n1, n2 = len(p1), len(p2)
    if n1 == 0 or n2 == 0:
        return 0.0
    sigcoup2 = (2 * np.pi / n_roi) ** 2
    if greedy_up_to_4 and n1 <= 4 and n2 <= 4:
        total, used = 0.0, [False] * n2
        for i in range(n1):
            best, best_j = -np.inf, -1
            for j in range(n2):
                if not used[j]:
                    d = abs(p1[i] - p2[j])
                    if d > np.pi:
                        d = 2 * np.pi - d
                    like = np.exp(-0.5 * d * d / sigcoup2)
                    if like > best:
                        best, best_j = like, j
            if best_j >= 0:
                used[best_j] = True
                total += best
        return beta * jc * total
    p1, p2 = np.asarray(p1), np.asarray(p2)
    dm = np.abs(p1[:, None] - p2)
    circ = np.minimum(dm, 2 * np.pi - dm)
    cost = -np.exp(-0.5 * circ ** 2 / sigcoup2)
    rows, cols = linear_sum_assignment(cost)
    n = min(len(rows), min(n1, n2, n_bump_max))
    return beta * jc * (-np.sum(cost[rows[:n], cols[:n]]) if n > 0 else 0.0)


def terms(out):
    rng = np.random.default_rng(2024)
    cases = 60
    counts = rng.integers(0, N_BUMP_MAX + 1, size=(cases, 2))
    pos = rng.random((cases, 2, N_BUMP_MAX)) * 2 * np.pi
    ampli = 0.2 + rng.random((cases, 2, N_BUMP_MAX)) * 4
    kappa = 2 + rng.random((cases, 2, N_BUMP_MAX)) * 4  # the sampler keeps kappa in [2, 6]
    y = rng.normal(0, 1, size=(cases, N_ROI))
    site_exact = np.zeros(cases)
    site_numba = np.zeros(cases)
    coup_auto = np.zeros(cases)
    coup_hungarian = np.zeros(cases)
    for c in range(cases):
        n1, n2 = counts[c]
        a = (pos[c, 0, :n1], ampli[c, 0, :n1], kappa[c, 0, :n1])
        site_exact[c] = site_logl(y[c], *a, exact=True)
        site_numba[c] = site_logl(y[c], *a, exact=False)
        coup_auto[c] = coupling(pos[c, 0, :n1], pos[c, 1, :n2], True)
        coup_hungarian[c] = coupling(pos[c, 0, :n1], pos[c, 1, :n2], False)
    ks = np.array([1e-3, 0.5, 2.0, 3.75, 3.7500001, 6.0, 12.5, 29.9, 30.1, 75.0, 300.0])
    np.savez(out, counts=counts.astype(np.int64), pos=pos, ampli=ampli, kappa=kappa, y=y, site_exact=site_exact,
             site_numba=site_numba, coup_auto=coup_auto, coup_hungarian=coup_hungarian, i0_x=ks, i0=i0(ks),
             i0_numba=i0_numba(ks))


def check(data_path, fits_path, i0_form, matching):
    data = np.load(data_path)["data"]
    z = np.load(fits_path)
    fits, nbump, centrbump = z["fits"], z["nbump"], z["centrbump"]
    T, n_roi = data.shape
    exact = i0_form == "exact"
    flat = data.flatten()
    y = flat / np.median(flat) - 1.0
    x = np.arange(n_roi) * 2 * np.pi / n_roi
    frames = [fits[fits[:, 0] == t] for t in range(T)]
    exp_nbump = np.zeros((T, n_roi + 2))
    exp_centr = []
    total = 0.0
    for t, f in enumerate(frames):
        exp_nbump[t, 0], exp_nbump[t, 1] = t, len(f)
        exp_nbump[t, 2:] = predicted(f[:, 1], f[:, 2], f[:, 3], n_roi, exact)
        for b in f:
            dist = b[1] - x
            dist = np.where(dist > np.pi, dist - 2 * np.pi, dist)
            dist = np.where(dist < -np.pi, dist + 2 * np.pi, dist)
            exp_centr.append(np.stack([dist, data[t] / b[2]], axis=1))
        total += site_logl(y[t * n_roi:(t + 1) * n_roi], f[:, 1], f[:, 2], f[:, 3], exact, n_roi=n_roi)
    for t in range(T - 1):
        total += coupling(list(frames[t][:, 1]), list(frames[t + 1][:, 1]), matching == "auto", n_roi=n_roi,
                          n_bump_max=4)
    exp_centr = np.concatenate(exp_centr) if exp_centr else np.zeros((0, 2))
    problems = []
    if not np.allclose(nbump, exp_nbump, rtol=1e-12, atol=1e-12):
        problems.append("nbump differs by up to %g" % np.max(np.abs(nbump - exp_nbump)))
    if exp_centr.shape != centrbump.shape or not np.allclose(centrbump, exp_centr, rtol=1e-12, atol=1e-12):
        problems.append("centrbump differs")
    best = int(z["best_chain"])
    final = z["chain_loglik"][best]
    if not np.isclose(final, total, rtol=1e-9, atol=1e-6):
        problems.append("final log-likelihood %r, canns' terms give %r" % (final, total))
    if problems:
        print("; ".join(problems))
        sys.exit(1)
    print("ok %d bumps, log-likelihood %.6f" % (len(fits), total))


if __name__ == "__main__":
    if sys.argv[1] == "terms":
        terms(sys.argv[2])
    else:
        check(*sys.argv[2:6])
