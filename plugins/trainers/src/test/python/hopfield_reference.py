"""numpy reference of canns' HebbianTrainer + AmariHopfieldNetwork recall (canns-reference §2.5, §5).

    python3 hopfield_reference.py OUT.npz [ACTIVATION]     ACTIVATION: sign (default) | tanh (temperature 200)

4 random ±1 patterns of N = 1024 (seed 2024), one cue per pattern with 30 % of its values flipped, canns'
training (one float32 mean rho over all values, W = sum_p (x_p - rho)(x_p - rho)^T in float32, divided by P, zero
diagonal) and 20 synchronous updates s <- act(W s - theta) in float32, theta = 0.

Writes the inputs (patterns, cues) so that the Java test uses the very same ones, W, the recalled states
`recalled` (P, N), the energies before and after every update `energies` (P, 21) in float64, and `margin`: the
smallest |W s - theta| met during the sign run. A sign can only come out differently in another summation order
when a field is within rounding of zero; the margin shows it is not. Written from the reference text, independently
of the Java code.
"""
import sys
import numpy as np

N, P, FLIP, ITERS, SEED = 1024, 4, 0.3, 20, 2024
THETA = np.float32(0.0)
TEMPERATURE = 200.0


def main(out, activation="sign"):
    rng = np.random.default_rng(SEED)
    patterns = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), size=(P, N))
    cues = patterns.copy()
    for p in range(P):
        idx = rng.choice(N, int(FLIP * N), replace=False)
        cues[p, idx] *= -1

    # canns HebbianTrainer._apply_generic_hebbian
    total = np.float32(0.0)
    for x in patterns:
        total = np.float32(total + np.sum(x, dtype=np.float32))
    rho = np.float32(total / np.float32(P * N))
    W = np.zeros((N, N), dtype=np.float32)
    for x in patterns:
        t = (x - rho).astype(np.float32)
        W = (W + np.outer(t, t)).astype(np.float32)
    W = (W / np.float32(P)).astype(np.float32)
    W[np.diag_indices(N)] = 0.0

    if activation == "sign":
        act = np.sign
    elif activation == "tanh":
        # T = 200: a stored pattern has gain about N/P/T = 1.28 > 1, so recall settles at |s| near 0.6, unsaturated.
        act = lambda h: np.tanh(h / np.float32(TEMPERATURE)).astype(np.float32)
    else:
        raise SystemExit("unknown activation " + activation)

    recalled = np.zeros((P, N), dtype=np.float32)
    energies = np.zeros((P, ITERS + 1))
    margin = np.inf
    for b in range(P):
        s = cues[b].astype(np.float32)
        for it in range(ITERS):
            h = (W @ s).astype(np.float32)
            energies[b, it] = -0.5 * np.dot(s.astype(np.float64), h.astype(np.float64)) + float(THETA) * s.sum(dtype=np.float64)
            net = (h - THETA).astype(np.float32)
            margin = min(margin, float(np.min(np.abs(net))))
            s = act(net).astype(np.float32)
        h = (W @ s).astype(np.float32)
        energies[b, ITERS] = -0.5 * np.dot(s.astype(np.float64), h.astype(np.float64)) + float(THETA) * s.sum(dtype=np.float64)
        recalled[b] = s

    np.savez(out, patterns=patterns, cues=cues, W=W, rho=np.float32(rho), recalled=recalled, energies=energies,
             margin=np.float64(margin))
    print(f"min|s|={np.abs(recalled).min():.4g} rho={rho!r} margin={margin:.4g} overlaps={(recalled * patterns).sum(1) / N}")


if __name__ == "__main__":
    main(sys.argv[1], *(sys.argv[2:3]))
