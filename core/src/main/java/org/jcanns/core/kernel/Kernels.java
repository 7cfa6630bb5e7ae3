package org.jcanns.core.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import org.jcanns.core.fft.FftPlan;
import org.jcanns.core.fft.MixedRadixPlan;
import org.jcanns.spi.Tensor;

/**
 * The float32 array operations the models are built from, in one tier (scalar, Vector API, native BLAS).
 *
 * <p>Public methods check their arguments once and call the protected kernels, which assume valid input; a
 * faster tier overrides only the kernels it speeds up. Every tier is tested against {@link ScalarKernels}.
 */
public abstract class Kernels {

    /** The tier's short name ({@code scalar}, {@code panama}, {@code openblas}). */
    public abstract String name();

    /** One line on what the tier runs on, e.g. the vector width. */
    public abstract String description();

    /** Floats per SIMD register this tier works with (1 for scalar code): batched layouts align columns to it. */
    public int vectorLanes() {
        return 1;
    }

    /** The active tier: chosen once per JVM by {@link KernelSelection}. */
    public static Kernels active() {
        return KernelSelection.active();
    }

    /** Σ a[i]·b[i]. */
    public final float dot(Tensor a, Tensor b) {
        return dot(a.segment(), b.segment(), sameSize(a, b));
    }

    /** Σ a[i]². */
    public final float sumOfSquares(Tensor a) {
        return sumOfSquares(a.segment(), length(a));
    }

    /** Σ a[i]. */
    public final float sum(Tensor a) {
        return sum(a.segment(), length(a));
    }

    /** y ← y + alpha·x. */
    public final void axpy(float alpha, Tensor x, Tensor y) {
        axpy(alpha, x.segment(), y.segment(), sameSize(x, y));
    }

    /** x ← alpha·x. */
    public final void scale(float alpha, Tensor x) {
        scale(alpha, x.segment(), length(x));
    }

    /** x ← max(x, 0) element-wise; a NaN stays NaN (so a divergence check still sees it). */
    public final void relu(Tensor x) {
        relu(x.segment(), length(x));
    }

    /** r ← c·u² element-wise (the CANN firing rate once c = 1/(1 + k·Σu²) is known). */
    public final void squareScaled(Tensor u, float c, Tensor r) {
        squareScaled(u.segment(), c, r.segment(), sameSize(u, r));
    }

    /** x ← x + c·(gain·drive − x): one forward-Euler step of a leaky integrator, c = dt/tau. */
    public final void leak(Tensor x, Tensor drive, float gain, float c) {
        leak(x.segment(), drive.segment(), gain, c, sameSize(x, drive));
    }

    /** y ← A·x for a row-major A of shape (m, n), x of length n and y of length m. */
    public final void gemv(Tensor a, Tensor x, Tensor y) {
        if (a.rank() != 2 || a.dim(1) != x.size() || a.dim(0) != y.size()) {
            throw new IllegalArgumentException("gemv needs A (m, n), x (n), y (m); got A " + Arrays.toString(a.shape())
                    + ", x " + x.size() + ", y " + y.size());
        }
        if (a.segment().asOverlappingSlice(y.segment()).isPresent()
                || x.segment().asOverlappingSlice(y.segment()).isPresent()) {
            throw new IllegalArgumentException("gemv output y must not overlap A or x");
        }
        gemv(a.segment(), a.dim(0), a.dim(1), x.segment(), y.segment());
    }

    /** C ← A·Bᵀ for row-major A (m, k), B (n, k) and C (m, n): every C[i][j] is a dot product of two rows. */
    public final void gemmBt(Tensor a, Tensor b, Tensor c) {
        if (a.rank() != 2 || b.rank() != 2 || c.rank() != 2 || a.dim(1) != b.dim(1) || c.dim(0) != a.dim(0)
                || c.dim(1) != b.dim(0)) {
            throw new IllegalArgumentException("gemmBt needs A (m, k), B (n, k), C (m, n); got A "
                    + Arrays.toString(a.shape()) + ", B " + Arrays.toString(b.shape()) + ", C "
                    + Arrays.toString(c.shape()));
        }
        if (a.segment().asOverlappingSlice(c.segment()).isPresent()
                || b.segment().asOverlappingSlice(c.segment()).isPresent()) {
            throw new IllegalArgumentException("gemmBt output C must not overlap A or B");
        }
        gemmBt(a.segment(), b.segment(), c.segment(), a.dim(0), b.dim(0), a.dim(1));
    }

