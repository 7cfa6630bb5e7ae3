package org.jcanns.spi.model;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a model is created in: the time step and the seeded random source of its simulation.
 *
 * @param dt the time step, finite and positive
 * @param random the simulation's random source; the same seed gives the same run
 */
public record ModelContext(double dt, RandomGenerator random) {
    public ModelContext {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
        Objects.requireNonNull(random, "random");
    }
}
