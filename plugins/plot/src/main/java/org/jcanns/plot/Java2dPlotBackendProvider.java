package org.jcanns.plot;

import java.util.List;
import org.jcanns.spi.BasicProvider;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;

/** Provides the {@code java2d} plot backend (PNG figures and animated GIFs, headless). */
public final class Java2dPlotBackendProvider extends BasicProvider implements PlotBackendProvider {
    /** The provider ServiceLoader instantiates. */
    public Java2dPlotBackendProvider() {
        super("plot backend", "java2d",
                "canns' analyzer figures drawn headless with Java2D: PNG stills, animated GIFs rendered in parallel",
                List.of(Param.integer("threads", Runtime.getRuntime().availableProcessors(),
                        "threads rendering animation frames").atLeast(1)));
    }

    @Override
    public PlotBackend create(Params params) {
        return new Java2dPlotBackend(params.getInt("threads"));
    }
}
