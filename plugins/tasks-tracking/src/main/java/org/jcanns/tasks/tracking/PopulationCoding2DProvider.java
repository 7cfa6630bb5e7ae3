package org.jcanns.tasks.tracking;

/** Provides {@code population-coding-2d}: canns' PopulationCoding2D (key points as x,y pairs). */
public final class PopulationCoding2DProvider extends PopulationCodingProvider {
    /** The provider the registry instantiates. */
    public PopulationCoding2DProvider() {
        super(2);
    }
}
