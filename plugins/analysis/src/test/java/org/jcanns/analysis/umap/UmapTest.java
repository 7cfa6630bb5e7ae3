package org.jcanns.analysis.umap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.batch.BatchThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UMAP embeddings keep neighbourhoods: trustworthiness (sklearn's definition, recomputed by umap_reference.py from
 * the same arrays) on a Swiss roll, a torus and Gaussian blobs at least the stated bound, above umap-learn's own test
 * bounds (0.80 on uniform data, 0.88 sparse, 0.95 blobs with labels, 0.97 iris); and a seed gives one embedding for
 * any thread count.
 */
class UmapTest {
    private static final int K = 10;

    @TempDir
    Path dir;

    @Test
    void swissRollIsUnrolledFaithfully() throws Exception {
        check("swiss roll", Shapes.swissRoll(1500, 0.05, 1), 1500, 3, 2, 0.99);
    }

    @Test
    void torusKeepsItsNeighbourhoods() throws Exception {
        check("torus", Shapes.torus(1500, 2), 1500, 3, 3, 0.99);
    }

    @Test
    void clustersStayTogether() throws Exception {
        check("blobs", Shapes.blobs(1000, 10, 5, 3), 1000, 10, 2, 0.95);
    }

    private void check(String name, double[] x, int n, int dim, int out, double bound) throws Exception {
        UmapConfig config = UmapConfig.defaults().with(15, out, 0.1, 42);
        float[] y = Umap.fit(x, n, dim, config, 2, ProgressListener.NONE);
        double[] yd = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yd[i] = y[i];
        }
        double t = Trustworthiness.of(x, dim, yd, out, n, K, Metric.EUCLIDEAN, 2);
        Path file = dir.resolve(name.replace(' ', '_') + ".npz");
        Npz.save(file, Map.of("x", NpyArray.ofDoubles(x, n, dim), "y", NpyArray.ofDoubles(yd, n, out)), false);
        double reference = Double.parseDouble(Python.run(Python.script("umap_reference.py"), "trust",
                file.toString(), "" + K).trim());
        assertEquals(reference, t, 1e-12, name + ": jcanns' trustworthiness equals sklearn's formula");
        assertTrue(t >= bound, name + ": trustworthiness " + t + " below " + bound);
    }

    @Test
    void aSeedGivesTheSameEmbeddingWithAnyThreadCount() {
        double[] x = Shapes.blobs(600, 5, 4, 8);
        UmapConfig config = UmapConfig.defaults().with(15, 3, 0.1, 7).withSearch(UmapConfig.Neighbors.AUTO, 100);
        float[] one = Umap.fit(x, 600, 5, config, 1, ProgressListener.NONE);
        float[] two = Umap.fit(x, 600, 5, config, 2, ProgressListener.NONE);
        float[] four = Umap.fit(x, 600, 5, config, 4, ProgressListener.NONE);
        assertArrayEquals(one, two);
        assertArrayEquals(one, four);
        float[] other = Umap.fit(x, 600, 5, config.with(15, 3, 0.1, 8), 2, ProgressListener.NONE);
        assertFalse(Arrays.equals(one, other), "another seed, another embedding");
    }

    @Test
    void nnDescentFindsAlmostAllTrueNeighboursWhateverTheThreads() {
        int n = 5000;
        int dim = 6;
        int k = 15;
        double[] x = Shapes.uniform(n, dim, 5);
        KnnGraph exact;
        KnnGraph approx1;
        KnnGraph approx2;
        try (BatchThreads one = new BatchThreads(1); BatchThreads two = new BatchThreads(2)) {
            exact = ExactNeighbors.of(x, n, dim, k, Metric.EUCLIDEAN, two, i -> { });
            approx1 = NearestNeighborDescent.of(x, n, dim, k, Metric.EUCLIDEAN, 3, one, r -> { });
            approx2 = NearestNeighborDescent.of(x, n, dim, k, Metric.EUCLIDEAN, 3, two, r -> { });
        }
        assertArrayEquals(approx1.index(), approx2.index(), "the same graph on 1 and 2 threads");
        long hits = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                int truth = exact.neighbor(i, j);
                for (int m = 0; m < k; m++) {
                    if (approx1.neighbor(i, m) == truth) {
                        hits++;
                        break;
                    }
                }
            }
            assertEquals(i, approx1.neighbor(i, 0), "self first");
        }
        double recall = hits / (double) (n * k);
        assertTrue(recall >= 0.95, "NN-descent recall " + recall);
    }

    @Test
    void badInputIsNamed() {
        UmapConfig c = UmapConfig.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Umap.fit(new double[] {1, 2, Double.NaN, 4, 5, 6, 7, 8}, 4, 2, c, 1, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("data: row 1, column 0 is NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.with(1, 2, 0.1, 0));
        assertEquals("n_neighbors must be >= 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.with(15, 2, 2.0, 0));
        assertTrue(e.getMessage().startsWith("min_dist must be between 0 and spread"), e.getMessage());
        assertEquals("metric: expected one of [euclidean, manhattan, chebyshev, cosine, correlation], got 'l7'",
                assertThrows(IllegalArgumentException.class, () -> Metric.named("l7")).getMessage());
    }
}
