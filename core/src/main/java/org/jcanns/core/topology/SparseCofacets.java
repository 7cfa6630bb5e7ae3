package org.jcanns.core.topology;

/** Cofacets over neighbour lists: the common neighbours of the simplex's vertices, found by merging their lists. */
final class SparseCofacets extends Cofacets {
    private final int[] start;
    private final int[] neighbour;
    private final float[] length;
    /** Per vertex of the simplex, the position in its neighbour list (walked from the end). */
    private final int[] cursor;

    SparseCofacets(SparseDistances distances, Binomials binomials, int maxDim) {
        super(binomials, maxDim);
        this.start = distances.start;
        this.neighbour = distances.neighbour;
        this.length = distances.length;
        this.cursor = new int[maxDim + 2];
    }

    @Override
    void reset() {
        for (int i = 0; i <= dim; i++) {
            cursor[i] = start[vertices[i] + 1] - 1;
        }
    }

    @Override
    boolean next(boolean all) {
        final int[] nb = neighbour;
        final int[] cur = cursor;
        int first = start[vertices[0]];
        candidates:
        for (; cur[0] >= first; cur[0]--) {
            int c = nb[cur[0]];
            float diam = Math.max(simplexDiameter, length[cur[0]]);
            for (int i = 1; i <= dim; i++) {
                int end = start[vertices[i]];
                int p = cur[i];
                while (p >= end && nb[p] > c) {
                    p--;
                }
                cur[i] = p;
                if (p < end) {
                    cur[0] = first - 1;
                    return false;
                }
                if (nb[p] != c) {
                    continue candidates;
                }
                diam = Math.max(diam, length[p]);
            }
            while (above <= dim && vertices[above] > c) {
                if (!all) {
                    return false;
                }
                passVertex();
            }
            cur[0]--;
            set(c, diam);
            return true;
        }
        return false;
    }
}
