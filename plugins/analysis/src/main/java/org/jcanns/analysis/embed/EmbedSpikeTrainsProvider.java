package org.jcanns.analysis.embed;

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

/** canns' {@code embed_spike_trains} as an analyzer: a grid-cell recording in, {@code spikes} (and xx, yy, tt) out. */
public final class EmbedSpikeTrainsProvider extends BasicAnalyzerProvider {
    private static final String NAME = "embed-spike-trains";

    /** The provider ServiceLoader instantiates. */
    public EmbedSpikeTrainsProvider() {
        super(NAME, "spike counts per 10 ms bin, Gaussian-smoothed and speed-filtered (canns' embed_spike_trains)",
                params(), p -> Analyzer.of(inputs(), (in, context) -> run(p, in)));
    }

    /** canns' {@code SpikeEmbeddingConfig} fields with its defaults. */
    static List<Param> params() {
        SpikeEmbeddingConfig d = SpikeEmbeddingConfig.defaults();
        return List.of(Param.integer("res", d.res(), "time units per second").atLeast(1),
                Param.integer("dt", d.dt(), "bin width in res units").atLeast(1),
                Param.integer("sigma", d.sigma(), "Gaussian smoothing width in res units").atLeast(1),
                Param.bool("smooth", d.smooth(), "smooth the counts in time"),
                Param.bool("speed_filter", d.speedFilter(), "keep only bins where the animal runs"),
                Param.real("min_speed", d.minSpeed(), "speed threshold (cm/s)"));
    }

    /** The configuration given by validated {@code p}. */
    static SpikeEmbeddingConfig config(Params p) {
        return new SpikeEmbeddingConfig(p.getInt("res"), p.getInt("dt"), p.getInt("sigma"), p.getBoolean("smooth"),
                p.getBoolean("speed_filter"), p.getDouble("min_speed"));
    }

    private static List<AnalysisInput> inputs() {
        return List.of(new AnalysisInput("spike_times", "(S) spike times of all cells in seconds, cell by cell", true),
                new AnalysisInput("spike_counts", "(N) spikes per cell", true),
                new AnalysisInput("t", "(T) position sample times (s)", true),
                new AnalysisInput("x", "(T) x positions (m); needed by the speed filter", false),
                new AnalysisInput("y", "(T) y positions (m); needed by the speed filter", false));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in) {
        return AnalysisResult.of(SpikeEmbedding.of(GridFiles.validate(in, NAME), config(p)).arrays());
    }
}
