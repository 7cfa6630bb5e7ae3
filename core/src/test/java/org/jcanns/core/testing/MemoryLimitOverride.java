package org.jcanns.core.testing;

import org.jcanns.core.memory.MemoryLimit;

/** Sets the memory limit ({@link MemoryLimit#PROPERTY}) for the span of a try block, then restores the previous one. */
public final class MemoryLimitOverride implements AutoCloseable {
    private final String previous;

    /** Sets the limit to {@code limit} (e.g. "64m"). */
    public MemoryLimitOverride(String limit) {
        previous = System.getProperty(MemoryLimit.PROPERTY);
        System.setProperty(MemoryLimit.PROPERTY, limit);
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(MemoryLimit.PROPERTY);
        } else {
            System.setProperty(MemoryLimit.PROPERTY, previous);
        }
    }
}
