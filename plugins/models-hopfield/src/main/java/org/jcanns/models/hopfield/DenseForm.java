package org.jcanns.models.hopfield;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/** W as a dense float32 matrix: a mat-vec for one state, one GEMM (W streamed once) for a batch. */
final class DenseForm implements WeightForm {
    private final Tensor w;
    private final Kernels kernels;

    DenseForm(Tensor w, Kernels kernels) {
        this.w = w;
        this.kernels = kernels;
    }

    @Override
    public String name() {
        return "dense";
    }

    @Override
    public void fields(Tensor states, Tensor out) {
        if (states.dim(0) == 1) {
            kernels.products().gemv(w, states.reshape(w.dim(0)), out.reshape(w.dim(0)));
        } else {
            // Row b of S·Wᵀ is W·s_b (W need not be symmetric for this to hold).
            kernels.products().gemmBt(states, w, out);
        }
    }

    @Override
    public Sweep sweep(Tensor s) {
        return new Sweep() {
            @Override
            public float field(int i) {
                return kernels.elementWise().dot(w.slice(i), s);
            }

            @Override
            public void changed(int i, float delta) {
                // Rows are read afresh at every field: nothing to keep up to date.
            }
        };
    }
}
