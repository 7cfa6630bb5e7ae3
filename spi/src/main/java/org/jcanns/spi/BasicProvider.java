package org.jcanns.spi;

import java.util.List;
import java.util.Objects;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;

/**
 * The part every provider has in common: its name, its one-line description and the {@link ParameterSpec} of its
 * parameters, owned by "{@code kind 'name'}" (e.g. {@code model 'cann1d'}) in error messages.
 */
public abstract class BasicProvider implements Provider {
    private final String name;
    private final String description;
    private final ParameterSpec spec;

    /** A provider of a {@code kind} of object (model, task, ...) called {@code name}, taking {@code params}. */
    protected BasicProvider(String kind, String name, String description, List<Param> params) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.spec = new ParameterSpec(kind + " '" + name + "'", params);
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
}
