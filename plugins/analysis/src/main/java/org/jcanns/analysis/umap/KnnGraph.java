package org.jcanns.analysis.umap;

/**
 * The k nearest neighbours of each of n points, the point itself first: row i's neighbours are
 * {@code index[i·k .. i·k + k)} at distances {@code distance[...]}, in increasing distance (ties: the point itself, then by index).
 */
public record KnnGraph(int[] index, double[] distance, int n, int k) {
    /** Checks the sizes. */
    public KnnGraph {
        if ((long) n * k != index.length || index.length != distance.length) {
            throw new IllegalArgumentException("a kNN graph of " + n + " points and " + k + " neighbours needs "
                    + (long) n * k + " entries, got " + index.length + " and " + distance.length);
        }
    }

    /** The order of neighbours (da, a) and (db, b) of point {@code self}: by distance, then self first, then index. */
    static int compare(double da, int a, double db, int b, int self) {
        if (da != db) {
            return Double.compare(da, db);
        }
        if ((a == self) != (b == self)) {
            return a == self ? -1 : 1;
        }
        return Integer.compare(a, b);
    }

    /** Neighbour j (0: the point itself) of point i. */
    public int neighbor(int i, int j) {
        return index[i * k + j];
    }

    /** The distance of neighbour j of point i. */
    public double distance(int i, int j) {
        return distance[i * k + j];
    }
}
