package org.jcanns.analysis.tda;

import org.jcanns.core.topology.Metric;

/**
 * The k nearest neighbours of every row of a point cloud, the point itself included, in increasing distance (ties
 * by index): the first k columns of canns' {@code np.argsort(squareform(pdist(X, metric)))}, without the n×n
 * matrix.
 */
final class NearestNeighbours {
    /** Row i's neighbours are {@code index[i * k .. i * k + k)} at distances {@code distance[...]}. */
    final int[] index;
    final double[] distance;
    final int n;
    final int k;

    private NearestNeighbours(int n, int k) {
        this.n = n;
        this.k = k;
        this.index = new int[n * k];
        this.distance = new double[n * k];
    }

    /** The k nearest neighbours of each of the n rows of {@code x} ({@code dim} values each). */
    static NearestNeighbours of(double[] x, int n, int dim, int k, Metric metric) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k: expected 1 to " + n + " neighbours (the number of points), got " + k);
        }
        NearestNeighbours nn = new NearestNeighbours(n, k);
        double[] norms = metric.prepare(x, n, dim);
        double[] row = new double[n];
        double[] work = new double[n];
        int[] scratch = new int[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                row[j] = j == i ? 0 : metric.distance(x, dim, i, j, norms);
            }
            System.arraycopy(row, 0, work, 0, n);
            double kth = select(work, k - 1);
            // All below the k-th value, then ties at it by index, until k are taken.
            int taken = 0;
            for (int j = 0; j < n && taken < k; j++) {
                if (row[j] < kth) {
                    nn.index[i * k + taken++] = j;
                }
            }
            for (int j = 0; j < n && taken < k; j++) {
                if (row[j] == kth) {
                    nn.index[i * k + taken++] = j;
                }
            }
            sortByDistance(nn.index, i * k, k, row, scratch);
            for (int a = 0; a < k; a++) {
                nn.distance[i * k + a] = row[nn.index[i * k + a]];
            }
        }
        return nn;
    }

    /** Sorts {@code index[from, from + k)} by (row[index], index): a merge sort, stable and allocation-free. */
    private static void sortByDistance(int[] index, int from, int k, double[] row, int[] scratch) {
        for (int width = 1; width < k; width *= 2) {
            for (int lo = 0; lo < k - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, k);
                System.arraycopy(index, from + lo, scratch, lo, hi - lo);
                int a = lo;
                int b = mid;
                for (int out = lo; out < hi; out++) {
                    if (b >= hi || (a < mid && !before(scratch[b], scratch[a], row))) {
                        index[from + out] = scratch[a++];
                    } else {
                        index[from + out] = scratch[b++];
                    }
                }
            }
        }
    }

    private static boolean before(int p, int q, double[] row) {
        return row[p] < row[q] || (row[p] == row[q] && p < q);
    }

    /** The value of rank {@code r} (0-based) of {@code a}, which is reordered. */
    private static double select(double[] a, int r) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = median3(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (r <= j) {
                hi = j;
            } else if (r >= i) {
                lo = i;
            } else {
                return a[r];
            }
        }
        return a[r];
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
