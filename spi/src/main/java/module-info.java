/** The contracts jcanns plugins implement and applications call: models, tasks, trainers, plots, kernels. */
module org.jcanns.spi {
    exports org.jcanns.spi;
    exports org.jcanns.spi.analysis;
    exports org.jcanns.spi.batch;
    exports org.jcanns.spi.kernel;
    exports org.jcanns.spi.model;
    exports org.jcanns.spi.param;
    exports org.jcanns.spi.pipeline;
    exports org.jcanns.spi.plot;
    exports org.jcanns.spi.task;
    exports org.jcanns.spi.train;
}
