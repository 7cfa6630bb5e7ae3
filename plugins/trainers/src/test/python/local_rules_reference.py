"""numpy reference of canns' local learning rules (canns-reference §5 "Trainers beyond SEED", §11), in float32.

    python3 local_rules_reference.py RULE OUT.npz [NAME=VALUE ...]

RULE is oja, sanger, bcm or stdp (the trainers' compiled `train_step`s of canns' oja.py, sanger.py, bcm.py and
stdp.py, on a LinearLayer or SpikingLayer), or spiking (SpikingLayer.forward alone, no learning). NAME=VALUE set
the sizes (input_size, output_size, patterns: the number of inputs K), the seed, and the trainer's and layer's
parameters in canns' spelling; what is not given keeps canns' default (DEFAULTS below). `weight_clip` is jcanns'
name for the bound BCMTrainer hard-codes as 10.

From the seed the script draws the initial weights `W0` (out, in) and the inputs `x` (K, in) and writes them, so
the Java test starts from the very same ones. It writes after every input k (leading axis K): the weights `W` and
  - oja, sanger, bcm: the output `y = W·x` computed before the update; bcm also `theta` after its update;
  - stdp, spiking: `v` (after the reset), `spike`, `trace_pre`, `trace_post`.
`margin` is the smallest |v − threshold| met before a reset (spiking rules; +inf otherwise): a spike can only come
out differently in another summation order when v lands within rounding of the threshold, the margin shows it does
not. `drift` is the largest |float32 − float64| when the same run is repeated in float64, relative to the largest
magnitude of the quantity (over all written quantities): the size of the float32 rounding these dynamics
accumulate, so two float32 runs that round differently are expected within about twice that of each other.

Written from the canns source (Routhleck/canns, src/canns/trainer/*.py, models/brain_inspired/*.py, unchanged in
their maths from 2094be8 to HEAD e0cb9e8), independently of the Java code: each line says which canns line it is.
"""
import sys
import numpy as np

DEFAULTS = {
    # trainers
    "learning_rate": 0.01, "normalize_weights": "true", "weight_clip": 10.0,
    "A_plus": 0.005, "A_minus": 0.00525, "w_min": 0.0, "w_max": 1.0,
    # layers
    "threshold_tau": 100.0, "threshold": 1.0, "v_reset": 0.0, "leak": 0.9, "trace_decay": 0.95,
    # the case
    "input_size": 8, "output_size": 3, "patterns": 50, "seed": 0,
}


def draw(rule, p):
    """Initial weights and inputs of a case, from its seed (any draw will do: both sides read them from the file)."""
    rng = np.random.default_rng(int(p["seed"]))
    n, m, k = int(p["input_size"]), int(p["output_size"]), int(p["patterns"])
    if rule in ("oja", "sanger"):
        # An anisotropic Gaussian: principal axes a random rotation, standard deviations 3 down to 0.3.
        q, _ = np.linalg.qr(rng.normal(size=(n, n)))
        x = (rng.normal(size=(k, n)) * np.geomspace(3, 0.3, n)) @ q.T
        w0 = rng.normal(0, 0.3, size=(m, n))
    elif rule == "bcm":
        x = rng.uniform(0, 1, size=(k, n))
        w0 = rng.normal(0.15, 0.1, size=(m, n))
    elif rule == "stdp":
        x = rng.uniform(size=(k, n)) < 0.3
        w0 = rng.uniform(0, 0.6, size=(m, n))
    elif rule == "spiking":
        x = rng.uniform(0, 0.6, size=(k, n))
        w0 = rng.normal(0.2, 0.3, size=(m, n))
    else:
        raise SystemExit("unknown rule " + rule + "; expected oja, sanger, bcm, stdp or spiking")
    return w0.astype(np.float32), x.astype(np.float32)


def normalize_weight_rows(W, f):
    # trainer/utils.py normalize_weight_rows
    norms = np.linalg.norm(W, axis=1, keepdims=True)
    norms = np.where(norms < 1e-10, f(1.0), norms)
    return W / norms


