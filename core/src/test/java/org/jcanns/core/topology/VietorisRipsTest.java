package org.jcanns.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine's barcodes equal the explicit boundary-matrix reduction's, bar for bar. */
class VietorisRipsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    static Stream<Arguments> clouds() {
        List<Arguments> cases = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            cases.add(Arguments.of("circle", SampleClouds.circle(28, 0.1, seed), 2, 28, 1));
            cases.add(Arguments.of("sphere", SampleClouds.sphere(18, 0.05, seed), 3, 18, 2));
            cases.add(Arguments.of("torus", SampleClouds.torus(20, 0.05, seed), 4, 20, 2));
            cases.add(Arguments.of("uniform", SampleClouds.uniform(16, 3, seed), 3, 16, 2));
        }
        cases.add(Arguments.of("uniform-h3", SampleClouds.uniform(11, 4, 9), 4, 11, 3));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} maxdim={4}")
    @MethodSource("clouds")
    void barcodesEqualTheBoundaryMatrixReference(String name, double[] points, int dim, int n, int maxDim) {
        RipsDistances d = RipsDistances.ofPoints(points, n, dim, Metric.EUCLIDEAN);
        for (int p : new int[] {2, 3, 47}) {
            for (double threshold : new double[] {INF, median(d)}) {
                compare(d, maxDim, p, threshold, name + " p=" + p + " threshold=" + threshold);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void tiedIntegerDistancesAndAbsentEdges(long seed) {
        // Few distinct lengths: many simplices share a diameter, so the tie order (and apparent pairs) matter.
        SplittableRandom r = new SplittableRandom(seed);
        int n = 13;
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = r.nextInt(10) == 0 ? INF : 1 + r.nextInt(4);
                m[i * n + j] = v;
                m[j * n + i] = v;
            }
        }
        RipsDistances d = RipsDistances.ofMatrix(m, n, n);
        for (int p : new int[] {2, 3, 5}) {
            compare(d, 2, p, INF, "ties seed=" + seed + " p=" + p);
            compare(d, 2, p, 3, "ties seed=" + seed + " p=" + p + " threshold=3");
        }
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void duplicatePointsGiveZeroLengthEdges(long seed) {
        double[] base = SampleClouds.circle(10, 0.1, seed);
        double[] points = new double[2 * 14];
        System.arraycopy(base, 0, points, 0, 20);
        System.arraycopy(base, 0, points, 20, 8);
        compare(RipsDistances.ofPoints(points, 14, 2, Metric.EUCLIDEAN), 2, 3, INF, "duplicates seed=" + seed);
    }

    @org.junit.jupiter.api.Test
    void tinyAndDegenerateInputs() {
        double[] one = {0.5, 0.5};
        compare(RipsDistances.ofPoints(one, 1, 2, Metric.EUCLIDEAN), 2, 2, INF, "one point");
        compare(RipsDistances.ofPoints(new double[] {0, 0, 1, 0}, 2, 2, Metric.EUCLIDEAN), 2, 3, INF, "two points");
        compare(RipsDistances.ofPoints(new double[] {0, 0, 1, 0, 0, 1}, 3, 2, Metric.EUCLIDEAN), 2, 3, INF, "three");
        double[] same = new double[2 * 6];
        compare(RipsDistances.ofPoints(same, 6, 2, Metric.EUCLIDEAN), 2, 5, INF, "identical points");
        double[] square = {0, 0, 1, 0, 1, 1, 0, 1};
        RipsDistances sq = RipsDistances.ofPoints(square, 4, 2, Metric.EUCLIDEAN);
        compare(sq, 0, 2, INF, "maxdim 0");
        compare(sq, 1, 2, 0, "threshold 0");
        compare(sq, 1, 2, 1, "threshold at the side");
        // A square's cycle is born at its side and dies at its diagonal.
        RipsResult r = VietorisRips.compute(sq, new RipsOptions(1, 2, INF, false), ProgressListener.NONE);
        assertEquals(1, r.diagram(1).size());
        assertEquals(1, r.diagram(1).birth(0), 1e-6);
        assertEquals(Math.sqrt(2), r.diagram(1).death(0), 1e-6);
        // Dimensions above n - 2 have empty diagrams.
        assertEquals(0, VietorisRips.compute(sq, new RipsOptions(4, 2, INF, true), ProgressListener.NONE)
                .diagram(4).size());
    }

    @org.junit.jupiter.api.Test
    void negativeZeroDistancesAreZero() {
        // -log(1) = -0.0 in canns' distances: the zeros of duplicate points, written as -0.0.
        double[] points = SampleClouds.circle(9, 0.1, 3);
        double[] twice = new double[2 * 14];
        System.arraycopy(points, 0, twice, 0, 18);
        System.arraycopy(points, 0, twice, 18, 10);
        double[] m = RipsDistances.ofPoints(twice, 14, 2, Metric.EUCLIDEAN).toMatrix();
        for (int i = 0; i < m.length; i++) {
            if (m[i] == 0) {
                m[i] = i % 15 == 0 ? 0.0 : -0.0;
            }
        }
        compare(RipsDistances.ofMatrix(m, 14, 14), 2, 3, INF, "-0.0 entries");
    }

    static void compare(RipsDistances d, int maxDim, int p, double threshold, String label) {
        int n = d.size();
        double[] matrix = d.toMatrix();
        double t = VietorisRips.effectiveThreshold(d, threshold);
        // The reference sees the whole complex when no threshold is given (the engine stops at the enclosing radius).
        List<List<double[]>> expected = BoundaryMatrixReference.barcodes(matrix, n, maxDim, p,
                threshold == INF ? INF : t);
        RipsResult result = VietorisRips.compute(d, new RipsOptions(maxDim, p, threshold, false), ProgressListener.NONE);
        assertEquals(maxDim + 1, result.diagrams().size(), label);
        for (int k = 0; k <= maxDim; k++) {
            assertSameBars(expected.get(k), result.diagram(k), label + " H" + k);
        }
    }

    static void assertSameBars(List<double[]> expected, PersistenceDiagram actual, String label) {
        List<double[]> got = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            got.add(new double[] {actual.birth(i), actual.death(i)});
        }
        Comparator<double[]> order = Comparator.<double[]>comparingDouble(b -> b[0]).thenComparingDouble(b -> b[1]);
        List<double[]> e = new ArrayList<>(expected);
        e.sort(order);
        got.sort(order);
        assertEquals(e.size(), got.size(), label + ": number of bars, expected " + show(e) + " got " + show(got));
        for (int i = 0; i < e.size(); i++) {
            assertTrue(close(e.get(i)[0], got.get(i)[0]) && close(e.get(i)[1], got.get(i)[1]),
                    label + ": bar " + i + " expected " + show(e) + " got " + show(got));
        }
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
    }

    private static String show(List<double[]> bars) {
        StringBuilder s = new StringBuilder("[");
        for (double[] b : bars) {
            s.append('(').append((float) b[0]).append(", ").append((float) b[1]).append(')');
        }
        return s.append(']').toString();
    }

    static double median(RipsDistances d) {
        int n = d.size();
        double[] v = new double[n * (n - 1) / 2];
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                v[k++] = d.distance(i, j);
            }
        }
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }
}
