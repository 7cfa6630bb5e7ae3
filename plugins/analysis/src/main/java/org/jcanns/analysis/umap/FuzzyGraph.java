package org.jcanns.analysis.umap;

import java.util.Arrays;

/**
 * A sparse symmetric weighted graph in compressed rows: row i's entries are {@code column[start[i] .. start[i+1])}
 * with weights {@code weight[...]}, columns increasing.
 */
public record FuzzyGraph(int n, int[] start, int[] column, double[] weight) {
    /** The number of stored entries (each undirected edge twice). */
    public int entries() {
        return column.length;
    }

    /** The largest weight. */
    public double maxWeight() {
        double m = 0;
        for (double w : weight) {
            m = Math.max(m, w);
        }
        return m;
    }

    /** This graph without the entries whose weight is below {@code threshold}. */
    public FuzzyGraph without(double threshold) {
        int[] s = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                count += weight[e] >= threshold ? 1 : 0;
            }
            s[i + 1] = count;
        }
        int[] c = new int[count];
        double[] w = new double[count];
        int at = 0;
        for (int e = 0; e < column.length; e++) {
            if (weight[e] >= threshold) {
                c[at] = column[e];
                w[at] = weight[e];
                at++;
            }
        }
        return new FuzzyGraph(n, s, c, w);
    }

    /** The connected component of each vertex, numbered 0.. in order of their smallest vertex. */
    public int[] components() {
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] stack = new int[n];
        int next = 0;
        for (int v = 0; v < n; v++) {
            if (label[v] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = v;
            label[v] = next;
            while (top > 0) {
                int u = stack[--top];
                for (int e = start[u]; e < start[u + 1]; e++) {
                    int w = column[e];
                    if (label[w] < 0) {
                        label[w] = next;
                        stack[top++] = w;
                    }
                }
            }
            next++;
        }
        return label;
    }

    /**
     * umap-learn's {@code fuzzy_simplicial_set} from a kNN graph (self first in each row): per point ρ (the distance
     * to the nearest other point at non-zero distance, local connectivity 1) and σ (binary search so that
     * Σ_{j≥1} exp(−max(0, d_j − ρ)/σ) = log₂ k), memberships exp(−(d − ρ)/σ) (1 within ρ, 0 to itself), then the
     * fuzzy union A + Aᵀ − A∘Aᵀ.
     */
    public static FuzzyGraph of(KnnGraph knn) {
        int n = knn.n();
        int k = knn.k();
        double[][] sr = smoothDistances(knn);
        double[] sigma = sr[0];
        double[] rho = sr[1];
        // Directed memberships as triples, then the symmetric union by sorting (i, j) pairs.
        long[] keys = new long[2 * n * k];
        double[] vals = new double[2 * n * k];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                int c = knn.neighbor(i, j);
                if (c < 0 || c == i) {
                    continue;
                }
                double d = knn.distance(i, j);
                double v = d - rho[i] <= 0 || sigma[i] == 0 ? 1 : Math.exp(-((d - rho[i]) / sigma[i]));
                if (v == 0) {
                    continue;
                }
                keys[m] = (long) i << 32 | c;
                vals[m++] = v;
            }
        }
        int directed = m;
        // Sort the directed entries by (row, column) and merge duplicates (a kNN row never repeats a column).
        Integer[] order = new Integer[directed];
        for (int i = 0; i < directed; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] sortedKeys = new long[directed];
        double[] sortedVals = new double[directed];
        for (int i = 0; i < directed; i++) {
            sortedKeys[i] = keys[order[i]];
            sortedVals[i] = vals[order[i]];
        }
        // Every entry of A + Aᵀ: a union of the keys (i, j) and (j, i).
        long[] union = new long[2 * directed];
        for (int i = 0; i < directed; i++) {
            union[2 * i] = sortedKeys[i];
            long r = sortedKeys[i] >>> 32;
            long c = sortedKeys[i] & 0xffffffffL;
            union[2 * i + 1] = c << 32 | r;
        }
        Arrays.sort(union);
        int[] startRow = new int[n + 1];
        int[] col = new int[union.length];
        double[] w = new double[union.length];
        int at = 0;
        for (int i = 0; i < union.length; i++) {
            if (i > 0 && union[i] == union[i - 1]) {
                continue;
            }
            int r = (int) (union[i] >>> 32);
            int c = (int) (union[i] & 0xffffffffL);
            double a = lookup(sortedKeys, sortedVals, union[i]);
            double b = lookup(sortedKeys, sortedVals, (long) c << 32 | r);
            double v = a + b - a * b;
            if (v == 0) {
                continue;
            }
            col[at] = c;
            w[at] = v;
            startRow[r + 1]++;
            at++;
        }
        for (int i = 0; i < n; i++) {
            startRow[i + 1] += startRow[i];
        }
        return new FuzzyGraph(n, startRow, Arrays.copyOf(col, at), Arrays.copyOf(w, at));
    }

    private static double lookup(long[] keys, double[] vals, long key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? vals[i] : 0;
    }

    /** umap-learn's {@code smooth_knn_dist} with local connectivity 1 and bandwidth 1: {σ, ρ} per point. */
    static double[][] smoothDistances(KnnGraph knn) {
        int n = knn.n();
        int k = knn.k();
        double target = Math.log(k) / Math.log(2);
        double meanAll = 0;
        for (double d : knn.distance()) {
            meanAll += d;
        }
        meanAll /= knn.distance().length;
        double[] sigma = new double[n];
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            double firstNonZero = 0;
            boolean any = false;
            double meanRow = 0;
            for (int j = 0; j < k; j++) {
                double d = knn.distance(i, j);
                meanRow += d;
                if (d > 0) {
                    if (!any) {
                        firstNonZero = d;
                    }
                    any = true;
                }
            }
            meanRow /= k;
            rho[i] = any ? firstNonZero : 0;
            double lo = 0;
            double hi = Double.POSITIVE_INFINITY;
            double mid = 1;
            for (int it = 0; it < 64; it++) {
                double psum = 0;
                for (int j = 1; j < k; j++) {
                    double d = knn.distance(i, j) - rho[i];
                    psum += d > 0 ? Math.exp(-(d / mid)) : 1;
                }
                if (Math.abs(psum - target) < 1e-5) {
                    break;
                }
                if (psum > target) {
                    hi = mid;
                    mid = (lo + hi) / 2;
                } else {
                    lo = mid;
                    mid = Double.isInfinite(hi) ? mid * 2 : (lo + hi) / 2;
                }
            }
            double floor = 1e-3 * (rho[i] > 0 ? meanRow : meanAll);
            sigma[i] = Math.max(mid, floor);
        }
        return new double[][] {sigma, rho};
    }
}
