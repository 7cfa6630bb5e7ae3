package org.jcanns.core.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
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

    /** Kernel of {@link #allFinite(Tensor)}. */
    protected abstract boolean allFinite(MemorySegment a, int n);

    @Override
    public String toString() {
        return name();
    }
}
