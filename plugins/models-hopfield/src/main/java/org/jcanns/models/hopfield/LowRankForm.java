package org.jcanns.models.hopfield;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * {@code W = Σₖ cₖ·uₖ·vₖᵀ − diag(d)}: K outer products and a removed diagonal. {@code W·s} costs 2·K·N instead of
 * N²: the form of W after Hebbian learning of K patterns (u = v = the centred patterns) and the mean correction of
 * the compact form.
 */
final class LowRankForm implements WeightForm {
    private final Tensor u;
    private final Tensor v;
    private final double[] coef;
    private final float[] removedDiagonal;
    private final Kernels kernels;
    private final int n;
    private final float[] hBuffer;
    private final float[] sBuffer;

    /** {@code u} and {@code v} are (K, N) (the same tensor for a symmetric W); {@code removedDiagonal} may be null. */
    LowRankForm(Tensor u, Tensor v, double[] coef, float[] removedDiagonal, Kernels kernels) {
        this.u = u;
        this.v = v;
        this.coef = coef.clone();
        this.removedDiagonal = removedDiagonal;
        this.kernels = kernels;
        this.n = u.dim(1);
        this.hBuffer = new float[removedDiagonal == null ? 0 : n];
        this.sBuffer = new float[removedDiagonal == null ? 0 : n];
    }

    @Override
    public String name() {
        return "low-rank";
    }

    /** Number of outer products K. */
    int rank() {
        return coef.length;
    }

    @Override
    public void fields(Tensor states, Tensor out) {
        out.fill(0);
        addFields(states, out);
    }

    /** Adds {@code W·s} of every row of {@code states} to the matching row of {@code out}. */
    void addFields(Tensor states, Tensor out) {
        for (int b = 0; b < states.dim(0); b++) {
            Tensor s = states.slice(b);
            Tensor h = out.slice(b);
            for (int k = 0; k < coef.length; k++) {
                float m = kernels.elementWise().dot(v.slice(k), s);
                kernels.elementWise().axpy((float) (coef[k] * m), u.slice(k), h);
            }
            if (removedDiagonal != null) {
                // On reused heap copies: a tight loop there beats element access to off-heap memory.
                MemorySegment.copy(h.segment(), ValueLayout.JAVA_FLOAT, 0, hBuffer, 0, n);
                MemorySegment.copy(s.segment(), ValueLayout.JAVA_FLOAT, 0, sBuffer, 0, n);
                for (int i = 0; i < n; i++) {
                    hBuffer[i] -= removedDiagonal[i] * sBuffer[i];
                }
                MemorySegment.copy(hBuffer, 0, h.segment(), ValueLayout.JAVA_FLOAT, 0, n);
            }
        }
    }

    @Override
    public Sweep sweep(Tensor s) {
        // m_k = v_k·s, kept in double and updated as single neurons change: a field then costs K, not N.
        double[] m = new double[coef.length];
        for (int k = 0; k < coef.length; k++) {
            long row = (long) k * n;
            double acc = 0;
            for (int j = 0; j < n; j++) {
                acc += (double) v.get(row + j) * s.get(j);
            }
            m[k] = acc;
        }
        return new Sweep() {
            @Override
            public float field(int i) {
                double h = 0;
                for (int k = 0; k < coef.length; k++) {
                    h += coef[k] * u.get((long) k * n + i) * m[k];
                }
                if (removedDiagonal != null) {
                    h -= (double) removedDiagonal[i] * s.get(i);
                }
                return (float) h;
            }

            @Override
            public void changed(int i, float delta) {
                for (int k = 0; k < coef.length; k++) {
                    m[k] += (double) v.get((long) k * n + i) * delta;
                }
            }
        };
    }
}
