package org.jcanns.tasks.tracking;

import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;

/** Provides {@code smooth-tracking-Nd}: canns' SmoothTracking1D/2D. */
public class SmoothTrackingProvider extends TrackingProvider {
    /** The 1D provider ({@code smooth-tracking-1d}). */
    public SmoothTrackingProvider() {
        this(1);
    }

    protected SmoothTrackingProvider(int dims) {
        super("smooth-tracking", dims, "stimulus moving linearly between key points (canns SmoothTracking" + dims
                + "D)", list(iextParam(dims, "key points, one more than durations"),
                durationsParam("duration of each segment between key points")));
    }

    @Override
    Task create(Params params, TaskContext context, Model model) {
        double[] durations = params.getDoubles("duration");
        if (durations.length == 0) {
            throw new ParameterException("duration", "parameter 'duration' of " + parameters().owner()
                    + ": expected at least one segment duration");
        }
        return new SmoothTracking(model, points(params, durations.length + 1), durations, context.dt());
    }
}
