package org.jcanns.analysis.tda;

import java.util.random.RandomGenerator;
import org.jcanns.core.random.Seeds;

/**
 * A synthetic grid-cell-like population whose activity lives on a torus, shaped like canns' embedded spike trains
 * (T time bins × N neurons, Gaussian-smoothed spike counts): each neuron prefers a phase pair on the torus and fires
 * Poisson spikes (mean up to 2 per bin) at rate {@code 2 exp(2.5 (cos(θ1 - φ1) + cos(θ2 - φ2) - 2))} while the
 * phases (θ1, θ2) drift around the torus with a little noise; the counts are smoothed with a Gaussian of 5 bins.
 * The preferred phases (φ1, φ2) tile the torus on a grid, so a square number of neurons (64) covers it evenly. For
 * examples, tests and benchmarks of {@code tda_vis}, which finds two long H1 bars and one long H2 bar in it.
 */
public final class TorusPopulation {
    private static final double KAPPA = 2.5;
    private static final double PEAK = 2;
    /** Mean phase velocities per bin, in an irrational ratio, so the path winds densely around the torus. */
    private static final double DRIFT_A = 0.05;
    private static final double DRIFT_B = 0.05 * 0.6180339887;
    private static final double STEP = 0.02;
    private static final int SIGMA = 5;

    private TorusPopulation() {
    }

    /** The (times × neurons) row-major activity for {@code seed}. */
    public static double[] generate(int times, int neurons, long seed) {
        if (times < 1 || neurons < 1) {
            throw new IllegalArgumentException("times and neurons: expected 1 or more, got " + times + " and "
                    + neurons);
        }
        RandomGenerator r = Seeds.generator(seed);
        double[] phi1 = new double[neurons];
        double[] phi2 = new double[neurons];
        // Preferred phases tile the torus on an m×m grid (filled row by row), so every direction is covered.
        int m = (int) Math.ceil(Math.sqrt(neurons));
        for (int j = 0; j < neurons; j++) {
            phi1[j] = 2 * Math.PI * (j % m) / m;
            phi2[j] = 2 * Math.PI * Math.floorDiv(j, m) / m; // the grid row of neuron j
        }
        double[] counts = new double[times * neurons];
        double a = 2 * Math.PI * r.nextDouble();
        double b = 2 * Math.PI * r.nextDouble();
        for (int t = 0; t < times; t++) {
            a += DRIFT_A + STEP * r.nextGaussian();
            b += DRIFT_B + STEP * r.nextGaussian();
            for (int j = 0; j < neurons; j++) {
                double rate = PEAK * Math.exp(KAPPA * (Math.cos(a - phi1[j]) + Math.cos(b - phi2[j]) - 2));
                counts[t * neurons + j] = poisson(rate, r);
            }
        }
        return smooth(counts, times, neurons);
    }

    private static int poisson(double mean, RandomGenerator r) {
        double limit = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= r.nextDouble();
            k++;
        }
        return k;
    }

    /** Gaussian smoothing along time (sigma bins, truncated at 4 sigma, zero outside), per neuron. */
    private static double[] smooth(double[] x, int times, int neurons) {
        int radius = 4 * SIGMA;
        double[] w = new double[2 * radius + 1];
        double total = 0;
        for (int k = -radius; k <= radius; k++) {
            w[k + radius] = Math.exp(-0.5 * k * k / (SIGMA * SIGMA));
            total += w[k + radius];
        }
        double[] out = new double[x.length];
        for (int t = 0; t < times; t++) {
            for (int k = -radius; k <= radius; k++) {
                int s = t + k;
                if (s < 0 || s >= times) {
                    continue;
                }
                double wk = w[k + radius] / total;
                for (int j = 0; j < neurons; j++) {
                    out[t * neurons + j] += wk * x[s * neurons + j];
                }
            }
        }
        return out;
    }
}
