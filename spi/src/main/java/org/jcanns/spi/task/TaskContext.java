package org.jcanns.spi.task;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jcanns.spi.kernel.KernelSet;
import org.jcanns.spi.model.Model;

/**
 * What a task is created in: the time step, the model it drives (if it needs one) and a seeded random source.
 *
 * @param dt the time step, finite and positive
 * @param model the model whose feature space stimuli are defined on, or null for model-free tasks
 * @param random the random source (template-matching noise, trajectories)
 * @param kernels the kernels the task computes with, chosen once by whoever creates it
 */
public record TaskContext(double dt, Model model, RandomGenerator random, KernelSet kernels) {
    public TaskContext {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(kernels, "kernels");
    }

    /** The model, if one was given. */
    public Optional<Model> optionalModel() {
        return Optional.ofNullable(model);
    }
}
