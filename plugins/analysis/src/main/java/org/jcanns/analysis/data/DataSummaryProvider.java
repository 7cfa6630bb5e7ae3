package org.jcanns.analysis.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Params;

/**
 * canns' {@code get_data_summary} as an analyzer: of ROI data ({@code data}) or of a grid recording
 * ({@code spike_times}, {@code spike_counts}, {@code t}, optional {@code x}, {@code y}); every numeric entry becomes a
 * 0-d result array named by its key path ({@code spike_counts.mean}, ...).
 */
public final class DataSummaryProvider extends BasicAnalyzerProvider {
    private static final String NAME = "data-summary";
    private static final List<AnalysisInput> INPUTS = List.of(
            new AnalysisInput("data", "(T, n_roi) ROI data, or give the grid arrays", false),
            new AnalysisInput("spike_times", "(S) s, all cells concatenated", false),
            new AnalysisInput("spike_counts", "(N) spikes per cell", false),
            new AnalysisInput("t", "(T) s", false),
            new AnalysisInput("x", "(T) m", false),
            new AnalysisInput("y", "(T) m", false));

    /** The provider ServiceLoader instantiates. */
    public DataSummaryProvider() {
        super(NAME, "summary statistics of ROI data or a grid-cell recording (canns' get_data_summary)", List.of(),
                _ -> Analyzer.of(INPUTS, (in, _) -> summary(in)));
    }

    private static void flatten(String prefix, Map<String, Object> s, Map<String, NumericArray> out) {
        s.forEach((k, v) -> {
            if (v instanceof Number n) {
                out.put(prefix + k, NumericArray.scalar(n.doubleValue()));
            } else if (v instanceof Boolean b) {
                out.put(prefix + k, NumericArray.scalar(b ? 1 : 0));
            } else if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) m;
                flatten(prefix + k + ".", inner, out);
            }
        });
    }

    private static AnalysisResult summary(Map<String, NumericArray> in) {
        Map<String, Object> s = in.containsKey("data") ? DataSummary.of(in.get("data"))
                : DataSummary.of(GridFiles.validate(in, "input"));
        Map<String, NumericArray> out = new LinkedHashMap<>();
        flatten("", s, out);
        return AnalysisResult.of(out);
    }
}
