package org.jcanns.models.cann;

import java.util.List;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** The shape every CANN provider shares: a name, a one-line description, a parameter spec and a constructor. */
abstract class CannProvider implements ModelProvider {
    /** How a provider builds its model. */
    @FunctionalInterface
    interface Factory {
        Cann create(Params params, double dt, Kernels kernels);
    }

    private final String name;
    private final String description;
    private final ParameterSpec spec;
    private final Factory factory;

    CannProvider(String name, String description, List<Param> params, Factory factory) {
        this.name = name;
        this.description = description;
        this.spec = new ParameterSpec("model '" + name + "'", params);
        this.factory = factory;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ParameterSpec parameters() {
        return spec;
    }

    @Override
    public final Model create(Params params, ModelContext context) {
        return factory.create(params, context.dt(), Kernels.active());
    }
}
