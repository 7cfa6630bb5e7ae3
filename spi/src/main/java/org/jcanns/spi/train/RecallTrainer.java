package org.jcanns.spi.train;

import org.jcanns.spi.Tensor;

/**
 * A trainer whose recall updates a recurrent network from each cue until its state stops changing or an update
 * limit is reached (canns' {@code HebbianTrainer.predict} with {@code num_iter}).
 */
public interface RecallTrainer extends Trainer {
    /** The most updates one recall runs (canns' {@code num_iter}). */
    int iterations();

    /** Sets the most updates one recall runs; must be >= 1. */
    void iterations(int max);

    /** Recalls every row of {@code cues} (B, N) into the matching row of {@code out} and reports each trajectory. */
    Recall recall(Tensor cues, Tensor out);

    @Override
    default void predictBatch(Tensor patterns, Tensor out) {
        recall(patterns, out);
    }
}
