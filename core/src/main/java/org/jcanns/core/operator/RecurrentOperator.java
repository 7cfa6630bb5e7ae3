package org.jcanns.core.operator;

import org.jcanns.spi.Tensor;

/**
 * The recurrent term {@code W·r} of a network with n neurons, whatever the structure of W: dense, circulant, ...
 * Implementations agree with {@link DenseOperator} to float32 tolerance.
 */
public interface RecurrentOperator {
    /** Short name for reports: {@code dense}, {@code fft}, ... */
    String name();

    /** Number of neurons n (W is n×n). */
    int size();

    /** Writes {@code W·r} into {@code out}; both hold n elements and must not overlap. Not thread-safe. */
    void apply(Tensor r, Tensor out);
}
