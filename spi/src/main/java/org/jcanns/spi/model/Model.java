package org.jcanns.spi.model;

import java.util.List;
import java.util.Optional;
import org.jcanns.spi.Tensor;

/**
 * A dynamical model stepped in discrete time: named state arrays, named per-step inputs, one update rule.
 *
 * <p>Models never read global state: the time step and the random source come from the {@link ModelContext}
 * they were created with. A model owns its off-heap memory and frees it on {@link #close()}.
 */
public interface Model extends AutoCloseable {
    /** The shape of the neuron population, e.g. {@code [512]} or {@code [64, 64]}. */
    int[] shape();

    /** The names of the state arrays, e.g. {@code u, r, inp, v}. */
    List<String> stateNames();

    /** The live state array called {@code name}; throws {@link IllegalArgumentException} listing the names. */
    Tensor state(String name);

    /** The inputs {@link #step} reads, with their shapes. */
    List<InputSpec> inputs();

    /** Puts every state back to its initial value (canns' {@code init_state}). */
    void reset();

    /** Advances the model by one time step with the given inputs. */
    void step(StepInput input);

    /** The feature space stimuli are defined on, for models that have one (CANNs do). */
    default Optional<FeatureSpace> featureSpace() {
        return Optional.empty();
    }

    /** Frees the model's memory; the model must not be used afterwards. */
    @Override
    void close();
}
