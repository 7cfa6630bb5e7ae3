package org.jcanns.analysis.decode;

/** A real m×n matrix known by its products: what {@link Lsmr} needs of A. */
public interface LinearOperator {
    /** Rows m. */
    int rows();

    /** Columns n. */
    int columns();

    /** {@code out = A·x} (x of n values, out of m). */
    void times(double[] x, double[] out);

    /** {@code out = Aᵀ·y} (y of m values, out of n). */
    void transposeTimes(double[] y, double[] out);
}
