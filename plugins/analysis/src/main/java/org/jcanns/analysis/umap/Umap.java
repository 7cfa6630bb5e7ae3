package org.jcanns.analysis.umap;

import java.util.SplittableRandom;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.batch.BatchThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UMAP (McInnes, Healy, Melville 2018) as umap-learn's {@code fit_transform} runs it: the k-nearest-neighbour graph
 * (exact, or NN-descent), its fuzzy simplicial set, edges weaker than max/epochs dropped, a spectral layout
 * scaled to [0, 10], then SGD with negative sampling. The same seed gives the same embedding whatever the thread
 * count.
 */
public final class Umap {
    private static final Logger LOG = LoggerFactory.getLogger(Umap.class);
    private static final int EXACT_BELOW = 4096;

    private Umap() {
    }

    /** The (n, n_components) float32 embedding, row-major, of the n rows of {@code x} ({@code dim} values each). */
    public static float[] fit(double[] x, int n, int dim, UmapConfig config, int threads, ProgressListener progress) {
        if (dim < 1 || (long) n * dim != x.length) {
            throw new IllegalArgumentException("data: expected " + n + " rows of " + dim + " values, got "
                    + x.length + " values");
        }
        if (n < config.nComponents() + 2 || n < 3) {
            throw new IllegalArgumentException("data: UMAP to " + config.nComponents() + " dimensions needs at least "
                    + Math.max(3, config.nComponents() + 2) + " rows, got " + n);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("data: row " + i / dim + ", column " + i % dim + " is " + x[i]
                        + "; expected finite values");
            }
        }
        int k = Math.min(config.nNeighbors(), n - 1);
        if (k < config.nNeighbors()) {
            LOG.warn("n_neighbors {} is not below the {} points; using {}", config.nNeighbors(), n, k);
        }
        int epochs = config.nEpochs() > 0 ? config.nEpochs() : (n <= 10000 ? 500 : 200);
        boolean exact = config.neighbors() == UmapConfig.Neighbors.EXACT
                || (config.neighbors() == UmapConfig.Neighbors.AUTO && n < EXACT_BELOW);
        // Progress: neighbours as one unit per 1% of the rows (or per NN-descent round), then one per epoch.
        long neighborUnits = exact ? 100 : 20;
        long total = neighborUnits + 1 + epochs;
        try (BatchThreads pool = new BatchThreads(threads)) {
            long t0 = System.nanoTime();
            KnnGraph knn = exact
                    ? ExactNeighbors.of(x, n, dim, k, config.metric(), pool, i -> progress.update(
                            Math.min(neighborUnits, (long) i * neighborUnits * pool.chunks(n) / n), total))
                    : NearestNeighborDescent.of(x, n, dim, k, config.metric(), config.seed(), pool,
                            r -> progress.update(Math.min(neighborUnits, r), total));
            progress.update(neighborUnits, total);
            long t1 = System.nanoTime();
            FuzzyGraph graph = FuzzyGraph.of(knn);
            graph = graph.without(graph.maxWeight() / epochs);
            long t2 = System.nanoTime();
            float[] embedding = initialLayout(graph, x, dim, config);
            progress.update(neighborUnits + 1, total);
            long t3 = System.nanoTime();
            LayoutOptimizer.optimize(embedding, config.nComponents(), graph, epochs,
                    CurveParameters.fit(config.spread(), config.minDist()), config.learningRate(),
                    config.negativeSampleRate(), config.repulsionStrength(), config.seed(), pool,
                    e -> progress.update(neighborUnits + 1 + e, total));
            LOG.info("umap: {} points, {} kNN {} s, fuzzy set {} s ({} edges), spectral layout {} s, {} epochs {} s",
                    n, exact ? "exact" : "NN-descent", seconds(t1 - t0), seconds(t2 - t1), graph.entries(),
                    seconds(t3 - t2), epochs, seconds(System.nanoTime() - t3));
            return embedding;
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }

    /**
     * The spectral layout scaled to a largest coordinate of 10 plus N(0, 10⁻⁴) noise, then each axis mapped onto
     * [0, 10] (umap-learn's {@code noisy_scale_coords} and its min-max step).
     */
    static float[] initialLayout(FuzzyGraph graph, double[] x, int dataDim, UmapConfig config) {
        int dim = config.nComponents();
        double[] init = SpectralLayout.of(graph, x, dim, dataDim, config.metric(), config.seed());
        double max = 0;
        for (double v : init) {
            max = Math.max(max, Math.abs(v));
        }
        double expansion = max > 0 ? 10 / max : 1;
        SplittableRandom rng = RandomKeys.stream(config.seed(), 6, 0);
        float[] e = new float[init.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = (float) (init[i] * expansion) + (float) (rng.nextGaussian() * 1e-4);
        }
        int n = graph.n();
        for (int d = 0; d < dim; d++) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, e[i * dim + d]);
                hi = Math.max(hi, e[i * dim + d]);
            }
            float range = hi > lo ? hi - lo : 1;
            for (int i = 0; i < n; i++) {
                e[i * dim + d] = 10.0f * (e[i * dim + d] - lo) / range;
            }
        }
        return e;
    }
}
