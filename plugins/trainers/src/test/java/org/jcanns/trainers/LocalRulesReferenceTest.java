package org.jcanns.trainers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.models.layers.LinearLayer;
import org.jcanns.models.layers.LinearLayerProvider;
import org.jcanns.models.layers.SpikingLayer;
import org.jcanns.models.layers.SpikingLayerProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.train.FeedForwardLayer;
import org.jcanns.spi.train.Trainer;
import org.jcanns.spi.train.TrainerProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Oja, Sanger, BCM and STDP on the linear and spiking layers, and the spiking layer's forward pass alone, against
 * the float32 numpy reference {@code local_rules_reference.py} (written from canns' trainer and layer source). The
 * script draws each case's initial weights and inputs and writes them; the layer here starts from those weights
 * and sees those inputs, and every weight, output, threshold, membrane potential, spike and trace is compared after
 * every input, for every kernel tier. The cases use canns' defaults and, in turn, every parameter changed.
 *
 * <p>The bound: both sides compute in float32 and differ only in the order of a few sums (W·x, the row norm) and
 * in how a constant is applied (a reciprocal multiply against a division, (y·y)·w against y·(y·w)): an ulp or
 * two per value per input. The script repeats each run in float64: the rounding float32 accumulates over a whole
 * run stays below 5.5e-7 of each quantity's largest magnitude (the rules do not amplify it: rows are normalised,
 * weights clipped, traces and potentials leak), so two float32 runs are expected within about 1.1e-6 of it.
 * The bound, 1e-5 of the largest magnitude the compared quantity takes over the run, is about ten times that
 * (measured: within 3e-7), and the test checks that the script's float64 drift stays below a fifth of it. Spikes
 * are compared exactly: a spike can only differ when v lands within rounding of the threshold, and the script's
 * smallest |v − threshold| is checked to be far above the bound.
 */
class LocalRulesReferenceTest {
    private static final double REL = 1e-5;

    @TempDir
    static Path fixtures;

    /** One run: the rule, the layer's and the trainer's parameters (canns' spelling), the number of inputs. */
    record Case(String name, String rule, Map<String, String> layer, Map<String, String> trainer, int patterns) {
        boolean spiking() {
            return rule.equals("stdp") || rule.equals("spiking");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> referenceCases() {
        Map<String, String> linear83 = Map.of("input_size", "8", "output_size", "3");
        Map<String, String> linear63 = Map.of("input_size", "6", "output_size", "3");
        Map<String, String> spiking104 = Map.of("input_size", "10", "output_size", "4");
        return List.of(
                new Case("oja", "oja", linear83, Map.of(), 50),
                new Case("oja unnormalised", "oja", linear83, Map.of("normalize_weights", "false"), 50),
                new Case("sanger", "sanger", linear83, Map.of(), 50),
                new Case("sanger unnormalised", "sanger", linear83, Map.of("normalize_weights", "false"), 50),
                new Case("bcm", "bcm", linear63, Map.of(), 60),
                new Case("bcm tau 10", "bcm", Map.of("input_size", "6", "output_size", "3", "threshold_tau", "10"),
                        Map.of(), 60),
                new Case("bcm clipped", "bcm", linear63, Map.of("learning_rate", "0.2", "weight_clip", "0.5"), 60),
                new Case("stdp", "stdp", spiking104, Map.of("learning_rate", "1"), 80),
                new Case("stdp own parameters", "stdp", Map.of("input_size", "10", "output_size", "4",
                        "threshold", "0.8", "v_reset", "-0.2", "leak", "0.8", "trace_decay", "0.9"),
                        Map.of("learning_rate", "2", "A_plus", "0.01", "A_minus", "0.008", "w_min", "0.05",
                                "w_max", "0.7"), 80),
                new Case("spiking forward", "spiking", spiking104, Map.of(), 40));
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Case c : referenceCases()) {
            for (Kernels k : KernelTiers.loadable()) {
                all.add(Arguments.of(c, k));
            }
        }
        return all.stream();
    }

    private static Map<String, NpyArray> reference(Case c, Arena arena) throws Exception {
        Path file = fixtures.resolve(c.name().replace(' ', '_') + ".npz");
        if (!file.toFile().exists()) {
            Map<String, String> all = new LinkedHashMap<>(c.layer());
            all.putAll(c.trainer());
            all.put("patterns", Integer.toString(c.patterns()));
            List<String> args = new ArrayList<>(List.of(c.rule(), file.toString()));
            all.forEach((k, v) -> args.add(k + "=" + v));
            Python.run(Python.script("local_rules_reference.py"), args.toArray(String[]::new));
        }
        return Npz.load(file, arena);
    }

    private static FeedForwardLayer layer(Case c, Kernels kernels) {
        if (c.spiking()) {
            return new SpikingLayer(new SpikingLayerProvider().parameters().parse(c.layer()), Seeds.generator(0),
                    kernels);
        }
        return new LinearLayer(new LinearLayerProvider().parameters().parse(c.layer()), Seeds.generator(0), kernels);
    }

    private static Trainer trainer(Case c, FeedForwardLayer layer, Kernels kernels) {
        TrainerProvider provider = switch (c.rule()) {
            case "oja" -> new OjaProvider();
            case "sanger" -> new SangerProvider();
            case "bcm" -> new BcmProvider();
            default -> new StdpProvider();
        };
        return provider.create(provider.parameters().parse(c.trainer()), layer, kernels);
    }

