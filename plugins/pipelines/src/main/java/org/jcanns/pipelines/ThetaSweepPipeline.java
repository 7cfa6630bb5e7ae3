package org.jcanns.pipelines;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.random.Seeds;
import org.jcanns.pipelines.trajectory.Trajectory;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.pipeline.Pipeline;
import org.jcanns.spi.pipeline.PipelineContext;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskData;
import org.jcanns.spi.task.TaskProvider;
import org.jcanns.spi.task.TrajectoryImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * canns' {@code ThetaSweepPipeline} (canns-reference §6): a recorded trajectory is imported into the
 * {@code open-loop-navigation} task (speed and angular-speed gains), then the {@code direction-cell-network} and
 * the {@code grid-cell-network} step once per sample (network dt 1) under theta modulation, and the figures are
 * drawn by a plot backend. Everything is found through the {@link PipelineContext}.
 *
 * <p>{@link #run} writes {@code results.npz} (canns' data keys, uncompressed) and, as asked, {@code trajectory_analysis.png},
 * {@code population_activity.png} and {@code theta_sweep_animation.gif}, and returns {@code data} (the arrays by
 * canns' keys, as {@link NpyArray}s) and the paths ({@code results}, {@code trajectory_analysis},
 * {@code population_activity}, {@code animation_path}).
 */
public final class ThetaSweepPipeline implements Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ThetaSweepPipeline.class);
    /** Simulation steps per animation frame (canns' n_step). */
    static final int FRAME_STEP = 10;

    private final PipelineContext context;
    private final Trajectory trajectory;
    private final ThetaSweepSettings settings;
    private Map<String, Object> results;

    /** A pipeline for {@code trajectory} with {@code settings}, composing the providers of {@code context}. */
    public ThetaSweepPipeline(PipelineContext context, Trajectory trajectory, ThetaSweepSettings settings) {
        this.context = context;
        this.trajectory = trajectory;
        this.settings = settings;
    }

    @Override
    public synchronized Map<String, Object> run(Path outputDir, ProgressListener progress) throws IOException {
        reset();
        Arena arena = Arena.ofAuto();
        int steps = trajectory.length();
        int frames = settings.saveAnimation() ? (steps + FRAME_STEP - 1) / FRAME_STEP : 0;
        long total = (long) steps + frames;
        Map<String, Object> out = new LinkedHashMap<>();
        // Everything that can refuse the input (trajectory, network parameters, backend) is checked before the
        // output directory is created, so a bad run writes nothing.
        try (Task task = importTrajectory();
             Model dc = model("direction-cell-network", settings.dc(), settings.seed());
             Model gc = model("grid-cell-network", withNumDc(new LinkedHashMap<>(settings.gc()), settings.dc()),
                     settings.seed() + 1)) {
            PlotBackend backend = settings.savePlots() || settings.saveAnimation() ? backend() : null;
            TaskData nav = task.data();
            Files.createDirectories(outputDir);
            long t0 = System.nanoTime();
            // The trajectory figure needs only the task data: it is drawn on another core while the networks run.
            FutureTask<Path> analysis = new FutureTask<>(() -> trajectoryAnalysis(backend, nav, outputDir, arena));
            if (settings.savePlots()) {
                Thread.ofPlatform().name("theta-sweep-plot").start(analysis);
            }
            Map<String, NpyArray> data = simulate(nav, dc, gc, arena, (done, t) -> progress.update(done, total));
            out.put("data", Collections.unmodifiableMap(data));
            long t1 = System.nanoTime();
            Path npz = outputDir.resolve("results.npz");
            // Stored, not deflated (numpy's savez): compressing 2 × T × N floats of activity would take longer
            // than the simulation.
            Npz.save(npz, data, false);
            out.put("results", npz);
            long t2 = System.nanoTime();
            if (settings.savePlots()) {
                out.put("trajectory_analysis", result(analysis));
                out.put("population_activity", populationActivity(backend, data, outputDir, arena));
            }
            long t3 = System.nanoTime();
            if (settings.saveAnimation()) {
                out.put("animation_path", animation(backend, data, outputDir, arena,
                        (done, t) -> progress.update(steps + done, total)));
            }
            LOG.info("theta sweep seconds: simulation {}, results.npz {}, plots {}, animation {}",
                    seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), seconds(System.nanoTime() - t3));
        }
        progress.update(total, total);
        results = Collections.unmodifiableMap(out);
        return results;
    }

    /** The figure drawn by {@code f}, its failure rethrown as it was. */
    private static Path result(FutureTask<Path> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the trajectory analysis", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private PlotBackend backend() {
        PlotBackendProvider bp = context.plotBackend(settings.plotBackend());
        return bp.create(bp.parameters().defaults());
    }

    private Task importTrajectory() {
        TaskProvider provider = context.task("open-loop-navigation");
        double env = settings.envSize();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("width", env);
        p.put("height", env);
        p.put("duration", Math.max(trajectory.duration(settings.dt()), settings.dt()));
        Task task = provider.create(provider.parameters().of(p), new TaskContext(settings.dt(), null,
                Seeds.generator(settings.seed()), context.kernels()));
        if (!(task instanceof TrajectoryImport importer)) {
            task.close();
            throw new IllegalStateException("task 'open-loop-navigation' (" + task.getClass().getName()
                    + ") cannot import trajectories");
        }
        try {
            importer.importTrajectory(trajectory.positions(), trajectory.times());
        } catch (IllegalArgumentException e) {
            task.close();
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new IllegalArgumentException(m.startsWith("trajectory: ")
                    ? "trajectory " + trajectory.source() + ": " + m.substring(12)
                    : m + " (trajectory " + trajectory.source() + ")", e);
        } catch (RuntimeException e) {
            task.close();
            throw e;
        }
        return task;
    }

    private Model model(String name, Map<String, String> params, long seed) {
        ModelProvider provider = context.model(name);
        Params p = provider.parameters().parse(params);
        return provider.create(p, new ModelContext(1.0, Seeds.generator(seed), context.kernels()));
    }

    /** The networks stepped along the trajectory, recorded under canns' keys. */
    private Map<String, NpyArray> simulate(TaskData nav, Model dc, Model gc, Arena arena,
                                           ProgressListener progress) {
        int steps = nav.steps();
        dc.reset();
        gc.reset();
        int ndc = Math.toIntExact(dc.state("r").size());
        int ngc = Math.toIntExact(gc.state("r").size());
        LOG.info("theta sweep: {} steps, {} direction cells, {} grid cells ({}), {}", steps, ndc, ngc,
                ReportsOperator.of(gc), settings);
        Tensor position = nav.get("position");
        Tensor direction = nav.get("hd_angle");
        Tensor linear = nav.get("linear_speed_gains");
        Tensor angular = nav.get("ang_speed_gains");
        Tensor internalPosition = Tensor.allocate(arena, steps, 2);
        Tensor internalDirection = Tensor.allocate(arena, steps, 1);
        Tensor gcActivity = Tensor.allocate(arena, steps, ngc);
        Tensor gcBump = Tensor.allocate(arena, steps, ngc);
        Tensor dcActivity = Tensor.allocate(arena, steps, ndc);
        Tensor phase = Tensor.allocate(arena, steps);
        Tensor modHd = Tensor.allocate(arena, steps);
        Tensor modGc = Tensor.allocate(arena, steps);
        Tensor hd = Tensor.allocate(arena, 1);
        Tensor thetaHd = Tensor.allocate(arena, 1);
        Tensor thetaGc = Tensor.allocate(arena, 1);
        Tensor dcR = dc.state("r");
        long every = Math.max(1, steps / 100);
        for (int i = 0; i < steps; i++) {
            double[] theta = settings.thetaModulation(i, linear.get(i), angular.get(i));
            phase.set(i, (float) theta[0]);
            modHd.set(i, (float) theta[1]);
            modGc.set(i, (float) theta[2]);
            hd.set(0, direction.get(i));
            thetaHd.set(0, (float) theta[1]);
            thetaGc.set(0, (float) theta[2]);
            dc.step(name -> switch (name) {
                case "head_direction" -> hd;
                case "theta_input" -> thetaHd;
                default -> throw new IllegalArgumentException("no input " + name);
            });
            Tensor pos = position.slice(i);
            gc.step(name -> switch (name) {
                case "pos" -> pos;
                case "dc_r" -> dcR;
                case "theta_mod" -> thetaGc;
                default -> throw new IllegalArgumentException("no input " + name);
            });
            internalPosition.slice(i).copyFrom(gc.state("center_position"));
            internalDirection.slice(i).copyFrom(dc.state("center"));
            gcActivity.slice(i).copyFrom(gc.state("r"));
            gcBump.slice(i).copyFrom(gc.state("gc_bump"));
            dcActivity.slice(i).copyFrom(dcR);
            if ((i + 1) % every == 0 || i + 1 == steps) {
                progress.update(i + 1, steps);
            }
        }
        long[] timeSteps = new long[steps];
        for (int i = 0; i < steps; i++) {
            timeSteps[i] = i;
        }
        Map<String, NpyArray> data = new LinkedHashMap<>();
        data.put("internal_position", NpyArray.of(internalPosition));
        data.put("internal_direction", NpyArray.of(internalDirection));
        data.put("gc_activity", NpyArray.of(gcActivity));
        data.put("gc_bump", NpyArray.of(gcBump));
        data.put("dc_activity", NpyArray.of(dcActivity));
        data.put("theta_phase", NpyArray.of(phase));
        data.put("theta_modulation_hd", NpyArray.of(modHd));
        data.put("theta_modulation_gc", NpyArray.of(modGc));
        data.put("position", NpyArray.of(copy(position, arena)));
        data.put("direction", NpyArray.of(copy(direction, arena)));
        data.put("linear_speed_gains", NpyArray.of(copy(linear, arena)));
        data.put("ang_speed_gains", NpyArray.of(copy(angular, arena)));
        data.put("time_steps", NpyArray.ofLongs(timeSteps));
        return data;
    }

    private static Map<String, String> withNumDc(Map<String, String> gc, Map<String, String> dc) {
        gc.put("num_dc", dc.getOrDefault("num", "100"));
        return gc;
    }

    private static Tensor copy(Tensor t, Arena arena) {
        Tensor c = Tensor.allocate(arena, t.shape());
        c.copyFrom(t);
        return c;
    }

    private Path trajectoryAnalysis(PlotBackend backend, TaskData nav, Path dir, Arena arena) throws IOException {
        int n = nav.steps();
        float env = (float) settings.envSize();
        float[] time = new float[n];
        for (int i = 0; i < n; i++) {
            time[i] = (float) (i * settings.dt());
        }
        Map<String, Tensor> d = new LinkedHashMap<>();
        d.put("extent", Tensor.of(arena, new float[] {0, env, 0, env}));
        d.put("boundary", Tensor.of(arena, new float[] {0, 0, env, 0, env, env, 0, env}, 4, 2));
        d.put("position", nav.get("position"));
        d.put("time", Tensor.of(arena, time));
        d.put("speed", nav.get("speed"));
        d.put("hd_angle", nav.get("hd_angle"));
        return backend.render("trajectory-analysis", d, backend.options("trajectory-analysis").parse(
                Map.of("smooth_window", "50")), dir.resolve("trajectory_analysis.png"), ProgressListener.NONE);
    }

    private Path populationActivity(PlotBackend backend, Map<String, NpyArray> data, Path dir, Arena arena)
            throws IOException {
        int n = data.get("theta_phase").shape()[0];
        float[] time = new float[n];
        for (int i = 0; i < n; i++) {
            time[i] = (float) (i * settings.dt());
        }
        Map<String, Tensor> d = new LinkedHashMap<>();
        d.put("time", Tensor.of(arena, time));
        d.put("theta_phase", data.get("theta_phase").toTensor(arena));
        d.put("activity", data.get("dc_activity").toTensor(arena));
        d.put("direction", data.get("direction").toTensor(arena));
        Map<String, String> options = Map.of("title", "Direction Cell Population Activity with Theta",
                "xlabel", "Time (s)", "ylabel", "Direction (°)", "figsize", "10,4", "atol", "0.05");
        return backend.render("theta-population", d, backend.options("theta-population").parse(options),
                dir.resolve("population_activity.png"), ProgressListener.NONE);
    }

    private Path animation(PlotBackend backend, Map<String, NpyArray> data, Path dir, Arena arena,
                           ProgressListener progress) throws IOException {
        Map<String, Tensor> d = new LinkedHashMap<>();
        d.put("position", data.get("position").toTensor(arena));
        d.put("direction", data.get("direction").toTensor(arena));
        d.put("dc_activity", data.get("dc_activity").toTensor(arena));
        d.put("gc_activity", data.get("gc_activity").toTensor(arena));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("env_size", Double.toString(settings.envSize()));
        options.put("mapping_ratio", settings.gc().get("mapping_ratio"));
        options.put("dt", Double.toString(settings.dt()));
        options.put("fps", Double.toString(settings.fps()));
        options.put("dpi", Double.toString(settings.dpi()));
        options.put("n_step", Integer.toString(FRAME_STEP));
        options.put("figsize", "12,3");
        return backend.render("theta-sweep", d, backend.options("theta-sweep").parse(options),
                dir.resolve("theta_sweep_animation.gif"), progress);
    }

    @Override
    public synchronized Map<String, Object> results() {
        if (results == null) {
            throw new IllegalStateException("the theta-sweep pipeline has no results: call run() first");
        }
        return results;
    }

    @Override
    public synchronized void reset() {
        results = null;
    }
}
