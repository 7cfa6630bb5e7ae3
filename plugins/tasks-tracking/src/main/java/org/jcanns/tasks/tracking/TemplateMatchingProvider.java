package org.jcanns.tasks.tracking;

import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;

/** Provides {@code template-matching-Nd}: canns' TemplateMatching1D/2D with a seeded, configurable noise. */
public class TemplateMatchingProvider extends TrackingProvider {
    /** The 1D provider ({@code template-matching-1d}). */
    public TemplateMatchingProvider() {
        this(1);
    }

    protected TemplateMatchingProvider(int dims) {
        super("template-matching", dims, "noisy stimulus held at positions (canns TemplateMatching" + dims + "D)",
                list(iextParam(dims, "positions, one per duration"), durationsParam("how long each position is held"),
                        Param.real("noise_level", 0.1, "noise standard deviation as a fraction of the amplitude A")
                                .atLeast(0)));
    }

    @Override
    Task create(Params params, TaskContext context, Model model) {
        double[] durations = params.getDoubles("duration");
        return new TemplateMatching(model, points(params, durations.length), durations,
                params.getDouble("noise_level"), context.dt(), context.random());
    }
}
