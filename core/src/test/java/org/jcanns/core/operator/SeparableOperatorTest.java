package org.jcanns.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two matrix products give the torus product of a factorised kernel: against the double product and the FFT. */
class SeparableOperatorTest {

    static float[] factor(int m, double width, double skew) {
        float[] f = new float[m];
        for (int d = 0; d < m; d++) {
            double x = 2 * Math.PI * Math.min(d, m - d) / m;
            f[d] = (float) (Math.exp(-x * x / (2 * width * width)) + skew * Math.sin(2 * Math.PI * d / m));
        }
        return f;
    }

    @ParameterizedTest(name = "L={0}")
    @ValueSource(ints = {2, 16, 17, 64, 100})
    void matchesTheDenseProductAndTheFft(int length) {
        for (int period : new int[] {length - 1, length}) {
            // Different, asymmetric factors per axis catch swapped or transposed axes.
            float[] f = factor(period, 0.5, 0.1), g = factor(period, 0.8, -0.2);
            float[] k = new float[period * period];
            for (int dy = 0; dy < period; dy++) {
                for (int dx = 0; dx < period; dx++) {
                    k[dy * period + dx] = f[dy] * g[dx];
                }
            }
            int n = length * length;
            float[] rates = CirculantOperatorTest.randomRates(n, 7L * length);
            double[] exact = CirculantOperatorTest.exactTorus(k, period, length, rates);
            for (Kernels kernels : KernelTiers.loadable()) {
                try (Arena arena = Arena.ofConfined()) {
                    Tensor r = Tensor.of(arena, rates);
                    Tensor sep = Tensor.allocate(arena, n), fft = Tensor.allocate(arena, n);
                    SeparableOperator op = SeparableOperator.torus(f, g, length, kernels);
                    op.apply(r, sep);
                    CirculantOperator.torus(k, period, length, kernels).apply(r, fft);
                    String what = kernels.tier() + " L=" + length + " period=" + period;
                    Tolerance.assertClose(exact, sep.toArray(), 4e-6, 0, "separable " + what);
                    Tolerance.assertClose(exact, fft.toArray(), 4e-6, 0, "fft " + what);
                    assertEquals("separable", op.name());
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void rejectsFactorsThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> SeparableOperator.torus(new float[4], new float[5], 5, Kernels.best()));
        assertThrows(IllegalArgumentException.class, () -> SeparableOperator.torus(new float[4], new float[4], 7, Kernels.best()));
    }
}
