package org.jcanns.analysis.umap;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.jcanns.spi.batch.BatchThreads;

/**
 * umap-learn's {@code optimize_layout_euclidean}: stochastic gradient descent of the fuzzy-set cross-entropy. Each
 * edge is sampled every {@code max w/w} epochs and pulls its ends together with
 * {@code −2ab·d^{2(b−1)}/(1 + a·d^{2b})}, followed by {@code negative_sample_rate} repulsions
 * {@code 2γb/((0.001 + d²)(1 + a·d^{2b}))} from random vertices; gradients are clipped to ±4 and scaled by a
 * learning rate that falls linearly to 0.
 *
 * <p>Parallel and reproducible: in an epoch each vertex is moved by one thread only, through its own edges, against
 * the other vertices' positions at the start of the epoch, and draws its negative samples from its own stream of
 * the seed; so the layout is the same for any thread count. Each vertex applies an edge's attraction for both of
 * its directed copies at once, as umap-learn moves both ends of each copy.
 */
final class LayoutOptimizer {
    private LayoutOptimizer() {
    }

    /** Optimises {@code embedding} (n, dim), float32 as umap-learn's, in place. */
    static void optimize(float[] embedding, int dim, FuzzyGraph graph, int epochs, CurveParameters ab,
                         double learningRate, double negativeRate, double gamma, long seed, BatchThreads threads,
                         IntConsumer progress) {
        int n = graph.n();
        int edges = graph.entries();
        double max = graph.maxWeight();
        double[] perSample = new double[edges];
        for (int e = 0; e < edges; e++) {
            double samples = epochs * (graph.weight()[e] / max);
            perSample[e] = samples > 0 ? epochs / samples : -1;
        }
        double[] nextSample = perSample.clone();
        double[] perNegative = new double[edges];
        for (int e = 0; e < edges; e++) {
            perNegative[e] = perSample[e] / negativeRate;
        }
        double[] nextNegative = perNegative.clone();
        SplittableRandom[] streams = new SplittableRandom[n];
        for (int j = 0; j < n; j++) {
            streams[j] = RandomKeys.stream(seed, 5, j);
        }
        int chunks = threads.chunks(edges);
        int[] firstVertex = new int[chunks + 1];
        for (int c = 0; c < chunks; c++) {
            int e = threads.start(c, edges);
            int v = Arrays.binarySearch(graph.start(), e);
            if (v < 0) {
                v = -v - 1;
            } else {
                while (v > 0 && graph.start()[v - 1] == e) {
                    v--;
                }
            }
            firstVertex[c] = c == 0 ? 0 : v;
        }
        firstVertex[chunks] = n;
        double a = ab.a();
        double b = ab.b();
        float[] previous = new float[embedding.length];
        double alpha = learningRate;
        for (int epoch = 0; epoch < epochs; epoch++) {
            System.arraycopy(embedding, 0, previous, 0, embedding.length);
            int now = epoch;
            double rate = alpha;
            threads.forEachChunk(edges, c -> {
                for (int j = firstVertex[c]; j < firstVertex[c + 1]; j++) {
                    for (int e = graph.start()[j]; e < graph.start()[j + 1]; e++) {
                        if (!(nextSample[e] <= now) || perSample[e] < 0) {
                            continue;
                        }
                        int k = graph.column()[e];
                        float d2 = squaredDistance(embedding, j, previous, k, dim);
                        // d^{2(b-1)} as d^{2b}/d²: one pow per sample instead of two.
                        double pb = d2 > 0 ? Math.pow(d2, b) : 0;
                        double coeff = d2 > 0 ? -2.0 * a * b * (pb / d2) / (a * pb + 1.0) : 0;
                        for (int d = 0; d < dim; d++) {
                            double grad = clip(coeff * (embedding[j * dim + d] - previous[k * dim + d]));
                            embedding[j * dim + d] += (float) (2 * grad * rate);
                        }
                        nextSample[e] += perSample[e];
                        int negatives = (int) ((now - nextNegative[e]) / perNegative[e]);
                        SplittableRandom rng = streams[j];
                        for (int p = 0; p < negatives; p++) {
                            int q = rng.nextInt(n);
                            if (q == j) {
                                continue;
                            }
                            float nd2 = squaredDistance(embedding, j, previous, q, dim);
                            double rep = nd2 > 0 ? 2.0 * gamma * b / ((0.001 + nd2) * (a * Math.pow(nd2, b) + 1)) : 0;
                            if (rep > 0) {
                                for (int d = 0; d < dim; d++) {
                                    double grad = clip(rep * (embedding[j * dim + d] - previous[q * dim + d]));
                                    embedding[j * dim + d] += (float) (grad * rate);
                                }
                            }
                        }
                        nextNegative[e] += negatives * perNegative[e];
                    }
                }
            });
            alpha = learningRate * (1.0 - (double) epoch / epochs);
            progress.accept(epoch + 1);
        }
    }

    private static float squaredDistance(float[] x, int i, float[] y, int j, int dim) {
        float s = 0;
        for (int d = 0; d < dim; d++) {
            float diff = x[i * dim + d] - y[j * dim + d];
            s += diff * diff;
        }
        return s;
    }

    private static double clip(double v) {
        return v > 4 ? 4 : (v < -4 ? -4 : v);
    }
}
