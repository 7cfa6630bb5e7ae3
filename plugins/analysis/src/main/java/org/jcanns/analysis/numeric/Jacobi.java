package org.jcanns.analysis.numeric;

/** Eigen-decomposition of small dense symmetric matrices by cyclic Jacobi rotations (PCA, spectral layouts). */
public final class Jacobi {
    private Jacobi() {
    }

    /**
     * Eigenvalues of the symmetric {@code a} (n × n, destroyed) by cyclic Jacobi rotations; eigenvector k is column
     * k of {@code vectors}.
     */
    public static double[] eigen(double[] a, int n, double[] vectors) {
        for (int i = 0; i < n; i++) {
            vectors[i * n + i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double total = 0;
            for (int p = 0; p < n; p++) {
                for (int q = 0; q < n; q++) {
                    total += a[p * n + q] * a[p * n + q];
                    if (p != q) {
                        off += a[p * n + q] * a[p * n + q];
                    }
                }
            }
            if (off <= 1e-30 * total || off == 0) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p * n + q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k * n + p];
                        double akq = a[k * n + q];
                        a[k * n + p] = c * akp - s * akq;
                        a[k * n + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p * n + k];
                        double aqk = a[q * n + k];
                        a[p * n + k] = c * apk - s * aqk;
                        a[q * n + k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k * n + p];
                        double vkq = vectors[k * n + q];
                        vectors[k * n + p] = c * vkp - s * vkq;
                        vectors[k * n + q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i * n + i];
        }
        return values;
    }
}
