package org.jcanns.models.hopfield;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.ParameterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The network's update rules, energy, resize and weight forms, on small hand-checked or random cases. */
class AmariHopfieldNetworkTest {
    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void free() {
        arena.close();
    }

    static AmariHopfieldNetwork net(int n, long seed, String... kv) {
        Map<String, String> p = new HashMap<>(Map.of("num_neurons", Integer.toString(n)));
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return new AmariHopfieldNetwork(new AmariHopfieldProvider().parameters().parse(p), Seeds.generator(seed),
                Kernels.best());
    }

    private Tensor randomBipolar(int p, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor t = Tensor.allocate(arena, p, n);
        for (long i = 0; i < t.size(); i++) {
            t.set(i, r.nextBoolean() ? 1f : -1f);
        }
        return t;
    }

    private Tensor flipped(Tensor patterns, double fraction, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor t = Tensor.allocate(arena, patterns.shape());
        t.copyFrom(patterns);
        for (long i = 0; i < t.size(); i++) {
            if (r.nextDouble() < fraction) {
                t.set(i, -t.get(i));
            }
        }
        return t;
    }

    /** A Hebbian W (mean subtracted, divided by P, zero diagonal) as the trainer sets it. */
    private static void learn(AmariHopfieldNetwork net, Tensor patterns) {
        float sum = 0;
        for (long i = 0; i < patterns.size(); i++) {
            sum += patterns.get(i);
        }
        net.learnOuterProducts(patterns, sum / patterns.size(), patterns.dim(0), false, true);
    }

    @Test
    void signOfZeroIsZeroAndThresholdShiftsTheInput() {
        try (AmariHopfieldNetwork net = net(3, 0, "threshold", "0.5")) {
            Tensor w = net.weights();
            // Row 0 sees 0.5 (silent at θ = 0.5), row 1 sees 1.5, row 2 sees −1.5.
            w.copyFrom(new float[] {0, 0.25f, 0.25f, 0.5f, 0, 1, -0.5f, -1, 0});
            // At s = (1, 1, 1): W·s = (0.5, 1.5, −1.5), sᵀWs = 0.5, E = −½·0.5 + θ·3 = 1.25.
            assertEquals(1.25, net.energy(), 1e-12);
            net.update();
            assertArrayEquals(new float[] {0, 1, -1}, net.state("s").toArray());
        }
    }

