package org.jcanns.core.kernel.products;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.jcanns.core.kernel.KernelArgs;
import org.jcanns.spi.Tensor;

/**
 * Matrix products (BLAS levels 2 and 3): {@code gemv}, {@code gemmBt}, Toeplitz window products and heap matrix-vector products.
 *
 * <p>Public methods check their arguments once (tensors must be off-heap: {@link KernelArgs#offHeap}) and call
 * the protected kernels, which assume valid input. {@link ScalarMatrixProducts} is the reference every other
 * implementation is tested against; {@link PanamaMatrixProducts} runs on the Vector API.
 */
public abstract class MatrixProducts {

    /** y ← A·x for a row-major A of shape (m, n), x of length n and y of length m. */
    public final void gemv(Tensor a, Tensor x, Tensor y) {
        if (a.rank() != 2 || a.dim(1) != x.size() || a.dim(0) != y.size()) {
            throw new IllegalArgumentException("gemv needs A (m, n), x (n), y (m); got A " + Arrays.toString(a.shape())
                    + ", x " + x.size() + ", y " + y.size());
        }
        if (KernelArgs.offHeap(a, "gemv", "a").asOverlappingSlice(KernelArgs.offHeap(y, "gemv", "y")).isPresent()
                || KernelArgs.offHeap(x, "gemv", "x").asOverlappingSlice(KernelArgs.offHeap(y, "gemv", "y")).isPresent()) {
            throw new IllegalArgumentException("gemv output y must not overlap A or x");
        }
        gemv(KernelArgs.offHeap(a, "gemv", "a"), a.dim(0), a.dim(1), KernelArgs.offHeap(x, "gemv", "x"), KernelArgs.offHeap(y, "gemv", "y"));
    }

    /** C ← A·Bᵀ for row-major A (m, k), B (n, k) and C (m, n): every C[i][j] is a dot product of two rows. */
    public final void gemmBt(Tensor a, Tensor b, Tensor c) {
        if (a.rank() != 2 || b.rank() != 2 || c.rank() != 2 || a.dim(1) != b.dim(1) || c.dim(0) != a.dim(0)
                || c.dim(1) != b.dim(0)) {
            throw new IllegalArgumentException("gemmBt needs A (m, k), B (n, k), C (m, n); got A "
                    + Arrays.toString(a.shape()) + ", B " + Arrays.toString(b.shape()) + ", C "
                    + Arrays.toString(c.shape()));
        }
        if (KernelArgs.offHeap(a, "gemmBt", "a").asOverlappingSlice(KernelArgs.offHeap(c, "gemmBt", "c")).isPresent()
                || KernelArgs.offHeap(b, "gemmBt", "b").asOverlappingSlice(KernelArgs.offHeap(c, "gemmBt", "c")).isPresent()) {
            throw new IllegalArgumentException("gemmBt output C must not overlap A or B");
        }
        gemmBt(KernelArgs.offHeap(a, "gemmBt", "a"), KernelArgs.offHeap(b, "gemmBt", "b"), KernelArgs.offHeap(c, "gemmBt", "c"), a.dim(0), b.dim(0), a.dim(1));
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
        if (KernelArgs.offHeap(e, "windowGemv", "e").asOverlappingSlice(KernelArgs.offHeap(y, "windowGemv", "y")).isPresent()
                || KernelArgs.offHeap(x, "windowGemv", "x").asOverlappingSlice(KernelArgs.offHeap(y, "windowGemv", "y")).isPresent()) {
            throw new IllegalArgumentException("windowGemv output y must not overlap e or x");
        }
        windowGemv(KernelArgs.offHeap(e, "windowGemv", "e"), KernelArgs.offHeap(x, "windowGemv", "x"), KernelArgs.offHeap(y, "windowGemv", "y"), KernelArgs.length(y), KernelArgs.length(x));
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

    /** Kernel of {@link #windowGemv(Tensor, Tensor, Tensor)}: y has m elements, x has n. */
    protected abstract void windowGemv(MemorySegment e, MemorySegment x, MemorySegment y, int m, int n);

    /** Kernel of {@link #windowGemv(float[], float[], float[])}. */
    protected abstract void windowGemv(float[] e, float[] x, float[] y, int m, int n);

    /** Kernel of {@link #gemv(float[], int, int, int, float[], int, float[], int)}: A is (m × n). */
    protected abstract void heapGemv(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom);

    /** Kernel of {@link #gemvTransposed(float[], int, int, int, float[], int, float[], int)}: x has m values, y n. */
    protected abstract void heapGemvTransposed(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y,
            int yFrom);
}
