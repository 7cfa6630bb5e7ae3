package org.jcanns.nativeblas;

import java.lang.foreign.MemorySegment;
import org.jcanns.core.kernel.PanamaKernels;

/**
 * The Vector API kernels with the matrix products handed to OpenBLAS: {@code gemv} (sgemv) and {@code gemmBt}
 * (sgemm, the batched and separable products). Level-1 operations stay on the Vector API: at the lengths the
 * models use, a downcall costs more than the loop (see benchmarks/README.md).
 */
public class OpenBlasKernels extends PanamaKernels {
    private final OpenBlas blas;

    /** Kernels calling {@code blas}. */
    public OpenBlasKernels(OpenBlas blas) {
        this.blas = blas;
    }

    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public String description() {
        return "OpenBLAS (" + blas.corename() + " kernels, " + blas.getNumThreads() + " thread(s), " + blas.origin()
                + ": " + blas.library() + ") + " + super.description();
    }

    /** The library these kernels call. */
    public OpenBlas blas() {
        return blas;
    }

    @Override
    protected void gemv(MemorySegment a, int m, int n, MemorySegment x, MemorySegment y) {
        blas.sgemv(m, n, a, n, x, y);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k) {
        blas.sgemmBt(m, n, k, a, b, c);
    }
}
