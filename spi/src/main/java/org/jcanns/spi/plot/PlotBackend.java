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

    /** The arrays {@code figure} reads, with their shapes; tools build inputs and listings from them. */
    List<FigureArray> arrays(String figure);

    /** The file format {@code figure} writes: {@code png} for a still, {@code gif} for an animation. */
    String format(String figure);

    /** The options of {@code figure} (its preset's fields and defaults). */
    ParameterSpec options(String figure);

    /** Draws {@code figure} from {@code data} into {@code out} (written atomically) and returns the path. */
    Path render(String figure, Map<String, Tensor> data, Params options, Path out, ProgressListener progress)
            throws IOException;
}
