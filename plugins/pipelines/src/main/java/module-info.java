/** The theta-sweep pipeline, composed through the registry; its batch runner and trajectory readers are API for Java users. */
module org.jcanns.pipelines {
    requires transitive org.jcanns.core;
    requires org.slf4j;

    exports org.jcanns.pipelines;
    exports org.jcanns.pipelines.trajectory;

    provides org.jcanns.spi.pipeline.PipelineProvider with org.jcanns.pipelines.ThetaSweepProvider;
}
