package org.jcanns.models.navigation.hierarchical;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SparseProducts} with the Vector API on heap arrays. Both products keep a block of outputs of four vectors
 * in registers and run through the non-zero inputs once per block: the panel product streams each panel of the
 * matrix (four vectors of rows per column, contiguous) exactly once; the torus product reads its four-vector windows
 * of the kernel from L1. Not thread-safe (an output buffer per instance).
 */
final class PanamaSparseProducts implements SparseProducts {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Outputs per block: four vectors. */
    private static final int G = 4 * L;

    private final float[] block = new float[G];
    /** Per non-zero input of the torus product: its row, and its column's offset n − b into a window row. */
    private int[] rowOf = new int[0];
    private int[] offsetOf = new int[0];

    @Override
    public int panelRows() {
        return G;
    }

    @Override
    public void panelProduct(float[] panels, int k, int[] nonZero, int count, float[] x, float[] y, int m) {
        for (int p0 = 0; p0 < m; p0 += G) {
            int base = p0 * k;
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            for (int t = 0; t < count; t++) {
                int q = nonZero[t];
                FloatVector xq = FloatVector.broadcast(S, x[q]);
                int o = base + q * G;
                a0 = FloatVector.fromArray(S, panels, o).fma(xq, a0);
                a1 = FloatVector.fromArray(S, panels, o + L).fma(xq, a1);
                a2 = FloatVector.fromArray(S, panels, o + 2 * L).fma(xq, a2);
                a3 = FloatVector.fromArray(S, panels, o + 3 * L).fma(xq, a3);
            }
            store(a0, a1, a2, a3, y, p0, Math.min(G, m - p0));
        }
    }

    @Override
    public void torusProduct(float[] window, int n, int[] nonZero, int count, float[] r, int ro, float[] y, int yo) {
        int stride = torusStride(n);
        if (rowOf.length < count) {
            rowOf = new int[count];
            offsetOf = new int[count];
        }
        for (int t = 0; t < count; t++) {
            int q = nonZero[t];
            int row = q / n;
            rowOf[t] = row;
            // K[di][(j − b) mod n] for j = j0, j0 + 1, ...: contiguous from di·stride + n − b + j0.
            offsetOf[t] = n - (q - row * n);
        }
        for (int i = 0; i < n; i++) {
            for (int j0 = 0; j0 < n; j0 += G) {
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                for (int t = 0; t < count; t++) {
                    int row = rowOf[t];
                    int di = i >= row ? i - row : i - row + n;
                    FloatVector rq = FloatVector.broadcast(S, r[ro + nonZero[t]]);
                    int o = di * stride + offsetOf[t] + j0;
                    a0 = FloatVector.fromArray(S, window, o).fma(rq, a0);
                    a1 = FloatVector.fromArray(S, window, o + L).fma(rq, a1);
                    a2 = FloatVector.fromArray(S, window, o + 2 * L).fma(rq, a2);
                    a3 = FloatVector.fromArray(S, window, o + 3 * L).fma(rq, a3);
                }
                store(a0, a1, a2, a3, y, yo + i * n + j0, Math.min(G, n - j0));
            }
        }
    }

    @Override
    public int torusStride(int n) {
        return n + (n + G - 1) / G * G;
    }

    /** The first {@code length} of the four vectors' lanes into y from {@code from}. */
    private void store(FloatVector a0, FloatVector a1, FloatVector a2, FloatVector a3, float[] y, int from,
                       int length) {
        if (length == G) {
            a0.intoArray(y, from);
            a1.intoArray(y, from + L);
            a2.intoArray(y, from + 2 * L);
            a3.intoArray(y, from + 3 * L);
            return;
        }
        a0.intoArray(block, 0);
        a1.intoArray(block, L);
        a2.intoArray(block, 2 * L);
        a3.intoArray(block, 3 * L);
        System.arraycopy(block, 0, y, from, length);
    }
}
