package org.jcanns.spi.model;

import org.jcanns.spi.Tensor;

/** The space a CANN encodes: neuron coordinates and the stimulus a position evokes (canns' get_stimulus_by_pos). */
public interface FeatureSpace {
    /** 1 for a ring, 2 for a torus. */
    int dimensions();

    /** Neuron coordinates along one axis ({@code x} in canns). */
    Tensor x();

    /** Neuron density ({@code rho} in canns). */
    double rho();

    /** The stimulus amplitude {@code A}. */
    double amplitude();

    /** Writes the stimulus evoked at {@code position} (length {@link #dimensions()}) into {@code out}. */
    void stimulusAt(double[] position, Tensor out);
}
