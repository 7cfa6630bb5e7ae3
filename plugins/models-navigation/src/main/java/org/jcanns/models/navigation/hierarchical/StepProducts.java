package org.jcanns.models.navigation.hierarchical;


/**
 * The products of a hierarchical network step. The band cells' three circulant products are summed in one pass
 * ({@link #ringSums}); the grid W·r is restricted to the inputs that are not zero: rates after a ReLU are exactly
 * zero on a large part of a grid module (35–40 % of the grid cells in steady state), and a zero term changes no
 * sum, so leaving those inputs out is exact and saves their share of the work; {@link #dot} serves the place
 * layer. A kernel family: plain
 * loops on the {@code scalar} tier, {@code PanamaStepProducts} on the Vector API tiers (registered by
 * {@link org.jcanns.models.navigation.NavigationKernelImplementations}).
 */
public interface StepProducts {
    /**
     * The n×n torus convolution {@code y[i·n + j] = Σ_t r[q_t]·K[((i − a_t) mod n)·n + (j − b_t) mod n]} over the
     * inputs {@code q_t = nonZero[t] = a_t·n + b_t}, reading K from {@code window} (see {@link #torusWindow}), into
     * y at {@code yo}; r is read at {@code ro + q_t}.
     */
    void torusProduct(float[] window, int n, int[] nonZero, int count, float[] r, int ro, float[] y, int yo);

    /** Row stride of {@link #torusWindow} for an n×n torus: room for 2n columns and a whole vector group. */
    int torusStride(int n);

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

    /** {@code Σ_{i<n} a[ao + i]·x[i]}, summed in an order that does not depend on JIT compilation. */
    float dot(float[] a, int ao, float[] x, int n);

    /** Outputs per band of {@link #ringSums} for rings of n: n rounded up to whole blocks (the rest is ignored). */
    int ringOutputs(int n);

    /**
     * The window of a ring kernel K of n values for {@link #ringSums}: {@code w[t] = K[t mod n]} for
     * t < ringOutputs(n) + n, so that K[(j − i) mod n] = w[j − i + n].
     */
    default float[] ringWindow(float[] kernel) {
        int n = kernel.length;
        float[] w = new float[ringOutputs(n) + n];
        for (int t = 0; t < w.length; t++) {
            w[t] = kernel[t % n];
        }
        return w;
    }

    /**
     * For each of {@code bands} bands b and j < n: {@code y[b·ringOutputs(n) + j] = Σ_k Σ_{i<n}
     * x_k[b·n + i]·K_k[(j − i) mod n]}, over the pairs (inputs[k], windows[k]) of {@link #ringWindow}s: a band
     * cell's {@code left.r·W_L + right.r·W_R + W·r} in one pass.
     */
    void ringSums(float[][] windows, float[][] inputs, int n, int bands, float[] y);

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
    StepProducts SCALAR = new StepProducts() {
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

        @Override
        public float dot(float[] a, int ao, float[] x, int n) {
            float s = 0;
            for (int i = 0; i < n; i++) {
                s += a[ao + i] * x[i];
            }
            return s;
        }

        @Override
        public int ringOutputs(int n) {
            return n;
        }

        @Override
        public void ringSums(float[][] windows, float[][] inputs, int n, int bands, float[] y) {
            for (int b = 0; b < bands; b++) {
                for (int j = 0; j < n; j++) {
                    float s = 0;
                    for (int k = 0; k < windows.length; k++) {
                        for (int i = 0; i < n; i++) {
                            s += inputs[k][b * n + i] * windows[k][j - i + n];
                        }
                    }
                    y[b * n + j] = s;
                }
            }
        }
    };

}
