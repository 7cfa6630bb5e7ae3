package org.jcanns.analysis.tda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.jcanns.core.topology.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The k nearest neighbours equal a full sort of each row by (distance, index), ties included. */
class NearestNeighboursTest {
    @ParameterizedTest(name = "n={0} k={1} {2} integer={3}")
    @CsvSource({"2000, 1, EUCLIDEAN, false", "2000, 10, COSINE, false", "2000, 150, EUCLIDEAN, true",
            "2000, 1999, EUCLIDEAN, true", "2000, 2000, COSINE, true", "300, 40, EUCLIDEAN, true"})
    void matchAFullSortOfEachRow(int n, int k, Metric metric, boolean integer) {
        SplittableRandom r = new SplittableRandom(n + k);
        int dim = 3;
        double[] x = new double[n * dim];
        for (int i = 0; i < x.length; i++) {
            // Integer coordinates make many equal distances: the tie order (by index) is then tested too.
            x[i] = integer ? 1 + r.nextInt(4) : r.nextDouble() - 0.5;
        }
        NearestNeighbours nn = NearestNeighbours.of(x, n, dim, k, metric);
        double[] norms = metric.prepare(x, n, dim);
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            metric.row(x, dim, i, n, norms, row);
            row[i] = 0;
            double[] dist = row.clone();
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> dist[j]).thenComparingInt(j -> j));
            int[] expected = new int[k];
            for (int a = 0; a < k; a++) {
                expected[a] = order[a];
            }
            assertArrayEquals(expected, Arrays.copyOfRange(nn.index, i * k, i * k + k), "row " + i);
        }
    }
}
