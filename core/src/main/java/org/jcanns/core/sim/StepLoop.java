package org.jcanns.core.sim;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Objects;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.core.kernel.elementwise.ElementWise;
import org.jcanns.core.kernel.elementwise.ScalarElementWise;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/**
 * The options a step loop shares, single model or batch: steps, recorded states, keeping every k-th step, the
 * finiteness-check interval, progress and kernels; validated as they are set.
 *
 * @param <T> the concrete loop, returned by the setters
 */
abstract class StepLoop<T extends StepLoop<T>> {
    /**
     * States are checked for NaN and infinity after every 8th step (and after the last): NaN never heals in these
     * dynamics, so this finds every divergence, within 8 steps, at an eighth of the cost of checking every step.
     */
    public static final int DEFAULT_CHECK_EVERY = 8;

    final double dt;
    int steps = -1;
    List<String> record = List.of();
    int every = 1;
    int checkEvery = DEFAULT_CHECK_EVERY;
    ProgressListener progress = ProgressListener.NONE;
    ElementWise check = new ScalarElementWise();
    /** The models' kernels, told when a run starts and after its first step (null: not given). */
    Kernels kernels;

    StepLoop(double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
        this.dt = dt;
    }

    abstract T self();

    /** Fails unless {@code name} is a state of the model. */
    abstract void checkState(String name);

    /** Rows of the inputs (0 when there are none): the default number of steps. */
    abstract int inputRows();

    /** Number of steps to run (default: one pass over the inputs). */
    public T steps(int n) {
        this.steps = atLeastOne("steps", n);
        return self();
    }

    /** The states to keep, by name (default: none). */
    public T record(List<String> states) {
        for (String s : states) {
            checkState(s);
        }
        this.record = List.copyOf(states);
        return self();
    }

    /** Keep the recorded states after every k-th step only (steps k−1, 2k−1, ...); default 1. */
    public T every(int k) {
        this.every = atLeastOne("every", k);
        return self();
    }

    /**
     * Check every state for NaN and infinity after every k-th step (default {@value #DEFAULT_CHECK_EVERY}); 1 names
     * the exact step a state diverged.
     */
    public T checkEvery(int k) {
        this.checkEvery = atLeastOne("checkEvery", k);
        return self();
    }

    /** Receives (steps done, total steps) during the run. */
    public T progress(ProgressListener listener) {
        this.progress = Objects.requireNonNull(listener, "progress");
        return self();
    }

    /**
     * The models' kernels: used for the finiteness check (default: plain loops), and told the run's length after
     * its first step, so that the {@code warm} tier can choose its kernels for the run ({@link Kernels#settle}).
     */
    public T kernels(Kernels k) {
        this.check = Objects.requireNonNull(k, "kernels").elementWise();
        this.kernels = k;
        return self();
    }

    /** Before the first step. */
    final void beginRun() {
        if (kernels != null) {
            kernels.beginRun();
        }
    }

    /** After 0-based {@code step} of {@code total}: the first one settles the kernels for the run. */
    final void afterStep(int step, int total) {
        if (step == 0 && kernels != null) {
            kernels.settle(total);
        }
    }

    /**
     * True when every value of {@code state} is finite. A model may list heap arrays as states (a view of its
     * working arrays), which the kernels do not take: those are read by a plain loop.
     */
    final boolean finite(Tensor state) {
        if (state.segment().isNative()) {
            return check.allFinite(state);
        }
        MemorySegment s = state.segment();
        for (long i = 0, n = state.size(); i < n; i++) {
            if (!Float.isFinite(s.getAtIndex(ValueLayout.JAVA_FLOAT, i))) {
                return false;
            }
        }
        return true;
    }

    /** Number of steps this loop will run. */
    public int plannedSteps() {
        if (steps > 0) {
            return steps;
        }
        if (inputRows() == 0) {
            throw new IllegalArgumentException("steps must be given when there are no input arrays");
        }
        return inputRows();
    }

    /** Number of states kept per recorded state: one per k steps. */
    public int recordedSteps() {
        return plannedSteps() / every;
    }

    /** The number of kept steps, failing when states are recorded but none would be kept. */
    int keptSteps(int total) {
        int kept = total / every;
        if (!record.isEmpty() && kept == 0) {
            throw new IllegalArgumentException("every (" + every + ") must not exceed the number of steps (" + total + ")");
        }
        return kept;
    }

    /** Fails before anything is allocated unless {@code kept} rows of {@code values} floats fit the memory limit. */
    void requireRecording(int kept, long values) {
        MemoryLimit.require(MemoryLimit.plus(MemoryLimit.times(MemoryLimit.times(kept, values), Float.BYTES),
                (long) kept * Double.BYTES), "the recording (" + kept + " kept steps x " + values + " values of "
                + String.join(", ", record) + ")");
    }

    /** True when states are checked after 0-based {@code step} of {@code total}. */
    boolean checksAfter(int step, int total) {
        return (step + 1) % checkEvery == 0 || step + 1 == total;
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
        return value;
    }
}
