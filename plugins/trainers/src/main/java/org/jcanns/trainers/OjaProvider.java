package org.jcanns.trainers;

import org.jcanns.spi.train.FeedForwardLayer;

/** Provides {@code oja}: Oja's normalised Hebbian rule: the first principal component. */
public final class OjaProvider extends RuleProvider<FeedForwardLayer> {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public OjaProvider() {
        super("oja", "Oja's normalised Hebbian rule: the first principal component",
                OjaTrainer.params(), FeedForwardLayer.class, "a feed-forward layer (such as linear-layer)",
                OjaTrainer::new);
    }
}
