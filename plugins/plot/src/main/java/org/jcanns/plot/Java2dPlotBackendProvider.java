package org.jcanns.plot;

import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;

/** Provides the {@code java2d} plot backend (PNG figures and animated GIFs, headless). */
public final class Java2dPlotBackendProvider implements PlotBackendProvider {
    @Override
    public String name() {
        return "java2d";
    }

    @Override
    public String description() {
        return "canns' analyzer figures drawn headless with Java2D: PNG stills, animated GIFs rendered in parallel";
    }

    @Override
    public ParameterSpec parameters() {
        return ParameterSpec.of("plot backend 'java2d'", Param.integer("threads",
                Runtime.getRuntime().availableProcessors(), "threads rendering animation frames").atLeast(1));
    }

    @Override
    public PlotBackend create(Params params) {
        return new Java2dPlotBackend(params.getInt("threads"));
    }
}
