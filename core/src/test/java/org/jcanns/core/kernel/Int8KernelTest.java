package org.jcanns.core.kernel;

import org.jcanns.core.kernel.int8.Int8Matrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The int8 product {@code C = A·Qᵀ}: every tier agrees with the scalar reference (exactly when A holds small
 * integers, as ±1 Hopfield states do) and with the same product done in float64 on shapes that exercise every
 * blocking remainder.
 */
class Int8KernelTest {
    private static final int[][] SHAPES = {{1, 1, 1}, {1, 5, 17}, {2, 3, 33}, {3, 7, 64}, {4, 4, 16}, {4, 9, 127},
        {5, 6, 61}, {8, 13, 257}, {9, 2, 1021}};
    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void free() {
        arena.close();
    }

    static Stream<Arguments> tiersAndShapes() {
        List<Arguments> all = new ArrayList<>();
        for (Kernels k : KernelTiers.loadable()) {
            for (int[] s : SHAPES) {
                all.add(Arguments.of(k, s[0], s[1], s[2]));
            }
        }
        return all.stream();
    }

    private Int8Matrix int8(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Int8Matrix q = Int8Matrix.allocate(arena, rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                q.set(i, j, (byte) r.nextInt(-128, 128));
            }
        }
        return q;
    }

    private Tensor floats(int rows, int cols, long seed, boolean signs) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = signs ? r.nextInt(-1, 2) : (float) (r.nextDouble() * 2 - 1);
        }
        return Tensor.of(arena, v, rows, cols);
    }

    private static double[] float64Product(Tensor a, Int8Matrix q) {
        int m = a.dim(0), n = q.rows(), k = a.dim(1);
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += (double) a.get(i, l) * q.get(j, l);
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    @ParameterizedTest(name = "{0} m={1} n={2} k={3}")
    @MethodSource("tiersAndShapes")
    void integerStatesGiveExactSums(Kernels kernels, int m, int n, int k) {
        Tensor a = floats(m, k, 31L * m + k, true);
        Int8Matrix q = int8(n, k, 17L * n + k);
        Tensor c = Tensor.allocate(arena, m, n);
        kernels.int8().gemmBtInt8(a, q, c);
        double[] exact = float64Product(a, q);
        float[] expected = new float[exact.length];
        for (int i = 0; i < exact.length; i++) {
            expected[i] = (float) exact[i];
        }
        assertArrayEquals(expected, c.toArray(), "integer sums are exact in float32 below 2^24");
    }

    @ParameterizedTest(name = "{0} m={1} n={2} k={3}")
    @MethodSource("tiersAndShapes")
    void realStatesAgreeWithFloat64(Kernels kernels, int m, int n, int k) {
        Tensor a = floats(m, k, 7L * m + k, false);
        Int8Matrix q = int8(n, k, 3L * n + k);
        Tensor c = Tensor.allocate(arena, m, n);
        kernels.int8().gemmBtInt8(a, q, c);
        // Each product is below 128 in size; float32 summation of k of them errs by about k·128·2^-24.
        Tolerance.assertClose(float64Product(a, q), c.toArray(), 0, 128.0 * k * k * 0x1p-24 + 1e-6, "A·Qᵀ");
    }

    @Test
    void rejectsMismatchedShapes() {
        Kernels kernels = Kernels.best();
        Tensor a = floats(2, 5, 1, true);
        assertThrows(IllegalArgumentException.class,
                () -> kernels.int8().gemmBtInt8(a, int8(3, 4, 1), Tensor.allocate(arena, 2, 3)));
        assertThrows(IllegalArgumentException.class,
                () -> kernels.int8().gemmBtInt8(a, int8(3, 5, 1), Tensor.allocate(arena, 2, 4)));
        assertThrows(IllegalArgumentException.class, () -> new Int8Matrix(arena.allocate(7), 2, 4));
    }
}
