package org.jcanns.models.cann;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.param.Params;

/**
 * canns' CANN1D_SFA (Mi et al. 2014): CANN1D with spike-frequency adaptation {@code v}. Each step: r from the old
 * u; {@code u ← u + dt·(−u + W·r + inp − v)/tau}; then {@code v ← v + dt·(−v + m·u)/tau_v} with the new u.
 */
public final class Cann1DSfa extends Cann1D {
    /** A CANN1D_SFA from validated parameters, stepped with {@code dt}, using {@code kernels}. */
    public Cann1DSfa(Params p, double dt, Kernels kernels) {
        super(p, dt, kernels, true);
    }
}
