package org.jcanns.core.operator;

import java.util.List;
import org.jcanns.spi.param.Param;

/**
 * How a model computes its recurrent input: a dense matrix, an exact FFT convolution, or whichever is cheaper.
 * Shared by every model with translation-invariant connectivity (the CANNs, the navigation networks).
 */
public enum OperatorChoice {
    AUTO, DENSE, FFT;

    /** The {@code operator} parameter shared by the models. */
    public static Param param() {
        return Param.choice("operator", "auto", List.of("auto", "dense", "fft"),
                "recurrent input W·r: dense matrix, exact FFT convolution, or auto (the faster one)");
    }

    /** The choice named {@code value} ({@code auto}, {@code dense}, {@code fft}; any case). */
    public static OperatorChoice of(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** The concrete choice for a ring or torus of {@code neurons} neurons. */
    public OperatorChoice resolve(int neurons) {
        if (this != AUTO) {
            return this;
        }
        // FFT convolution costs O(n log n) against the dense O(n²) product; below ~64 neurons the dense product
        // fits in cache and wins.
        return neurons >= 64 ? FFT : DENSE;
    }
}
