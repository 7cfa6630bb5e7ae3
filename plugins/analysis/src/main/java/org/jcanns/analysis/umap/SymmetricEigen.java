package org.jcanns.analysis.umap;

import org.jcanns.analysis.numeric.Jacobi;

/**
 * Eigenvalues and eigenvectors of a small dense symmetric matrix ({@link Jacobi}), sorted by decreasing eigenvalue:
 * Lanczos' projected matrices and component affinities, a few dozen rows.
 *
 * @param values eigenvalues, in decreasing order
 * @param vectors row-major (m, m): column c is the unit eigenvector of {@code values[c]}
 */
record SymmetricEigen(double[] values, double[] vectors) {

    /** The decomposition of the row-major symmetric (m, m) matrix {@code a} (not changed). */
    static SymmetricEigen of(double[] a, int m) {
        double[] v = new double[m * m];
        double[] diag = Jacobi.eigen(a.clone(), m, v);
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
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
