package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.core.operator.RingDenseOperator;
import org.jcanns.core.operator.SpectralOperator;
import org.jcanns.spi.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One W·r alone (no model around it) per ring operator, on a Gaussian kernel of width a (canns' CANN1D shape):
 * shows how much of a CANN1D step is the recurrent product, and the spectral operator's cost against its rank.
 */
public class RingOperatorBenchmark extends JcannsBenchmark {
    @Param({"512", "2048"})
    public int num;

    @Param({"0.5"})
    public double a;

    @Param({"dense", "fft", "spectral"})
    public String operator;

    private Arena arena;
    private RecurrentOperator op;
    private Tensor r;
    private Tensor out;

    @Setup(Level.Trial)
    public void setUp() {
        int m = num - 1;
        float[] kernel = new float[m];
        for (int d = 0; d < m; d++) {
            double x = 2 * Math.PI * Math.min(d, m - d) / m;
            kernel[d] = (float) (Math.exp(-0.5 * x * x / (a * a)) / (Math.sqrt(2 * Math.PI) * a));
        }
        Kernels kernels = Kernels.best();
        op = switch (operator) {
            case "dense" -> new RingDenseOperator(kernel, num, kernels);
            case "fft" -> CirculantOperator.ring(kernel, num, kernels);
            default -> new SpectralOperator(kernel, num, kernels);
        };
        arena = Arena.ofShared();
        r = Tensor.allocate(arena, num);
        out = Tensor.allocate(arena, num);
        for (int i = 0; i < num; i++) {
            r.set(i, (float) Math.exp(-0.5 * Math.pow((i - num / 3.0) / 10, 2)));
        }
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
