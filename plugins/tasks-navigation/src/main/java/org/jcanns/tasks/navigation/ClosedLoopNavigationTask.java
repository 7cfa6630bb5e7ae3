package org.jcanns.tasks.navigation;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskData;
import org.jcanns.tasks.navigation.agent.Agent;
import org.jcanns.tasks.navigation.agent.AgentParams;
import org.jcanns.tasks.navigation.geodesic.GeodesicDistanceResult;
import org.jcanns.tasks.navigation.geodesic.GeodesicDistances;
import org.jcanns.tasks.navigation.geodesic.MovementCostGrid;
import org.jcanns.tasks.navigation.geometry.BoundaryConditions;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Polygon;

/**
 * canns' {@code ClosedLoopNavigationTask}: a controller moves the agent step by step ({@link #stepByPos}); the
 * environment can be discretised into a movement-cost grid and the geodesic distances between its free cells.
 * The history starts at the start position (canns' forced first update). As an SPI task its data are the visited
 * positions with the derived fields (canns' {@code get_data} raises instead).
 */
public final class ClosedLoopNavigationTask implements Task {
    private final Environment env;
    private final double dt;
    private final Agent agent;
    private final Arena arena = Arena.ofShared();
    private double[] position = new double[64];
    private double[] velocity = new double[64];
    private double[] hd = new double[32];
    private int steps;

    /** A task in {@code env} with time step {@code dt}, the agent at (startX, startY) (strictly inside). */
    public ClosedLoopNavigationTask(Environment env, double dt, double startX, double startY) {
        this.env = env;
        this.dt = dt;
        // The agent only follows forced positions, so its motion parameters and random source are never used.
        this.agent = new Agent(env, AgentParams.CANNS, dt, startX, startY, 0, Seeds.generator(0));
        stepByPos(startX, startY);
    }

    /** canns' {@code TMazeClosedLoopNavigationTask}: corridor width w, stem l_s, arms l_arm, arm thickness t. */
    public static ClosedLoopNavigationTask tMaze(double w, double stem, double arm, double thickness, double dt,
                                                 double startX, double startY) {
        return new ClosedLoopNavigationTask(tMazeEnvironment(w, stem, arm, thickness), dt, startX, startY);
    }

    /** canns' T-maze: an 8-corner polygon with solid walls. */
    static Environment tMazeEnvironment(double w, double stem, double arm, double thickness) {
        return new Environment(tMazeBoundary(w, stem, arm, thickness), 0, 0, List.of(), List.of(),
                BoundaryConditions.SOLID);
    }

    private static Polygon tMazeBoundary(double w, double stem, double arm, double thickness) {
        double hw = w / 2;
        if (!(w > 0) || !(stem > 0) || !(thickness > 0) || !(arm > hw)) {
            throw new IllegalArgumentException("t-maze: expected w > 0, l_s > 0, t > 0 and l_arm > w/2, got w " + w
                    + ", l_s " + stem + ", l_arm " + arm + ", t " + thickness);
        }
        return new Polygon(new double[] {-hw, -hw, -arm, -arm, arm, arm, hw, hw},
                new double[] {0, stem, stem, stem + thickness, stem + thickness, stem, stem, 0}, "t-maze");
    }

    /** The environment. */
    public Environment environment() {
        return env;
    }

