package org.jcanns.core.operator;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jcanns.core.fft.FftPlan;
import org.jcanns.core.kernel.Kernels;

/**
 * Circular convolution {@code y[i] = Σ_j K[(i − j) mod M]·x[j]} of real vectors of period M by a real FFT of a
 * power-of-two length P, with the kernel spectrum computed once in double precision and no allocation per call.
 *
 * <p>When M is not a power of two (511 and 63 are common: canns' duplicated end point makes M = num − 1), the
 * period-M convolution is embedded exactly in a period-P one with P >= 2M − 1: the kernel is written out over the
 * differences −(M−1)..M−1, which do not overlap modulo P, so the first M outputs are the period-M result. This
 * costs one forward and one inverse transform of length P, where Bluestein would need three of the same length.
 *
 * <p>The real transform of length P is a complex transform of length Q = P/2 of z[t] = x[2t] + i·x[2t+1]; the
 * split into the spectrum of x, the product with the kernel spectrum and the merge back are one pass over the
 * pairs of frequencies (k, Q − k), done in the bit-reversed order the kernels leave the spectrum in.
 */
final class RingConvolution {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    private final Kernels kernels;
    private final int period;
    private final int padded;
    private final int half;
    private final FftPlan plan;
    /** Per-thread scratch of single transforms: {re, im, x}; apply and applyBatch may run on several threads. */
    private final ThreadLocal<float[][]> singleScratch;
    /** Per position p of the bit-reversed half spectrum, k = bitreverse(p): H[k]/(4Q), H[Q − k]/(4Q), W^k. */
    private final float[] h1Re;
    private final float[] h1Im;
    private final float[] h2Re;
    private final float[] h2Im;
    private final float[] wRe;
    private final float[] wIm;
    /** For batches: the full complex spectrum of length P at bit-reversed positions, scaled by 1/P. */
    private final FftPlan fullPlan;
    private final float[] fullRe;
    private final float[] fullIm;
    /** Per-thread scratch of batched calls: {re, im, row}. */
    private final ThreadLocal<float[][]> batchScratch = new ThreadLocal<>();

    RingConvolution(float[] kernel, Kernels kernels) {
        this.kernels = kernels;
        this.period = kernel.length;
        this.padded = paddedLength(period);
        this.half = padded / 2;
        this.plan = new FftPlan(half);
        int xLength = Math.max(padded, period + 1);
        this.singleScratch = ThreadLocal.withInitial(() -> new float[][] {new float[half], new float[half],
            new float[xLength]});
        double[] h = paddedKernel(kernel, padded);
        double[][] spec = FftPlan.spectrum(h);
        this.fullPlan = new FftPlan(padded);
        this.fullRe = new float[padded];
        this.fullIm = new float[padded];
        for (int k = 0; k < padded; k++) {
            fullRe[fullPlan.position(k)] = (float) (spec[0][k] / padded);
            fullIm[fullPlan.position(k)] = (float) (spec[1][k] / padded);
        }
        // The 1/2 of the split, the 1/2 of the merge and the 1/Q of the inverse transform, folded into H.
        double scale = 1.0 / (4.0 * half);
        this.h1Re = new float[half];
        this.h1Im = new float[half];
        this.h2Re = new float[half];
        this.h2Im = new float[half];
        this.wRe = new float[half];
        this.wIm = new float[half];
        for (int p = 0; p < half; p++) {
            int k = plan.position(p);
            int mirror = p == 0 ? half : half - k;
            h1Re[p] = (float) (spec[0][k] * scale);
            h1Im[p] = (float) (spec[1][k] * scale);
            h2Re[p] = (float) (spec[0][mirror] * scale);
            h2Im[p] = (float) (spec[1][mirror] * scale);
            wRe[p] = (float) Math.cos(-2 * Math.PI * k / padded);
            wIm[p] = (float) Math.sin(-2 * Math.PI * k / padded);
        }
    }

    /** The transform length P for period M: M itself when a power of two (>= 4), else a power of two >= 2M − 1. */
    static int paddedLength(int period) {
        if (period >= 4 && Integer.bitCount(period) == 1) {
            return period;
        }
        return Math.max(4, FftPlan.ceilPowerOfTwo(2 * period - 1));
    }

