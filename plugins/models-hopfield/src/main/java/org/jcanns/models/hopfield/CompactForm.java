package org.jcanns.models.hopfield;

import java.lang.foreign.Arena;
import org.jcanns.core.kernel.int8.Int8Matrix;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * {@code W = scale·A + R}: A an int8 matrix (for ±1 patterns, {@code Σₚ xₚxₚᵀ} takes the values −P..P), R the
 * low-rank mean correction and removed diagonal. Exact up to float rounding, at a quarter of the memory traffic of
 * the float32 matrix.
 */
final class CompactForm implements WeightForm {
    private final Int8Matrix a;
    private final float scale;
    private final LowRankForm correction;
    private final Kernels kernels;

    CompactForm(Int8Matrix a, float scale, LowRankForm correction, Kernels kernels) {
        this.a = a;
        this.scale = scale;
        this.correction = correction;
        this.kernels = kernels;
    }

    @Override
    public String name() {
        return "compact";
    }

    @Override
    public void fields(Tensor states, Tensor out) {
        kernels.int8().gemmBtInt8(states, a, out);
        kernels.elementWise().scale(scale, out);
        correction.addFields(states, out);
    }

    @Override
    public Sweep sweep(Tensor s) {
        Sweep rest = correction.sweep(s);
        Arena arena = Arena.ofAuto();
        Tensor row = s.reshape(1, a.cols());
        Tensor one = Tensor.allocate(arena, 1, 1);
        return new Sweep() {
            @Override
            public float field(int i) {
                kernels.int8().gemmBtInt8(row, a.rows(i, 1), one);
                return scale * one.get(0) + rest.field(i);
            }

            @Override
            public void changed(int i, float delta) {
                rest.changed(i, delta);
            }
        };
    }
}
