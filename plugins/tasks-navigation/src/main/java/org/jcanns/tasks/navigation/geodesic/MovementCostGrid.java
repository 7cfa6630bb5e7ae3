package org.jcanns.tasks.navigation.geodesic;

import java.util.Locale;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Polygon;
import org.jcanns.tasks.navigation.geometry.Segment;

/**
 * canns' {@code MovementCostGrid}: the environment's bounding box cut into cells of dx × dy, rows from the top
 * ({@code y_edges} descend from max y), each costing 1 (free) or {@link #BLOCKED}. A cell is blocked when its
 * centre lies outside the boundary, a wall touches it, or it overlaps a hole (centre inside, a corner inside, a
 * hole corner inside the cell, or an edge crossing) — canns-reference §3.4.
 */
public final class MovementCostGrid {
    /** The cost of a blocked cell: int32's maximum, as canns. */
    public static final int BLOCKED = Integer.MAX_VALUE;

    private final int[] costs;
    private final int rows;
    private final int cols;
    private final double[] xEdges;
    private final double[] yEdges;
    private final double dx;
    private final double dy;

    private MovementCostGrid(int[] costs, int rows, int cols, double[] xEdges, double[] yEdges, double dx,
                             double dy) {
        this.costs = costs;
        this.rows = rows;
        this.cols = cols;
        this.xEdges = xEdges;
        this.yEdges = yEdges;
        this.dx = dx;
        this.dy = dy;
    }

    /** canns' {@code build_movement_cost_grid(dx, dy)} for {@code env}. */
    public static MovementCostGrid build(Environment env, double dx, double dy) {
        if (!(dx > 0) || !(dy > 0) || Double.isInfinite(dx) || Double.isInfinite(dy)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "dx and dy must be finite numbers > 0, "
                    + "got dx %s, dy %s", dx, dy));
        }
        double minX = env.minX();
        double maxX = env.maxX();
        double minY = env.minY();
        double maxY = env.maxY();
        double nc = Math.ceil((maxX - minX) / dx);
        double nr = Math.ceil((maxY - minY) / dy);
        if (nc * nr > 50_000_000) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "dx %s, dy %s cut the environment into "
                    + "%.0f x %.0f cells; expected at most 5e7 (give a larger dx, dy)", dx, dy, nr, nc));
        }
        double[] xEdges = edges(minX, (int) nc, dx, maxX, true);
        double[] yEdges = edges(maxY, (int) nr, -dy, minY, false);
        int cols = xEdges.length - 1;
        int rows = yEdges.length - 1;
        int[] costs = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            double top = yEdges[r];
            double bottom = yEdges[r + 1];
            double cy = (top + bottom) / 2;
            for (int c = 0; c < cols; c++) {
                double left = xEdges[c];
                double right = xEdges[c + 1];
                double cx = (left + right) / 2;
                boolean blocked = !env.boundary().contains(cx, cy)
                        || touchesWall(env, left, right, bottom, top)
                        || overlapsHole(env, cx, cy, left, right, bottom, top);
                costs[r * cols + c] = blocked ? BLOCKED : 1;
            }
        }
        return new MovementCostGrid(costs, rows, cols, xEdges, yEdges, dx, dy);
    }

    /** start + k·step for k = 0..n, plus one more edge when the last falls short of {@code end} (canns). */
    private static double[] edges(double start, int n, double step, double end, boolean ascending) {
        double[] e = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            e[k] = start + k * step;
        }
        boolean short_ = ascending ? e[n] < end : e[n] > end;
        if (short_) {
            e = java.util.Arrays.copyOf(e, n + 2);
            e[n + 1] = e[n] + step;
        }
        return e;
    }

    private static boolean touchesWall(Environment env, double left, double right, double bottom, double top) {
        for (Segment w : env.walls()) {
            if (w.touchesRect(left, right, bottom, top)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsHole(Environment env, double cx, double cy, double left, double right,
                                        double bottom, double top) {
        for (Polygon h : env.holes()) {
            if (h.contains(cx, cy) || h.touchesRect(left, right, bottom, top)) {
                return true;
            }
        }
        return false;
    }

    /** The number of rows (top to bottom). */
    public int rows() {
        return rows;
    }

    /** The number of columns (left to right). */
    public int cols() {
        return cols;
    }

    /** The cost of the cell at (row, col): 1 or {@link #BLOCKED}. */
    public int cost(int row, int col) {
        return costs[row * cols + col];
    }

    /** Whether the cell at (row, col) is free (cost 1). */
    public boolean accessible(int row, int col) {
        return costs[row * cols + col] == 1;
    }

    /** The costs, row-major (rows × cols). */
    public int[] costs() {
        return costs.clone();
    }

    /** The column edges, ascending from min x (cols + 1 values). */
    public double[] xEdges() {
        return xEdges.clone();
    }

    /** The row edges, descending from max y (rows + 1 values). */
    public double[] yEdges() {
        return yEdges.clone();
    }

    /** The cell width. */
    public double dx() {
        return dx;
    }

    /** The cell height. */
    public double dy() {
        return dy;
    }

    /** The number of free cells. */
    public int accessibleCount() {
        int n = 0;
        for (int c : costs) {
            n += c == 1 ? 1 : 0;
        }
        return n;
    }
}
