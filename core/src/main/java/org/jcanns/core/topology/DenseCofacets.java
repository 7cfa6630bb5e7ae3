package org.jcanns.core.topology;

/** Cofacets over a full distance matrix: every other vertex is tried, from n-1 down to 0. */
final class DenseCofacets extends Cofacets {
    private final float[] d;
    private final int n;
    private final float threshold;
    private final int[] rows;
    private int j;

    DenseCofacets(DenseDistances distances, float threshold, Binomials binomials, int maxDim) {
        super(binomials, maxDim);
        this.d = distances.d;
        this.n = distances.n;
        this.threshold = threshold;
        this.rows = new int[maxDim + 2];
    }

    @Override
    void reset() {
        j = n - 1;
        for (int i = 0; i <= dim; i++) {
            rows[i] = vertices[i] * n;
        }
    }

    @Override
    boolean next(boolean all) {
        final float[] d = this.d;
        final int[] rows = this.rows;
        final int last = dim;
        while (j >= 0) {
            int jj = j--;
            if (above <= last && jj == vertices[above]) {
                if (!all) {
                    return false;
                }
                passVertex();
                continue;
            }
            float diam = simplexDiameter;
            for (int i = 0; i <= last; i++) {
                diam = Math.max(diam, d[rows[i] + jj]);
            }
            if (diam <= threshold) {
                set(jj, diam);
                return true;
            }
        }
        return false;
    }
}
