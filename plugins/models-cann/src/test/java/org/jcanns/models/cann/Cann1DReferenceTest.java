package org.jcanns.models.cann;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.sim.Recording;
import org.jcanns.core.sim.Simulation;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.Params;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CANN1D and CANN1D_SFA (num 512, canns' defaults) driven by SmoothTracking1D (1, 0.75, 2, 1.75, 3) over
 * (10, 10, 10, 10) at dt 0.1 agree with a float64 numpy reference after steps 1, 100 and 400: within 1e-4 of the
 * reference's largest magnitude, for every operator and kernel tier.
 */
class Cann1DReferenceTest {
    private static final int[] CHECKED_STEPS = {1, 100, 400};
    private static final double DT = 0.1;

    @TempDir
    static Path fixtures;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String model : new String[] {"cann1d", "cann1d-sfa"}) {
            for (String op : new String[] {"dense", "fft", "spectral"}) {
                for (Kernels k : KernelTiers.loadable()) {
                    all.add(Arguments.of(model, op, k));
                }
            }
        }
        return all.stream();
    }

    private static Map<String, NpyArray> reference(String model, Arena arena) throws Exception {
        Path file = fixtures.resolve(model + ".npz");
        if (!file.toFile().exists()) {
            Python.run(Python.script("cann1d_reference.py"), model, file.toString());
        }
        return Npz.load(file, arena);
    }

    @ParameterizedTest(name = "{0} operator={1} kernels={2}")
    @MethodSource("cases")
    void matchesTheNumpyReference(String model, String operator, Kernels kernels) throws Exception {
        boolean sfa = model.equals("cann1d-sfa");
        ModelProvider provider = sfa ? new Cann1DSfaProvider() : new Cann1DProvider();
        Params p = provider.parameters().parse(Map.of("num", "512", "operator", operator));
        try (Arena arena = Arena.ofConfined();
             Cann1D cann = sfa ? new Cann1DSfa(p, DT, kernels) : new Cann1D(p, DT, kernels)) {
            Map<String, NpyArray> ref = reference(model, arena);
            assertEquals(operator, cann.operator());
            Tolerance.assertClose(ref.get("x").toDoubles(), cann.x().toArray(), 1e-6, 0, "x");
            List<String> states = sfa ? List.of("u", "v") : List.of("u");
            InputSource inputs = InputSource.of(Map.of("inp", ref.get("inp").toTensor(arena)));
            try (Recording rec = Simulation.of(cann, DT).kernels(kernels).inputs(inputs).record(states).run()) {
                assertEquals(400, rec.steps());
                for (String s : states) {
                    for (int step : CHECKED_STEPS) {
                        Tolerance.assertClose(ref.get(s + "_" + step).toDoubles(), rec.get(s).slice(step - 1).toArray(),
                                1e-4, 0, model + " " + s + " after step " + step);
                    }
                }
            }
        }
    }
}
