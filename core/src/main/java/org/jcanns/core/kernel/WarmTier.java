package org.jcanns.core.kernel;

import org.jcanns.spi.kernel.KernelTier;
import org.jcanns.spi.kernel.TierUnavailableException;

/**
 * The {@code warm} tier (priority 30, the default where the Vector API runs): every kernel starts on plain loops,
 * which the JIT compiles within a few calls, and moves to the kernel of the best tier below ({@code openblas} or
 * {@code panama}) after a fixed number of its own calls (see {@link WarmSwitch}). Short runs never pay for the
 * Vector API's slow start; long runs get its speed. The move depends on the call count only, so a single-threaded
 * run gives the same bits every time; results agree with the fixed tiers within float32 rounding, and
 * {@code -Djcanns.kernels=openblas|panama|scalar} fixes the tier for the whole run.
 */
public final class WarmTier implements KernelTier {
    private final PanamaTier panama = new PanamaTier();

    @Override
    public String name() {
        return "warm";
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public String fallback() {
        // When the native module is absent, the tier list continues with the next tier by priority (panama).
        return "openblas";
    }

    @Override
    public int vectorLanes() {
        // Batched layouts are made once, for the kernels the run ends on.
        return panama.vectorLanes();
    }

    @Override
    public String check() throws TierUnavailableException {
        String vectors = panama.checkFor("nothing to warm up to without");
        return "plain loops for each kernel's first " + WarmSwitch.calls() + " calls, then the tier below; " + vectors;
    }
}
