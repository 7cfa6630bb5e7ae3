package org.jcanns.models.cann;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code cann2d-sfa}: canns' CANN2D_SFA with its defaults (a=0.3, A=0.2, J0=1, tau_v=50, m=0.3). */
public final class Cann2DSfaProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public Cann2DSfaProvider() {
        super("cann2d-sfa", "2D CANN on a torus with spike-frequency adaptation",
                Cann.withAdaptation(Cann.commonParams(Cann2D.sizeParam(), 0.3, 0.2, 1.0, OperatorChoice.torusParam())),
                (p, c) -> new Cann2DSfa(p, c.dt(), Kernels.of(c.kernels())));
    }
}