def hebbian_pca(W, X, p, f, sanger):
    """OjaTrainer / SangerTrainer._train_compiled.train_step, pattern by pattern."""
    lr = f(p["learning_rate"])
    normalize = str(p["normalize_weights"]).lower() == "true"
    m = W.shape[0]
    rows = {"W": [], "y": []}
    for x in X:
        y = W @ x
        if sanger:
            mask = np.tril(np.ones((m, m), dtype=f))
            gs_term = (np.outer(y, y) * mask) @ W
        else:
            gs_term = np.outer(y * y, np.ones_like(x)) * W
        W = W + lr * (np.outer(y, x) - gs_term)
        if normalize:
            W = normalize_weight_rows(W, f)
        rows["W"].append(W)
        rows["y"].append(y)
    return rows, np.inf


def bcm(W, X, p, f):
    """BCMTrainer._train_compiled.train_step; theta starts at LinearLayer's 0.1."""
    lr, clip = f(p["learning_rate"]), f(p["weight_clip"])
    tau = float(p["threshold_tau"])
    alpha = f(1.0 / tau if tau > 0 else 1.0)
    theta = np.full(W.shape[0], 0.1, dtype=f)
    rows = {"W": [], "y": [], "theta": []}
    for x in X:
        y = W @ x
        phi = y * (y - theta)
        W = W + lr * np.outer(phi, x)
        W = np.clip(W, -clip, clip)
        theta = theta + alpha * (y ** 2 - theta)
        rows["W"].append(W)
        rows["y"].append(y)
        rows["theta"].append(theta)
    return rows, np.inf


def spiking(W, X, p, f, learn):
    """STDPTrainer._train_compiled.train_step (learn) or SpikingLayer.forward (not learn), from zero state."""
    decay, threshold, v_reset, leak = f(p["trace_decay"]), f(p["threshold"]), f(p["v_reset"]), f(p["leak"])
    lr, a_plus, a_minus = f(p["learning_rate"]), f(p["A_plus"]), f(p["A_minus"])
    w_min, w_max = f(p["w_min"]), f(p["w_max"])
    m, n = W.shape
    trace_pre, trace_post, v = np.zeros(n, f), np.zeros(m, f), np.zeros(m, f)
    rows = {"W": [], "v": [], "spike": [], "trace_pre": [], "trace_post": []}
    margin = np.inf
    for x in X:
        trace_pre = decay * trace_pre + x
        v = leak * v + W @ x
        margin = min(margin, float(np.min(np.abs(v.astype(np.float64) - float(threshold)))))
        spike = (v >= threshold).astype(f)
        v = np.where(spike > 0, v_reset, v).astype(f)
        trace_post = decay * trace_post + spike
        if learn:
            ltp = a_plus * np.outer(spike, trace_pre)
            ltd = a_minus * np.outer(trace_post, x)
            W = W + lr * (ltp - ltd)
            W = np.clip(W, w_min, w_max)
        for name, value in (("W", W), ("v", v), ("spike", spike), ("trace_pre", trace_pre),
                            ("trace_post", trace_post)):
            rows[name].append(value)
    return rows, margin


def run(rule, W0, X, p, f):
    W, X = W0.astype(f), X.astype(f)
    if rule in ("oja", "sanger"):
        rows, margin = hebbian_pca(W, X, p, f, rule == "sanger")
    elif rule == "bcm":
        rows, margin = bcm(W, X, p, f)
    else:
        rows, margin = spiking(W, X, p, f, rule == "stdp")
    out = {name: np.stack(values) for name, values in rows.items()}
    for name, value in out.items():
        assert value.dtype == f, (name, value.dtype)  # no silent promotion to float64 in the float32 run
    return out, margin


def main(rule, out, *assignments):
    p = dict(DEFAULTS)
    for a in assignments:
        name, _, value = a.partition("=")
        if name not in DEFAULTS:
            raise SystemExit("unknown parameter " + name + "; known: " + ", ".join(DEFAULTS))
        p[name] = value
    W0, X = draw(rule, p)
    ref, margin = run(rule, W0, X, p, np.float32)
    shadow, _ = run(rule, W0, X, p, np.float64)
    drift = max(float(np.max(np.abs(ref[k] - shadow[k])) / max(np.max(np.abs(shadow[k])), 1e-30)) for k in ref)
    np.savez(out, W0=W0, x=X, margin=np.float64(margin), drift=np.float64(drift), **ref)
    moved = float(np.max(np.abs(ref["W"][-1] - W0)))
    spikes = int(ref["spike"].sum()) if "spike" in ref else -1
    print(f"{rule}: max|W - W0|={moved:.4g} max|W|={np.abs(ref['W']).max():.4g} drift={drift:.3g} "
          f"margin={margin:.4g} spikes={spikes}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
