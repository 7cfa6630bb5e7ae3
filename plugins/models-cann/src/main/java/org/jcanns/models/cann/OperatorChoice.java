package org.jcanns.models.cann;

import java.util.List;
import org.jcanns.core.operator.OperatorCosts;
import org.jcanns.spi.param.Param;

/** How a CANN computes its recurrent input: a dense matrix, an exact FFT convolution, or whichever is cheaper. */
enum OperatorChoice {
    AUTO, DENSE, FFT;

    /** The {@code operator} parameter shared by the CANN models. */
    static Param param() {
        return Param.choice("operator", "auto", List.of("auto", "dense", "fft"),
                "recurrent input W·r: dense matrix, exact FFT convolution, or auto (the faster one)");
    }

    static OperatorChoice of(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** The concrete choice for a ring or torus of {@code neurons} neurons. */
    OperatorChoice resolve(int neurons) {
        if (this != AUTO) {
            return this;
        }
        // FFT convolution costs O(n log n) against the dense O(n²) product; below ~64 neurons the dense product
        // fits in cache and wins.
        return neurons >= 64 ? FFT : DENSE;
    }

    /** The concrete choice for a ring of {@code n} neurons and period M: auto takes the cheaper by measured cost. */
    OperatorChoice resolveRing(int n, int period) {
        if (this != AUTO) {
            return this;
        }
        return OperatorCosts.ringPrefersFft(n, period) ? FFT : DENSE;
    }
}
