package org.jcanns.core.kernel.elementwise;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** ElementWise as plain loops: the reference, and the implementation on any JVM. */
public class ScalarElementWise extends ElementWise {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    @Override
    protected float dot(MemorySegment a, MemorySegment b, int n) {
        float s = 0;
        for (int i = 0; i < n; i++) {
            s += a.getAtIndex(F, i) * b.getAtIndex(F, i);
        }
        return s;
    }

    @Override
    protected float sumOfSquares(MemorySegment a, int n) {
        float s = 0;
        for (int i = 0; i < n; i++) {
            float v = a.getAtIndex(F, i);
            s += v * v;
        }
        return s;
    }

    @Override
    protected float sum(MemorySegment a, int n) {
        float s = 0;
        for (int i = 0; i < n; i++) {
            s += a.getAtIndex(F, i);
        }
        return s;
    }

    @Override
    protected void axpy(float alpha, MemorySegment x, MemorySegment y, int n) {
        for (int i = 0; i < n; i++) {
            y.setAtIndex(F, i, y.getAtIndex(F, i) + alpha * x.getAtIndex(F, i));
        }
    }

    @Override
    protected void scale(float alpha, MemorySegment x, int n) {
        for (int i = 0; i < n; i++) {
            x.setAtIndex(F, i, alpha * x.getAtIndex(F, i));
        }
    }

    @Override
    protected void relu(MemorySegment x, int n) {
        for (int i = 0; i < n; i++) {
            if (x.getAtIndex(F, i) < 0) {
                x.setAtIndex(F, i, 0f);
            }
        }
    }

    @Override
    protected void squareScaled(MemorySegment u, float c, MemorySegment r, int n) {
        for (int i = 0; i < n; i++) {
            float v = u.getAtIndex(F, i);
            r.setAtIndex(F, i, c * (v * v));
        }
    }

    @Override
    protected void leak(MemorySegment x, MemorySegment drive, float gain, float c, int n) {
        for (int i = 0; i < n; i++) {
            float v = x.getAtIndex(F, i);
            x.setAtIndex(F, i, v + c * (gain * drive.getAtIndex(F, i) - v));
        }
    }

    @Override
    protected boolean allFinite(MemorySegment a, int n) {
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(a.getAtIndex(F, i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void mirrorSplit(float[] x, int m, float[] even, float[] odd, int half) {
        even[0] = x[0];
        splitPairs(x, m, even, odd, 1, half + 1);
        if (m % 2 == 0) {
            even[m / 2] = x[m / 2];
        }
    }

    /** Pairs j in [from, to) of {@link #mirrorSplit} (also the vector tier's tail). */
    static void splitPairs(float[] x, int m, float[] even, float[] odd, int from, int to) {
        for (int j = from; j < to; j++) {
            even[j] = x[j] + x[m - j];
            odd[j - 1] = x[j] - x[m - j];
        }
    }

    @Override
    protected void mirrorCombine(float[] even, float[] odd, int m, float[] x, int half) {
        x[0] = even[0];
        combinePairs(even, odd, m, x, 1, half + 1);
        if (m % 2 == 0) {
            x[m / 2] = even[m / 2];
        }
    }

    /** Pairs j in [from, to) of {@link #mirrorCombine} (also the vector tier's tail). */
    static void combinePairs(float[] even, float[] odd, int m, float[] x, int from, int to) {
        for (int j = from; j < to; j++) {
            x[j] = even[j] + odd[j - 1];
            x[m - j] = even[j] - odd[j - 1];
        }
    }

    @Override
    protected void add(float[] a, int aFrom, float[] b, int bFrom, float[] out, int outFrom, int n,
            boolean subtract) {
        for (int i = 0; i < n; i++) {
            out[outFrom + i] = subtract ? a[aFrom + i] - b[bFrom + i] : a[aFrom + i] + b[bFrom + i];
        }
    }
}
