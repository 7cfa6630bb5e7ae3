package org.jcanns.core.kernel;

/**
 * A way to obtain one tier of {@link Kernels}, found through {@link java.util.ServiceLoader}; the native module
 * adds {@code openblas} this way without core depending on it.
 */
public interface KernelTier {
    /** The tier's name, as given to {@code -Djcanns.kernels}. */
    String name();

    /** Tiers are tried from the highest priority down; the first that loads is used. */
    int priority();

    /** Loads the kernels, or throws {@link TierUnavailableException} saying why this JVM cannot run them. */
    Kernels load() throws TierUnavailableException;

    /** A tier cannot run here; the message is the reason, logged once. */
    final class TierUnavailableException extends Exception {
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
}
