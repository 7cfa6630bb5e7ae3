package org.jcanns.benchmarks;

import org.jcanns.core.kernel.Kernels;
import java.lang.foreign.Arena;
import java.util.Map;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.cann.Cann1DProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.StepInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** One CANN1D step (rate, W·r, Euler update) per size and operator, on the active kernel tier. */
public class Cann1DStepBenchmark extends JcannsBenchmark {
    @Param({"256", "512", "2048", "8192"})
    public int num;

    @Param({"dense", "fft", "spectral"})
    public String operator;

    private Arena arena;
    private Model model;
    private StepInput input;

    @Setup(Level.Trial)
    public void setUp() {
        var p = new Cann1DProvider();
        model = p.create(p.parameters().parse(Map.of("num", "" + num, "operator", operator)),
                new ModelContext(0.1, Seeds.generator(0), Kernels.best()));
        arena = Arena.ofShared();
        Tensor inp = Tensor.allocate(arena, num);
        FeatureSpace fs = model.featureSpace().orElseThrow();
        fs.stimulusAt(new double[] {0.5}, inp);
        input = name -> inp;
        for (int i = 0; i < 50; i++) {
            model.step(input);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        model.close();
        arena.close();
    }

    @Benchmark
    public Model step() {
        model.step(input);
        return model;
    }
}