    /** Moves the agent to (x, y) in one step (canns' {@code step_by_pos}). */
    public synchronized void stepByPos(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("step_by_pos: the position must be finite, got (" + x + ", " + y + ")");
        }
        agent.moveTo(x, y);
        if (2 * steps + 2 > position.length) {
            position = Arrays.copyOf(position, 2 * position.length);
            velocity = Arrays.copyOf(velocity, 2 * velocity.length);
            hd = Arrays.copyOf(hd, 2 * hd.length);
        }
        position[2 * steps] = x;
        position[2 * steps + 1] = y;
        velocity[2 * steps] = agent.measuredVx();
        velocity[2 * steps + 1] = agent.measuredVy();
        hd[steps] = Math.atan2(agent.headY(), agent.headX());
        steps++;
    }

    @Override
    public synchronized int steps() {
        return steps;
    }

    @Override
    public double dt() {
        return dt;
    }

    /** The visited positions and their derived fields. */
    public synchronized OpenLoopNavigationData navigationData() {
        return OpenLoopNavigationData.of(Arrays.copyOf(position, 2 * steps), Arrays.copyOf(velocity, 2 * steps),
                Arrays.copyOf(hd, steps));
    }

    @Override
    public TaskData data(ProgressListener progress) {
        TaskData d = navigationData().toTaskData(arena);
        progress.update(1, 1);
        return d;
    }

    @Override
    public void save(Path file) throws IOException {
        navigationData().save(file);
    }

    /** canns' {@code build_movement_cost_grid(dx, dy)}. */
    public MovementCostGrid buildMovementCostGrid(double dx, double dy) {
        return MovementCostGrid.build(env, dx, dy);
    }

    /** canns' {@code compute_geodesic_distance_matrix(dx, dy)}, on every processor. */
    public GeodesicDistanceResult computeGeodesicDistanceMatrix(double dx, double dy) {
        return GeodesicDistances.compute(buildMovementCostGrid(dx, dy), Runtime.getRuntime().availableProcessors(),
                ProgressListener.NONE);
    }

    /**
     * canns' {@code show_data}: the visited positions in the environment, with the cost grid of {@code grid}
     * overlaid when it is not null (figure {@code trajectory} of {@code backend}).
     */
    public Path showData(PlotBackend backend, Path out, MovementCostGrid grid) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            return backend.render("trajectory", figureData(env, navigationData().position(), dt, grid, a),
                    backend.options("trajectory").defaults(), out, ProgressListener.NONE);
        }
    }

    /** canns' {@code show_geodesic_distance_matrix}: the matrix as an image (figure {@code geodesic-distances}). */
    public static Path showGeodesicDistances(PlotBackend backend, GeodesicDistanceResult result, boolean normalize,
                                             Path out) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            int n = result.size();
            float[] m = new float[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i * n + j] = (float) result.distance(i, j);
                }
            }
            Map<String, Tensor> data = Map.of("distances", Tensor.of(a, m, n, n));
            return backend.render("geodesic-distances", data, backend.options("geodesic-distances").parse(
                    Map.of("normalize", Boolean.toString(normalize))), out, ProgressListener.NONE);
        }
    }

    /** The arrays of the {@code trajectory} figure: environment, positions (flat), times, optional cost grid. */
    static Map<String, Tensor> figureData(Environment env, double[] flatPositions, double dt, MovementCostGrid grid,
                                          Arena a) {
        Map<String, Tensor> data = new LinkedHashMap<>(EnvironmentArrays.of(env, a));
        int n = flatPositions.length / 2;
        float[] p = new float[2 * n];
        float[] t = new float[n];
        for (int i = 0; i < 2 * n; i++) {
            p[i] = (float) flatPositions[i];
        }
        for (int i = 0; i < n; i++) {
            t[i] = (float) (i * dt);
        }
        data.put("position", Tensor.of(a, p, n, 2));
        data.put("time", Tensor.of(a, t));
        if (grid != null) {
            int[] costs = grid.costs();
            float[] blocked = new float[costs.length];
            for (int i = 0; i < costs.length; i++) {
                blocked[i] = costs[i] == MovementCostGrid.BLOCKED ? 1 : 0;
            }
            data.put("blocked", Tensor.of(a, blocked, grid.rows(), grid.cols()));
            data.put("x_edges", Tensor.of(a, toFloats(grid.xEdges())));
            data.put("y_edges", Tensor.of(a, toFloats(grid.yEdges())));
        }
        return data;
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Override
    public void close() {
        arena.close();
    }
}
