package org.jcanns.models.navigation.hierarchical;

import java.util.Arrays;

/**
 * canns' place layer of HierarchicalNetwork, {@code u = max(g − max(g)/2, 0)} with {@code g = max(W·r, 0)} (W the
 * grid → place weights of all modules side by side, r the stacked grid rates), computing g only where it can
 * matter. Everything here is non-negative, so per place an upper bound of g is cheap: with the grid cells of each
 * module grouped in b×b blocks, {@code g_p ≤ Σ_B max_{k∈B} W[p][k] · Σ_{k∈B} r_k}. g is computed exactly for the
 * place of the largest coarse bound (4×4 blocks) first; then a place whose coarse bound, or else whose finer bound
 * (2×2 blocks), is below half the largest g found so far has u = 0 and cannot hold the maximum, and g is computed
 * exactly for the rest. The bounds carry a margin far above float32 rounding, so the
 * result is the one computing all of g gives: in steady state a few dozen of the 900 places are above the
 * threshold and about a hundred need their exact g, so most of the 7.2 MB of W is not read. With a NaN among the
 * rates, or all rates zero, all of g is computed.
 */
final class PlaceReadout {
    /** Relative margin on the bounds: float32 rounding of these non-negative sums is below 1e-4 relative. */
    private static final float MARGIN = 1.001f;

    /** Block maxima of W for one block size. */
    private static final class Bounds {
        final int blocks;
        final int[] blockOf;
        /** max of W[p][k] over the grid cells of block B, at p·blocks + B. */
        final float[] blockMax;
        final float[] blockRates;

        Bounds(float[] w, int places, int modules, int n, int size) {
            int side = (n + size - 1) / size;
            int k = modules * n * n;
            // Padded with zero maxima to whole blocks of 32, so the bound's dot product has no scalar tail.
            blocks = (modules * side * side + 31) / 32 * 32;
            blockOf = new int[k];
            for (int m = 0; m < modules; m++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        blockOf[m * n * n + i * n + j] = m * side * side + i / size * side + j / size;
                    }
                }
            }
            blockMax = new float[places * blocks];
            for (int p = 0; p < places; p++) {
                for (int c = 0; c < k; c++) {
                    int at = p * blocks + blockOf[c];
                    blockMax[at] = Math.max(blockMax[at], w[p * k + c]);
                }
            }
            blockRates = new float[blocks];
        }

        /** The rates summed per block; their total. */
        float sumRates(float[] r) {
            Arrays.fill(blockRates, 0);
            for (int c = 0; c < blockOf.length; c++) {
                blockRates[blockOf[c]] += r[c];
            }
            float total = 0;
            for (float v : blockRates) {
                total += v;
            }
            return total;
        }

        float bound(int p, StepProducts products) {
            return products.dot(blockMax, p * blocks, blockRates, blocks) * MARGIN;
        }
    }

    private final float[] w;
    private final int places;
    private final int k;
    private final Bounds coarse;
    private final Bounds fine;
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
        this.coarse = new Bounds(w, places, modules, n, 4);
        this.fine = new Bounds(w, places, modules, n, 2);
        this.bound = new float[places];
    }

    /** u of every place into {@code u} from the stacked grid rates {@code r} (length modules·n²). */
    void apply(float[] r, float[] u) {
        float total = coarse.sumRates(r);
        if (!(total > 0) || !Float.isFinite(total)) {
            applyToAll(r, u);
            return;
        }
        fine.sumRates(r);
        int best = 0;
        for (int p = 0; p < places; p++) {
            bound[p] = coarse.bound(p, products);
            if (bound[p] > bound[best]) {
                best = p;
            }
        }
        // The place of the largest bound first: its g is usually the maximum, which makes the test below tight.
        Arrays.fill(u, -1f);
        float max = Math.max(products.dot(w, best * k, r, k), 0f);
        u[best] = max;
        for (int p = 0; p < places; p++) {
            float half = max / 2;
            if (p == best || bound[p] < half || fine.bound(p, products) < half) {
                continue;
            }
            float g = Math.max(products.dot(w, p * k, r, k), 0f);
            u[p] = g;
            max = Math.max(max, g);
        }
        threshold(u, max);
    }

    /** As {@link #apply}, computing g for every place (the fallback, and the reference of the tests). */
    void applyToAll(float[] r, float[] u) {
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
