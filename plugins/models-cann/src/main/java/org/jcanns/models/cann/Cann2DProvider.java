package org.jcanns.models.cann;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code cann2d}: canns' CANN2D with its defaults. */
public final class Cann2DProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public Cann2DProvider() {
        super("cann2d", "2D continuous attractor network on a torus of length x length neurons",
                Cann.commonParams(Cann2D.sizeParam(), 0.5, 10, 4, OperatorChoice.torusParam()),
                (p, c) -> new Cann2D(p, c.dt(), Kernels.of(c.kernels())));
    }
}
