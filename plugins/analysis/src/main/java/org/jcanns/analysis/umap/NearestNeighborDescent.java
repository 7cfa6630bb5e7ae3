package org.jcanns.analysis.umap;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.jcanns.spi.batch.BatchThreads;

/**
 * Approximate k nearest neighbours by NN-descent (Dong, Charikar, Li 2011), as pynndescent runs it for umap-learn:
 * neighbour heaps started from random-projection-tree leaves, then rounds in which each point's new and old
 * candidates (its neighbours and reverse neighbours, at most {@code maxCandidates}, sampled by random priority) are
 * compared pairwise and every closer pair updates both heaps; stops when a round changes fewer than
 * {@code delta·n·k} entries.
 *
 * <p>Parallel and reproducible: candidate priorities are keyed by seed, round and pair; the pairs of a block of
 * points are generated in parallel but applied in point order, and each heap is updated by one thread, so the graph
 * is the same for every thread count.
 */
final class NearestNeighborDescent {
    private static final int BLOCK = 4096;

    private NearestNeighborDescent() {
    }

    /** The approximate kNN graph of the n rows of {@code x}; {@code progress} hears each finished round. */
    static KnnGraph of(double[] x, int n, int dim, int k, Metric metric, long seed, BatchThreads threads,
                       IntConsumer progress) {
        double[] data = metric.prepare(x, n, dim);
        NeighborHeaps heaps = new NeighborHeaps(n, k);
        for (int p = 0; p < n; p++) {
            heaps.push(p, 0, p, true);
        }
        int trees = Math.min(64, 5 + (int) Math.round(Math.sqrt(n) / 20.0));
        int leafSize = Math.max(10, Math.min(60, 2 * k));
        List<int[]> leaves = RandomProjectionForest.leaves(data, n, dim, metric.angular(), trees, leafSize, seed,
                threads);
        Updates init = new Updates();
        for (int[] leaf : leaves) {
            for (int a = 0; a < leaf.length; a++) {
                for (int b = a + 1; b < leaf.length; b++) {
                    init.add(leaf[a], leaf[b], Double.NaN);
                }
            }
        }
        init.measure(data, dim, metric, threads);
        apply(heaps, init, threads);
        fillAtRandom(heaps, data, dim, metric, seed);
        int rounds = Math.max(5, (int) Math.round(Math.log(n) / Math.log(2)));
        int maxCandidates = Math.min(60, n);
        for (int round = 0; round < rounds; round++) {
            NeighborHeaps[] candidates = candidates(heaps, maxCandidates, seed, round, threads);
            long changes = 0;
            for (int start = 0; start < n; start += BLOCK) {
                Updates u = join(candidates[0], candidates[1], heaps, start, Math.min(n, start + BLOCK), data, dim,
                        metric, threads);
                changes += apply(heaps, u, threads);
            }
            progress.accept(round + 1);
            if (changes <= 0.001 * k * n) {
                break;
            }
        }
        return heaps.sorted();
    }

    /** Pairs (p, q) and their distances, in the order they were found. */
    private static final class Updates {
        int[] p = new int[1024];
        int[] q = new int[1024];
        double[] d = new double[1024];
        int size;

        void add(int a, int b, double dist) {
            if (size == p.length) {
                p = Arrays.copyOf(p, 2 * size);
                q = Arrays.copyOf(q, 2 * size);
                d = Arrays.copyOf(d, 2 * size);
            }
            p[size] = a;
            q[size] = b;
            d[size] = dist;
            size++;
        }

        void addAll(Updates o) {
            for (int i = 0; i < o.size; i++) {
                add(o.p[i], o.q[i], o.d[i]);
            }
        }

        void measure(double[] data, int dim, Metric metric, BatchThreads threads) {
            threads.forEachChunk(size, c -> {
                for (int i = threads.start(c, size); i < threads.start(c + 1, size); i++) {
                    d[i] = metric.between(data, dim, p[i], q[i]);
                }
            });
        }
    }

