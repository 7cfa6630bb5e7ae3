package org.jcanns.core.operator;

import org.jcanns.core.fft.MixedRadixPlan;

/**
 * Which way of computing {@code W·r} is cheapest for a translation-invariant CANN of a given size, from a cost
 * model whose constants were measured with the JMH benchmarks (benchmarks/results/, see benchmarks/README.md).
 *
 * <p>A table rather than a timing at start-up: the choice must not depend on how busy the machine happens to be,
 * because the dense product and the FFT round differently, and the same parameters and seed must give the same
 * run. The costs are per call, in nanoseconds, on one core; only their ratios matter.
 */
public final class OperatorCosts {
    // Fitted to benchmarks/results/20261129T052301Z-peer-vm.md and the JMH run after the heap window (AVX2,
    // 8 lanes): ring dense 512 → 12 µs, 2048 → 206 µs; ring fft 256/512/2048 → 2.8/5.3/21 µs; torus fft
    // 32/64/128 → 35/173/615 µs; separable → 9/33/174 µs. A wider machine scales all of them alike.
    /** Multiply-adds per nanosecond of the windowed dense product (reads from L1, compute-bound). */
    static final double DENSE_FMA_PER_NS = 20;
    /** Nanoseconds per P·log2(P) of a real ring convolution of padded length P (forward, product, inverse). */
    static final double RING_FFT_NS = 0.45;
    /** Fixed nanoseconds per FFT call (packing, the pair pass, copies). */
    static final double RING_FFT_FIXED_NS = 150;
    // Torus transforms: fitted to benchmarks/results/20261129T071351Z-torus-fft-vm.md (TorusFftBenchmark, periods
    // 7..128, medians; every median within 23 % of the model). Mixed radix at the period won at every period.
    /** Nanoseconds per P²·log2(P) of a torus convolution embedded in P×P (P >= 2M − 1). */
    static final double TORUS_FFT_NS = 1.3;
    /** Nanoseconds per P²·log2(P) when the period is a power of two, transformed at P = M (measured 2.3–2.4). */
    static final double TORUS_FFT_AT_PERIOD_NS = 2.35;
    /** Fixed nanoseconds of a power-of-two torus call (fold, unfold, copies). */
    static final double TORUS_FFT_FIXED_NS = 2000;
    /** Multiply-adds per nanosecond of the separable products (GEMM-bound). */
    static final double SEPARABLE_FMA_PER_NS = 23;
    /** Fixed nanoseconds of a separable call (fold, unfold, two GEMM calls). */
    static final double SEPARABLE_FIXED_NS = 2000;

    private OperatorCosts() {
    }

    /** Estimated cost of the windowed dense product on a ring of n neurons. */
    public static double ringDense(int n) {
        return (double) n * n / DENSE_FMA_PER_NS;
    }

    /** Estimated cost of the FFT convolution on a ring of period M. */
    public static double ringFft(int period) {
        int p = RingConvolution.paddedLength(period);
        return RING_FFT_FIXED_NS + RING_FFT_NS * p * log2(p);
    }

    /** Nanoseconds per real operation of the mixed-radix column passes (vectorised across columns). */
    static final double MIXED_NS_PER_OP = 0.05;
    /** Nanoseconds per cell of the passes outside the transforms (fold, pack, split, transposes, unpack). */
    static final double MIXED_NS_PER_CELL = 5.0;
    /** Fixed nanoseconds of a mixed-radix torus call. */
    static final double MIXED_FIXED_NS = 2700;

    /** Estimated cost of the FFT convolution on an M×M torus: the cheaper of the two transforms. */
    public static double torusFft(int period) {
        return Math.min(torusPaddedFft(period), torusMixedRadix(period));
    }

    /** Estimated cost of the torus convolution by power-of-two transforms of size P >= 2M − 1 per axis. */
    public static double torusPaddedFft(int period) {
        int p = RingConvolution.paddedLength(period);
        double perUnit = p == period ? TORUS_FFT_AT_PERIOD_NS : TORUS_FFT_NS;
        return TORUS_FFT_FIXED_NS + perUnit * p * p * log2(p);
    }

    /**
     * Estimated cost of the torus convolution by mixed-radix transforms of the period itself, or infinity when the
     * period has a prime factor the plan does not take: four passes of M-point transforms over about M/2 columns.
     */
    public static double torusMixedRadix(int period) {
        if (!MixedRadixPlan.supports(period)) {
            return Double.POSITIVE_INFINITY;
        }
        double columns = 2.0 * (period / 2 + 1);
        return MIXED_FIXED_NS + MIXED_NS_PER_OP * 2 * period * columns * MixedRadixPlan.operationsPerPoint(period)
                + MIXED_NS_PER_CELL * period * period;
    }

