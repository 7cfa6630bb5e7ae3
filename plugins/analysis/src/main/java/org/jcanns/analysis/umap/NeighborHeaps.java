package org.jcanns.analysis.umap;

import java.util.Arrays;

/**
 * One bounded max-heap of (distance, index, new-flag) per point, holding its k best neighbours found so far:
 * pynndescent's {@code checked_flagged_heap_push} and {@code deheap_sort}. Empty slots hold index −1 at +∞.
 * A heap is only ever changed by one thread at a time.
 */
final class NeighborHeaps {
    final int n;
    final int k;
    final int[] index;
    final double[] distance;
    final boolean[] fresh;

    NeighborHeaps(int n, int k) {
        this.n = n;
        this.k = k;
        this.index = new int[n * k];
        this.distance = new double[n * k];
        this.fresh = new boolean[n * k];
        Arrays.fill(index, -1);
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
    }

    /** The largest distance in p's heap (+∞ while it is not full). */
    double top(int p) {
        return distance[p * k];
    }

    /** Whether q is in p's heap. */
    boolean contains(int p, int q) {
        int o = p * k;
        for (int i = 0; i < k; i++) {
            if (index[o + i] == q) {
                return true;
            }
        }
        return false;
    }

    /** Offers q at distance d to p's heap; 1 if it was taken (closer than the worst and not there yet), else 0. */
    int push(int p, double d, int q, boolean flag) {
        int o = p * k;
        if (!(d < distance[o]) || contains(p, q)) {
            return 0;
        }
        // Replace the root and sift down.
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int swap;
            if (left >= k) {
                break;
            } else if (right >= k) {
                if (distance[o + left] > d) {
                    swap = left;
                } else {
                    break;
                }
            } else if (distance[o + left] >= distance[o + right]) {
                if (distance[o + left] > d) {
                    swap = left;
                } else {
                    break;
                }
            } else {
                if (distance[o + right] > d) {
                    swap = right;
                } else {
                    break;
                }
            }
            distance[o + i] = distance[o + swap];
            index[o + i] = index[o + swap];
            fresh[o + i] = fresh[o + swap];
            i = swap;
        }
        distance[o + i] = d;
        index[o + i] = q;
        fresh[o + i] = flag;
        return 1;
    }

    /** The heaps sorted into a kNN graph, each row by increasing distance, ties: the point itself, then by index. */
    KnnGraph sorted() {
        int[] idx = new int[n * k];
        double[] dist = new double[n * k];
        Integer[] order = new Integer[k];
        for (int p = 0; p < n; p++) {
            int o = p * k;
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            int self = p;
            Arrays.sort(order, (a, b) -> KnnGraph.compare(distance[o + a], index[o + a], distance[o + b],
                    index[o + b], self));
            for (int i = 0; i < k; i++) {
                idx[o + i] = index[o + order[i]];
                dist[o + i] = distance[o + order[i]];
            }
        }
        return new KnnGraph(idx, dist, n, k);
    }
}
