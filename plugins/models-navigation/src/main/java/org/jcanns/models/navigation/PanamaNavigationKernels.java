package org.jcanns.models.navigation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jcanns.core.kernel.Lanes;

/** {@link NavigationKernels} with the Vector API at the preferred width; loaded only with a Vector API tier. */
final class PanamaNavigationKernels implements NavigationKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    private static final int FL = FS.length();

    @Override
    public void geometric(double start, double step, double[] out, int from, int to) {
        if (to - from < 2 * L) {
            // The short ranges of the wrap blocks: vector set-up would cost more than it saves.
            SCALAR.geometric(start, step, out, from, to);
            return;
        }
        // The first 2L powers by the scalar chain, then two vectors of consecutive powers, each advanced by
        // step^(2L) (formed by squaring): 2L independent chains, no allocation.
        double v = start;
        for (int i = from; i < from + 2 * L; i++) {
            out[i] = v;
            v *= step;
        }
        double jump = step;
        for (int k = 1; k < 2 * L; k <<= 1) {
            jump *= jump;
        }
        DoubleVector j = DoubleVector.broadcast(S, jump);
        DoubleVector a = DoubleVector.fromArray(S, out, from).mul(j);
        DoubleVector b = DoubleVector.fromArray(S, out, from + L).mul(j);
        int m = from + 2 * L;
        for (; m + 2 * L <= to; m += 2 * L) {
            a.intoArray(out, m);
            b.intoArray(out, m + L);
            a = a.mul(j);
            b = b.mul(j);
        }
        a.intoArray(out, m, S.indexInRange(m, to));
        b.intoArray(out, m + L, S.indexInRange(m + L, to));
    }

    @Override
    public float max(float[] a, int n) {
        // Max is exact, so lanes may combine in any order.
        FloatVector m = FloatVector.broadcast(FS, Float.NEGATIVE_INFINITY);
        int i = 0;
        for (int bound = FS.loopBound(n); i < bound; i += FL) {
            m = m.max(FloatVector.fromArray(FS, a, i));
        }
        float out = m.reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            out = Math.max(out, a[i]);
        }
        return out;
    }

    @Override
    public void thresholdedSums(float[] a, int rows, int cols, float floor, float[] rowSums, float[] colSums) {
        java.util.Arrays.fill(colSums, 0, cols, 0f);
        FloatVector zero = FloatVector.zero(FS);
        int bound = FS.loopBound(cols);
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            FloatVector acc = zero;
            int j = 0;
            for (; j < bound; j += FL) {
                FloatVector v = FloatVector.fromArray(FS, a, o + j);
                v = zero.blend(v, v.compare(VectorOperators.GT, floor));
                acc = acc.add(v);
                v.add(FloatVector.fromArray(FS, colSums, j)).intoArray(colSums, j);
            }
            float sum = Lanes.sum(acc);
            for (; j < cols; j++) {
                float v = a[o + j];
                v = v > floor ? v : 0f;
                sum += v;
                colSums[j] += v;
            }
            rowSums[i] = sum;
        }
    }

    @Override
    public void axpy(double a, double[] x, int xFrom, double[] y, int yFrom, int length) {
        DoubleVector av = DoubleVector.broadcast(S, a);
        int k = 0;
        for (int bound = S.loopBound(length); k < bound; k += L) {
            DoubleVector.fromArray(S, x, xFrom + k).fma(av, DoubleVector.fromArray(S, y, yFrom + k))
                    .intoArray(y, yFrom + k);
        }
        for (; k < length; k++) {
            y[yFrom + k] = Math.fma(a, x[xFrom + k], y[yFrom + k]);
        }
    }

    @Override
    public void outerSum(double[] rows, double[] cols, int count, int n, double[] acc) {
        // Tiles of 4 rows × 2 vectors stay in registers while every term passes by: the accumulator is written once
        // instead of once per term. The same FMA order in the tails keeps every element's sum identical in form.
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            int j = 0;
            for (; j + 2 * L <= n; j += 2 * L) {
                tile4x2(rows, cols, count, n, acc, i, j);
            }
            for (; j + L <= n; j += L) {
                tile4x1(rows, cols, count, n, acc, i, j);
            }
            for (; j < n; j++) {
                for (int r = 0; r < 4; r++) {
                    acc[(i + r) * n + j] = scalarSum(rows, cols, count, n, i + r, j);
                }
            }
        }
        for (; i < n; i++) {
            for (int j = 0; j < n; j++) {
                acc[i * n + j] = scalarSum(rows, cols, count, n, i, j);
            }
        }
    }

    private static double scalarSum(double[] rows, double[] cols, int count, int n, int i, int j) {
        double s = 0;
        for (int t = 0; t < count; t++) {
            s = Math.fma(rows[t * n + i], cols[t * n + j], s);
        }
        return s;
    }

    private static void tile4x1(double[] rows, double[] cols, int count, int n, double[] acc, int i, int j) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int t = 0; t < count; t++) {
            int r = t * n + i;
            DoubleVector x = DoubleVector.fromArray(S, cols, t * n + j);
            a0 = x.fma(DoubleVector.broadcast(S, rows[r]), a0);
            a1 = x.fma(DoubleVector.broadcast(S, rows[r + 1]), a1);
            a2 = x.fma(DoubleVector.broadcast(S, rows[r + 2]), a2);
            a3 = x.fma(DoubleVector.broadcast(S, rows[r + 3]), a3);
        }
        a0.intoArray(acc, i * n + j);
        a1.intoArray(acc, (i + 1) * n + j);
        a2.intoArray(acc, (i + 2) * n + j);
        a3.intoArray(acc, (i + 3) * n + j);
    }

    private static void tile4x2(double[] rows, double[] cols, int count, int n, double[] acc, int i, int j) {
        DoubleVector a00 = DoubleVector.zero(S), a01 = a00, a10 = a00, a11 = a00;
        DoubleVector a20 = a00, a21 = a00, a30 = a00, a31 = a00;
        for (int t = 0; t < count; t++) {
            int c = t * n + j, r = t * n + i;
            DoubleVector x0 = DoubleVector.fromArray(S, cols, c), x1 = DoubleVector.fromArray(S, cols, c + L);
            DoubleVector w = DoubleVector.broadcast(S, rows[r]);
            a00 = x0.fma(w, a00);
            a01 = x1.fma(w, a01);
            w = DoubleVector.broadcast(S, rows[r + 1]);
            a10 = x0.fma(w, a10);
            a11 = x1.fma(w, a11);
            w = DoubleVector.broadcast(S, rows[r + 2]);
            a20 = x0.fma(w, a20);
            a21 = x1.fma(w, a21);
            w = DoubleVector.broadcast(S, rows[r + 3]);
            a30 = x0.fma(w, a30);
            a31 = x1.fma(w, a31);
        }
        a00.intoArray(acc, i * n + j);
        a01.intoArray(acc, i * n + j + L);
        a10.intoArray(acc, (i + 1) * n + j);
        a11.intoArray(acc, (i + 1) * n + j + L);
        a20.intoArray(acc, (i + 2) * n + j);
        a21.intoArray(acc, (i + 2) * n + j + L);
        a30.intoArray(acc, (i + 3) * n + j);
        a31.intoArray(acc, (i + 3) * n + j + L);
    }
}
