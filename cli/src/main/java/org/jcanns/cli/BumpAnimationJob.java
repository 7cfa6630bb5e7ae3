package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;

/** canns' 1D bump animation of fitted bumps, drawn by the java2d backend's {@code bump-1d-animation} figure. */
final class BumpAnimationJob {
    static final String FIGURE = "bump-1d-animation";
    private final PlotBackend backend;
    private final Map<String, String> options;
    private final boolean quiet;

    BumpAnimationJob(Registry registry, Map<String, String> options, boolean quiet) {
        PlotBackendProvider provider = registry.plotBackends().get("java2d");
        this.backend = provider.create(provider.parameters().defaults());
        this.options = options;
        this.quiet = quiet;
    }

    /** Checks the options against the figure's preset before any work is done. */
    Params validate() {
        return backend.options(FIGURE).parse(options);
    }

    /** Renders the animation of {@code fits} (n, 4) into {@code out}. */
    Path render(NumericArray fits, Path out) throws IOException {
        try (Arena arena = Arena.ofConfined(); ConsoleProgress bar = ConsoleProgress.of("plot    ", quiet)) {
            return backend.render(FIGURE, Map.of("fits", fits.toTensor(arena)), validate(), out, bar);
        }
    }
}
