package org.jcanns.spi.model;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jcanns.spi.kernel.KernelSet;

/**
 * What a model is created in: the time step, the seeded random source and the kernels of its simulation.
 *
 * @param dt the time step, finite and positive
 * @param random the simulation's random source; the same seed gives the same run
 * @param kernels the kernels the model computes with, chosen once by whoever creates the simulation
 */
public record ModelContext(double dt, RandomGenerator random, KernelSet kernels) {
    public ModelContext {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(kernels, "kernels");
    }
}
