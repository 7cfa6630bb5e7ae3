package org.jcanns.core.analysis;

/**
 * Means of values in equal-width bins of a sample, as scipy's {@code binned_statistic(x, values, "mean", bins=n)}:
 * edges {@code linspace(min, max, n + 1)} (min − 0.5 and max + 0.5 when all samples are equal), half-open bins with
 * the last one closed, NaN for empty bins.
 */
public record BinnedStatistic(double[] edges, double[] means, int[] counts) {

    /** Bins {@code values} by {@code x} into {@code bins} bins and averages each bin. */
    public static BinnedStatistic mean(double[] x, double[] values, int bins) {
        if (x.length != values.length) {
            throw new IllegalArgumentException("the sample and the values differ in length: " + x.length + " vs "
                    + values.length);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("num_bins must be >= 1, got " + bins);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("cannot bin an empty sample");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the sample holds a non-finite value " + v);
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double[] edges = org.jcanns.core.geometry.Linspace.of(min, max, bins + 1, true);
        double[] sums = new double[bins];
        int[] counts = new int[bins];
        for (int i = 0; i < x.length; i++) {
            int b = bin(edges, x[i]);
            sums[b] += values[i];
            counts[b]++;
        }
        double[] means = new double[bins];
        for (int b = 0; b < bins; b++) {
            means[b] = counts[b] == 0 ? Double.NaN : sums[b] / counts[b];
        }
        return new BinnedStatistic(edges, means, counts);
    }

    /** The bin of {@code v} among ascending {@code edges} (the last bin closed); v must lie within the edges. */
    public static int bin(double[] edges, double v) {
        int bins = edges.length - 1;
        if (v >= edges[bins]) {
            return bins - 1;
        }
        // numpy digitize: the bin i with edges[i] <= v < edges[i + 1].
        int lo = 0;
        int hi = bins;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (v >= edges[mid]) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The bin centres {@code (edges[i] + edges[i + 1]) / 2}. */
    public double[] centres() {
        double[] c = new double[means.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (edges[i] + edges[i + 1]) / 2;
        }
        return c;
    }
}
