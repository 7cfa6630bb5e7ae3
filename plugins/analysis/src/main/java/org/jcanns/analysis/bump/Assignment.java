package org.jcanns.analysis.bump;

/**
 * The optimal assignment (Hungarian algorithm with potentials, O(n²m)) between the rows and columns of a small
 * cost matrix, as scipy's {@code linear_sum_assignment}: min(rows, cols) pairs of least total cost.
 */
final class Assignment {
    private Assignment() {
    }

    /** For each row of {@code cost} (rows ≤ cols), the column it is paired with. */
    static int[] minimise(double[][] cost, int rows, int cols) {
        if (rows > cols) {
            throw new IllegalArgumentException("rows " + rows + " > cols " + cols + ": transpose first");
        }
        double[] u = new double[rows + 1];
        double[] v = new double[cols + 1];
        int[] match = new int[cols + 1];
        int[] way = new int[cols + 1];
        for (int i = 1; i <= rows; i++) {
            match[0] = i;
            int j0 = 0;
            double[] minv = new double[cols + 1];
            boolean[] used = new boolean[cols + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            do {
                used[j0] = true;
                int i0 = match[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= cols; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= cols; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowToCol = new int[rows];
        for (int j = 1; j <= cols; j++) {
            if (match[j] != 0) {
                rowToCol[match[j] - 1] = j - 1;
            }
        }
        return rowToCol;
    }
}
