package org.jcanns.trainers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.layers.LinearLayer;
import org.jcanns.models.layers.LinearLayerProvider;
import org.jcanns.models.layers.SpikingLayer;
import org.jcanns.models.layers.SpikingLayerProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.ParameterSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Oja, Sanger, BCM and STDP on the layers: the properties each rule is known for. */
class LocalRulesTest {
    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void free() {
        arena.close();
    }

    private static LinearLayer linear(int in, int out, long seed) {
        var p = new LinearLayerProvider().parameters().parse(Map.of("input_size", Integer.toString(in),
                "output_size", Integer.toString(out)));
        return new LinearLayer(p, Seeds.generator(seed), Kernels.best());
    }

    private static SpikingLayer spiking(int in, int out) {
        var p = new SpikingLayerProvider().parameters().parse(Map.of("input_size", Integer.toString(in),
                "output_size", Integer.toString(out)));
        return new SpikingLayer(p, Seeds.generator(1), Kernels.best());
    }

    /** Orthonormal axes: a rotation of the standard basis by Gram–Schmidt on a fixed random matrix. */
    private static double[][] axes(int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] u = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                u[i][j] = r.nextDouble(-1, 1);
            }
            for (int k = 0; k < i; k++) {
                double dot = dot(u[i], u[k]);
                for (int j = 0; j < d; j++) {
                    u[i][j] -= dot * u[k][j];
                }
            }
            double norm = Math.sqrt(dot(u[i], u[i]));
            for (int j = 0; j < d; j++) {
                u[i][j] /= norm;
            }
        }
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] row(Tensor w, int i) {
        double[] r = new double[w.dim(1)];
        for (int j = 0; j < r.length; j++) {
            r[j] = w.get(i, j);
        }
        return r;
    }

    /** n samples x = Σ_k σ_k·z_k·u_k with z ~ N(0, 1): principal components u_k in order of σ_k. */
    private Tensor samples(double[][] u, double[] sigma, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = u.length;
        Tensor x = Tensor.allocate(arena, n, d);
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < sigma.length; k++) {
                double z = r.nextGaussian() * sigma[k];
                for (int j = 0; j < d; j++) {
                    x.set(s, j, x.get(s, j) + (float) (z * u[k][j]));
                }
            }
        }
        return x;
    }

    private static ParameterSpec spec(String name) {
        return switch (name) {
            case "oja" -> new OjaProvider().parameters();
            case "sanger" -> new SangerProvider().parameters();
            case "bcm" -> new BcmProvider().parameters();
            default -> new StdpProvider().parameters();
        };
    }

    @Test
    void ojaRowReachesUnitNormAndTheFirstPrincipalComponent() {
        double[][] u = axes(3, 4);
        try (LinearLayer layer = linear(3, 1, 2)) {
            OjaTrainer oja = new OjaTrainer(layer, spec("oja").parse(Map.of()), Kernels.best());
            oja.train(samples(u, new double[] {3, 1, 0.3}, 3000, 5));
            double[] w = row(layer.weights(), 0);
            assertEquals(1, Math.sqrt(dot(w, w)), 1e-5, "unit norm");
            assertTrue(Math.abs(dot(w, u[0])) > 0.99, "aligned with the first component: " + dot(w, u[0]));
            Tensor x = Tensor.of(arena, new float[] {0.5f, -1, 2}), y = Tensor.allocate(arena, 1);
            oja.predict(x, y);
            assertEquals(dot(w, new double[] {0.5, -1, 2}), y.get(0), 1e-5, "predict is W·x");
        }
    }

    @Test
    void sangerRowsComeOutOrthogonalAlongTheLeadingComponents() {
        double[][] u = axes(5, 7);
        try (LinearLayer layer = linear(5, 3, 3)) {
            double[] sigma = {3, 2, 1, 0.3, 0.1};
            // A coarse phase, then a fine one: the fixed-rate noise shrinks with the rate.
            new SangerTrainer(layer, spec("sanger").parse(Map.of("learning_rate", "0.005")), Kernels.best()).train(samples(u, sigma, 6000, 6));
            new SangerTrainer(layer, spec("sanger").parse(Map.of("learning_rate", "0.0005")), Kernels.best()).train(samples(u, sigma, 6000, 7));
            Tensor w = layer.weights();
            for (int i = 0; i < 3; i++) {
                double[] wi = row(w, i);
                assertEquals(1, Math.sqrt(dot(wi, wi)), 1e-5, "row " + i + " norm");
                assertTrue(Math.abs(dot(wi, u[i])) > 0.95, "row " + i + " on component " + i + ": " + dot(wi, u[i]));
                for (int j = 0; j < i; j++) {
                    assertTrue(Math.abs(dot(wi, row(w, j))) < 0.05, "rows " + j + " and " + i + ": " + dot(wi, row(w, j)));
                }
            }
        }
    }

    @Test
    void bcmSlidesTheThresholdChangesAndClipsTheWeights() {
        try (LinearLayer layer = linear(6, 2, 4)) {
            layer.weights().fill(0.02f);
            float[] before = layer.weights().toArray();
            SplittableRandom r = new SplittableRandom(8);
            Tensor x = Tensor.allocate(arena, 400, 6);
            for (long i = 0; i < x.size(); i++) {
                x.set(i, (float) r.nextDouble(0, 2));
            }
            new BcmTrainer(layer, spec("bcm").parse(Map.of("learning_rate", "0.05", "weight_clip", "0.5")), Kernels.best()).train(x);
            for (float t : layer.theta().toArray()) {
                assertNotEquals(0.1f, t, 1e-3f, "θ moved away from 0.1");
            }
            float[] after = layer.weights().toArray();
            assertTrue(!java.util.Arrays.equals(before, after), "weights changed");
            for (float v : after) {
                assertTrue(Math.abs(v) <= 0.5f, "clipped: " + v);
            }
        }
    }

    @Test
    void stdpWeightsStayInsideTheirBounds() {
        try (SpikingLayer layer = spiking(20, 5)) {
            SplittableRandom r = new SplittableRandom(9);
            Tensor spikes = Tensor.allocate(arena, 300, 20);
            for (long i = 0; i < spikes.size(); i++) {
                spikes.set(i, r.nextDouble() < 0.3 ? 1f : 0f);
            }
            layer.weights().fill(0.3f);
            new StdpTrainer(layer, spec("stdp").parse(Map.of("learning_rate", "1", "w_min", "0.1", "w_max", "0.4")), Kernels.best())
                    .train(spikes);
            float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
            for (float v : layer.weights().toArray()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            assertTrue(lo >= 0.1f && hi <= 0.4f, "weights in [0.1, 0.4]: " + lo + ".." + hi);
            assertTrue(hi > lo, "the rule did something: " + lo + ".." + hi);
        }
    }

    @Test
    void stdpWithoutInputSpikesLeavesTheWeights() {
        try (SpikingLayer layer = spiking(4, 3)) {
            layer.weights().fill(0.5f);
            new StdpTrainer(layer, spec("stdp").parse(Map.of()), Kernels.best()).train(Tensor.allocate(arena, 50, 4));
            for (float v : layer.weights().toArray()) {
                assertEquals(0.5f, v);
            }
        }
    }

    @Test
    void stdpPotentiatesPreBeforePostAndDepressesPostBeforePre() {
        try (SpikingLayer layer = spiking(2, 1)) {
            // Input 0 alone makes the output fire; input 1 alone does not.
            layer.weights().copyFrom(new float[] {1.5f, 0.5f});
            Tensor pre = Tensor.of(arena, new float[] {0, 1, 1, 0}, 2, 2);
            StdpTrainer stdp = new StdpTrainer(layer, spec("stdp").parse(Map.of("learning_rate", "1", "w_max", "2")), Kernels.best());
            // Input 1 spikes, then input 0 makes the output spike: input 1 fired before the output.
            stdp.train(pre);
            assertTrue(layer.weights().get(1) > 0.5f, "LTP: " + layer.weights().get(1));
            layer.weights().copyFrom(new float[] {1.5f, 0.5f});
            // The output spikes (driven by input 0), then input 1 spikes: input 1 fired after the output.
            stdp.train(Tensor.of(arena, new float[] {1, 0, 0, 1}, 2, 2));
            assertTrue(layer.weights().get(1) < 0.5f, "LTD: " + layer.weights().get(1));
        }
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        try (SpikingLayer layer = spiking(3, 2); LinearLayer linear = linear(3, 2, 1)) {
            StdpTrainer stdp = new StdpTrainer(layer, spec("stdp").parse(Map.of()), Kernels.best());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> stdp.train(Tensor.of(arena, new float[] {0, 1, 0.5f}, 1, 3)));
            assertEquals("patterns: expected spikes of 0 and 1 only; pattern 0 has 0.5 at index 2", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> stdp.train(Tensor.allocate(arena, 1, 4)));
            assertTrue(e.getMessage().contains("3 values (the layer's inputs), got 4"), e.getMessage());
            e = assertThrows(ParameterException.class,
                    () -> new StdpTrainer(layer, spec("stdp").parse(Map.of("w_min", "2", "w_max", "1")), Kernels.best()));
            assertTrue(e.getMessage().contains("w_max"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> new StdpTrainer(linear, spec("stdp").parse(Map.of()), Kernels.best()));
            assertTrue(e.getMessage().contains("trace_pre"), e.getMessage());
            OjaTrainer oja = new OjaTrainer(linear, spec("oja").parse(Map.of()), Kernels.best());
            e = assertThrows(IllegalArgumentException.class, () -> oja.predict(Tensor.allocate(arena, 2), Tensor.allocate(arena, 2)));
            assertTrue(e.getMessage().startsWith("pattern: each pattern must have 3 values"), e.getMessage());
            assertArrayEquals(new int[] {2, 3}, linear.weights().shape());
        }
    }
}
