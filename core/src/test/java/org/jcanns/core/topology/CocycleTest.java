package org.jcanns.core.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Representative cocycles checked by their defining property: for a bar [b, d) of dimension k, the cochain is a
 * cocycle on the complex K_t for t = b and for t just below d (its coboundary vanishes on every (k+1)-simplex of
 * K_t), and it is not a coboundary there (its class in H^k(K_t; Z/p) is non-zero).
 */
class CocycleTest {
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (int p : new int[] {2, 3, 47}) {
            cases.add(Arguments.of("circle", RipsDistances.ofPoints(SampleClouds.circle(24, 0.1, 5), 24, 2,
                    Metric.EUCLIDEAN), 1, p));
            cases.add(Arguments.of("torus", RipsDistances.ofPoints(SampleClouds.torus(18, 0.05, 6), 18, 4,
                    Metric.EUCLIDEAN), 2, p));
            cases.add(Arguments.of("sphere", RipsDistances.ofPoints(SampleClouds.sphere(16, 0.05, 7), 16, 3,
                    Metric.EUCLIDEAN), 2, p));
            cases.add(Arguments.of("uniform", RipsDistances.ofPoints(SampleClouds.uniform(16, 3, 8), 16, 3,
                    Metric.EUCLIDEAN), 2, p));
            cases.add(Arguments.of("ties", tiedMatrix(12, 9), 2, p));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} p={3}")
    @MethodSource("cases")
    void everyCocycleIsANonTrivialCocycleOverItsBar(String name, RipsDistances d, int maxDim, int p) {
        RipsResult r = VietorisRips.compute(d, new RipsOptions(maxDim, p, Double.POSITIVE_INFINITY, true),
                ProgressListener.NONE);
        assertTrue(r.cocycles(0).isEmpty(), "no cocycles for H0, as ripser.py");
        int checked = 0;
        for (int k = 1; k <= maxDim; k++) {
            PersistenceDiagram dgm = r.diagram(k);
            assertEquals(dgm.size(), r.cocycles(k).size(), name + ": one cocycle per H" + k + " bar");
            for (int i = 0; i < dgm.size(); i++) {
                int[] z = r.cocycles(k).get(i);
                double birth = dgm.birth(i);
                double death = dgm.death(i);
                double below = death == Double.POSITIVE_INFINITY ? r.threshold() : Math.nextDown((float) death);
                for (double t : new double[] {birth, below}) {
                    Complex c = new Complex(d, t, k);
                    String what = name + " p=" + p + " H" + k + " bar [" + birth + ", " + death + ") at t=" + t;
                    assertTrue(c.isCocycle(z, p), what + ": coboundary not zero");
                    assertFalse(c.isCoboundary(z, p), what + ": cocycle is a coboundary");
                }
                checked++;
            }
        }
        assertTrue(checked > 0, name + ": some bars of dimension >= 1");
    }

    @Test
    void cocycleRowsListVerticesLargestFirstThenANonZeroCoefficient() {
        RipsDistances d = RipsDistances.ofPoints(SampleClouds.torus(18, 0.05, 3), 18, 4, Metric.EUCLIDEAN);
        RipsResult r = VietorisRips.compute(d, new RipsOptions(2, 47, Double.POSITIVE_INFINITY, true),
                ProgressListener.NONE);
        for (int k = 1; k <= 2; k++) {
            for (int[] z : r.cocycles(k)) {
                assertEquals(0, z.length % (k + 2));
                for (int row = 0; row < z.length / (k + 2); row++) {
                    for (int v = 0; v < k; v++) {
                        assertTrue(z[row * (k + 2) + v] > z[row * (k + 2) + v + 1], "vertices decrease");
                    }
                    int c = z[row * (k + 2) + k + 1];
                    assertTrue(c > 0 && c < 47, "coefficient in 1..46");
                }
            }
        }
    }

    @Test
    void sparseAndDenseRepresentationsGiveIdenticalBarsAndCocycles() {
        double[] points = SampleClouds.torus(30, 0.1, 4);
        RipsDistances dense = RipsDistances.ofPoints(points, 30, 4, Metric.EUCLIDEAN);
        int n = 30;
        int[] from = new int[n * (n - 1) / 2];
        int[] to = new int[from.length];
        double[] len = new double[from.length];
        for (int i = 0, e = 0; i < n; i++) {
            for (int j = 0; j < i; j++, e++) {
                from[e] = i;
                to[e] = j;
                len[e] = dense.distance(i, j);
            }
        }
        RipsDistances sparse = RipsDistances.ofEdges(n, from, to, len);
        for (double t : new double[] {Double.POSITIVE_INFINITY, 1.2, 0.8}) {
            RipsOptions o = new RipsOptions(2, 47, t, true);
            RipsResult a = VietorisRips.compute(dense, o, ProgressListener.NONE);
            RipsResult b = VietorisRips.compute(sparse, o, ProgressListener.NONE);
            for (int k = 0; k <= 2; k++) {
                assertArrayEquals(a.diagram(k).toArray(), b.diagram(k).toArray(), "H" + k + " t=" + t);
                assertEquals(a.cocycles(k).size(), b.cocycles(k).size());
                for (int i = 0; i < a.cocycles(k).size(); i++) {
                    assertArrayEquals(a.cocycles(k).get(i), b.cocycles(k).get(i), "cocycle " + i + " H" + k);
                }
            }
        }
    }

