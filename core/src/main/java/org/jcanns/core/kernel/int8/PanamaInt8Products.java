package org.jcanns.core.kernel.int8;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.jcanns.core.kernel.Lanes;

/**
 * {@code C = A·Qᵀ} on the Vector API, Q widened from int8 to float in registers; created only once the
 * {@code panama} tier's check has passed, so a JVM without {@code jdk.incubator.vector} never links it.
 */
public class PanamaInt8Products extends ScalarInt8Products {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    // As many bytes as float lanes: one int8 load widens into exactly one float vector.
    private static final VectorSpecies<Byte> B = VectorSpecies.of(byte.class, VectorShape.forBitSize(L * Byte.SIZE));
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    private static final ValueLayout.OfByte I8 = ValueLayout.JAVA_BYTE;

    @Override
    protected void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        gemmBt(a, q, c, m, n, k);
    }

    private static FloatVector a(MemorySegment m, long index) {
        return FloatVector.fromMemorySegment(S, m, index * Float.BYTES, NATIVE);
    }

    private static FloatVector q(MemorySegment m, long index) {
        return (FloatVector) ByteVector.fromMemorySegment(B, m, index, NATIVE).convertShape(VectorOperators.B2F, S, 0);
    }

    static void gemmBt(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        // The vector loops live in small methods called once per block: a long loop carrying vectors that only
        // on-stack replacement compiles keeps them boxed, which is a thousand times slower.
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            // Four rows of A share every widened row of Q: the int8 matrix is streamed once per four rows of A.
            int j = 0;
            for (; j + 2 <= n; j += 2) {
                block4x2(a, q, c, i, j, n, k);
            }
            for (; j < n; j++) {
                for (int r = i; r < i + 4; r++) {
                    c.setAtIndex(F, (long) r * n + j, dot(a, (long) r * k, q, (long) j * k, k));
                }
            }
        }
        for (; i < m; i++) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                block1x4(a, q, c, i, j, n, k);
            }
            for (; j < n; j++) {
                c.setAtIndex(F, (long) i * n + j, dot(a, (long) i * k, q, (long) j * k, k));
            }
        }
    }

    /** Rows i..i+3 of A against rows j, j+1 of Q: 8 accumulators, each widened Q vector feeding 4 FMAs. */
    private static void block4x2(MemorySegment a, MemorySegment q, MemorySegment c, int i, int j, int n, int k) {
        long a0 = (long) i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
        long q0 = (long) j * k, q1 = q0 + k;
        int bound = S.loopBound(k);
        FloatVector s00 = FloatVector.zero(S), s01 = s00, s10 = s00, s11 = s00;
        FloatVector s20 = s00, s21 = s00, s30 = s00, s31 = s00;
        for (int l = 0; l < bound; l += L) {
            FloatVector w0 = q(q, q0 + l), w1 = q(q, q1 + l);
            FloatVector x = a(a, a0 + l);
            s00 = w0.fma(x, s00);
            s01 = w1.fma(x, s01);
            x = a(a, a1 + l);
            s10 = w0.fma(x, s10);
            s11 = w1.fma(x, s11);
            x = a(a, a2 + l);
            s20 = w0.fma(x, s20);
            s21 = w1.fma(x, s21);
            x = a(a, a3 + l);
            s30 = w0.fma(x, s30);
            s31 = w1.fma(x, s31);
        }
        store(c, a, q, (long) i * n + j, a0, q0, bound, k, s00);
        store(c, a, q, (long) i * n + j + 1, a0, q1, bound, k, s01);
        store(c, a, q, (long) (i + 1) * n + j, a1, q0, bound, k, s10);
        store(c, a, q, (long) (i + 1) * n + j + 1, a1, q1, bound, k, s11);
        store(c, a, q, (long) (i + 2) * n + j, a2, q0, bound, k, s20);
        store(c, a, q, (long) (i + 2) * n + j + 1, a2, q1, bound, k, s21);
        store(c, a, q, (long) (i + 3) * n + j, a3, q0, bound, k, s30);
        store(c, a, q, (long) (i + 3) * n + j + 1, a3, q1, bound, k, s31);
    }

    /** Row i of A against rows j..j+3 of Q: each loaded slice of A feeds 4 FMAs. */
    private static void block1x4(MemorySegment a, MemorySegment q, MemorySegment c, int i, int j, int n, int k) {
        long a0 = (long) i * k;
        long q0 = (long) j * k, q1 = q0 + k, q2 = q1 + k, q3 = q2 + k;
        int bound = S.loopBound(k);
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        for (int l = 0; l < bound; l += L) {
            FloatVector x = a(a, a0 + l);
            s0 = q(q, q0 + l).fma(x, s0);
            s1 = q(q, q1 + l).fma(x, s1);
            s2 = q(q, q2 + l).fma(x, s2);
            s3 = q(q, q3 + l).fma(x, s3);
        }
        long row = (long) i * n + j;
        store(c, a, q, row, a0, q0, bound, k, s0);
        store(c, a, q, row + 1, a0, q1, bound, k, s1);
        store(c, a, q, row + 2, a0, q2, bound, k, s2);
        store(c, a, q, row + 3, a0, q3, bound, k, s3);
    }

    /** Reduces the vector sum, adds the scalar tail from {@code bound} to k, and stores it at C index {@code at}. */
    private static void store(MemorySegment c, MemorySegment a, MemorySegment q, long at, long rowA, long rowQ,
                              int bound, int k, FloatVector sum) {
        float s = Lanes.sum(sum);
        for (int l = bound; l < k; l++) {
            s += a.getAtIndex(F, rowA + l) * q.get(I8, rowQ + l);
        }
        c.setAtIndex(F, at, s);
    }

    private static float dot(MemorySegment a, long rowA, MemorySegment q, long rowQ, int k) {
        FloatVector s = FloatVector.zero(S);
        int bound = S.loopBound(k);
        for (int l = 0; l < bound; l += L) {
            s = q(q, rowQ + l).fma(a(a, rowA + l), s);
        }
        float t = Lanes.sum(s);
        for (int l = bound; l < k; l++) {
            t += a.getAtIndex(F, rowA + l) * q.get(I8, rowQ + l);
        }
        return t;
    }
}
