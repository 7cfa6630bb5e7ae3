package org.jcanns.plot.figure;

import java.util.Arrays;
import org.jcanns.spi.Tensor;

/** Checks and reads of the arrays figures draw; messages name the figure and the array. */
final class Series {
    private Series() {
    }

    /** Fails unless {@code t} has {@code rank} dimensions. */
    static void requireRank(Tensor t, int rank, String figure, String name, String expected) {
        if (t == null) {
            throw new IllegalArgumentException(figure + ": missing array '" + name + "' " + expected);
        }
        if (t.rank() != rank) {
            throw new IllegalArgumentException(figure + ": array '" + name + "' must be " + expected + ", got shape "
                    + Arrays.toString(t.shape()));
        }
        if (t.size() == 0) {
            throw new IllegalArgumentException(figure + ": array '" + name + "' is empty (shape "
                    + Arrays.toString(t.shape()) + ")");
        }
    }

    /** Minimum and maximum of the finite values of {@code t}, or an error when there is none. */
    static double[] range(Tensor t, String figure, String name) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        long n = t.size();
        for (long i = 0; i < n; i++) {
            float v = t.get(i);
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            throw new IllegalArgumentException(figure + ": array '" + name + "' has no finite value");
        }
        return new double[] {lo, hi};
    }

    /** [lo − m·span, hi + m·span], widened to a unit span around lo when lo = hi. */
    static double[] margin(double lo, double hi, double m) {
        if (hi <= lo) {
            double d = lo == 0 ? 0.5 : Math.abs(lo) * 0.5;
            return new double[] {lo - d, hi + d};
        }
        double s = (hi - lo) * m;
        return new double[] {lo - s, hi + s};
    }

    /** The elements of {@code t} as doubles. */
    static double[] doubles(Tensor t) {
        float[] f = t.toArray();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    /** A tick label for {@code v}: an integer without decimals, else up to three significant decimals. */
    static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
