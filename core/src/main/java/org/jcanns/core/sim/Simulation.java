package org.jcanns.core.sim;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.StepInput;

/**
 * Runs a model for a number of steps (canns' {@code for_loop}): feeds each step its inputs, keeps the chosen
 * states every k-th step, reports progress, and stops with a {@link DivergenceException} naming the step and the
 * state as soon as a state holds NaN or infinity.
 */
public final class Simulation {
    private final Model model;
    private final double dt;
    private InputSource inputs = InputSource.none();
    private int steps = -1;
    private List<String> record = List.of();
    private int every = 1;
    private ProgressListener progress = ProgressListener.NONE;
    private Kernels kernels = Kernels.active();
    private int checkEvery = DEFAULT_CHECK_EVERY;

    /**
     * States are checked for NaN and infinity after every 8th step (and after the last): NaN never heals in these
     * dynamics, so this finds every divergence, within 8 steps, at an eighth of the cost of checking every step.
     */
    public static final int DEFAULT_CHECK_EVERY = 8;

    private Simulation(Model model, double dt) {
        this.model = Objects.requireNonNull(model, "model");
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
        this.dt = dt;
    }

    /** A simulation of {@code model} with time step {@code dt} (used for the recorded times). */
    public static Simulation of(Model model, double dt) {
        return new Simulation(model, dt);
    }

    /** Where each step's inputs come from; they repeat when the run is longer than they are. */
    public Simulation inputs(InputSource source) {
        this.inputs = Objects.requireNonNull(source, "inputs");
        return this;
    }

    /** Number of steps to run (default: one pass over the inputs). */
    public Simulation steps(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + n);
        }
        this.steps = n;
        return this;
    }

    /** The states to keep, by name (default: none). */
    public Simulation record(List<String> states) {
        for (String s : states) {
            model.state(s);
        }
        this.record = List.copyOf(states);
        return this;
    }

    /** Keep the recorded states after every k-th step only (steps k−1, 2k−1, ...); default 1. */
    public Simulation every(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("every must be >= 1, got " + k);
        }
        this.every = k;
        return this;
    }

    /** Receives (steps done, total steps) during the run. */
    public Simulation progress(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener, "progress");
        return this;
    }

    /**
     * Check every state for NaN and infinity after every k-th step (default {@value #DEFAULT_CHECK_EVERY}); 1 names
     * the exact step a state diverged.
     */
    public Simulation checkEvery(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("checkEvery must be >= 1, got " + k);
        }
        this.checkEvery = k;
        return this;
    }

    /** The kernels used for the finiteness check (default: the active tier). */
    public Simulation kernels(Kernels k) {
        this.kernels = Objects.requireNonNull(k, "kernels");
        return this;
    }

    /** Number of steps this simulation will run. */
    public int plannedSteps() {
        if (steps > 0) {
            return steps;
        }
        if (inputs.rows() == 0) {
            throw new IllegalArgumentException("steps must be given when there are no input arrays");
        }
        return inputs.rows();
    }

    /** Number of states kept per recorded state: one per k steps. */
    public int recordedSteps() {
        return plannedSteps() / every;
    }

    /** Runs the simulation from the model's current state and returns what was recorded. */
    public Recording run() {
        inputs.check(model);
        int total = plannedSteps();
        int kept = total / every;
        if (!record.isEmpty() && kept == 0) {
            throw new IllegalArgumentException("every (" + every + ") must not exceed the number of steps (" + total + ")");
        }
        Arena arena = Arena.ofShared();
        try {
            Map<String, Tensor> out = new LinkedHashMap<>();
            List<Tensor> sources = new ArrayList<>();
            for (String name : record) {
                Tensor state = model.state(name);
                int[] shape = new int[state.rank() + 1];
                shape[0] = kept;
                System.arraycopy(state.shape(), 0, shape, 1, state.rank());
                out.put(name, Tensor.allocate(arena, shape));
                sources.add(state);
            }
            List<String> names = model.stateNames();
            List<Tensor> checked = names.stream().map(model::state).toList();
            Tensor[] targets = out.values().toArray(Tensor[]::new);
            double[] times = new double[kept];
            long reportEvery = Math.max(1, total / 1000);
            int lastChecked = -1;
            long start = System.nanoTime();
            for (int step = 0, row = 0; step < total; step++) {
                StepInput in = inputs.at(step);
                model.step(in);
                if ((step + 1) % checkEvery == 0 || step + 1 == total) {
                    for (int s = 0; s < checked.size(); s++) {
                        if (!kernels.allFinite(checked.get(s))) {
                            throw new DivergenceException(step, step * dt, names.get(s), lastChecked);
                        }
                    }
                    lastChecked = step;
                }
                if ((step + 1) % every == 0) {
                    for (int s = 0; s < targets.length; s++) {
                        targets[s].slice(row).copyFrom(sources.get(s));
                    }
                    times[row++] = step * dt;
                }
                if ((step + 1) % reportEvery == 0 || step + 1 == total) {
                    progress.update(step + 1, total);
                }
            }
            long nanos = System.nanoTime() - start;
            return new Recording(arena, out, times, total, nanos);
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }
}
