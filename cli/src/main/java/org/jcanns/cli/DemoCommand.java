package org.jcanns.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.Tensor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns demo}: canns' showcases (CANN1D tracking, Hopfield recall, theta sweep), written to {@code out/demo/}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the showcases (CANN1D smooth tracking and its plots; Hopfield recall of pictures; 1D bump "
                + "fitting of synthetic ROI data; a theta sweep along a generated trajectory; the 2D grid-cell chain "
                + "on synthetic grid cells) and list their outputs.")
final class DemoCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--out", defaultValue = "out/demo", paramLabel = "DIR",
            description = "Output directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    @SuppressWarnings("OrphanedFormatString") // "30% of" below is prose printed with println, not a format
    public Integer call() throws Exception {
        Files.createDirectories(out);
        SimulationJob tracking = cann1dTracking("1,0.75,2,1.75,3", "10,10,10,10", List.of("u", "r", "inp"),
                "cann1d_smooth_tracking.npz");
        tracking.taskOut = out.resolve("smooth_tracking_1d_task.npz");
        // canns' cann1d_tuning_curve run: key points 0, 0, π, 2π over 2, 20, 20 time units.
        SimulationJob tuning = cann1dTracking("0,0,3.141592653589793,6.283185307179586", "2,20,20",
                List.of("r", "inp"), "cann1d_tuning.npz");
        SimulationJob.Result result;
        HopfieldImagesCommand.Output hopfield;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            result = tracking.run(registry);
            tuning.run(registry);
            HopfieldImagesCommand images = new HopfieldImagesCommand();
            new CommandLine(images).parseArgs("--out", out.toString());
            hopfield = images.run(registry, main.quiet);
        }
        System.out.println("CANN1D (512 neurons) tracking a stimulus through key points 1, 0.75, 2, 1.75, 3 "
                + "(400 steps of dt 0.1).");
        for (Path p : result.written()) {
            System.out.println("wrote " + p);
        }
        System.err.println(result.summary());
        for (Path p : plots(tracking.out, tuning.out)) {
            System.out.println("wrote " + p);
        }
        System.out.println("Amari-Hopfield network (128x128 pixels) recalling four pictures with 30% of their pixels "
                + "flipped (canns' hopfield_train).");
        HopfieldImagesCommand.print(hopfield);
        bumpAnalysis();
        System.out.println("Theta sweep (canns' theta demo): an agent runs 0.8 s in a 1.5 m box; 100 direction cells "
                + "and 100x100 grid cells sweep ahead of it in theta cycles of 100 steps.");
        thetaSweep();
        gridCellAnalysis();
        return 0;
    }

    /**
     * canns' experimental_cann2d_analysis on synthetic grid cells (36 cells, 120 s), sized to run in seconds: the
     * embedding, the UMAP projection, tda_vis with 400 landmarks, the decoding and the torus animation.
     */
    private void gridCellAnalysis() throws Exception {
        System.out.println("2D grid-cell analysis (canns' experimental_cann2d_analysis: embedding, UMAP projection, "
                + "persistent homology, torus decoding and animation) of synthetic grid cells: 36 cells of a rat "
                + "running 120 s in a 1.5 m box.");
        Path grid = out.resolve("grid_synthetic.npz");
        SynthCommand synth = new SynthCommand();
        new CommandLine(synth).parseArgs("grid", "--seed", "1", "--duration", "120", "--out", grid.toString());
        synth.main = main;
        synth.call();
        ExperimentalCann2dCommand chain = new ExperimentalCann2dCommand();
        new CommandLine(chain).parseArgs("--grid", grid.toString(), "--out", out.resolve("cann2d").toString(),
                "--n-points", "400", "--active-times", "3000", "--k", "300", "--nbs", "300");
        chain.main = main;
        chain.call();
    }

    /**
     * canns' experimental_cann1d_analysis on synthetic ROI data (jcanns never downloads): 500 frames of 16 ROIs,
     * bump_fits with 5000 sweeps and seed 42, and the bump animation of the first 100 frames.
     */
    private void bumpAnalysis() throws Exception {
        System.out.println("1D bump fitting (canns' bump_fits, 5000 sweeps) of synthetic ROI data: a bump drifting "
                + "on a ring of 16 ROIs.");
        SynthCommand synth = new SynthCommand();
        Path roi = out.resolve("roi_synthetic.txt");
        new CommandLine(synth).parseArgs("roi", "--seed", "0", "--out", roi.toString());
        synth.main = main;
        synth.call();
        BumpFitsCommand fits = new BumpFitsCommand();
        new CommandLine(fits).parseArgs("--roi", roi.toString(), "--n-steps", "5000", "--seed", "42",
                "--out", out.resolve("bump_fits.npz").toString(), "--animation",
                out.resolve("bump_animation.gif").toString(), "-a", "nframes=100", "-a", "bump_selection=first");
        fits.main = main;
        fits.call();
    }

    /** canns' theta_sweep_grid_cell_network example's walk (0.8 s of it), then the theta-sweep pipeline on it. */
    private void thetaSweep() throws Exception {
        Path trajectory = out.resolve("theta_sweep_trajectory.npz");
        NavigateCommand navigate = new NavigateCommand();
        new CommandLine(navigate).parseArgs("--duration", "0.8", "--dt", "0.001", "--width", "1.5", "--height", "1.5",
                "--start", "1.40625,0.09375", "--heading", Double.toString(11 * Math.PI / 12), "-p", "speed_mean=2.0",
                "-p", "speed_std=0", "-p", "speed_coherence_time=10", "-p",
                "rotational_velocity_std=" + 40 * Math.PI / 180, "--seed", "10", "--out", trajectory.toString(),
                "--plot", out.resolve("theta_sweep_trajectory.png").toString());
        navigate.main = main;
        navigate.call();
        ThetaSweepCommand sweep = new ThetaSweepCommand();
        new CommandLine(sweep).parseArgs("--trajectory", trajectory.toString(), "--env-size", "1.5", "--out",
                out.resolve("theta_sweep").toString());
        sweep.main = main;
        sweep.call();
    }

    /** A CANN1D(512) run at dt 0.1 driven by smooth tracking through {@code keyPoints}, written to {@code file}. */
    private SimulationJob cann1dTracking(String keyPoints, String durations, List<String> record, String file) {
        SimulationJob job = new SimulationJob();
        job.model = "cann1d";
        job.modelParams = Map.of("num", "512");
        job.task = "smooth-tracking-1d";
        job.taskParams = Map.of("iext", keyPoints, "duration", durations);
        job.dt = 0.1;
        job.record = record;
        job.out = out.resolve(file);
        job.quiet = main.quiet;
        return job;
    }

    /**
     * canns' two CANN1D figures: the energy landscape of u and the input as a GIF (time_steps_per_second 100,
     * fps 20: 80 frames), and the tuning curves of neurons 128, 256, 384 (50 bins), the stimulus read as the peak
     * of the recorded input.
     */
    private List<Path> plots(Path trackingRun, Path tuningRun) throws Exception {
        Path landscape = out.resolve("cann1d_energy_landscape.gif");
        try (RunArrays run = new RunArrays(trackingRun)) {
            Map<String, Tensor> data = new LinkedHashMap<>();
            data.put("x", run.get("x"));
            data.put("u", run.get("u"));
            data.put("inp", run.get("inp"));
            PlotCommand.render(main.pluginPath, "java2d", "energy-1d-animation", data,
                    Map.of("time_steps_per_second", "100", "fps", "20"), landscape, main.quiet);
        }
        Path curve = out.resolve("cann1d_tuning_curve.png");
        try (RunArrays run = new RunArrays(tuningRun)) {
            Map<String, Tensor> data = new LinkedHashMap<>();
            data.put("stimulus", run.stimulus("inp"));
            data.put("rates", run.get("r"));
            data.put("pref_stim", run.get("x"));
            PlotCommand.render(main.pluginPath, "java2d", "tuning", data,
                    Map.of("neuron_indices", "128,256,384", "num_bins", "50"), curve, main.quiet);
        }
        return List.of(landscape, tuningRun, curve);
    }
}