    /**
     * C ← A·Qᵀ for row-major float A (m, k), int8 Q (n, k) and C (m, n): every C[i][j] is the dot product of row i
     * of A with row j of Q, the int8 values taken exactly. Sums of integer products below 2²⁴ are exact in every
     * tier, whatever the summation order.
     */
    public final void gemmBtInt8(Tensor a, Int8Matrix q, Tensor c) {
        if (a.rank() != 2 || c.rank() != 2 || a.dim(1) != q.cols() || c.dim(0) != a.dim(0) || c.dim(1) != q.rows()) {
            throw new IllegalArgumentException("gemmBtInt8 needs A (m, k), Q (n, k), C (m, n); got A "
                    + Arrays.toString(a.shape()) + ", Q (" + q.rows() + ", " + q.cols() + "), C "
                    + Arrays.toString(c.shape()));
        }
        if (a.segment().asOverlappingSlice(c.segment()).isPresent()
                || q.segment().asOverlappingSlice(c.segment()).isPresent()) {
            throw new IllegalArgumentException("gemmBtInt8 output C must not overlap A or Q");
        }
        gemmBtInt8(a.segment(), q.segment(), c.segment(), a.dim(0), q.rows(), a.dim(1));
    }

    /**
     * y[i] ← Σ_j e[i + j]·x[j] for i < m = y.size(), j < n = x.size(): a matrix-vector product whose rows are
     * windows of one array of m + n − 1 values (a Toeplitz matrix), so a translation-invariant W never needs storing.
     */
    public final void windowGemv(Tensor e, Tensor x, Tensor y) {
        long need = y.size() + x.size() - 1;
        if (e.size() < need) {
            throw new IllegalArgumentException("windowGemv needs e with at least m + n − 1 = " + need + " values, got "
                    + e.size());
        }
        if (e.segment().asOverlappingSlice(y.segment()).isPresent()
                || x.segment().asOverlappingSlice(y.segment()).isPresent()) {
            throw new IllegalArgumentException("windowGemv output y must not overlap e or x");
        }
        windowGemv(e.segment(), x.segment(), y.segment(), length(y), length(x));
    }

    /**
     * As {@link #windowGemv(Tensor, Tensor, Tensor)} on heap arrays, for operators that keep their small working
     * arrays on the heap: the Vector API loads them about 1.6 times faster than off-heap segments in this kernel
     * (unaligned windows; measured on JDK 25, see benchmarks/README.md).
     */
    public final void windowGemv(float[] e, float[] x, float[] y) {
        if (e.length < y.length + x.length - 1) {
            throw new IllegalArgumentException("windowGemv needs e with at least m + n − 1 = "
                    + (y.length + x.length - 1) + " values, got " + e.length);
        }
        if (y == e || y == x) {
            throw new IllegalArgumentException("windowGemv output y must not be e or x");
        }
        windowGemv(e, x, y, y.length, x.length);
    }

    /**
     * y ← A·x for a row-major heap A of (y.length × x.length): small operator-owned matrices (a low-rank factor) that
     * the Vector API reads faster from the heap than from segments.
     */
    public final void gemv(float[] a, float[] x, float[] y) {
        gemv(a, 0, y.length, x.length, x, 0, y, 0);
    }

    /**
     * y[yFrom + i] ← Σ_j A[i][j]·x[xFrom + j] for the row-major (rows × cols) block of heap array a starting at
     * aFrom, i < rows, j < cols.
     */
    public final void gemv(float[] a, int aFrom, int rows, int cols, float[] x, int xFrom, float[] y, int yFrom) {
        checkHeapGemv("gemv", a, aFrom, rows, cols, x, xFrom, cols, y, yFrom, rows);
        heapGemv(a, aFrom, rows, cols, x, xFrom, y, yFrom);
    }

    /** y ← Aᵀ·x for a row-major heap A of (x.length × y.length): the transpose of {@link #gemv(float[], float[], float[])}. */
    public final void gemvTransposed(float[] a, float[] x, float[] y) {
        gemvTransposed(a, 0, x.length, y.length, x, 0, y, 0);
    }

