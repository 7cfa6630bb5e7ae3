package org.jcanns.models.layers;

import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** Provides {@code spiking-layer}: canns' SpikingLayer. */
public final class SpikingLayerProvider implements ModelProvider {
    private static final ParameterSpec SPEC = new ParameterSpec("model 'spiking-layer'", SpikingLayer.params());

    @Override
    public String name() {
        return "spiking-layer";
    }

    @Override
    public String description() {
        return "leaky integrate-and-fire layer with spike traces (for stdp)";
    }

    @Override
    public ParameterSpec parameters() {
        return SPEC;
    }

    @Override
    public Model create(Params params, ModelContext context) {
        return new SpikingLayer(params, context);
    }
}
