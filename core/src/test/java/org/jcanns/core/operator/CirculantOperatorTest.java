package org.jcanns.core.operator;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.ScalarKernels;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The FFT convolution equals the dense product of the same (duplicated-end-point) circulant matrix. */
class CirculantOperatorTest {

    private static float kernelValue(int d, int period) {
        // An asymmetric kernel catches a transposed convolution.
        double x = 2 * Math.PI * d / period;
        return (float) (Math.exp(Math.cos(x)) + 0.3 * Math.sin(x));
    }

    private static float[] randomRates(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextDouble();
        }
        return v;
    }

    private static double[] toDoubles(Tensor t) {
        float[] f = t.toArray();
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    @ParameterizedTest(name = "ring n={0}")
    @ValueSource(ints = {2, 16, 17, 63, 64, 512, 1000})
    void ringMatchesDense(int n) {
        for (int period : new int[] {n - 1, n}) {
            if (period < 1) {
                continue;
            }
            try (Arena arena = Arena.ofConfined()) {
                float[] k = new float[period];
                for (int d = 0; d < period; d++) {
                    k[d] = kernelValue(d, period);
                }
                Tensor w = Tensor.allocate(arena, n, n);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        w.set(i, j, k[Math.floorMod(i - j, period)]);
                    }
                }
                Tensor r = Tensor.of(arena, randomRates(n, n));
                Tensor dense = Tensor.allocate(arena, n), fft = Tensor.allocate(arena, n);
                new DenseOperator(w, new ScalarKernels()).apply(r, dense);
                CirculantOperator.ring(k, n).apply(r, fft);
                Tolerance.assertClose(toDoubles(dense), fft.toArray(), 2e-6, 0, "ring n=" + n + " period=" + period);
            }
        }
    }

    @ParameterizedTest(name = "torus L={0}")
    @CsvSource({"3", "16", "17", "33"})
    void torusMatchesDense(int length) {
        for (int period : new int[] {length - 1, length}) {
            try (Arena arena = Arena.ofConfined()) {
                float[] k = new float[period * period];
                for (int dy = 0; dy < period; dy++) {
                    for (int dx = 0; dx < period; dx++) {
                        k[dy * period + dx] = kernelValue(dx, period) * (1 + 0.5f * kernelValue(dy, period));
                    }
                }
                int n = length * length;
                Tensor w = Tensor.allocate(arena, n, n);
                for (int p = 0; p < n; p++) {
                    for (int q = 0; q < n; q++) {
                        int dy = Math.floorMod(p / length - q / length, period);
                        int dx = Math.floorMod(p % length - q % length, period);
                        w.set(p, q, k[dy * period + dx]);
                    }
                }
                Tensor r = Tensor.of(arena, randomRates(n, length));
                Tensor dense = Tensor.allocate(arena, n), fft = Tensor.allocate(arena, n);
                new DenseOperator(w, new ScalarKernels()).apply(r, dense);
                CirculantOperator.torus(k, period, length).apply(r, fft);
                Tolerance.assertClose(toDoubles(dense), fft.toArray(), 2e-6, 0, "torus L=" + length);
            }
        }
    }
}