    /**
     * y[yFrom + j] ← Σ_i A[i][j]·x[xFrom + i] for the row-major (rows × cols) block of heap array a starting at
     * aFrom, i < rows, j < cols.
     */
    public final void gemvTransposed(float[] a, int aFrom, int rows, int cols, float[] x, int xFrom, float[] y,
            int yFrom) {
        checkHeapGemv("gemvTransposed", a, aFrom, rows, cols, x, xFrom, rows, y, yFrom, cols);
        heapGemvTransposed(a, aFrom, rows, cols, x, xFrom, y, yFrom);
    }

    private static void checkHeapGemv(String what, float[] a, int aFrom, int rows, int cols, float[] x, int xFrom,
            int xCount, float[] y, int yFrom, int yCount) {
        if (rows < 0 || cols < 0 || aFrom < 0 || xFrom < 0 || yFrom < 0
                || (long) aFrom + (long) rows * cols > a.length || (long) xFrom + xCount > x.length
                || (long) yFrom + yCount > y.length) {
            throw new IllegalArgumentException(what + " of a (" + rows + " × " + cols + ") block at " + aFrom
                    + " needs A of at least " + ((long) aFrom + (long) rows * cols) + " values, x of " + (xFrom + xCount)
                    + " and y of " + (yFrom + yCount) + "; got " + a.length + ", " + x.length + ", " + y.length);
        }
        if (y == x || y == a) {
            throw new IllegalArgumentException(what + " output y must be another array than A and x");
        }
    }

    /**
     * The even and odd parts of a ring of m points about point 0: even[0] = x[0], even[j] = x[j] + x[m − j] and
     * odd[j − 1] = x[j] − x[m − j] for 1 ≤ j ≤ (m − 1)/2, and even[m/2] = x[m/2] when m is even. Entries of even
     * and odd past those are left alone. Against cosines and sines, sums over half the ring suffice.
     */
    public final void mirrorSplit(float[] x, int m, float[] even, float[] odd) {
        checkMirror(x, m, even, odd);
        mirrorSplit(x, m, even, odd, (m - 1) / 2);
    }

    /**
     * The ring of m points from its even and odd parts, as {@link #mirrorSplit} defines them but without its factor
     * 2: x[0] = even[0], x[j] = even[j] + odd[j − 1], x[m − j] = even[j] − odd[j − 1], x[m/2] = even[m/2] (m even).
     */
    public final void mirrorCombine(float[] even, float[] odd, int m, float[] x) {
        checkMirror(x, m, even, odd);
        mirrorCombine(even, odd, m, x, (m - 1) / 2);
    }

    private static void checkMirror(float[] x, int m, float[] even, float[] odd) {
        int half = (m - 1) / 2;
        if (m < 1 || x.length < m || even.length < m - half || odd.length < half || x == even || x == odd
                || even == odd) {
            throw new IllegalArgumentException("a mirror split of a ring of " + m + " points needs x of " + m
                    + ", even of " + (m - half) + " and odd of " + half + " values, three distinct arrays; got "
                    + x.length + ", " + even.length + ", " + odd.length);
        }
    }

    /**
     * In-place forward FFT (decimation in frequency, output in bit-reversed order, see {@link FftPlan}) of columns
     * [from, to) of the complex (n × width) row-major array (re, im), n = the plan's length.
     */
    public final void fftForward(FftPlan plan, float[] re, float[] im, int width, int from, int to) {
        checkFft(plan.length(), re, im, width, from, to);
        fft(plan, re, im, width, from, to, false);
    }

    /**
     * In-place inverse FFT (decimation in time from bit-reversed input to natural order, unnormalised: the result is
     * n times the inverse DFT) of columns [from, to) of the complex (n × width) row-major array (re, im).
     */
    public final void fftInverse(FftPlan plan, float[] re, float[] im, int width, int from, int to) {
        checkFft(plan.length(), re, im, width, from, to);
        fft(plan, re, im, width, from, to, true);
    }

    /**
     * In-place forward mixed-radix FFT (decimation in frequency, output in digit-reversed order, see
     * {@link MixedRadixPlan}) of columns [from, to) of the complex (n × width) row-major array (re, im).
     */
    public final void fftForward(MixedRadixPlan plan, float[] re, float[] im, int width, int from, int to) {
        checkFft(plan.length(), re, im, width, from, to);
        fft(plan, re, im, width, from, to, false);
    }

    /**
     * In-place inverse mixed-radix FFT (decimation in time from digit-reversed input to natural order,
     * unnormalised) of columns [from, to) of the complex (n × width) row-major array (re, im).
     */
    public final void fftInverse(MixedRadixPlan plan, float[] re, float[] im, int width, int from, int to) {
        checkFft(plan.length(), re, im, width, from, to);
        fft(plan, re, im, width, from, to, true);
    }

