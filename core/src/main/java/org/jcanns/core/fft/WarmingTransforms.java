package org.jcanns.core.fft;

import java.util.List;
import org.jcanns.core.kernel.WarmFamily;
import org.jcanns.core.kernel.WarmSwitch;
import org.jcanns.spi.kernel.KernelSet;

/**
 * The transforms of the {@code warm} tier: each kernel runs the plain loops of {@code plain} for its first
 * calls, then the {@code fast} kernel of the tier below (see {@link WarmSwitch}).
 */
public final class WarmingTransforms extends Transforms implements WarmFamily {
    private final Transforms plain;
    private final KernelSet below;
    /** The tier below's kernels, made at the first call that needs them (a short run never does). */
    private volatile Transforms fast;
    private final WarmSwitch fft = new WarmSwitch();
    private final WarmSwitch mixedRadix = new WarmSwitch();
    private final WarmSwitch transposeBlock = new WarmSwitch();
    private final WarmSwitch multiplyRows = new WarmSwitch();
    private final WarmSwitch realConvolutionPairs = new WarmSwitch();
    private final WarmSwitch multiplyElements = new WarmSwitch();

    /** Kernels that start on {@code plain} and move one by one to those of {@code below} (see {@link WarmSwitch}). */
    public WarmingTransforms(Transforms plain, KernelSet below) {
        this.plain = plain;
        this.below = below;
    }

    // Unsynchronised: a race makes two threads ask the tier below, which hands both the same instance.
    private Transforms fast() {
        Transforms f = fast;
        if (f == null) {
            f = below.get(Transforms.class);
            fast = f;
        }
        return f;
    }

    @Override
    public List<WarmSwitch> switches() {
        return List.of(fft, mixedRadix, transposeBlock, multiplyRows, realConvolutionPairs, multiplyElements);
    }

    @Override
    protected void fft(FftPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse) {
        (fft.fast((long) plan.length() * (to - from)) ? fast() : plain).fft(plan, re, im, width, from, to, inverse);
    }

    @Override
    protected void fft(MixedRadixPlan plan, float[] re, float[] im, int width, int from, int to, boolean inverse) {
        (mixedRadix.fast((long) plan.length() * (to - from)) ? fast() : plain).fft(plan, re, im, width, from, to, inverse);
    }

    @Override
    protected void transposeBlock(float[] src, int srcFrom, int srcStride, float[] dst, int dstFrom,
            int dstStride, int rows, int cols) {
        (transposeBlock.fast((long) rows * cols) ? fast() : plain).transposeBlock(src, srcFrom, srcStride, dst, dstFrom, dstStride, rows, cols);
    }

    @Override
    protected void multiplyRows(float[] re, float[] im, float[] hRe, float[] hIm, int rows, int width, int from,
            int to) {
        (multiplyRows.fast((long) rows * (to - from)) ? fast() : plain).multiplyRows(re, im, hRe, hIm, rows, width, from, to);
    }

    @Override
    protected void realConvolutionPairs(float[] re, float[] im, float[] h1Re, float[] h1Im, float[] h2Re,
            float[] h2Im, float[] wRe, float[] wIm, int half, boolean checked) {
        (realConvolutionPairs.fast(half) ? fast() : plain).realConvolutionPairs(re, im, h1Re, h1Im, h2Re, h2Im, wRe, wIm, half, checked);
    }

    @Override
    protected void multiplyElements(float[] re, float[] im, float[] hRe, float[] hIm, int from, int to) {
        (multiplyElements.fast(to - from) ? fast() : plain).multiplyElements(re, im, hRe, hIm, from, to);
    }
}
