package org.jcanns.tasks.navigation;

import static org.junit.jupiter.api.Assertions.fail;

/** Float64 comparisons for the navigation tests (relative to the reference's largest magnitude). */
public final class Arrays64 {
    private Arrays64() {
    }

    /** Fails unless every |actual − expected| <= rel · max|expected| + abs. */
    public static void assertClose(double[] expected, double[] actual, double rel, double abs, String what) {
        if (expected.length != actual.length) {
            fail(what + ": length " + actual.length + ", expected " + expected.length);
        }
        double max = 0;
        for (double v : expected) {
            max = Math.max(max, Math.abs(v));
        }
        double bound = rel * max + abs;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(actual[i] - expected[i]);
            if (!(d <= bound)) {
                fail(String.format("%s: |diff| %.3g at index %d (got %s, expected %s) exceeds %.3g", what, d, i,
                        actual[i], expected[i], bound));
            }
        }
    }
}
