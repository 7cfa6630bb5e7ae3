package org.jcanns.core.sim;

import java.lang.foreign.Arena;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.spi.Tensor;

/**
 * What a simulation kept: one array (R, *state shape) per recorded state, the time of each kept step, and how
 * long the loop took. Owns the off-heap memory of its arrays.
 */
public final class Recording implements AutoCloseable {
    private final Arena arena;
    private final Map<String, Tensor> states;
    private final double[] times;
    private final int steps;
    private final long nanos;
    private final long secondHalfNanos;

    Recording(Arena arena, Map<String, Tensor> states, double[] times, int steps, long nanos, long secondHalfNanos) {
        this.arena = arena;
        this.states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        this.times = times;
        this.steps = steps;
        this.nanos = nanos;
        this.secondHalfNanos = secondHalfNanos;
    }

    /** The recorded array of {@code state}, shape (R, *state shape). */
    public Tensor get(String state) {
        Tensor t = states.get(state);
        if (t == null) {
            throw new IllegalArgumentException("state '" + state + "' was not recorded; recorded: " + states.keySet());
        }
        return t;
    }

    /** All recorded arrays by state name, in the order asked for. */
    public Map<String, Tensor> states() {
        return states;
    }

    /** The time of each kept step: step index × dt, as canns' {@code run_steps}. */
    public double[] times() {
        return times.clone();
    }

    /** Number of steps simulated. */
    public int steps() {
        return steps;
    }

    /** Wall-clock seconds spent in the step loop (excluding set-up and output). */
    public double seconds() {
        return nanos / 1e9;
    }

    /**
     * Steps per second over the second half of the loop: the rate a long run settles to once the JIT has compiled
     * the step (the first steps of a JVM run its vector kernels far slower), comparable with a warmed-up benchmark.
     */
    public double steadyStepsPerSecond() {
        return (steps - steps / 2) / Math.max(secondHalfNanos / 1e9, 1e-12);
    }

    /** Frees the recorded arrays. */
    @Override
    public void close() {
        arena.close();
    }
}
