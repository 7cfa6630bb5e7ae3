package org.jcanns.analysis.umap;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.jcanns.analysis.numeric.QuickSelect;
import org.jcanns.spi.batch.BatchThreads;

/** The exact k nearest neighbours of every point by comparing all pairs (umap-learn's path for fewer than 4096 points). */
final class ExactNeighbors {
    private ExactNeighbors() {
    }

    /** The kNN graph of the n rows of {@code x} (dim values each), rows split between {@code threads}. */
    static KnnGraph of(double[] x, int n, int dim, int k, Metric metric, BatchThreads threads, IntConsumer progress) {
        double[] prepared = metric.prepare(x, n, dim);
        int[] index = new int[n * k];
        double[] distance = new double[n * k];
        threads.forEachChunk(n, c -> {
            int from = threads.start(c, n);
            int to = threads.start(c + 1, n);
            double[] row = new double[n];
            double[] work = new double[n];
            Integer[] chosen = new Integer[k];
            for (int i = from; i < to; i++) {
                for (int j = 0; j < n; j++) {
                    row[j] = j == i ? 0 : metric.between(prepared, dim, i, j);
                }
                nearest(row, i, k, work, chosen);
                for (int m = 0; m < k; m++) {
                    index[i * k + m] = chosen[m];
                    distance[i * k + m] = row[chosen[m]];
                }
                if (c == 0) {
                    progress.accept(i - from + 1);
                }
            }
        });
        return new KnnGraph(index, distance, n, k);
    }

    /** The k entries of {@code row} first in the neighbour order of point {@code self}, sorted, into {@code out}. */
    static void nearest(double[] row, int self, int k, double[] work, Integer[] out) {
        int n = row.length;
        System.arraycopy(row, 0, work, 0, n);
        double kth = QuickSelect.select(work, k - 1);
        int m = 0;
        if (row[self] <= kth) {
            out[m++] = self;
        }
        for (int j = 0; j < n && m < k; j++) {
            if (j != self && row[j] < kth) {
                out[m++] = j;
            }
        }
        for (int j = 0; j < n && m < k; j++) {
            if (j != self && row[j] == kth) {
                out[m++] = j;
            }
        }
        Arrays.sort(out, 0, k, (a, b) -> KnnGraph.compare(row[a], a, row[b], b, self));
    }
}
