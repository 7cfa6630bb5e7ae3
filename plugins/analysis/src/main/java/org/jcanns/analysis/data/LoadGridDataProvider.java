package org.jcanns.analysis.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' {@code load_grid_data} and {@code validate_grid_data} as an analyzer: a {@code .npz} or {@code .mat} file in
 * the plain layout in, {@code spike_times}, {@code spike_counts}, {@code t} (and {@code x}, {@code y}) out.
 */
public final class LoadGridDataProvider extends BasicAnalyzerProvider {
    /** The provider ServiceLoader instantiates. */
    public LoadGridDataProvider() {
        super("load-grid-data", "grid-cell spikes and positions from .npz or .mat in the plain layout, validated",
                List.of(Param.text("source", null, "the file to read")), p -> Analyzer.of(List.of(),
                        (_, _) -> load(p)));
    }

    private static AnalysisResult load(Params p) throws IOException {
        return AnalysisResult.of(GridFiles.load(Path.of(p.getString("source"))).arrays());
    }
}
