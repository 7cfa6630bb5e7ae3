package org.jcanns.trainers;

import org.jcanns.core.kernel.Kernels;
import java.util.List;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.FeedForwardLayer;

/**
 * canns' SangerTrainer, the generalised Hebbian algorithm (Sanger 1989): {@code ΔW = η·(y·xᵀ − LT(y·yᵀ)·W)} with
 * LT the lower triangle including the diagonal; output i converges to the i-th principal component, the rows
 * orthogonal to each other.
 */
public final class SangerTrainer extends OjaTrainer {
    /** The parameters (those of Oja's rule). */
    public static List<Param> params() {
        return OjaTrainer.params();
    }

    /** A Sanger trainer for {@code layer} with validated parameters. */
    public SangerTrainer(FeedForwardLayer layer, Params p, Kernels kernels) {
        super(layer, p, kernels, true);
    }
}
