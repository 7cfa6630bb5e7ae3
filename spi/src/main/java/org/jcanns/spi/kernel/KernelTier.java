package org.jcanns.spi.kernel;

/**
 * A kernel tier (for example {@code scalar}, {@code panama}, {@code openblas}), found through
 * {@link java.util.ServiceLoader}: a name, a priority, a check that this JVM can run it, and the tier that serves
 * the kernel families it does not implement itself.
 */
public interface KernelTier {
    /** The tier's name, as given to {@code -Djcanns.kernels}. */
    String name();

    /** Tiers are tried from the highest priority down; the first whose {@link #check()} passes is used. */
    int priority();

    /** The tier whose implementations serve the families this one lacks, or the empty string for none. */
    String fallback();

    /** Floats per SIMD register this tier's kernels work with (1 for scalar code): batched layouts align to it. */
    int vectorLanes();

    /** Checks that this JVM can run the tier and returns one line on what it runs on (e.g. the vector width). */
    String check() throws TierUnavailableException;
}
