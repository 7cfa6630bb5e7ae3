package org.jcanns.core.kernel.products;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.jcanns.core.kernel.WarmFamily;
import org.jcanns.core.kernel.WarmSwitch;
import org.jcanns.spi.kernel.KernelSet;

/**
 * The matrix products of the {@code warm} tier: each runs the plain loops of {@code plain} for its first calls,
 * then the {@code fast} product of the tier below, OpenBLAS or the Vector API (see {@link WarmSwitch}).
 */
public final class WarmingMatrixProducts extends MatrixProducts implements WarmFamily {
    private final MatrixProducts plain;
    private final KernelSet below;
    /** The tier below's kernels, made at the first call that needs them (a short run never does). */
    private volatile MatrixProducts fast;
    private final WarmSwitch gemv = new WarmSwitch();
    private final WarmSwitch gemmBt = new WarmSwitch();
    private final WarmSwitch gemmBtStrided = new WarmSwitch();
    private final WarmSwitch windowGemv = new WarmSwitch();
    private final WarmSwitch heapWindowGemv = new WarmSwitch();
    private final WarmSwitch heapGemv = new WarmSwitch();
    private final WarmSwitch heapGemvTransposed = new WarmSwitch();

    /** Kernels that start on {@code plain} and move one by one to those of {@code below} (see {@link WarmSwitch}). */
    public WarmingMatrixProducts(MatrixProducts plain, KernelSet below) {
        this.plain = plain;
        this.below = below;
    }

    // Unsynchronised: a race makes two threads ask the tier below, which hands both the same instance.
    private MatrixProducts fast() {
        MatrixProducts f = fast;
        if (f == null) {
            f = below.get(MatrixProducts.class);
            fast = f;
        }
        return f;
    }

    @Override
    public List<WarmSwitch> switches() {
        return List.of(gemv, gemmBt, gemmBtStrided, windowGemv, heapWindowGemv, heapGemv, heapGemvTransposed);
    }

    @Override
    protected void gemv(MemorySegment a, int m, int n, MemorySegment x, MemorySegment y) {
        (gemv.fast((long) m * n) ? fast() : plain).gemv(a, m, n, x, y);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k) {
        (gemmBt.fast((long) m * n * k) ? fast() : plain).gemmBt(a, b, c, m, n, k);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k, int ldc) {
        (gemmBtStrided.fast((long) m * n * k) ? fast() : plain).gemmBt(a, b, c, m, n, k, ldc);
    }

    @Override
    protected void windowGemv(MemorySegment e, MemorySegment x, MemorySegment y, int m, int n) {
        (windowGemv.fast((long) m * n) ? fast() : plain).windowGemv(e, x, y, m, n);
    }

    @Override
    protected void windowGemv(float[] e, float[] x, float[] y, int m, int n) {
        (heapWindowGemv.fast((long) m * n) ? fast() : plain).windowGemv(e, x, y, m, n);
    }

    @Override
    protected void heapGemv(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        (heapGemv.fast((long) m * n) ? fast() : plain).heapGemv(a, aFrom, m, n, x, xFrom, y, yFrom);
    }

    @Override
    protected void heapGemvTransposed(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        (heapGemvTransposed.fast((long) m * n) ? fast() : plain).heapGemvTransposed(a, aFrom, m, n, x, xFrom, y, yFrom);
    }
}
