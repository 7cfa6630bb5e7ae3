package org.jcanns.models.navigation;


/**
 * A kernel family of the navigation models, the inner loops core's families do not cover: double-precision rank-1
 * and rank-T updates for {@link LatticeGaussian}, the thresholded row and column sums of {@link CircularMean}. C2
 * does not vectorise these loops on its own, so the {@code panama} tier (and {@code openblas} through its fallback)
 * has a Vector API version; {@link NavigationKernelImplementations} registers both, and models take theirs from
 * their kernel set ({@code kernels.get(NavigationKernels.class)}). Every sum is taken in a fixed order, so results
 * do not depend on the JIT.
 */
public interface NavigationKernels {
    /** One row: y[yFrom .. yFrom + length) += a·x[xFrom .. xFrom + length). */
    void axpy(double a, double[] x, int xFrom, double[] y, int yFrom, int length);

    /**
     * acc[i·n + j] = Σ_{t < count} rows[t·n + i]·cols[t·n + j] for i, j < n (overwriting acc): a sum of
     * {@code count} outer products, each term added in order t = 0, 1, ... .
     */
    void outerSum(double[] rows, double[] cols, int count, int n, double[] acc);

    /**
     * out[from + i] = start·step^i for i < to − from, by repeated multiplication: the tier's interleaved chains
     * multiply by a power of step formed by squaring; each element's chain depends on i and the range's length
     * alone, never on the JIT.
     */
    void geometric(double start, double step, double[] out, int from, int to);

    /** The largest of a[0..n) (NaN if any is NaN). */
    float max(float[] a, int n);

    /**
     * For the row-major (rows × cols) array a with v' = (v > floor ? v : 0): rowSums[i] = Σ_j v'[i][j] and
     * colSums[j] = Σ_i v'[i][j], each in a fixed order (columns in row order; rows in the tier's fixed order).
     */
    void thresholdedSums(float[] a, int rows, int cols, float floor, float[] rowSums, float[] colSums);

    /** The plain loops. */
    NavigationKernels SCALAR = new NavigationKernels() {
        @Override
        public void axpy(double a, double[] x, int xFrom, double[] y, int yFrom, int length) {
            for (int k = 0; k < length; k++) {
                y[yFrom + k] += a * x[xFrom + k];
            }
        }

        @Override
        public void geometric(double start, double step, double[] out, int from, int to) {
            double step2 = step * step, step4 = step2 * step2;
            double v0 = start, v1 = v0 * step, v2 = v0 * step2, v3 = v1 * step2;
            int m = from;
            for (; m + 4 <= to; m += 4) {
                out[m] = v0;
                out[m + 1] = v1;
                out[m + 2] = v2;
                out[m + 3] = v3;
                v0 *= step4;
                v1 *= step4;
                v2 *= step4;
                v3 *= step4;
            }
            for (; m < to; m++) {
                out[m] = v0;
                v0 *= step;
            }
        }

        @Override
        public float max(float[] a, int n) {
            float m = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                m = Math.max(m, a[i]);
            }
            return m;
        }

        @Override
        public void thresholdedSums(float[] a, int rows, int cols, float floor, float[] rowSums, float[] colSums) {
            java.util.Arrays.fill(colSums, 0, cols, 0f);
            for (int i = 0; i < rows; i++) {
                float sum = 0;
                for (int j = 0; j < cols; j++) {
                    float v = a[i * cols + j];
                    v = v > floor ? v : 0f;
                    sum += v;
                    colSums[j] += v;
                }
                rowSums[i] = sum;
            }
        }

        @Override
        public void outerSum(double[] rows, double[] cols, int count, int n, double[] acc) {
            java.util.Arrays.fill(acc, 0, n * n, 0);
            for (int t = 0; t < count; t++) {
                for (int i = 0; i < n; i++) {
                    double a = rows[t * n + i];
                    for (int j = 0; j < n; j++) {
                        acc[i * n + j] += a * cols[t * n + j];
                    }
                }
            }
        }
    };

}
