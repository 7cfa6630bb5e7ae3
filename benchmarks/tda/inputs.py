"""Inputs of benchmarks/tda/run.sh: the noisy torus in R^4 (seeded), as .npy for jcanns and as text for Ripser's
point-cloud reader; and, from a distance matrix .npy (canns' default case, with +inf for absent edges), the float32
lower triangle Ripser's binary reader takes and the condensed upper triangle ripser.py hands to its C++ core.

Usage: inputs.py torus DIR N NOISE SEED | inputs.py matrix D.npy DIR"""
import sys

import numpy as np

if sys.argv[1] == "torus":
    out, n, noise, seed = sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
    rng = np.random.default_rng(seed)
    s = rng.uniform(0, 2 * np.pi, n)
    t = rng.uniform(0, 2 * np.pi, n)
    x = np.stack([np.cos(s), np.sin(s), np.cos(t), np.sin(t)], 1) + noise * rng.standard_normal((n, 4))
    np.save(f"{out}/torus.npy", x)
    np.savetxt(f"{out}/torus.txt", x, delimiter=",", fmt="%.17g")
else:
    d, out = np.load(sys.argv[2]), sys.argv[3]
    n = d.shape[0]
    finite = d[np.isfinite(d)]
    d[np.tril_indices(n, -1)].astype(np.float32).tofile(f"{out}/matrix_lower.bin")
    d[np.triu_indices(n, 1)].astype(np.float32).tofile(f"{out}/matrix_upper.bin")
    # Ripser reads +inf as an edge at infinity; its threshold makes such pairs absent, as jcanns treats them.
    print(np.float32(finite.max()))
