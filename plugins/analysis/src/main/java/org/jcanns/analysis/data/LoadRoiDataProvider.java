package org.jcanns.analysis.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** canns' {@code load_roi_data} and {@code validate_roi_data} as an analyzer: a file in, the array {@code data} out. */
public final class LoadRoiDataProvider extends BasicAnalyzerProvider {
    /** The provider ServiceLoader instantiates. */
    public LoadRoiDataProvider() {
        super("load-roi-data", "ROI data (T, n_roi) from text (np.loadtxt), .npy, .npz or .mat, validated as canns",
                List.of(Param.text("source", null, "the file to read")), p -> Analyzer.of(List.of(), (_, _) -> run(p)));
    }

    private static AnalysisResult run(Params p)
            throws IOException  {
        return AnalysisResult.of(Map.of("data", RoiFiles.load(Path.of(p.getString("source")))));
    }
}
