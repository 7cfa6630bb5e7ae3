package org.jcanns.analysis.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.analysis.synthetic.SyntheticGridCells;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** embed_spike_trains equals canns' (transcribed in numpy/scipy by embed_reference.py) with and without each step. */
class SpikeEmbeddingReferenceTest {
    @TempDir
    Path dir;

    @Test
    void syntheticGridCellsAsCanns() throws Exception {
        GridRecording rec = SyntheticGridCells.defaults().with(3, 40).generate(5).recording();
        compare(rec, "synthetic");
    }

    /**
     * Irregular position samples (several per bin and several bins per sample), a recording that starts late,
     * pauses that the speed filter drops, spikes outside the recorded time and a silent cell.
     */
    @Test
    void irregularSamplingPausesAndStraySpikesAsCanns() throws Exception {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 1500;
        double[] t = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        t[0] = 3.217;
        x[0] = 0.7;
        y[0] = 0.4;
        for (int i = 1; i < n; i++) {
            double step = 0.004 + 0.027 * rng.nextDouble();
            t[i] = t[i - 1] + step;
            boolean paused = (i / 300) % 2 == 1;
            double v = paused ? 0.0005 : 0.3;
            x[i] = x[i - 1] + v * step * Math.cos(i / 50.0);
            y[i] = y[i - 1] + v * step * Math.sin(i / 70.0);
        }
        int cells = 5;
        long[] counts = new long[cells];
        java.util.List<Double> times = new java.util.ArrayList<>();
        for (int c = 0; c < cells; c++) {
            int k = c == 2 ? 0 : 200 + 40 * c;
            for (int s = 0; s < k; s++) {
                times.add(t[0] - 0.5 + (t[n - 1] - t[0] + 1) * rng.nextDouble());
            }
            counts[c] = k;
        }
        times.add(t[0]);
        counts[4]++;
        double[] spikeTimes = times.stream().mapToDouble(Double::doubleValue).toArray();
        GridRecording rec = new GridRecording(spikeTimes, counts, t, x, y);
        Map<String, double[]> ref = compare(rec, "irregular");
        int all = ref.get("spikes_10").length / cells;
        int kept = ref.get("tt_11").length;
        assertTrue(kept > 0 && kept < all * 0.8, "the pauses are filtered out: " + kept + " of " + all);
    }

    @Test
    void theSpeedFilterNeedsPositions() {
        GridRecording rec = new GridRecording(new double[] {0.5}, new long[] {1}, new double[] {0, 1, 2}, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpikeEmbedding.of(rec, SpikeEmbeddingConfig.defaults()));
        assertTrue(e.getMessage().contains("needs positions x and y"), e.getMessage());
        SpikeEmbedding plain = SpikeEmbedding.of(rec, SpikeEmbeddingConfig.defaults().with(false, false));
        assertNull(plain.tt());
        assertEquals(201, plain.bins());
        assertEquals(1.0, plain.spikes()[50]);
        assertThrows(IllegalArgumentException.class, () -> new SpikeEmbeddingConfig(100000, 0, 5000, true, true, 2.5));
    }

    private Map<String, double[]> compare(GridRecording rec, String name) throws Exception {
        Path in = dir.resolve(name + ".npz");
        Map<String, NpyArray> z = new LinkedHashMap<>();
        rec.arrays().forEach((k, v) -> z.put(k, NpyArray.of(v)));
        z.put("spike_counts", NpyArray.ofLongs(rec.spikeCounts()));
        Npz.save(in, z, false);
        Path out = dir.resolve(name + "_expected.npz");
        Python.run(Python.script("embed_reference.py"), in.toString(), out.toString());
        Map<String, double[]> ref = new HashMap<>();
        try (Arena arena = Arena.ofConfined()) {
            Npz.load(out, arena).forEach((k, v) -> ref.put(k, v.toDoubles()));
        }
        for (int s = 0; s < 2; s++) {
            for (int f = 0; f < 2; f++) {
                SpikeEmbedding e = SpikeEmbedding.of(rec, SpikeEmbeddingConfig.defaults().with(s == 1, f == 1));
                String key = "" + s + f;
                assertClose(ref.get("spikes_" + key), e.spikes(), name + " spikes smooth=" + s + " filter=" + f);
                if (f == 1) {
                    assertClose(ref.get("xx_" + key), e.xx(), name + " xx");
                    assertClose(ref.get("yy_" + key), e.yy(), name + " yy");
                    assertClose(ref.get("tt_" + key), e.tt(), name + " tt");
                }
            }
        }
        return ref;
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), what + " at " + i);
        }
    }
}
