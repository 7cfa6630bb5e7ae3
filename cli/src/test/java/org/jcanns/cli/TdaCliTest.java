package org.jcanns.cli;

import static org.jcanns.cli.CliTest.jcanns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.core.topology.Metric;
import org.jcanns.core.topology.RipsDistances;
import org.jcanns.core.topology.RipsOptions;
import org.jcanns.core.topology.RipsResult;
import org.jcanns.core.topology.SampleClouds;
import org.jcanns.core.topology.VietorisRips;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jcanns tda}: the arrays it writes (checked by numpy/scipy), its inputs, and one-line errors. */
class TdaCliTest {
    private static final String SUMMARY = "points=%d maxdim=%d bars=\\d+ seconds=[0-9.]+";

    /** A noisy torus in R^4, (n, 4). */
    static double[] torus(int n, long seed) {
        return SampleClouds.torus(n, 0.05, seed);
    }

    @Test
    void pointsGiveDiagramsAndCocyclesInTheDocumentedLayout(@TempDir Path dir) throws Exception {
        int n = 120;
        double[] x = torus(n, 1);
        Path points = dir.resolve("torus.npy");
        Npy.save(points, NpyArray.ofDoubles(x, n, 4));
        Path out = dir.resolve("ph.npz");
        var r = jcanns("-q", "tda", "--points", points.toString(), "--maxdim", "2", "--cocycles", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().strip().matches(String.format(SUMMARY, n, 2)), r.err());
        Python.run(Python.script("tda_check.py"), out.toString(), points.toString(), "points", "2", "47", "cocycles");
        // The file holds what the library computes, bar for bar and cocycle for cocycle.
        RipsResult expected = VietorisRips.compute(RipsDistances.ofPoints(x, n, 4, Metric.EUCLIDEAN),
                new RipsOptions(2, 47, Double.POSITIVE_INFINITY, true), ProgressListener.NONE);
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            for (int d = 0; d <= 2; d++) {
                assertArrayEquals(expected.diagram(d).toArray(), z.get("dgm" + d).toDoubles(), "dgm" + d);
            }
            assertTrue(expected.diagram(1).size() >= 2 && expected.diagram(2).size() >= 1, "a torus: H1 and H2");
            for (int d = 1; d <= 2; d++) {
                long[] rows = z.get("cocycles" + d).toLongs();
                long[] offsets = z.get("cocycles" + d + "_offsets").toLongs();
                for (int i = 0; i < expected.cocycles(d).size(); i++) {
                    int[] c = expected.cocycles(d).get(i);
                    assertEquals(c.length, (offsets[i + 1] - offsets[i]) * (d + 2));
                    for (int k = 0; k < c.length; k++) {
                        assertEquals(c[k], rows[(int) (offsets[i] * (d + 2)) + k]);
                    }
                }
            }
        }
    }

    @Test
    void fullAndSparseDistanceMatricesWithAbsentEdges(@TempDir Path dir) throws Exception {
        int n = 80;
        RipsDistances points = RipsDistances.ofPoints(torus(n, 2), n, 4, Metric.EUCLIDEAN);
        double[] m = points.toMatrix();
        // Drop the longest edges: +inf in the full matrix, missing in the sparse one.
        int edges = 0;
        for (int i = 0; i < n * n; i++) {
            if (m[i] > 1.8) {
                m[i] = Double.POSITIVE_INFINITY;
            } else if (i / n > i % n) {
                edges++;
            }
        }
        long[] row = new long[edges];
        long[] col = new long[edges];
        double[] data = new double[edges];
        for (int i = 0, e = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (m[i * n + j] != Double.POSITIVE_INFINITY) {
                    row[e] = i;
                    col[e] = j;
                    data[e++] = m[i * n + j];
                }
            }
        }
        Path full = dir.resolve("d.npy");
        Npy.save(full, NpyArray.ofDoubles(m, n, n));
        Path sparse = dir.resolve("d.npz");
        Map<String, NpyArray> coo = new LinkedHashMap<>();
        coo.put("row", NpyArray.ofLongs(row, edges));
        coo.put("col", NpyArray.ofLongs(col, edges));
        coo.put("data", NpyArray.ofDoubles(data, edges));
        coo.put("shape", NpyArray.ofLongs(new long[] {n, n}, 2));
        Npz.save(sparse, coo, false);
        Path a = dir.resolve("a.npz");
        Path b = dir.resolve("b.npz");
        assertEquals(0, jcanns("-q", "tda", "--distances", full.toString(), "--out", a.toString()).code());
        assertEquals(0, jcanns("-q", "tda", "--distances", sparse.toString(), "--out", b.toString()).code());
        Python.run(Python.script("tda_check.py"), a.toString(), full.toString(), "distances", "1", "47");
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> za = Npz.load(a, arena);
            Map<String, NpyArray> zb = Npz.load(b, arena);
            for (String key : List.of("dgm0", "dgm1")) {
                assertArrayEquals(za.get(key).toDoubles(), zb.get(key).toDoubles(), key);
            }
        }
    }

    @Test
    void cosineMetricAndThresholdAreUsed(@TempDir Path dir) throws Exception {
        int n = 60;
        double[] x = torus(n, 3);
        Path points = dir.resolve("x.npy");
        Npy.save(points, NpyArray.ofDoubles(x, n, 4));
        Path out = dir.resolve("ph.npz");
        var r = jcanns("-q", "tda", "--points", points.toString(), "--metric", "cosine", "--threshold", "0.5",
                "--coeff", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        RipsResult expected = VietorisRips.compute(RipsDistances.ofPoints(x, n, 4, Metric.COSINE),
                new RipsOptions(1, 3, 0.5, false), ProgressListener.NONE);
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertEquals(List.of("dgm0", "dgm1"), List.copyOf(z.keySet()));
            assertArrayEquals(expected.diagram(1).toArray(), z.get("dgm1").toDoubles());
            double[] dgm0 = z.get("dgm0").toDoubles();
            for (int i = 1; i < dgm0.length; i += 2) {
                assertTrue(dgm0[i] <= 0.5 || dgm0[i] == Double.POSITIVE_INFINITY, "no edge above the threshold");
            }
        }
    }

    @Test
    void badInputsAreOneLineErrorsWithExitCode2AndNothingWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ph.npz");
        Path nan = dir.resolve("nan.npy");
        Npy.save(nan, NpyArray.ofDoubles(new double[] {0, 0, 1, Double.NaN}, 2, 2));
        Path rect = dir.resolve("rect.npy");
        Npy.save(rect, NpyArray.ofDoubles(new double[6], 2, 3));
        Path asym = dir.resolve("asym.npy");
        Npy.save(asym, NpyArray.ofDoubles(new double[] {0, 1, 2, 0}, 2, 2));
        Path negative = dir.resolve("neg.npy");
        Npy.save(negative, NpyArray.ofDoubles(new double[] {0, -1, -1, 0}, 2, 2));
        Path ok = dir.resolve("ok.npy");
        Npy.save(ok, NpyArray.ofDoubles(torus(30, 4), 30, 4));
        Path big = dir.resolve("big.npy");
        Npy.save(big, NpyArray.ofDoubles(torus(1500, 5), 1500, 4));
        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("coordinate 1 of point 1 is NaN", List.of("--points", nan.toString()));
        cases.put("expected a square (n, n) matrix", List.of("--distances", rect.toString()));
        cases.put("must be symmetric", List.of("--distances", asym.toString()));
        cases.put("expected a non-negative distance", List.of("--distances", negative.toString()));
        cases.put("coeff: expected a prime between 2 and 32749, got 4", List.of("--points", ok.toString(), "--coeff",
                "4"));
        cases.put("maxdim: expected 0 or more, got -1", List.of("--points", ok.toString(), "--maxdim", "-1"));
        cases.put("metric: expected euclidean or cosine", List.of("--points", ok.toString(), "--metric", "l1"));
        cases.put("fits (--threshold)", List.of("--points", big.toString(), "--maxdim", "3"));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            List<String> args = new java.util.ArrayList<>(List.of("-q", "tda"));
            args.addAll(c.getValue());
            args.addAll(List.of("--out", out.toString()));
            var r = jcanns(args.toArray(String[]::new));
            assertEquals(2, r.code(), c.getKey() + ": " + r.err());
            assertTrue(r.err().contains(c.getKey()), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
        var both = jcanns("-q", "tda", "--points", ok.toString(), "--distances", ok.toString(), "--out",
                out.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
    }
}
