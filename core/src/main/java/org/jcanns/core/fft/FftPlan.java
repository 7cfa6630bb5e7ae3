package org.jcanns.core.fft;

/**
 * The tables of a power-of-two complex FFT of length n, computed once: per-stage twiddles and the bit-reversal
 * permutation. The transforms themselves are kernels ({@code Transforms.fftForward}/{@code fftInverse}) so that each
 * tier runs them its own way.
 *
 * <p>The forward transform is a decimation-in-frequency FFT that leaves its output in bit-reversed order and the
 * inverse a decimation-in-time FFT that takes bit-reversed input and returns natural order. A convolution never
 * needs the spectrum in natural order (it multiplies it point by point with a kernel spectrum stored in the same
 * order), so neither direction pays for a permutation.
 */
public final class FftPlan {
    private final int n;
    private final int log2;
    private final float[] twRe;
    private final float[] twIm;
    private final int[] bitReversed;

    /** The plan for length {@code n}, a power of two >= 1. */
    public FftPlan(int n) {
        if (n < 1 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two >= 1, got " + n);
        }
        this.n = n;
        this.log2 = Integer.numberOfTrailingZeros(n);
        // Stage with half-size h uses exp(-2πik/(2h)), k < h, stored at index h + k: every stage's table is
        // contiguous, which is what the vector kernels load.
        this.twRe = new float[Math.max(n, 2)];
        this.twIm = new float[Math.max(n, 2)];
        for (int h = 1; h < n; h <<= 1) {
            for (int k = 0; k < h; k++) {
                double angle = -Math.PI * k / h;
                twRe[h + k] = (float) Math.cos(angle);
                twIm[h + k] = (float) Math.sin(angle);
            }
        }
        this.bitReversed = new int[n];
        for (int i = 0; i < n; i++) {
            bitReversed[i] = log2 == 0 ? 0 : Integer.reverse(i) >>> (32 - log2);
        }
    }

    /** The transform length. */
    public int length() {
        return n;
    }

    /** log2 of the length. */
    public int log2() {
        return log2;
    }

    /** Real parts of the twiddles: the stage of half-size h reads indices [h, 2h). Not to be modified. */
    public float[] twiddleRe() {
        return twRe;
    }

    /** Imaginary parts of the twiddles, laid out as {@link #twiddleRe()}. Not to be modified. */
    public float[] twiddleIm() {
        return twIm;
    }

    /** Where frequency {@code k} sits in the output of the forward transform (bit reversal of k). */
    public int position(int k) {
        return bitReversed[k];
    }

    /** The smallest power of two >= {@code m}. */
    public static int ceilPowerOfTwo(int m) {
        if (m <= 1) {
            return 1;
        }
        return Integer.highestOneBit(m - 1) << 1;
    }

    /**
     * The discrete Fourier transform of real {@code x} in double precision, natural order, as {re, im} arrays of
     * x.length (a power of two): used once per plan for kernel spectra, so that they carry no float32 error.
     */
    public static double[][] spectrum(double[] x) {
        double[] re = x.clone();
        double[] im = new double[x.length];
        dft(re, im);
        return new double[][] {re, im};
    }

    /** In-place forward DFT of the complex vector (re, im) of power-of-two length, double precision, natural order. */
    public static void dft(double[] re, double[] im) {
        int len = re.length;
        if (Integer.bitCount(len) != 1 || im.length != len) {
            throw new IllegalArgumentException("length must be a power of two, got " + len);
        }
        int bits = Integer.numberOfTrailingZeros(len);
        for (int i = 0; i < len; i++) {
            int j = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
            if (j > i) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int h = 1; h < len; h <<= 1) {
            for (int k = 0; k < h; k++) {
                double wr = Math.cos(-Math.PI * k / h), wi = Math.sin(-Math.PI * k / h);
                for (int b = 0; b < len; b += 2 * h) {
                    int i0 = b + k, i1 = i0 + h;
                    double tr = re[i1] * wr - im[i1] * wi, ti = re[i1] * wi + im[i1] * wr;
                    re[i1] = re[i0] - tr;
                    im[i1] = im[i0] - ti;
                    re[i0] += tr;
                    im[i0] += ti;
                }
            }
        }
    }
}
