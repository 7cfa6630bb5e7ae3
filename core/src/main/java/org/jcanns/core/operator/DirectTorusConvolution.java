package org.jcanns.core.operator;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jcanns.core.fft.MixedRadixPlan;
import org.jcanns.core.kernel.Kernels;

/**
 * Circular convolution on an M×M torus by mixed-radix FFTs of the period itself (M = 100 is 4·5·5: 100-point
 * transforms, where the power-of-two embedding of {@link TorusConvolution} needs 256), for periods whose prime
 * factors are small ({@link MixedRadixPlan#supports}); exact, kernel spectrum computed once in double.
 *
 * <p>The rates are real, so the first pass packs two columns into one complex column (column c in the real part,
 * column c + h in the imaginary part, h = ⌈M/2⌉) and transforms the h packed columns along the rows, side by side
 * (vectors across columns, no shuffles). Splitting the two spectra apart and keeping only the frequencies
 * 0..⌊M/2⌋ along the rows (the others are their conjugates) is fused with the transpose; the second pass
 * transforms those ⌊M/2⌋ + 1 frequency columns along the other axis, again side by side. The inverse retraces the
 * same steps. Every pass leaves the digit-reversed order the next one expects, so nothing is permuted.
 */
final class DirectTorusConvolution {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    /** The transposes' tile side (the vector tiers transpose 8×8 tiles in registers). */
    private static final int TILE = 8;
    private final Kernels kernels;
    private final int period;
    /** Packed columns of the first pass: h = ⌈M/2⌉. */
    private final int half;
    /** Row frequencies kept for the second pass: ⌊M/2⌋ + 1. */
    private final int freqs;
    private final int widthA;
    private final int widthB;
    private final MixedRadixPlan plan;
    private final int[] position;
    private final float[] aRe;
    private final float[] aIm;
    private final float[] bRe;
    private final float[] bIm;
    /** One row per kept row frequency k: X_c[k] for c < h, then X_{c+h}[k] from column h; width h + widthA. */
    private final int widthC;
    /**
     * The transposed block: freqs × M rounded up to whole 8×8 tiles (the extra rows of C are zero, the extra
     * columns land in rows of B past M, which no transform reads, and extra columns of B in rows of C past freqs).
     */
    private final int rowsC;
    private final int colsC;
    private final float[] cRe;
    private final float[] cIm;
    /** The kernel spectrum at [position(k1)][k0], scaled by 1/(2M²) (the split's ½ and both inverse passes). */
    private final float[] hRe;
    private final float[] hIm;
    private final float[] rates;
    private final float[] folded;

    DirectTorusConvolution(float[] kernel, int period, Kernels kernels) {
        this.kernels = kernels;
        this.period = period;
        this.plan = new MixedRadixPlan(period);
        int m = period;
        this.half = (m + 1) / 2;
        this.freqs = m / 2 + 1;
        int lanes = Math.max(1, kernels.vectorLanes());
        this.widthA = (half + lanes - 1) / lanes * lanes;
        this.widthB = (freqs + lanes - 1) / lanes * lanes;
        this.position = new int[m];
        for (int k = 0; k < m; k++) {
            position[k] = plan.position(k);
        }
        this.aRe = new float[m * widthA];
        this.aIm = new float[m * widthA];
        this.bRe = new float[roundUp(m, TILE) * widthB];
        this.bIm = new float[roundUp(m, TILE) * widthB];
        this.widthC = Math.max(half + widthA, roundUp(m, TILE));
        this.rowsC = Math.min(widthB, roundUp(freqs, TILE));
        this.colsC = roundUp(m, TILE);
        this.cRe = new float[Math.max(rowsC, freqs) * widthC];
        this.cIm = new float[Math.max(rowsC, freqs) * widthC];
        this.rates = new float[(m + 1) * (m + 1)];
        this.folded = new float[m * m];
        // 2D spectrum in double: along each row of the kernel (index dj), then along each column (index di).
        double[][] re = new double[m][], im = new double[m][];
        for (int di = 0; di < m; di++) {
            re[di] = new double[m];
            im[di] = new double[m];
            for (int dj = 0; dj < m; dj++) {
                re[di][dj] = kernel[di * m + dj];
            }
            MixedRadixPlan.dft(re[di], im[di]);
        }
        this.hRe = new float[m * widthB];
        this.hIm = new float[m * widthB];
        double scale = 1.0 / (2.0 * m * m);
        double[] colRe = new double[m], colIm = new double[m];
        for (int k1 = 0; k1 < m; k1++) {
            for (int di = 0; di < m; di++) {
                colRe[di] = re[di][k1];
                colIm[di] = im[di][k1];
            }
            MixedRadixPlan.dft(colRe, colIm);
            for (int k0 = 0; k0 < freqs; k0++) {
                // k0 is the frequency along the row index i, k1 along the column index j.
                hRe[position[k1] * widthB + k0] = (float) (colRe[k0] * scale);
                hIm[position[k1] * widthB + k0] = (float) (colIm[k0] * scale);
            }
        }
    }

