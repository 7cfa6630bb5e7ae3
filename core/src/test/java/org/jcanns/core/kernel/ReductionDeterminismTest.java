package org.jcanns.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.elementwise.ElementWise;
import org.jcanns.core.kernel.elementwise.PanamaElementWise;
import org.jcanns.core.kernel.products.MatrixProducts;
import org.jcanns.core.kernel.products.PanamaMatrixProducts;
import org.jcanns.core.testing.ChildProcess;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The panama tier's reductions give bit-identical results whatever the JIT has done: the same inputs reduced by the
 * interpreter (a child JVM with {@code -Xint}) and by this JVM after many calls (compiled by C2) agree to the last
 * bit. {@code FloatVector.reduceLanes(ADD)} fails this (the interpreter adds lane by lane, the C2 intrinsic by
 * halves); {@link Lanes#sum} passes it.
 */
class ReductionDeterminismTest {
    private static final int WARM_UP_CALLS = 20_000;

    /** Every reducing kernel of the panama tier on fixed inputs, as float bits in a fixed order. */
    static int[] reductions() {
        // The Vector API families themselves: the -Xint child runs them although the panama tier refuses -Xint.
        ElementWise ew = new PanamaElementWise();
        MatrixProducts products = new PanamaMatrixProducts();
        List<Float> out = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            int n = 203;
            Tensor a = random(arena, 42, n), b = random(arena, 43, n);
            out.add(ew.dot(a, b));
            out.add(ew.sum(a));
            out.add(ew.sumOfSquares(a));
            int m = 19, cols = 37;
            Tensor w = random(arena, 44, m * cols), x = random(arena, 45, cols), y = Tensor.allocate(arena, m);
            products.gemv(Tensor.wrap(w.segment(), m, cols), x, y);
            addAll(out, y);
            Tensor e = random(arena, 46, m + cols - 1);
            products.windowGemv(e, x, y);
            addAll(out, y);
            float[] yh = new float[m];
            products.windowGemv(e.toArray(), x.toArray(), yh);
            for (float v : yh) {
                out.add(v);
            }
            // The heap gemv: eight-row blocks and single rows (m = 19 = 2·8 + 3).
            float[] yg = new float[m];
            products.gemv(w.toArray(), x.toArray(), yg);
            for (float v : yg) {
                out.add(v);
            }
            Tensor c = Tensor.allocate(arena, 5, m);
            products.gemmBt(Tensor.wrap(random(arena, 47, 5 * cols).segment(), 5, cols), Tensor.wrap(w.segment(), m, cols), c);
            addAll(out, c);
        }
        return out.stream().mapToInt(Float::floatToRawIntBits).toArray();
    }

    private static Tensor random(Arena arena, long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            // Values of mixed sign and magnitude, so that the order of the additions shows in the last bits.
            v[i] = (float) ((r.nextDouble() * 2 - 1) * Math.pow(10, r.nextInt(4)));
        }
        return Tensor.of(arena, v);
    }

    private static void addAll(List<Float> out, Tensor t) {
        for (float v : t.toArray()) {
            out.add(v);
        }
    }

    /** Prints {@link #reductions()} for the parent test. */
    public static void main(String[] args) {
        System.out.println(Arrays.toString(reductions()));
    }

    @Test
    void panamaReductionsDoNotDependOnTheJit() throws IOException, InterruptedException {
        assumeTrue(KernelTiers.loadable().stream().anyMatch(k -> k.tier().equals("panama")),
                "the panama tier is not loadable here");
        int[] compiled = null;
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            compiled = reductions();
        }
        List<String> cmd = ChildProcess.java(List.of("-Xint", "--add-modules=jdk.incubator.vector"),
                ReductionDeterminismTest.class);
        String printed = ChildProcess.run(cmd, Map.of(), Duration.ofMinutes(2)).requireSuccess().trim();
        int[] interpreted = Arrays.stream(printed.substring(1, printed.length() - 1).split(", "))
                .mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(interpreted, compiled, "interpreted and C2-compiled reductions differ");
    }
}
