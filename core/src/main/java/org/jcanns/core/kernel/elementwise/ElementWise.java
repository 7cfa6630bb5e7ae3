package org.jcanns.core.kernel.elementwise;

import java.lang.foreign.MemorySegment;
import org.jcanns.core.kernel.KernelArgs;
import org.jcanns.spi.Tensor;

/**
 * Element-wise operations, reductions and mirror splits on float32 arrays: the model updates ({@code leak}, {@code squareScaled}, {@code axpy}), the sums they need, and the even/odd halves of a ring.
 *
 * <p>Public methods check their arguments once (tensors must be off-heap: {@link KernelArgs#offHeap}) and call
 * the protected kernels, which assume valid input. {@link ScalarElementWise} is the reference every other
 * implementation is tested against; {@link PanamaElementWise} runs on the Vector API.
 */
public abstract class ElementWise {

    /** Σ a[i]·b[i]. */
    public final float dot(Tensor a, Tensor b) {
        return dot(KernelArgs.offHeap(a, "dot", "a"), KernelArgs.offHeap(b, "dot", "b"), KernelArgs.sameSize(a, b));
    }

    /** Σ a[i]². */
    public final float sumOfSquares(Tensor a) {
        return sumOfSquares(KernelArgs.offHeap(a, "sumOfSquares", "a"), KernelArgs.length(a));
    }

    /** Σ a[i]. */
    public final float sum(Tensor a) {
        return sum(KernelArgs.offHeap(a, "sum", "a"), KernelArgs.length(a));
    }

    /** y ← y + alpha·x. */
    public final void axpy(float alpha, Tensor x, Tensor y) {
        axpy(alpha, KernelArgs.offHeap(x, "axpy", "x"), KernelArgs.offHeap(y, "axpy", "y"), KernelArgs.sameSize(x, y));
    }

    /** x ← alpha·x. */
    public final void scale(float alpha, Tensor x) {
        scale(alpha, KernelArgs.offHeap(x, "scale", "x"), KernelArgs.length(x));
    }

    /** x ← max(x, 0) element-wise; a NaN stays NaN (so a divergence check still sees it). */
    public final void relu(Tensor x) {
        relu(KernelArgs.offHeap(x, "relu", "x"), KernelArgs.length(x));
    }

    /** r ← c·u² element-wise (the CANN firing rate once c = 1/(1 + k·Σu²) is known). */
    public final void squareScaled(Tensor u, float c, Tensor r) {
        squareScaled(KernelArgs.offHeap(u, "squareScaled", "u"), c, KernelArgs.offHeap(r, "squareScaled", "r"), KernelArgs.sameSize(u, r));
    }

    /** x ← x + c·(gain·drive − x): one forward-Euler step of a leaky integrator, c = dt/tau. */
    public final void leak(Tensor x, Tensor drive, float gain, float c) {
        leak(KernelArgs.offHeap(x, "leak", "x"), KernelArgs.offHeap(drive, "leak", "drive"), gain, c, KernelArgs.sameSize(x, drive));
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

    private static void checkRanges(int n, float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom) {
        if (n < 0 || aFrom < 0 || bFrom < 0 || outFrom < 0 || (long) aFrom + n > a.length
                || (long) bFrom + n > b.length || (long) outFrom + n > out.length) {
            throw new IllegalArgumentException("element-wise range of " + n + " outside the arrays");
        }
    }

    /** True when every element is finite (no NaN, no infinity). */
    public final boolean allFinite(Tensor a) {
        return allFinite(KernelArgs.offHeap(a, "allFinite", "a"), KernelArgs.length(a));
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

    /** Kernel of {@link #allFinite(Tensor)}. */
    protected abstract boolean allFinite(MemorySegment a, int n);

    /** Kernel of {@link #mirrorSplit}: half = (m − 1)/2. */
    protected abstract void mirrorSplit(float[] x, int m, float[] even, float[] odd, int half);

    /** Kernel of {@link #mirrorCombine}: half = (m − 1)/2. */
    protected abstract void mirrorCombine(float[] even, float[] odd, int m, float[] x, int half);

    /** Kernel of {@link #add(float[], int, float[], int, float[], int, int)} and {@code subtract}. */
    protected abstract void add(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n,
            boolean subtract);
}
