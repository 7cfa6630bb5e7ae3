package org.jcanns.cli;

import static org.jcanns.cli.CliTest.jcanns;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jcanns.analysis.tda.TdaConfig;
import org.jcanns.analysis.tda.TdaResult;
import org.jcanns.analysis.tda.TdaVis;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.topology.Metric;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jcanns tda-vis} and {@code tda-sample}: files written, same shuffles for any thread count, errors. */
class TdaVisCliTest {
    private static final String[] SMALL = {"--active-times", "400", "--k", "80", "--n-points", "120", "--nbs", "60"};

    private static String[] args(String... parts) {
        List<String> a = new java.util.ArrayList<>(List.of("-q", "tda-vis"));
        a.addAll(List.of(SMALL));
        a.addAll(List.of(parts));
        return a.toArray(String[]::new);
    }

    @Test
    void writesPersistenceBarcodesAndShufflesThatMatchTheLibrary(@TempDir Path dir) throws Exception {
        Path e = dir.resolve("e.npy");
        var sample = jcanns("-q", "tda-sample", "grid-cells", "--times", "3000", "--neurons", "36", "--seed", "2",
                "--out", e.toString());
        assertEquals(0, sample.code(), sample.err());
        Path out = dir.resolve("tda");
        var r = jcanns(args("--embedding", e.toString(), "--shuffles", "3", "--seed", "5", "--threads", "2", "--out",
                out.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().strip().matches("points=120 maxdim=1 bars=\\d+ shuffles=3 seconds=[0-9.]+"), r.err());
        assertTrue(r.out().contains("H1: 3 valid iterations | Mean maximum persistence: "), r.out());
        BufferedImage plain = ImageIO.read(out.resolve("barcode.png").toFile());
        BufferedImage shuffled = ImageIO.read(out.resolve("barcode_shuffle.png").toFile());
        assertEquals(1000, plain.getWidth());
        assertEquals(600, plain.getHeight());
        assertEquals(800, shuffled.getHeight());
        double[] embed;
        try (Arena arena = Arena.ofConfined()) {
            embed = Npy.load(e, arena).toDoubles();
        }
        TdaConfig config = new TdaConfig(6, 5, 400, 80, 120, Metric.COSINE, 60, 1, 47, 3, 5);
        TdaResult expected = TdaVis.run(embed, 3000, 36, config, 1, ProgressListener.NONE);
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out.resolve("persistence.npz"), arena);
            for (String key : List.of("dgm0", "dgm1", "cocycles1", "cocycles1_offsets", "dperm2all", "indstemp",
                    "movetimes", "shuffle_max0", "shuffle_max1", "shuffle_threshold")) {
                assertTrue(z.containsKey(key), key + " in " + z.keySet());
            }
            assertArrayEquals(expected.persistence().diagram(1).toArray(), z.get("dgm1").toDoubles());
            assertArrayEquals(expected.indstemp(), java.util.Arrays.stream(z.get("indstemp").toLongs())
                    .mapToInt(Math::toIntExact).toArray());
            assertArrayEquals(expected.shuffles().maxLifetimes()[1], z.get("shuffle_max1").toDoubles(),
                    "the same shuffles with 2 threads as with 1");
            assertEquals(expected.shuffles().threshold(1), z.get("shuffle_threshold").getDouble(1));
        }
    }

    @Test
    void badInputsAreOneLineErrorsAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path flat = dir.resolve("flat.npy");
        Npy.save(flat, NpyArray.ofDoubles(new double[100], 100));
        Path e = dir.resolve("e.npy");
        jcanns("-q", "tda-sample", "grid-cells", "--times", "2000", "--neurons", "16", "--out", e.toString());
        Path out = dir.resolve("tda");
        Map<String, String[]> cases = Map.of(
                "--embedding: expected a (T, N) array", args("--embedding", flat.toString(), "--out", out.toString()),
                "n_points: expected 1 to 400 landmarks", args("--embedding", e.toString(), "--n-points", "500",
                        "--out", out.toString()),
                "metric: expected euclidean or cosine", args("--embedding", e.toString(), "--metric", "l2", "--out",
                        out.toString()),
                "coeff: expected a prime", args("--embedding", e.toString(), "--coeff", "6", "--out", out.toString()),
                "--threads: expected 1 or more", args("--embedding", e.toString(), "--threads", "0", "--out",
                        out.toString()));
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            var r = jcanns(c.getValue());
            assertEquals(2, r.code(), c.getKey() + ": " + r.err());
            assertTrue(r.err().contains(c.getKey()), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
        var kind = jcanns("-q", "tda-sample", "knot", "--out", dir.resolve("k.npy").toString());
        assertEquals(2, kind.code());
        assertTrue(kind.err().contains("KIND: expected circle, sphere, torus, uniform or grid-cells"), kind.err());
    }

    @Test
    void sampleCloudsHaveTheirShape(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("t.npy");
        assertEquals(0, jcanns("-q", "tda-sample", "torus", "--points", "50", "--out", t.toString()).code());
        try (Arena arena = Arena.ofConfined()) {
            assertArrayEquals(new int[] {50, 4}, Npy.load(t, arena).shape());
        }
    }
}
