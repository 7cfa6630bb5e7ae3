package org.jcanns.core.operator;

import java.util.List;
import org.jcanns.spi.param.Param;

/**
 * How a model computes its recurrent input: a dense matrix, an exact FFT convolution, or whichever is cheaper.
 * Shared by every model with translation-invariant connectivity (the CANNs, the navigation networks).
 */
public enum OperatorChoice {
    AUTO, DENSE, FFT, SEPARABLE, SPECTRAL;

    /** The {@code operator} parameter shared by the models. */
    public static Param param() {
        return Param.choice("operator", "auto", List.of("auto", "dense", "fft"),
                "recurrent input W·r: dense matrix, exact FFT convolution, or auto (the faster one)");
    }

    /** The {@code operator} parameter of ring models whose kernel comes as one array (CANN1D): adds spectral. */
    public static Param ringParam() {
        return Param.choice("operator", "auto", List.of("auto", "dense", "fft", "spectral"),
                "recurrent input W·r: dense matrix, exact FFT convolution, spectral (every frequency above float32 "
                        + "resolution, as a low-rank product), or auto (the cheapest by measured cost)");
    }

    /** The {@code operator} parameter of models on a torus with a factorising kernel (CANN2D): adds separable. */
    public static Param torusParam() {
        return Param.choice("operator", "auto", List.of("auto", "dense", "fft", "separable", "spectral"),
                "recurrent input W·r: dense matrix, exact 2D FFT convolution, two (L−1)² matrix products "
                        + "(separable), the separable product on each axis' frequencies above float32 resolution "
                        + "(spectral), or auto (the cheapest by measured cost)");
    }

    /** The choice named {@code value} ({@code auto}, {@code dense}, {@code fft}, {@code separable}; any case). */
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

    /**
     * The concrete choice for a ring of {@code n} neurons with this kernel (period M = its length): auto takes the
     * cheapest of the windowed dense product, the FFT and, where the kernel's spectrum allows it, the spectral
     * product, by measured cost.
     */
    public OperatorChoice resolveRing(int n, float[] kernel) {
        if (this != AUTO) {
            return this;
        }
        int period = kernel.length;
        double dense = OperatorCosts.ringDense(n);
        double fft = OperatorCosts.ringFft(period);
        int rank = period <= OperatorCosts.SPECTRAL_MAX_PERIOD ? SpectralOperator.rank(kernel) : -1;
        double spectral = rank < 0 ? Double.POSITIVE_INFINITY : OperatorCosts.ringSpectral(n, rank);
        if (spectral <= dense && spectral <= fft) {
            return SPECTRAL;
        }
        return fft < dense ? FFT : DENSE;
    }

    /**
     * The concrete choice for an M×M torus whose kernel factorises as rowFactor[dy]·colFactor[dx]: auto takes the
     * cheapest of {@link #resolveSeparableTorus(int)}'s choices and, where both factors' spectra allow it, the
     * spectral product, by measured cost.
     */
    public OperatorChoice resolveSeparableTorus(float[] rowFactor, float[] colFactor) {
        if (this != AUTO) {
            return this;
        }
        int period = rowFactor.length;
        OperatorChoice exact = resolveSeparableTorus(period);
        if (period > OperatorCosts.SPECTRAL_MAX_PERIOD) {
            return exact;
        }
        int rowRank = new TruncatedSpectrum(rowFactor).rank(), colRank = new TruncatedSpectrum(colFactor).rank();
        if (rowRank < 0 || colRank < 0) {
            return exact;
        }
        double best = switch (exact) {
            case DENSE -> OperatorCosts.torusDense(period);
            case SEPARABLE -> OperatorCosts.torusSeparable(period);
            default -> OperatorCosts.torusFft(period);
        };
        return OperatorCosts.torusSpectral(period, rowRank, colRank) < best ? SPECTRAL : exact;
    }

    /**
     * The concrete choice for an M×M torus whose kernel factorises: auto takes the cheapest of the dense matrix (only
     * while it is small), the separable product and the 2D FFT, by measured cost.
     */
    public OperatorChoice resolveSeparableTorus(int period) {
        if (this != AUTO) {
            return this;
        }
        double dense = OperatorCosts.torusDense(period);
        double separable = OperatorCosts.torusSeparable(period);
        double fft = OperatorCosts.torusFft(period);
        if (dense <= separable && dense <= fft) {
            return DENSE;
        }
        return separable <= fft ? SEPARABLE : FFT;
    }
}
