package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;

/** One figure of the java2d backend with options checked before any work, rendered from analysis arrays. */
final class BackendFigure {
    private final PlotBackend backend;
    private final String figure;
    private final Map<String, String> options;
    private final boolean quiet;

    BackendFigure(Registry registry, String figure, Map<String, String> options, boolean quiet) {
        PlotBackendProvider provider = registry.plotBackends().get("java2d");
        this.backend = provider.create(provider.parameters().defaults());
        this.figure = figure;
        this.options = options;
        this.quiet = quiet;
    }

    /** The options checked against the figure's preset (one-line errors naming the bad one). */
    Params validate() {
        return backend.options(figure).parse(options);
    }

    /** Renders {@code data} (float64 arrays, drawn as float32) into {@code out}. */
    Path render(Map<String, NumericArray> data, Path out) throws IOException {
        try (Arena arena = Arena.ofShared(); ConsoleProgress bar = ConsoleProgress.of("plot    ", quiet)) {
            Map<String, org.jcanns.spi.Tensor> tensors = new LinkedHashMap<>();
            data.forEach((k, v) -> tensors.put(k, v.toTensor(arena)));
            return backend.render(figure, tensors, validate(), out, bar);
        }
    }
}
