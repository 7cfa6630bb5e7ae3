package org.jcanns.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.registry.Registry;
import org.jcanns.pipelines.ThetaSweepBatch;
import org.jcanns.pipelines.ThetaSweepSettings;
import org.jcanns.pipelines.trajectory.Trajectory;
import org.jcanns.pipelines.trajectory.TrajectoryFiles;
import org.jcanns.spi.pipeline.Pipeline;
import org.jcanns.spi.pipeline.PipelineProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns theta-sweep}: canns' ThetaSweepPipeline on one trajectory, or on many in parallel. */
@Command(name = "theta-sweep", mixinStandardHelpOptions = true,
        description = {"Run direction-cell and grid-cell theta sweeps along a recorded trajectory (canns' "
                + "ThetaSweepPipeline): writes DIR/results.npz (canns' data keys), trajectory_analysis.png, "
                + "population_activity.png and theta_sweep_animation.gif.",
                "Trajectories: .npz with positions (n, 2) and optional times (n) (or jcanns navigate's output), or "
                        + ".csv with a header (columns x, y, time by default).",
                "Several --trajectory: each runs into DIR/trajectory_NNN, on --threads threads; a failed one is "
                        + "reported and the others go on.",
                "Example: jcanns theta-sweep --trajectory traj.npz --env-size 1.5 --set gc.mapping_ratio=5 --out sweep"})
