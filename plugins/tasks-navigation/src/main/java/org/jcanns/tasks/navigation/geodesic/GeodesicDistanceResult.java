package org.jcanns.tasks.navigation.geodesic;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.core.io.DType;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;

/**
 * canns' {@code GeodesicDistanceResult}: the A × A geodesic distances between the free cells (+inf when
 * unreachable), the (row, col) of each free cell in row-major order, and the cost grid they come from.
 */
public final class GeodesicDistanceResult {
    private final double[][] distances;
    private final int[] indices;
    private final MovementCostGrid grid;

    GeodesicDistanceResult(double[][] distances, int[] indices, MovementCostGrid grid) {
        this.distances = distances;
        this.indices = indices;
        this.grid = grid;
    }

    /** The number of free cells A. */
    public int size() {
        return distances.length;
    }

    /** The distance from free cell i to free cell j. */
    public double distance(int i, int j) {
        return distances[i][j];
    }

    /** The row of free cell i. */
    public int row(int i) {
        return indices[2 * i];
    }

    /** The column of free cell i. */
    public int col(int i) {
        return indices[2 * i + 1];
    }

    /** The cost grid. */
    public MovementCostGrid costGrid() {
        return grid;
    }

    /** The largest finite distance (0 when there is none). */
    public double maxFinite() {
        double m = 0;
        for (double[] row : distances) {
            for (double d : row) {
                if (Double.isFinite(d)) {
                    m = Math.max(m, d);
                }
            }
        }
        return m;
    }

    /** The arrays written by {@link #save}: distances, accessible_indices, costs, x_edges, y_edges, dx, dy. */
    public Map<String, NpyArray> arrays(Arena arena) {
        int a = size();
        MemorySegment d = arena.allocate((long) a * a * Double.BYTES, 8);
        for (int i = 0; i < a; i++) {
            MemorySegment.copy(distances[i], 0, d, ValueLayout.JAVA_DOUBLE, (long) i * a * Double.BYTES, a);
        }
        long[] idx = new long[indices.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = indices[i];
        }
        Map<String, NpyArray> out = new LinkedHashMap<>();
        out.put("distances", new NpyArray(DType.FLOAT64, new int[] {a, a}, d));
        out.put("accessible_indices", NpyArray.ofLongs(idx, a, 2));
        out.put("costs", NpyArray.ofInts(grid.costs(), grid.rows(), grid.cols()));
        out.put("x_edges", NpyArray.ofDoubles(grid.xEdges()));
        out.put("y_edges", NpyArray.ofDoubles(grid.yEdges()));
        out.put("dx", NpyArray.scalar(grid.dx()));
        out.put("dy", NpyArray.scalar(grid.dy()));
        return out;
    }

    /** Writes {@link #arrays} as a compressed {@code .npz} (atomically). */
    public void save(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            Npz.save(file, arrays(arena), true);
        }
    }
}
