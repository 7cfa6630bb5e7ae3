package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.core.operator.SeparableOperator;
import org.jcanns.spi.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One CANN2D step (canns' defaults: L×L neurons on linspace(−π, π, L), Gaussian torus kernel a = 0.5, J0 = 4,
 * k = 8.1): r = u²/(1 + k·Σu²), W·r by the 2D FFT or by the two separable products, then the Euler update.
 */
public class TorusStepBenchmark extends JcannsBenchmark {
    @Param({"32", "64", "128"})
    public int length;

    @Param({"fft", "separable"})
    public String operator;

    private Arena arena;
    private Kernels kernels;
    private RecurrentOperator op;
    private Tensor u;
    private Tensor r;
    private Tensor inp;
    private Tensor irec;

    /** exp(−½(d/a)²) over the wrapped distances of one axis (the factor of the torus Gaussian). */
    static float[] factor(int length, double a, double scale) {
        double[] x = Linspace.of(-Math.PI, Math.PI, length, true);
        int m = length - 1;
        float[] f = new float[m];
        for (int d = 0; d < m; d++) {
            double dist = Periodic.wrap((float) x[d] - (float) x[0], 2 * Math.PI);
            f[d] = (float) (scale * Math.exp(-0.5 * (dist / a) * (dist / a)));
        }
        return f;
    }

    @Setup(Level.Trial)
    public void setUp() {
        kernels = Kernels.active();
        double a = 0.5;
        float[] f = factor(length, a, 4.0 / (Math.sqrt(2 * Math.PI) * a));
        float[] g = factor(length, a, 1.0);
        int m = length - 1;
        if (operator.equals("fft")) {
            float[] k = new float[m * m];
            for (int dy = 0; dy < m; dy++) {
                for (int dx = 0; dx < m; dx++) {
                    k[dy * m + dx] = f[dy] * g[dx];
                }
            }
            op = CirculantOperator.torus(k, m, length, kernels);
        } else {
            op = SeparableOperator.torus(f, g, length, kernels);
        }
        arena = Arena.ofShared();
        int n = length * length;
        u = Tensor.allocate(arena, n);
        r = Tensor.allocate(arena, n);
        inp = Tensor.allocate(arena, n);
        irec = Tensor.allocate(arena, n);
        for (int i = 0; i < n; i++) {
            inp.set(i, (float) Math.exp(-((i % length) - length / 2.0) * ((i % length) - length / 2.0) / 20.0));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public Tensor step() {
        float sumSq = kernels.sumOfSquares(u);
        kernels.squareScaled(u, 1f / (1f + 8.1f * sumSq), r);
        op.apply(r, irec);
        kernels.axpy(1f, inp, irec);
        kernels.leak(u, irec, 1f, 0.1f);
        return u;
    }
}
