package org.jcanns.analysis.tda;

import java.util.Arrays;
import org.jcanns.core.topology.RipsDistances;
import org.jcanns.core.topology.RipsOptions;
import org.jcanns.core.topology.RipsResult;
import org.jcanns.core.topology.VietorisRips;
import org.jcanns.spi.ProgressListener;

/**
 * canns' {@code tda_vis} (§4.10 of the reference): from a (T, N) population activity ({@code embed_spike_trains}'
 * output), every {@code numTimes}-th bin, the {@code activeTimes} bins of largest total activity, z-scored and
 * projected onto {@code dim} principal components; {@code nPoints} landmarks chosen greedily on a fuzzy kNN graph
 * (denoising); a second fuzzy graph on the landmarks turned into distances -log(A); Vietoris–Rips persistence of
 * those over Z/coeff with cocycles; and optionally the shuffle significance test.
 */
public final class TdaVis {
    private TdaVis() {
    }

    /** Runs the pipeline on {@code embed} (T rows of N neurons), with the shuffle test if config.shuffles() > 0. */
    public static TdaResult run(double[] embed, int times, int neurons, TdaConfig config, int threads,
                                ProgressListener progress) {
        requireShape(embed, times, neurons);
        Landmarks real = landmarks(embed, times, neurons, config);
        RipsResult persistence = VietorisRips.compute(real.distances(),
                new RipsOptions(config.maxDim(), config.coeff(), Double.POSITIVE_INFINITY, true), progress);
        ShuffleTest.Result shuffles = config.shuffles() > 0
                ? ShuffleTest.run(embed, times, neurons, config, threads, progress) : null;
        return new TdaResult(persistence, real.distances(), real.indstemp(), real.movetimes(), shuffles);
    }

    /** Steps 1-5 without persistence: active times, PCA projection, landmarks and their distances. */
    record Landmarks(int[] movetimes, double[] dimred, double[] sigmas, int[] indstemp, double[] d,
                     RipsDistances distances) {
    }

    static Landmarks landmarks(double[] embed, int times, int neurons, TdaConfig config) {
        int[] movetimes = activeTimes(embed, times, neurons, config.numTimes(), config.activeTimes());
        int m = movetimes.length;
        double[] x = new double[m * neurons];
        for (int r = 0; r < m; r++) {
            System.arraycopy(embed, movetimes[r] * neurons, x, r * neurons, neurons);
        }
        Pca.standardize(x, m, neurons);
        double[] dimred = Pca.project(x, m, neurons, config.dim());
        int dim = dimred.length / m;
        FuzzyGraph first = FuzzyGraph.of(dimred, m, dim, config.k(), config.metric());
        int[] indstemp = LandmarkSampling.select(first, config.nPoints(), 1);
        double[] sigmas = first.sigmas;
        first = null;
        int n = indstemp.length;
        double[] sub = new double[n * dim];
        for (int i = 0; i < n; i++) {
            System.arraycopy(dimred, indstemp[i] * dim, sub, i * dim, dim);
        }
        FuzzyGraph second = FuzzyGraph.of(sub, n, dim, config.nbs(), config.metric());
        double[] d = new double[n * n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int e = second.start[i]; e < second.start[i + 1]; e++) {
                d[i * n + second.column[e]] = -Math.log(second.value[e]);
            }
            d[i * n + i] = 0;
        }
        return new Landmarks(movetimes, dimred, sigmas, indstemp, d, RipsDistances.ofMatrix(d, n, n));
    }

    /**
     * Every {@code numTimes}-th bin, then the {@code active} ones with the largest row sums (ties: the later bin),
     * in time order.
     */
    static int[] activeTimes(double[] embed, int times, int neurons, int numTimes, int active) {
        int count = (times + numTimes - 1) / numTimes;
        double[] score = new double[count];
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            double s = 0;
            int t = c * numTimes;
            for (int j = 0; j < neurons; j++) {
                s += embed[t * neurons + j];
            }
            score[c] = s;
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[a], score[b]) : Integer.compare(a, b));
        int keep = Math.min(active, count);
        int[] chosen = new int[keep];
        for (int i = 0; i < keep; i++) {
            chosen[i] = order[count - keep + i];
        }
        Arrays.sort(chosen);
        for (int i = 0; i < keep; i++) {
            chosen[i] *= numTimes;
        }
        return chosen;
    }

    static void requireShape(double[] embed, int times, int neurons) {
        if (times < 1 || neurons < 1 || (long) times * neurons != embed.length) {
            throw new IllegalArgumentException("embedding: expected a (T, N) array of " + times + " x " + neurons
                    + " values, got " + embed.length);
        }
        for (int i = 0; i < embed.length; i++) {
            if (!Double.isFinite(embed[i])) {
                throw new IllegalArgumentException("embedding: value " + embed[i] + " at time " + i / neurons
                        + ", neuron " + i % neurons + "; expected finite values");
            }
        }
    }
}
