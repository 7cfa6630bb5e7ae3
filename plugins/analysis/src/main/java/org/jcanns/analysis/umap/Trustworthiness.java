package org.jcanns.analysis.umap;

import org.jcanns.spi.batch.BatchThreads;

/**
 * sklearn's {@code trustworthiness(X, X_embedded, n_neighbors, metric)}: 1 − 2/(n·k(2n − 3k − 1)) · Σᵢ Σ_{j ∈ Uᵢ}
 * (r(i, j) − k), where Uᵢ are the k nearest neighbours of i in the embedding (euclidean) that are not among its k
 * nearest in the input, and r(i, j) is j's rank among i's input neighbours (1 = nearest). 1 means every embedded
 * neighbourhood is a true one. Ties are ranked by index.
 */
public final class Trustworthiness {
    private Trustworthiness() {
    }

    /** The trustworthiness of {@code y} (n, outDim) as an embedding of {@code x} (n, inDim); needs k &lt; n/2. */
    public static double of(double[] x, int inDim, double[] y, int outDim, int n, int k, Metric metric,
                            int threads) {
        if (k < 1 || k >= n / 2.0) {
            throw new IllegalArgumentException("n_neighbors: expected 1 <= k < n/2 = " + n / 2.0 + ", got " + k);
        }
        double[] px = metric.prepare(x, n, inDim);
        double[] sums = new double[n];
        try (BatchThreads pool = new BatchThreads(threads)) {
            pool.forEachChunk(n, c -> {
                double[] dx = new double[n];
                double[] dy = new double[n];
                double[] work = new double[n];
                Integer[] near = new Integer[k + 1];
                for (int i = pool.start(c, n); i < pool.start(c + 1, n); i++) {
                    for (int j = 0; j < n; j++) {
                        dx[j] = j == i ? Double.POSITIVE_INFINITY : metric.between(px, inDim, i, j);
                        dy[j] = j == i ? 0 : Metric.EUCLIDEAN.between(y, outDim, i, j);
                    }
                    ExactNeighbors.nearest(dy, i, k + 1, work, near);
                    double s = 0;
                    for (int m = 1; m <= k; m++) {
                        int r = rank(dx, near[m]) - k;
                        if (r > 0) {
                            s += r;
                        }
                    }
                    sums[i] = s;
                }
            });
        }
        double t = 0;
        for (double s : sums) {
            t += s;
        }
        return 1.0 - t * (2.0 / (n * (double) k * (2.0 * n - 3.0 * k - 1.0)));
    }

    /** 1 + the number of points before j in the order of {@code d}, ties by index. */
    private static int rank(double[] d, int j) {
        double dj = d[j];
        int before = 0;
        for (int m = 0; m < d.length; m++) {
            if (d[m] < dj || (d[m] == dj && m < j)) {
                before++;
            }
        }
        return before + 1;
    }
}
