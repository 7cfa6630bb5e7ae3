package org.jcanns.models.cann;

import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.core.operator.DenseOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.core.operator.SeparableOperator;
import org.jcanns.core.operator.SpectralTorusOperator;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' CANN2D: {@code length}×{@code length} neurons on a torus with Gaussian recurrent excitation (of the
 * Euclidean norm of the wrapped 2-vector between neurons) and divisive normalisation over all neurons; the step
 * is CANN1D's.
 *
 * <p>As in canns, neuron {@code n = i·L + j} (row i, column j) sits at {@code (x[j], x[i])}: coordinate 0 of a
 * position varies along columns, coordinate 1 along rows. {@code x = linspace(z_min, z_max, L)} includes both
 * ends, so the last row and column duplicate the first.
 */
public class Cann2D extends Cann {
    /** The {@code length} parameter. */
    static Param sizeParam() {
        return Param.integer("length", 100, "neurons per side of the torus (length² in all)").atLeast(2);
    }

    /** A CANN2D from validated parameters, stepped with {@code dt}, using {@code kernels}. */
    public Cann2D(Params p, double dt, Kernels kernels) {
        this(p, dt, kernels, false);
    }

    /** A CANN2D, with spike-frequency adaptation when {@code adaptation} (then p holds tau_v and m). */
    protected Cann2D(Params p, double dt, Kernels kernels, boolean adaptation) {
        super(p, "length", 2, adaptation, dt, kernels);
    }

    /** The wrapped offset x[i] − x[j] along one axis. */
    private double offset(int i, int j) {
        return Periodic.wrap((double) x.get(i) - x.get(j), zRange);
    }

    @Override
    protected RecurrentOperator makeOperator(OperatorChoice requested, double j0) {
        int n = length;
        // canns' torus Gaussian factorises: exp(−½(dx² + dy²)/a²) = exp(−½dx²/a²)·exp(−½dy²/a²), so W·r is
        // F·R·Gᵀ on the folded (L−1)×(L−1) rates; the constant J0/(√(2π)a) rides on the row factor.
        int period = n - 1;
        float[] rows = new float[period], cols = new float[period];
        double c = profile(j0, 0);
        for (int d = 0; d < period; d++) {
            double o = offset(d, 0);
            double g = Math.exp(-0.5 * o * o / (a * a));
            rows[d] = (float) (c * g);
            cols[d] = (float) g;
        }
        OperatorChoice choice = requested.resolveSeparableTorus(rows, cols);
        if (choice == OperatorChoice.SEPARABLE) {
            return SeparableOperator.torus(rows, cols, n, kernels);
        }
        if (choice == OperatorChoice.SPECTRAL) {
            try {
                return SpectralTorusOperator.torus(rows, cols, n, kernels);
            } catch (IllegalArgumentException e) {
                throw new ParameterException("operator", "parameter 'operator' of a 2D CANN: spectral needs a "
                        + "kernel whose spectrum falls below float32 resolution, and this one (a too narrow for "
                        + period + " points per axis?) keeps every frequency; use separable, fft, dense or auto");
            }
        }
        if (choice == OperatorChoice.FFT) {
            // W[p][q] depends only on the row and column offsets modulo the period n − 1.
            float[] kernel = new float[period * period];
            for (int di = 0; di < period; di++) {
                double dy = offset(di, 0);
                for (int dj = 0; dj < period; dj++) {
                    double dx = offset(dj, 0);
                    kernel[di * period + dj] = (float) profile(j0, dx * dx + dy * dy);
                }
            }
            return CirculantOperator.torus(kernel, period, n, kernels);
        }
        // W[(i,j)][(i',j')] = J0·exp(−½(dx² + dy²)/a²)/(√(2π)a) = c·g[j][j']·g[i][i']: the Gaussian factorises,
        // so the L⁴ entries need only L² exponentials.
        double[] g = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = offset(i, j);
                g[i * n + j] = Math.exp(-0.5 * d * d / (a * a));
            }
        }
        int cells = n * n;
        Tensor w = Tensor.allocate(arena, cells, cells);
        for (int p = 0; p < cells; p++) {
            int pi = p / n, pj = p % n;
            for (int q = 0; q < cells; q++) {
                w.set(p, q, (float) (c * g[pi * n + q / n] * g[pj * n + q % n]));
            }
        }
        return new DenseOperator(w, kernels);
    }

    @Override
    public int dimensions() {
        return 2;
    }

    /** canns' get_stimulus_by_pos: {@code A·exp(−¼‖dist(c − pos)‖²/a²)}, pos[0] along columns, pos[1] along rows. */
    @Override
    public void stimulusAt(double[] position, Tensor out) {
        requireCoordinates(position);
        int n = length;
        double[] dx2 = new double[n];
        for (int j = 0; j < n; j++) {
            double d = Periodic.wrap(x.get(j) - position[0], zRange);
            dx2[j] = d * d;
        }
        for (int i = 0; i < n; i++) {
            double dy = Periodic.wrap(x.get(i) - position[1], zRange);
            for (int j = 0; j < n; j++) {
                out.set((long) i * n + j, stimulus(dx2[j] + dy * dy));
            }
        }
    }
}
