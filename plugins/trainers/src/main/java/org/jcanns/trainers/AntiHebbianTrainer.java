package org.jcanns.trainers;

import org.jcanns.core.kernel.Kernels;
import java.util.Map;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.RecurrentMemory;

/** canns' AntiHebbianTrainer: the Hebbian rule with the outer products subtracted, {@code W ← W − ΔW}. */
public final class AntiHebbianTrainer extends HebbianTrainer {
    /** An anti-Hebbian trainer for {@code model} with validated parameters (those of {@link HebbianTrainer}). */
    public AntiHebbianTrainer(RecurrentMemory model, Params p, Kernels kernels) {
        super(model, p, kernels, true);
    }

    /** An anti-Hebbian trainer with canns' defaults. */
    public static AntiHebbianTrainer antiOf(RecurrentMemory model, Kernels kernels) {
        return new AntiHebbianTrainer(model, SPEC.parse(Map.of()), kernels);
    }
}
