package org.jcanns.models.navigation.hierarchical;

import org.jcanns.core.kernel.Kernels;

/**
 * The two products of a hierarchical network step that read a large matrix or many kernel windows, restricted to
 * the inputs that are not zero. Rates after a ReLU are exactly zero on a large part of a grid module (35–40 % of
 * the grid cells in steady state); a zero term changes no sum, so leaving those inputs out is exact and saves their
 * share of the work and of the matrix traffic that bounds the grid → place product. With a Vector API kernel tier
 * the implementation is {@code PanamaSparseProducts} (loaded reflectively, so that a JVM without
 * {@code jdk.incubator.vector} never links it); otherwise plain loops.
 */
interface SparseProducts {
    /** Rows per panel of {@link #panels}: the matrix is stored in panels of this many rows. */
    int panelRows();

    /**
     * {@code y[0, m) = Σ_{t < count} x[q_t]·A[·][q_t]} for the columns {@code q_t = nonZero[t]} of an m×k matrix A
     * stored by {@link #panels}.
     */
    void panelProduct(float[] panels, int k, int[] nonZero, int count, float[] x, float[] y, int m);

    /**
     * The n×n torus convolution {@code y[i·n + j] = Σ_t r[q_t]·K[((i − a_t) mod n)·n + (j − b_t) mod n]} over the
     * inputs {@code q_t = nonZero[t] = a_t·n + b_t}, reading K from {@code window} (see {@link #torusWindow}), into
     * y at {@code yo}; r is read at {@code ro + q_t}.
     */
    void torusProduct(float[] window, int n, int[] nonZero, int count, float[] r, int ro, float[] y, int yo);

    /** Row stride of {@link #torusWindow} for an n×n torus: room for 2n columns and a whole vector group. */
    int torusStride(int n);

    /**
     * An m×k matrix {@code a} (row-major) in panels of {@link #panelRows()} rows (m padded with zero rows), each
     * panel column after column: element (i, q) at {@code (i / P)·P·k + q·P + i mod P}.
     */
    default float[] panels(float[] a, int m, int k) {
        int p = panelRows();
        int padded = (m + p - 1) / p * p;
        float[] out = new float[padded * k];
        for (int i = 0; i < m; i++) {
            int base = i / p * p * k + i % p;
            for (int q = 0; q < k; q++) {
                out[base + q * p] = a[i * k + q];
            }
        }
        return out;
    }

    /**
     * The n×n torus kernel K (row-major, K[di·n + dj]) repeated periodically to 2n + 1 rows of
     * {@link #torusStride}(n) values: {@code window[di·stride + t] = K[(di mod n)·n + t mod n]}. Then the n values
     * K[(i − a) mod n][(j − b) mod n], j < n, are contiguous from {@code (i − a + n)·stride + n − b}.
     */
    default float[] torusWindow(float[] kernel, int n) {
        int stride = torusStride(n);
        float[] w = new float[(2 * n + 1) * stride];
        for (int di = 0; di <= 2 * n; di++) {
            for (int t = 0; t < stride; t++) {
                w[di * stride + t] = kernel[di % n * n + t % n];
            }
        }
        return w;
    }

    /** The indices q < k with {@code x[xo + q] != 0} into {@code out} (NaN counts as non-zero); their count. */
    static int nonZero(float[] x, int xo, int k, int[] out) {
        int count = 0;
        for (int q = 0; q < k; q++) {
            if (x[xo + q] != 0f) {
                out[count++] = q;
            }
        }
        return count;
    }

    /** The plain loops. */
    SparseProducts SCALAR = new SparseProducts() {
        @Override
        public int panelRows() {
            return 1;
        }

        @Override
        public void panelProduct(float[] panels, int k, int[] nonZero, int count, float[] x, float[] y, int m) {
            for (int i = 0; i < m; i++) {
                float s = 0;
                int row = i * k;
                for (int t = 0; t < count; t++) {
                    int q = nonZero[t];
                    s += x[q] * panels[row + q];
                }
                y[i] = s;
            }
        }

        @Override
        public void torusProduct(float[] window, int n, int[] nonZero, int count, float[] r, int ro, float[] y,
                                 int yo) {
            int stride = torusStride(n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    float s = 0;
                    for (int t = 0; t < count; t++) {
                        int q = nonZero[t];
                        int di = Math.floorMod(i - q / n, n);
                        s += r[ro + q] * window[di * stride + n - q % n + j];
                    }
                    y[yo + i * n + j] = s;
                }
            }
        }

        @Override
        public int torusStride(int n) {
            return 2 * n;
        }
    };

    /** The fastest implementation the tier of {@code kernels} allows. */
    static SparseProducts forTier(Kernels kernels) {
        if (kernels.vectorLanes() < 2) {
            return SCALAR;
        }
        try {
            return (SparseProducts) Class.forName(SparseProducts.class.getPackageName() + ".PanamaSparseProducts")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return SCALAR;
        }
    }
}
