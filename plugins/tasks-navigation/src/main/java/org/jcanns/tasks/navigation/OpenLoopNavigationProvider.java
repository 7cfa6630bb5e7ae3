package org.jcanns.tasks.navigation;

import java.util.ArrayList;
import java.util.List;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.tasks.navigation.agent.AgentParams;
import org.jcanns.tasks.navigation.geometry.Environment;

/** Provides {@code open-loop-navigation}: canns' OpenLoopNavigationTask (a random walk, or an imported path). */
public final class OpenLoopNavigationProvider extends NavigationTaskProvider {
    /** The provider the registry instantiates. */
    public OpenLoopNavigationProvider() {
        super("open-loop-navigation", "an agent walking at random in a 2D arena (RatInABox's motion model), or an "
                + "imported trajectory, with the theta-sweep fields (canns OpenLoopNavigationTask)", params());
    }

    private static List<Param> params() {
        List<Param> params = new ArrayList<>(List.of(
                Param.real("duration", 20.0, "length of the walk, s (int(duration/dt) steps)").positive(),
                EnvironmentParams.start(new double[0]),
                Param.reals("initial_head_direction", new double[0], "initial heading, radians (empty: random)")));
        params.addAll(EnvironmentParams.params(5, 5));
        params.addAll(AgentParams.params());
        return params;
    }

    @Override
    public Task create(Params p, TaskContext context) {
        Environment env = EnvironmentParams.environment(p);
        double[] start = EnvironmentParams.point(p, "start_pos", env);
        double[] heading = p.getDoubles("initial_head_direction");
        if (heading.length > 1) {
            throw new ParameterException("initial_head_direction", "parameter 'initial_head_direction' of "
                    + p.spec().owner() + ": expected one angle or nothing, got " + heading.length + " numbers");
        }
        return new OpenLoopNavigationTask(env, AgentParams.of(p), p.getDouble("duration"), context.dt(), start[0],
                start[1], heading.length == 1 ? heading[0] : Double.NaN, context.random());
    }
}
