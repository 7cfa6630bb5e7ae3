package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Params;

/** canns' 1D bump animation of fitted bumps, drawn by the java2d backend's {@code bump-1d-animation} figure. */
final class BumpAnimationJob {
    static final String FIGURE = "bump-1d-animation";
    private final BackendFigure figure;

    BumpAnimationJob(Registry registry, Map<String, String> options, boolean quiet) {
        this.figure = new BackendFigure(registry, FIGURE, options, quiet);
    }

    /** Checks the options against the figure's preset before any work is done. */
    Params validate() {
        return figure.validate();
    }

    /** Renders the animation of {@code fits} (n, 4) into {@code out}. */
    Path render(NumericArray fits, Path out) throws IOException {
        return figure.render(Map.of("fits", fits), out);
    }
}
