package org.jcanns.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cost table reproduces the choices the benchmarks showed (see benchmarks/README.md). */
class OperatorCostsTest {
    @Test
    void ringsUseTheFftFrom256NeuronsAndTheDenseProductBelow128() {
        assertFalse(OperatorCosts.ringPrefersFft(64, 63), "64 neurons: dense measured faster");
        assertTrue(OperatorCosts.ringPrefersFft(256, 255), "256: fft 2.8 µs against dense 5.8 µs");
        assertTrue(OperatorCosts.ringPrefersFft(512, 511));
        assertTrue(OperatorCosts.ringPrefersFft(8192, 8191));
    }

    @Test
    void toriUseTheSeparableProductAtTheMeasuredSizesAndADenseMatrixOnlyWhenTiny() {
        for (int length : new int[] {32, 64, 128}) {
            assertTrue(OperatorCosts.torusPrefersSeparable(length - 1), "L=" + length);
            assertEquals(OperatorChoice.SEPARABLE, OperatorChoice.AUTO.resolveSeparableTorus(length - 1));
        }
        assertEquals(OperatorChoice.DENSE, OperatorChoice.AUTO.resolveSeparableTorus(7), "49 cells: W is 9 KiB");
        assertEquals(OperatorChoice.FFT, OperatorChoice.FFT.resolveSeparableTorus(127), "an explicit choice stands");
        assertTrue(Double.isInfinite(OperatorCosts.torusDense(99)), "no 400 MB matrix by default");
    }

    @Test
    void toriUseMixedRadixAtEveryMeasuredPeriodAndTheEmbeddingOnlyForUnsupportedPrimes() {
        // benchmarks/results/20261129T071351Z-torus-fft-vm.md: mixed radix won at every one of these periods.
        for (int period : new int[] {7, 12, 20, 30, 50, 63, 64, 99, 100, 120, 128}) {
            assertTrue(OperatorCosts.torusPrefersMixedRadix(period), "period " + period);
        }
        assertFalse(OperatorCosts.torusPrefersMixedRadix(127), "127 is a prime above 31: no mixed-radix plan");
        assertTrue(Double.isFinite(OperatorCosts.torusFft(127)));
    }

    @Test
    void cann2dTakesTheSpectralProductFrom100AndTheSeparableBelow() {
        for (int length : new int[] {32, 64, 100, 128}) {
            float[] f = SpectralOperatorTest.gaussian(length - 1, 0.5);
            OperatorChoice expected = length >= 100 ? OperatorChoice.SPECTRAL : OperatorChoice.SEPARABLE;
            assertEquals(expected, OperatorChoice.AUTO.resolveSeparableTorus(f, f), "L=" + length);
        }
        float[] narrow = SpectralOperatorTest.gaussian(127, 0.02);
        assertEquals(OperatorChoice.SEPARABLE, OperatorChoice.AUTO.resolveSeparableTorus(narrow, narrow),
                "nothing to drop: the exact separable product");
    }
}
