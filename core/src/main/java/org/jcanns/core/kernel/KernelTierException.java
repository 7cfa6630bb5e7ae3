package org.jcanns.core.kernel;

/**
 * A kernel tier that was asked for cannot be used: unknown name, or it cannot run in this JVM. The message is one
 * line naming the tier, the reason and the known tiers; the caller may choose another tier and try again.
 */
public final class KernelTierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its one-line message. */
    public KernelTierException(String message) {
        super(message);
    }
}
