package org.jcanns.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The FFT convolution and the dense product of the same (duplicated-end-point) circulant matrix agree with each
 * other and with the product computed in double precision, on every loadable kernel tier.
 */
class CirculantOperatorTest {
    /** float32 rounding of sums of up to 10⁴ positive terms, relative to the largest output. */
    private static final double REL = 4e-6;

    static float kernelValue(int d, int period) {
        // An asymmetric kernel catches a transposed convolution.
        double x = 2 * Math.PI * d / period;
        return (float) (Math.exp(Math.cos(x)) + 0.3 * Math.sin(x));
    }

    static float[] randomRates(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextDouble();
        }
        return v;
    }

    static float[] ringKernel(int period) {
        float[] k = new float[period];
        for (int d = 0; d < period; d++) {
            k[d] = kernelValue(d, period);
        }
        return k;
    }

    static float[] torusKernel(int period) {
        float[] k = new float[period * period];
        for (int dy = 0; dy < period; dy++) {
            for (int dx = 0; dx < period; dx++) {
                k[dy * period + dx] = kernelValue(dx, period) * (1 + 0.5f * kernelValue(dy, period));
            }
        }
        return k;
    }

    /** W·r in double for the ring W[i][j] = K[(i − j) mod M]. */
    static double[] exactRing(float[] k, float[] r) {
        int n = r.length, m = k.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += (double) k[Math.floorMod(i - j, m)] * r[j];
            }
            y[i] = s;
        }
        return y;
    }

    /** W·r in double for the torus of side {@code length} with an M×M kernel. */
    static double[] exactTorus(float[] k, int period, int length, float[] r) {
        int n = length * length;
        double[] y = new double[n];
        // Column offsets (px − qx) mod M per (px, qx), so the inner loop is a plain gather.
        int[][] dx = new int[length][length];
        for (int px = 0; px < length; px++) {
            for (int qx = 0; qx < length; qx++) {
                dx[px][qx] = Math.floorMod(px - qx, period);
            }
        }
        for (int p = 0; p < n; p++) {
            double s = 0;
            int py = p / length, px = p % length;
            int[] cols = dx[px];
            for (int qy = 0; qy < length; qy++) {
                int row = Math.floorMod(py - qy, period) * period, q = qy * length;
                for (int qx = 0; qx < length; qx++) {
                    s += (double) k[row + cols[qx]] * r[q + qx];
                }
            }
            y[p] = s;
        }
        return y;
    }

    static Tensor ringMatrix(Arena arena, float[] k, int n) {
        Tensor w = Tensor.allocate(arena, n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w.set(i, j, k[Math.floorMod(i - j, k.length)]);
            }
        }
        return w;
    }

    @ParameterizedTest(name = "ring n={0}")
    @ValueSource(ints = {2, 3, 16, 17, 63, 64, 65, 512, 513, 1000})
    void ringMatchesDenseAndExact(int n) {
        for (int period : new int[] {n - 1, n}) {
            if (period < 1) {
                continue;
            }
            for (Kernels kernels : KernelTiers.loadable()) {
                try (Arena arena = Arena.ofConfined()) {
                    float[] k = ringKernel(period);
                    Tensor r = Tensor.of(arena, randomRates(n, n));
                    double[] exact = exactRing(k, r.toArray());
                    Tensor dense = Tensor.allocate(arena, n), fft = Tensor.allocate(arena, n);
                    new DenseOperator(ringMatrix(arena, k, n), kernels).apply(r, dense);
                    CirculantOperator.ring(k, n, kernels).apply(r, fft);
                    String what = kernels.tier() + " ring n=" + n + " period=" + period;
                    Tolerance.assertClose(exact, fft.toArray(), REL, 0, "fft " + what);
                    Tolerance.assertClose(exact, dense.toArray(), REL, 0, "dense " + what);
                    if (period >= n - 1) {
                        Tensor window = Tensor.allocate(arena, n);
                        new RingDenseOperator(k, n, kernels).apply(r, window);
                        Tolerance.assertClose(exact, window.toArray(), REL, 0, "window " + what);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "torus L={0}")
    @ValueSource(ints = {3, 16, 17, 33, 64, 100})
    void torusMatchesDenseAndExact(int length) {
        for (int period : new int[] {length - 1, length}) {
            float[] k = torusKernel(period);
            int n = length * length;
            float[] rates = randomRates(n, length);
            double[] exact = exactTorus(k, period, length, rates);
            for (Kernels kernels : KernelTiers.loadable()) {
                if (length > 33 && kernels.tier().equals("scalar")) {
                    continue; // the scalar dense product of 4096² is slow and adds nothing the small sizes lack
                }
                try (Arena arena = Arena.ofConfined()) {
                    Tensor r = Tensor.of(arena, rates);
                    Tensor fft = Tensor.allocate(arena, n);
                    CirculantOperator.torus(k, period, length, kernels).apply(r, fft);
                    String what = kernels.tier() + " torus L=" + length + " period=" + period;
                    Tolerance.assertClose(exact, fft.toArray(), REL, 0, "fft " + what);
                    if (length <= 64) {
                        // L = 100 would need a 400 MB matrix: there the exact product alone is the dense reference.
                        Tensor w = Tensor.allocate(arena, n, n);
                        for (int p = 0; p < n; p++) {
                            for (int q = 0; q < n; q++) {
                                int dy = Math.floorMod(p / length - q / length, period);
                                int dx = Math.floorMod(p % length - q % length, period);
                                w.set(p, q, k[dy * period + dx]);
                            }
                        }
                        Tensor dense = Tensor.allocate(arena, n);
                        new DenseOperator(w, kernels).apply(r, dense);
                        Tolerance.assertClose(exact, dense.toArray(), REL, 0, "dense " + what);
                    }
                }
            }
        }
    }

    /**
     * The periods the issue names, on both torus transforms (the mixed-radix one where the period's factors allow:
     * 127 is prime and has none), with and without canns' duplicated end point, and on the ring.
     */
    @ParameterizedTest(name = "period {0}")
    @ValueSource(ints = {12, 20, 30, 63, 99, 100, 127})
    void bothTorusTransformsMatchTheExactProduct(int period) {
        for (int length : new int[] {period, period + 1}) {
            float[] k = torusKernel(period);
            float[] rates = randomRates(length * length, 31L * period + length);
            double[] exact = exactTorus(k, period, length, rates);
            for (Kernels kernels : KernelTiers.loadable()) {
                try (Arena arena = Arena.ofConfined()) {
                    Tensor r = Tensor.of(arena, rates);
                    for (CirculantOperator.Transform transform : CirculantOperator.Transform.values()) {
                        if (transform == CirculantOperator.Transform.MIXED_RADIX
                                && !org.jcanns.core.fft.MixedRadixPlan.supports(period)) {
                            assertThrows(IllegalArgumentException.class,
                                    () -> CirculantOperator.torus(k, period, length, kernels, transform));
                            continue;
                        }
                        CirculantOperator op = CirculantOperator.torus(k, period, length, kernels, transform);
                        Tensor out = Tensor.allocate(arena, length * length);
                        op.apply(r, out);
                        op.apply(r, out); // a second call must not see the first one's scratch
                        Tolerance.assertClose(exact, out.toArray(), REL, 0, kernels.tier() + " " + transform
                                + " torus period " + period + " length " + length);
                    }
                }
            }
            float[] ring = ringKernel(period);
            float[] ringRates = randomRates(length, 17L * period + length);
            double[] ringExact = exactRing(ring, ringRates);
            for (Kernels kernels : KernelTiers.loadable()) {
                try (Arena arena = Arena.ofConfined()) {
                    Tensor out = Tensor.allocate(arena, length);
                    CirculantOperator.ring(ring, length, kernels).apply(Tensor.of(arena, ringRates), out);
                    Tolerance.assertClose(ringExact, out.toArray(), REL, 0, kernels.tier() + " ring period "
                            + period + " length " + length);
                }
            }
        }
    }

    @Test
    void autoTakesTheMixedRadixTransformWhereTheFactorsAreSmall() {
        assertEquals(100, CirculantOperator.torus(torusKernel(100), 100, 100, Kernels.best()).transformLength(),
                "100 = 4·5·5: transformed at the period");
        assertEquals(256, CirculantOperator.torus(torusKernel(127), 127, 128, Kernels.best()).transformLength(),
                "127 is prime: the power-of-two embedding");
    }

    @ParameterizedTest(name = "batch of {0}")
    @ValueSource(ints = {1, 2, 5, 33})
    void batchesEqualTheSingleProducts(int copies) {
        for (int n : new int[] {17, 64, 512}) {
            for (Kernels kernels : KernelTiers.loadable()) {
                try (Arena arena = Arena.ofConfined()) {
                    float[] k = ringKernel(n - 1);
                    Tensor r = Tensor.of(arena, randomRates(copies * n, copies * 100L + n)).reshape(copies, n);
                    // The spectral product where the kernel leaves frequencies to drop (not at period 16).
                    RecurrentOperator spectral = SpectralOperator.rank(k) > 0 ? new SpectralOperator(k, n, kernels)
                            : new RingDenseOperator(k, n, kernels);
                    for (RecurrentOperator op : new RecurrentOperator[] {CirculantOperator.ring(k, n, kernels),
                        new RingDenseOperator(k, n, kernels), spectral, SeparableOperator.torus(new float[] {1},
                                new float[] {1}, 1, kernels)}) {
                        if (op.size() != n) {
                            continue;
                        }
                        Tensor batch = Tensor.allocate(arena, copies, n);
                        op.applyBatch(r, batch);
                        // On the warm tier the whole batch and its parts may run on different tiers (a product on
                        // 2^18 elements or more moves at once): those two agree as any two tiers do, checked below.
                        for (int parts : kernels.tier().equals("warm") ? new int[0] : new int[] {2, 3}) {
                            Tensor split = Tensor.allocate(arena, copies, n);
                            for (int part = parts - 1; part >= 0; part--) {
                                op.applyBatchPart(r, split, part, parts);
                            }
                            Tolerance.assertClose(Tolerance.toDoubles(batch), split.toArray(), 1e-6, 0,
                                    op.name() + " in " + parts + " parts");
                        }
                        for (int b = 0; b < copies; b++) {
                            double[] exact = exactRing(k, r.slice(b).toArray());
                            Tolerance.assertClose(exact, batch.slice(b).toArray(), REL, 0,
                                    op.name() + " " + kernels.tier() + " n=" + n + " copy " + b + " of " + copies);
                        }
                    }
                }
            }
        }
    }

    @Test
    void paddedLengthIsAPowerOfTwoCoveringBothSignsOfTheDifference() {
        assertEquals(512, RingConvolution.paddedLength(512), "a power-of-two period needs no padding");
        assertEquals(1024, RingConvolution.paddedLength(511));
        assertEquals(128, RingConvolution.paddedLength(63));
        assertEquals(4, RingConvolution.paddedLength(1));
        assertEquals(256, RingConvolution.paddedLength(127));
    }

    @Test
    void rejectsMismatchedSizes() {
        assertThrows(IllegalArgumentException.class, () -> CirculantOperator.ring(ringKernel(8), 10, Kernels.best()));
        assertThrows(IllegalArgumentException.class, () -> CirculantOperator.torus(new float[10], 3, 3, Kernels.best()));
        try (Arena arena = Arena.ofConfined()) {
            CirculantOperator op = CirculantOperator.ring(ringKernel(8), 9, Kernels.best());
            assertThrows(IllegalArgumentException.class,
                    () -> op.apply(Tensor.allocate(arena, 8), Tensor.allocate(arena, 9)));
        }
    }
}
