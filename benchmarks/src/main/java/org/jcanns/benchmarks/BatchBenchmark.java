package org.jcanns.benchmarks;

import org.jcanns.core.kernel.Kernels;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.cann.Cann1DProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Params;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One step of B CANN1D networks (n = 512, each its own tau) stepped together: W·R as one GEMM (dense) or paired
 * batched FFTs, threads splitting the batch. The dense step does 2·B·n² flops in its GEMM.
 */
public class BatchBenchmark extends JcannsBenchmark {
    @Param({"1", "16", "64"})
    public int batch;

    @Param({"dense", "fft", "spectral"})
    public String operator;

    @Param({"1", "2"})
    public int threads;

    @Param({"512"})
    public int num;

    private Arena arena;
    private BatchThreads pool;
    private ModelBatch model;
    private StepInput input;

    @Setup(Level.Trial)
    public void setUp() {
        var p = new Cann1DProvider();
        List<Params> params = new ArrayList<>();
        List<ModelContext> contexts = new ArrayList<>();
        for (int b = 0; b < batch; b++) {
            params.add(p.parameters().parse(Map.of("num", "" + num, "operator", operator, "tau", "" + (1 + 0.01 * b))));
            contexts.add(new ModelContext(0.1, Seeds.forCopy(0, b), Kernels.best()));
        }
        pool = new BatchThreads(threads);
        model = p.createBatch(params, contexts, pool);
        arena = Arena.ofShared();
        Tensor inp = Tensor.allocate(arena, num);
        model.featureSpace().orElseThrow().stimulusAt(new double[] {0.5}, inp);
        input = name -> inp;
        for (int i = 0; i < 20; i++) {
            model.step(b -> input);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        model.close();
        pool.close();
        arena.close();
    }

    @Benchmark
    public ModelBatch step() {
        model.step(b -> input);
        return model;
    }
}