    /** out[outFrom + i] ← a[aFrom + i] + b[bFrom + i] for i < n (heap arrays, for operators' scratch). */
    public final void add(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n) {
        checkRanges(n, a, aFrom, b, bFrom, out, outFrom);
        add(a, aFrom, b, bFrom, out, outFrom, n, false);
    }

    /** out[outFrom + i] ← a[aFrom + i] − b[bFrom + i] for i < n (heap arrays, for operators' scratch). */
    public final void subtract(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n) {
        checkRanges(n, a, aFrom, b, bFrom, out, outFrom);
        add(a, aFrom, b, bFrom, out, outFrom, n, true);
    }

    /**
     * dst[dstFrom + j·dstStride + i] ← src[srcFrom + i·srcStride + j] for i < rows, j < cols: the transpose of a
     * (rows × cols) block of a row-major array into another array.
     */
    public final void transpose(float[] src, int srcFrom, int srcStride, float[] dst, int dstFrom, int dstStride,
            int rows, int cols) {
        if (rows < 0 || cols < 0 || src == dst || srcFrom < 0 || dstFrom < 0
                || (rows > 0 && cols > 0 && ((long) srcFrom + (long) (rows - 1) * srcStride + cols > src.length
                || (long) dstFrom + (long) (cols - 1) * dstStride + rows > dst.length))) {
            throw new IllegalArgumentException("transpose of " + rows + " × " + cols + " does not fit the arrays "
                    + "(or they are the same array)");
        }
        transposeBlock(src, srcFrom, srcStride, dst, dstFrom, dstStride, rows, cols);
    }

    private static void checkRanges(int n, float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom) {
        if (n < 0 || aFrom < 0 || bFrom < 0 || outFrom < 0 || (long) aFrom + n > a.length
                || (long) bFrom + n > b.length || (long) outFrom + n > out.length) {
            throw new IllegalArgumentException("element-wise range of " + n + " outside the arrays");
        }
    }

    /** x[r][c] ← x[r][c]·h[r] (complex) for r < rows and c in [from, to) of the (rows × width) arrays (re, im). */
    public final void complexMultiplyRows(float[] re, float[] im, float[] hRe, float[] hIm, int rows, int width,
            int from, int to) {
        if (re.length < (long) rows * width || im.length < (long) rows * width || hRe.length < rows
                || hIm.length < rows || from < 0 || from > to || to > width) {
            throw new IllegalArgumentException("complexMultiplyRows: arrays too short for " + rows + " × " + width
                    + " or bad column range [" + from + ", " + to + ")");
        }
        multiplyRows(re, im, hRe, hIm, rows, width, from, to);
    }

    /** x[i] ← x[i]·h[i] (complex) for i in [from, to). */
    public final void complexMultiply(float[] re, float[] im, float[] hRe, float[] hIm, int from, int to) {
        if (from < 0 || from > to || to > re.length || to > im.length || to > hRe.length || to > hIm.length) {
            throw new IllegalArgumentException("complexMultiply: range [" + from + ", " + to + ") outside the arrays");
        }
        multiplyElements(re, im, hRe, hIm, from, to);
    }

    /**
     * The middle of a real convolution by a half-length complex FFT (see {@code RingConvolution}): on the spectrum
     * Z of z[t] = x[2t] + i·x[2t+1] in bit-reversed order (length Q = re.length of the used part), splits every
     * pair of frequencies (k, Q − k) into the spectrum of x, multiplies it by the kernel spectrum and merges back,
     * in place. Tables are indexed by position p (frequency k = bitreverse(p)): {@code h1} = H[k], {@code h2} =
     * H[Q − k] (at p = 0: H[0] and H[Q]), {@code w} = exp(−iπk/Q). In bit-reversed order the partner of position p
     * in [2^s, 2^(s+1)) is its mirror in that range, so both ends can be read contiguously.
     */
    public final void realConvolutionPairs(float[] re, float[] im, float[] h1Re, float[] h1Im, float[] h2Re,
            float[] h2Im, float[] wRe, float[] wIm, int half) {
        if (half < 2 || Integer.bitCount(half) != 1 || re.length < half || im.length < half || h1Re.length < half
                || h1Im.length < half || h2Re.length < half || h2Im.length < half || wRe.length < half
                || wIm.length < half) {
            throw new IllegalArgumentException("realConvolutionPairs needs a power-of-two length >= 2 and arrays of "
                    + "at least that length, got " + half);
        }
        realConvolutionPairs(re, im, h1Re, h1Im, h2Re, h2Im, wRe, wIm, half, true);
    }

