package org.jcanns.core.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spectral torus product agrees with the exact (double) product of the full torus W = F ⊗ G to float32
 * tolerance, for different row and column factors (a swapped axis fails), with and without the duplicated end point.
 */
class SpectralTorusOperatorTest {
    private static final double REL = 4e-6;

    @ParameterizedTest(name = "torus L={0}")
    @ValueSource(ints = {16, 17, 64, 100})
    void agreesWithTheExactProduct(int length) {
        for (int period : new int[] {length - 1, length}) {
            // Rows: canns' Gaussian where the ring is long enough for it to leave frequencies, columns: von Mises.
            float[] f = period >= 60 ? SpectralOperatorTest.gaussian(period, 0.5)
                    : SpectralOperatorTest.vonMises(period, 0.3);
            float[] g = SpectralOperatorTest.vonMises(period, period >= 60 ? 0.8 : 0.5);
            float[] kernel = new float[period * period];
            for (int dy = 0; dy < period; dy++) {
                for (int dx = 0; dx < period; dx++) {
                    kernel[dy * period + dx] = f[dy] * g[dx];
                }
            }
            int n = length * length;
            float[] rates = CirculantOperatorTest.randomRates(n, 7L * length + period);
            double[] exact = CirculantOperatorTest.exactTorus(kernel, period, length, rates);
            for (Kernels tier : KernelTiers.loadable()) {
                try (Arena arena = Arena.ofConfined()) {
                    Tensor out = Tensor.allocate(arena, n);
                    SpectralTorusOperator op = SpectralTorusOperator.torus(f, g, length, tier);
                    op.apply(Tensor.of(arena, rates), out);
                    Tolerance.assertClose(exact, out.toArray(), REL, 0,
                            "spectral torus " + tier.tier() + " L=" + length + " period=" + period);
                    // The second call reuses the working arrays: same result.
                    Tensor again = Tensor.allocate(arena, n);
                    op.apply(Tensor.of(arena, rates), again);
                    assertArrayEquals(out.toArray(), again.toArray(), "repeatable");
                }
            }
        }
    }

    @Test
    void swappedFactorsGiveAnotherProduct() {
        int length = 64, period = 63;
        float[] f = SpectralOperatorTest.gaussian(period, 0.5), g = SpectralOperatorTest.vonMises(period, 0.8);
        float[] rates = CirculantOperatorTest.randomRates(length * length, 3);
        try (Arena arena = Arena.ofConfined()) {
            Tensor a = Tensor.allocate(arena, length * length), b = Tensor.allocate(arena, length * length);
            SpectralTorusOperator.torus(f, g, length, Kernels.best()).apply(Tensor.of(arena, rates), a);
            SpectralTorusOperator.torus(g, f, length, Kernels.best()).apply(Tensor.of(arena, rates), b);
            double largest = 0, diff = 0;
            for (int i = 0; i < a.size(); i++) {
                largest = Math.max(largest, Math.abs(a.get(i)));
                diff = Math.max(diff, Math.abs(a.get(i) - b.get(i)));
            }
            assertTrue(diff > 1e-3 * largest, "rows and columns must not be interchangeable: " + diff);
        }
    }

    @Test
    void refusesFactorsWithNothingToDrop() {
        float[] spike = new float[31];
        spike[0] = 1;
        float[] smooth = SpectralOperatorTest.vonMises(31, 0.3);
        assertFalse(SpectralTorusOperator.available(smooth, spike));
        assertTrue(SpectralTorusOperator.available(smooth, smooth));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpectralTorusOperator.torus(smooth, spike, 32, Kernels.best()));
        assertTrue(e.getMessage().contains("columns"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpectralTorusOperator.torus(smooth, smooth, 40,
                Kernels.best()), "length must be M or M + 1");
    }
}
