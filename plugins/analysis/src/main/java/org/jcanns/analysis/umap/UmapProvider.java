package org.jcanns.analysis.umap;

import java.util.List;
import java.util.Map;
import org.jcanns.analysis.Inputs;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** {@link Umap} as an analyzer: {@code data} (n, dim) in, {@code embedding} (n, n_components) out. */
public final class UmapProvider extends BasicAnalyzerProvider {
    private static final String NAME = "umap";

    /** The provider ServiceLoader instantiates. */
    public UmapProvider() {
        super(NAME, "UMAP dimension reduction (umap-learn's algorithm; parallel, the same result for a seed)",
                params(), p -> Analyzer.of(List.of(new AnalysisInput("data", "(n, dim) points, one per row", true)),
                        (in, context) -> run(p, in, context)));
    }

    private static List<Param> params() {
        UmapConfig d = UmapConfig.defaults();
        return List.of(Param.integer("n_neighbors", d.nNeighbors(), "neighbours per point").atLeast(2),
                Param.integer("n_components", d.nComponents(), "dimensions of the embedding").atLeast(1),
                Param.real("min_dist", d.minDist(), "smallest distance between embedded points").atLeast(0),
                Param.real("spread", d.spread(), "scale of the embedded points").positive(),
                Param.choice("metric", d.metric().label(), List.of("euclidean", "manhattan", "chebyshev", "cosine",
                        "correlation"), "distance in the input space"),
                Param.integer("n_epochs", d.nEpochs(), "SGD epochs (0: 500 up to 10000 points, else 200)").atLeast(0),
                Param.real("learning_rate", d.learningRate(), "initial SGD step").positive(),
                Param.real("negative_sample_rate", d.negativeSampleRate(), "negative samples per edge sample")
                        .atLeast(0),
                Param.real("repulsion_strength", d.repulsionStrength(), "weight of negative samples").atLeast(0),
                Param.integer("random_state", 0, "seed"),
                Param.choice("neighbors", d.neighbors().label(), List.of("auto", "exact", "nn-descent"),
                        "kNN search: exact below 4096 points, NN-descent above (auto)"));
    }

    /** The configuration given by validated {@code p}. */
    public static UmapConfig config(Params p) {
        return new UmapConfig(p.getInt("n_neighbors"), p.getInt("n_components"), p.getDouble("min_dist"),
                p.getDouble("spread"), Metric.named(p.getString("metric")), p.getInt("n_epochs"),
                p.getDouble("learning_rate"), p.getDouble("negative_sample_rate"), p.getDouble("repulsion_strength"),
                p.getInt("random_state"), UmapConfig.Neighbors.named(p.getString("neighbors")));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in, AnalysisContext context) {
        NumericArray data = Inputs.requireRank(Inputs.require(in, "data", NAME), 2, "data", "(n, dim)");
        UmapConfig config = config(p);
        float[] y = Umap.fit(data.values(), data.dim(0), data.dim(1), config, context.threads(), context.progress());
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i];
        }
        return AnalysisResult.of(Map.of("embedding", NumericArray.of(out, data.dim(0), config.nComponents())));
    }
}
