package org.jcanns.tasks.tracking;

import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;

/**
 * canns' PopulationCoding1D/2D: no input, then the stimulus at one fixed position for steps
 * {@code [int(before/dt), int((duration − after)/dt))}, then no input again; {@code ceil(duration/dt)} steps.
 */
public final class PopulationCoding extends TrackingTask {
    private final double[] position;
    private final int from;
    private final int to;

    /** Stimulus at {@code position} between {@code before} and {@code duration − after}. */
    public PopulationCoding(Model model, double[] position, double before, double after, double duration, double dt) {
        super(model, dt, (int) Math.ceil(duration / dt));
        if (before + after > duration) {
            throw new IllegalArgumentException("before_duration + after_duration (" + (before + after)
                    + ") must not exceed duration (" + duration + ")");
        }
        this.position = position.clone();
        this.from = (int) (before / dt);
        this.to = (int) ((duration - after) / dt);
    }

    @Override
    protected void fillStep(int step, Tensor out) {
        if (step >= from && step < to) {
            space.stimulusAt(position, out);
        } else {
            out.fill(0);
        }
    }
}
