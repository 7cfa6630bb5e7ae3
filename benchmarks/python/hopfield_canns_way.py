"""The numpy peer of HopfieldBenchmark: canns' hopfield_train example done the way canns does it.

    OPENBLAS_NUM_THREADS=1 python3 benchmarks/python/hopfield_canns_way.py [REPEATS]

N = 16384, 4 random ±1 patterns, 4 cues with 30 % of the values flipped. Training as canns' HebbianTrainer (a
float32 mean, W accumulated from dense outer products, divided by P, zero diagonal); recall as its compiled
predict loop: for each cue, 20 iterations of s = sign(W s - theta) followed by the energy -1/2 s.(W s), so two
mat-vecs per iteration, one cue after another (predict_batch loops over predict). Prints the median seconds of
training, of recall, and their sum.
"""
import sys
import time
import numpy as np

N, P, FLIP, ITERS = 16384, 4, 0.3, 20


def train(patterns):
    total = np.float32(0)
    for x in patterns:
        total = np.float32(total + x.sum(dtype=np.float32))
    rho = np.float32(total / np.float32(P * N))
    w = np.zeros((N, N), dtype=np.float32)
    for x in patterns:
        t = x - rho
        w += np.outer(t, t)
    w /= np.float32(P)
    np.fill_diagonal(w, 0)
    return w


def predict(w, cue):
    s = cue.copy()
    for _ in range(ITERS):
        s = np.sign(w @ s).astype(np.float32)
        energy = -0.5 * float(s @ (w @ s))
    return s, energy


def main(repeats):
    rng = np.random.default_rng(42)
    patterns = rng.choice(np.array([-1, 1], dtype=np.float32), size=(P, N))
    cues = np.where(rng.random((P, N)) < FLIP, -patterns, patterns).astype(np.float32)
    trains, recalls = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        w = train(patterns)
        t1 = time.perf_counter()
        out = [predict(w, c)[0] for c in cues]
        t2 = time.perf_counter()
        trains.append(t1 - t0)
        recalls.append(t2 - t1)
        overlap = [float(o @ p) / N for o, p in zip(out, patterns)]
        del w
    print(f"numpy {np.__version__}; overlaps {overlap}")
    print(f"train_s_median {np.median(trains):.3f} recall_s_median {np.median(recalls):.3f} "
          f"total_s_median {np.median(np.add(trains, recalls)):.3f} (repeats {repeats}: train {np.round(trains, 3)}, "
          f"recall {np.round(recalls, 3)})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
