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

/** {@link SyntheticRoi} as an analyzer: no inputs; {@code data} (T, n_roi) and the true {@code position} (T) out. */
public final class SynthRoiProvider extends BasicAnalyzerProvider {
    /** The provider ServiceLoader instantiates. */
    public SynthRoiProvider() {
        super("synth-roi", "seeded synthetic ROI traces of a bump drifting on a ring (canns' ROI data set, made here)",
                params(), p -> Analyzer.of(List.of(), (_, _) -> run(p)));
    }

    private static List<Param> params() {
        SyntheticRoi d = SyntheticRoi.defaults();
        return List.of(Param.integer("seed", 0, "random seed"),
                Param.integer("frames", d.frames(), "time frames T").atLeast(2),
                Param.integer("n_roi", d.rois(), "ROIs on the ring").atLeast(3),
                Param.real("kappa", d.kappa(), "bump concentration").positive(),
                Param.real("amplitude", d.amplitude(), "bump weight (bump_fits' ampli)").positive(),
                Param.real("noise", d.noise(), "Gaussian noise relative to the baseline").atLeast(0),
                Param.real("drift", d.drift(), "angular-velocity innovations (rad per frame)").atLeast(0),
                Param.real("baseline", d.baseline(), "fluorescence without the bump").positive());
    }

    private static AnalysisResult run(Params p) {
        SyntheticRoi.Data d = new SyntheticRoi(p.getInt("frames"), p.getInt("n_roi"),
                p.getDouble("kappa"), p.getDouble("amplitude"), p.getDouble("noise"),
                p.getDouble("drift"), p.getDouble("baseline")).generate(p.getInt("seed"));
        Map<String, NumericArray> out = new LinkedHashMap<>();
        out.put("data", d.data());
        out.put("position", NumericArray.of(d.position()));
        return AnalysisResult.of(out);
    }
}
