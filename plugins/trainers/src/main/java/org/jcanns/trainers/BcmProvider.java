package org.jcanns.trainers;

import org.jcanns.spi.train.SlidingThresholdLayer;

/** Provides {@code bcm}: BCM sliding-threshold plasticity. */
public final class BcmProvider extends RuleProvider<SlidingThresholdLayer> {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public BcmProvider() {
        super("bcm", "BCM sliding-threshold plasticity",
                BcmTrainer.params(), SlidingThresholdLayer.class, "a layer with a sliding threshold (such as linear-layer)",
                BcmTrainer::new);
    }
}
