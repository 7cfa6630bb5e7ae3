package org.jcanns.trainers;

import org.jcanns.spi.train.RecurrentMemory;

/** Provides {@code hebbian}: canns' Hebbian rule for Amari-Hopfield memories, with recall. */
public final class HebbianProvider extends RuleProvider<RecurrentMemory> {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public HebbianProvider() {
        super("hebbian", "canns' Hebbian rule for Amari-Hopfield memories, with recall",
                HebbianTrainer.params(), RecurrentMemory.class, "a recurrent network with a square weight matrix (such as amari-hopfield)",
                HebbianTrainer::new);
    }
}
