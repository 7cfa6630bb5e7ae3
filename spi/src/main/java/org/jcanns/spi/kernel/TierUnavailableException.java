package org.jcanns.spi.kernel;

/** A kernel tier cannot run in this JVM; the message is the reason. */
public final class TierUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the reason. */
    public TierUnavailableException(String reason) {
        super(reason);
    }

    /** Creates the exception with the reason and its cause. */
    public TierUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
