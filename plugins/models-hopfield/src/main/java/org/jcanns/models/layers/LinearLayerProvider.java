package org.jcanns.models.layers;

import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** Provides {@code linear-layer}: canns' LinearLayer. */
public final class LinearLayerProvider implements ModelProvider {
    private static final ParameterSpec SPEC = new ParameterSpec("model 'linear-layer'", LinearLayer.params());

    @Override
    public String name() {
        return "linear-layer";
    }

    @Override
    public String description() {
        return "linear feed-forward layer y = W·x with a BCM sliding threshold (for oja, sanger, bcm)";
    }

    @Override
    public ParameterSpec parameters() {
        return SPEC;
    }

    @Override
    public Model create(Params params, ModelContext context) {
        return new LinearLayer(params, context);
    }
}
