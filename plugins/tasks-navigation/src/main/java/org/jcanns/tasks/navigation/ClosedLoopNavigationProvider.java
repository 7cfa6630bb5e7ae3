package org.jcanns.tasks.navigation;

import java.util.ArrayList;
import java.util.List;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.tasks.navigation.geometry.Environment;

/** Provides {@code closed-loop-navigation}: canns' ClosedLoopNavigationTask (positions given step by step). */
public final class ClosedLoopNavigationProvider extends NavigationTaskProvider {
    /** The provider the registry instantiates. */
    public ClosedLoopNavigationProvider() {
        super("closed-loop-navigation", "an agent moved step by step by a controller in a 2D arena, with "
                + "movement-cost grids and geodesic distances (canns ClosedLoopNavigationTask)", params());
    }

    private static List<Param> params() {
        List<Param> params = new ArrayList<>();
        params.add(EnvironmentParams.start(new double[0]));
        params.addAll(EnvironmentParams.params(5, 5));
        return params;
    }

    @Override
    public Task create(Params p, TaskContext context) {
        Environment env = EnvironmentParams.environment(p);
        double[] start = EnvironmentParams.point(p, "start_pos", env);
        return new ClosedLoopNavigationTask(env, context.dt(), start[0], start[1]);
    }
}
