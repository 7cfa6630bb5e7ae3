package org.jcanns.spi.kernel;

/** The kernels chosen for a registry or a simulation: one tier, and an implementation of every family it uses. */
public interface KernelSet {
    /** The chosen tier's name. */
    String tier();

    /**
     * The implementation of {@code family} on this set's tier (or the first tier of its fallback chain that has
     * one); fails with {@link IllegalStateException} naming the family when no tier has one.
     */
    <K> K get(Class<K> family);
}