    private static void checkFft(int length, float[] re, float[] im, int width, int from, int to) {
        long need = (long) length * width;
        if (width < 1 || re.length < need || im.length < need || from < 0 || from > to || to > width) {
            throw new IllegalArgumentException("FFT of length " + length + " needs (re, im) of at least "
                    + need + " values and 0 <= from <= to <= width (" + width + "); got " + re.length + ", "
                    + im.length + ", [" + from + ", " + to + ")");
        }
    }

    /**
     * Columns [from, to) of C ← A·Bᵀ (shapes as {@link #gemmBt(Tensor, Tensor, Tensor)}): only rows [from, to) of B
     * are read and only those columns of C written, so threads can split one product by columns, each reading its
     * own part of B once.
     */
    public final void gemmBtColumns(Tensor a, Tensor b, Tensor c, int from, int to) {
        if (a.rank() != 2 || b.rank() != 2 || c.rank() != 2 || a.dim(1) != b.dim(1) || c.dim(0) != a.dim(0)
                || c.dim(1) != b.dim(0) || from < 0 || from > to || to > b.dim(0)) {
            throw new IllegalArgumentException("gemmBtColumns needs A (m, k), B (n, k), C (m, n), 0 <= from <= to <= n;"
                    + " got A " + Arrays.toString(a.shape()) + ", B " + Arrays.toString(b.shape()) + ", C "
                    + Arrays.toString(c.shape()) + ", [" + from + ", " + to + ")");
        }
        if (a.segment().asOverlappingSlice(c.segment()).isPresent()
                || b.segment().asOverlappingSlice(c.segment()).isPresent()) {
            throw new IllegalArgumentException("gemmBtColumns output C must not overlap A or B");
        }
        if (from == to) {
            return;
        }
        long k = a.dim(1), row = k * Float.BYTES;
        gemmBt(a.segment(), b.segment().asSlice(from * row, (to - from) * row),
                c.segment().asSlice((long) from * Float.BYTES), a.dim(0), to - from, a.dim(1), c.dim(1));
    }

    /** True when every element is finite (no NaN, no infinity). */
    public final boolean allFinite(Tensor a) {
        return allFinite(a.segment(), length(a));
    }

    private static int length(Tensor a) {
        return Math.toIntExact(a.size());
    }

