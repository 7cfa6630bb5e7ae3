package org.jcanns.models.layers;

import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code spiking-layer}: canns' SpikingLayer. */
public final class SpikingLayerProvider extends BasicModelProvider {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public SpikingLayerProvider() {
        super("spiking-layer", "leaky integrate-and-fire layer with spike traces (for stdp)", SpikingLayer.params(),
                SpikingLayer::new);
    }
}
