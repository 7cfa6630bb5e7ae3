package org.jcanns.tasks.navigation;

import java.util.List;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.tasks.navigation.geometry.Environment;

/** Provides {@code t-maze}: canns' TMazeClosedLoopNavigationTask (a closed-loop task in a T-shaped maze). */
public final class TMazeProvider extends NavigationTaskProvider {
    /** The provider the registry instantiates. */
    public TMazeProvider() {
        super("t-maze", "closed-loop navigation in a T-shaped maze (canns TMazeClosedLoopNavigationTask)", List.of(
                Param.real("w", 0.3, "corridor width, m").positive(),
                Param.real("l_s", 1.0, "stem length, m").positive(),
                Param.real("l_arm", 0.75, "arm length from the centre line, m (> w/2)").positive(),
                Param.real("t", 0.3, "arm thickness, m").positive(),
                EnvironmentParams.start(new double[] {0.0, 0.15})));
    }

    @Override
    public Task create(Params p, TaskContext context) {
        Environment env = ClosedLoopNavigationTask.tMazeEnvironment(p.getDouble("w"), p.getDouble("l_s"),
                p.getDouble("l_arm"), p.getDouble("t"));
        double[] start = EnvironmentParams.point(p, "start_pos", env);
        return new ClosedLoopNavigationTask(env, context.dt(), start[0], start[1]);
    }
}
