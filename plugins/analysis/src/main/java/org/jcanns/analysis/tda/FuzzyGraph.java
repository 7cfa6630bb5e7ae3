package org.jcanns.analysis.tda;

import java.util.Arrays;
import org.jcanns.core.topology.Metric;

/**
 * canns' UMAP-style fuzzy neighbourhood graph: memberships w_ij = exp(-d_ij / sigma_i) to each point's k nearest
 * neighbours (self excluded, no local connectivity: rho = 0), sigma_i chosen so that the memberships sum to log2(k),
 * then the fuzzy union A = W + W^T - W∘W^T. Stored as symmetric compressed rows, columns increasing.
 */
final class FuzzyGraph {
    final int n;
    final int[] start;
    final int[] column;
    final double[] value;
    /** The bandwidth sigma_i of each point. */
    final double[] sigmas;

    private FuzzyGraph(int n, int[] start, int[] column, double[] value, double[] sigmas) {
        this.n = n;
        this.start = start;
        this.column = column;
        this.value = value;
        this.sigmas = sigmas;
    }

    /**
     * The graph of the n rows of {@code x} ({@code dim} values each) with {@code neighbours} neighbours by
     * {@code metric}; as canns, fewer than that many points means all of them, the target staying log2(neighbours).
     */
    static FuzzyGraph of(double[] x, int n, int dim, int neighbours, Metric metric) {
        int k = Math.min(neighbours, n);
        NearestNeighbours nn = NearestNeighbours.of(x, n, dim, k, metric);
        double[] sigmas = bandwidths(nn, neighbours);
        // W in rows sorted by column, then its transpose by counting (rows of W^T come out sorted).
        int[] wStart = new int[n + 1];
        int[] wColumn = new int[n * k];
        double[] wValue = new double[n * k];
        int[] tCount = new int[n + 1];
        long[] keys = new long[k];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                keys[a] = ((long) nn.index[i * k + a] << 32) | a;
            }
            Arrays.sort(keys);
            for (long key : keys) {
                int j = (int) (key >>> 32);
                double d = nn.distance[i * k + (int) key];
                double w = j == i ? 0 : d <= 0 ? 1 : Math.exp(-(d / sigmas[i]));
                if (w != 0) {
                    wColumn[m] = j;
                    wValue[m++] = w;
                    tCount[j + 1]++;
                }
            }
            wStart[i + 1] = m;
        }
        for (int j = 0; j < n; j++) {
            tCount[j + 1] += tCount[j];
        }
        int[] tColumn = new int[m];
        double[] tValue = new double[m];
        int[] fill = Arrays.copyOf(tCount, n);
        for (int i = 0; i < n; i++) {
            for (int e = wStart[i]; e < wStart[i + 1]; e++) {
                int p = fill[wColumn[e]]++;
                tColumn[p] = i;
                tValue[p] = wValue[e];
            }
        }
        // A = (W + W^T) - W∘W^T, row by row: merge row i of W with row i of W^T.
        int[] start = new int[n + 1];
        int[] column = new int[2 * m];
        double[] value = new double[2 * m];
        int out = 0;
        for (int i = 0; i < n; i++) {
            int a = wStart[i];
            int b = tCount[i];
            int aEnd = wStart[i + 1];
            int bEnd = tCount[i + 1];
            while (a < aEnd || b < bEnd) {
                int ca = a < aEnd ? wColumn[a] : Integer.MAX_VALUE;
                int cb = b < bEnd ? tColumn[b] : Integer.MAX_VALUE;
                double v;
                int c;
                if (ca == cb) {
                    c = ca;
                    double w = wValue[a++];
                    double t = tValue[b++];
                    v = (w + t) - w * t;
                } else if (ca < cb) {
                    c = ca;
                    v = wValue[a++];
                } else {
                    c = cb;
                    v = tValue[b++];
                }
                if (v != 0) {
                    column[out] = c;
                    value[out++] = v;
                }
            }
            start[i + 1] = out;
        }
        return new FuzzyGraph(n, start, Arrays.copyOf(column, out), Arrays.copyOf(value, out), sigmas);
    }

    /**
     * canns' {@code _smooth_knn_dist} with local_connectivity 0: per point a binary search (64 steps, tolerance
     * 1e-5) for sigma with sum_{j >= 1} exp(-d_j / sigma) = log2(neighbours) over its sorted neighbour distances
     * (a zero distance counts 1), floored at 1e-3 times the mean of all neighbour distances.
     */
    static double[] bandwidths(NearestNeighbours nn, int neighbours) {
        int n = nn.n;
        int k = nn.k;
        double target = Math.log(neighbours) / Math.log(2);
        double mean = 0;
        for (double d : nn.distance) {
            mean += d;
        }
        mean /= nn.distance.length;
        double[] sigmas = new double[n];
        for (int i = 0; i < n; i++) {
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double mid = 1;
            for (int iteration = 0; iteration < 64; iteration++) {
                double psum = 0;
                for (int j = 1; j < k; j++) {
                    double d = nn.distance[i * k + j];
                    if (d > 0) {
                        double term = Math.exp(-(d / mid));
                        // Distances increase, so terms decrease: once one is below half an ulp of the sum, adding
                        // it and every later one leaves the sum as it is. Stopping gives the very same psum.
                        if (term < 0.5 * Math.ulp(psum)) {
                            break;
                        }
                        psum += term;
                    } else {
                        psum += 1;
                    }
                }
                if (Math.abs(psum - target) < 1e-5) {
                    break;
                }
                if (psum > target) {
                    hi = mid;
                    mid = (lo + hi) / 2;
                } else {
                    lo = mid;
                    mid = hi == Double.POSITIVE_INFINITY ? mid * 2 : (lo + hi) / 2;
                }
            }
            sigmas[i] = Math.max(mid, 1e-3 * mean);
        }
        return sigmas;
    }

    /** Row sums, each summed left to right. */
    double[] rowSums() {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int e = start[i]; e < start[i + 1]; e++) {
                s += value[e];
            }
            f[i] = s;
        }
        return f;
    }
}
