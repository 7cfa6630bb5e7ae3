/** The tracking tasks (population coding, template matching, smooth and custom tracking, 1D and 2D). */
module org.jcanns.tasks.tracking {
    requires org.jcanns.core;

    provides org.jcanns.spi.task.TaskProvider with org.jcanns.tasks.tracking.PopulationCodingProvider,
            org.jcanns.tasks.tracking.TemplateMatchingProvider,
            org.jcanns.tasks.tracking.SmoothTrackingProvider,
            org.jcanns.tasks.tracking.CustomTrackingProvider,
            org.jcanns.tasks.tracking.PopulationCoding2DProvider,
            org.jcanns.tasks.tracking.TemplateMatching2DProvider,
            org.jcanns.tasks.tracking.SmoothTracking2DProvider,
            org.jcanns.tasks.tracking.CustomTracking2DProvider;
}
