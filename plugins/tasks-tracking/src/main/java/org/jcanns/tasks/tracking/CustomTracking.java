package org.jcanns.tasks.tracking;

import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;

/**
 * canns' CustomTracking1D/2D, the extension point: subclass it and say where the stimulus is at each step, or
 * use {@link #of} with a precomputed path.
 */
public abstract class CustomTracking extends TrackingTask {
    /** A task of {@code steps} steps on the feature space of {@code model}. */
    protected CustomTracking(Model model, double dt, int steps) {
        super(model, dt, steps);
    }

    /** The stimulus position at {@code step} (one coordinate per feature dimension). */
    protected abstract double[] positionAt(int step);

    @Override
    protected final void fillStep(int step, Tensor out) {
        space.stimulusAt(positionAt(step), out);
    }

    /** A custom task following {@code positions} (one row per step). */
    public static CustomTracking of(Model model, double dt, double[][] positions) {
        double[][] copy = positions.clone();
        return new CustomTracking(model, dt, copy.length) {
            @Override
            protected double[] positionAt(int step) {
                return copy[step];
            }
        };
    }
}
