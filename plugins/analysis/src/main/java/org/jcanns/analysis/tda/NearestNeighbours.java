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
        int[] candidate = new int[n];
        double[] sample = new double[Math.min(n, SAMPLE)];
        double[] dk = new double[k];
        int[] ik = new int[k];
        double[] dScratch = new double[k];
        int[] iScratch = new int[k];
        for (int i = 0; i < n; i++) {
            metric.row(x, dim, i, n, norms, row);
            row[i] = 0;
            // Candidates: the distances up to a cut-off that a sample of the row puts a little above the k-th
            // value; all of them when the sample guessed too low. Every distance up to the k-th is a candidate.
            double cut = cutOff(row, n, k, sample);
            int m = 0;
            for (int j = 0; j < n; j++) {
                if (row[j] <= cut) {
                    candidate[m++] = j;
                }
            }
            if (m < k) {
                m = n;
                for (int j = 0; j < n; j++) {
                    candidate[j] = j;
                }
            }
            for (int c = 0; c < m; c++) {
                work[c] = row[candidate[c]];
            }
            double kth = QuickSelect.select(work, m, k - 1);
            // All below the k-th value, then ties at it by index, until k are taken; in index order.
            int taken = 0;
            for (int c = 0; c < m; c++) {
                int j = candidate[c];
                if (row[j] < kth) {
                    dk[taken] = row[j];
                    ik[taken++] = j;
                }
            }
            for (int c = 0; c < m && taken < k; c++) {
                int j = candidate[c];
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

    /** Sample size for the cut-off. */
    private static final int SAMPLE = 512;

    /** A distance that about 1.3 k + a few of the row's n distances are at most (from an evenly spaced sample). */
    private static double cutOff(double[] row, int n, int k, double[] sample) {
        int s = sample.length;
        if (s == n) {
            return Double.POSITIVE_INFINITY;
        }
        for (int a = 0; a < s; a++) {
            sample[a] = row[(int) ((long) a * n / s)];
        }
        java.util.Arrays.sort(sample);
        int rank = (int) Math.min(s - 1, Math.ceil(1.3 * k * s / n) + 8);
        return sample[rank];
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
