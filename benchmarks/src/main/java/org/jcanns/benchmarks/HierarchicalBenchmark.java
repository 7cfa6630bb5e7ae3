package org.jcanns.benchmarks;

import org.jcanns.core.kernel.Kernels;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.navigation.hierarchical.HierarchicalNetwork;
import org.jcanns.models.navigation.hierarchical.HierarchicalNetworkProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.ModelContext;
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

/**
 * Steps per second of canns' HierarchicalNetwork with its defaults (5 modules of 3×180 band cells and 20×20 grid
 * cells, 30×30 place cells), dt 0.1, after canns' warm-up with location input; canns: about 2,300 steps/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class HierarchicalBenchmark {
    @Param({"auto"})
    public String operator;

    private HierarchicalNetwork net;
    private long step;

    @Setup(Level.Trial)
    public void setUp() {
        var provider = new HierarchicalNetworkProvider();
        net = (HierarchicalNetwork) provider.create(provider.parameters().parse(Map.of("operator", operator)),
                new ModelContext(0.1, Seeds.generator(0), Kernels.best()));
        for (int i = 0; i < 500; i++) {
            net.update(0, 0, 2.5, 2.5, i < 400 ? 100 : 0);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        net.close();
    }

    @Benchmark
    public Tensor step() {
        double t = 0.1 * step++;
        net.update(0.12 * Math.cos(0.05 * t), 0.12 * Math.sin(0.03 * t), 2.5, 2.5, 0);
        return net.state("place_fr");
    }
}
