package org.jcanns.tasks.tracking;

/** Provides {@code smooth-tracking-2d}: canns' SmoothTracking2D (key points as x,y pairs). */
public final class SmoothTracking2DProvider extends SmoothTrackingProvider {
    /** The provider the registry instantiates. */
    public SmoothTracking2DProvider() {
        super(2);
    }
}
