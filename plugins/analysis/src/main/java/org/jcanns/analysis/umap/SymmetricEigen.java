package org.jcanns.analysis.umap;

/**
 * Eigenvalues and eigenvectors of a small dense symmetric matrix by cyclic Jacobi rotations (accurate to rounding;
 * used on Lanczos' projected matrices and on component affinities, a few dozen rows).
 *
 * @param values eigenvalues, in decreasing order
 * @param vectors row-major (m, m): column c is the unit eigenvector of {@code values[c]}
 */
record SymmetricEigen(double[] values, double[] vectors) {

    /** The decomposition of the row-major symmetric (m, m) matrix {@code a} (not changed). */
    static SymmetricEigen of(double[] a, int m) {
        double[] s = a.clone();
        double[] v = new double[m * m];
        for (int i = 0; i < m; i++) {
            v[i * m + i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double total = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    total += s[i * m + j] * s[i * m + j];
                    if (i != j) {
                        off += s[i * m + j] * s[i * m + j];
                    }
                }
            }
            if (off <= 1e-30 * total || off == 0) {
                break;
            }
            for (int p = 0; p < m - 1; p++) {
                for (int q = p + 1; q < m; q++) {
                    double apq = s[p * m + q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (s[q * m + q] - s[p * m + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < m; k++) {
                        double skp = s[k * m + p];
                        double skq = s[k * m + q];
                        s[k * m + p] = c * skp - sn * skq;
                        s[k * m + q] = sn * skp + c * skq;
                    }
                    for (int k = 0; k < m; k++) {
                        double spk = s[p * m + k];
                        double sqk = s[q * m + k];
                        s[p * m + k] = c * spk - sn * sqk;
                        s[q * m + k] = sn * spk + c * sqk;
                    }
                    for (int k = 0; k < m; k++) {
                        double vkp = v[k * m + p];
                        double vkq = v[k * m + q];
                        v[k * m + p] = c * vkp - sn * vkq;
                        v[k * m + q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        double[] diag = new double[m];
        for (int i = 0; i < m; i++) {
            diag[i] = s[i * m + i];
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(diag[y], diag[x]));
        double[] values = new double[m];
        double[] vectors = new double[m * m];
        for (int c = 0; c < m; c++) {
            values[c] = diag[order[c]];
            for (int r = 0; r < m; r++) {
                vectors[r * m + c] = v[r * m + order[c]];
            }
        }
        return new SymmetricEigen(values, vectors);
    }
}
