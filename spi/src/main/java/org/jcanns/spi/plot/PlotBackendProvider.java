package org.jcanns.spi.plot;

import org.jcanns.spi.Provider;
import org.jcanns.spi.param.Params;

/** Creates plot backends; found by the registry through {@link java.util.ServiceLoader}. */
public interface PlotBackendProvider extends Provider {
    /** A new backend with validated {@code params}. */
    PlotBackend create(Params params);
}
