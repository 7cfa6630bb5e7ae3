package org.jcanns.core.fft;



/**
 * Fast Fourier transforms (power-of-two and mixed-radix plans), complex spectrum products and the block transposes of 2D transforms.
 *
 * <p>Public methods check their arguments once (tensors must be off-heap: {@link KernelArgs#offHeap}) and call
 * the protected kernels, which assume valid input. {@link ScalarTransforms} is the reference every other
 * implementation is tested against; {@link PanamaTransforms} runs on the Vector API.
 */
public abstract class Transforms {

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

    /** Kernel of {@link #fftForward} ({@code inverse} false) and {@link #fftInverse} ({@code inverse} true). */
    protected abstract void fft(FftPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse);

    /** Kernel of the mixed-radix {@code fftForward} ({@code inverse} false) and {@code fftInverse}. */
    protected abstract void fft(MixedRadixPlan plan, float[] re, float[] im, int width, int from, int to,
            boolean inverse);

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
}
