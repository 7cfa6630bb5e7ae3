package org.jcanns.core.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels at the preferred width (512 bits on AVX-512 machines). Loaded reflectively by
 * {@link KernelSelection} so that a JVM without {@code jdk.incubator.vector} never links this class.
 */
final class PanamaKernels extends ScalarKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    @Override
    public String name() {
        return "panama";
    }

    @Override
    public String description() {
        return "Vector API, " + S.vectorBitSize() + "-bit (" + L + " floats)";
    }

    private static FloatVector load(MemorySegment m, long index) {
        return FloatVector.fromMemorySegment(S, m, index * Float.BYTES, NATIVE);
    }

    @Override
    protected float dot(MemorySegment a, MemorySegment b, int n) {
        // Four accumulators hide the FMA latency (4 cycles) behind independent chains.
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int i = 0;
        for (int bound = n - 4 * L + 1; i < bound; i += 4 * L) {
            s0 = load(a, i).fma(load(b, i), s0);
            s1 = load(a, i + L).fma(load(b, i + L), s1);
            s2 = load(a, i + 2 * L).fma(load(b, i + 2 * L), s2);
            s3 = load(a, i + 3 * L).fma(load(b, i + 3 * L), s3);
        }
        for (int bound = S.loopBound(n); i < bound; i += L) {
            s0 = load(a, i).fma(load(b, i), s0);
        }
        float s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a.getAtIndex(F, i) * b.getAtIndex(F, i);
        }
        return s;
    }

    @Override
    protected float sumOfSquares(MemorySegment a, int n) {
        return dot(a, a, n);
    }

    @Override
    protected float sum(MemorySegment a, int n) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0;
        int i = 0;
        for (int bound = n - 2 * L + 1; i < bound; i += 2 * L) {
            s0 = s0.add(load(a, i));
            s1 = s1.add(load(a, i + L));
        }
        for (int bound = S.loopBound(n); i < bound; i += L) {
            s0 = s0.add(load(a, i));
        }
        float s = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a.getAtIndex(F, i);
        }
        return s;
    }

    @Override
    protected void axpy(float alpha, MemorySegment x, MemorySegment y, int n) {
        FloatVector a = FloatVector.broadcast(S, alpha);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            load(x, i).fma(a, load(y, i)).intoMemorySegment(y, (long) i * Float.BYTES, NATIVE);
        }
        super.axpy(alpha, x.asSlice((long) i * Float.BYTES), y.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void scale(float alpha, MemorySegment x, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            load(x, i).mul(alpha).intoMemorySegment(x, (long) i * Float.BYTES, NATIVE);
        }
        super.scale(alpha, x.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void squareScaled(MemorySegment u, float c, MemorySegment r, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(u, i);
            v.mul(v).mul(c).intoMemorySegment(r, (long) i * Float.BYTES, NATIVE);
        }
        super.squareScaled(u.asSlice((long) i * Float.BYTES), c, r.asSlice((long) i * Float.BYTES), n - i);
    }

    @Override
    protected void leak(MemorySegment x, MemorySegment drive, float gain, float c, int n) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(x, i);
            load(drive, i).mul(gain).sub(v).mul(c).add(v).intoMemorySegment(x, (long) i * Float.BYTES, NATIVE);
        }
        super.leak(x.asSlice((long) i * Float.BYTES), drive.asSlice((long) i * Float.BYTES), gain, c, n - i);
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
            float t0 = s0.reduceLanes(VectorOperators.ADD), t1 = s1.reduceLanes(VectorOperators.ADD);
            float t2 = s2.reduceLanes(VectorOperators.ADD), t3 = s3.reduceLanes(VectorOperators.ADD);
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
            y.setAtIndex(F, i, dot(a.asSlice((long) i * n * Float.BYTES), x, n));
        }
    }

    @Override
    protected void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        PanamaInt8.gemmBt(a, q, c, m, n, k);
    }

    @Override
    protected boolean allFinite(MemorySegment a, int n) {
        // v − v is 0 for finite v and NaN for NaN or ±infinity, so one NaN survives the sum.
        FloatVector acc = FloatVector.zero(S);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(a, i);
            acc = acc.add(v.sub(v));
        }
        return !Float.isNaN(acc.reduceLanes(VectorOperators.ADD))
                && super.allFinite(a.asSlice((long) i * Float.BYTES), n - i);
    }
}
