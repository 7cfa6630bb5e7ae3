package org.jcanns.tasks.tracking;

/** Provides {@code template-matching-2d}: canns' TemplateMatching2D (key points as x,y pairs). */
public final class TemplateMatching2DProvider extends TemplateMatchingProvider {
    /** The provider the registry instantiates. */
    public TemplateMatching2DProvider() {
        super(2);
    }
}
