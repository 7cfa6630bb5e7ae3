package org.jcanns.trainers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.models.hopfield.AmariHopfieldNetwork;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.train.Patterns;
import org.jcanns.spi.train.Recall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HebbianTrainer's canns semantics (mean, accumulation, options, resize), recall bookkeeping and bad input. */
class HebbianTrainerTest {
    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void free() {
        arena.close();
    }

    private static AmariHopfieldNetwork net(int n, String... kv) {
        Map<String, String> p = new HashMap<>(Map.of("num_neurons", Integer.toString(n)));
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return new AmariHopfieldNetwork(new org.jcanns.models.hopfield.AmariHopfieldProvider().parameters().parse(p),
                Seeds.generator(3), Kernels.best());
    }

    private static HebbianTrainer trainer(AmariHopfieldNetwork net, String... kv) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return new HebbianTrainer(net, HebbianTrainer.SPEC.parse(p), Kernels.best());
    }

    private Tensor patterns(int p, int n, long seed, boolean bipolar) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor t = Tensor.allocate(arena, p, n);
        for (long i = 0; i < t.size(); i++) {
            t.set(i, bipolar ? (r.nextDouble() < 0.6 ? 1f : -1f) : (float) r.nextDouble(-1, 2));
        }
        return t;
    }

    /** canns' rule in float64: Σₚ (xₚ − ρ)(xₚ − ρ)ᵀ / P (or not divided), ρ the mean of all values (or 0). */
    private static double[] hebbian(Tensor x, boolean subtractMean, boolean normalize) {
        int p = x.dim(0), n = x.dim(1);
        double rho = 0;
        if (subtractMean) {
            for (long i = 0; i < x.size(); i++) {
                rho += x.get(i);
            }
            rho /= x.size();
        }
        double[] w = new double[n * n];
        for (int k = 0; k < p; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i * n + j] += (x.get(k, i) - rho) * (x.get(k, j) - rho) / (normalize ? p : 1);
                }
            }
        }
        return w;
    }

    private static void zeroDiagonal(double[] w, int n) {
        for (int i = 0; i < n; i++) {
            w[i * n + i] = 0;
        }
    }

    @Test
    void trainingAccumulatesAcrossCallsEachWithItsOwnMeanAndCount() {
        int n = 30;
        Tensor a = patterns(3, n, 1, true), b = patterns(5, n, 2, false);
        try (AmariHopfieldNetwork net = net(n)) {
            HebbianTrainer t = trainer(net);
            t.train(a);
            t.train(b);
            double[] wa = hebbian(a, true, true), wb = hebbian(b, true, true);
            for (int i = 0; i < wa.length; i++) {
                wa[i] += wb[i];
            }
            zeroDiagonal(wa, n);
            Tolerance.assertClose(wa, net.weights().toArray(), 1e-5, 0, "W after two calls");
        }
    }

    @Test
    void optionsSwitchOffTheMeanTheDivisionAndTheZeroDiagonal() {
        int n = 12;
        Tensor x = patterns(4, n, 3, false);
        try (AmariHopfieldNetwork net = net(n)) {
            trainer(net, "subtract_mean", "false", "normalize_by_patterns", "false", "zero_diagonal", "false").train(x);
            Tolerance.assertClose(hebbian(x, false, false), net.weights().toArray(), 1e-6, 0, "raw outer products");
        }
        try (AmariHopfieldNetwork a = net(n); AmariHopfieldNetwork b = net(n)) {
            trainer(a).train(x);
            new AntiHebbianTrainer(b, HebbianTrainer.SPEC.parse(Map.of()), Kernels.best()).train(x);
            float[] wa = a.weights().toArray(), wb = b.weights().toArray();
            for (int i = 0; i < wa.length; i++) {
                assertEquals(-wa[i], wb[i], 0f, "anti-Hebbian is the negative");
            }
        }
    }

    @Test
    void trainingResizesTheNetworkToThePatterns() {
        try (AmariHopfieldNetwork net = net(5)) {
            trainer(net).train(patterns(2, 17, 4, true));
            assertEquals(17, net.size());
            assertArrayEquals(new int[] {17}, net.state("s").shape());
        }
    }

    @Test
    void earlyStopGivesTheSameStatesAndEnergiesAsTheFullCount() {
        int n = 256;
        Tensor x = patterns(5, n, 5, true);
        Tensor cues = patterns(7, n, 6, true);
        Recall[] recalls = new Recall[2];
        float[][] states = new float[2][];
        for (int r = 0; r < 2; r++) {
            try (AmariHopfieldNetwork net = net(n)) {
                HebbianTrainer t = trainer(net, "stop_early", Boolean.toString(r == 0), "num_iter", "15");
                t.train(x);
                Tensor out = Tensor.allocate(arena, 7, n);
                recalls[r] = t.recall(cues, out);
                states[r] = out.toArray();
            }
        }
        assertArrayEquals(states[1], states[0]);
        for (int b = 0; b < 7; b++) {
            assertArrayEquals(recalls[1].energies()[b], recalls[0].energies()[b], "energies of cue " + b);
            assertEquals(recalls[1].changes()[b], recalls[0].changes()[b], "changes of cue " + b);
            assertTrue(recalls[0].changes()[b] < 15, "settled: " + recalls[0].changes()[b]);
        }
    }

    @Test
    void recallOfStoredPatternsReportsProgressAndLeavesThemAsTheyAre() {
        int n = 200;
        Tensor x = patterns(3, n, 7, true);
        try (AmariHopfieldNetwork net = net(n)) {
            HebbianTrainer t = trainer(net);
            List<long[]> seen = new ArrayList<>();
            t.progressListener((done, total) -> seen.add(new long[] {done, total}));
            t.showProgress(true);
            t.train(x);
            Tensor out = Tensor.allocate(arena, 3, n);
            Recall recall = t.recall(x, out);
            assertArrayEquals(x.toArray(), out.toArray(), "stored patterns are fixed points");
            assertArrayEquals(new int[] {0, 0, 0}, recall.changes());
            long[] last = seen.getLast();
            assertEquals(last[1], last[0], "progress ends complete");
            assertEquals(3L * 20, last[1], "recall progress counts cue updates");
        }
    }

    @Test
    void badInputGetsAClearError() {
        try (AmariHopfieldNetwork net = net(8)) {
            HebbianTrainer t = trainer(net);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> t.train(Tensor.allocate(arena, 0, 8)));
            assertTrue(e.getMessage().startsWith("patterns: expected a (P, N) array with at least one pattern"),
                    e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Patterns.stack(arena, List.of(new float[8], new float[7]), "patterns"));
            assertEquals("patterns: all patterns must have the same length; pattern 1 has 7 values, pattern 0 has 8",
                    e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> Patterns.stack(arena, List.of(), "patterns"));
            assertEquals("patterns: expected at least one pattern, got none", e.getMessage());
            Tensor nan = Tensor.allocate(arena, 2, 8);
            nan.set(1, 3, Float.NaN);
            e = assertThrows(IllegalArgumentException.class, () -> t.train(nan));
            assertEquals("patterns: expected finite numbers; pattern 1 has NaN at index 3", e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> Patterns.requireBipolar(Tensor.of(arena, new float[] {1, -1, 0}, 1, 3), "patterns"));
            assertEquals("patterns: expected values of -1 and +1 only; pattern 0 has 0.0 at index 2", e.getMessage());

            t.train(patterns(2, 8, 1, true));
            e = assertThrows(IllegalArgumentException.class,
                    () -> t.predict(Tensor.allocate(arena, 9), Tensor.allocate(arena, 9)));
            assertEquals("cue: each pattern must have 8 values (the network's neurons), got 9", e.getMessage());
            assertEquals(8, net.size(), "a wrong cue does not resize the network");
            assertThrows(IllegalArgumentException.class, () -> t.iterations(0));
        }
    }
}
