package org.jcanns.spi.model;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jcanns.spi.BasicProvider;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * A {@link ModelProvider} made of its parts: a name, a one-line description, the parameters and a constructor.
 * A concrete provider passes them to this constructor from its own public no-argument constructor (which
 * {@link java.util.ServiceLoader} calls).
 */
public abstract class BasicModelProvider extends BasicProvider implements ModelProvider {
    private final BiFunction<Params, ModelContext, Model> factory;

    /** A provider called {@code name} whose models {@code factory} builds from validated parameters. */
    protected BasicModelProvider(String name, String description, List<Param> params,
                                 BiFunction<Params, ModelContext, Model> factory) {
        super("model", name, description, params);
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public final Model create(Params params, ModelContext context) {
        return factory.apply(params, context);
    }
}
