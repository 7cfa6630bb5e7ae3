package org.jcanns.core.kernel;

import org.jcanns.spi.kernel.KernelTier;

/** The always-available scalar tier: plain Java loops, the reference the other tiers are tested against. */
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
    public String fallback() {
        return "";
    }

    @Override
    public int vectorLanes() {
        return 1;
    }

    @Override
    public String check() {
        return "plain Java loops";
    }
}
