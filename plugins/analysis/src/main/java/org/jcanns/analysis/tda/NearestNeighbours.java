package org.jcanns.analysis.tda;

import org.jcanns.analysis.numeric.QuickSelect;

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
        double[] dk = new double[k];
        int[] ik = new int[k];
        double[] dScratch = new double[k];
        int[] iScratch = new int[k];
        for (int i = 0; i < n; i++) {
            metric.row(x, dim, i, n, norms, row);
            row[i] = 0;
            System.arraycopy(row, 0, work, 0, n);
            double kth = QuickSelect.select(work, k - 1);
            // All below the k-th value, then ties at it by index, until k are taken; in index order.
            int taken = 0;
            for (int j = 0; j < n; j++) {
                if (row[j] < kth) {
                    dk[taken] = row[j];
                    ik[taken++] = j;
                }
            }
            for (int j = 0; j < n && taken < k; j++) {
                if (row[j] == kth) {
                    dk[taken] = row[j];
                    ik[taken++] = j;
                }
            }
            sortByDistance(dk, ik, k, dScratch, iScratch);
            System.arraycopy(dk, 0, nn.distance, i * k, k);
            System.arraycopy(ik, 0, nn.index, i * k, k);
        }
        return nn;
    }

    /**
     * Sorts the pairs {@code (d[a], index[a])}, given in increasing index, by distance: a stable bottom-up merge
     * sort, so equal distances stay in index order.
     */
    private static void sortByDistance(double[] d, int[] index, int k, double[] d2, int[] i2) {
        double[] src = d;
        int[] srcI = index;
        double[] dst = d2;
        int[] dstI = i2;
        for (int width = 1; width < k; width *= 2) {
            for (int lo = 0; lo < k; lo += 2 * width) {
                int mid = Math.min(lo + width, k);
                int hi = Math.min(lo + 2 * width, k);
                for (int a = lo, b = mid, out = lo; out < hi; out++) {
                    if (b >= hi || (a < mid && src[a] <= src[b])) {
                        dst[out] = src[a];
                        dstI[out] = srcI[a++];
                    } else {
                        dst[out] = src[b];
                        dstI[out] = srcI[b++];
                    }
                }
            }
            double[] t = src;
            src = dst;
            dst = t;
            int[] ti = srcI;
            srcI = dstI;
            dstI = ti;
        }
        if (src != d) {
            System.arraycopy(src, 0, d, 0, k);
            System.arraycopy(srcI, 0, index, 0, k);
        }
    }
}
