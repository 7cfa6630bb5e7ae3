package org.jcanns.core.operator;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import org.jcanns.core.fft.FftPlan;
import org.jcanns.core.kernel.Kernels;

/**
 * Circular convolution on an M×M torus by a 2D FFT of power-of-two size P×P (P = M, or P >= 2M − 1 with the kernel
 * written out over the differences as in {@link RingConvolution}), kernel spectrum computed once in double.
 *
 * <p>Both passes run many transforms side by side (vectors across columns): first along the rows of the M nonzero
 * columns, then, after a transpose, along the other axis for all P frequencies. The spectrum stays in the
 * bit-reversed, transposed layout the forward passes leave; the inverse passes undo exactly that.
 */
final class TorusConvolution {
    /** Column counts are rounded up to this many floats (a 512-bit vector), so every tier can vectorise them. */
    private static final int ALIGN = 16;
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    private final Kernels kernels;
    private final int period;
    private final int padded;
    private final int columns;
    private final FftPlan plan;
    private final float[] aRe;
    private final float[] aIm;
    private final float[] bRe;
    private final float[] bIm;
    private final float[] hRe;
    private final float[] hIm;
    private final float[] rates;

    TorusConvolution(float[] kernel, int period, Kernels kernels) {
        this.kernels = kernels;
        this.period = period;
        this.padded = RingConvolution.paddedLength(period);
        this.columns = (period + ALIGN - 1) / ALIGN * ALIGN;
        this.plan = new FftPlan(padded);
        int p = padded;
        this.aRe = new float[p * columns];
        this.aIm = new float[p * columns];
        this.bRe = new float[p * p];
        this.bIm = new float[p * p];
        this.rates = new float[(period + 1) * (period + 1)];
        // Kernel on the padded torus, then its 2D spectrum in double: rows (axis of the row index) first.
        double[][] re = new double[p][];
        for (int dr = 0; dr < p; dr++) {
            re[dr] = new double[p];
        }
        for (int dr = -(period - 1); dr <= period - 1; dr++) {
            for (int dc = -(period - 1); dc <= period - 1; dc++) {
                if (padded == period && (dr < 0 || dc < 0)) {
                    continue;
                }
                re[Math.floorMod(dr, p)][Math.floorMod(dc, p)] =
                        kernel[Math.floorMod(dr, period) * period + Math.floorMod(dc, period)];
            }
        }
        double[][] im = new double[p][];
        for (int r = 0; r < p; r++) {
            im[r] = new double[p];
            FftPlan.dft(re[r], im[r]);
        }
        double[] colRe = new double[p], colIm = new double[p];
        this.hRe = new float[p * p];
        this.hIm = new float[p * p];
        double scale = 1.0 / ((double) p * p);
        for (int k2 = 0; k2 < p; k2++) {
            for (int r = 0; r < p; r++) {
                colRe[r] = re[r][k2];
                colIm[r] = im[r][k2];
            }
            FftPlan.dft(colRe, colIm);
            for (int k1 = 0; k1 < p; k1++) {
                // After both forward passes, frequency (k1 along rows, k2 along columns) sits at
                // [position(k2)][position(k1)].
                int at = plan.position(k2) * p + plan.position(k1);
                hRe[at] = (float) (colRe[k1] * scale);
                hIm[at] = (float) (colIm[k1] * scale);
            }
        }
    }

    int paddedLength() {
        return padded;
    }

    /** Reads length×length rates (length = M or M + 1, the last row and column duplicating the first). */
    void apply(MemorySegment r, MemorySegment out, int length) {
        int m = period, p = padded, w = columns;
        MemorySegment.copy(r, F, 0, rates, 0, length * length);
        Arrays.fill(aRe, 0f);
        Arrays.fill(aIm, 0f);
        for (int row = 0; row < length; row++) {
            int base = (row % m) * w;
            for (int col = 0; col < length; col++) {
                aRe[base + col % m] += rates[row * length + col];
            }
        }
        kernels.transforms().fftForward(plan, aRe, aIm, w, 0, w);
        Arrays.fill(bRe, m * p, p * p, 0f);
        Arrays.fill(bIm, m * p, p * p, 0f);
        for (int k1 = 0; k1 < p; k1++) {
            for (int c = 0; c < m; c++) {
                bRe[c * p + k1] = aRe[k1 * w + c];
                bIm[c * p + k1] = aIm[k1 * w + c];
            }
        }
        kernels.transforms().fftForward(plan, bRe, bIm, p, 0, p);
        kernels.transforms().complexMultiply(bRe, bIm, hRe, hIm, 0, p * p);
        kernels.transforms().fftInverse(plan, bRe, bIm, p, 0, p);
        for (int k1 = 0; k1 < p; k1++) {
            for (int c = 0; c < m; c++) {
                aRe[k1 * w + c] = bRe[c * p + k1];
                aIm[k1 * w + c] = bIm[c * p + k1];
            }
        }
        kernels.transforms().fftInverse(plan, aRe, aIm, w, 0, w);
        for (int row = 0; row < length; row++) {
            int base = (row % m) * w;
            for (int col = 0; col < length; col++) {
                rates[row * length + col] = aRe[base + col % m];
            }
        }
        MemorySegment.copy(rates, 0, out, F, 0, length * length);
    }
}
