package org.jcanns.models.cann;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.sim.BatchSimulation;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.sim.Recording;
import org.jcanns.core.sim.Simulation;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A fused batch of CANN1Ds equals the same copies simulated one by one, whatever the operator and threads. */
class Cann1DBatchTest {
    private static final double DT = 0.1;
    private static final int STEPS = 60;

    /** A moving stimulus per copy (different positions per copy). */
    private static InputSource inputs(Arena arena, Cann1D model, int copy) {
        Tensor inp = Tensor.allocate(arena, STEPS, model.num);
        for (int t = 0; t < STEPS; t++) {
            model.stimulusAt(new double[] {-1 + 0.05 * t + 0.3 * copy}, inp.slice(t));
        }
        return InputSource.of(Map.of("inp", inp));
    }

    @ParameterizedTest(name = "{0} {1} num={2} threads={3}")
    @CsvSource({"cann1d, fft, 64, 1", "cann1d, dense, 64, 2", "cann1d, fft, 65, 2", "cann1d-sfa, fft, 128, 2",
        "cann1d-sfa, dense, 33, 1", "cann1d, auto, 512, 2"})
    void batchEqualsCopiesRunOneByOne(String model, String operator, int num, int threads) {
        ModelProvider provider = model.equals("cann1d") ? new Cann1DProvider() : new Cann1DSfaProvider();
        int copies = 5;
        List<Params> params = new ArrayList<>();
        for (int b = 0; b < copies; b++) {
            // Per-copy tau and k batch fully; copy 4 gets another width a, so it needs its own operator.
            params.add(provider.parameters().parse(Map.of("num", "" + num, "operator", operator,
                    "tau", "" + (1 + 0.25 * b), "k", "" + (8.1 - b), "a", b == 4 ? "0.4" : "0.5")));
        }
        try (Arena arena = Arena.ofShared(); BatchThreads pool = new BatchThreads(threads)) {
            List<InputSource> sources = new ArrayList<>();
            List<Tensor> expected = new ArrayList<>();
            List<Recording> singles = new ArrayList<>();
            for (int b = 0; b < copies; b++) {
                try (Model single = provider.create(params.get(b), new ModelContext(DT, Seeds.forCopy(0, b), Kernels.best()))) {
                    InputSource src = inputs(arena, (Cann1D) single, b);
                    sources.add(src);
                    Recording rec = Simulation.of(single, DT).inputs(src).record(List.of("u", "r")).run();
                    singles.add(rec);
                    expected.add(rec.get("u"));
                }
            }
            List<ModelContext> contexts = new ArrayList<>();
            for (int b = 0; b < copies; b++) {
                contexts.add(new ModelContext(DT, Seeds.forCopy(0, b), Kernels.best()));
            }
            ModelBatch batch = ((org.jcanns.spi.batch.BatchModelProvider) provider).createBatch(params, contexts, pool);
            try (batch; Recording rec = BatchSimulation.of(batch, DT).inputs(sources).record(List.of("u", "r")).run()) {
                Tensor u = rec.get("u");
                assertArrayEquals(new int[] {copies, STEPS, num}, u.shape(), "(B, T, num)");
                for (int b = 0; b < copies; b++) {
                    float[] want = expected.get(b).toArray();
                    double[] w = new double[want.length];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = want[i];
                    }
                    Tolerance.assertClose(w, u.slice(b).toArray(), 1e-4, 1e-6, model + " copy " + b);
                }
                assertEquals(STEPS, rec.steps());
            } finally {
                singles.forEach(Recording::close);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void copiesMustShareTheirSize() {
        Cann1DProvider p = new Cann1DProvider();
        List<Params> params = List.of(p.parameters().parse(Map.of("num", "32")), p.parameters().parse(Map.of("num", "33")));
        ModelContext ctx = new ModelContext(DT, Seeds.generator(0), Kernels.best());
        try (BatchThreads pool = new BatchThreads(1)) {
            ParameterException e = assertThrows(ParameterException.class,
                    () -> p.createBatch(params, List.of(ctx, ctx), pool));
            assertEquals("num", e.parameter());
        }
    }
}
