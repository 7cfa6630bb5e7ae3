package org.jcanns.nativeblas;

import java.lang.foreign.MemorySegment;
import org.jcanns.core.kernel.products.PanamaMatrixProducts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matrix products handed to OpenBLAS: {@code gemv} (sgemv) and {@code gemmBt} (sgemm from
 * {@value #SGEMM_MIN_ROWS} rows, sgemv per row below unless B is too big for cache: the batched and separable
 * products). Everything else stays on the Vector API: the other families of the {@code openblas} tier come from
 * its fallback {@code panama}, because at the lengths the models use a downcall costs more than the loop (see
 * benchmarks/README.md).
 *
 * <p>The library is loaded at the first product, not when the tier is chosen: a run whose operators never call
 * BLAS (the spectral CANN1D, the FFT) never pays for loading it. If it then fails to load, the products stay on
 * the Vector API (the same results within float32 rounding) and a warning says why, once.
 */
public class OpenBlasMatrixProducts extends PanamaMatrixProducts {
    private static final Logger LOG = LoggerFactory.getLogger(OpenBlasMatrixProducts.class);

    /** Kernels that load OpenBLAS at their first product. */
    public OpenBlasMatrixProducts() {
    }

    /** The process-wide library, loaded when first asked for; null when it cannot load (warned once). */
    private static final class Library {
        static final OpenBlas BLAS = loadOrWarn();

        private static OpenBlas loadOrWarn() {
            try {
                return OpenBlas.load();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("OpenBLAS could not be loaded ({}); matrix products run on the Vector API", e.getMessage());
                return null;
            }
        }
    }

    /** Whether the library loaded (loading it now if no product has yet). */
    public static boolean available() {
        return Library.BLAS != null;
    }

    @Override
    protected void gemv(MemorySegment a, int m, int n, MemorySegment x, MemorySegment y) {
        OpenBlas blas = Library.BLAS;
        if (blas == null) {
            super.gemv(a, m, n, x, y);
            return;
        }
        blas.sgemv(m, n, a, n, x, y);
    }

    /**
     * Below this many rows of A, sgemm spends more time packing B (all of it, every call) than multiplying: the
     * rows go through sgemv instead (GemmBenchmark: one 512-row B, 1 row: sgemm ~200 µs, sgemv ~20 µs).
     */
    static final int SGEMM_MIN_ROWS = 24;

    /**
     * Above this size B is read from memory, not cache, and the product is bound by reading it: one sgemv per row of
     * A reads all of B again for every row, the Vector API tiles once per four rows (HopfieldBenchmark, 4 rows by a
     * 1 GiB B: 3.3 against 1.06 times one plain read of B per product). 32 MiB is beyond the last-level cache of the
     * machines measured.
     */
    static final long STREAMED_B_BYTES = 32L << 20;

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k) {
        gemmBt(a, b, c, m, n, k, n);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k, int ldc) {
        OpenBlas blas = Library.BLAS;
        if (blas == null) {
            super.gemmBt(a, b, c, m, n, k, ldc);
            return;
        }
        if (m >= SGEMM_MIN_ROWS) {
            blas.sgemm(false, true, m, n, k, 1f, a, k, b, k, 0f, c, ldc);
            return;
        }
        if (m >= 4 && (long) n * k * Float.BYTES > STREAMED_B_BYTES) {
            super.gemmBt(a, b, c, m, n, k, ldc);
            return;
        }
        long rowA = (long) k * Float.BYTES;
        for (int i = 0; i < m; i++) {
            // Row i of C is B·(row i of A).
            blas.sgemv(n, k, b, k, a.asSlice(i * rowA, rowA), c.asSlice((long) i * ldc * Float.BYTES,
                    (long) n * Float.BYTES));
        }
    }
}
