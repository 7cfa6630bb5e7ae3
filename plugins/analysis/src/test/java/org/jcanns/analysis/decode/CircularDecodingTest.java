package org.jcanns.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.spi.analysis.NumericArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * decode_circular_coordinates: the LSMR solver against scipy's, the whole decoding against canns' code transcribed
 * in numpy (decode_reference.py), and the decoded angles against the synthetic cells' true torus phases.
 */
class CircularDecodingTest {
    /** Circular correlation ({@link TorusAgreement}) each decoded angle must reach with a torus coordinate. */
    static final double CORRELATION_BOUND = 0.9;
    private static TorusFixture fixture;
    private static CircularDecoding decoding;

    @TempDir
    static Path dir;

    @BeforeAll
    static void decode() {
        fixture = new TorusFixture(6, 150, 30, 300, 21);
        decoding = CircularDecoding.decode(PersistenceResult.of(fixture.persistence, "fixture"), fixture.recording,
                true, true);
    }

    @Test
    void lsmrAsScipy() throws Exception {
        SplittableRandom rng = new SplittableRandom(3);
        int vertices = 150;
        int edges = 1200;
        int[] first = new int[edges];
        int[] second = new int[edges];
        double[] b = new double[edges];
        for (int e = 0; e < edges; e++) {
            int i = rng.nextInt(vertices);
            int j = rng.nextInt(vertices - 1);
            j = j >= i ? j + 1 : j;
            first[e] = Math.min(i, j);
            second[e] = Math.max(i, j);
            b[e] = rng.nextInt(3) - 1 + 0.1 * rng.nextGaussian();
        }
        Path in = dir.resolve("lsmr.npz");
        Npz.save(in, Map.of("first", NpyArray.ofInts(first), "second", NpyArray.ofInts(second),
                "vertices", NpyArray.scalar(vertices), "b", NpyArray.ofDoubles(b)), false);
        Path out = dir.resolve("lsmr_out.npz");
        Python.run(Python.script("decode_reference.py"), "lsmr", in.toString(), out.toString());
        Map<String, double[]> ref = load(out);
        Lsmr x = Lsmr.solve(new Coboundary(first, second, vertices), b);
        assertEquals((int) ref.get("istop")[0], x.istop(), "stop reason");
        assertEquals((int) ref.get("itn")[0], x.iterations(), "iterations");
        assertArrayEquals(ref.get("x"), x.x(), 1e-10);
        double mean = java.util.Arrays.stream(x.x()).average().orElse(1);
        assertEquals(0, mean, 1e-9, "the minimum-norm solution has no constant part");
    }

    @Test
    void decodingAsCanns() throws Exception {
        Path grid = dir.resolve("grid.npz");
        Map<String, NpyArray> z = new LinkedHashMap<>();
        fixture.recording.arrays().forEach((k, v) -> z.put(k, NpyArray.of(v)));
        z.put("spike_counts", NpyArray.ofLongs(fixture.recording.spikeCounts()));
        Npz.save(grid, z, false);
        Path ph = dir.resolve("ph.npz");
        Map<String, NpyArray> p = new LinkedHashMap<>();
        fixture.persistence.forEach((k, v) -> p.put(k, NpyArray.of(v)));
        long[] cc = new long[fixture.persistence.get("cocycles1").size()];
        for (int i = 0; i < cc.length; i++) {
            cc[i] = (long) fixture.persistence.get("cocycles1").get(i);
        }
        p.put("cocycles1", NpyArray.ofLongs(cc, cc.length / 3, 3));
        Npz.save(ph, p, false);
        Path out = dir.resolve("decoding.npz");
        Python.run(Python.script("decode_reference.py"), "decode", grid.toString(), ph.toString(), out.toString());
        Map<String, double[]> ref = load(out);
        double[][] f = CircularDecoding.landmarkCoordinates(PersistenceResult.of(fixture.persistence, "fixture"));
        double[] landmark = ref.get("landmark");
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < f[c].length; k++) {
                assertEquals(0, circular(2 * Math.PI * landmark[c * f[c].length + k], 2 * Math.PI * f[c][k]), 1e-8,
                        "landmark coordinate " + c + ", " + k);
            }
        }
        assertArrayEquals(ref.get("times"), java.util.Arrays.stream(decoding.times()).asDoubleStream().toArray());
        assertArrayEquals(ref.get("centcosall"), decoding.centcos(), 1e-8);
        assertArrayEquals(ref.get("centsinall"), decoding.centsin(), 1e-8);
        double[] coords = ref.get("coords");
        assertEquals(coords.length, decoding.coords().length);
        for (int i = 0; i < coords.length; i++) {
            assertEquals(0, circular(coords[i], decoding.coords()[i]), 1e-7, "coords " + i);
        }
    }

    @Test
    void decodedAnglesFollowTheTrueTorusPhases() {
        int[] times = decoding.times();
        double[] truth1 = new double[times.length];
        double[] truth2 = new double[times.length];
        for (int t = 0; t < times.length; t++) {
            double[] phase = fixture.phase(times[t]);
            truth1[t] = phase[0];
            truth2[t] = phase[1];
        }
        double[][] best = new double[2][];
        for (int c = 0; c < 2; c++) {
            best[c] = TorusAgreement.best(TorusAgreement.column(decoding.coords(), c), truth1, truth2);
            assertTrue(best[c][0] >= CORRELATION_BOUND, "decoded angle " + c + " correlates " + best[c][0]
                    + " with its best torus coordinate (" + best[c][1] + ", " + best[c][2] + ")");
        }
        assertNotEquals(0, best[0][1] * best[1][2] - best[0][2] * best[1][1],
                "the two angles follow independent torus coordinates");
    }

    @Test
    void persistenceResultsAreChecked() {
        Map<String, NumericArray> bad = new HashMap<>(fixture.persistence);
        bad.remove("movetimes");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersistenceResult.of(bad, "ph.npz"));
        assertTrue(e.getMessage().startsWith("ph.npz: a persistence result needs dgm1,"), e.getMessage());
        Map<String, NumericArray> one = new HashMap<>(fixture.persistence);
        one.put("dgm1", NumericArray.of(new double[] {0.1, 2}, 1, 2));
        one.put("cocycles1_offsets", NumericArray.of(new double[] {0, 3}));
        e = assertThrows(IllegalArgumentException.class, () -> CircularDecoding.decode(
                PersistenceResult.of(one, "ph.npz"), fixture.recording, true, true));
        assertEquals("the persistence result has 1 H1 class; decoding needs the two circles of a torus",
                e.getMessage());
    }

    private static double circular(double a, double b) {
        return TorusFixture.wrap(a - b);
    }

    private static Map<String, double[]> load(Path p) throws Exception {
        Map<String, double[]> m = new HashMap<>();
        try (Arena arena = Arena.ofConfined()) {
            Npz.load(p, arena).forEach((key, v) -> m.put(key, v.toDoubles()));
        }
        return m;
    }
}