    /** Row {@code k} of the reference array {@code name}, (K, ...), as doubles. */
    private static double[] at(Map<String, NpyArray> ref, String name, int k) {
        double[] all = ref.get(name).toDoubles();
        int per = all.length / ref.get(name).shape()[0];
        return Arrays.copyOfRange(all, k * per, (k + 1) * per);
    }

    /** The first {@code k} rows of the (K, n) tensor {@code x}. */
    private static Tensor first(Tensor x, int k) {
        int n = x.dim(1);
        return Tensor.wrap(x.segment().asSlice(0, (long) k * n * Float.BYTES), k, n);
    }

    /**
     * {@code actual} against row {@code k} of {@code name}, within {@link #REL} of the largest magnitude {@code name}
     * takes over the run: the rounding of a value comes from the operands it was computed from (a sum W·x has terms
     * of that scale even where it cancels to near zero), not from the value itself.
     */
    private static void assertStep(Map<String, NpyArray> ref, String name, int k, Tensor actual, Case c) {
        double scale = Tolerance.maxAbs(ref.get(name).toDoubles());
        Tolerance.assertClose(at(ref, name, k), actual.toArray(), 0, REL * scale,
                c + ": " + name + " after input " + (k + 1));
    }

    @ParameterizedTest(name = "{0} kernels={1}")
    @MethodSource("cases")
    void followsTheNumpyRunInputByInput(Case c, Kernels kernels) throws Exception {
        try (Arena arena = Arena.ofConfined(); FeedForwardLayer layer = layer(c, kernels)) {
            Map<String, NpyArray> ref = reference(c, arena);
            Tensor x = ref.get("x").toTensor(arena);
            float[] w0 = ref.get("W0").toFloats();
            assertEquals(c.patterns(), x.dim(0));
            assertArrayEquals(layer.weights().shape(), ref.get("W0").shape(), "W0 has the layer's shape");
            double drift = ref.get("drift").getDouble(0);
            assertTrue(drift < REL / 5, "float32 against float64 in the script: " + drift + " of the scale");
            if (c.spiking()) {
                // A spike flips only if v comes within rounding of the threshold. v is of order 1 (at most the
                // threshold plus one input's current), so its rounding is within REL; the margin is 100 times that.
                double margin = ref.get("margin").getDouble(0);
                assertTrue(margin > 100 * REL, "margin " + margin);
                checkSpiking(c, layer, kernels, ref, x, w0, arena);
            } else {
                checkLinear(c, layer, kernels, ref, x, w0);
            }
        }
    }

    /** One train call per input, on one layer and trainer: W, y and (BCM) θ after each. */
    private static void checkLinear(Case c, FeedForwardLayer layer, Kernels kernels, Map<String, NpyArray> ref, Tensor x, float[] w0) {
        layer.weights().copyFrom(w0);
        Trainer trainer = trainer(c, layer, kernels);
        for (int k = 0; k < c.patterns(); k++) {
            trainer.train(x.slice(k).reshape(1, x.dim(1)));
            assertStep(ref, "W", k, layer.weights(), c);
            assertStep(ref, "y", k, layer.state("y"), c);
            if (c.rule().equals("bcm")) {
                assertStep(ref, "theta", k, ((LinearLayer) layer).theta(), c);
            }
        }
        // All inputs in one call from W0 (θ back to 0.1): the same end.
        layer.reset();
        layer.weights().copyFrom(w0);
        trainer(c, layer, kernels).train(x);
        assertStep(ref, "W", c.patterns() - 1, layer.weights(), c);
        assertMoved(c, ref, w0);
    }

    /**
     * The spiking forward pass input by input; STDP, which starts every train call from zero traces and potentials
     * as canns' compiled path does, trained from W0 on the first k inputs for every k.
     */
    private static void checkSpiking(Case c, FeedForwardLayer layer, Kernels kernels, Map<String, NpyArray> ref, Tensor x,
                                     float[] w0, Arena arena) {
        Trainer stdp = c.rule().equals("stdp") ? trainer(c, layer, kernels) : null;
        layer.weights().copyFrom(w0);
        Tensor out = Tensor.allocate(arena, layer.outputSize());
        int spikes = 0;
        for (int k = 0; k < c.patterns(); k++) {
            if (stdp == null) {
                layer.forward(x.slice(k), out);
                assertArrayEquals(layer.state("spike").toArray(), out.toArray(), "forward returns the spikes");
            } else {
                layer.weights().copyFrom(w0);
                stdp.train(first(x, k + 1));
            }
            assertStep(ref, "W", k, layer.weights(), c);
            assertArrayEquals(toFloats(at(ref, "spike", k)), layer.state("spike").toArray(),
                    c + ": spikes after input " + (k + 1));
            for (String s : List.of("v", "trace_pre", "trace_post")) {
                assertStep(ref, s, k, layer.state(s), c);
            }
            for (float s : layer.state("spike").toArray()) {
                spikes += (int) s;
            }
        }
        assertTrue(spikes > c.patterns() / 2, c + ": the layer spiked " + spikes + " times");
        if (stdp != null) {
            assertMoved(c, ref, w0);
        }
    }

    /** The comparison means something only if the rule moved the weights far beyond the bound. */
    private static void assertMoved(Case c, Map<String, NpyArray> ref, float[] w0) {
        double[] last = at(ref, "W", c.patterns() - 1);
        double moved = 0;
        for (int i = 0; i < last.length; i++) {
            moved = Math.max(moved, Math.abs(last[i] - w0[i]));
        }
        assertTrue(moved > 1000 * REL * Tolerance.maxAbs(last), c + ": the rule moved W by only " + moved);
    }

    private static float[] toFloats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
