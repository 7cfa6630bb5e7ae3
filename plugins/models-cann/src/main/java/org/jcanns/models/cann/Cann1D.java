package org.jcanns.models.cann;

import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.core.operator.DenseOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
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

    /** W[i][j] = J0·exp(−½(d/a)²)/(√(2π)·a) with d the wrapped distance x_i − x_j (canns' make_conn). */
    private float weight(double j0, int i, int j) {
        double d = Periodic.wrap((double) x.get(i) - x.get(j), zRange);
        return (float) profile(j0, d * d);
    }

    @Override
    protected RecurrentOperator makeOperator(OperatorChoice choice, double j0) {
        int n = length;
        if (choice == OperatorChoice.FFT) {
            // W[i][j] depends only on (i − j) mod (n − 1); its column 0 is the convolution kernel.
            int period = n - 1;
            float[] kernel = new float[period];
            for (int d = 0; d < period; d++) {
                kernel[d] = weight(j0, d, 0);
            }
            return CirculantOperator.ring(kernel, n);
        }
        Tensor w = Tensor.allocate(arena, n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w.set(i, j, weight(j0, i, j));
            }
        }
        return new DenseOperator(w, kernels);
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
