package org.jcanns.tasks.tracking;

/** Provides {@code custom-tracking-2d}: canns' CustomTracking2D (key points as x,y pairs). */
public final class CustomTracking2DProvider extends CustomTrackingProvider {
    /** The provider the registry instantiates. */
    public CustomTracking2DProvider() {
        super(2);
    }
}
