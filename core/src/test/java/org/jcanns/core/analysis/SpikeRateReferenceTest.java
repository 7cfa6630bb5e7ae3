package org.jcanns.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spike/rate conversions, normalisation and binned means against canns' numpy code and scipy. */
class SpikeRateReferenceTest {
    @TempDir
    static Path dir;
    private static final Arena ARENA = Arena.ofShared();
    private static Map<String, NpyArray> ref;

    @BeforeAll
    static void reference() throws Exception {
        Path out = dir.resolve("ref.npz");
        Python.run(Python.script("spike_rate_reference.py"), out.toString());
        ref = Npz.load(out, ARENA);
    }

    @AfterAll
    static void free() {
        ARENA.close();
    }

    private static Tensor tensor(String name) {
        return ref.get(name).toTensor(ARENA);
    }

    @Test
    void spikeCountsPerWindowMatchCanns() {
        Tensor spikes = tensor("spikes");
        Tensor a = SpikeTrains.toFiringRate(spikes, 1.0, 8.0, ARENA);
        assertArrayEquals(ref.get("rates_a").shape(), a.shape());
        Tolerance.assertClose(ref.get("rates_a").toDoubles(), a.toArray(), 0, 0, "counts per 8 steps");
        Tensor b = SpikeTrains.toFiringRate(spikes, 0.5, 2.0, ARENA);
        Tolerance.assertClose(ref.get("rates_b").toDoubles(), b.toArray(), 0, 0, "counts per 4 steps");
    }

    @Test
    void windowCountIsFloorOfDurationWhereCannsArangeWouldOvershoot() {
        // canns: arange(0, 1.0 + 0.01, 0.01) has 102 edges for 100 rows and numpy refuses the assignment.
        Tensor spikes = Tensor.allocate(ARENA, 1000, 2);
        spikes.fill(1f);
        Tensor r = SpikeTrains.toFiringRate(spikes, 0.001, 0.01, ARENA);
        assertArrayEquals(new int[] {100, 2}, r.shape());
        double total = 0;
        for (float v : r.toArray()) {
            total += v;
        }
        assertEquals(2000, total, "every spike of the full windows is counted once");
    }

    @Test
    void spikeProbabilitiesMatchNumpyInterp() {
        double[][] p = SpikeTrains.spikeProbabilities(tensor("rates_in"), 0.1, 0.01);
        NpyArray expected = ref.get("prob");
        assertEquals(expected.shape()[0], p.length);
        float[] flat = new float[p.length * p[0].length];
        for (int i = 0; i < p.length; i++) {
            for (int n = 0; n < p[i].length; n++) {
                flat[i * p[i].length + n] = (float) p[i][n];
            }
        }
        Tolerance.assertClose(expected.toDoubles(), flat, 1e-6, 0, "spike probabilities");
    }

    @Test
    void spikeTrainsAreBinarySeededAndFollowTheProbabilities() {
        Tensor rates = Tensor.allocate(ARENA, 20, 3);
        for (int i = 0; i < 20; i++) {
            rates.set(i, 0, 0f);      // never fires
            rates.set(i, 1, 50f);     // p = 50 · 0.01 / 0.1 > 1: always fires
            rates.set(i, 2, 3f);      // p = 0.3
        }
        Tensor s1 = SpikeTrains.toSpikeTrain(rates, 0.1, 0.01, Seeds.generator(3), ARENA);
        Tensor s2 = SpikeTrains.toSpikeTrain(rates, 0.1, 0.01, Seeds.generator(3), ARENA);
        assertArrayEquals(s1.toArray(), s2.toArray(), "same seed, same train");
        assertArrayEquals(new int[] {200, 3}, s1.shape());
        int fired = 0;
        for (int i = 0; i < 200; i++) {
            assertEquals(0f, s1.get(i, 0));
            assertEquals(1f, s1.get(i, 1));
            float v = s1.get(i, 2);
            assertTrue(v == 0f || v == 1f);
            fired += (int) v;
        }
        // Binomial(200, 0.3): mean 60, sd 6.5; 5 sd either side.
        assertTrue(fired > 27 && fired < 93, "spike count " + fired);
    }