final class ThetaSweepCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--trajectory", required = true, paramLabel = "FILE", description = "Trajectory .npz or .csv (repeatable).")
    List<Path> trajectories = new ArrayList<>();

    @Option(names = "--env-size", defaultValue = "2.0", paramLabel = "M", description = "Side of the square arena (default: ${DEFAULT-VALUE}).")
    double envSize;

    @Option(names = "--dt", defaultValue = "0.001", paramLabel = "DT", description = "Trajectory time step, s (default: ${DEFAULT-VALUE}).")
    double dt;

    @Option(names = "--theta-units", defaultValue = "network", paramLabel = "network|seed",
            description = "Theta phase per network step (network, default) or per trajectory dt as canns' seed (seed).")
    String thetaUnits;

    @Option(names = {"-s", "--set"}, paramLabel = "GROUP.NAME=VALUE",
            description = "Network or theta parameter: dc.NAME=V, gc.NAME=V or theta.NAME=V (repeatable).")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--no-plots", description = "Skip trajectory_analysis.png and population_activity.png.")
    boolean noPlots;

    @Option(names = "--no-animation", description = "Skip theta_sweep_animation.gif.")
    boolean noAnimation;

    @Option(names = "--fps", defaultValue = "10", paramLabel = "FPS", description = "Animation frames per second (default: ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--dpi", defaultValue = "120", paramLabel = "DPI", description = "Animation dots per inch (default: ${DEFAULT-VALUE}).")
    double dpi;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Seed of the networks' noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--x-col", defaultValue = "x", paramLabel = "NAME", description = "CSV column of x (default: ${DEFAULT-VALUE}).")
    String xCol;

    @Option(names = "--y-col", defaultValue = "y", paramLabel = "NAME", description = "CSV column of y (default: ${DEFAULT-VALUE}).")
    String yCol;

    @Option(names = "--time-col", defaultValue = "time", paramLabel = "NAME",
            description = "CSV column of the times; absent: steps of dt (default: ${DEFAULT-VALUE}).")
    String timeCol;

    @Option(names = "--threads", paramLabel = "T", description = "Trajectories run at once (default: all processors).")
    Integer threads;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (created).")
    Path out;

    /** The pipeline parameters of the options, the --set groups joined into the dc, gc and theta lists. */
    Map<String, String> params(Path trajectory) {
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (String g : List.of("dc", "gc", "theta")) {
            groups.put(g, new StringBuilder());
        }
        set.forEach((key, value) -> {
            int dot = key.indexOf('.');
            StringBuilder group = dot > 0 ? groups.get(key.substring(0, dot)) : null;
            if (group == null || dot == key.length() - 1) {
                throw new IllegalArgumentException("--set: expected dc.NAME=VALUE, gc.NAME=VALUE or theta.NAME=VALUE, "
                        + "got '" + key + "=" + value + "'");
            }
            group.append(group.isEmpty() ? "" : ",").append(key.substring(dot + 1)).append('=').append(value);
        });
        Map<String, String> p = new LinkedHashMap<>();
        p.put("trajectory", trajectory.toString());
        p.put("x_col", xCol);
        p.put("y_col", yCol);
        p.put("time_col", timeCol);
        p.put("env_size", Double.toString(envSize));
        p.put("dt", Double.toString(dt));
        p.put("theta_units", thetaUnits);
        groups.forEach((g, text) -> {
            if (!text.isEmpty()) {
                p.put(g, text.toString());
            }
        });
        p.put("save_plots", Boolean.toString(!noPlots));
        p.put("save_animation", Boolean.toString(!noAnimation));
        p.put("animation_fps", Double.toString(fps));
        p.put("animation_dpi", Double.toString(dpi));
        p.put("seed", Long.toString(seed));
        return p;
    }

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        try (Registry registry = Registry.discover(main.pluginPath)) {
            PipelineProvider provider = registry.pipelines().get("theta-sweep");
            if (trajectories.size() == 1) {
                Pipeline pipeline = provider.create(provider.parameters().parse(params(trajectories.get(0))), registry);
                Map<String, Object> results;
                try (ConsoleProgress bar = ConsoleProgress.of("theta   ", main.quiet)) {
                    results = pipeline.run(out, bar);
                }
                print(results);
                System.err.println(String.format(Locale.ROOT, "steps=%d seconds=%.3f",
                        ((org.jcanns.core.io.NpyArray) data(results).get("time_steps")).shape()[0],
                        (System.nanoTime() - t0) / 1e9));
                return 0;
            }
            return batch(registry, t0);
        }
    }

    private int batch(Registry registry, long t0) throws Exception {
        // Every file is read and every setting checked before anything runs or is written.
        ThetaSweepSettings settings = ThetaSweepSettings.parse(without(params(trajectories.get(0)),
                List.of("trajectory", "x_col", "y_col", "time_col")));
        List<Trajectory> list = new ArrayList<>();
        for (Path p : trajectories) {
            list.add(TrajectoryFiles.read(p, xCol, yCol, timeCol));
        }
        Map<String, Map<String, Object>> results;
        try (ConsoleProgress bar = ConsoleProgress.of("batch   ", main.quiet)) {
            results = ThetaSweepBatch.run(registry, list, settings, out, threads != null ? threads
                    : Runtime.getRuntime().availableProcessors(), bar);
        }
        int failed = 0;
        int i = 0;
        for (var e : results.entrySet()) {
            Object error = e.getValue().get("error");
            if (error != null) {
                failed++;
                System.out.println(e.getKey() + " (" + trajectories.get(i) + "): error: " + error);
            } else {
                System.out.println(e.getKey() + " (" + trajectories.get(i) + "): wrote " + out.resolve(e.getKey()));
            }
            i++;
        }
        System.err.println(String.format(Locale.ROOT, "trajectories=%d failed=%d seconds=%.3f", list.size(), failed,
                (System.nanoTime() - t0) / 1e9));
        if (failed > 0) {
            System.err.println("jcanns: " + failed + " of " + list.size() + " trajectories failed (see above)");
            return 1;
        }
        return 0;
    }

    private static Map<String, String> without(Map<String, String> p, List<String> keys) {
        Map<String, String> copy = new LinkedHashMap<>(p);
        keys.forEach(copy::remove);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> results) {
        return (Map<String, Object>) results.get("data");
    }

    private static void print(Map<String, Object> results) {
        for (String key : List.of("results", "trajectory_analysis", "population_activity", "animation_path")) {
            if (results.containsKey(key)) {
                System.out.println("wrote " + results.get(key));
            }
        }
    }
}
