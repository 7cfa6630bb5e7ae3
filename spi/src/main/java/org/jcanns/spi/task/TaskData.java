package org.jcanns.spi.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jcanns.spi.Tensor;

/** Named arrays with a common leading time axis; the names match the inputs of the model they drive. */
public final class TaskData {
    private final int steps;
    private final Map<String, Tensor> arrays;

    /** Wraps {@code arrays}; every array must have {@code steps} rows. */
    public TaskData(int steps, Map<String, Tensor> arrays) {
        arrays.forEach((name, t) -> {
            if (t.rank() == 0 || t.dim(0) != steps) {
                throw new IllegalArgumentException("array '" + name + "' has shape " + t
                        + " but the task has " + steps + " steps");
            }
        });
        this.steps = steps;
        this.arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
    }

    /** Number of time steps. */
    public int steps() {
        return steps;
    }

    /** The array names. */
    public Set<String> names() {
        return arrays.keySet();
    }

    /** The array called {@code name}, or an error listing the names. */
    public Tensor get(String name) {
        Tensor t = arrays.get(name);
        if (t == null) {
            throw new IllegalArgumentException("task data has no array '" + name + "'; it has " + arrays.keySet());
        }
        return t;
    }

    /** All arrays by name. */
    public Map<String, Tensor> arrays() {
        return arrays;
    }
}
