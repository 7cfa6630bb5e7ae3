package org.jcanns.spi.kernel;

import java.util.Set;

/**
 * The implementations one module contributes to one tier, found through {@link java.util.ServiceLoader}: core
 * brings its families (element-wise, matrix products, FFT, int8) for {@code scalar} and {@code panama}, the native
 * module matrix products for {@code openblas}, a plugin its own families. A family is a class (usually abstract)
 * that every implementation extends; a {@link KernelSet} finds the implementation along the tier's fallback chain.
 */
public interface KernelImplementations {
    /** The tier these implementations belong to. */
    String tier();

    /** The families implemented here. */
    Set<Class<?>> families();

    /**
     * A new implementation of {@code family}, one of {@link #families()}. Called only once the tier's check has
     * passed, so an implementation may link classes (the Vector API) that only that tier guarantees.
     */
    <K> K create(Class<K> family);

    /**
     * A new implementation of {@code family} for a tier built on the tiers below it in its chain: {@code below} is
     * the kernel set of those tiers (a warm-up tier wraps their kernels, see core's {@code WarmTier}). By default
     * {@code below} is not needed and this is {@link #create(Class)}.
     */
    default <K> K create(Class<K> family, KernelSet below) {
        return create(family);
    }
}
