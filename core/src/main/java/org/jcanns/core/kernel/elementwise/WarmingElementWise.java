package org.jcanns.core.kernel.elementwise;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jcanns.core.kernel.WarmFamily;
import org.jcanns.core.kernel.WarmSwitch;
import org.jcanns.spi.kernel.KernelSet;

/**
 * The element-wise kernels of the {@code warm} tier: each runs the plain loops of {@code plain} for its first
 * calls, then the {@code fast} kernel of the tier below (see {@link WarmSwitch}).
 */
public final class WarmingElementWise extends ElementWise implements WarmFamily {
    private final ElementWise plain;
    private final KernelSet below;
    /** The tier below's kernels, made at the first call that needs them (a short run never does). */
    private volatile ElementWise fast;
    private final WarmSwitch dot = new WarmSwitch();
    private final WarmSwitch sumOfSquares = new WarmSwitch();
    private final WarmSwitch sum = new WarmSwitch();
    private final WarmSwitch axpy = new WarmSwitch();
    private final WarmSwitch scale = new WarmSwitch();
    private final WarmSwitch relu = new WarmSwitch();
    private final WarmSwitch squareScaled = new WarmSwitch();
    private final WarmSwitch leak = new WarmSwitch();
    private final WarmSwitch allFinite = new WarmSwitch();
    private final WarmSwitch mirrorSplit = new WarmSwitch();
    private final WarmSwitch mirrorCombine = new WarmSwitch();
    private final WarmSwitch add = new WarmSwitch();

    /** Kernels that start on {@code plain} and move one by one to those of {@code below} (see {@link WarmSwitch}). */
    public WarmingElementWise(ElementWise plain, KernelSet below) {
        this.plain = plain;
        this.below = below;
    }

    // Unsynchronised: a race makes two threads ask the tier below, which hands both the same instance.
    private ElementWise fast() {
        ElementWise f = fast;
        if (f == null) {
            f = below.get(ElementWise.class);
            fast = f;
        }
        return f;
    }

    @Override
    public List<WarmSwitch> switches() {
        return List.of(dot, sumOfSquares, sum, axpy, scale, relu, squareScaled, leak, allFinite, mirrorSplit, mirrorCombine, add);
    }

    @Override
    protected float dot(MemorySegment a, MemorySegment b, int n) {
        return (dot.fast(n) ? fast() : plain).dot(a, b, n);
    }

    @Override
    protected float sumOfSquares(MemorySegment a, int n) {
        return (sumOfSquares.fast(n) ? fast() : plain).sumOfSquares(a, n);
    }

    @Override
    protected float sum(MemorySegment a, int n) {
        return (sum.fast(n) ? fast() : plain).sum(a, n);
    }

    @Override
    protected void axpy(float alpha, MemorySegment x, MemorySegment y, int n) {
        (axpy.fast(n) ? fast() : plain).axpy(alpha, x, y, n);
    }

    @Override
    protected void scale(float alpha, MemorySegment x, int n) {
        (scale.fast(n) ? fast() : plain).scale(alpha, x, n);
    }

    @Override
    protected void relu(MemorySegment x, int n) {
        (relu.fast(n) ? fast() : plain).relu(x, n);
    }

    @Override
    protected void squareScaled(MemorySegment u, float c, MemorySegment r, int n) {
        (squareScaled.fast(n) ? fast() : plain).squareScaled(u, c, r, n);
    }

    @Override
    protected void leak(MemorySegment x, MemorySegment drive, float gain, float c, int n) {
        (leak.fast(n) ? fast() : plain).leak(x, drive, gain, c, n);
    }

    @Override
    protected boolean allFinite(MemorySegment a, int n) {
        return (allFinite.fast(n) ? fast() : plain).allFinite(a, n);
    }

    @Override
    protected void mirrorSplit(float[] x, int m, float[] even, float[] odd, int half) {
        (mirrorSplit.fast(m) ? fast() : plain).mirrorSplit(x, m, even, odd, half);
    }

    @Override
    protected void mirrorCombine(float[] even, float[] odd, int m, float[] x, int half) {
        (mirrorCombine.fast(m) ? fast() : plain).mirrorCombine(even, odd, m, x, half);
    }

    @Override
    protected void add(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n, boolean subtract) {
        (add.fast(n) ? fast() : plain).add(a, aFrom, b, bFrom, out, outFrom, n, subtract);
    }
}
