package org.jcanns.benchmarks;

import org.jcanns.core.kernel.Kernels;
import java.lang.foreign.Arena;
import java.util.Map;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.cann.Cann2DProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.StepInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One CANN2D step (canns' defaults, a bump held by a stimulus) per side length and operator. canns multiplies a
 * dense L²×L² matrix: run {@code -p operator=dense -p length=32,64} for that path (L=100 needs 400 MB, L=128 1 GB).
 */
public class Cann2DBenchmark extends JcannsBenchmark {
    @Param({"32", "64", "100", "128"})
    public int length;

    @Param({"fft", "separable", "spectral"})
    public String operator;

    private Arena arena;
    private Model cann;
    private StepInput input;

    @Setup(Level.Trial)
    public void setUp() {
        var provider = new Cann2DProvider();
        cann = provider.create(provider.parameters().parse(Map.of("length", Integer.toString(length),
                "operator", operator)), new ModelContext(0.1, Seeds.generator(0), Kernels.best()));
        arena = Arena.ofShared();
        Tensor stimulus = Tensor.allocate(arena, length, length);
        cann.featureSpace().orElseThrow().stimulusAt(new double[] {0.5, -1.0}, stimulus);
        input = name -> stimulus;
        for (int i = 0; i < 50; i++) {
            cann.step(input);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        cann.close();
        arena.close();
    }

    @Benchmark
    public Tensor step() {
        cann.step(input);
        return cann.state("u");
    }
}
