package org.jcanns.models.cann;

/** Provides {@code cann2d}: canns' CANN2D with its defaults. */
public final class Cann2DProvider extends CannProvider {
    /** The provider the registry instantiates. */
    public Cann2DProvider() {
        super("cann2d", "2D continuous attractor network on a torus of length x length neurons",
                Cann.commonParams(Cann2D.sizeParam(), 0.5, 10, 4), Cann2D::new);
    }
}
