package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.cann.Cann1DProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.StepInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** One CANN1D step (rate, W·r, Euler update) per size and operator, on the active kernel tier. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class Cann1DStepBenchmark {
    @Param({"256", "512", "2048", "8192"})
    public int num;

    @Param({"dense", "fft"})
    public String operator;

    private Arena arena;
    private Model model;
    private StepInput input;

    @Setup(Level.Trial)
    public void setUp() {
        var p = new Cann1DProvider();
        model = p.create(p.parameters().parse(Map.of("num", "" + num, "operator", operator)),
                new ModelContext(0.1, Seeds.generator(0)));
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
