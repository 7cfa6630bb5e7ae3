package org.jcanns.analysis.bump;

import java.util.Arrays;

/**
 * How well independent chains agree: each chain's final log-likelihood, acceptance rate and log-likelihood trace,
 * the Gelman–Rubin potential scale reduction R̂ of the log-likelihood over the second half of the traces (NaN with
 * fewer than two chains or two recorded points per half), and each chain's median circular distance (rad) between
 * its strongest bump and the best chain's, over the frames where both have a bump.
 *
 * @param finalLogLikelihood per chain
 * @param acceptance accepted / evaluated proposals, per chain
 * @param traces log-likelihood after every {@code trace_every} sweeps, per chain
 * @param rhat R̂ of the log-likelihood (near 1 when the chains sample the same distribution)
 * @param positionDisagreement per chain, median distance to the best chain's strongest bump (0 for the best)
 * @param bestChain the chain with the highest final log-likelihood (the lowest index on ties)
 */
public record Convergence(double[] finalLogLikelihood, double[] acceptance, double[][] traces, double rhat,
                          double[] positionDisagreement, int bestChain) {

    /** Gelman–Rubin R̂ over the second half of each trace. */
    static double rhat(double[][] traces) {
        int chains = traces.length;
        int length = traces[0].length;
        int n = length - length / 2;
        if (chains < 2 || n < 2) {
            return Double.NaN;
        }
        double[] means = new double[chains];
        double within = 0;
        for (int c = 0; c < chains; c++) {
            double[] half = Arrays.copyOfRange(traces[c], length / 2, length);
            means[c] = mean(half);
            within += variance(half, means[c]);
        }
        within /= chains;
        double between = n * variance(means, mean(means));
        if (within == 0) {
            return between == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        double pooled = (n - 1.0) / n * within + between / n;
        return Math.sqrt(pooled / within);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample variance (ddof 1). */
    private static double variance(double[] v, double mean) {
        double s = 0;
        for (double x : v) {
            s += (x - mean) * (x - mean);
        }
        return s / (v.length - 1);
    }
}
