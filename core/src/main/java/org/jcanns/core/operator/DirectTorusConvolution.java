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
        this.bRe = new float[m * widthB];
        this.bIm = new float[m * widthB];
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

    /** Reads length×length rates (length = M or M + 1, the last row and column duplicating the first). */
    void apply(MemorySegment r, MemorySegment out, int length) {
        int m = period, h = half, wa = widthA, wb = widthB;
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
        kernels.fftForward(plan, aRe, aIm, wa, 0, wa);
        // Split Z = X_c + i·X_{c+h}: 2X_c[k] = Z[k] + conj Z[−k], 2X_{c+h}[k] = −i(Z[k] − conj Z[−k]); transpose.
        for (int k = 0; k < freqs; k++) {
            int p = position[k] * wa, q = position[(m - k) % m] * wa;
            for (int c = 0; c < h; c++) {
                float zr = aRe[p + c], zi = aIm[p + c], wr = aRe[q + c], wi = aIm[q + c];
                bRe[c * wb + k] = zr + wr;
                bIm[c * wb + k] = zi - wi;
                if (c + h < m) {
                    bRe[(c + h) * wb + k] = zi + wi;
                    bIm[(c + h) * wb + k] = wr - zr;
                }
            }
        }
        kernels.fftForward(plan, bRe, bIm, wb, 0, wb);
        kernels.complexMultiply(bRe, bIm, hRe, hIm, 0, m * wb);
        kernels.fftInverse(plan, bRe, bIm, wb, 0, wb);
        // Rebuild Z[k] = X_c[k] + i·X_{c+h}[k] for every k (X[M − k] = conj X[k]) at its digit-reversed row.
        for (int k = 0; k < m; k++) {
            int p = position[k] * wa;
            boolean mirrored = k >= freqs;
            int col = mirrored ? m - k : k;
            float conj = mirrored ? -1f : 1f;
            for (int c = 0; c < h; c++) {
                float xr = bRe[c * wb + col], xi = conj * bIm[c * wb + col];
                float yr = 0f, yi = 0f;
                if (c + h < m) {
                    yr = bRe[(c + h) * wb + col];
                    yi = conj * bIm[(c + h) * wb + col];
                }
                aRe[p + c] = xr - yi;
                aIm[p + c] = xi + yr;
            }
        }
        kernels.fftInverse(plan, aRe, aIm, wa, 0, wa);
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
