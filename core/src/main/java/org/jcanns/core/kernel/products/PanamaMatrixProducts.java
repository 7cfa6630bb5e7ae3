package org.jcanns.core.kernel.products;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.jcanns.core.kernel.Lanes;
import org.jcanns.core.kernel.elementwise.PanamaElementWise;

/**
 * MatrixProducts on the Vector API at the preferred width (512 bits on AVX-512 machines, 256 on AVX2); created only
 * once the {@code panama} tier's check has passed, so a JVM without {@code jdk.incubator.vector} never links it.
 */
public class PanamaMatrixProducts extends ScalarMatrixProducts {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    private static FloatVector load(MemorySegment m, long index) {
        return FloatVector.fromMemorySegment(S, m, index * Float.BYTES, NATIVE);
    }

    @Override
    protected void gemv(MemorySegment a, int m, int n, MemorySegment x, MemorySegment y) {
        int i = 0;
        // Four rows at a time: each loaded slice of x feeds four FMAs.
        for (; i + 4 <= m; i += 4) {
            long r0 = (long) i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            int j = 0;
            for (int bound = S.loopBound(n); j < bound; j += L) {
                FloatVector xv = load(x, j);
                s0 = load(a, r0 + j).fma(xv, s0);
                s1 = load(a, r1 + j).fma(xv, s1);
                s2 = load(a, r2 + j).fma(xv, s2);
                s3 = load(a, r3 + j).fma(xv, s3);
            }
            float t0 = Lanes.sum(s0), t1 = Lanes.sum(s1);
            float t2 = Lanes.sum(s2), t3 = Lanes.sum(s3);
            for (; j < n; j++) {
                float xj = x.getAtIndex(F, j);
                t0 += a.getAtIndex(F, r0 + j) * xj;
                t1 += a.getAtIndex(F, r1 + j) * xj;
                t2 += a.getAtIndex(F, r2 + j) * xj;
                t3 += a.getAtIndex(F, r3 + j) * xj;
            }
            y.setAtIndex(F, i, t0);
            y.setAtIndex(F, i + 1, t1);
            y.setAtIndex(F, i + 2, t2);
            y.setAtIndex(F, i + 3, t3);
        }
        for (; i < m; i++) {
            y.setAtIndex(F, i, PanamaElementWise.dotSegments(a.asSlice((long) i * n * Float.BYTES), x, n));
        }
    }

