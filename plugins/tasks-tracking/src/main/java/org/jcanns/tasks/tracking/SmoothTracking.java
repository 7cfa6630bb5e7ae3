package org.jcanns.tasks.tracking;

import org.jcanns.spi.model.Model;

/**
 * canns' SmoothTracking1D/2D: the stimulus moves linearly between key points, segment i lasting
 * {@code duration[i]}; there is one more key point than durations.
 */
public final class SmoothTracking extends SequenceTracking {
    /** Key points (one per row, one column per feature dimension) and segment durations, with time step dt. */
    public SmoothTracking(Model model, double[][] keyPoints, double[] durations, double dt) {
        super(model, dt, IextSequence.smooth(check(keyPoints, durations), durations, dt));
    }

    private static double[][] check(double[][] keyPoints, double[] durations) {
        if (keyPoints.length != durations.length + 1) {
            throw new IllegalArgumentException("smooth tracking needs one more key point than durations: got "
                    + keyPoints.length + " key points and " + durations.length + " durations");
        }
        return keyPoints;
    }
}
