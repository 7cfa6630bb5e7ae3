package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.spi.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One torus convolution W·r (period M, M×M neurons, a Gaussian kernel) by each torus transform: power-of-two
 * embedding (P >= 2M − 1 per axis) and mixed radix at the period (periods whose prime factors allow it). The
 * measurements the cost model in {@code OperatorCosts} is fitted to.
 */
public class TorusFftBenchmark extends JcannsBenchmark {
    @Param({"20", "30", "50", "63", "64", "99", "100", "120", "128"})
    public int period;

    @Param({"POWER_OF_TWO", "MIXED_RADIX"})
    public String transform;

    private Arena arena;
    private Tensor r;
    private Tensor out;
    private CirculantOperator op;

    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofShared();
        int m = period;
        float[] k = new float[m * m];
        for (int dy = 0; dy < m; dy++) {
            for (int dx = 0; dx < m; dx++) {
                double x = 2 * Math.PI * Math.min(dx, m - dx) / m, y = 2 * Math.PI * Math.min(dy, m - dy) / m;
                k[dy * m + dx] = (float) Math.exp(-(x * x + x * y + y * y) / 0.5);
            }
        }
        SplittableRandom rnd = new SplittableRandom(1);
        r = Tensor.allocate(arena, m * m);
        out = Tensor.allocate(arena, m * m);
        for (int i = 0; i < m * m; i++) {
            r.set(i, (float) rnd.nextDouble());
        }
        op = CirculantOperator.torus(k, m, m, Kernels.best(), CirculantOperator.Transform.valueOf(transform));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public Tensor apply() {
        op.apply(r, out);
        return out;
    }
}
