package org.jcanns.trainers;

import org.jcanns.spi.train.RecurrentMemory;

/** Provides {@code anti-hebbian}: the Hebbian rule with the outer products subtracted (W - dW). */
public final class AntiHebbianProvider extends RuleProvider<RecurrentMemory> {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public AntiHebbianProvider() {
        super("anti-hebbian", "the Hebbian rule with the outer products subtracted (W - dW)",
                HebbianTrainer.params(), RecurrentMemory.class, "a recurrent network with a square weight matrix (such as amari-hopfield)",
                AntiHebbianTrainer::new);
    }
}
