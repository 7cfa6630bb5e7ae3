package org.jcanns.spi.task;

import org.jcanns.spi.Provider;
import org.jcanns.spi.param.Params;

/** Creates tasks of one kind; found by the registry through {@link java.util.ServiceLoader}. */
public interface TaskProvider extends Provider {
    /** A new task with validated {@code params} in {@code context}. */
    Task create(Params params, TaskContext context);
}
