package org.jcanns.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskProvider;
import org.jcanns.tasks.navigation.OpenLoopNavigationTask;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns navigate}: a random walk of canns' open-loop agent, saved with canns' navigation keys. */
@Command(name = "navigate", mixinStandardHelpOptions = true,
        description = {"Generate a trajectory with canns' open-loop agent (RatInABox's motion model) and save it "
                + "with canns' keys (position, velocity, speed, movement_direction, hd_angle, rot_vel and the "
                + "theta-sweep fields); theta-sweep reads it as a trajectory.",
                "Shapes: a polygon is x0,y0,x1,y1,x2,y2,... (corners in order); a wall is x0,y0,x1,y1; several "
                        + "walls or holes are separated by ';'.",
                "Example: jcanns navigate --duration 20 --width 5 --height 5 --walls \"2,0,2,3\" --seed 0 "
                        + "--out traj.npz --plot traj.png"})
final class NavigateCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--duration", defaultValue = "20", paramLabel = "SECONDS",
            description = "Length of the walk (default: ${DEFAULT-VALUE}); int(duration/dt) steps.")
    double duration;

    @Option(names = "--dt", defaultValue = "0.01", paramLabel = "DT", description = "Time step, s (default: ${DEFAULT-VALUE}).")
    double dt;

    @Option(names = "--width", defaultValue = "5", paramLabel = "M", description = "Width of the box (default: ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--height", defaultValue = "5", paramLabel = "M", description = "Height of the box (default: ${DEFAULT-VALUE}).")
    double height;

    @Option(names = "--boundary", paramLabel = "POLYGON", description = "Polygon boundary x0,y0,x1,y1,... instead of the box.")
    String boundary = "";

    @Option(names = "--walls", paramLabel = "WALLS", description = "Walls x0,y0,x1,y1, separated by ';'.")
    String walls = "";

    @Option(names = "--holes", paramLabel = "HOLES", description = "Holes (polygons), separated by ';'.")
    String holes = "";

    @Option(names = "--boundary-conditions", defaultValue = "solid", paramLabel = "solid|periodic",
            description = "Solid walls or wrapping round (default: ${DEFAULT-VALUE}).")
    String conditions;

    @Option(names = "--start", paramLabel = "X,Y", description = "Start position (default: the centre of the bounding box).")
    String start;

    @Option(names = "--heading", paramLabel = "RADIANS", description = "Initial heading (default: random).")
    Double heading;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Agent parameter, e.g. speed_mean=0.2 (repeatable; see jcanns plugins, open-loop-navigation).")
    Map<String, String> agent = new LinkedHashMap<>();

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.npz", description = "Where to write the trajectory.")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the trajectory (canns' show_data).")
    Path plot;

    @Option(names = "--analysis", paramLabel = "FILE.png",
            description = "Also draw canns' trajectory analysis (trajectory, speed, head direction).")
    Path analysis;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        OutputPaths.require(out, ".npz", "--out");
        OutputPaths.require(plot, ".png", "--plot");
        OutputPaths.require(analysis, ".png", "--analysis");
        Map<String, String> params = new LinkedHashMap<>(agent);
        params.put("duration", Double.toString(duration));
        params.put("width", Double.toString(width));
        params.put("height", Double.toString(height));
        params.put("boundary", boundary);
        params.put("walls", walls);
        params.put("holes", holes);
        params.put("boundary_conditions", conditions);
        if (start != null) {
            params.put("start_pos", start);
        }
        if (heading != null) {
            params.put("initial_head_direction", Double.toString(heading));
        }
        try (Registry registry = Registry.discover(main.pluginPath)) {
            TaskProvider provider = registry.task("open-loop-navigation");
            Params p = provider.parameters().parse(params);
            try (Task task = provider.create(p, new TaskContext(dt, null, Seeds.generator(seed), registry.kernels()))) {
                if (!(task instanceof OpenLoopNavigationTask nav)) {
                    throw new IllegalStateException("task 'open-loop-navigation' is not jcanns' navigation task");
                }
                PlotBackend backend = plot != null || analysis != null ? backend(registry) : null;
                try (ConsoleProgress bar = ConsoleProgress.of("navigate", main.quiet)) {
                    nav.navigationData(bar);
                }
                nav.calculateThetaSweepData();
                nav.save(out);
                System.out.println("wrote " + out);
                if (plot != null) {
                    System.out.println("wrote " + nav.showData(backend, plot));
                }
                if (analysis != null) {
                    System.out.println("wrote " + nav.showTrajectoryAnalysis(backend, analysis, 50));
                }
                System.err.println(String.format(Locale.ROOT, "steps=%d seconds=%.3f", nav.steps(),
                        (System.nanoTime() - t0) / 1e9));
            }
        }
        return 0;
    }

    static PlotBackend backend(Registry registry) {
        PlotBackendProvider bp = registry.plotBackend("java2d");
        return bp.create(bp.parameters().defaults());
    }
}
