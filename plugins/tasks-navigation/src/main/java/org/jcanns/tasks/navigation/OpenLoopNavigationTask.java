package org.jcanns.tasks.navigation;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskData;
import org.jcanns.spi.task.TrajectoryImport;
import org.jcanns.tasks.navigation.agent.Agent;
import org.jcanns.tasks.navigation.agent.AgentParams;
import org.jcanns.tasks.navigation.geometry.Environment;

/**
 * canns' {@code OpenLoopNavigationTask}: an agent ({@link Agent}) walks for {@code int(duration/dt)} steps from
 * the start position, or a recorded trajectory is imported instead ({@link #importData}); the result is
 * {@link OpenLoopNavigationData}. As an SPI task its data are the fields as float32 arrays named by canns' keys,
 * the theta-sweep fields included (computed with dt on first use).
 */
public final class OpenLoopNavigationTask implements Task, TrajectoryImport {
    private final Environment env;
    private final AgentParams agentParams;
    private final double dt;
    private final double startX;
    private final double startY;
    private final double heading;
    private final RandomGenerator random;
    private final Arena arena = Arena.ofShared();
    private Agent agent;
    private int steps;
    private OpenLoopNavigationData data;
    private TaskData taskData;

    /**
     * A task in {@code env} lasting {@code duration} seconds of steps {@code dt}, starting at (startX, startY)
     * (strictly inside env) heading {@code heading} radians (NaN: random), drawing from {@code random}.
     */
    public OpenLoopNavigationTask(Environment env, AgentParams agentParams, double duration, double dt, double startX,
                                  double startY, double heading, RandomGenerator random) {
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be a finite number > 0, got " + duration);
        }
        this.env = env;
        this.agentParams = agentParams;
        this.dt = dt;
        this.startX = startX;
        this.startY = startY;
        this.heading = heading;
        this.random = random;
        // canns: total_steps = int(duration / dt), truncated.
        this.steps = (int) (duration / dt);
        if (steps < 1) {
            throw new IllegalArgumentException("duration " + duration + " is shorter than one step of dt " + dt);
        }
        this.agent = new Agent(env, agentParams, dt, startX, startY, heading, random);
    }

    /** The environment. */
    public Environment environment() {
        return env;
    }

    @Override
    public int steps() {
        return steps;
    }

    @Override
    public double dt() {
        return dt;
    }

    /** Puts the agent back at the start (canns' {@code reset}); the next data are a new walk. */
    public synchronized void reset() {
        agent = new Agent(env, agentParams, dt, startX, startY, heading, random);
        data = null;
        taskData = null;
    }

    /** The navigation data, generated on first call (canns' {@code get_data}) unless a trajectory was imported. */
    public synchronized OpenLoopNavigationData navigationData(ProgressListener progress) {
        if (data == null) {
            data = generate(progress);
        }
        return data;
    }

    /** The navigation data without progress reporting. */
    public OpenLoopNavigationData navigationData() {
        return navigationData(ProgressListener.NONE);
    }

    private OpenLoopNavigationData generate(ProgressListener progress) {
        double[] position = new double[2 * steps];
        double[] velocity = new double[2 * steps];
        double[] hd = new double[steps];
        long every = Math.max(1, steps / 100);
        for (int t = 0; t < steps; t++) {
            agent.step();
            position[2 * t] = agent.x();
            position[2 * t + 1] = agent.y();
            velocity[2 * t] = agent.measuredVx();
            velocity[2 * t + 1] = agent.measuredVy();
            hd[t] = Math.atan2(agent.headY(), agent.headX());
            if ((t + 1) % every == 0 || t + 1 == steps) {
                progress.update(t + 1, steps);
            }
        }
        return OpenLoopNavigationData.of(position, velocity, hd);
    }

    /**
     * canns' {@code import_data}: positions (n rows of x, y), times (n increasing values; null: steps of
     * {@code dt}, or of the task's dt when {@code dt} is null), head directions (null: from the movement), the
     * agent's initial position (null: the first position; it must lie strictly inside the environment). The
     * task then has n steps.
     */
    public synchronized void importData(double[][] positions, double[] times, Double dt, double[] headDirection,
                                        double[] initialPos) {
        double[] flat = TrajectoryImporter.positions(positions);
        int n = positions.length;
        double step = dt != null ? dt : this.dt;
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + step);
        }
        double[] t = TrajectoryImporter.times(times, n, step);
        double[] start = initialPos != null ? initialPos : positions[0];
        if (start.length != 2) {
            throw new IllegalArgumentException("initial_pos must be x, y, got " + start.length + " value(s)");
        }
        env.requireInside(start[0], start[1], "the trajectory's start position");
        OpenLoopNavigationData imported = TrajectoryImporter.derive(flat, t, headDirection);
        steps = n;
        data = imported;
        taskData = null;
    }

    @Override
    public void importTrajectory(double[][] positions, double[] times) {
        importData(positions, times, null, null, null);
    }

    /** canns' {@code calculate_theta_sweep_data}: adds the theta-sweep fields to the data (with the task's dt). */
    public synchronized void calculateThetaSweepData() {
        OpenLoopNavigationData d = navigationData();
        if (!d.hasThetaSweepData()) {
            data = d.withThetaSweepData(dt);
        }
    }

    @Override
    public synchronized TaskData data(ProgressListener progress) {
        if (taskData == null) {
            navigationData(progress);
            calculateThetaSweepData();
            taskData = data.toTaskData(arena);
        }
        return taskData;
    }

    @Override
    public void save(Path file) throws IOException {
        navigationData().save(file);
    }

    /** The times of the steps, run_steps·dt (as canns' plots label them). */
    private float[] times() {
        float[] t = new float[steps];
        for (int i = 0; i < steps; i++) {
            t[i] = (float) (i * dt);
        }
        return t;
    }

    /** canns' {@code show_data}: the trajectory coloured by time, figure {@code trajectory} of {@code backend}. */
    public Path showData(PlotBackend backend, Path out) throws IOException {
        TaskData d = data();
        try (Arena a = Arena.ofConfined()) {
            Map<String, Tensor> arrays = new LinkedHashMap<>(EnvironmentArrays.of(env, a));
            arrays.put("position", d.get("position"));
            arrays.put("time", Tensor.of(a, times()));
            return backend.render("trajectory", arrays, backend.options("trajectory").defaults(), out,
                    ProgressListener.NONE);
        }
    }

    /**
     * canns' {@code show_trajectory_analysis}: trajectory coloured by time, speed and head direction over time
     * (raw and smoothed over {@code smoothWindow} samples), figure {@code trajectory-analysis} of {@code backend}.
     */
    public Path showTrajectoryAnalysis(PlotBackend backend, Path out, int smoothWindow) throws IOException {
        TaskData d = data();
        try (Arena a = Arena.ofConfined()) {
            Map<String, Tensor> arrays = new LinkedHashMap<>(EnvironmentArrays.of(env, a));
            arrays.put("position", d.get("position"));
            arrays.put("time", Tensor.of(a, times()));
            arrays.put("speed", d.get("speed"));
            arrays.put("hd_angle", d.get("hd_angle"));
            return backend.render("trajectory-analysis", arrays, backend.options("trajectory-analysis").parse(
                    Map.of("smooth_window", Integer.toString(smoothWindow))), out, ProgressListener.NONE);
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
