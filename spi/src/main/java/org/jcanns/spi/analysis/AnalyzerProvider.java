package org.jcanns.spi.analysis;

import org.jcanns.spi.Provider;
import org.jcanns.spi.param.Params;

/** Creates analyzers of one kind; found by the registry through {@link java.util.ServiceLoader}. */
public interface AnalyzerProvider extends Provider {
    /** A new analyzer with validated {@code params}. */
    Analyzer create(Params params);
}
