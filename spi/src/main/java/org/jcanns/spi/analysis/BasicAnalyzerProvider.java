package org.jcanns.spi.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jcanns.spi.BasicProvider;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * An {@link AnalyzerProvider} made of its parts: a name, a one-line description, the parameters and a constructor.
 * A concrete provider passes them to this constructor from its own public no-argument constructor (which
 * {@link java.util.ServiceLoader} calls).
 */
public abstract class BasicAnalyzerProvider extends BasicProvider implements AnalyzerProvider {
    private final Function<Params, Analyzer> factory;

    /** A provider called {@code name} whose analyzers {@code factory} builds from validated parameters. */
    protected BasicAnalyzerProvider(String name, String description, List<Param> params,
                                    Function<Params, Analyzer> factory) {
        super("analyzer", name, description, params);
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public final Analyzer create(Params params) {
        return factory.apply(params);
    }
}
