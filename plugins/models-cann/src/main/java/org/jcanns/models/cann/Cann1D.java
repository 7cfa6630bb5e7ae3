package org.jcanns.models.cann;

import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.core.operator.RingDenseOperator;
import org.jcanns.core.operator.SpectralOperator;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' CANN1D (Wu, Hamaguchi and Amari 2008): a ring of {@code num} neurons with Gaussian recurrent
 * excitation and divisive normalisation. Each step, in canns' order: {@code r = u²/(1 + k·Σu²)} from the old u,
 * then {@code u ← u + dt·(−u + W·r + inp)/tau}.
 *
 * <p>Neurons sit at {@code linspace(z_min, z_max, num)} with both ends, as in canns: neuron num−1 duplicates
 * neuron 0 on the ring (their distance is 0).
 */
public class Cann1D extends Cann {
    /** The {@code num} parameter. */
    static Param sizeParam() {
        return Param.integer("num", 512, "number of neurons on the ring").atLeast(2);
    }

    protected final int num;

    /** A CANN1D from validated parameters, stepped with {@code dt}, using {@code kernels}. */
    public Cann1D(Params p, double dt, Kernels kernels) {
        this(p, dt, kernels, false);
    }

    /** A CANN1D, with spike-frequency adaptation when {@code adaptation} (then p holds tau_v and m). */
    protected Cann1D(Params p, double dt, Kernels kernels, boolean adaptation) {
        super(p, "num", 1, adaptation, dt, kernels);
        this.num = length;
    }

    /**
     * Column 0 of canns' W for these parameters, {@code W[i][j] = J0·exp(−½(d/a)²)/(√(2π)·a)} with d the wrapped
     * distance x_i − x_j from the float32 positions (canns' make_conn): W[i][j] depends only on (i − j) mod
     * (num − 1), so this is the convolution kernel of the FFT and the window of the dense product.
     */
    static float[] ringKernel(int num, double zMin, double zRange, double a, double j0) {
        double[] xs = Linspace.of(zMin, zMin + zRange, num, true);
        float x0 = (float) xs[0];
        float[] kernel = new float[num - 1];
        for (int d = 0; d < num - 1; d++) {
            double dist = Periodic.wrap((double) (float) xs[d] - x0, zRange);
            kernel[d] = (float) profile(j0, a, dist * dist);
        }
        return kernel;
    }

    @Override
    protected RecurrentOperator makeOperator(OperatorChoice choice, double j0) {
        float[] kernel = ringKernel(length, zMin, zRange, a, j0);
        return ringOperator(choice.resolveRing(length, kernel), kernel, length, kernels);
    }

    /** The operator {@code choice} (DENSE, FFT or SPECTRAL; AUTO resolved) for a ring kernel. */
    static RecurrentOperator ringOperator(OperatorChoice choice, float[] kernel, int num, Kernels kernels) {
        return switch (choice) {
            case FFT -> CirculantOperator.ring(kernel, num, kernels);
            case SPECTRAL -> {
                try {
                    yield new SpectralOperator(kernel, num, kernels);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException("operator", "parameter 'operator' of a 1D CANN: spectral needs a "
                            + "kernel whose spectrum falls below float32 resolution, and this kernel (a too narrow for "
                            + kernel.length + " points?) keeps every frequency; use fft, dense or auto");
                }
            }
            case SEPARABLE -> throw new ParameterException("operator", "parameter 'operator' of a 1D CANN: separable "
                    + "is for 2D tori; use dense, fft, spectral or auto");
            // canns' dense W @ r, product for product, without storing the num² matrix.
            default -> new RingDenseOperator(kernel, num, kernels);
        };
    }

    @Override
    public int dimensions() {
        return 1;
    }

    @Override
    public void stimulusAt(double[] position, Tensor out) {
        requireCoordinates(position);
        for (int i = 0; i < length; i++) {
            double d = Periodic.wrap(x.get(i) - position[0], zRange);
            out.set(i, stimulus(d * d));
        }
    }
}
