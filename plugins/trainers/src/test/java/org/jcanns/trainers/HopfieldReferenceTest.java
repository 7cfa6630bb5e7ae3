package org.jcanns.trainers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.models.hopfield.AmariHopfieldNetwork;
import org.jcanns.models.hopfield.AmariHopfieldProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.train.Recall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hebbian training and synchronous recall against the numpy reference {@code hopfield_reference.py}: 4 random ±1
 * patterns of 1024 values, cues with 30 % of the values flipped, 20 updates. The patterns and cues come from the
 * script's output file, so both sides start from the same inputs. The recalled states are identical for every
 * weight form (dense, compact, low-rank), kernel tier and early-stop setting; energies agree to float32 rounding.
 */
class HopfieldReferenceTest {
    @TempDir
    static Path fixtures;

    private static Map<String, NpyArray> reference(String activation, Arena arena) throws Exception {
        Path file = fixtures.resolve("hopfield_" + activation + ".npz");
        if (!file.toFile().exists()) {
            Python.run(Python.script("hopfield_reference.py"), file.toString(), activation);
        }
        return Npz.load(file, arena);
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Kernels k : KernelTiers.loadable()) {
            for (String weights : new String[] {"dense", "compact", "low-rank", "auto"}) {
                all.add(Arguments.of(k, weights, true));
            }
            all.add(Arguments.of(k, "auto", false));
        }
        return all.stream();
    }

    static AmariHopfieldNetwork network(String activation, String weights, double temperature, Kernels kernels,
                                        RandomGenerator random) {
        var spec = new AmariHopfieldProvider().parameters();
        return new AmariHopfieldNetwork(spec.parse(Map.of("num_neurons", "1", "activation", activation,
                "weights", weights, "temperature", Double.toString(temperature))), random, kernels);
    }

    @ParameterizedTest(name = "{0} weights={1} stop_early={2}")
    @MethodSource("cases")
    void signRecallEqualsTheNumpyRunExactly(Kernels kernels, String weights, boolean stopEarly) throws Exception {
        try (Arena arena = Arena.ofConfined();
             AmariHopfieldNetwork net = network("sign", weights, 1, kernels, Seeds.generator(0))) {
            Map<String, NpyArray> ref = reference("sign", arena);
            // Exact equality is meaningful only if no field came within rounding of zero: the script reports the
            // smallest |W·s − θ| it met.
            assertTrue(ref.get("margin").getDouble(0) > 1, "margin " + ref.get("margin").getDouble(0));
            Tensor patterns = ref.get("patterns").toTensor(arena), cues = ref.get("cues").toTensor(arena);
            HebbianTrainer trainer = new HebbianTrainer(net,
                    HebbianTrainer.SPEC.parse(Map.of("stop_early", Boolean.toString(stopEarly))), Kernels.best());
            trainer.train(patterns);
            assertEquals(1024, net.size());
            Tensor out = Tensor.allocate(arena, 4, 1024);
            Recall recall = trainer.recall(cues, out);
            assertEquals(weights.equals("auto") ? "low-rank" : weights, net.operator());
            assertArrayEquals(ref.get("recalled").toFloats(), out.toArray(), "recalled states");
            double[] energies = ref.get("energies").toDoubles();
            for (int b = 0; b < 4; b++) {
                double[] expected = java.util.Arrays.copyOfRange(energies, b * 21, (b + 1) * 21);
                // Energies are float32 sums of N products, as in canns: within 1e-5 of the float64 reference.
                Tolerance.assertClose(expected, recall.energies()[b], 1e-5, 0, "energies of cue " + b);
                assertTrue(recall.changes()[b] >= 1 && recall.changes()[b] < 20, "changes " + recall.changes()[b]);
            }
            assertArrayEquals(out.slice(3).toArray(), net.state("s").toArray(), "s holds the last recalled state");
        }
    }

    @Test
    void tanhRecallFollowsTheNumpyRun() throws Exception {
        try (Arena arena = Arena.ofConfined();
             AmariHopfieldNetwork net = network("tanh", "auto", 200, Kernels.best(), Seeds.generator(0))) {
            Map<String, NpyArray> ref = reference("tanh", arena);
            HebbianTrainer trainer = new HebbianTrainer(net, HebbianTrainer.SPEC.parse(Map.of("stop_early", "false")), Kernels.best());
            trainer.train(ref.get("patterns").toTensor(arena));
            Tensor out = Tensor.allocate(arena, 4, 1024);
            trainer.recall(ref.get("cues").toTensor(arena), out);
            Tolerance.assertClose(ref.get("recalled").toDoubles(), out.toArray(), 1e-4, 0, "tanh recall");
        }
    }

    @Test
    void denseWeightsEqualCannsFloat32Matrix() throws Exception {
        try (Arena arena = Arena.ofConfined();
             AmariHopfieldNetwork net = network("sign", "auto", 1, Kernels.best(), Seeds.generator(0))) {
            Map<String, NpyArray> ref = reference("sign", arena);
            HebbianTrainer.of(net, Kernels.best()).train(ref.get("patterns").toTensor(arena));
            // Values are (±1 − ρ)² sums over 4: each within float rounding of numpy's.
            Tolerance.assertClose(ref.get("W").toDoubles(), net.weights().toArray(), 0, 1e-6, "W");
        }
    }
}
