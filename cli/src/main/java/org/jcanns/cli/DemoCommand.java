package org.jcanns.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.registry.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns demo}: canns' CANN1D oscillatory-tracking showcase, written to {@code out/demo/}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the CANN1D smooth-tracking showcase (canns' cann1d_oscillatory_tracking) and list its outputs.")
final class DemoCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--out", defaultValue = "out/demo", paramLabel = "DIR",
            description = "Output directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        SimulationJob job = new SimulationJob();
        job.model = "cann1d";
        job.modelParams = Map.of("num", "512");
        job.task = "smooth-tracking-1d";
        job.taskParams = Map.of("iext", "1,0.75,2,1.75,3", "duration", "10,10,10,10");
        job.dt = 0.1;
        job.record = List.of("u", "r", "inp");
        job.out = out.resolve("cann1d_smooth_tracking.npz");
        job.taskOut = out.resolve("smooth_tracking_1d_task.npz");
        job.quiet = main.quiet;
        SimulationJob.Result result;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            result = job.run(registry);
        }
        System.out.println("CANN1D (512 neurons) tracking a stimulus through key points 1, 0.75, 2, 1.75, 3 "
                + "(400 steps of dt 0.1).");
        for (Path p : result.written()) {
            System.out.println("wrote " + p);
        }
        System.err.println(result.summary());
        for (Path p : plots()) {
            System.out.println("wrote " + p);
        }
        return 0;
    }

    /**
     * canns' two CANN1D figures: the energy landscape of u and the input as a GIF (time_steps_per_second 100,
     * fps 20: 80 frames), and the tuning curves of neurons 128, 256, 384 (50 bins) from canns'
     * cann1d_tuning_curve run (key points 0, 0, π, 2π over 2, 20, 20 time units), the stimulus read as the peak
     * of the recorded input.
     */
    private List<Path> plots() throws Exception {
        Path landscape = out.resolve("cann1d_energy_landscape.gif");
        try (RunArrays run = new RunArrays(out.resolve("cann1d_smooth_tracking.npz"))) {
            Map<String, org.jcanns.spi.Tensor> data = new java.util.LinkedHashMap<>();
            data.put("x", run.get("x"));
            data.put("u", run.get("u"));
            data.put("inp", run.get("inp"));
            PlotCommand.render(main.pluginPath, "java2d", "energy-1d-animation", data,
                    Map.of("time_steps_per_second", "100", "fps", "20"), landscape, main.quiet);
        }
        SimulationJob tuning = new SimulationJob();
        tuning.model = "cann1d";
        tuning.modelParams = Map.of("num", "512");
        tuning.task = "smooth-tracking-1d";
        tuning.taskParams = Map.of("iext", "0,0,3.141592653589793,6.283185307179586", "duration", "2,20,20");
        tuning.dt = 0.1;
        tuning.record = List.of("r", "inp");
        tuning.out = out.resolve("cann1d_tuning.npz");
        tuning.quiet = main.quiet;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            tuning.run(registry);
        }
        Path curve = out.resolve("cann1d_tuning_curve.png");
        try (RunArrays run = new RunArrays(tuning.out)) {
            Map<String, org.jcanns.spi.Tensor> data = new java.util.LinkedHashMap<>();
            data.put("stimulus", run.stimulus("inp"));
            data.put("rates", run.get("r"));
            data.put("pref_stim", run.get("x"));
            PlotCommand.render(main.pluginPath, "java2d", "tuning", data,
                    Map.of("neuron_indices", "128,256,384", "num_bins", "50"), curve, main.quiet);
        }
        return List.of(landscape, tuning.out, curve);
    }
}
