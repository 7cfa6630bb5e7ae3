package org.jcanns.core.topology;

/**
 * Binomial coefficients C(m, k) for m up to n and k up to a maximum, and the combinatorial number system built on
 * them: a k-subset {v_{k-1} > ... > v_0} of 0..n-1 is numbered sum_i C(v_i, i + 1), which orders simplices
 * colexicographically and turns a simplex into one long.
 */
final class Binomials {
    private final long[][] table;
    private final int n;

    /** The table for vertices 0..n-1 and subsets of up to {@code maxK} elements; fails if an index exceeds {@code limit}. */
    Binomials(int n, int maxK, long limit) {
        this.n = n;
        table = new long[maxK + 1][n + 1];
        for (int m = 0; m <= n; m++) {
            table[0][m] = 1;
            for (int k = 1; k <= maxK; k++) {
                long v = m == 0 ? 0 : table[k - 1][m - 1] + table[k][m - 1];
                if (v < 0 || v > limit) {
                    throw new IllegalArgumentException("maxdim: " + n + " points have more " + (k - 1)
                            + "-simplices than 64-bit simplex numbers hold; lower maxdim or the number of points");
                }
                table[k][m] = v;
            }
        }
    }

    /** C(m, k). */
    long get(int m, int k) {
        return table[k][m];
    }

    /** The largest vertex v <= top with C(v, k) <= index (the top vertex of the k-subset numbered index). */
    int maxVertex(long index, int k, int top) {
        long[] r = table[k];
        int lo = k - 1;
        int hi = top;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (r[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Writes the vertices of the {@code dim}-simplex numbered {@code index} to {@code out}, largest first. */
    void vertices(long index, int dim, int[] out) {
        int top = n - 1;
        for (int k = dim + 1, i = 0; k >= 1; k--, i++) {
            int v = maxVertex(index, k, top);
            out[i] = v;
            index -= table[k][v];
            top = v - 1;
        }
    }
}
