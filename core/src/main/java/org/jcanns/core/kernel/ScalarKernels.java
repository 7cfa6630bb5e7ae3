package org.jcanns.core.kernel;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Plain loops: the reference every other tier is tested against, and the fallback on any JVM. */
public class ScalarKernels extends Kernels {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public String description() {
        return "plain Java loops";
    }

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
    protected boolean allFinite(MemorySegment a, int n) {
        for (int i = 0; i < n; i++) {
            if (!Float.isFinite(a.getAtIndex(F, i))) {
                return false;
            }
        }
        return true;
    }
}
