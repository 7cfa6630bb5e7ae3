package org.jcanns.analysis.decode;

/**
 * sklearn's {@code preprocessing.scale} of a row-major (rows, cols) array, column by column: minus the mean,
 * divided by the population standard deviation (1 where it is below 10·eps: a constant column is only centred),
 * with sklearn's second centring pass when rounding left a mean away from 0.
 */
public final class ZScore {
    private static final double TINY = 10 * Math.ulp(1.0);

    private ZScore() {
    }

    /** Scales {@code x} in place. */
    public static void scale(double[] x, int rows, int cols) {
        for (int c = 0; c < cols; c++) {
            double mean = mean(x, rows, cols, c);
            double var = 0;
            for (int r = 0; r < rows; r++) {
                double d = x[r * cols + c] - mean;
                var += d * d;
            }
            double std = Math.sqrt(var / rows);
            for (int r = 0; r < rows; r++) {
                x[r * cols + c] -= mean;
            }
            recentre(x, rows, cols, c);
            double s = std < TINY ? 1 : std;
            for (int r = 0; r < rows; r++) {
                x[r * cols + c] /= s;
            }
            recentre(x, rows, cols, c);
        }
    }

    private static void recentre(double[] x, int rows, int cols, int c) {
        double m = mean(x, rows, cols, c);
        if (Math.abs(m) > 1e-8) {
            for (int r = 0; r < rows; r++) {
                x[r * cols + c] -= m;
            }
        }
    }

    private static double mean(double[] x, int rows, int cols, int c) {
        double s = 0;
        for (int r = 0; r < rows; r++) {
            s += x[r * cols + c];
        }
        return s / rows;
    }
}
