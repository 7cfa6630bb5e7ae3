package org.jcanns.analysis.rates;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Map;
import org.jcanns.analysis.Inputs;
import org.jcanns.core.analysis.SpikeTrains;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** canns' {@code firing_rate_to_spike_train} as an analyzer: seeded Bernoulli spikes from binned rates. */
public final class SpikeTrainProvider extends BasicAnalyzerProvider {
    private static final String NAME = "firing-rate-to-spike-train";

    /** The provider ServiceLoader instantiates. */
    public SpikeTrainProvider() {
        super(NAME, "a seeded Bernoulli spike train from (Tr, N) rates (canns' firing_rate_to_spike_train)",
                List.of(Param.real("dt_rate", null, "width of a rate bin (s)").positive(),
                        Param.real("dt_spike", null, "time step of the spike train (s)").positive(),
                        Param.integer("seed", 0, "random seed")),
                p -> Analyzer.of(List.of(new AnalysisInput("rates", "(Tr, N) rate per bin", true)),
                        (in, _) -> run(p, in)));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in) {
        NumericArray rates = Inputs.requireRank(Inputs.require(in, "rates", NAME), 2, "rates",
                "(Tr, N)");
        try (Arena arena = Arena.ofConfined()) {
            return AnalysisResult.of(Map.of("spikes", NumericArray.of(SpikeTrains.toSpikeTrain(
                    rates.toTensor(arena), p.getDouble("dt_rate"), p.getDouble("dt_spike"),
                    Seeds.generator(p.getInt("seed")), arena))));
        }
    }
}
