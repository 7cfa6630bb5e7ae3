package org.jcanns.spi.pipeline;

import org.jcanns.spi.Provider;
import org.jcanns.spi.param.Params;

/** Creates pipelines of one kind; found by the registry through {@link java.util.ServiceLoader}. */
public interface PipelineProvider extends Provider {
    /** A new pipeline with validated {@code params}, composing the providers of {@code context}. */
    Pipeline create(Params params, PipelineContext context);
}
