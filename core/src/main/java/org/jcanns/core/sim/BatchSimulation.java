package org.jcanns.core.sim;

import java.lang.foreign.Arena;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jcanns.core.batch.ModelBatch;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;

/**
 * Runs a {@link ModelBatch} as {@link Simulation} runs one model: each copy reads its own inputs, the chosen states
 * are kept every k-th step into arrays of shape (B, R, *state shape), and a NaN or infinity in any copy stops the
 * run naming the copy, the step and the state.
 */
public final class BatchSimulation {
    private final ModelBatch batch;
    private final double dt;
    private List<InputSource> inputs;
    private int steps = -1;
    private List<String> record = List.of();
    private int every = 1;
    private int checkEvery = Simulation.DEFAULT_CHECK_EVERY;
    private ProgressListener progress = ProgressListener.NONE;
    private Kernels kernels = Kernels.active();

    private BatchSimulation(ModelBatch batch, double dt) {
        this.batch = Objects.requireNonNull(batch, "batch");
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
        this.dt = dt;
        this.inputs = java.util.Collections.nCopies(batch.size(), InputSource.none());
    }

    /** A simulation of {@code batch} with time step {@code dt}. */
    public static BatchSimulation of(ModelBatch batch, double dt) {
        return new BatchSimulation(batch, dt);
    }

    /** One input source per copy (or one for all copies). */
    public BatchSimulation inputs(List<InputSource> perCopy) {
        if (perCopy.size() == 1) {
            this.inputs = java.util.Collections.nCopies(batch.size(), perCopy.get(0));
        } else if (perCopy.size() == batch.size()) {
            this.inputs = List.copyOf(perCopy);
        } else {
            throw new IllegalArgumentException("need 1 or " + batch.size() + " input sources, got " + perCopy.size());
        }
        return this;
    }

    /** Number of steps (default: one pass over the shortest inputs). */
    public BatchSimulation steps(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + n);
        }
        this.steps = n;
        return this;
    }

    /** The states to keep. */
    public BatchSimulation record(List<String> states) {
        for (String s : states) {
            batch.state(0, s);
        }
        this.record = List.copyOf(states);
        return this;
    }

    /** Keep every k-th step. */
    public BatchSimulation every(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("every must be >= 1, got " + k);
        }
        this.every = k;
        return this;
    }

    /** Check for NaN and infinity after every k-th step (see {@link Simulation#checkEvery}). */
    public BatchSimulation checkEvery(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("checkEvery must be >= 1, got " + k);
        }
        this.checkEvery = k;
        return this;
    }

    /** Receives (steps done, total). */
    public BatchSimulation progress(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener, "progress");
        return this;
    }

    /** The kernels for the finiteness checks. */
    public BatchSimulation kernels(Kernels k) {
        this.kernels = Objects.requireNonNull(k, "kernels");
        return this;
    }

    /** Number of steps this simulation will run. */
    public int plannedSteps() {
        if (steps > 0) {
            return steps;
        }
        int rows = inputs.stream().mapToInt(InputSource::rows).min().orElse(0);
        if (rows == 0) {
            throw new IllegalArgumentException("steps must be given when there are no input arrays");
        }
        return rows;
    }

    /** Runs every copy from its current state; the recording holds (B, R, *shape) arrays. */
    public Recording run() {
        int copies = batch.size();
        int total = plannedSteps();
        int kept = total / every;
        if (!record.isEmpty() && kept == 0) {
            throw new IllegalArgumentException("every (" + every + ") must not exceed the number of steps (" + total + ")");
        }
        Arena arena = Arena.ofShared();
        try {
            Map<String, Tensor> out = new LinkedHashMap<>();
            for (String name : record) {
                Tensor s = batch.state(0, name);
                int[] shape = new int[s.rank() + 2];
                shape[0] = copies;
                shape[1] = kept;
                System.arraycopy(s.shape(), 0, shape, 2, s.rank());
                out.put(name, Tensor.allocate(arena, shape));
            }
            String[] names = record.toArray(String[]::new);
            Tensor[] targets = out.values().toArray(Tensor[]::new);
            List<String> all = batch.stateNames();
            double[] times = new double[kept];
            StepInput[] current = new StepInput[copies];
            long reportEvery = Math.max(1, total / 1000);
            int lastChecked = -1;
            long start = System.nanoTime();
            for (int step = 0, row = 0; step < total; step++) {
                for (int b = 0; b < copies; b++) {
                    current[b] = inputs.get(b).at(step);
                }
                batch.step(b -> current[b]);
                if ((step + 1) % checkEvery == 0 || step + 1 == total) {
                    for (int b = 0; b < copies; b++) {
                        for (String s : all) {
                            if (!kernels.allFinite(batch.state(b, s))) {
                                throw new DivergenceException(step, step * dt, s, lastChecked, b);
                            }
                        }
                    }
                    lastChecked = step;
                }
                if ((step + 1) % every == 0) {
                    for (int s = 0; s < names.length; s++) {
                        for (int b = 0; b < copies; b++) {
                            targets[s].slice(b).slice(row).copyFrom(batch.state(b, names[s]));
                        }
                    }
                    times[row++] = step * dt;
                }
                if ((step + 1) % reportEvery == 0 || step + 1 == total) {
                    progress.update(step + 1, total);
                }
            }
            return new Recording(arena, out, times, total, System.nanoTime() - start);
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }
}
