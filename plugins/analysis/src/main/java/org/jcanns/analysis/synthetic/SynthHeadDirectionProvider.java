package org.jcanns.analysis.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** {@link SyntheticHeadDirection} as an analyzer: spikes, {@code t}, {@code heading}, {@code preferred_direction}. */
public final class SynthHeadDirectionProvider extends BasicAnalyzerProvider {
    /** The provider ServiceLoader instantiates. */
    public SynthHeadDirectionProvider() {
        super("synth-hd", "seeded synthetic head-direction cell spikes", params(), p -> Analyzer.of(List.of(), (_, _) -> run(p)));
    }

    private static List<Param> params() {
        SyntheticHeadDirection d = SyntheticHeadDirection.defaults();
        return List.of(Param.integer("seed", 0, "random seed"),
                Param.integer("cells", d.cells(), "number of cells").atLeast(1),
                Param.real("duration", d.duration(), "recording length (s)").positive(),
                Param.real("dt", d.dt(), "sampling step (s)").positive(),
                Param.real("peak_rate", d.peakRate(), "rate at the preferred direction above the base (Hz)").positive(),
                Param.real("base_rate", d.baseRate(), "background rate (Hz)").atLeast(0),
                Param.real("kappa", d.kappa(), "tuning sharpness").positive(),
                Param.real("turning", d.turning(), "angular-velocity innovations (rad/s per step)").atLeast(0));
    }

    private static AnalysisResult run(Params p) {
        SyntheticHeadDirection.Data d = new SyntheticHeadDirection(p.getInt("cells"), p.getDouble("duration"),
                p.getDouble("dt"), p.getDouble("peak_rate"), p.getDouble("base_rate"), p.getDouble("kappa"),
                p.getDouble("turning")).generate(p.getInt("seed"));
        Map<String, NumericArray> out = new LinkedHashMap<>(d.recording().arrays());
        out.put("heading", NumericArray.of(d.heading()));
        out.put("preferred_direction", NumericArray.of(d.preferred()));
        return AnalysisResult.of(out);
    }
}