    private static int roundUp(int x, int to) {
        return (x + to - 1) / to * to;
    }

    /** Reads length×length rates (length = M or M + 1, the last row and column duplicating the first). */
    void apply(MemorySegment r, MemorySegment out, int length) {
        int m = period, h = half, wa = widthA, wb = widthB, wc = widthC;
        MemorySegment.copy(r, F, 0, rates, 0, length * length);
        float[] x = fold(length);
        // Pack: column c in the real part, column c + h in the imaginary part (zero past the last column).
        for (int i = 0; i < m; i++) {
            int row = i * wa, src = i * m;
            System.arraycopy(x, src, aRe, row, h);
            System.arraycopy(x, src + h, aIm, row, m - h);
            if (m - h < h) {
                aIm[row + m - h] = 0f;
            }
        }
        kernels.transforms().fftForward(plan, aRe, aIm, wa, 0, wa);
        // Split Z = X_c + i·X_{c+h}: 2X_c[k] = Z[k] + conj Z[−k], 2X_{c+h}[k] = −i(Z[k] − conj Z[−k]), one row of
        // C per frequency k (column c, then column c + h), then C is transposed into B. The high halves are written
        // after all low halves: a low half's last vector spills past column h.
        for (int k = 0; k < freqs; k++) {
            int p = position[k] * wa, q = position[(m - k) % m] * wa, row = k * wc;
            kernels.elementWise().add(aRe, p, aRe, q, cRe, row, wa);
            kernels.elementWise().subtract(aIm, p, aIm, q, cIm, row, wa);
        }
        for (int k = 0; k < freqs; k++) {
            int p = position[k] * wa, q = position[(m - k) % m] * wa, row = k * wc + h;
            kernels.elementWise().add(aIm, p, aIm, q, cRe, row, wa);
            kernels.elementWise().subtract(aRe, q, aRe, p, cIm, row, wa);
        }
        kernels.transforms().transpose(cRe, 0, wc, bRe, 0, wb, rowsC, colsC);
        kernels.transforms().transpose(cIm, 0, wc, bIm, 0, wb, rowsC, colsC);
        kernels.transforms().fftForward(plan, bRe, bIm, wb, 0, wb);
        kernels.transforms().complexMultiply(bRe, bIm, hRe, hIm, 0, m * wb);
        kernels.transforms().fftInverse(plan, bRe, bIm, wb, 0, wb);
        // Rebuild Z[k] = X_c[k] + i·X_{c+h}[k] for every k (X[M − k] = conj X[k]) at its digit-reversed row, from
        // B transposed back into C. Columns from M on must read as zero (the missing partner of an odd M's middle
        // column); the split left other values there.
        kernels.transforms().transpose(bRe, 0, wb, cRe, 0, wc, colsC, rowsC);
        kernels.transforms().transpose(bIm, 0, wb, cIm, 0, wc, colsC, rowsC);
        for (int k = 0; k < freqs; k++) {
            java.util.Arrays.fill(cRe, k * wc + m, (k + 1) * wc, 0f);
            java.util.Arrays.fill(cIm, k * wc + m, (k + 1) * wc, 0f);
        }
        for (int k = 0; k < m; k++) {
            int p = position[k] * wa;
            if (k < freqs) {
                int row = k * wc;
                kernels.elementWise().subtract(cRe, row, cIm, row + h, aRe, p, wa);
                kernels.elementWise().add(cIm, row, cRe, row + h, aIm, p, wa);
            } else {
                int row = (m - k) * wc;
                kernels.elementWise().add(cRe, row, cIm, row + h, aRe, p, wa);
                kernels.elementWise().subtract(cRe, row + h, cIm, row, aIm, p, wa);
            }
        }
        kernels.transforms().fftInverse(plan, aRe, aIm, wa, 0, wa);
        for (int i = 0; i < m; i++) {
            int row = i * wa, dst = i * m;
            System.arraycopy(aRe, row, x, dst, h);
            System.arraycopy(aIm, row, x, dst + h, m - h);
        }
        unfold(x, out, length);
    }

    /** The M×M rates with a duplicated last row and column added onto the first (the rates as they are otherwise). */
    private float[] fold(int length) {
        int m = period;
        if (length == m) {
            return rates;
        }
        for (int i = 0; i < m; i++) {
            System.arraycopy(rates, i * length, folded, i * m, m);
            folded[i * m] += rates[i * length + m];
        }
        for (int j = 0; j < m; j++) {
            folded[j] += rates[m * length + j];
        }
        folded[0] += rates[m * length + m];
        return folded;
    }

    /** Writes the M×M result to length×length outputs, the duplicates copying the first row and column. */
    private void unfold(float[] y, MemorySegment out, int length) {
        int m = period;
        if (length == m) {
            MemorySegment.copy(y, 0, out, F, 0, m * m);
            return;
        }
        for (int i = 0; i <= m; i++) {
            int src = (i % m) * m;
            System.arraycopy(y, src, rates, i * length, m);
            rates[i * length + m] = y[src];
        }
        MemorySegment.copy(rates, 0, out, F, 0, length * length);
    }
}
