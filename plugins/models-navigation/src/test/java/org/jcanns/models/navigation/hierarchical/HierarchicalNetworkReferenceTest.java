package org.jcanns.models.navigation.hierarchical;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.sim.Recording;
import org.jcanns.core.sim.Simulation;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * canns' HierarchicalNetwork with its defaults (5 modules, 30×30 place cells, noise 0) for 20 steps at dt 0.1,
 * driven by velocity, location and location-input strength, agrees with a float64 numpy reference after steps 1, 5,
 * 10 and 20: every recorded state within 1e-4 of the reference's largest magnitude, with dense and FFT operators.
 */
class HierarchicalNetworkReferenceTest {
    private static final int[] CHECKED_STEPS = {1, 5, 10, 20};
    private static final List<String> STATES = List.of("place_fr", "grid_fr", "band_x_fr", "band_y_fr", "decoded_pos");

    @TempDir
    static Path fixtures;

    private static Map<String, NpyArray> reference(Arena arena) throws Exception {
        Path file = fixtures.resolve("hierarchical.npz");
        if (!file.toFile().exists()) {
            Python.run(Python.script("hierarchical_reference.py"), file.toString());
        }
        return Npz.load(file, arena);
    }

    @ParameterizedTest(name = "operator={0}")
    @ValueSource(strings = {"dense", "fft"})
    void matchesTheNumpyReference(String operator) throws Exception {
        var provider = new HierarchicalNetworkProvider();
        try (Arena arena = Arena.ofConfined();
             Model net = provider.create(provider.parameters().parse(Map.of("operator", operator)),
                     new ModelContext(0.1, Seeds.generator(0), Kernels.best()))) {
            Map<String, NpyArray> ref = reference(arena);
            assertEquals(operator, ReportsOperator.of(net));
            assertEquals(900, net.shape()[0]);
            InputSource inputs = InputSource.of(Map.of(
                    "velocity", ref.get("velocity").toTensor(arena),
                    "loc", ref.get("loc").toTensor(arena),
                    "loc_input_stre", ref.get("loc_input_stre").toTensor(arena)));
            try (Recording rec = Simulation.of(net, 0.1).inputs(inputs).record(STATES).run()) {
                assertEquals(20, rec.steps());
                for (String s : STATES) {
                    for (int step : CHECKED_STEPS) {
                        Tolerance.assertClose(ref.get(s + "_" + step).toDoubles(), rec.get(s).slice(step - 1).toArray(),
                                1e-4, 0, s + " after step " + step);
                    }
                }
                // The location input pulls the decoded position onto the animal's location.
                Tensor decoded = rec.get("decoded_pos").slice(19);
                double[] loc = ref.get("loc").toDoubles();
                assertTrue(Math.hypot(decoded.get(0) - loc[38], decoded.get(1) - loc[39]) < 0.1,
                        "decoded " + decoded.get(0) + "," + decoded.get(1));
            }
        }
    }

}
