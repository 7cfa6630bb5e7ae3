package org.jcanns.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

/** Array comparisons with tolerances stated relative to the reference's largest magnitude. */
public final class Tolerance {
    private Tolerance() {
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
