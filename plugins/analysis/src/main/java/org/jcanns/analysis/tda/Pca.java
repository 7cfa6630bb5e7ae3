package org.jcanns.analysis.tda;

import org.jcanns.analysis.numeric.Jacobi;

/**
 * canns' z-scoring and PCA before the persistence computation: columns scaled to zero mean and unit population
 * standard deviation (sklearn's {@code scale}; a constant column is only centred), then projected onto the
 * eigenvectors of the sample covariance (ddof 1) with the largest eigenvalues. Eigenvectors come from a cyclic
 * Jacobi rotation, accurate for the symmetric N×N covariance of N neurons; their signs are arbitrary (as numpy's),
 * which changes no distance.
 */
final class Pca {
    private Pca() {
    }

    /** Scales the {@code cols} columns of the row-major {@code x} (rows × cols) in place. */
    static void standardize(double[] x, int rows, int cols) {
        for (int c = 0; c < cols; c++) {
            double mean = 0;
            for (int r = 0; r < rows; r++) {
                mean += x[r * cols + c];
            }
            mean /= rows;
            double var = 0;
            for (int r = 0; r < rows; r++) {
                double d = x[r * cols + c] - mean;
                var += d * d;
            }
            double std = Math.sqrt(var / rows);
            double scale = std == 0 ? 1 : std;
            for (int r = 0; r < rows; r++) {
                x[r * cols + c] = (x[r * cols + c] - mean) / scale;
            }
        }
    }

    /**
     * The projection of {@code x} (rows × cols) onto its first {@code dim} principal axes, (rows × dim); as canns,
     * {@code dim < 2} returns the data unchanged.
     */
    static double[] project(double[] x, int rows, int cols, int dim) {
        if (dim < 2) {
            return x.clone();
        }
        if (dim > cols) {
            throw new IllegalArgumentException("dim: expected at most " + cols + " components (the number of "
                    + "neurons), got " + dim);
        }
        double[] cov = covariance(x, rows, cols);
        double[] vectors = new double[cols * cols];
        double[] values = Jacobi.eigen(cov, cols, vectors);
        Integer[] order = new Integer[cols];
        for (int i = 0; i < cols; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[] out = new double[rows * dim];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < dim; k++) {
                int v = order[k];
                double s = 0;
                for (int c = 0; c < cols; c++) {
                    s += vectors[c * cols + v] * x[r * cols + c];
                }
                out[r * dim + k] = s;
            }
        }
        return out;
    }

    /** The (cols × cols) sample covariance of the columns (np.cov with rowvar False). */
    static double[] covariance(double[] x, int rows, int cols) {
        double[] mean = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                mean[c] += x[r * cols + c];
            }
        }
        for (int c = 0; c < cols; c++) {
            mean[c] /= rows;
        }
        double[] cov = new double[cols * cols];
        double[] centred = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                centred[c] = x[r * cols + c] - mean[c];
            }
            for (int a = 0; a < cols; a++) {
                double ca = centred[a];
                for (int b = a; b < cols; b++) {
                    cov[a * cols + b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < cols; a++) {
            for (int b = a; b < cols; b++) {
                cov[a * cols + b] /= rows - 1;
                cov[b * cols + a] = cov[a * cols + b];
            }
        }
        return cov;
    }
}
