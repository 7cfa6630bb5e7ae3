package org.jcanns.models.navigation.hierarchical;

import java.util.Arrays;

/**
 * {@code y = A·x} for a matrix stored by columns (column q at {@code [q·m, (q + 1)·m)}), adding only the columns
 * whose x is non-zero. Rates after a ReLU are exactly zero on a large part of a grid module (35–40 % of the grid
 * cells of a hierarchical network in steady state), and a zero term changes no sum, so skipping those columns is
 * exact and saves their share of the matrix traffic, which bounds these products. A NaN in x is not zero and so
 * still reaches y.
 */
final class ColumnProduct {
    private ColumnProduct() {
    }

    /**
     * {@code y[yo, yo + m) = Σ_q x[xo + q]·a[ao + q·m, ao + (q + 1)·m)} over the k columns with non-zero x.
     */
    static void multiply(float[] a, int ao, float[] x, int xo, int k, float[] y, int yo, int m) {
        Arrays.fill(y, yo, yo + m, 0f);
        int q = 0;
        while (q < k) {
            // Two non-zero columns per pass: y is read and written once for both.
            int first = nextNonZero(x, xo, q, k);
            if (first == k) {
                break;
            }
            int second = nextNonZero(x, xo, first + 1, k);
            if (second == k) {
                axpy(x[xo + first], a, ao + first * m, y, yo, m);
                break;
            }
            float x1 = x[xo + first];
            float x2 = x[xo + second];
            int c1 = ao + first * m;
            int c2 = ao + second * m;
            for (int i = 0; i < m; i++) {
                y[yo + i] += x1 * a[c1 + i] + x2 * a[c2 + i];
            }
            q = second + 1;
        }
    }

    private static int nextNonZero(float[] x, int xo, int from, int k) {
        int q = from;
        while (q < k && x[xo + q] == 0f) {
            q++;
        }
        return q;
    }

    private static void axpy(float alpha, float[] a, int ao, float[] y, int yo, int m) {
        for (int i = 0; i < m; i++) {
            y[yo + i] += alpha * a[ao + i];
        }
    }
}
