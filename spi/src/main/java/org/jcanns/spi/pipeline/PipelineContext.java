package org.jcanns.spi.pipeline;

import org.jcanns.spi.kernel.KernelSet;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.plot.PlotBackendProvider;
import org.jcanns.spi.task.TaskProvider;

/**
 * What a pipeline is created in: the providers it composes, found by name (the registry), so that a pipeline
 * plugin never imports another plugin's classes. Lookups fail with an error that lists the names that exist.
 */
public interface PipelineContext {
    /** The model provider called {@code name}. */
    ModelProvider model(String name);

    /** The task provider called {@code name}. */
    TaskProvider task(String name);

    /** The plot-backend provider called {@code name}. */
    PlotBackendProvider plotBackend(String name);

    /** The kernels the pipeline's models and tasks compute with (chosen once, like the registry's). */
    KernelSet kernels();
}
