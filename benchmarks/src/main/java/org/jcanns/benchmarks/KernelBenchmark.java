package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Kernels per tier and size: dot and axpy (level 1), gemv with a stored n×n matrix (memory-bound once the matrix
 * leaves the caches: n = 8192 reads 256 MiB per call) and the windowed Toeplitz gemv (2n floats, compute-bound).
 */
public class KernelBenchmark extends JcannsBenchmark {
    @Param({"scalar", "panama", "openblas"})
    public String tier;

    @Param({"256", "512", "2048", "8192"})
    public int n;

    private Arena arena;
    private Kernels kernels;
    private Tensor a;
    private Tensor e;
    private Tensor x;
    private Tensor y;

    @Setup(Level.Trial)
    public void setUp() {
        kernels = KernelTiers.named(tier);
        arena = Arena.ofShared();
        SplittableRandom r = new SplittableRandom(42);
        a = Tensor.allocate(arena, n, n);
        e = Tensor.allocate(arena, 2 * n - 1);
        x = Tensor.allocate(arena, n);
        y = Tensor.allocate(arena, n);
        for (long i = 0; i < a.size(); i++) {
            a.set(i, (float) r.nextDouble());
        }
        for (int i = 0; i < 2 * n - 1; i++) {
            e.set(i, (float) r.nextDouble());
        }
        for (int i = 0; i < n; i++) {
            x.set(i, (float) r.nextDouble());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public float dot() {
        return kernels.elementWise().dot(x, y);
    }

    @Benchmark
    public Tensor axpy() {
        kernels.elementWise().axpy(1e-6f, x, y);
        return y;
    }

    @Benchmark
    public Tensor gemv() {
        kernels.products().gemv(a, x, y);
        return y;
    }

    @Benchmark
    public Tensor windowGemv() {
        kernels.products().windowGemv(e, x, y);
        return y;
    }
}
