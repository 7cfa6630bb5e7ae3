package org.jcanns.core.kernel.elementwise;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;
import org.jcanns.core.kernel.Lanes;

/**
 * ElementWise on the Vector API at the preferred width (512 bits on AVX-512 machines, 256 on AVX2); created only
 * once the {@code panama} tier's check has passed, so a JVM without {@code jdk.incubator.vector} never links it.
 */
public class PanamaElementWise extends ScalarElementWise {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    /** Lane i ↔ lane L − 1 − i: reads the mirrored end of a range in ascending order. */
    /** Lane i ↔ lane L − 1 − i: reads the mirrored end of a range in ascending order. */
    private static final VectorShuffle<Float> REVERSE = VectorShuffle.fromOp(S, i -> L - 1 - i);

    private static FloatVector load(MemorySegment m, long index) {
        return FloatVector.fromMemorySegment(S, m, index * Float.BYTES, NATIVE);
    }

    @Override
    protected float dot(MemorySegment a, MemorySegment b, int n) {
        return dotSegments(a, b, n);
    }

    /** Σ a[i]·b[i] over n floats of two off-heap segments, in the tier's fixed order (matrix products share it). */
    public static float dotSegments(MemorySegment a, MemorySegment b, int n) {
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
        float s = Lanes.sum(s0.add(s1).add(s2.add(s3)));
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
        float s = Lanes.sum(s0.add(s1));
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
    protected void relu(MemorySegment x, int n) {
        FloatVector zero = FloatVector.zero(S);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(x, i);
            // Lanes below zero take zero; NaN compares false and is kept.
            v.blend(zero, v.compare(VectorOperators.LT, 0f)).intoMemorySegment(x, (long) i * Float.BYTES, NATIVE);
        }
        super.relu(x.asSlice((long) i * Float.BYTES), n - i);
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
    protected boolean allFinite(MemorySegment a, int n) {
        // v − v is 0 for finite v and NaN for NaN or ±infinity, so one NaN survives the sum.
        FloatVector acc = FloatVector.zero(S);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = load(a, i);
            acc = acc.add(v.sub(v));
        }
        return !Float.isNaN(Lanes.sum(acc))
                && super.allFinite(a.asSlice((long) i * Float.BYTES), n - i);
    }

    /** L pairs at a time: x[m − j − L + 1 .. m − j] loaded once and reversed in registers. */
    @Override
    protected void mirrorSplit(float[] x, int m, float[] even, float[] odd, int half) {
        even[0] = x[0];
        int j = 1;
        for (; j + L - 1 <= half; j += L) {
            FloatVector a = FloatVector.fromArray(S, x, j);
            FloatVector b = FloatVector.fromArray(S, x, m - j - L + 1).rearrange(REVERSE);
            a.add(b).intoArray(even, j);
            a.sub(b).intoArray(odd, j - 1);
        }
        splitPairs(x, m, even, odd, j, half + 1);
        if (m % 2 == 0) {
            even[m / 2] = x[m / 2];
        }
    }

    @Override
    protected void mirrorCombine(float[] even, float[] odd, int m, float[] x, int half) {
        x[0] = even[0];
        int j = 1;
        for (; j + L - 1 <= half; j += L) {
            FloatVector e = FloatVector.fromArray(S, even, j), o = FloatVector.fromArray(S, odd, j - 1);
            e.add(o).intoArray(x, j);
            e.sub(o).rearrange(REVERSE).intoArray(x, m - j - L + 1);
        }
        combinePairs(even, odd, m, x, j, half + 1);
        if (m % 2 == 0) {
            x[m / 2] = even[m / 2];
        }
    }

    @Override
    protected void add(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n,
            boolean subtract) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector x = FloatVector.fromArray(S, a, aFrom + i), y = FloatVector.fromArray(S, b, bFrom + i);
            (subtract ? x.sub(y) : x.add(y)).intoArray(out, outFrom + i);
        }
        super.add(a, aFrom + i, b, bFrom + i, out, outFrom + i, n - i, subtract);
    }
}
