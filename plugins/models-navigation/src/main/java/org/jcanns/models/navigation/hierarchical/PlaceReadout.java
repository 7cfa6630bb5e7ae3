package org.jcanns.models.navigation.hierarchical;

import java.util.Arrays;

/**
 * canns' place layer of HierarchicalNetwork, {@code u = max(g − max(g)/2, 0)} with {@code g = max(W·r, 0)} (W the
 * grid → place weights of all modules side by side, r the stacked grid rates), computing g only where it can
 * matter. Everything here is non-negative, so per place an upper bound of g is cheap: the grid cells are grouped in
 * b×b blocks per module, and {@code g_p ≤ Σ_B max_{k∈B} W[p][k] · Σ_{k∈B} r_k}. After g is computed exactly for
 * the place of the largest bound (a lower bound L of max g), every place whose bound stays below L/2 (with a margin
 * far above float32 rounding) has u = 0 and cannot hold the maximum; g is computed exactly for the others. The
 * result is the same as computing all of g: in steady state a few dozen of the 900 places are above the threshold,
 * so most of the 7.2 MB of W is not read. With a NaN among the rates, or all rates zero, all of g is computed.
 */
final class PlaceReadout {
    /** Grid cells per block side. */
    private static final int BLOCK = 4;
    /** Relative margin on the bound: float32 rounding of these sums is below 1e-4 relative. */
    private static final float MARGIN = 1.001f;

    private final float[] w;
    private final int places;
    private final int k;
    private final int blocks;
    private final int[] blockOf;
    /** max of W[p][k] over the grid cells of block B, at p·blocks + B. */
    private final float[] blockMax;
    private final float[] blockRates;
    private final float[] bound;
    private final StepProducts products;

    /**
     * The readout of {@code w} (places × modules·n², row-major: module m's grid cell i·n + j at column m·n² + i·n + j)
     * computing with {@code products}.
     */
    PlaceReadout(float[] w, int places, int modules, int n, StepProducts products) {
        this.w = w;
        this.places = places;
        this.k = modules * n * n;
        this.products = products;
        int side = (n + BLOCK - 1) / BLOCK;
        this.blocks = modules * side * side;
        this.blockOf = new int[k];
        for (int m = 0; m < modules; m++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    blockOf[m * n * n + i * n + j] = m * side * side + i / BLOCK * side + j / BLOCK;
                }
            }
        }
        this.blockMax = new float[places * blocks];
        for (int p = 0; p < places; p++) {
            for (int c = 0; c < k; c++) {
                int at = p * blocks + blockOf[c];
                blockMax[at] = Math.max(blockMax[at], w[p * k + c]);
            }
        }
        this.blockRates = new float[blocks];
        this.bound = new float[places];
    }

    /** u of every place into {@code u} from the stacked grid rates {@code r} (length modules·n²). */
    void apply(float[] r, float[] u) {
        Arrays.fill(blockRates, 0);
        for (int c = 0; c < k; c++) {
            blockRates[blockOf[c]] += r[c];
        }
        float total = 0;
        for (float v : blockRates) {
            total += v;
        }
        if (!(total > 0) || !Float.isFinite(total)) {
            applyToAll(r, u);
            return;
        }
        int best = 0;
        for (int p = 0; p < places; p++) {
            bound[p] = products.dot(blockMax, p * blocks, blockRates, blocks) * MARGIN;
            if (bound[p] > bound[best]) {
                best = p;
            }
        }
        float lower = Math.max(products.dot(w, best * k, r, k), 0f);
        float max = lower;
        for (int p = 0; p < places; p++) {
            if (bound[p] >= lower / 2) {
                float g = Math.max(products.dot(w, p * k, r, k), 0f);
                u[p] = g;
                max = Math.max(max, g);
            } else {
                u[p] = -1;
            }
        }
        threshold(u, max);
    }

    private void applyToAll(float[] r, float[] u) {
        float max = 0;
        for (int p = 0; p < places; p++) {
            u[p] = Math.max(products.dot(w, p * k, r, k), 0f);
            max = Math.max(max, u[p]);
        }
        threshold(u, max);
    }

    /** u = g − max/2 where g > max/2, else 0; entries marked −1 (bound below max/2) are 0. */
    private static void threshold(float[] u, float max) {
        float half = max / 2;
        for (int p = 0; p < u.length; p++) {
            float g = u[p];
            u[p] = g > half ? g - half : 0f;
        }
    }
}
