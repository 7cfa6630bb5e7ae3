package org.jcanns.core.kernel;

/** The always-available scalar tier. */
public final class ScalarTier implements KernelTier {
    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Kernels load() {
        return new ScalarKernels();
    }
}
