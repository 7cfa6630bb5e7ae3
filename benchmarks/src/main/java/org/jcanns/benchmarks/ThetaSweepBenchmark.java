package org.jcanns.benchmarks;

import org.jcanns.core.kernel.Kernels;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.navigation.theta.DirectionCellNetwork;
import org.jcanns.models.navigation.theta.DirectionCellNetworkProvider;
import org.jcanns.models.navigation.theta.GridCellNetwork;
import org.jcanns.models.navigation.theta.GridCellNetworkProvider;
import org.jcanns.models.navigation.theta.ThetaModulation;
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
 * One theta-sweep step as canns' ThetaSweepPipeline runs it: the theta modulation, DirectionCellNetwork(100), then
 * GridCellNetwork(100 direction cells, 100×100 grid cells) with the new direction rates; the pipeline's settings
 * (noise 0, GC adaptation 8, mapping ratio 5), moving along a circular path at 1.4 m/s sampled every 2 ms. canns
 * took about 13 ms per step (75 it/s, dense 10⁴×10⁴ matrix).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class ThetaSweepBenchmark {
    private static final int PATH = 2000;

    @Param({"100"})
    public int gridSide;

    private DirectionCellNetwork dc;
    private GridCellNetwork gc;
    private double[][] pos;
    private double[] hd;
    private int step;

    @Setup(Level.Trial)
    public void setUp() {
        var dcp = new DirectionCellNetworkProvider();
        dc = (DirectionCellNetwork) dcp.create(dcp.parameters().parse(Map.of("noise_strength", "0")),
                new ModelContext(1.0, Seeds.generator(0), Kernels.best()));
        var gcp = new GridCellNetworkProvider();
        gc = (GridCellNetwork) gcp.create(gcp.parameters().parse(Map.of("num_gc_x", Integer.toString(gridSide),
                "adaptation_strength", "8", "mapping_ratio", "5", "noise_strength", "0")),
                new ModelContext(1.0, Seeds.generator(1), Kernels.best()));
        pos = new double[PATH][];
        hd = new double[PATH];
        for (int i = 0; i < PATH; i++) {
            double angle = 2 * Math.PI * i / PATH;
            pos[i] = new double[] {0.75 + 0.45 * Math.cos(angle), 0.75 + 0.45 * Math.sin(angle)};
            hd[i] = Math.atan2(Math.cos(angle), -Math.sin(angle));
        }
        for (int i = 0; i < 200; i++) {
            step();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        dc.close();
        gc.close();
    }

    @Benchmark
    public Tensor step() {
        int i = step++ % PATH;
        ThetaModulation theta = ThetaModulation.at(step, 1.0, 0.0, 1.0, 0.5, 100, 1.0);
        dc.update(hd[i], theta.hd());
        gc.update(pos[i][0], pos[i][1], dc.r(), theta.gc());
        return gc.r();
    }
}