    /** The period-M kernel written out on a period-P ring over the differences −(M−1)..M−1. */
    static double[] paddedKernel(float[] kernel, int padded) {
        int m = kernel.length;
        double[] h = new double[padded];
        if (padded == m) {
            for (int d = 0; d < m; d++) {
                h[d] = kernel[d];
            }
            return h;
        }
        for (int d = -(m - 1); d <= m - 1; d++) {
            h[Math.floorMod(d, padded)] = kernel[Math.floorMod(d, m)];
        }
        return h;
    }

    int period() {
        return period;
    }

    int paddedLength() {
        return padded;
    }

    /**
     * Reads n = M or M + 1 rates from {@code r} (neuron M, when present, sits on neuron 0), writes the n outputs
     * to {@code out} (the duplicate gets neuron 0's value).
     */
    void apply(MemorySegment r, MemorySegment out, int n) {
        float[][] scratch = singleScratch.get();
        float[] re = scratch[0], im = scratch[1], x = scratch[2];
        int m = period;
        MemorySegment.copy(r, F, 0, x, 0, n);
        if (n > m) {
            x[0] += x[m];
        }
        java.util.Arrays.fill(x, m, padded, 0f);
        // Pack z[t] = x[2t] + i·x[2t+1]; x is zero beyond the period.
        for (int t = 0; t < half; t++) {
            re[t] = x[2 * t];
            im[t] = x[2 * t + 1];
        }
        kernels.transforms().fftForward(plan, re, im, 1, 0, 1);
        kernels.transforms().realConvolutionPairs(re, im, h1Re, h1Im, h2Re, h2Im, wRe, wIm, half);
        kernels.transforms().fftInverse(plan, re, im, 1, 0, 1);
        for (int t = 0, end = (m + 1) / 2; t < end; t++) {
            x[2 * t] = re[t];
            x[2 * t + 1] = im[t];
        }
        if (n > m) {
            x[m] = x[0];
        }
        MemorySegment.copy(x, 0, out, F, 0, n);
    }

    /**
     * Convolves {@code rows} rate vectors (rows of n floats) at once. Two real networks ride in one complex
     * transform (network 2p in the real part, 2p + 1 in the imaginary part: the kernel is real, so the two results
     * come back apart), and the pairs lie side by side so every FFT stage is vectorised across networks.
     * Thread-safe: each thread has its own scratch.
     */
    void applyBatch(MemorySegment r, MemorySegment out, int rows, int n) {
        int pairs = (rows + 1) / 2;
        int lanes = kernels.vectorLanes();
        long rowBytes0 = (long) n * Float.BYTES;
        if (2 * pairs < lanes) {
            // Too few networks to fill the vectors across them: one half-length real transform each is cheaper.
            for (int b = 0; b < rows; b++) {
                apply(r.asSlice(b * rowBytes0, rowBytes0), out.asSlice(b * rowBytes0, rowBytes0), n);
            }
            return;
        }
        int width = (pairs + lanes - 1) / lanes * lanes;
        int p = padded, m = period;
        float[][] s = batchScratch.get();
        if (s == null || s[0].length < p * width) {
            s = new float[][] {new float[p * width], new float[p * width], new float[n]};
            batchScratch.set(s);
        }
        float[] re = s[0], im = s[1], row = s[2];
        java.util.Arrays.fill(re, 0, p * width, 0f);
        java.util.Arrays.fill(im, 0, p * width, 0f);
        long rowBytes = (long) n * Float.BYTES;
        for (int b = 0; b < rows; b++) {
            MemorySegment.copy(r, F, b * rowBytes, row, 0, n);
            if (n > m) {
                row[0] += row[m];
            }
            float[] part = (b & 1) == 0 ? re : im;
            int col = b >> 1;
            for (int t = 0; t < m; t++) {
                part[t * width + col] = row[t];
            }
        }
        kernels.transforms().fftForward(fullPlan, re, im, width, 0, width);
        kernels.transforms().complexMultiplyRows(re, im, fullRe, fullIm, p, width, 0, width);
        kernels.transforms().fftInverse(fullPlan, re, im, width, 0, width);
        for (int b = 0; b < rows; b++) {
            float[] part = (b & 1) == 0 ? re : im;
            int col = b >> 1;
            for (int t = 0; t < m; t++) {
                row[t] = part[t * width + col];
            }
            if (n > m) {
                row[m] = row[0];
            }
            MemorySegment.copy(row, 0, out, F, b * rowBytes, n);
        }
    }
}
