package org.jcanns.analysis.rates;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Map;
import org.jcanns.analysis.Inputs;
import org.jcanns.core.analysis.SpikeTrains;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** canns' {@code spike_train_to_firing_rate} as an analyzer: spike counts per {@code dt_rate} window. */
public final class FiringRateProvider extends BasicAnalyzerProvider {
    private static final String NAME = "spike-train-to-firing-rate";

    /** The provider ServiceLoader instantiates. */
    public FiringRateProvider() {
        super(NAME, "spike counts per rate window of a (T, N) spike train (canns' spike_train_to_firing_rate)",
                List.of(Param.real("dt_spike", null, "time step of the spike train (s)").positive(),
                        Param.real("dt_rate", null, "width of a rate window (s), >= dt_spike").positive()),
                p -> Analyzer.of(List.of(new AnalysisInput("spikes", "(T, N), non-zero = spike", true)),
                        (in, _) -> run(p, in)));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in) {
        NumericArray spikes = Inputs.requireRank(Inputs.require(in, "spikes", NAME), 2, "spikes",
                "(T, N)");
        try (Arena arena = Arena.ofConfined()) {
            return AnalysisResult.of(Map.of("rates", NumericArray.of(SpikeTrains.toFiringRate(
                    spikes.toTensor(arena), p.getDouble("dt_spike"), p.getDouble("dt_rate"),
                    arena))));
        }
    }
}
