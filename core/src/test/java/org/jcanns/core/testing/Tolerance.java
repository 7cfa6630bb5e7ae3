package org.jcanns.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

/** Array comparisons with tolerances stated relative to the reference's largest magnitude. */
public final class Tolerance {
    private Tolerance() {
    }

    /** A tensor of the given shape filled with uniform values in [−1, 1) from {@code seed}. */
    public static org.jcanns.spi.Tensor uniform(java.lang.foreign.Arena arena, long seed, int... shape) {
        org.jcanns.spi.Tensor t = org.jcanns.spi.Tensor.allocate(arena, shape);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (long i = 0; i < t.size(); i++) {
            t.set(i, (float) (r.nextDouble() * 2 - 1));
        }
        return t;
    }

    /** The elements as doubles, the form references are given in. */
    public static double[] toDoubles(org.jcanns.spi.Tensor t) {
        float[] f = t.toArray();
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i];
        }
        return out;
    }

    /** Largest |x|. */
    public static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** Fails unless every |actual − expected| is within {@code rel} × max|expected| (plus {@code abs}). */
    public static void assertClose(double[] expected, float[] actual, double rel, double abs, String what) {
        if (expected.length != actual.length) {
            fail(what + ": length " + actual.length + ", expected " + expected.length);
        }
        double bound = rel * maxAbs(expected) + abs;
        double worst = 0;
        int at = -1;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(actual[i] - expected[i]);
            if (!(d <= worst)) {
                worst = d;
                at = i;
            }
        }
        if (!(worst <= bound)) {
            fail(String.format("%s: |diff| %.3g at index %d (got %s, expected %s) exceeds %.3g", what, worst, at,
                    actual[at], expected[at], bound));
        }
    }
}
