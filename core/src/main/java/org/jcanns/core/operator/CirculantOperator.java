package org.jcanns.core.operator;

import org.jcanns.spi.Tensor;
import org.jtransforms.fft.FloatFFT_1D;
import org.jtransforms.fft.FloatFFT_2D;

/**
 * {@code W·r} for translation-invariant connectivity on a ring or a torus, as a circular convolution by FFT.
 *
 * <p>On a ring of period M, {@code W[i][j] = K[(i − j) mod M]}; on an M×M torus with neuron p at (row, column),
 * {@code W[p][q] = K[((row_p − row_q) mod M)·M + (col_p − col_q) mod M]}. canns places its CANN neurons with
 * {@code linspace(z_min, z_max, num)} including both ends, so neuron num−1 sits on neuron 0 and the period is
 * M = num − 1: the input is folded onto M points, convolved, and the result copied back to the duplicate. This is
 * exact, not an approximation: W itself has that structure.
 */
public final class CirculantOperator implements RecurrentOperator {
    private final int period;
    private final int length;
    private final boolean torus;
    private final float[] kernelSpectrum;
    private final float[] work;
    private final FloatFFT_1D fft1;
    private final FloatFFT_2D fft2;

    private CirculantOperator(float[] kernel, int period, int length, boolean torus) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, got " + period);
        }
        if (length != period && length != period + 1) {
            throw new IllegalArgumentException("neurons per axis must equal the period (" + period
                    + ") or exceed it by one duplicated end point, got " + length);
        }
        int cells = torus ? period * period : period;
        if (kernel.length != cells) {
            throw new IllegalArgumentException("kernel needs " + cells + " values, got " + kernel.length);
        }
        this.period = period;
        this.length = length;
        this.torus = torus;
        this.fft1 = torus ? null : new FloatFFT_1D(period);
        this.fft2 = torus ? new FloatFFT_2D(period, period) : null;
        this.work = new float[2 * cells];
        this.kernelSpectrum = new float[2 * cells];
        for (int i = 0; i < cells; i++) {
            kernelSpectrum[2 * i] = kernel[i];
        }
        forward(kernelSpectrum);
    }

    /** A ring of {@code n} neurons with kernel {@code K} of length {@code period} ({@code n} = period or period + 1). */
    public static CirculantOperator ring(float[] kernel, int n) {
        return new CirculantOperator(kernel, kernel.length, n, false);
    }

    /**
     * A torus of {@code length}×{@code length} neurons with an M×M row-major kernel ({@code length} = M or M + 1).
     */
    public static CirculantOperator torus(float[] kernel, int period, int length) {
        return new CirculantOperator(kernel, period, length, true);
    }

    private void forward(float[] a) {
        if (torus) {
            fft2.complexForward(a);
        } else {
            fft1.complexForward(a);
        }
    }

    private void inverse(float[] a) {
        if (torus) {
            fft2.complexInverse(a, true);
        } else {
            fft1.complexInverse(a, true);
        }
    }

    @Override
    public String name() {
        return "fft";
    }

    @Override
    public int size() {
        return torus ? length * length : length;
    }

    @Override
    public void apply(Tensor r, Tensor out) {
        java.util.Arrays.fill(work, 0f);
        // Fold: every neuron adds its rate to the ring (or torus) cell it sits on.
        int axes = torus ? length : 1;
        for (int row = 0; row < axes; row++) {
            for (int col = 0; col < length; col++) {
                int cell = torus ? (row % period) * period + col % period : col % period;
                work[2 * cell] += r.get(torus ? (long) row * length + col : col);
            }
        }
        forward(work);
        for (int k = 0; k < work.length; k += 2) {
            float re = work[k], im = work[k + 1];
            float kr = kernelSpectrum[k], ki = kernelSpectrum[k + 1];
            work[k] = re * kr - im * ki;
            work[k + 1] = re * ki + im * kr;
        }
        inverse(work);
        for (int row = 0; row < axes; row++) {
            for (int col = 0; col < length; col++) {
                int cell = torus ? (row % period) * period + col % period : col % period;
                out.set(torus ? (long) row * length + col : col, work[2 * cell]);
            }
        }
    }
}
