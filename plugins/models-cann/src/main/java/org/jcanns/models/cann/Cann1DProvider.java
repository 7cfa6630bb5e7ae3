package org.jcanns.models.cann;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code cann1d}: canns' CANN1D with its defaults. */
public final class Cann1DProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public Cann1DProvider() {
        super("cann1d", "1D continuous attractor network on a ring (Wu, Hamaguchi & Amari 2008)",
                Cann.commonParams(Cann1D.sizeParam(), 0.5, 10, 4),
                (p, c) -> new Cann1D(p, c.dt(), Kernels.active()));
    }
}
