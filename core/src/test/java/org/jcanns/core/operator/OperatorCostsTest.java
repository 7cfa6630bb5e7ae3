package org.jcanns.core.operator;

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
    void toriUseTheSeparableProductAtTheMeasuredSizes() {
        for (int length : new int[] {32, 64, 128}) {
            assertTrue(OperatorCosts.torusPrefersSeparable(length - 1), "L=" + length);
        }
    }
}
