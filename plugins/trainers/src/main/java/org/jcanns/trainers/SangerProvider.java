package org.jcanns.trainers;

import org.jcanns.spi.train.FeedForwardLayer;

/** Provides {@code sanger}: Sanger's generalised Hebbian algorithm: the leading principal components, orthogonal. */
public final class SangerProvider extends RuleProvider<FeedForwardLayer> {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public SangerProvider() {
        super("sanger", "Sanger's generalised Hebbian algorithm: the leading principal components, orthogonal",
                SangerTrainer.params(), FeedForwardLayer.class, "a feed-forward layer (such as linear-layer)",
                SangerTrainer::new);
    }
}
