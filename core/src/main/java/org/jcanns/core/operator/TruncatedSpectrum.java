package org.jcanns.core.operator;

/**
 * The eigenvalues of a ring's circulant W[i][j] = K[(i − j) mod M] that lie above float32 resolution: λ_k, the
 * kernel's DFT, for k = 0..K, where every dropped frequency has |λ_k| ≤ 2⁻²⁴·log₂M·max|λ|.
 *
 * <p>W is normal, so dropping them changes W by at most that fraction of ‖W‖₂ in the 2-norm: the float32 rounding
 * bound of an FFT of length M, and far below the dense product's. The threshold also sits above the noise floor of
 * canns' float32 kernels (positions and values rounded to float32 put about 10⁻⁸·max|λ| in every frequency).
 * Computed once in double precision, O(M²): set-up work, not per step.
 */
final class TruncatedSpectrum {
    /** float32's unit roundoff. */
    private static final double UNIT_ROUNDOFF = 0x1p-24;

    /** The period M. */
    final int period;
    /** The highest frequency kept, or −1 when nothing can be dropped (2K + 1 >= M). */
    final int kept;
    /** Re λ_k and Im λ_k for k = 0..⌊M/2⌋. */
    private final double[] re;
    private final double[] im;

    /** The spectrum of {@code kernel} (length M) and the frequencies above float32 resolution. */
    TruncatedSpectrum(float[] kernel) {
        int m = kernel.length;
        int half = m / 2;
        double[] cos = cosines(m, 0), sin = cosines(m, m / 4.0);
        this.period = m;
        this.re = new double[half + 1];
        this.im = new double[half + 1];
        double largest = 0;
        for (int k = 0; k <= half; k++) {
            double sr = 0, si = 0;
            for (int d = 0, t = 0; d < m; d++, t = t + k >= m ? t + k - m : t + k) {
                sr += kernel[d] * cos[t];
                si -= kernel[d] * sin[t];
            }
            re[k] = sr;
            im[k] = si;
            largest = Math.max(largest, Math.hypot(sr, si));
        }
        double threshold = dropThreshold(m) * largest;
        int highest = 0;
        for (int k = 1; k <= half; k++) {
            if (Math.hypot(re[k], im[k]) > threshold) {
                highest = k;
            }
        }
        this.kept = 2 * highest + 1 >= m ? -1 : highest;
    }

    /** The fraction of the largest eigenvalue at or below which a frequency is dropped on a ring of period M. */
    static double dropThreshold(int period) {
        return UNIT_ROUNDOFF * Math.max(1, Math.log(period) / Math.log(2));
    }

    /** 2K + 1, or −1 when nothing can be dropped. */
    int rank() {
        return kept < 0 ? -1 : 2 * kept + 1;
    }

    /**
     * The gain of the cosine of frequency k on the output: λ_0/M for k = 0, 2·Re λ_k/M for the pair (k, M − k).
     * With X_k = C_k − i·S_k the input's projections, the output is Σ_k (a_k·C_k − b_k·S_k)·cos + (a_k·S_k +
     * b_k·C_k)·sin, a_k = {@code cosineGain(k)}, b_k = {@code sineGain(k)}.
     */
    double cosineGain(int k) {
        return (k == 0 ? 1.0 : 2.0) * re[k] / period;
    }

    /** −2·Im λ_k/M (0 for k = 0 and for an even kernel); see {@link #cosineGain}. */
    double sineGain(int k) {
        return k == 0 ? 0 : -2.0 * im[k] / period;
    }

    /**
     * The kept cosines and sines as the rows of a (2K + 1) × width matrix (zeros past column M − 1): row 0 is
     * cos 0 = 1, row 2k − 1 is cos(2πkj/M) and row 2k is sin(2πkj/M) for k = 1..K. With D from {@link #mixing}, W
     * restricted to the kept frequencies is Pᵀ·D·P.
     */
    float[] basis(int width) {
        int m = period, rows = rank();
        double[] cos = cosines(m, 0), sin = cosines(m, m / 4.0);
        float[] p = new float[rows * width];
        for (int j = 0; j < m; j++) {
            p[j] = 1f;
        }
        for (int k = 1; k <= kept; k++) {
            for (int j = 0; j < m; j++) {
                int t = (int) ((long) k * j % m);
                p[(2 * k - 1) * width + j] = (float) cos[t];
                p[2 * k * width + j] = (float) sin[t];
            }
        }
        return p;
    }

    /**
     * The (2K + 1)² matrix D of {@link #basis}: D[0][0] = a_0 and, per frequency k, the block [[a, −b], [b, a]]
     * on rows and columns (2k − 1, 2k), a = {@link #cosineGain}, b = {@link #sineGain}.
     */
    double[] mixing() {
        int rows = rank();
        double[] d = new double[rows * rows];
        d[0] = cosineGain(0);
        for (int k = 1; k <= kept; k++) {
            int c = 2 * k - 1, s = 2 * k;
            double a = cosineGain(k), b = sineGain(k);
            d[c * rows + c] = a;
            d[c * rows + s] = -b;
            d[s * rows + c] = b;
            d[s * rows + s] = a;
        }
        return d;
    }

    /** cos(2π·(t − shift)/M) for t < M (shift M/4 gives the sines). */
    static double[] cosines(int m, double shift) {
        double[] c = new double[m];
        for (int t = 0; t < m; t++) {
            c[t] = Math.cos(2 * Math.PI * (t - shift) / m);
        }
        return c;
    }
}