    @Test
    void tanhAndSigmoidUseTheTemperature() {
        for (String act : new String[] {"tanh", "sigmoid"}) {
            try (AmariHopfieldNetwork net = net(2, 0, "activation", act, "temperature", "2", "threshold", "0.25")) {
                net.weights().copyFrom(new float[] {0, 1.5f, -0.5f, 0});
                net.update();
                double x0 = (1.5 - 0.25) / 2, x1 = (-0.5 - 0.25) / 2;
                double[] expected = act.equals("tanh") ? new double[] {Math.tanh(x0), Math.tanh(x1)}
                        : new double[] {1 / (1 + Math.exp(-x0)), 1 / (1 + Math.exp(-x1))};
                assertEquals(expected[0], net.state("s").get(0), 1e-6, act);
                assertEquals(expected[1], net.state("s").get(1), 1e-6, act);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dense", "compact", "low-rank"})
    void energyNeverIncreasesUnderAsynchronousUpdates(String weights) {
        int n = 200;
        Tensor patterns = randomBipolar(12, n, 5);
        try (AmariHopfieldNetwork net = net(n, 9, "asyn", "true", "weights", weights, "threshold", "0.1")) {
            learn(net, patterns);
            for (int trial = 0; trial < 5; trial++) {
                Tensor states = randomBipolar(1, n, 100 + trial);
                double[] e = new double[1];
                double last = Double.POSITIVE_INFINITY;
                for (int sweep = 0; sweep < 8; sweep++) {
                    net.updateBatch(states, e);
                    // Float32 energies (as canns): allow their rounding, far below the rise a wrong update causes.
                    assertTrue(e[0] <= last + 1e-6 * Math.abs(last), weights + ": energy rose from " + last + " to " + e[0]);
                    last = e[0];
                }
            }
            assertEquals(weights, net.operator());
        }
    }

    @Test
    void formsGiveIdenticalStatesSynchronousAndAsynchronous() {
        int n = 300;
        Tensor patterns = randomBipolar(6, n, 1);
        Tensor cues = flipped(patterns, 0.2, 2);
        for (boolean asyn : new boolean[] {false, true}) {
            float[] reference = null;
            for (String weights : new String[] {"dense", "compact", "low-rank"}) {
                try (AmariHopfieldNetwork net = net(n, 42, "asyn", Boolean.toString(asyn), "weights", weights)) {
                    learn(net, patterns);
                    Tensor states = Tensor.allocate(arena, cues.shape());
                    states.copyFrom(cues);
                    for (int t = 0; t < 6; t++) {
                        net.updateBatch(states, null);
                    }
                    if (reference == null) {
                        reference = states.toArray();
                    } else {
                        assertArrayEquals(reference, states.toArray(), weights + " asyn=" + asyn);
                    }
                }
            }
        }
    }

    @Test
    void fieldsOfAllFormsMatchTheDenseMatrix() {
        int n = 97;
        Tensor patterns = randomBipolar(5, n, 3);
        Tensor states = randomBipolar(3, n, 4);
        float[] dense = null;
        for (String weights : new String[] {"dense", "compact", "low-rank"}) {
            try (AmariHopfieldNetwork net = net(n, 0, "weights", weights)) {
                learn(net, patterns);
                net.learnOuterProducts(randomBipolar(3, n, 8), 0.25f, 5, true, false);
                Tensor h = Tensor.allocate(arena, 3, n);
                net.fields(states, h);
                if (dense == null) {
                    dense = h.toArray();
                } else {
                    float[] got = h.toArray();
                    for (int i = 0; i < got.length; i++) {
                        assertEquals(dense[i], got[i], 1e-4 * (1 + Math.abs(dense[i])), weights + " field " + i);
                    }
                }
            }
        }
    }

    @Test
    void asynchronousOrderComesFromTheSeed() {
        int n = 64;
        Tensor patterns = randomBipolar(8, n, 11);
        float[][] runs = new float[3][];
        long[] seeds = {7, 7, 8};
        for (int r = 0; r < 3; r++) {
            try (AmariHopfieldNetwork net = net(n, seeds[r], "asyn", "true")) {
                learn(net, patterns);
                Tensor s = net.state("s");
                s.copyFrom(randomBipolar(1, n, 12));
                net.update();
                runs[r] = s.toArray();
            }
        }
        assertArrayEquals(runs[0], runs[1], "same seed, same order");
        assertNotEquals(List.of(runs[0]).toString(), List.of(runs[2]).toString());
        assertTrue(!java.util.Arrays.equals(runs[0], runs[2]), "another seed, another order");
    }

    @Test
    void resizeKeepsTheTopLeftBlockZeroesTheDiagonalAndResetsTheState() {
        try (AmariHopfieldNetwork net = net(3, 0)) {
            net.weights().copyFrom(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
            net.state("s").fill(-1);
            net.resize(4, true);
            assertArrayEquals(new float[] {0, 2, 3, 0, 4, 0, 6, 0, 7, 8, 0, 0, 0, 0, 0, 0}, net.weights().toArray());
            assertArrayEquals(new float[] {1, 1, 1, 1}, net.state("s").toArray());
            net.resize(2, true);
            assertArrayEquals(new float[] {0, 2, 4, 0}, net.weights().toArray());
            net.resize(2, false);
            assertArrayEquals(new float[] {0, 0, 0, 0}, net.weights().toArray());
        }
    }

    @Test
    void resizeToTheSameSizeZeroesTheDiagonalOfLearnedTerms() {
        int n = 40;
        Tensor patterns = randomBipolar(3, n, 6);
        try (AmariHopfieldNetwork net = net(n, 0, "weights", "low-rank")) {
            net.learnOuterProducts(patterns, 0f, 3, false, false);
            Tensor states = randomBipolar(1, n, 7), h = Tensor.allocate(arena, 1, n);
            net.fields(states, h);
            float withDiagonal = h.get(0);
            net.resize(n, true);
            net.fields(states, h);
            // The diagonal of Σ xxᵀ/3 is 1 for ±1 patterns: removing it takes s_0 off neuron 0's field.
            assertEquals(withDiagonal - states.get(0), h.get(0), 1e-5);
            assertEquals("low-rank", net.operator());
        }
    }

    @Test
    void capacityAndOverlap() {
        try (AmariHopfieldNetwork net = net(100, 0)) {
            assertEquals(5, net.storageCapacity());
            Tensor a = randomBipolar(1, 100, 1).reshape(100);
            Tensor minus = Tensor.allocate(arena, 100);
            for (int i = 0; i < 100; i++) {
                minus.set(i, -a.get(i));
            }
            Tensor half = Tensor.allocate(arena, 100);
            for (int i = 0; i < 100; i++) {
                half.set(i, i % 2 == 0 ? a.get(i) : -a.get(i));
            }
            assertEquals(1, net.overlap(a, a), 1e-12);
            assertEquals(-1, net.overlap(a, minus), 1e-12);
            assertEquals(0, net.overlap(a, half), 1e-12);
            assertThrows(IllegalArgumentException.class, () -> net.overlap(a, Tensor.allocate(arena, 99)));
        }
    }

    @Test
    void compactNeedsIntegerPatternsAndLowRankNeedsLearnedTerms() {
        try (AmariHopfieldNetwork net = net(10, 0, "weights", "compact")) {
            Tensor real = Tensor.allocate(arena, 2, 10);
            real.fill(0.5f);
            ParameterException e = assertThrows(ParameterException.class,
                    () -> net.learnOuterProducts(real, 0f, 2, false, true));
            assertEquals("weights", e.parameter());
        }
        try (AmariHopfieldNetwork net = net(10, 0, "weights", "low-rank")) {
            net.weights().set(0, 1, 1f);
            ParameterException e = assertThrows(ParameterException.class, net::update);
            assertTrue(e.getMessage().contains("weights()"), e.getMessage());
        }
        try (AmariHopfieldNetwork net = net(10, 0)) {
            net.learnOuterProducts(randomBipolar(2, 10, 1), 0f, 2, false, true);
            net.weights().set(0, 1, 5f);
            assertEquals("dense", net.operator(), "auto falls back to the dense matrix once it is taken");
            assertEquals(5f, net.weights().get(0, 1));
        }
    }

    @Test
    void autoPicksLowRankForFewPatternsAndCompactForMany() {
        try (AmariHopfieldNetwork net = net(64, 0)) {
            learn(net, randomBipolar(4, 64, 1));
            assertEquals("low-rank", net.operator());
            learn(net, randomBipolar(20, 64, 2));
            assertEquals("dense", net.operator(), "two calls dividing by 4 and by 20: no single int8 scale");
        }
        try (AmariHopfieldNetwork net = net(64, 0)) {
            learn(net, randomBipolar(20, 64, 2));
            assertEquals("compact", net.operator());
        }
    }
}
