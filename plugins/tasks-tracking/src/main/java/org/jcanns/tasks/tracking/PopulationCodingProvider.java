package org.jcanns.tasks.tracking;

import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;

/** Provides {@code population-coding-Nd}: canns' PopulationCoding1D/2D. */
public class PopulationCodingProvider extends TrackingProvider {
    /** The 1D provider ({@code population-coding-1d}). */
    public PopulationCodingProvider() {
        this(1);
    }

    protected PopulationCodingProvider(int dims) {
        super("population-coding", dims, "stimulus at one position inside a time window (canns PopulationCoding"
                + dims + "D)", list(iextParam(dims, "the stimulus position"),
                Param.real("duration", null, "total duration").positive(),
                Param.real("before_duration", 0.0, "time without input before the stimulus").atLeast(0),
                Param.real("after_duration", 0.0, "time without input after the stimulus").atLeast(0)));
    }

    @Override
    Task create(Params params, TaskContext context, Model model) {
        double duration = params.getDouble("duration");
        double before = params.getDouble("before_duration");
        double after = params.getDouble("after_duration");
        if (before + after > duration) {
            throw new ParameterException("before_duration", "parameters 'before_duration' + 'after_duration' of "
                    + parameters().owner() + ": expected at most duration (" + duration + "), got " + (before + after));
        }
        return new PopulationCoding(model, points(params, 1)[0], before, after, duration, context.dt());
    }
}
