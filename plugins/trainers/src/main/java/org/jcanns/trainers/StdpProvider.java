package org.jcanns.trainers;

import org.jcanns.spi.train.FeedForwardLayer;

/** Provides {@code stdp}: trace-based spike-timing-dependent plasticity. */
public final class StdpProvider extends RuleProvider<FeedForwardLayer> {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public StdpProvider() {
        super("stdp", "trace-based spike-timing-dependent plasticity",
                StdpTrainer.params(), FeedForwardLayer.class, "a spiking layer with spike traces (such as spiking-layer)",
                StdpTrainer::new);
    }
}
