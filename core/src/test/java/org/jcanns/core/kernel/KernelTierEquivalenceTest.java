package org.jcanns.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every loadable tier agrees with the scalar reference on odd, prime and vector-multiple lengths. */
class KernelTierEquivalenceTest {
    private static final int[] LENGTHS = {1, 2, 3, 7, 13, 15, 16, 17, 31, 61, 64, 127, 257, 1021};
    private static final Kernels REF = KernelTiers.named("scalar");
    private final Arena arena = Arena.ofConfined();

    @AfterEach
    void free() {
        arena.close();
    }

    static Stream<Arguments> tiersAndLengths() {
        List<Kernels> tiers = KernelTiers.loadable().stream().filter(k -> !k.tier().equals("scalar")).toList();
        return tiers.stream().flatMap(k -> java.util.Arrays.stream(LENGTHS).mapToObj(n -> Arguments.of(k, n)));
    }

    private Tensor random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return Tensor.of(arena, v);
    }

    private Tensor copy(Tensor t) {
        Tensor c = Tensor.allocate(arena, t.shape());
        c.copyFrom(t);
        return c;
    }

    private static double[] d(Tensor t) {
        float[] f = t.toArray();
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = f[i];
        }
        return out;
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void reductionsMatchScalar(Kernels k, int n) {
        Tensor a = random(n, n), b = random(n, n + 1);
        // Summation order differs between tiers: allow n ulps-worth of relative error.
        double tol = 1e-6 * n + 1e-6;
        assertEquals(REF.elementWise().dot(a, b), k.elementWise().dot(a, b), tol * n, "dot");
        assertEquals(REF.elementWise().sumOfSquares(a), k.elementWise().sumOfSquares(a), tol * n, "sumOfSquares");
        assertEquals(REF.elementWise().sum(a), k.elementWise().sum(a), tol * n, "sum");
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void elementwiseOpsMatchScalar(Kernels k, int n) {
        Tensor x = random(n, 7 * n), y = random(n, 7 * n + 1);
        Tensor y1 = copy(y), y2 = copy(y);
        REF.elementWise().axpy(0.75f, x, y1);
        k.elementWise().axpy(0.75f, x, y2);
        Tolerance.assertClose(d(y1), y2.toArray(), 1e-6, 1e-7, "axpy");

        Tensor s1 = copy(x), s2 = copy(x);
        REF.elementWise().scale(-1.5f, s1);
        k.elementWise().scale(-1.5f, s2);
        Tolerance.assertClose(d(s1), s2.toArray(), 1e-6, 1e-7, "scale");

        Tensor r1 = Tensor.allocate(arena, n), r2 = Tensor.allocate(arena, n);
        REF.elementWise().squareScaled(x, 0.3f, r1);
        k.elementWise().squareScaled(x, 0.3f, r2);
        Tolerance.assertClose(d(r1), r2.toArray(), 1e-6, 1e-7, "squareScaled");

        Tensor l1 = copy(x), l2 = copy(x);
        REF.elementWise().leak(l1, y, 0.3f, 0.1f);
        k.elementWise().leak(l2, y, 0.3f, 0.1f);
        Tolerance.assertClose(d(l1), l2.toArray(), 1e-6, 1e-7, "leak");

        Tensor u = copy(x);
        u.set(n / 2, Float.NaN);
        k.elementWise().relu(u);
        for (int i = 0; i < n; i++) {
            float want = i == n / 2 ? Float.NaN : Math.max(x.get(i), 0f);
            assertEquals(want, u.get(i), 0f, "relu at " + i + " (NaN kept)");
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void gemvMatchesScalar(Kernels k, int n) {
        for (int m : new int[] {1, 3, 5, n}) {
            Tensor a = random(m * n, 31L * m + n).reshape(m, n);
            Tensor x = random(n, 5 + n);
            Tensor y1 = Tensor.allocate(arena, m), y2 = Tensor.allocate(arena, m);
            REF.products().gemv(a, x, y1);
            k.products().gemv(a, x, y2);
            Tolerance.assertClose(d(y1), y2.toArray(), 1e-5, 1e-6, "gemv " + m + "x" + n);
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void gemmBtMatchesScalar(Kernels k, int n) {
        for (int m : new int[] {1, 4, 7}) {
            int rows = Math.min(n, 9);
            Tensor a = random(m * n, 17L * m + n).reshape(m, n);
            Tensor b = random(rows * n, 3L * n).reshape(rows, n);
            Tensor c1 = Tensor.allocate(arena, m, rows), c2 = Tensor.allocate(arena, m, rows);
            REF.products().gemmBt(a, b, c1);
            k.products().gemmBt(a, b, c2);
            Tolerance.assertClose(d(c1), c2.toArray(), 1e-5, 1e-6, "gemmBt " + m + "x" + rows + "x" + n);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < rows; j++) {
                    double dot = 0;
                    for (int q = 0; q < n; q++) {
                        dot += (double) a.get(i, q) * b.get(j, q);
                    }
                    assertEquals(dot, c1.get(i, j), 1e-5 * n, "scalar gemmBt is C = A·Bᵀ");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void gemmBtColumnsWriteOnlyTheirColumns(Kernels k, int n) {
        for (int m : new int[] {1, 5, 30}) {
            int rows = Math.min(n, 11);
            Tensor a = random(m * n, 19L * m + n).reshape(m, n);
            Tensor b = random(rows * n, 23L * n).reshape(rows, n);
            Tensor whole = Tensor.allocate(arena, m, rows), parts = Tensor.allocate(arena, m, rows);
            REF.products().gemmBt(a, b, whole);
            parts.fill(7f);
            int cut = rows / 3;
            k.products().gemmBtColumns(a, b, parts, cut, rows);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < cut; j++) {
                    assertEquals(7f, parts.get(i, j), 0, "columns before the range are left alone");
                }
            }
            k.products().gemmBtColumns(a, b, parts, 0, cut);
            Tolerance.assertClose(d(whole), parts.toArray(), 1e-5, 1e-6, "gemmBtColumns " + m + "x" + rows + "x" + n);
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void allFiniteFindsEveryBadValue(Kernels k, int n) {
        Tensor a = random(n, 3);
        assertTrue(k.elementWise().allFinite(a));
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            for (int at : new int[] {0, n / 2, n - 1}) {
                Tensor c = copy(a);
                c.set(at, bad);
                assertFalse(k.elementWise().allFinite(c), bad + " at " + at);
            }
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void windowGemvMatchesScalar(Kernels k, int n) {
        for (int m : new int[] {1, 7, 8, 9, n}) {
            Tensor e = random(m + n - 1, 11L * m + n), x = random(n, 2L * n);
            Tensor y1 = Tensor.allocate(arena, m), y2 = Tensor.allocate(arena, m);
            REF.products().windowGemv(e, x, y1);
            k.products().windowGemv(e, x, y2);
            Tolerance.assertClose(d(y1), y2.toArray(), 1e-5, 1e-6, "windowGemv " + m + "x" + n);
            float[] yh = new float[m];
            k.products().windowGemv(e.toArray(), x.toArray(), yh);
            Tolerance.assertClose(d(y1), yh, 1e-5, 1e-6, "windowGemv on heap arrays " + m + "x" + n);
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += (double) e.get(m - 1 + j) * x.get(j);
            }
            assertEquals(s, y1.get(m - 1), 1e-5 * n, "row i is the window starting at i");
        }
    }

    static Stream<Arguments> tiersAndFftShapes() {
        List<Kernels> tiers = KernelTiers.loadable();
        int[][] shapes = {{1, 1}, {2, 1}, {8, 1}, {16, 1}, {64, 1}, {1024, 1}, {4, 16}, {32, 16}, {16, 32}, {8, 3}};
        return tiers.stream().flatMap(k -> java.util.Arrays.stream(shapes).map(s -> Arguments.of(k, s[0], s[1])));
    }

    @ParameterizedTest(name = "{0} n={1} width={2}")
    @MethodSource("tiersAndFftShapes")
    void fftIsTheDftInBitReversedOrderAndInvertsExactly(Kernels k, int n, int width) {
        org.jcanns.core.fft.FftPlan plan = new org.jcanns.core.fft.FftPlan(n);
        float[] re = random(n * width, 3L * n + width).toArray(), im = random(n * width, 5L * n).toArray();
        assertDftThenInverse(n, width, re, im, plan::position, 1e-5,
                () -> k.transforms().fftForward(plan, re, im, width, 0, width), () -> k.transforms().fftInverse(plan, re, im, width, 0, width));
    }

    /**
     * Runs {@code forward} on the (n × width) columns (re, im) and checks every column against a double-precision
     * DFT, frequency f at row {@code position(f)}, within tolerance·n; then runs {@code inverse} and checks that it
     * gives back n times the input.
     */
    private static void assertDftThenInverse(int n, int width, float[] re, float[] im,
            java.util.function.IntUnaryOperator position, double tolerance, Runnable forward, Runnable inverse) {
        float[] re0 = re.clone(), im0 = im.clone();
        forward.run();
        for (int c = 0; c < width; c++) {
            for (int f = 0; f < n; f++) {
                double sr = 0, si = 0;
                for (int t = 0; t < n; t++) {
                    double a = -2 * Math.PI * ((long) f * t % n) / n;
                    double xr = re0[t * width + c], xi = im0[t * width + c];
                    sr += xr * Math.cos(a) - xi * Math.sin(a);
                    si += xr * Math.sin(a) + xi * Math.cos(a);
                }
                int at = position.applyAsInt(f) * width + c;
                assertEquals(sr, re[at], tolerance * n, "re of frequency " + f + " column " + c);
                assertEquals(si, im[at], tolerance * n, "im of frequency " + f + " column " + c);
            }
        }
        inverse.run();
        for (int i = 0; i < n * width; i++) {
            assertEquals(re0[i], re[i] / n, 1e-5, "inverse re at " + i);
            assertEquals(im0[i], im[i] / n, 1e-5, "inverse im at " + i);
        }
    }

    static Stream<Arguments> tiersAndMixedRadixShapes() {
        List<Kernels> tiers = KernelTiers.loadable();
        // Every radix alone and combined (4·5·5, 2·3·5, 7·3·3, 9·11, 13, 2·2·31), columns a vector multiple or not.
        int[][] shapes = {{2, 8}, {3, 8}, {4, 16}, {5, 8}, {7, 8}, {12, 8}, {20, 16}, {30, 8}, {63, 8}, {99, 16},
            {100, 8}, {13, 8}, {124, 8}, {6, 3}, {100, 1}};
        return tiers.stream().flatMap(k -> java.util.Arrays.stream(shapes).map(s -> Arguments.of(k, s[0], s[1])));
    }

    @ParameterizedTest(name = "{0} n={1} width={2}")
    @MethodSource("tiersAndMixedRadixShapes")
    void mixedRadixFftIsTheDftInDigitReversedOrderAndInvertsExactly(Kernels k, int n, int width) {
        org.jcanns.core.fft.MixedRadixPlan plan = new org.jcanns.core.fft.MixedRadixPlan(n);
        float[] re = random(n * width, 7L * n + width).toArray(), im = random(n * width, 11L * n).toArray();
        assertDftThenInverse(n, width, re, im, plan::position, 2e-6,
                () -> k.transforms().fftForward(plan, re, im, width, 0, width), () -> k.transforms().fftInverse(plan, re, im, width, 0, width));
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void complexProductsMatchScalar(Kernels k, int n) {
        float[] re = random(n * 16, n).toArray(), im = random(n * 16, n + 1).toArray();
        float[] hr = random(n * 16, n + 2).toArray(), hi = random(n * 16, n + 3).toArray();
        float[] re1 = re.clone(), im1 = im.clone(), re2 = re.clone(), im2 = im.clone();
        REF.transforms().complexMultiply(re1, im1, hr, hi, 1, n * 16);
        k.transforms().complexMultiply(re2, im2, hr, hi, 1, n * 16);
        assertEquals(re[0], re2[0], 0, "outside the range nothing changes");
        for (int i = 0; i < n * 16; i++) {
            assertEquals(re1[i], re2[i], 1e-6, "re " + i);
            assertEquals(im1[i], im2[i], 1e-6, "im " + i);
            assertEquals(i == 0 ? re[0] : re[i] * hr[i] - im[i] * hi[i], re1[i], 1e-6);
        }
        float[] r1 = re.clone(), i1 = im.clone(), r2 = re.clone(), i2 = im.clone();
        REF.transforms().complexMultiplyRows(r1, i1, hr, hi, n, 16, 0, 16);
        k.transforms().complexMultiplyRows(r2, i2, hr, hi, n, 16, 0, 16);
        for (int i = 0; i < n * 16; i++) {
            assertEquals(r1[i], r2[i], 1e-6, "rows re " + i);
            assertEquals(re[i] * hr[i / 16] - im[i] * hi[i / 16], r1[i], 1e-6, "row broadcast");
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void heapGemvAndItsTransposeMatchTheExactProducts(Kernels k, int n) {
        for (int rows : new int[] {0, 1, 3, 8, 11, 17}) {
            float[] a = random(rows * n, 11L * n + rows).toArray();
            float[] x = random(n, 17L * n).toArray(), z = random(rows, 19L * n).toArray();
            float[] y = new float[rows], t = new float[n];
            k.products().gemv(a, x, y);
            k.products().gemvTransposed(a, z, t);
            double[] ay = new double[rows], at = new double[n];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < n; j++) {
                    ay[i] += (double) a[i * n + j] * x[j];
                    at[j] += (double) a[i * n + j] * z[i];
                }
            }
            // Entries in [−1, 1): sums of n (or rows) products round to about √terms ulps of 1.
            Tolerance.assertClose(ay, y, 0, 1e-6 * (n + 1), "A·x rows " + rows);
            Tolerance.assertClose(at, t, 0, 1e-6 * (rows + 1), "Aᵀ·z rows " + rows);
        }
        float[] x = new float[n];
        assertThrows(IllegalArgumentException.class, () -> k.products().gemv(new float[n], x, new float[2]), "A too short");
        assertThrows(IllegalArgumentException.class, () -> k.products().gemvTransposed(new float[n * n], x, x), "y is x");
    }

    @ParameterizedTest(name = "{0} m={1}")
    @MethodSource("tiersAndLengths")
    void mirrorSplitAndCombineAreExact(Kernels k, int m) {
        float[] x = random(m, 23L * m).toArray();
        int half = (m - 1) / 2;
        float[] even = new float[m - half + 3], odd = new float[half + 3], back = new float[m];
        java.util.Arrays.fill(even, 7f);
        java.util.Arrays.fill(odd, 7f);
        k.elementWise().mirrorSplit(x, m, even, odd);
        assertEquals(x[0], even[0], 0f, "even[0]");
        for (int j = 1; j <= half; j++) {
            assertEquals(x[j] + x[m - j], even[j], 0f, "even " + j);
            assertEquals(x[j] - x[m - j], odd[j - 1], 0f, "odd " + j);
        }
        if (m % 2 == 0) {
            assertEquals(x[m / 2], even[m / 2], 0f, "the middle point of an even ring");
        }
        assertEquals(7f, even[m - half], 0f, "nothing written past the even half");
        assertEquals(7f, odd[half], 0f, "nothing written past the odd half");
        k.elementWise().mirrorCombine(even, odd, m, back);
        for (int j = 1; j <= half; j++) {
            assertEquals(even[j] + odd[j - 1], back[j], 0f, "x " + j);
            assertEquals(even[j] - odd[j - 1], back[m - j], 0f, "x " + (m - j));
        }
        assertEquals(even[0], back[0], 0f, "x 0");
        assertThrows(IllegalArgumentException.class, () -> k.elementWise().mirrorSplit(x, m, x, odd), "even is x");
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("tiersAndLengths")
    void arrayAddSubtractAndTransposeAreExact(Kernels k, int n) {
        float[] a = random(n + 3, n).toArray(), b = random(n + 5, n + 1).toArray();
        float[] sum = new float[n + 2], diff = new float[n + 2];
        k.elementWise().add(a, 3, b, 5, sum, 2, n);
        k.elementWise().subtract(a, 3, b, 5, diff, 2, n);
        for (int i = 0; i < n; i++) {
            assertEquals(a[3 + i] + b[5 + i], sum[2 + i], 0f, "add " + i);
            assertEquals(a[3 + i] - b[5 + i], diff[2 + i], 0f, "subtract " + i);
        }
        assertEquals(0f, sum[0] + sum[1], 0f, "nothing written before the range");
        // A (rows × cols) block at an offset, with strides wider than the block.
        int rows = Math.min(n, 37), cols = n % 29 + 1, srcStride = cols + 3, dstStride = rows + 2;
        float[] src = random(rows * srcStride + 1, 3L * n).toArray();
        float[] dst = new float[cols * dstStride + 4];
        k.transforms().transpose(src, 1, srcStride, dst, 4, dstStride, rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                assertEquals(src[1 + i * srcStride + j], dst[4 + j * dstStride + i], 0f, "transpose " + i + "," + j);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> k.transforms().transpose(src, 0, srcStride, src, 0, 1, 1, 1));
    }

    @org.junit.jupiter.api.Test
    void argumentsAreCheckedOnceForEveryTier() {
        for (Kernels k : KernelTiers.loadable()) {
            Tensor a = random(4, 1), b = random(5, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> k.elementWise().dot(a, b));
            assertTrue(e.getMessage().contains("differ in size"), e.getMessage());
            Tensor m = random(6, 3).reshape(2, 3);
            assertThrows(IllegalArgumentException.class, () -> k.products().gemv(m, random(2, 4), random(2, 5)));
        }
    }
}