    private static int sameSize(Tensor a, Tensor b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("arrays differ in size: " + Arrays.toString(a.shape()) + " vs "
                    + Arrays.toString(b.shape()));
        }
        return length(a);
    }

    /** Kernel of {@link #dot(Tensor, Tensor)}. */
    protected abstract float dot(MemorySegment a, MemorySegment b, int n);

    /** Kernel of {@link #sumOfSquares(Tensor)}. */
    protected abstract float sumOfSquares(MemorySegment a, int n);

    /** Kernel of {@link #sum(Tensor)}. */
    protected abstract float sum(MemorySegment a, int n);

    /** Kernel of {@link #axpy(float, Tensor, Tensor)}. */
    protected abstract void axpy(float alpha, MemorySegment x, MemorySegment y, int n);

    /** Kernel of {@link #scale(float, Tensor)}. */
    protected abstract void scale(float alpha, MemorySegment x, int n);

    /** Kernel of {@link #relu(Tensor)}. */
    protected abstract void relu(MemorySegment x, int n);

    /** Kernel of {@link #squareScaled(Tensor, float, Tensor)}. */
    protected abstract void squareScaled(MemorySegment u, float c, MemorySegment r, int n);

    /** Kernel of {@link #leak(Tensor, Tensor, float, float)}. */
    protected abstract void leak(MemorySegment x, MemorySegment drive, float gain, float c, int n);

    /** Kernel of {@link #gemv(Tensor, Tensor, Tensor)}. */
    protected abstract void gemv(MemorySegment a, int m, int n, MemorySegment x, MemorySegment y);

    /** Kernel of {@link #gemmBt(Tensor, Tensor, Tensor)}: A is (m, k), B is (n, k). */
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k) {
        // Row i of C is B·(row i of A): one gemv per row, which faster tiers replace with a blocked kernel.
        for (int i = 0; i < m; i++) {
            long rowA = (long) i * k * Float.BYTES;
            long rowC = (long) i * n * Float.BYTES;
            gemv(b, n, k, a.asSlice(rowA, (long) k * Float.BYTES), c.asSlice(rowC, (long) n * Float.BYTES));
        }
    }

    /** Kernel of {@link #gemmBtInt8(Tensor, Int8Matrix, Tensor)}: A is (m, k) float, Q is (n, k) int8. */
    protected void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        // The reference: plain loops, summing in index order; faster tiers override.
        for (int i = 0; i < m; i++) {
            long rowA = (long) i * k;
            for (int j = 0; j < n; j++) {
                long rowQ = (long) j * k;
                float s = 0;
                for (int l = 0; l < k; l++) {
                    s += a.getAtIndex(ValueLayout.JAVA_FLOAT, rowA + l) * q.get(ValueLayout.JAVA_BYTE, rowQ + l);
                }
                c.setAtIndex(ValueLayout.JAVA_FLOAT, (long) i * n + j, s);
            }
        }
    }

    /**
     * Kernel of {@link #gemmBtColumns}: C (m × n, row stride {@code ldc} >= n floats) ← A·Bᵀ. The default does one
     * gemv per row of C.
     */
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k, int ldc) {
        for (int i = 0; i < m; i++) {
            long rowA = (long) i * k * Float.BYTES;
            long rowC = (long) i * ldc * Float.BYTES;
            gemv(b, n, k, a.asSlice(rowA, (long) k * Float.BYTES), c.asSlice(rowC, (long) n * Float.BYTES));
        }
    }

    /** Kernel of {@link #allFinite(Tensor)}. */
    protected abstract boolean allFinite(MemorySegment a, int n);

    /** Kernel of {@link #windowGemv(Tensor, Tensor, Tensor)}: y has m elements, x has n. */
    protected abstract void windowGemv(MemorySegment e, MemorySegment x, MemorySegment y, int m, int n);

    /** Kernel of {@link #windowGemv(float[], float[], float[])}. */
    protected abstract void windowGemv(float[] e, float[] x, float[] y, int m, int n);

    /** Kernel of {@link #mirrorSplit}: half = (m − 1)/2. */
    protected abstract void mirrorSplit(float[] x, int m, float[] even, float[] odd, int half);

    /** Kernel of {@link #mirrorCombine}: half = (m − 1)/2. */
    protected abstract void mirrorCombine(float[] even, float[] odd, int m, float[] x, int half);

    /** Kernel of {@link #gemv(float[], int, int, int, float[], int, float[], int)}: A is (m × n). */
    protected abstract void heapGemv(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom);

    /** Kernel of {@link #gemvTransposed(float[], int, int, int, float[], int, float[], int)}: x has m values, y n. */
    protected abstract void heapGemvTransposed(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y,
            int yFrom);

    /** Kernel of {@link #fftForward} ({@code inverse} false) and {@link #fftInverse} ({@code inverse} true). */
    protected abstract void fft(FftPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse);

    /** Kernel of the mixed-radix {@code fftForward} ({@code inverse} false) and {@code fftInverse}. */
    protected abstract void fft(MixedRadixPlan plan, float[] re, float[] im, int width, int from, int to,
            boolean inverse);

    /** Kernel of {@link #add(float[], int, float[], int, float[], int, int)} and {@code subtract}. */
    protected abstract void add(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n,
            boolean subtract);

    /** Kernel of {@link #transpose}. */
    protected abstract void transposeBlock(float[] src, int srcFrom, int srcStride, float[] dst, int dstFrom,
            int dstStride, int rows, int cols);

    /** Kernel of {@link #complexMultiplyRows}. */
    protected abstract void multiplyRows(float[] re, float[] im, float[] hRe, float[] hIm, int rows, int width,
            int from, int to);

    /** Kernel of {@link #realConvolutionPairs}; {@code checked} tells the overloads apart. */
    protected abstract void realConvolutionPairs(float[] re, float[] im, float[] h1Re, float[] h1Im, float[] h2Re,
            float[] h2Im, float[] wRe, float[] wIm, int half, boolean checked);

    /** Kernel of {@link #complexMultiply}. */
    protected abstract void multiplyElements(float[] re, float[] im, float[] hRe, float[] hIm, int from, int to);

    @Override
    public String toString() {
        return name();
    }
}
