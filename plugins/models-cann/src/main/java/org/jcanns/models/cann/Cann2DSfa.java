package org.jcanns.models.cann;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.param.Params;

/**
 * canns' CANN2D_SFA: CANN2D with spike-frequency adaptation {@code v}, the equations of CANN1D_SFA (v follows the
 * new u).
 */
public final class Cann2DSfa extends Cann2D {
    /** A CANN2D_SFA from validated parameters, stepped with {@code dt}, using {@code kernels}. */
    public Cann2DSfa(Params p, double dt, Kernels kernels) {
        super(p, dt, kernels, true);
    }
}
