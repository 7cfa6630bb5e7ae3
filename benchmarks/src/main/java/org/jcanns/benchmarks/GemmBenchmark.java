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

/** gemmBt (C = A·Bᵀ): the batched recurrent product R·Wᵀ for B networks of size 512, one thread; 2·B·size² flops. */
public class GemmBenchmark extends JcannsBenchmark {
    @Param({"panama", "openblas"})
    public String tier;

    @Param({"1", "16", "64"})
    public int batch;

    @Param({"512"})
    public int size;

    private Arena arena;
    private Kernels kernels;
    private Tensor r;
    private Tensor w;
    private Tensor out;

    @Setup(Level.Trial)
    public void setUp() {
        kernels = KernelTiers.named(tier);
        arena = Arena.ofShared();
        SplittableRandom rnd = new SplittableRandom(3);
        r = Tensor.allocate(arena, batch, size);
        w = Tensor.allocate(arena, size, size);
        out = Tensor.allocate(arena, batch, size);
        for (long i = 0; i < r.size(); i++) {
            r.set(i, (float) rnd.nextDouble());
        }
        for (long i = 0; i < w.size(); i++) {
            w.set(i, (float) rnd.nextDouble());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public Tensor gemmBt() {
        kernels.products().gemmBt(r, w, out);
        return out;
    }
}
