package org.jcanns.core.topology;

/**
 * Only the edges present: each point's neighbours in increasing order with the edge lengths (compressed rows,
 * both directions stored).
 */
final class SparseDistances extends RipsDistances {
    final int n;
    /** Row i's neighbours are {@code neighbour[start[i] .. start[i + 1])}. */
    final int[] start;
    final int[] neighbour;
    final float[] length;

    private SparseDistances(int n, int[] start, int[] neighbour, float[] length) {
        this.n = n;
        this.start = start;
        this.neighbour = neighbour;
        this.length = length;
    }

    /** From edges {@code from[e] > to[e]} (each once, any order). */
    static SparseDistances of(int n, int[] from, int[] to, float[] len) {
        int[] start = new int[n + 1];
        for (int e = 0; e < from.length; e++) {
            start[from[e] + 1]++;
            start[to[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        int[] neighbour = new int[start[n]];
        float[] length = new float[start[n]];
        // Rows are filled in edge order, then each is sorted by neighbour.
        for (int e = 0; e < from.length; e++) {
            neighbour[fill[from[e]]] = to[e];
            length[fill[from[e]]++] = len[e];
            neighbour[fill[to[e]]] = from[e];
            length[fill[to[e]]++] = len[e];
        }
        for (int i = 0; i < n; i++) {
            sortRow(neighbour, length, start[i], start[i + 1]);
        }
        return new SparseDistances(n, start, neighbour, length);
    }

    /** The edges of {@code dense} of length at most {@code threshold}. */
    static SparseDistances of(DenseDistances dense, float threshold) {
        int n = dense.n;
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (j != i && dense.d[i * n + j] <= threshold) {
                    count++;
                }
            }
            start[i + 1] = start[i] + count;
        }
        int[] neighbour = new int[start[n]];
        float[] length = new float[start[n]];
        for (int i = 0, k = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                float v = dense.d[i * n + j];
                if (j != i && v <= threshold) {
                    neighbour[k] = j;
                    length[k++] = v;
                }
            }
        }
        return new SparseDistances(n, start, neighbour, length);
    }

    /** These edges, without those longer than {@code threshold}. */
    SparseDistances below(float threshold) {
        int[] s = new int[n + 1];
        int[] nb = new int[neighbour.length];
        float[] len = new float[neighbour.length];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                if (length[e] <= threshold) {
                    nb[k] = neighbour[e];
                    len[k++] = length[e];
                }
            }
            s[i + 1] = k;
        }
        return new SparseDistances(n, s, java.util.Arrays.copyOf(nb, k), java.util.Arrays.copyOf(len, k));
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public float distance(int i, int j) {
        if (i == j) {
            return 0;
        }
        int lo = start[i];
        int hi = start[i + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = neighbour[mid];
            if (v < j) {
                lo = mid + 1;
            } else if (v > j) {
                hi = mid - 1;
            } else {
                return length[mid];
            }
        }
        return Float.POSITIVE_INFINITY;
    }

    @Override
    public long edgeCount(float threshold) {
        long count = 0;
        for (int e = 0; e < length.length; e++) {
            if (length[e] <= threshold) {
                count++;
            }
        }
        return count / 2;
    }

    @Override
    public float enclosingRadius() {
        float radius = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (start[i + 1] - start[i] == n - 1) {
                float r = 0;
                for (int e = start[i]; e < start[i + 1]; e++) {
                    r = Math.max(r, length[e]);
                }
                radius = Math.min(radius, r);
            }
        }
        return n == 1 ? 0 : radius;
    }

    private static void sortRow(int[] nb, float[] len, int from, int to) {
        // Insertion sort where rows are short, otherwise sort (vertex, position) keys.
        if (to - from < 32) {
            for (int a = from + 1; a < to; a++) {
                int v = nb[a];
                float l = len[a];
                int b = a - 1;
                while (b >= from && nb[b] > v) {
                    nb[b + 1] = nb[b];
                    len[b + 1] = len[b];
                    b--;
                }
                nb[b + 1] = v;
                len[b + 1] = l;
            }
            return;
        }
        long[] keys = new long[to - from];
        for (int a = from; a < to; a++) {
            keys[a - from] = ((long) nb[a] << 32) | (Float.floatToRawIntBits(len[a]) & 0xFFFFFFFFL);
        }
        java.util.Arrays.sort(keys);
        for (int a = from; a < to; a++) {
            nb[a] = (int) (keys[a - from] >>> 32);
            len[a] = Float.intBitsToFloat((int) keys[a - from]);
        }
    }
}