    /** Pushes every pair into both heaps, each heap by the thread that owns its point; returns the changes. */
    private static long apply(NeighborHeaps heaps, Updates u, BatchThreads threads) {
        int n = heaps.n;
        long[] changes = new long[threads.chunks(n)];
        threads.forEachChunk(n, c -> {
            int from = threads.start(c, n);
            int to = threads.start(c + 1, n);
            long count = 0;
            for (int i = 0; i < u.size; i++) {
                int p = u.p[i];
                int q = u.q[i];
                if (p >= from && p < to) {
                    count += heaps.push(p, u.d[i], q, true);
                }
                if (q >= from && q < to && q != p) {
                    count += heaps.push(q, u.d[i], p, true);
                }
            }
            changes[c] = count;
        });
        return Arrays.stream(changes).sum();
    }

    /** Heaps that trees left short get random points, drawn from each point's own stream. */
    private static void fillAtRandom(NeighborHeaps heaps, double[] data, int dim, Metric metric, long seed) {
        int n = heaps.n;
        for (int p = 0; p < n; p++) {
            if (heaps.index[p * heaps.k] >= 0) {
                continue;
            }
            SplittableRandom rng = RandomKeys.stream(seed, 2, p);
            for (int tries = 0; tries < 4 * heaps.k && heaps.index[p * heaps.k] < 0; tries++) {
                int q = rng.nextInt(n);
                heaps.push(p, metric.between(data, dim, p, q), q, true);
            }
        }
    }

    /**
     * Each point's new and old candidates (pynndescent's {@code new_build_candidates}): its neighbours and the
     * points that have it as a neighbour, kept by smallest random priority; neighbours that became candidates are
     * marked old.
     */
    private static NeighborHeaps[] candidates(NeighborHeaps heaps, int max, long seed, int round,
                                              BatchThreads threads) {
        int n = heaps.n;
        int k = heaps.k;
        NeighborHeaps fresh = new NeighborHeaps(n, max);
        NeighborHeaps old = new NeighborHeaps(n, max);
        threads.forEachChunk(n, c -> {
            int from = threads.start(c, n);
            int to = threads.start(c + 1, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    int idx = heaps.index[i * k + j];
                    if (idx < 0) {
                        continue;
                    }
                    double priority = RandomKeys.uniform(seed + round, i, idx);
                    NeighborHeaps target = heaps.fresh[i * k + j] ? fresh : old;
                    if (i >= from && i < to) {
                        target.push(i, priority, idx, false);
                    }
                    if (idx >= from && idx < to) {
                        target.push(idx, priority, i, false);
                    }
                }
            }
        });
        threads.forEachChunk(n, c -> {
            for (int i = threads.start(c, n); i < threads.start(c + 1, n); i++) {
                for (int j = 0; j < k; j++) {
                    int idx = heaps.index[i * k + j];
                    if (idx >= 0 && fresh.contains(i, idx)) {
                        heaps.fresh[i * k + j] = false;
                    }
                }
            }
        });
        return new NeighborHeaps[] {fresh, old};
    }

    /** The local join of points [from, to): candidate pairs closer than either point's current worst neighbour. */
    private static Updates join(NeighborHeaps fresh, NeighborHeaps old, NeighborHeaps heaps, int from, int to,
                                double[] data, int dim, Metric metric, BatchThreads threads) {
        int count = to - from;
        int chunks = threads.chunks(count);
        Updates[] parts = new Updates[chunks];
        int max = fresh.k;
        threads.forEachChunk(count, c -> {
            Updates u = new Updates();
            for (int i = from + threads.start(c, count); i < from + threads.start(c + 1, count); i++) {
                for (int a = 0; a < max; a++) {
                    int p = fresh.index[i * max + a];
                    if (p < 0) {
                        continue;
                    }
                    for (int b = a; b < max; b++) {
                        consider(u, p, fresh.index[i * max + b], heaps, data, dim, metric);
                    }
                    for (int b = 0; b < max; b++) {
                        consider(u, p, old.index[i * max + b], heaps, data, dim, metric);
                    }
                }
            }
            parts[c] = u;
        });
        Updates all = new Updates();
        for (Updates u : parts) {
            all.addAll(u);
        }
        return all;
    }

    private static void consider(Updates u, int p, int q, NeighborHeaps heaps, double[] data, int dim,
                                 Metric metric) {
        if (q < 0) {
            return;
        }
        double d = metric.between(data, dim, p, q);
        if (d <= heaps.top(p) || d <= heaps.top(q)) {
            u.add(p, q, d);
        }
    }
}
