package org.jcanns.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;

/** Input checks: one clear message naming the parameter and what was expected; and the memory estimate. */
class RipsInputTest {
    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void badPointsAndMatricesAreRefusedWithTheirPosition() {
        assertTrue(message(() -> RipsDistances.ofPoints(new double[] {0, 0, Double.NaN, 1}, 2, 2, Metric.EUCLIDEAN))
                .contains("coordinate 0 of point 1 is NaN"));
        assertTrue(message(() -> RipsDistances.ofPoints(new double[] {0, 0, 0, 0}, 2, 2, Metric.COSINE))
                .contains("point 0 is the zero vector"));
        assertTrue(message(() -> RipsDistances.ofMatrix(new double[6], 2, 3)).contains("square"));
        assertTrue(message(() -> RipsDistances.ofMatrix(new double[] {0, 1, 2, 0}, 2, 2))
                .contains("symmetric; entry (1, 0) is 2.0 but (0, 1) is 1.0"));
        assertTrue(message(() -> RipsDistances.ofMatrix(new double[] {0, -1, -1, 0}, 2, 2))
                .contains("entry (1, 0) is -1.0; expected a non-negative distance"));
        assertTrue(message(() -> RipsDistances.ofMatrix(new double[] {0, 1, 1, 0.5}, 2, 2))
                .contains("diagonal must be 0"));
        assertTrue(message(() -> RipsDistances.ofEdges(3, new int[] {0, 1}, new int[] {1, 0},
                new double[] {1, 2})).contains("symmetric"));
        assertTrue(message(() -> RipsDistances.ofEdges(3, new int[] {0}, new int[] {3}, new double[] {1}))
                .contains("indices in 0..2"));
    }

    @Test
    void badOptionsAreRefused() {
        assertTrue(message(() -> new RipsOptions(-1, 2, 1, false)).startsWith("maxdim: expected 0 or more"));
        assertTrue(message(() -> new RipsOptions(1, 4, 1, false)).startsWith("coeff: expected a prime"));
        assertTrue(message(() -> new RipsOptions(1, 2, -1, false)).startsWith("threshold:"));
        assertTrue(message(() -> Metric.of("manhattan")).startsWith("metric: expected euclidean or cosine"));
    }

    @Test
    void aComputationBeyondTheMemorySuggestsAThresholdThatFits() {
        RipsDistances d = RipsDistances.ofPoints(SampleClouds.torus(300, 0.05, 1), 300, 4, Metric.EUCLIDEAN);
        RipsOptions o = new RipsOptions(2, 2, Double.POSITIVE_INFINITY, false);
        long available = 16L << 20;
        String m = message(() -> VietorisRips.compute(d, o, ProgressListener.NONE, available));
        assertTrue(m.contains("needs about") && m.contains("the JVM has 16 MiB"), m);
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("at most ([0-9.eE+-]+) fits").matcher(m);
        assertTrue(t.find(), m);
        double suggested = Double.parseDouble(t.group(1));
        // The suggestion fits the estimate, and the computation then runs.
        float th = VietorisRips.effectiveThreshold(d, suggested);
        assertTrue(RipsMemory.bytes(d, th, 2) <= available, "suggested threshold fits");
        RipsResult r = VietorisRips.compute(d, new RipsOptions(2, 2, suggested, false), ProgressListener.NONE,
                available);
        assertEquals(3, r.diagrams().size());
    }

    @Test
    void countsOfSimplicesAreExactForEdgesAndTriangles() {
        RipsDistances d = RipsDistances.ofPoints(SampleClouds.uniform(25, 3, 2), 25, 3, Metric.EUCLIDEAN);
        float t = (float) VietorisRipsTest.median(d);
        double[] c = RipsMemory.simplexCounts(d, t, 2);
        double[] m = d.toMatrix();
        long edges = 0;
        long triangles = 0;
        for (int i = 0; i < 25; i++) {
            for (int j = 0; j < i; j++) {
                if (m[i * 25 + j] <= t) {
                    edges++;
                    for (int k = 0; k < j; k++) {
                        if (m[i * 25 + k] <= t && m[j * 25 + k] <= t) {
                            triangles++;
                        }
                    }
                }
            }
        }
        assertEquals(edges, c[1]);
        assertEquals(triangles, c[2]);
    }
}
