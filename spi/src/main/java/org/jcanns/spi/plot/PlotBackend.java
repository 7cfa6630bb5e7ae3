package org.jcanns.spi.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** Renders named figures (PNG) and animations (GIF) from arrays, headless. */
public interface PlotBackend {
    /** The figure kinds this backend draws, e.g. {@code energy-1d}. */
    List<String> figures();

    /** The options of {@code figure} (its preset's fields and defaults). */
    ParameterSpec options(String figure);

    /** Draws {@code figure} from {@code data} into {@code out} (written atomically) and returns the path. */
    Path render(String figure, Map<String, Tensor> data, Params options, Path out, ProgressListener progress)
            throws IOException;
}
