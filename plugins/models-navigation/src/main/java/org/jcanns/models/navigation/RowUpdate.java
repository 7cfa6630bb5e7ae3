package org.jcanns.models.navigation;

import org.jcanns.core.kernel.Kernels;

/**
 * Rank-1 updates of rows of a row-major double matrix, the inner loop of {@link LatticeGaussian}:
 * {@code y[yFrom + r·stride + k] += a_r·x[xFrom + k]} for rows r. C2 does not vectorise these loops on its own,
 * so with the {@code panama} kernel tier active a Vector API version is loaded (reflectively, so that a JVM without
 * {@code jdk.incubator.vector} never links it); otherwise plain loops.
 */
interface RowUpdate {
    /** One row: y[yFrom .. yFrom + length) += a·x[xFrom .. xFrom + length). */
    void axpy(double a, double[] x, int xFrom, double[] y, int yFrom, int length);

    /** Four rows {@code stride} apart: row r of y gets {@code a_r·x}; one load of x feeds four updates. */
    void axpy4(double a0, double a1, double a2, double a3, double[] x, int xFrom, double[] y, int yFrom, int stride,
               int length);

    /** The plain loops. */
    RowUpdate SCALAR = new RowUpdate() {
        @Override
        public void axpy(double a, double[] x, int xFrom, double[] y, int yFrom, int length) {
            for (int k = 0; k < length; k++) {
                y[yFrom + k] += a * x[xFrom + k];
            }
        }

        @Override
        public void axpy4(double a0, double a1, double a2, double a3, double[] x, int xFrom, double[] y, int yFrom,
                          int stride, int length) {
            for (int k = 0; k < length; k++) {
                double v = x[xFrom + k];
                y[yFrom + k] += a0 * v;
                y[yFrom + stride + k] += a1 * v;
                y[yFrom + 2 * stride + k] += a2 * v;
                y[yFrom + 3 * stride + k] += a3 * v;
            }
        }
    };

    /** The fastest implementation the active kernel tier allows. */
    static RowUpdate forTier(Kernels kernels) {
        if (!kernels.name().equals("panama")) {
            return SCALAR;
        }
        try {
            return (RowUpdate) Class.forName("org.jcanns.models.navigation.PanamaRowUpdate")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return SCALAR;
        }
    }
}
