package org.jcanns.core.sim;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.StepInput;

/**
 * Runs a model for a number of steps (canns' {@code for_loop}): feeds each step its inputs, keeps the chosen
 * states every k-th step, reports progress, and stops with a {@link DivergenceException} naming the step and the
 * state as soon as a state holds NaN or infinity.
 */
public final class Simulation extends StepLoop<Simulation> {
    private final Model model;
    private InputSource inputs = InputSource.none();

    private Simulation(Model model, double dt) {
        super(dt);
        this.model = Objects.requireNonNull(model, "model");
    }

    /** A simulation of {@code model} with time step {@code dt} (used for the recorded times). */
    public static Simulation of(Model model, double dt) {
        return new Simulation(model, dt);
    }

    @Override
    Simulation self() {
        return this;
    }

    @Override
    void checkState(String name) {
        model.state(name);
    }

    @Override
    int inputRows() {
        return inputs.rows();
    }

    /** Where each step's inputs come from; they repeat when the run is longer than they are. */
    public Simulation inputs(InputSource source) {
        this.inputs = Objects.requireNonNull(source, "inputs");
        return this;
    }

    /** Runs the simulation from the model's current state and returns what was recorded. */
    public Recording run() {
        inputs.check(model);
        int total = plannedSteps();
        int kept = keptSteps(total);
        long values = 0;
        for (String name : record) {
            values = MemoryLimit.plus(values, model.state(name).size());
        }
        requireRecording(kept, values);
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
            int lastChecked = -1;
            LoopClock clock = new LoopClock(total, progress);
            beginRun();
            for (int step = 0, row = 0; step < total; step++) {
                StepInput in = inputs.at(step);
                model.step(in);
                afterStep(step, total);
                if (checksAfter(step, total)) {
                    for (int s = 0; s < checked.size(); s++) {
                        if (!finite(checked.get(s))) {
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
                clock.afterStep(step);
            }
            return clock.recording(arena, out, times);
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }
}
