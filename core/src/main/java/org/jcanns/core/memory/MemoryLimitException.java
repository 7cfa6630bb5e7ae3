package org.jcanns.core.memory;

/** Work refused before it started because it would need more memory than {@link MemoryLimit} allows. */
public final class MemoryLimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** A refusal saying what needs how much, and the limit. */
    public MemoryLimitException(String message) {
        super(message);
    }
}
