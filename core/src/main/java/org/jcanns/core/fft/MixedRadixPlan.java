package org.jcanns.core.fft;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of an exact complex FFT of any length n > 1 whose prime factors are small, by in-place mixed-radix
 * stages (radices 4, 2, 3, 5, 7, and any other odd prime as a plain DFT butterfly): no padding, no Bluestein, so
 * a period of 100 costs 100-point transforms where a power-of-two embedding needs 256. The transforms themselves
 * are kernels ({@code Transforms.fftForward}/{@code fftInverse} with this plan) that run many transforms side by side
 * (one per column of a row-major array), vectorised across columns.
 *
 * <p>As with {@link FftPlan}, the forward transform is a decimation in frequency that leaves its output in
 * digit-reversed order ({@link #position(int)}) and the inverse a decimation in time that takes that order back to
 * natural order, so a convolution never permutes. Stage s (outermost first) has radix {@code radix(s)} and span
 * {@code span(s)} = n / (product of the radices before it); its butterflies combine the rows
 * {@code block + j + q·m} (m = span / radix, q < radix) and twiddle output q by {@code exp(−2πi·j·q/span)}.
 */
public final class MixedRadixPlan {
    /** The largest prime factor the plan accepts: above it a plain DFT butterfly costs more than padding does. */
    public static final int MAX_PRIME = 31;

    private final int n;
    private final int[] radices;
    private final int[] spans;
    /** Per stage, twiddle (j, q) for j < m and 1 <= q < radix at offset j·(radix − 1) + q − 1. */
    private final float[][] twRe;
    private final float[][] twIm;
    /** Per odd radix r: cos(2π·q·s/r) and sin(2π·q·s/r) at (s − 1)·h + q − 1 for q, s in [1, h], h = (r − 1)/2. */
    private final float[][] oddCos;
    private final float[][] oddSin;
    /** Per radix r: cos(2π·t/r) and sin(2π·t/r) for t < r (the scalar tier's plain butterflies). */
    private final float[][] rootCos;
    private final float[][] rootSin;
    private final int[] positions;

    /** The plan for length {@code n}: n >= 2 with no prime factor above {@link #MAX_PRIME}. */
    public MixedRadixPlan(int n) {
        if (!supports(n)) {
            throw new IllegalArgumentException("mixed-radix FFT length must be >= 2 with prime factors <= "
                    + MAX_PRIME + ", got " + n);
        }
        this.n = n;
        this.radices = factor(n);
        int stages = radices.length;
        this.spans = new int[stages];
        this.twRe = new float[stages][];
        this.twIm = new float[stages][];
        int span = n;
        for (int s = 0; s < stages; s++) {
            int r = radices[s], m = span / r;
            spans[s] = span;
            twRe[s] = new float[m * (r - 1)];
            twIm[s] = new float[m * (r - 1)];
            for (int j = 0; j < m; j++) {
                for (int q = 1; q < r; q++) {
                    double angle = -2 * Math.PI * ((long) j * q % span) / span;
                    twRe[s][j * (r - 1) + q - 1] = (float) Math.cos(angle);
                    twIm[s][j * (r - 1) + q - 1] = (float) Math.sin(angle);
                }
            }
            span = m;
        }
        this.oddCos = new float[MAX_PRIME + 1][];
        this.oddSin = new float[MAX_PRIME + 1][];
        for (int r : radices) {
            if (r % 2 == 1 && oddCos[r] == null) {
                int h = (r - 1) / 2;
                oddCos[r] = new float[h * h];
                oddSin[r] = new float[h * h];
                for (int s = 1; s <= h; s++) {
                    for (int q = 1; q <= h; q++) {
                        double angle = 2 * Math.PI * (q * s % r) / r;
                        oddCos[r][(s - 1) * h + q - 1] = (float) Math.cos(angle);
                        oddSin[r][(s - 1) * h + q - 1] = (float) Math.sin(angle);
                    }
                }
            }
        }
        this.rootCos = new float[MAX_PRIME + 2][];
        this.rootSin = new float[MAX_PRIME + 2][];
        for (int r : radices) {
            rootCos[r] = new float[r];
            rootSin[r] = new float[r];
            for (int t = 0; t < r; t++) {
                rootCos[r][t] = (float) Math.cos(2 * Math.PI * t / r);
                rootSin[r][t] = (float) Math.sin(2 * Math.PI * t / r);
            }
        }
        this.positions = new int[n];
        int[] frequencies = frequencies(radices, n);
        for (int p = 0; p < n; p++) {
            positions[frequencies[p]] = p;
        }
    }

    /** Whether a plan exists for length {@code n}: n >= 2 and no prime factor above {@link #MAX_PRIME}. */
    public static boolean supports(int n) {
        if (n < 2) {
            return false;
        }
        int rest = n;
        for (int p = 2; p <= MAX_PRIME && rest > 1; p++) {
            while (rest % p == 0) {
                rest /= p;
            }
        }
        return rest == 1;
    }

    /** The radices for n, outermost stage first: fours, then a two, then the odd primes in ascending order. */
    static int[] factor(int n) {
        List<Integer> out = new ArrayList<>();
        int rest = n;
        while (rest % 4 == 0) {
            out.add(4);
            rest /= 4;
        }
        if (rest % 2 == 0) {
            out.add(2);
            rest /= 2;
        }
        for (int p = 3; rest > 1; p += 2) {
            while (rest % p == 0) {
                out.add(p);
                rest /= p;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The frequency each output position of the forward transform holds: position {@code s·m + p'} of a stage of
     * radix r (m = n/r) holds frequency {@code s + r·k'}, where k' is the frequency at position p' of the rest.
     */
    private static int[] frequencies(int[] radices, int n) {
        int[] freq = new int[n];
        int len = 1;
        // Build from the innermost stage out: a sub-transform of length len gains radix r to become length r·len.
        for (int s = radices.length - 1; s >= 0; s--) {
            int r = radices[s];
            int[] next = new int[len * r];
            for (int q = 0; q < r; q++) {
                for (int p = 0; p < len; p++) {
                    next[q * len + p] = q + r * freq[p];
                }
            }
            System.arraycopy(next, 0, freq, 0, next.length);
            len *= r;
        }
        return freq;
    }

    /** The transform length. */
    public int length() {
        return n;
    }

    /** Number of stages. */
    public int stages() {
        return radices.length;
    }

    /** The radix of stage {@code s} (0 = outermost, run first by the forward transform). */
    public int radix(int s) {
        return radices[s];
    }

    /** The span of stage {@code s}: the length of the sub-transforms it splits. */
    public int span(int s) {
        return spans[s];
    }

    /** Real parts of stage {@code s}'s twiddles, (j, q) at j·(radix − 1) + q − 1. Not to be modified. */
    public float[] twiddleRe(int s) {
        return twRe[s];
    }

    /** Imaginary parts of stage {@code s}'s twiddles, laid out as {@link #twiddleRe(int)}. Not to be modified. */
    public float[] twiddleIm(int s) {
        return twIm[s];
    }

    /** For an odd radix r: cos(2π·q·s/r) at (s − 1)·h + q − 1, q and s in [1, h], h = (r − 1)/2. */
    public float[] oddCos(int r) {
        return oddCos[r];
    }

    /** For an odd radix r: sin(2π·q·s/r), laid out as {@link #oddCos(int)}. */
    public float[] oddSin(int r) {
        return oddSin[r];
    }

    /** cos(2π·t/r) for t < r, for a radix r of this plan. */
    public float[] rootCos(int r) {
        return rootCos[r];
    }

    /** sin(2π·t/r) for t < r, for a radix r of this plan. */
    public float[] rootSin(int r) {
        return rootSin[r];
    }

    /** Where frequency {@code k} sits in the output of the forward transform. */
    public int position(int k) {
        return positions[k];
    }

    /**
     * In-place forward DFT of the complex vector (re, im) of any length >= 1 in double precision, natural order:
     * recursive decimation in time over the smallest prime factor, a plain DFT for prime lengths. Used once per
     * operator for kernel spectra, so that they carry no float32 error.
     */
    public static void dft(double[] re, double[] im) {
        int len = re.length;
        if (im.length != len) {
            throw new IllegalArgumentException("re and im differ in length: " + len + " vs " + im.length);
        }
        if (len <= 1) {
            return;
        }
        int p = 2;
        while (len % p != 0) {
            p++;
        }
        int m = len / p;
        double[][] subRe = new double[p][m], subIm = new double[p][m];
        for (int q = 0; q < p; q++) {
            for (int t = 0; t < m; t++) {
                subRe[q][t] = re[q + p * t];
                subIm[q][t] = im[q + p * t];
            }
            if (m > 1) {
                dft(subRe[q], subIm[q]);
            }
        }
        // X[k] = Σ_q exp(−2πi·q·k/len)·S_q[k mod m].
        for (int k = 0; k < len; k++) {
            double sr = 0, si = 0;
            for (int q = 0; q < p; q++) {
                double angle = -2 * Math.PI * ((long) q * k % len) / len;
                double c = Math.cos(angle), s = Math.sin(angle);
                double ar = subRe[q][k % m], ai = subIm[q][k % m];
                sr += ar * c - ai * s;
                si += ar * s + ai * c;
            }
            re[k] = sr;
            im[k] = si;
        }
    }

    /**
     * Relative cost of one transform per column, for the operator cost model: the sum over stages of the real
     * operations per point of each radix's butterfly and twiddles (counted, not measured; the constants that turn it
     * into time come from the benchmarks).
     */
    public static double operationsPerPoint(int n) {
        double ops = 0;
        for (int r : factor(n)) {
            ops += switch (r) {
                case 2 -> 5;     // 2 complex adds + half a twiddle product
                case 4 -> 8.5;   // 8 complex adds per 4 points + 3/4 of a twiddle product
                case 3 -> 9.3;
                case 5 -> 11.2;
                default -> 2.0 * r + 6; // the plain odd butterfly: about r²/2 complex multiply-adds per r points
            };
        }
        return ops;
    }
}
