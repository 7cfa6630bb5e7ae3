package org.jcanns.models.cann;

/** Provides {@code cann1d}: canns' CANN1D with its defaults. */
public final class Cann1DProvider extends CannProvider {
    /** The provider the registry instantiates. */
    public Cann1DProvider() {
        super("cann1d", "1D continuous attractor network on a ring (Wu, Hamaguchi & Amari 2008)",
                Cann.commonParams(Cann1D.sizeParam(), 0.5, 10, 4), Cann1D::new);
    }
}
