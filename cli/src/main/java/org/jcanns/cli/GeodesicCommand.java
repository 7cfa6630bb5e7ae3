package org.jcanns.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskProvider;
import org.jcanns.tasks.navigation.ClosedLoopNavigationTask;
import org.jcanns.tasks.navigation.geodesic.GeodesicDistanceResult;
import org.jcanns.tasks.navigation.geodesic.GeodesicDistances;
import org.jcanns.tasks.navigation.geodesic.MovementCostGrid;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns geodesic}: canns' movement-cost grid and geodesic distance matrix of a closed-loop environment. */
@Command(name = "geodesic", mixinStandardHelpOptions = true,
        description = {"Cut a closed-loop environment into dx x dy cells (blocked: outside, on a wall, over a hole) "
                + "and compute the geodesic distance between every pair of free cells (Dijkstra on the 4-neighbour "
                + "grid, in parallel); writes distances, accessible_indices, costs, x_edges, y_edges, dx, dy.",
                "Example: jcanns geodesic --task t-maze --dx 0.1 --out geo.npz --plot geo.png",
                "         jcanns geodesic --task closed-loop-navigation -t width=2 -t height=2 "
                        + "-t walls=\"0.5,0,0.5,1\" --dx 0.1 --out geo.npz"})
final class GeodesicCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--task", defaultValue = "t-maze", paramLabel = "NAME",
            description = "t-maze or closed-loop-navigation (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = {"-t", "--task-param"}, paramLabel = "NAME=VALUE", description = "Task parameter (repeatable).")
    Map<String, String> taskParams = new LinkedHashMap<>();

    @Option(names = "--dx", required = true, paramLabel = "DX", description = "Cell width.")
    double dx;

    @Option(names = "--dy", paramLabel = "DY", description = "Cell height (default: dx).")
    Double dy;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = "--normalize", description = "Plot distances divided by the largest finite one.")
    boolean normalize;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.npz", description = "Where to write the arrays.")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Also draw the distance matrix.")
    Path plot;

    @Option(names = "--cost-plot", paramLabel = "FILE.png", description = "Also draw the environment with the cost grid.")
    Path costPlot;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        OutputPaths.require(out, ".npz", "--out");
        OutputPaths.require(plot, ".png", "--plot");
        OutputPaths.require(costPlot, ".png", "--cost-plot");
        try (Registry registry = Registry.discover(main.pluginPath)) {
            TaskProvider provider = registry.task(task);
            try (Task t = provider.create(provider.parameters().parse(taskParams),
                    new TaskContext(0.01, null, Seeds.generator(0), registry.kernels()))) {
                if (!(t instanceof ClosedLoopNavigationTask closed)) {
                    throw new IllegalArgumentException("--task: expected a closed-loop task (t-maze, "
                            + "closed-loop-navigation), got '" + task + "'");
                }
                MovementCostGrid grid = closed.buildMovementCostGrid(dx, dy != null ? dy : dx);
                GeodesicDistanceResult result;
                try (ConsoleProgress bar = ConsoleProgress.of("geodesic", main.quiet)) {
                    result = GeodesicDistances.compute(grid, threads != null ? threads
                            : Runtime.getRuntime().availableProcessors(), bar);
                }
                result.save(out);
                System.out.println("wrote " + out);
                if (plot != null || costPlot != null) {
                    PlotBackend backend = NavigateCommand.backend(registry);
                    if (plot != null) {
                        System.out.println("wrote " + ClosedLoopNavigationTask.showGeodesicDistances(backend, result,
                                normalize, plot));
                    }
                    if (costPlot != null) {
                        System.out.println("wrote " + closed.showData(backend, costPlot, grid));
                    }
                }
                System.err.println(String.format(Locale.ROOT, "cells=%dx%d free=%d seconds=%.3f", grid.rows(),
                        grid.cols(), result.size(), (System.nanoTime() - t0) / 1e9));
            }
        }
        return 0;
    }
}
