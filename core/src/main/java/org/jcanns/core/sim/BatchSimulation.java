package org.jcanns.core.sim;

import java.lang.foreign.Arena;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.StepInput;

/**
 * Runs a {@link ModelBatch} as {@link Simulation} runs one model: each copy reads its own inputs, the chosen states
 * are kept every k-th step into arrays of shape (B, R, *state shape), and a NaN or infinity in any copy stops the
 * run naming the copy, the step and the state.
 */
public final class BatchSimulation extends StepLoop<BatchSimulation> {
    private final ModelBatch batch;
    private List<InputSource> inputs;

    private BatchSimulation(ModelBatch batch, double dt) {
        super(dt);
        this.batch = Objects.requireNonNull(batch, "batch");
        this.inputs = java.util.Collections.nCopies(batch.size(), InputSource.none());
    }

    /** A simulation of {@code batch} with time step {@code dt}. */
    public static BatchSimulation of(ModelBatch batch, double dt) {
        return new BatchSimulation(batch, dt);
    }

    @Override
    BatchSimulation self() {
        return this;
    }

    @Override
    void checkState(String name) {
        batch.state(0, name);
    }

    /** The shortest of the copies' inputs. */
    @Override
    int inputRows() {
        return inputs.stream().mapToInt(InputSource::rows).min().orElse(0);
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

    /** Runs every copy from its current state; the recording holds (B, R, *shape) arrays. */
    public Recording run() {
        int copies = batch.size();
        int total = plannedSteps();
        int kept = keptSteps(total);
        long values = 0;
        for (String name : record) {
            values = MemoryLimit.plus(values, MemoryLimit.times(copies, batch.state(0, name).size()));
        }
        requireRecording(kept, values);
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
            int lastChecked = -1;
            LoopClock clock = new LoopClock(total, progress);
            beginRun();
            for (int step = 0, row = 0; step < total; step++) {
                for (int b = 0; b < copies; b++) {
                    current[b] = inputs.get(b).at(step);
                }
                batch.step(b -> current[b]);
                afterStep(step, total);
                if (checksAfter(step, total)) {
                    for (int b = 0; b < copies; b++) {
                        for (String s : all) {
                            if (!finite(batch.state(b, s))) {
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
                clock.afterStep(step);
            }
            return clock.recording(arena, out, times);
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }
}
