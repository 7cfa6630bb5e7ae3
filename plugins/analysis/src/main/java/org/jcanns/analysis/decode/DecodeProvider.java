package org.jcanns.analysis.decode;

import java.util.List;
import java.util.Map;
import org.jcanns.analysis.data.GridFiles;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** canns' {@code decode_circular_coordinates} as an analyzer: a persistence result and a recording in, canns' keys out. */
public final class DecodeProvider extends BasicAnalyzerProvider {
    private static final String NAME = "decode-circular-coordinates";

    /** The provider ServiceLoader instantiates. */
    public DecodeProvider() {
        super(NAME, "torus coordinates of every time bin from the two longest H1 cocycles (canns' "
                        + "decode_circular_coordinates)",
                List.of(Param.bool("real_ground", true, "the recording has positions: decode speed-filtered bins"),
                        Param.bool("real_of", true, "open-field data: coordsbox is coords")),
                p -> Analyzer.of(inputs(), (in, context) -> run(p, in)));
    }

    private static List<AnalysisInput> inputs() {
        return List.of(new AnalysisInput("dgm1", "(k, 2) H1 births and deaths", true),
                new AnalysisInput("cocycles1", "(rows, 3) H1 cocycles stacked: vertex, vertex, value mod 47", true),
                new AnalysisInput("cocycles1_offsets", "(k + 1) first row of each bar's cocycle", true),
                new AnalysisInput("dperm2all", "(n, n) landmark distances", true),
                new AnalysisInput("indstemp", "(n) landmarks' rows among movetimes", true),
                new AnalysisInput("movetimes", "(m) active time bins of the smoothed embedding", true),
                new AnalysisInput("spike_times", "(S) spike times of all cells (s)", true),
                new AnalysisInput("spike_counts", "(N) spikes per cell", true),
                new AnalysisInput("t", "(T) position sample times (s)", true),
                new AnalysisInput("x", "(T) x positions (m)", false),
                new AnalysisInput("y", "(T) y positions (m)", false));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in) {
        return AnalysisResult.of(CircularDecoding.decode(PersistenceResult.of(in, NAME), GridFiles.validate(in, NAME),
                p.getBoolean("real_ground"), p.getBoolean("real_of")).arrays());
    }
}