    @Test
    void normalisationUsesGlobalStatistics() {
        Tensor src = tensor("norm_src");
        Tolerance.assertClose(ref.get("minmax").toDoubles(),
                FiringRates.normalize(src, FiringRates.Method.MIN_MAX, ARENA).toArray(), 1e-6, 0, "min_max");
        Tolerance.assertClose(ref.get("zscore").toDoubles(),
                FiringRates.normalize(src, FiringRates.Method.of("z_score"), ARENA).toArray(), 1e-6, 0, "z_score");
        Tensor flat = Tensor.allocate(ARENA, 3, 2);
        flat.fill(4f);
        for (FiringRates.Method m : FiringRates.Method.values()) {
            assertArrayEquals(new float[6], FiringRates.normalize(flat, m, ARENA).toArray(), m + " of a constant");
        }
        assertThrows(IllegalArgumentException.class, () -> FiringRates.Method.of("max"));
    }

    @Test
    void averageRatesMatchCannsModes() {
        Tensor s = tensor("some_silent");
        double[] perNeuron = FiringRates.perNeuron(s, 0.01);
        assertArrayEquals(ref.get("per_neuron").toDoubles(), perNeuron, 1e-4, "float32 sums in numpy");
        assertArrayEquals(ref.get("population").toDoubles(), FiringRates.population(s, 0.01), 1e-3);
        double[] w = FiringRates.weightedAverage(s, ref.get("weights").toDoubles());
        double[] expected = ref.get("weighted").toDoubles();
        for (int t = 0; t < expected.length; t++) {
            if (Double.isNaN(expected[t])) {
                assertTrue(Double.isNaN(w[t]), "no spikes at step " + t);
            } else {
                assertEquals(expected[t], w[t], 1e-6, "step " + t);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> FiringRates.weightedAverage(s, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> FiringRates.perNeuron(s, 0));
    }

    @Test
    void binnedMeansMatchScipy() {
        checkBinned("stim", "vals", 50, "stat", "edges");
        double[] five = {0, 1, 2, 3, 4};
        BinnedStatistic s = BinnedStatistic.mean(ref.get("sparse_stim").toDoubles(), five, 10);
        assertBins(ref.get("sparse_stat").toDoubles(), ref.get("sparse_edges").toDoubles(), s, "sparse");
        BinnedStatistic c = BinnedStatistic.mean(new double[] {2, 2, 2, 2}, new double[] {0, 1, 2, 3}, 3);
        assertBins(ref.get("const_stat").toDoubles(), ref.get("const_edges").toDoubles(), c, "constant sample");
    }

    private static void checkBinned(String x, String v, int bins, String stat, String edges) {
        BinnedStatistic s = BinnedStatistic.mean(ref.get(x).toDoubles(), ref.get(v).toDoubles(), bins);
        assertBins(ref.get(stat).toDoubles(), ref.get(edges).toDoubles(), s, x);
    }

    private static void assertBins(double[] stat, double[] edges, BinnedStatistic s, String what) {
        assertArrayEquals(edges, s.edges(), 1e-12, what + " edges");
        for (int i = 0; i < stat.length; i++) {
            if (Double.isNaN(stat[i])) {
                assertTrue(Double.isNaN(s.means()[i]), what + " bin " + i + " is empty");
            } else {
                assertEquals(stat[i], s.means()[i], 1e-12, what + " bin " + i);
            }
        }
    }

    @Test
    void badShapesAndStepsAreRefused() {
        Tensor vec = Tensor.allocate(ARENA, 5);
        assertThrows(IllegalArgumentException.class, () -> SpikeTrains.toFiringRate(vec, 1, 2, ARENA));
        Tensor m = Tensor.allocate(ARENA, 5, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> SpikeTrains.toFiringRate(m, 2, 1, ARENA));
        assertTrue(e.getMessage().contains("dt_rate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpikeTrains.spikeProbabilities(m, 0.01, 0.1));
        assertThrows(IllegalArgumentException.class, () -> BinnedStatistic.mean(new double[3], new double[2], 4));
        assertThrows(IllegalArgumentException.class, () -> BinnedStatistic.mean(new double[0], new double[0], 4));
    }
}