    /** True when the mixed-radix transform of the period beats the power-of-two embedding on an M×M torus. */
    public static boolean torusPrefersMixedRadix(int period) {
        return torusMixedRadix(period) < torusPaddedFft(period);
    }

    /** Estimated cost of the separable product on an M×M torus: two M×M×M matrix products. */
    public static double torusSeparable(int period) {
        return SEPARABLE_FIXED_NS + 2.0 * period * period * period / SEPARABLE_FMA_PER_NS;
    }

    /** True when the separable product beats the 2D FFT on an M×M torus (it does at every size measured). */
    public static boolean torusPrefersSeparable(int period) {
        return torusSeparable(period) < torusFft(period);
    }

    // Spectral: one W·r with rank 21 took about 0.7 µs at n = 512 (factors in L1, ~20 multiply-adds/ns in the
    // kernels) and 3.9 µs at n = 2048 (factors in L2, ~11/ns); RingOperatorBenchmark and a min-of-batches timing on
    // the spectral branch, load ~2. The L2 rate is taken: it is the slower, and auto's choices do not hinge on it.
    /** Multiply-adds per nanosecond of the spectral operator: rank·n in all (half the ring, there and back). */
    static final double SPECTRAL_FMA_PER_NS = 11;
    /** Fixed nanoseconds of a spectral call (copies in and out, the mirror split and combine). */
    static final double SPECTRAL_FIXED_NS = 150;
    /** The longest period whose spectrum auto examines (the O(M²) set-up stays under about 0.1 s). */
    static final int SPECTRAL_MAX_PERIOD = 16384;

    /** Estimated cost of the spectral operator of rank R on a ring of n neurons. */
    public static double ringSpectral(int n, int rank) {
        return SPECTRAL_FIXED_NS + (double) rank * n / SPECTRAL_FMA_PER_NS;
    }

    // Spectral torus, canns' a = 0.5 (21 frequencies per axis): a CANN2D step took 74 µs at L = 128 against 165 µs
    // separable, and 42 µs at L = 64 against 37 µs (medians of one Cann2DBenchmark run, load 2.2): at small M the
    // per-row dot products' lane reductions and the fixed work weigh more than the multiply-adds.
    /** Multiply-adds per nanosecond of the spectral torus' heap gemv kernels (factors in L1). */
    static final double TORUS_SPECTRAL_FMA_PER_NS = 20;
    /** Nanoseconds per dot product of the spectral torus (the lane reduction and the call). */
    static final double TORUS_SPECTRAL_NS_PER_DOT = 2;
    /** Nanoseconds per cell of the spectral torus' fold and unfold. */
    static final double TORUS_SPECTRAL_NS_PER_CELL = 0.5;
    /** Fixed nanoseconds of a spectral torus call. */
    static final double TORUS_SPECTRAL_FIXED_NS = 10000;

    /**
     * Estimated cost of the spectral torus product on an M×M torus with r_f and r_g frequencies kept per axis:
     * M·(r_f + r_g) dot products of the padded row width for the two large products, 2·M·r_f·r_g multiply-adds for
     * the small ones, the fold and unfold of M² cells.
     */
    public static double torusSpectral(int period, int rowRank, int colRank) {
        double m = period, width = (period + 7) / 8 * 8;
        return TORUS_SPECTRAL_FIXED_NS + m * m * TORUS_SPECTRAL_NS_PER_CELL
                + m * (rowRank + colRank) * (width / TORUS_SPECTRAL_FMA_PER_NS + TORUS_SPECTRAL_NS_PER_DOT)
                + 2 * m * rowRank * colRank / TORUS_SPECTRAL_FMA_PER_NS;
    }

    /** Multiply-adds per nanosecond of a stored-matrix gemv small enough to stay in cache. */
    static final double STORED_FMA_PER_NS = 8;
    /** The largest torus (cells) whose dense M²×M² matrix is considered at all (4 MiB). */
    static final int DENSE_TORUS_MAX_CELLS = 1024;

    /** Estimated cost of the stored dense product on an M×M torus, or infinity when W would be too big. */
    public static double torusDense(int period) {
        double cells = (double) period * period;
        return cells > DENSE_TORUS_MAX_CELLS ? Double.POSITIVE_INFINITY : cells * cells / STORED_FMA_PER_NS;
    }

    /** True when the FFT beats the windowed dense product on a ring of n neurons with period M. */
    public static boolean ringPrefersFft(int n, int period) {
        return ringFft(period) < ringDense(n);
    }

    private static double log2(int p) {
        return Math.max(1, Integer.numberOfTrailingZeros(p));
    }
}
