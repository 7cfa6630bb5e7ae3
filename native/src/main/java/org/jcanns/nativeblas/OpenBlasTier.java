package org.jcanns.nativeblas;

import org.jcanns.core.kernel.KernelSelection;
import org.jcanns.core.kernel.KernelTier;
import org.jcanns.core.kernel.Kernels;

/** The {@code openblas} tier (priority 20): the panama kernels with OpenBLAS matrix products. */
public final class OpenBlasTier implements KernelTier {
    @Override
    public String name() {
        return "openblas";
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public Kernels load() throws TierUnavailableException {
        // The kernels extend the Vector API ones: without that tier this one cannot run either.
        Kernels panama;
        try {
            panama = KernelSelection.tier("panama");
        } catch (RuntimeException e) {
            throw new TierUnavailableException("needs the panama tier: " + e.getMessage(), e);
        }
        OpenBlas blas;
        try {
            blas = OpenBlas.load();
        } catch (RuntimeException | LinkageError e) {
            throw new TierUnavailableException("OpenBLAS could not be loaded: " + e.getMessage(), e);
        }
        try {
            return Class.forName("org.jcanns.nativeblas.OpenBlasKernels").asSubclass(Kernels.class)
                    .getConstructor(OpenBlas.class).newInstance(blas);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new TierUnavailableException("OpenBLAS kernels failed to load next to " + panama.name() + ": " + e, e);
        }
    }
}
