package org.jcanns.spi.model;

import org.jcanns.spi.Provider;
import org.jcanns.spi.param.Params;

/** Creates models of one kind; found by the registry through {@link java.util.ServiceLoader}. */
public interface ModelProvider extends Provider {
    /** A new model with validated {@code params} in {@code context}. */
    Model create(Params params, ModelContext context);
}
