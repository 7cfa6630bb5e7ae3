package org.jcanns.nativeblas;

import org.jcanns.core.kernel.PanamaTier;
import org.jcanns.spi.kernel.KernelTier;
import org.jcanns.spi.kernel.TierUnavailableException;

/**
 * The {@code openblas} tier (priority 20): OpenBLAS matrix products, every other family from its fallback
 * {@code panama} (and {@code scalar} below that). Its check only finds the library; the library is loaded at the
 * first matrix product (see {@link OpenBlasMatrixProducts}), so a run whose operators never call BLAS never loads it.
 */
public final class OpenBlasTier implements KernelTier {
    private final PanamaTier panama = new PanamaTier();

    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public String fallback() {
        return "panama";
    }

    @Override
    public int vectorLanes() {
        // The families other than matrix products are panama's, so batched layouts follow its width.
        return panama.vectorLanes();
    }

    @Override
    public String check() throws TierUnavailableException {
        String vectors = panama.checkFor("needs");
        var blas = OpenBlas.ifLoaded();
        if (blas.isPresent()) {
            OpenBlas b = blas.get();
            return "OpenBLAS (" + b.corename() + " kernels, " + b.getNumThreads() + " thread(s), " + b.origin()
                    + ": " + b.library() + ") + " + vectors;
        }
        String where;
        try {
            where = LibraryLocation.find();
        } catch (RuntimeException e) {
            throw new TierUnavailableException("OpenBLAS not found: " + e.getMessage(), e);
        }
        return "OpenBLAS (" + where + ", loaded at the first matrix product) + " + vectors;
    }
}
