package org.jcanns.core.kernel.products;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** MatrixProducts as plain loops: the reference, and the implementation on any JVM. */
public class ScalarMatrixProducts extends MatrixProducts {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    @Override
    protected void gemv(MemorySegment a, int m, int n, MemorySegment x, MemorySegment y) {
        for (int i = 0; i < m; i++) {
            long row = (long) i * n;
            float s = 0;
            for (int j = 0; j < n; j++) {
                s += a.getAtIndex(F, row + j) * x.getAtIndex(F, j);
            }
            y.setAtIndex(F, i, s);
        }
    }

    @Override
    protected void windowGemv(MemorySegment e, MemorySegment x, MemorySegment y, int m, int n) {
        for (int i = 0; i < m; i++) {
            float s = 0;
            for (int j = 0; j < n; j++) {
                s += e.getAtIndex(F, (long) i + j) * x.getAtIndex(F, j);
            }
            y.setAtIndex(F, i, s);
        }
    }

    @Override
    protected void windowGemv(float[] e, float[] x, float[] y, int m, int n) {
        windowRows(e, x, y, 0, m, n);
    }

    @Override
    protected void heapGemv(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        for (int i = 0; i < m; i++) {
            float s = 0;
            for (int j = 0; j < n; j++) {
                s += a[aFrom + i * n + j] * x[xFrom + j];
            }
            y[yFrom + i] = s;
        }
    }

    @Override
    protected void heapGemvTransposed(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        transposedColumns(a, aFrom, m, n, x, xFrom, y, yFrom, 0);
    }

    /** y[j] ← Σ_i A[i][j]·x[i] for j in [from, n) (also the vector tier's tail). */
    static void transposedColumns(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom,
            int from) {
        for (int j = from; j < n; j++) {
            float s = 0;
            for (int i = 0; i < m; i++) {
                s += a[aFrom + i * n + j] * x[xFrom + i];
            }
            y[yFrom + j] = s;
        }
    }

    /** Rows [from, to) of the windowed product, one plain dot product each (also the vector tiers' tail). */
    static void windowRows(float[] e, float[] x, float[] y, int from, int to, int n) {
        for (int i = from; i < to; i++) {
            float s = 0;
            for (int j = 0; j < n; j++) {
                s += e[i + j] * x[j];
            }
            y[i] = s;
        }
    }
}
