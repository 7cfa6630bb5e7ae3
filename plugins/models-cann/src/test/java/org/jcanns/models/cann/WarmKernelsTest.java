package org.jcanns.models.cann;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.testing.Python;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Params;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CANN1D on the warm tier in a run long enough to move its kernels to the tier below after the first step: the
 * same float64 numpy reference and tolerance as on the fixed tiers (Cann1DReferenceTest), and the same bits in two
 * runs (the move depends on call counts, not on timing).
 */
class WarmKernelsTest {
    private static final double DT = 0.1;

    @TempDir
    static Path fixtures;

    private static float[][] run(String operator, Map<String, NpyArray> ref, Arena arena) {
        Kernels kernels = KernelTiers.named("warm");
        Params p = new Cann1DProvider().parameters().parse(Map.of("num", "512", "operator", operator));
        float[][] kept = new float[3][];
        try (Cann1D cann = new Cann1D(p, DT, kernels)) {
            InputSource inputs = InputSource.of(Map.of("inp", ref.get("inp").toTensor(arena)));
            kernels.beginRun();
            for (int step = 0; step < 400; step++) {
                StepInput in = inputs.at(step);
                cann.step(in);
                if (step == 0) {
                    kernels.settle(1_000_000); // a long run: every kernel called in step 1 moves
                }
                int k = step == 0 ? 0 : step == 99 ? 1 : step == 399 ? 2 : -1;
                if (k >= 0) {
                    kept[k] = cann.state("u").toArray();
                }
            }
        }
        return kept;
    }

    @ParameterizedTest(name = "operator={0}")
    @ValueSource(strings = {"dense", "fft", "spectral"})
    void aRunThatMovesMatchesTheReferenceAndRepeatsBitForBit(String operator) throws Exception {
        Path file = fixtures.resolve("cann1d.npz");
        if (!file.toFile().exists()) {
            Python.run(Python.script("cann1d_reference.py"), "cann1d", file.toString());
        }
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> ref = Npz.load(file, arena);
            float[][] first = run(operator, ref, arena), second = run(operator, ref, arena);
            int[] steps = {1, 100, 400};
            for (int i = 0; i < 3; i++) {
                Tolerance.assertClose(ref.get("u_" + steps[i]).toDoubles(), first[i], 1e-4, 0,
                        operator + " u after step " + steps[i]);
                assertArrayEquals(first[i], second[i], "the same bits in a second run, step " + steps[i]);
            }
        }
    }
}
