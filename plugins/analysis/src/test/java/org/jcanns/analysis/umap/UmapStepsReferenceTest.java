package org.jcanns.analysis.umap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.spi.batch.BatchThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UMAP's steps against umap-learn's code transcribed in numpy/scipy (umap_reference.py). */
class UmapStepsReferenceTest {
    @TempDir
    Path dir;

    @Test
    void curveParametersAsScipysCurveFit() throws Exception {
        double[][] cases = {{1.0, 0.1}, {1.0, 0.001}, {1.0, 0.5}, {2.0, 0.25}};
        for (double[] c : cases) {
            String[] ref = Python.run(Python.script("umap_reference.py"), "ab", "" + c[0], "" + c[1]).trim()
                    .split(" ", -1);
            CurveParameters p = CurveParameters.fit(c[0], c[1]);
            assertEquals(Double.parseDouble(ref[0]), p.a(), 1e-5 * Math.abs(p.a()), "a for spread, min_dist " + c[0]
                    + ", " + c[1]);
            assertEquals(Double.parseDouble(ref[1]), p.b(), 1e-5 * Math.abs(p.b()), "b");
        }
    }

    @Test
    void exactNeighboursAndFuzzySetAsUmapLearn() throws Exception {
        int n = 300;
        int dim = 4;
        int k = 12;
        double[] x = Shapes.blobs(n, dim, 3, 4);
        // Two duplicates: zero distances exercise ρ and the self-first order.
        System.arraycopy(x, 0, x, dim * 7, dim);
        KnnGraph knn;
        try (BatchThreads threads = new BatchThreads(2)) {
            knn = ExactNeighbors.of(x, n, dim, k, Metric.EUCLIDEAN, threads, i -> { });
        }
        Path in = dir.resolve("knn.npz");
        long[] idx = new long[n * k];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = knn.index()[i];
        }
        Npz.save(in, Map.of("x", NpyArray.ofDoubles(x, n, dim), "knn_indices", NpyArray.ofLongs(idx, n, k),
                "knn_dists", NpyArray.ofDoubles(knn.distance(), n, k)), false);
        Path out = dir.resolve("fuzzy.npz");
        Python.run(Python.script("umap_reference.py"), "fuzzy", in.toString(), out.toString());
        Map<String, double[]> ref = load(out);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                assertEquals(ref.get("knn_dists")[i * k + j], knn.distance(i, j), 1e-12, "distance " + i + "," + j);
            }
            assertEquals(i, knn.neighbor(i, 0), "the point itself comes first");
        }
        double[][] sr = FuzzyGraph.smoothDistances(knn);
        assertArrayEquals(ref.get("sigmas"), sr[0], 1e-12);
        assertArrayEquals(ref.get("rhos"), sr[1], 1e-12);
        FuzzyGraph g = FuzzyGraph.of(knn);
        double[] dense = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
                dense[i * n + g.column()[e]] = g.weight()[e];
            }
        }
        assertArrayEquals(ref.get("graph"), dense, 1e-12);
    }

    @Test
    void spectralEigenvaluesAsNumpy() throws Exception {
        int n = 400;
        double[] x = Shapes.swissRoll(n, 0.0, 9);
        KnnGraph knn;
        try (BatchThreads threads = new BatchThreads(1)) {
            knn = ExactNeighbors.of(x, n, 3, 10, Metric.EUCLIDEAN, threads, i -> { });
        }
        FuzzyGraph g = FuzzyGraph.of(knn);
        assertEquals(1, java.util.Arrays.stream(g.components()).max().orElse(0) + 1, "connected");
        double[] dense = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
                dense[i * n + g.column()[e]] = g.weight()[e];
            }
        }
        Path in = dir.resolve("graph.npz");
        Npz.save(in, Map.of("graph", NpyArray.ofDoubles(dense, n, n)), false);
        Path out = dir.resolve("spectrum.npz");
        Python.run(Python.script("umap_reference.py"), "spectrum", in.toString(), out.toString());
        double[] expected = load(out).get("eigenvalues");
        double[] layout = SpectralLayout.connected(g, 3, 1);
        // Each returned vector v satisfies N v = λ v with λ the 2nd, 3rd, 4th largest eigenvalue.
        for (int c = 0; c < 3; c++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = layout[i * 3 + c];
            }
            double[] nv = normalised(dense, n, v);
            double lambda = Lanczos.dot(v, nv) / Lanczos.dot(v, v);
            assertEquals(expected[c + 1], lambda, 1e-6, "eigenvalue " + (c + 1));
            double residual = 0;
            for (int i = 0; i < n; i++) {
                residual += (nv[i] - lambda * v[i]) * (nv[i] - lambda * v[i]);
            }
            assertTrue(Math.sqrt(residual) < 1e-3, "eigenvector residual " + Math.sqrt(residual));
        }
    }

    private static double[] normalised(double[] a, int n, double[] v) {
        double[] deg = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                deg[i] += a[i * n + j];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i] += a[i * n + j] / Math.sqrt(deg[i] * deg[j]) * v[j];
            }
        }
        return out;
    }

    private static Map<String, double[]> load(Path p) throws Exception {
        Map<String, double[]> m = new HashMap<>();
        try (Arena arena = Arena.ofConfined()) {
            Npz.load(p, arena).forEach((key, v) -> m.put(key, v.toDoubles()));
        }
        return m;
    }
}
