package org.jcanns.core.topology;

import java.util.Arrays;

/**
 * The finite metric space a Vietoris–Rips filtration is built on: n points and the length of each edge, stored in
 * float32 as Ripser does. A full matrix keeps every pair ({@code +inf} where two points are not neighbours); a sparse
 * one keeps only the edges present. Build one with {@link #ofPoints}, {@link #ofMatrix} or {@link #ofEdges}.
 */
public abstract sealed class RipsDistances permits DenseDistances, SparseDistances {
    /** Largest number of points: a full matrix of them must fit in one Java array. */
    public static final int MAX_POINTS = 46_340;

    /** The number of points. */
    public abstract int size();

    /** The length of edge {i, j} ({@code +inf} when it is absent; 0 when i == j). */
    public abstract float distance(int i, int j);

    /** The number of edges of length at most {@code threshold}. */
    public abstract long edgeCount(float threshold);

    /** The radius at which one point reaches all others ({@code +inf} if none does); the complex is a cone there. */
    public abstract float enclosingRadius();

    /** The n×n matrix of distances as float64 ({@code +inf} for absent edges), as ripser.py's {@code dperm2all}. */
    public double[] toMatrix() {
        int n = size();
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i * n + j] = i == j ? 0 : distance(i, j);
            }
        }
        return m;
    }

    /**
     * Distances between the rows of {@code points} (n rows of {@code dim} values, row-major) by {@code metric},
     * computed in float64 and stored in float32 (as ripser.py).
     */
    public static RipsDistances ofPoints(double[] points, int n, int dim, Metric metric) {
        requireSize(n, "points");
        if (dim < 1 || (long) n * dim != points.length) {
            throw new IllegalArgumentException("points: expected " + n + " rows of " + dim + " coordinates, got "
                    + points.length + " values");
        }
        for (int i = 0; i < points.length; i++) {
            if (!Double.isFinite(points[i])) {
                throw new IllegalArgumentException("points: coordinate " + (i % dim) + " of point " + (i / dim)
                        + " is " + points[i] + "; expected finite values");
            }
        }
        double[] norms = metric.prepare(points, n, dim);
        RipsMemory.requireFullMatrix(n, "points");
        float[] d = new float[n * n];
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            metric.row(points, dim, i, i, norms, row);
            for (int j = 0; j < i; j++) {
                float v = (float) row[j] + 0f;
                d[i * n + j] = v;
                d[j * n + i] = v;
            }
        }
        return new DenseDistances(d, n);
    }

    /**
     * A full symmetric n×n distance matrix (row-major): zero diagonal, non-negative entries, {@code +inf} for
     * pairs that are not neighbours. Checked: square, symmetric, no NaN, no negative value.
     */
    public static RipsDistances ofMatrix(double[] matrix, int rows, int cols) {
        if (rows != cols || (long) rows * cols != matrix.length) {
            throw new IllegalArgumentException("distances: expected a square (n, n) matrix, got (" + rows + ", " + cols
                    + ")");
        }
        int n = rows;
        requireSize(n, "distances");
        RipsMemory.requireFullMatrix(n, "distances");
        float[] d = new float[n * n];
        for (int i = 0; i < n; i++) {
            double diag = matrix[i * n + i];
            if (diag != 0) {
                throw new IllegalArgumentException("distances: the diagonal must be 0 (a point's distance to itself); "
                        + "entry (" + i + ", " + i + ") is " + diag);
            }
            for (int j = 0; j < i; j++) {
                double a = matrix[i * n + j];
                double b = matrix[j * n + i];
                requireLength(a, i, j);
                if (a != b) {
                    throw new IllegalArgumentException("distances: the matrix must be symmetric; entry (" + i + ", " + j
                            + ") is " + a + " but (" + j + ", " + i + ") is " + b);
                }
                // + 0f turns -0.0 into 0.0: diameters are ordered by their bit patterns.
                d[i * n + j] = (float) a + 0f;
                d[j * n + i] = d[i * n + j];
            }
        }
        return new DenseDistances(d, n);
    }

    /**
     * A sparse distance matrix on {@code n} points: edge e joins {@code i[e]} and {@code j[e]} with length
     * {@code length[e]}; each edge may be given once or in both directions (equal lengths), pairs not given are
     * absent, and entries on the diagonal must be 0.
     */
    public static RipsDistances ofEdges(int n, int[] i, int[] j, double[] length) {
        requireSize(n, "distances");
        if (i.length != j.length || i.length != length.length) {
            throw new IllegalArgumentException("distances: edge arrays differ in length: " + i.length + ", "
                    + j.length + ", " + length.length);
        }
        int m = i.length;
        long[] keys = new long[m];
        int kept = 0;
        for (int e = 0; e < m; e++) {
            int a = i[e];
            int b = j[e];
            if (a < 0 || a >= n || b < 0 || b >= n) {
                throw new IllegalArgumentException("distances: edge " + e + " joins points " + a + " and " + b
                        + "; expected indices in 0.." + (n - 1));
            }
            if (a == b) {
                if (length[e] != 0) {
                    throw new IllegalArgumentException("distances: the diagonal must be 0; entry (" + a + ", " + a
                            + ") is " + length[e]);
                }
                continue;
            }
            requireLength(length[e], a, b);
            if (length[e] == Double.POSITIVE_INFINITY) {
                continue;
            }
            long hi = Math.max(a, b);
            long lo = Math.min(a, b);
            keys[kept++] = ((hi * (hi - 1) / 2 + lo) << 31) | e;
        }
        keys = Arrays.copyOf(keys, kept);
        Arrays.sort(keys);
        int[] from = new int[kept];
        int[] to = new int[kept];
        float[] len = new float[kept];
        int edges = 0;
        long previous = -1;
        for (int k = 0; k < kept; k++) {
            long pair = keys[k] >>> 31;
            int e = (int) (keys[k] & 0x7FFFFFFFL);
            long hi = (long) Math.max(i[e], j[e]);
            if (edges > 0 && pair == previous) {
                if (len[edges - 1] != (float) length[e]) {
                    throw new IllegalArgumentException("distances: the matrix must be symmetric; edge (" + i[e] + ", "
                            + j[e] + ") is given twice, with lengths " + len[edges - 1] + " and " + length[e]);
                }
                continue;
            }
            from[edges] = (int) hi;
            to[edges] = (int) (pair - hi * (hi - 1) / 2);
            previous = pair;
            len[edges] = (float) length[e] + 0f;
            edges++;
        }
        return SparseDistances.of(n, Arrays.copyOf(from, edges), Arrays.copyOf(to, edges), Arrays.copyOf(len, edges));
    }

    private static void requireSize(int n, String what) {
        if (n < 1 || n > MAX_POINTS) {
            throw new IllegalArgumentException(what + ": expected 1 to " + MAX_POINTS + " points, got " + n);
        }
    }

    private static void requireLength(double v, int i, int j) {
        if (Double.isNaN(v) || v < 0) {
            throw new IllegalArgumentException("distances: entry (" + i + ", " + j + ") is " + v
                    + "; expected a non-negative distance or +inf for no edge");
        }
    }
}
