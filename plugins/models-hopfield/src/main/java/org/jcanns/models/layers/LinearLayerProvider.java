package org.jcanns.models.layers;

import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code linear-layer}: canns' LinearLayer. */
public final class LinearLayerProvider extends BasicModelProvider {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public LinearLayerProvider() {
        super("linear-layer", "linear feed-forward layer y = W·x with a BCM sliding threshold (for oja, sanger, bcm)",
                LinearLayer.params(), LinearLayer::new);
    }
}
