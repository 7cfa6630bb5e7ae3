package org.jcanns.core.operator;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/** {@code W·r} as a dense matrix-vector product (gemv) of the active kernel tier. */
public final class DenseOperator implements RecurrentOperator {
    private final Tensor w;
    private final Kernels kernels;

    /** Uses {@code w} (shape (n, n), not copied) with {@code kernels}. */
    public DenseOperator(Tensor w, Kernels kernels) {
        if (w.rank() != 2 || w.dim(0) != w.dim(1)) {
            throw new IllegalArgumentException("W must be square (n, n), got " + w);
        }
        this.w = w;
        this.kernels = kernels;
    }

    /** The matrix. */
    public Tensor matrix() {
        return w;
    }

    @Override
    public String name() {
        return "dense";
    }

    @Override
    public int size() {
        return w.dim(0);
    }

    @Override
    public void apply(Tensor r, Tensor out) {
        kernels.products().gemv(w, r.reshape(size()), out.reshape(size()));
    }
}
