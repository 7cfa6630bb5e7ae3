/**
 * jcanns' engine: kernel tiers and families, recurrent operators, the simulation loop, npy/npz I/O, the plugin
 * registry and seeded random sources. Every package here is used by plugins or returned by one that is, so all
 * are exported; the Vector API is optional ({@code requires static}): without it only the scalar tier runs.
 */
module org.jcanns.core {
    requires transitive org.jcanns.spi;
    requires org.slf4j;
    requires java.management;
    requires jdk.management;
    // Lanes and the Panama families take and return Vector API types: their users need the module too.
    requires static transitive jdk.incubator.vector;

    exports org.jcanns.core.analysis;
    exports org.jcanns.core.batch;
    exports org.jcanns.core.fft;
    exports org.jcanns.core.geometry;
    exports org.jcanns.core.io;
    exports org.jcanns.core.kernel;
    exports org.jcanns.core.kernel.elementwise;
    exports org.jcanns.core.kernel.int8;
    exports org.jcanns.core.kernel.products;
    exports org.jcanns.core.memory;
    exports org.jcanns.core.model;
    exports org.jcanns.core.operator;
    exports org.jcanns.core.random;
    exports org.jcanns.core.registry;
    exports org.jcanns.core.sim;
    exports org.jcanns.core.topology;

    uses org.jcanns.spi.kernel.KernelTier;
    uses org.jcanns.spi.kernel.KernelImplementations;
    uses org.jcanns.spi.model.ModelProvider;
    uses org.jcanns.spi.task.TaskProvider;
    uses org.jcanns.spi.train.TrainerProvider;
    uses org.jcanns.spi.plot.PlotBackendProvider;
    uses org.jcanns.spi.pipeline.PipelineProvider;
    uses org.jcanns.spi.analysis.AnalyzerProvider;

    provides org.jcanns.spi.kernel.KernelTier with org.jcanns.core.kernel.ScalarTier, org.jcanns.core.kernel.PanamaTier,
            org.jcanns.core.kernel.WarmTier;
    provides org.jcanns.spi.kernel.KernelImplementations with org.jcanns.core.kernel.CoreImplementations.Scalar,
            org.jcanns.core.kernel.CoreImplementations.Panama, org.jcanns.core.kernel.CoreImplementations.Warm;
}
