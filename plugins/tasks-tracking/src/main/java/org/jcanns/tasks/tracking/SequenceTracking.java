package org.jcanns.tasks.tracking;

import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;

/** A tracking task whose every step shows the stimulus at one precomputed position (canns' Iext_sequence). */
abstract class SequenceTracking extends TrackingTask {
    private final double[][] positions;

    SequenceTracking(Model model, double dt, double[][] positions) {
        super(model, dt, positions.length);
        this.positions = positions;
    }

    /** The stimulus position of {@code step}. */
    public double[] positionAt(int step) {
        return positions[step].clone();
    }

    @Override
    protected void fillStep(int step, Tensor out) {
        space.stimulusAt(positions[step], out);
    }
}