    private static RipsDistances tiedMatrix(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = 1 + r.nextInt(4);
                m[i * n + j] = v;
                m[j * n + i] = v;
            }
        }
        return RipsDistances.ofMatrix(m, n, n);
    }

    /** The simplices of dimensions k-1, k, k+1 of the Rips complex at scale t, oriented with vertices decreasing. */
    private static final class Complex {
        private final List<List<int[]>> simplices = new ArrayList<>();
        private final List<Map<String, Integer>> position = new ArrayList<>();
        private final int k;

        Complex(RipsDistances d, double t, int k) {
            this.k = k;
            int n = d.size();
            double[] m = d.toMatrix();
            for (int dim = 0; dim <= k + 1; dim++) {
                List<int[]> list = new ArrayList<>();
                enumerate(new int[dim + 1], 0, n - 1, m, n, t, list);
                simplices.add(list);
                Map<String, Integer> pos = new HashMap<>();
                for (int i = 0; i < list.size(); i++) {
                    pos.put(Arrays.toString(list.get(i)), i);
                }
                position.add(pos);
            }
        }

        private static void enumerate(int[] v, int depth, int below, double[] m, int n, double t, List<int[]> out) {
            if (depth == v.length) {
                out.add(v.clone());
                return;
            }
            for (int w = below; w >= 0; w--) {
                boolean ok = true;
                for (int a = 0; a < depth && ok; a++) {
                    ok = m[v[a] * n + w] <= t;
                }
                if (ok) {
                    v[depth] = w;
                    enumerate(v, depth + 1, w - 1, m, n, t, out);
                }
            }
        }

        /** The cochain's values on the k-simplices of this complex (others dropped). */
        int[] restrict(int[] z, int p) {
            int[] values = new int[simplices.get(k).size()];
            for (int row = 0; row < z.length / (k + 2); row++) {
                int[] v = Arrays.copyOfRange(z, row * (k + 2), row * (k + 2) + k + 1);
                Integer i = position.get(k).get(Arrays.toString(v));
                if (i != null) {
                    values[i] = Math.floorMod(values[i] + z[row * (k + 2) + k + 1], p);
                }
            }
            return values;
        }

        /** The coboundary matrix from dimension {@code dim} to dim + 1: rows (dim+1)-simplices. */
        int[][] coboundary(int dim, int p) {
            List<int[]> rows = simplices.get(dim + 1);
            int[][] a = new int[rows.size()][simplices.get(dim).size()];
            for (int r = 0; r < rows.size(); r++) {
                int[] w = rows.get(r);
                for (int i = 0; i < w.length; i++) {
                    int[] face = new int[w.length - 1];
                    for (int x = 0, y = 0; x < w.length; x++) {
                        if (x != i) {
                            face[y++] = w[x];
                        }
                    }
                    int col = position.get(dim).get(Arrays.toString(face));
                    a[r][col] = (i % 2 == 0) ? 1 : p - 1;
                }
            }
            return a;
        }

        boolean isCocycle(int[] z, int p) {
            int[] values = restrict(z, p);
            for (int[] row : coboundary(k, p)) {
                long s = 0;
                for (int c = 0; c < row.length; c++) {
                    s += (long) row[c] * values[c];
                }
                if (s % p != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the restricted cochain is δ f for some (k-1)-cochain f: rank [δ | z] == rank δ. */
        boolean isCoboundary(int[] z, int p) {
            int[][] delta = coboundary(k - 1, p);
            int[] values = restrict(z, p);
            int[][] augmented = new int[delta.length][];
            for (int r = 0; r < delta.length; r++) {
                augmented[r] = Arrays.copyOf(delta[r], delta[r].length + 1);
                augmented[r][delta[r].length] = values[r];
            }
            return rank(transpose(delta), p) == rank(transpose(augmented), p);
        }

        private static int[][] transpose(int[][] a) {
            int cols = a.length == 0 ? 0 : a[0].length;
            int[][] t = new int[cols][a.length];
            for (int r = 0; r < a.length; r++) {
                for (int c = 0; c < cols; c++) {
                    t[c][r] = a[r][c];
                }
            }
            return t;
        }

        private static int rank(int[][] a, int p) {
            int rank = 0;
            int cols = a.length == 0 ? 0 : a[0].length;
            for (int c = 0; c < cols && rank < a.length; c++) {
                int pivot = -1;
                for (int r = rank; r < a.length; r++) {
                    if (a[r][c] % p != 0) {
                        pivot = r;
                        break;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                int[] tmp = a[pivot];
                a[pivot] = a[rank];
                a[rank] = tmp;
                int inv = BoundaryMatrixReference.inverse(Math.floorMod(a[rank][c], p), p);
                for (int r = 0; r < a.length; r++) {
                    if (r != rank && a[r][c] % p != 0) {
                        long f = (long) Math.floorMod(a[r][c], p) * inv % p;
                        for (int x = c; x < cols; x++) {
                            a[r][x] = (int) Math.floorMod(a[r][x] - f * a[rank][x], p);
                        }
                    }
                }
                rank++;
            }
            return rank;
        }
    }
}
