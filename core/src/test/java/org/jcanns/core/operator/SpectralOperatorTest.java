package org.jcanns.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The spectral operator agrees with the exact (double) product of the full circulant W to float32 tolerance, on
 * canns-like Gaussian kernels and on an asymmetric kernel, with and without the duplicated end point.
 */
class SpectralOperatorTest {
    /** The same tolerance the FFT and dense operators meet (CirculantOperatorTest). */
    private static final double REL = 4e-6;

    /** canns' CANN1D kernel shape on a ring of length 2π sampled at M points: J0·exp(−d²/2a²)/(√(2π)·a). */
    static float[] gaussian(int period, double a) {
        float[] k = new float[period];
        for (int d = 0; d < period; d++) {
            double x = 2 * Math.PI * Math.min(d, period - d) / period;
            k[d] = (float) (Math.exp(-0.5 * x * x / (a * a)) / (Math.sqrt(2 * Math.PI) * a));
        }
        return k;
    }

    /** exp(κ·cos(2πd/M)): its spectrum is the Bessel I_k(κ), which falls faster than any power. */
    static float[] vonMises(int period, double kappa) {
        float[] k = new float[period];
        for (int d = 0; d < period; d++) {
            k[d] = (float) Math.exp(kappa * Math.cos(2 * Math.PI * d / period));
        }
        return k;
    }

    /** |λ_k| / max|λ| of the kernel's DFT, computed directly (Math.cos per term, no tables). */
    static double[] relativeSpectrum(float[] k) {
        int m = k.length;
        double[] mag = new double[m / 2 + 1];
        double max = 0;
        for (int f = 0; f < mag.length; f++) {
            double re = 0, im = 0;
            for (int d = 0; d < m; d++) {
                re += k[d] * Math.cos(2 * Math.PI * f * d / m);
                im -= k[d] * Math.sin(2 * Math.PI * f * d / m);
            }
            mag[f] = Math.hypot(re, im);
            max = Math.max(max, mag[f]);
        }
        for (int f = 0; f < mag.length; f++) {
            mag[f] /= max;
        }
        return mag;
    }

    @ParameterizedTest(name = "ring n={0}")
    @ValueSource(ints = {16, 17, 63, 512, 1000})
    void agreesWithTheExactProduct(int n) {
        for (int period : new int[] {n - 1, n}) {
            // canns' default width a = 0.5 keeps 23 frequencies, more than short rings have: those get a smooth
            // von Mises kernel exp(0.3·cos x) instead, whose spectrum falls below 2⁻²⁴ after 5 frequencies.
            float[][] kernels = n < 63 ? new float[][] {vonMises(period, 0.3)}
                    : new float[][] {gaussian(period, 0.5), CirculantOperatorTest.ringKernel(period)};
            for (float[] k : kernels) {
                assertTrue(SpectralOperator.rank(k) > 0 && SpectralOperator.rank(k) < period, "rank for M=" + period);
                float[] rates = CirculantOperatorTest.randomRates(n, 31L * n + period);
                double[] exact = CirculantOperatorTest.exactRing(k, rates);
                for (Kernels tier : KernelTiers.loadable()) {
                    try (Arena arena = Arena.ofConfined()) {
                        Tensor out = Tensor.allocate(arena, n);
                        new SpectralOperator(k, n, tier).apply(Tensor.of(arena, rates), out);
                        Tolerance.assertClose(exact, out.toArray(), REL, 0,
                                "spectral " + tier.tier() + " n=" + n + " period=" + period);
                    }
                }
            }
        }
    }

    @Test
    void keepsExactlyTheFrequenciesAboveFloat32Resolution() {
        for (float[] k : new float[][] {gaussian(511, 0.5), gaussian(1023, 0.3), CirculantOperatorTest.ringKernel(100)}) {
            double[] rel = relativeSpectrum(k);
            int highestKept = 0;
            for (int f = 1; f < rel.length; f++) {
                if (rel[f] > 0x1p-24 * Math.log(k.length) / Math.log(2)) {
                    highestKept = f;
                }
            }
            assertEquals(2 * highestKept + 1, SpectralOperator.rank(k), "rank for M=" + k.length);
        }
        // canns' CANN1D default a = 0.5 on 2π: the spectrum exp(−k²a²/2) drops below 2⁻²⁴·log₂511 after k = 10.
        assertEquals(21, SpectralOperator.rank(gaussian(511, 0.5)));
    }

    @Test
    void refusesAKernelWithNothingToDrop() {
        float[] spike = new float[64];
        spike[0] = 1;
        assertEquals(-1, SpectralOperator.rank(spike), "a delta's spectrum is flat");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SpectralOperator(spike, 65, Kernels.best()));
        assertTrue(e.getMessage().contains("float32 resolution"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SpectralOperator(gaussian(63, 0.5), 70,
                Kernels.best()), "n must be M or M + 1");
    }

    @Test
    void autoPicksTheSpectralProductWhereItIsCheapest() {
        assertEquals(OperatorChoice.SPECTRAL, OperatorChoice.AUTO.resolveRing(512, gaussian(511, 0.5)));
        // A narrow kernel on a long ring keeps hundreds of frequencies: the FFT's n·log n wins.
        assertEquals(OperatorChoice.FFT, OperatorChoice.AUTO.resolveRing(8192, gaussian(8191, 0.02)));
        float[] spike = new float[511];
        spike[0] = 1;
        assertEquals(OperatorChoice.FFT, OperatorChoice.AUTO.resolveRing(512, spike), "nothing to drop: the FFT");
        assertEquals(OperatorChoice.DENSE, OperatorChoice.DENSE.resolveRing(512, gaussian(511, 0.5)));
    }
}
