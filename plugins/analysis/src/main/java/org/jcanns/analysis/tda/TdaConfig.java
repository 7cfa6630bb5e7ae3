package org.jcanns.analysis.tda;

import org.jcanns.core.topology.Metric;

/**
 * canns' {@code TDAConfig}: PCA components {@code dim}, every {@code numTimes}-th time bin, the {@code activeTimes}
 * most active of them, {@code k} neighbours for the denoising graph, {@code nPoints} landmarks, the {@code metric},
 * {@code nbs} neighbours for the second graph, homology up to {@code maxDim} over Z/{@code coeff}; and for the
 * significance test, {@code shuffles} circularly shifted copies drawn from {@code seed}.
 */
public record TdaConfig(int dim, int numTimes, int activeTimes, int k, int nPoints, Metric metric, int nbs,
                        int maxDim, int coeff, int shuffles, long seed) {
    /** Checks the values that can be checked without the data. */
    public TdaConfig {
        positive("dim", dim);
        positive("num_times", numTimes);
        positive("active_times", activeTimes);
        positive("k", k);
        positive("n_points", nPoints);
        positive("nbs", nbs);
        if (maxDim < 0) {
            throw new IllegalArgumentException("maxdim: expected 0 or more, got " + maxDim);
        }
        if (shuffles < 0) {
            throw new IllegalArgumentException("shuffles: expected 0 or more, got " + shuffles);
        }
    }

    /** canns' defaults (dim 6, every 5th bin, 15000 active, k 1000, 1200 landmarks, cosine, nbs 800, H0-H1 over Z/47, 1000 shuffles), seed 0. */
    public static TdaConfig canns() {
        return new TdaConfig(6, 5, 15000, 1000, 1200, Metric.COSINE, 800, 1, 47, 1000, 0);
    }

    /** This config with {@code n} landmarks. */
    public TdaConfig withPoints(int n) {
        return new TdaConfig(dim, numTimes, activeTimes, k, n, metric, nbs, maxDim, coeff, shuffles, seed);
    }

    /** This config with {@code n} shuffles drawn from {@code seed}. */
    public TdaConfig withShuffles(int n, long seed) {
        return new TdaConfig(dim, numTimes, activeTimes, k, nPoints, metric, nbs, maxDim, coeff, n, seed);
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + ": expected 1 or more, got " + v);
        }
    }
}
