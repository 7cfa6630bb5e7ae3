package org.jcanns.nativeblas;

import org.jcanns.core.kernel.PanamaTier;
import org.jcanns.spi.kernel.KernelTier;
import org.jcanns.spi.kernel.TierUnavailableException;

/**
 * The {@code openblas} tier (priority 20): OpenBLAS matrix products, every other family from its fallback
 * {@code panama} (and {@code scalar} below that).
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
        String vectors;
        try {
            vectors = panama.check();
        } catch (TierUnavailableException e) {
            throw new TierUnavailableException("needs the panama tier: " + e.getMessage(), e);
        }
        OpenBlas blas;
        try {
            blas = OpenBlas.load();
        } catch (RuntimeException | LinkageError e) {
            throw new TierUnavailableException("OpenBLAS could not be loaded: " + e.getMessage(), e);
        }
        return "OpenBLAS (" + blas.corename() + " kernels, " + blas.getNumThreads() + " thread(s), " + blas.origin()
                + ": " + blas.library() + ") + " + vectors;
    }
}
