package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.analysis.Inputs;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;

/** canns' 1D bump animation of fitted bumps, drawn by the java2d backend's {@code bump-1d-animation} figure. */
final class BumpAnimationJob {
    static final String FIGURE = "bump-1d-animation";
    private final List<Path> pluginPath;
    private final Map<String, String> options;
    private final boolean quiet;

    BumpAnimationJob(List<Path> pluginPath, Map<String, String> options, boolean quiet) {
        this.pluginPath = pluginPath;
        this.options = options;
        this.quiet = quiet;
    }

    /** Checks the options against the figure's preset before any work is done. */
    void validate() throws IOException {
        try (Registry registry = Registry.discover(pluginPath)) {
            PlotBackendProvider provider = registry.plotBackends().get("java2d");
            PlotBackend b = provider.create(provider.parameters().defaults());
            b.options(FIGURE).parse(options);
        }
    }

    /** Renders the animation of {@code fits} (n, 4) into {@code out}. */
    Path render(NumericArray fits, Path out) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            return PlotCommand.render(pluginPath, "java2d", FIGURE, Map.of("fits", Inputs.tensor(fits, arena)),
                    options, out, quiet);
        }
    }
}