    @Override
    protected void windowGemv(MemorySegment e, MemorySegment x, MemorySegment y, int m, int n) {
        // Eight rows at a time: eight independent FMA chains keep both FMA pipes busy, and each slice of x is
        // loaded once for eight rows. Row i + r is the window of e starting at i + r (unaligned loads from L1).
        int i = 0;
        int bound = S.loopBound(n);
        for (; i + 8 <= m; i += 8) {
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = load(x, j);
                long o = (long) i + j;
                s0 = load(e, o).fma(xv, s0);
                s1 = load(e, o + 1).fma(xv, s1);
                s2 = load(e, o + 2).fma(xv, s2);
                s3 = load(e, o + 3).fma(xv, s3);
                s4 = load(e, o + 4).fma(xv, s4);
                s5 = load(e, o + 5).fma(xv, s5);
                s6 = load(e, o + 6).fma(xv, s6);
                s7 = load(e, o + 7).fma(xv, s7);
            }
            float[] t = {Lanes.sum(s0), Lanes.sum(s1),
                Lanes.sum(s2), Lanes.sum(s3),
                Lanes.sum(s4), Lanes.sum(s5),
                Lanes.sum(s6), Lanes.sum(s7)};
            for (; j < n; j++) {
                float xj = x.getAtIndex(F, j);
                for (int r = 0; r < 8; r++) {
                    t[r] += e.getAtIndex(F, (long) i + r + j) * xj;
                }
            }
            for (int r = 0; r < 8; r++) {
                y.setAtIndex(F, i + r, t[r]);
            }
        }
        for (; i < m; i++) {
            y.setAtIndex(F, i, PanamaElementWise.dotSegments(e.asSlice((long) i * Float.BYTES, (long) n * Float.BYTES), x, n));
        }
    }

    @Override
    protected void windowGemv(float[] e, float[] x, float[] y, int m, int n) {
        int i = 0;
        int bound = S.loopBound(n);
        for (; i + 8 <= m; i += 8) {
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = FloatVector.fromArray(S, x, j);
                int o = i + j;
                s0 = FloatVector.fromArray(S, e, o).fma(xv, s0);
                s1 = FloatVector.fromArray(S, e, o + 1).fma(xv, s1);
                s2 = FloatVector.fromArray(S, e, o + 2).fma(xv, s2);
                s3 = FloatVector.fromArray(S, e, o + 3).fma(xv, s3);
                s4 = FloatVector.fromArray(S, e, o + 4).fma(xv, s4);
                s5 = FloatVector.fromArray(S, e, o + 5).fma(xv, s5);
                s6 = FloatVector.fromArray(S, e, o + 6).fma(xv, s6);
                s7 = FloatVector.fromArray(S, e, o + 7).fma(xv, s7);
            }
            y[i] = Lanes.sum(s0);
            y[i + 1] = Lanes.sum(s1);
            y[i + 2] = Lanes.sum(s2);
            y[i + 3] = Lanes.sum(s3);
            y[i + 4] = Lanes.sum(s4);
            y[i + 5] = Lanes.sum(s5);
            y[i + 6] = Lanes.sum(s6);
            y[i + 7] = Lanes.sum(s7);
            for (; j < n; j++) {
                float xj = x[j];
                for (int r = 0; r < 8; r++) {
                    y[i + r] += e[i + r + j] * xj;
                }
            }
        }
        windowRows(e, x, y, i, m, n);
    }

    /**
     * Eight rows at a time: each slice of x feeds eight independent FMA chains, enough to hide the FMA latency
     * (four chains leave half of the two FMA pipes idle). A leftover row splits its sum over four chains.
     */
    @Override
    protected void heapGemv(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        int bound = S.loopBound(n);
        int k = 0;
        for (; k + 8 <= m; k += 8) {
            int r0 = aFrom + k * n;
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int j = 0;
            for (; j < bound; j += L) {
                FloatVector xv = FloatVector.fromArray(S, x, xFrom + j);
                int o = r0 + j;
                s0 = FloatVector.fromArray(S, a, o).fma(xv, s0);
                s1 = FloatVector.fromArray(S, a, o + n).fma(xv, s1);
                s2 = FloatVector.fromArray(S, a, o + 2 * n).fma(xv, s2);
                s3 = FloatVector.fromArray(S, a, o + 3 * n).fma(xv, s3);
                s4 = FloatVector.fromArray(S, a, o + 4 * n).fma(xv, s4);
                s5 = FloatVector.fromArray(S, a, o + 5 * n).fma(xv, s5);
                s6 = FloatVector.fromArray(S, a, o + 6 * n).fma(xv, s6);
                s7 = FloatVector.fromArray(S, a, o + 7 * n).fma(xv, s7);
            }
            float[] t = {Lanes.sum(s0), Lanes.sum(s1),
                Lanes.sum(s2), Lanes.sum(s3),
                Lanes.sum(s4), Lanes.sum(s5),
                Lanes.sum(s6), Lanes.sum(s7)};
            for (; j < n; j++) {
                for (int q = 0; q < 8; q++) {
                    t[q] += a[r0 + q * n + j] * x[xFrom + j];
                }
            }
            System.arraycopy(t, 0, y, yFrom + k, 8);
        }
        int bound4 = n - n % (4 * L);
        for (; k < m; k++) {
            int row = aFrom + k * n;
            FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            int j = 0;
            for (; j < bound4; j += 4 * L) {
                int o = row + j, ox = xFrom + j;
                s0 = FloatVector.fromArray(S, a, o).fma(FloatVector.fromArray(S, x, ox), s0);
                s1 = FloatVector.fromArray(S, a, o + L).fma(FloatVector.fromArray(S, x, ox + L), s1);
                s2 = FloatVector.fromArray(S, a, o + 2 * L).fma(FloatVector.fromArray(S, x, ox + 2 * L), s2);
                s3 = FloatVector.fromArray(S, a, o + 3 * L).fma(FloatVector.fromArray(S, x, ox + 3 * L), s3);
            }
            for (; j < bound; j += L) {
                s0 = FloatVector.fromArray(S, a, row + j).fma(FloatVector.fromArray(S, x, xFrom + j), s0);
            }
            float t = Lanes.sum(s0.add(s1).add(s2.add(s3)));
            for (; j < n; j++) {
                t += a[row + j] * x[xFrom + j];
            }
            y[yFrom + k] = t;
        }
    }

    /** Eight vectors of y at a time: eight sums stay in registers across all m terms; then four, then one. */
    @Override
    protected void heapGemvTransposed(float[] a, int aFrom, int m, int n, float[] x, int xFrom, float[] y, int yFrom) {
        int i = 0;
        for (; i + 8 * L <= n; i += 8 * L) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
            for (int q = 0, o = aFrom + i; q < m; q++, o += n) {
                FloatVector xq = FloatVector.broadcast(S, x[xFrom + q]);
                a0 = FloatVector.fromArray(S, a, o).fma(xq, a0);
                a1 = FloatVector.fromArray(S, a, o + L).fma(xq, a1);
                a2 = FloatVector.fromArray(S, a, o + 2 * L).fma(xq, a2);
                a3 = FloatVector.fromArray(S, a, o + 3 * L).fma(xq, a3);
                a4 = FloatVector.fromArray(S, a, o + 4 * L).fma(xq, a4);
                a5 = FloatVector.fromArray(S, a, o + 5 * L).fma(xq, a5);
                a6 = FloatVector.fromArray(S, a, o + 6 * L).fma(xq, a6);
                a7 = FloatVector.fromArray(S, a, o + 7 * L).fma(xq, a7);
            }
            int d = yFrom + i;
            a0.intoArray(y, d);
            a1.intoArray(y, d + L);
            a2.intoArray(y, d + 2 * L);
            a3.intoArray(y, d + 3 * L);
            a4.intoArray(y, d + 4 * L);
            a5.intoArray(y, d + 5 * L);
            a6.intoArray(y, d + 6 * L);
            a7.intoArray(y, d + 7 * L);
        }
        for (; i + 4 * L <= n; i += 4 * L) {
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            for (int q = 0, o = aFrom + i; q < m; q++, o += n) {
                FloatVector xq = FloatVector.broadcast(S, x[xFrom + q]);
                a0 = FloatVector.fromArray(S, a, o).fma(xq, a0);
                a1 = FloatVector.fromArray(S, a, o + L).fma(xq, a1);
                a2 = FloatVector.fromArray(S, a, o + 2 * L).fma(xq, a2);
                a3 = FloatVector.fromArray(S, a, o + 3 * L).fma(xq, a3);
            }
            int d = yFrom + i;
            a0.intoArray(y, d);
            a1.intoArray(y, d + L);
            a2.intoArray(y, d + 2 * L);
            a3.intoArray(y, d + 3 * L);
        }
        for (; i + L <= n; i += L) {
            FloatVector a0 = FloatVector.zero(S);
            for (int q = 0, o = aFrom + i; q < m; q++, o += n) {
                a0 = FloatVector.fromArray(S, a, o).fma(FloatVector.broadcast(S, x[xFrom + q]), a0);
            }
            a0.intoArray(y, yFrom + i);
        }
        transposedColumns(a, aFrom, m, n, x, xFrom, y, yFrom, i);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k) {
        gemmBt(a, b, c, m, n, k, n);
    }

    @Override
    protected void gemmBt(MemorySegment a, MemorySegment b, MemorySegment c, int m, int n, int k, int ldc) {
        // Register tiles of 4 rows of A × 3 rows of B (12 accumulators), over blocks of B rows small enough to
        // stay in L2 while every row of A passes by.
        int blockRows = Math.max(3, (int) Math.min(n, (192L * 1024 / Float.BYTES) / Math.max(1, k)) / 3 * 3);
        for (int jb = 0; jb < n; jb += blockRows) {
            int jEnd = Math.min(n, jb + blockRows);
            int i = 0;
            for (; i + 4 <= m; i += 4) {
                int j = jb;
                for (; j + 3 <= jEnd; j += 3) {
                    tile4x3(a, b, c, i, j, ldc, k);
                }
                for (; j < jEnd; j++) {
                    for (int r = 0; r < 4; r++) {
                        c.setAtIndex(F, (long) (i + r) * ldc + j, rowDot(a, i + r, b, j, k));
                    }
                }
            }
            for (; i < m; i++) {
                for (int j = jb; j < jEnd; j++) {
                    c.setAtIndex(F, (long) i * ldc + j, rowDot(a, i, b, j, k));
                }
            }
        }
    }

    private float rowDot(MemorySegment a, int i, MemorySegment b, int j, int k) {
        long len = (long) k * Float.BYTES;
        return PanamaElementWise.dotSegments(a.asSlice(i * len, len), b.asSlice(j * len, len), k);
    }

    private static void tile4x3(MemorySegment a, MemorySegment b, MemorySegment c, int i, int j, int ldc, int k) {
        long a0 = (long) i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
        long b0 = (long) j * k, b1 = b0 + k, b2 = b1 + k;
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c10 = c00, c11 = c00, c12 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c30 = c00, c31 = c00, c32 = c00;
        int q = 0;
        for (int bound = S.loopBound(k); q < bound; q += L) {
            FloatVector y0 = load(b, b0 + q), y1 = load(b, b1 + q), y2 = load(b, b2 + q);
            FloatVector x = load(a, a0 + q);
            c00 = x.fma(y0, c00);
            c01 = x.fma(y1, c01);
            c02 = x.fma(y2, c02);
            x = load(a, a1 + q);
            c10 = x.fma(y0, c10);
            c11 = x.fma(y1, c11);
            c12 = x.fma(y2, c12);
            x = load(a, a2 + q);
            c20 = x.fma(y0, c20);
            c21 = x.fma(y1, c21);
            c22 = x.fma(y2, c22);
            x = load(a, a3 + q);
            c30 = x.fma(y0, c30);
            c31 = x.fma(y1, c31);
            c32 = x.fma(y2, c32);
        }
        float[] t = {Lanes.sum(c00), Lanes.sum(c01),
            Lanes.sum(c02), Lanes.sum(c10),
            Lanes.sum(c11), Lanes.sum(c12),
            Lanes.sum(c20), Lanes.sum(c21),
            Lanes.sum(c22), Lanes.sum(c30),
            Lanes.sum(c31), Lanes.sum(c32)};
        for (; q < k; q++) {
            float y0 = b.getAtIndex(F, b0 + q), y1 = b.getAtIndex(F, b1 + q), y2 = b.getAtIndex(F, b2 + q);
            long[] rows = {a0, a1, a2, a3};
            for (int r = 0; r < 4; r++) {
                float x = a.getAtIndex(F, rows[r] + q);
                t[3 * r] += x * y0;
                t[3 * r + 1] += x * y1;
                t[3 * r + 2] += x * y2;
            }
        }
        for (int r = 0; r < 4; r++) {
            long row = (long) (i + r) * ldc + j;
            c.setAtIndex(F, row, t[3 * r]);
            c.setAtIndex(F, row + 1, t[3 * r + 1]);
            c.setAtIndex(F, row + 2, t[3 * r + 2]);
        }
    }
}
