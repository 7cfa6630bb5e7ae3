package org.jcanns.analysis.rates;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Map;
import org.jcanns.analysis.Inputs;
import org.jcanns.core.analysis.FiringRates;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** canns' {@code normalize_firing_rates} as an analyzer: global min-max or z-score scaling. */
public final class NormalizeRatesProvider extends BasicAnalyzerProvider {
    private static final String NAME = "normalize-firing-rates";

    /** The provider ServiceLoader instantiates. */
    public NormalizeRatesProvider() {
        super(NAME, "(T, N) rates scaled by global min-max or z-score (canns' normalize_firing_rates)",
                List.of(Param.choice("method", "min_max", List.of("min_max", "z_score"), "how to scale")),
                p -> Analyzer.of(List.of(new AnalysisInput("rates", "(T, N)", true)),
                        (in, _) -> run(p, in)));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in) {
        NumericArray rates = Inputs.requireRank(Inputs.require(in, "rates", NAME), 2, "rates",
                "(T, N)");
        try (Arena arena = Arena.ofConfined()) {
            return AnalysisResult.of(Map.of("rates", NumericArray.of(FiringRates.normalize(
                    rates.toTensor(arena), FiringRates.Method.of(p.getString("method")),
                    arena))));
        }
    }
}
