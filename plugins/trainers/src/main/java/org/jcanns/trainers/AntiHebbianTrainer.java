package org.jcanns.trainers;

import java.util.Map;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.RecurrentMemory;

/** canns' AntiHebbianTrainer: the Hebbian rule with the outer products subtracted, {@code W ← W − ΔW}. */
public final class AntiHebbianTrainer extends HebbianTrainer {
    /** An anti-Hebbian trainer for {@code model} with validated parameters (those of {@link HebbianTrainer}). */
    public AntiHebbianTrainer(RecurrentMemory model, Params p) {
        super(model, p, true);
    }

    /** An anti-Hebbian trainer with canns' defaults. */
    public static AntiHebbianTrainer antiOf(RecurrentMemory model) {
        return new AntiHebbianTrainer(model, SPEC.parse(Map.of()));
    }
}
