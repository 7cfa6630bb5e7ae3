package org.jcanns.tasks.navigation.geodesic;

import java.util.Arrays;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.ProgressListener;

/**
 * canns' {@code compute_geodesic_distance_matrix}: one Dijkstra per free cell on the 4-neighbour grid of free
 * cells, horizontal steps costing dx and vertical ones dy; unreachable pairs are +inf. The sources are split over
 * threads, each with its own distances and heap.
 */
public final class GeodesicDistances {
    private GeodesicDistances() {
    }

    /** The distances between every pair of free cells of {@code grid}, on {@code threads} threads. */
    public static GeodesicDistanceResult compute(MovementCostGrid grid, int threads, ProgressListener progress) {
        int rows = grid.rows();
        int cols = grid.cols();
        int count = grid.accessibleCount();
        if ((long) count * count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the grid has " + count + " free cells, whose " + count + " x " + count
                    + " distance matrix is too large; give a larger dx, dy");
        }
        int[] cellOf = new int[count];
        int[] indexOf = new int[rows * cols];
        Arrays.fill(indexOf, -1);
        for (int cell = 0, k = 0; cell < rows * cols; cell++) {
            if (grid.accessible(cell / cols, cell % cols)) {
                cellOf[k] = cell;
                indexOf[cell] = k++;
            }
        }
        double[][] distances = new double[count][];
        if (count > 0) {
            Object lock = new Object();
            long[] done = {0};
            try (BatchThreads pool = new BatchThreads(Math.max(1, threads))) {
                pool.forEachChunk(count, c -> {
                    Dijkstra search = new Dijkstra(grid, indexOf);
                    int end = pool.start(c + 1, count);
                    for (int i = pool.start(c, count); i < end; i++) {
                        distances[i] = search.from(cellOf[i], count);
                        synchronized (lock) {
                            progress.update(++done[0], count);
                        }
                    }
                });
            }
        }
        int[] indices = new int[2 * count];
        for (int k = 0; k < count; k++) {
            indices[2 * k] = cellOf[k] / cols;
            indices[2 * k + 1] = cellOf[k] % cols;
        }
        return new GeodesicDistanceResult(distances, indices, grid);
    }

    /** One thread's search state: distances over all cells and a binary min-heap of (distance, cell). */
    private static final class Dijkstra {
        private final MovementCostGrid grid;
        private final int[] indexOf;
        private final int cols;
        private final int rows;
        private final double[] dist;
        private double[] keys = new double[64];
        private int[] cells = new int[64];
        private int size;

        Dijkstra(MovementCostGrid grid, int[] indexOf) {
            this.grid = grid;
            this.indexOf = indexOf;
            this.cols = grid.cols();
            this.rows = grid.rows();
            this.dist = new double[rows * cols];
        }

        /** The distances from {@code source} to every free cell, in free-cell order. */
        double[] from(int source, int count) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            dist[source] = 0;
            size = 0;
            push(0, source);
            double dx = grid.dx();
            double dy = grid.dy();
            while (size > 0) {
                double d = keys[0];
                int cell = pop();
                if (d > dist[cell]) {
                    continue;
                }
                int r = cell / cols;
                int c = cell % cols;
                if (r > 0) {
                    relax(cell - cols, d + dy);
                }
                if (r < rows - 1) {
                    relax(cell + cols, d + dy);
                }
                if (c > 0) {
                    relax(cell - 1, d + dx);
                }
                if (c < cols - 1) {
                    relax(cell + 1, d + dx);
                }
            }
            double[] row = new double[count];
            for (int cell = 0; cell < dist.length; cell++) {
                if (indexOf[cell] >= 0) {
                    row[indexOf[cell]] = dist[cell];
                }
            }
            return row;
        }

        private void relax(int cell, double d) {
            if (indexOf[cell] >= 0 && d < dist[cell]) {
                dist[cell] = d;
                push(d, cell);
            }
        }

        private void push(double key, int cell) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                cells = Arrays.copyOf(cells, 2 * size);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                cells[i] = cells[parent];
                i = parent;
            }
            keys[i] = key;
            cells[i] = cell;
        }

        private int pop() {
            int top = cells[0];
            double key = keys[--size];
            int cell = cells[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                cells[i] = cells[child];
                i = child;
            }
            keys[i] = key;
            cells[i] = cell;
            return top;
        }
    }
}
