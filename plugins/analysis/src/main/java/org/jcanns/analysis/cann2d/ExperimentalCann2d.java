package org.jcanns.analysis.cann2d;

import org.jcanns.analysis.data.GridRecording;
import org.jcanns.analysis.decode.CircularDecoding;
import org.jcanns.analysis.decode.PersistenceResult;
import org.jcanns.analysis.embed.SpikeEmbedding;
import org.jcanns.analysis.embed.SpikeEmbeddingConfig;
import org.jcanns.analysis.tda.TdaConfig;
import org.jcanns.analysis.tda.TdaResult;
import org.jcanns.analysis.tda.TdaVis;
import org.jcanns.analysis.umap.Umap;
import org.jcanns.analysis.umap.UmapConfig;
import org.jcanns.spi.ProgressListener;

/**
 * canns' {@code experimental_cann2d_analysis} as one call: the recording embedded ({@code embed_spike_trains}),
 * every {@code projectionEvery}-th bin reduced to 3-D by UMAP ({@code plot_projection}'s data), persistent homology
 * of the embedding ({@code tda_vis}), every bin decoded on the torus ({@code decode_circular_coordinates}), and the
 * population activity the torus animation draws. The figures are drawn from the result by the plot plugin.
 */
public final class ExperimentalCann2d {
    private ExperimentalCann2d() {
    }

    /**
     * The chain's settings: the embedding, which rows UMAP reduces (0: no projection), UMAP's and tda_vis' own.
     */
    public record Config(SpikeEmbeddingConfig embedding, int projectionEvery, UmapConfig umap, TdaConfig tda) {
        /** Checks the projection step. */
        public Config {
            if (projectionEvery < 0) {
                throw new IllegalArgumentException("projection_every must be >= 0 (0: no projection), got "
                        + projectionEvery);
            }
        }

        /** canns' example: default embedding, UMAP (15 neighbours, min_dist 0.1, 3 components, seed 42) of every
         * 5th bin, tda_vis' defaults without the shuffle test. */
        public static Config canns() {
            return new Config(SpikeEmbeddingConfig.defaults(), 5, UmapConfig.defaults().with(15, 3, 0.1, 42),
                    TdaConfig.canns().withShuffles(0, 0));
        }

        /** This chain with other tda_vis settings. */
        public Config withTda(TdaConfig t) {
            return new Config(embedding, projectionEvery, umap, t);
        }

        /** This chain with another projection step (0: none) and UMAP configuration. */
        public Config withProjection(int every, UmapConfig u) {
            return new Config(embedding, every, u, tda);
        }
    }

    /**
     * What the chain computed: the embedding, the (rows, 3) projection (null without one), the persistence, the
     * decoding and the activity (row sums of the unsmoothed embedding) the torus animation draws.
     */
    public record Result(SpikeEmbedding embedding, float[] projection, int projectionRows, TdaResult tda,
                         CircularDecoding decoding, double[] activity) {
    }

    /** Runs the chain on {@code recording}; speed-filtered when it has positions, as canns' real_ground. */
    public static Result run(GridRecording recording, Config config, int threads, ProgressListener progress) {
        boolean positions = recording.hasPositions();
        SpikeEmbedding embedding = SpikeEmbedding.of(recording, config.embedding().with(true, positions));
        float[] projection = null;
        int rows = 0;
        if (config.projectionEvery() > 0) {
            int k = config.projectionEvery();
            int cells = embedding.cells();
            rows = (embedding.bins() + k - 1) / k;
            double[] sub = new double[rows * cells];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(embedding.spikes(), r * k * cells, sub, r * cells, cells);
            }
            projection = Umap.fit(sub, rows, cells, config.umap(), threads, ProgressListener.NONE);
        }
        TdaResult tda = TdaVis.run(embedding.spikes(), embedding.bins(), embedding.cells(), config.tda(), threads,
                progress);
        CircularDecoding decoding = CircularDecoding.decode(PersistenceResult.of(tda), recording, positions, true);
        double[] activity = SpikeEmbedding.of(recording, config.embedding().with(false, positions)).rowSums();
        return new Result(embedding, projection, rows, tda, decoding, activity);
    }
}
