package org.jcanns.models.cann;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.sim.Recording;
import org.jcanns.core.sim.Simulation;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CANN2D and CANN2D_SFA (length 64, canns' defaults) on an asymmetric 2D smooth-tracking path of 300 steps at dt 0.1
 * agree with a float64 numpy reference after steps 1, 100, 200 and 300: within 1e-4 of the reference's largest
 * magnitude, with the dense, the FFT, the separable and the spectral operator. The path is asymmetric in x and y, so a model with swapped axes
 * fails (checked below on the reference itself).
 */
class Cann2DReferenceTest {
    private static final int[] CHECKED_STEPS = {1, 100, 200, 300};
    private static final double DT = 0.1;
    private static final int L = 64;

    @TempDir
    static Path fixtures;

    private static Map<String, NpyArray> reference(String model, Arena arena) throws Exception {
        Path file = fixtures.resolve(model + ".npz");
        if (!file.toFile().exists()) {
            Python.run(Python.script("cann2d_reference.py"), model, file.toString());
        }
        return Npz.load(file, arena);
    }

    @ParameterizedTest(name = "{0} operator={1}")
    @CsvSource({"cann2d, dense", "cann2d, fft", "cann2d, separable", "cann2d, spectral", "cann2d-sfa, dense",
        "cann2d-sfa, fft", "cann2d-sfa, separable", "cann2d-sfa, spectral"})
    void matchesTheNumpyReference(String model, String operator) throws Exception {
        boolean sfa = model.equals("cann2d-sfa");
        ModelProvider provider = sfa ? new Cann2DSfaProvider() : new Cann2DProvider();
        Params p = provider.parameters().parse(Map.of("length", Integer.toString(L), "operator", operator));
        Kernels kernels = Kernels.best();
        try (Arena arena = Arena.ofConfined();
             Cann2D cann = sfa ? new Cann2DSfa(p, DT, kernels) : new Cann2D(p, DT, kernels)) {
            Map<String, NpyArray> ref = reference(model, arena);
            assertEquals(operator, cann.operator());
            Tolerance.assertClose(ref.get("x").toDoubles(), cann.x().toArray(), 1e-6, 0, "x");
            double[][] positions = rows(ref.get("positions").toDoubles(), 2);
            Tensor stimulus = Tensor.allocate(arena, L, L);
            for (int step : new int[] {0, 57, 150, 299}) {
                cann.stimulusAt(positions[step], stimulus);
                Tolerance.assertClose(slice(ref.get("inp").toDoubles(), step, L * L), stimulus.toArray(), 1e-6, 0,
                        "stimulus at step " + step);
            }
            List<String> states = sfa ? List.of("u", "v") : List.of("u");
            InputSource inputs = InputSource.of(Map.of("inp", ref.get("inp").toTensor(arena)));
            try (Recording rec = Simulation.of(cann, DT).inputs(inputs).record(states).run()) {
                assertEquals(300, rec.steps());
                for (String s : states) {
                    for (int step : CHECKED_STEPS) {
                        Tolerance.assertClose(ref.get(s + "_" + step).toDoubles(), rec.get(s).slice(step - 1).toArray(),
                                1e-4, 0, model + " " + s + " after step " + step);
                    }
                }
            }
        }
    }

    /** The test above can tell x from y: the transposed reference state is far outside its tolerance. */
    @Test
    void aSwappedModelWouldFail() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            double[] u = reference("cann2d", arena).get("u_300").toDoubles();
            float[] transposed = new float[u.length];
            for (int i = 0; i < L; i++) {
                for (int j = 0; j < L; j++) {
                    transposed[i * L + j] = (float) u[j * L + i];
                }
            }
            assertThrows(AssertionError.class, () -> Tolerance.assertClose(u, transposed, 1e-4, 0, "transposed"));
        }
    }

    private static double[][] rows(double[] flat, int width) {
        double[][] out = new double[flat.length / width][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return out;
    }

    private static double[] slice(double[] flat, int index, int size) {
        return java.util.Arrays.copyOfRange(flat, index * size, (index + 1) * size);
    }
}
