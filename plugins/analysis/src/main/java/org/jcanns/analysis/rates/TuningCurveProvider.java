package org.jcanns.analysis.rates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.analysis.Inputs;
import org.jcanns.core.analysis.BinnedStatistic;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** The numbers behind canns' {@code tuning_curve}: each neuron's mean rate in equal-width stimulus bins. */
public final class TuningCurveProvider extends BasicAnalyzerProvider {
    private static final String NAME = "tuning-curve";

    /** The provider ServiceLoader instantiates. */
    public TuningCurveProvider() {
        super(NAME, "mean rate of each neuron per stimulus bin (canns' tuning_curve, binned_statistic mean)",
                List.of(Param.integer("num_bins", 50, "stimulus bins").atLeast(1)),
                p -> Analyzer.of(List.of(new AnalysisInput("stimulus", "(T) stimulus value per step", true),
                        new AnalysisInput("rates", "(T, N) rate per step", true)),
                        (in, _) -> run(p, in)));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in) {
        NumericArray stimulus = Inputs.requireRank(Inputs.require(in, "stimulus", NAME), 1,
                "stimulus", "(T)");
        NumericArray rates = Inputs.requireRank(Inputs.require(in, "rates", NAME), 2, "rates",
                "(T, N)");
        int t = rates.dim(0);
        int n = rates.dim(1);
        if (stimulus.dim(0) != t) {
            throw new IllegalArgumentException("stimulus: expected " + t + " values (one per row of "
                    + "rates), got " + stimulus.dim(0));
        }
        int bins = p.getInt("num_bins");
        double[] means = new double[n * bins];
        double[] edges = null;
        double[] column = new double[t];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < t; i++) {
                column[i] = rates.get(i, j);
            }
            BinnedStatistic s = BinnedStatistic.mean(stimulus.values(), column, bins);
            System.arraycopy(s.means(), 0, means, j * bins, bins);
            edges = s.edges();
        }
        double[] centres = new double[bins];
        for (int b = 0; b < bins && edges != null; b++) {
            centres[b] = 0.5 * (edges[b] + edges[b + 1]);
        }
        Map<String, NumericArray> out = new LinkedHashMap<>();
        out.put("bin_centers", NumericArray.of(centres));
        out.put("tuning", NumericArray.of(means, n, bins));
        return AnalysisResult.of(out);
    }
}
