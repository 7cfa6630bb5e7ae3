package org.jcanns.core.operator;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * The dense product {@code W·r} of a ring without storing W: {@code W[i][j] = K[(i − j) mod M]} is a Toeplitz
 * matrix, so with r reversed every row is a window of one array of 2n − 1 values. The products and their
 * per-row summation are those of a dense mat-vec (canns' {@code W @ r}); the matrix reads come from L1 instead of
 * n² floats of memory.
 */
public final class RingDenseOperator implements RecurrentOperator {
    /** Freed with the operator: the n² matrix, once a batch asks for it. */
    private final Arena arena = Arena.ofAuto();
    private final Kernels kernels;
    private final int n;
    /** Heap arrays: the Vector API reads these windows faster than off-heap ones (see Kernels.windowGemv). */
    private final float[] window;
    private final ThreadLocal<float[][]> scratch;
    private final float[] kernel;
    private volatile Tensor matrix;

    /** A ring of {@code n} neurons with kernel {@code K} of length M ({@code n} = M or M + 1). */
    public RingDenseOperator(float[] kernel, int n, Kernels kernels) {
        int m = kernel.length;
        if (m < 1 || (n != m && n != m + 1)) {
            throw new IllegalArgumentException("a ring of " + n + " neurons needs a kernel of period n or n − 1, got "
                    + m);
        }
        this.kernels = kernels;
        this.n = n;
        // With x' = r reversed, y[i] = Σ_j K[(i − (n − 1) + j) mod M]·x'[j] = Σ_j E[i + j]·x'[j].
        this.window = new float[2 * n - 1];
        for (int s = 0; s < 2 * n - 1; s++) {
            window[s] = kernel[Math.floorMod(s - (n - 1), m)];
        }
        this.scratch = ThreadLocal.withInitial(() -> new float[][] {new float[n], new float[n]});
        this.kernel = kernel.clone();
    }

    @Override
    public String name() {
        return "dense";
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void apply(Tensor r, Tensor out) {
        RecurrentOperator.checkSizes(this, r, out);
        float[][] s = scratch.get();
        float[] reversed = s[0], y = s[1];
        MemorySegment.copy(r.segment(), ValueLayout.JAVA_FLOAT, 0, y, 0, n);
        for (int j = 0; j < n; j++) {
            reversed[j] = y[n - 1 - j];
        }
        kernels.products().windowGemv(window, reversed, y);
        MemorySegment.copy(y, 0, out.segment(), ValueLayout.JAVA_FLOAT, 0, n);
    }

    /**
     * For B networks the product is one GEMM, {@code R·Wᵀ} (gemmBt), which reuses each matrix element B times:
     * here W is stored (built on the first batch call), as the GEMM reads it at full speed from cache.
     */
    @Override
    public void applyBatch(Tensor r, Tensor out) {
        RecurrentOperator.checkBatch(this, r, out);
        kernels.products().gemmBt(r, matrix(), out);
    }

    /** Splits the GEMM by output columns: part p reads rows [n·p/P, n·(p+1)/P) of W. */
    @Override
    public void applyBatchPart(Tensor r, Tensor out, int part, int parts) {
        RecurrentOperator.checkBatch(this, r, out);
        kernels.products().gemmBtColumns(r, matrix(), out, RecurrentOperator.partStart(n, part, parts),
                RecurrentOperator.partStart(n, part + 1, parts));
    }

    private Tensor matrix() {
        Tensor w = matrix;
        if (w == null) {
            synchronized (this) {
                w = matrix;
                if (w == null) {
                    w = Tensor.allocate(arena, n, n);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            w.set(i, j, kernel[Math.floorMod(i - j, kernel.length)]);
                        }
                    }
                    matrix = w;
                }
            }
        }
        return w;
    }
}
