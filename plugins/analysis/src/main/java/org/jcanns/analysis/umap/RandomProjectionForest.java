package org.jcanns.analysis.umap;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jcanns.spi.batch.BatchThreads;

/**
 * Random-projection trees (pynndescent's): a set of points is split by the hyperplane halfway between two of them,
 * chosen at random (for angular metrics, between their directions, through the origin), until at most
 * {@code leafSize} remain; points that share a leaf are likely neighbours. Tree t draws from its own stream of the
 * seed, so the leaves do not depend on the thread count.
 */
final class RandomProjectionForest {
    private static final double EPS = 1e-8;

    private RandomProjectionForest() {
    }

    /** The leaves of {@code trees} trees over the n rows of {@code x} (as {@code metric} prepared them). */
    static List<int[]> leaves(double[] x, int n, int dim, boolean angular, int trees, int leafSize, long seed,
                              BatchThreads threads) {
        List<List<int[]>> perTree = new ArrayList<>();
        for (int t = 0; t < trees; t++) {
            perTree.add(null);
        }
        threads.forEachChunk(trees, c -> {
            for (int t = threads.start(c, trees); t < threads.start(c + 1, trees); t++) {
                int[] all = new int[n];
                for (int i = 0; i < n; i++) {
                    all[i] = i;
                }
                List<int[]> out = new ArrayList<>();
                split(x, dim, angular, all, leafSize, RandomKeys.stream(seed, 1, t), out);
                perTree.set(t, out);
            }
        });
        List<int[]> leaves = new ArrayList<>();
        perTree.forEach(leaves::addAll);
        return leaves;
    }

    private static void split(double[] x, int dim, boolean angular, int[] points, int leafSize, SplittableRandom rng,
                              List<int[]> out) {
        // An explicit stack: degenerate data can make trees deep.
        List<int[]> stack = new ArrayList<>();
        stack.add(points);
        double[] normal = new double[dim];
        while (!stack.isEmpty()) {
            int[] p = stack.removeLast();
            if (p.length <= leafSize) {
                out.add(p);
                continue;
            }
            int left = p[rng.nextInt(p.length)];
            int right = p[rng.nextInt(p.length - 1)];
            if (right == left) {
                right = p[p.length - 1];
            }
            double offset = 0;
            double ln = angular ? norm(x, dim, left) : 1;
            double rn = angular ? norm(x, dim, right) : 1;
            for (int d = 0; d < dim; d++) {
                double a = x[left * dim + d] / ln;
                double b = x[right * dim + d] / rn;
                normal[d] = a - b;
                offset -= angular ? 0 : normal[d] * (a + b) / 2;
            }
            boolean[] side = new boolean[p.length];
            int countLeft = 0;
            for (int i = 0; i < p.length; i++) {
                double margin = offset;
                for (int d = 0; d < dim; d++) {
                    margin += normal[d] * x[p[i] * dim + d];
                }
                side[i] = Math.abs(margin) < EPS ? rng.nextBoolean() : margin > 0;
                countLeft += side[i] ? 1 : 0;
            }
            if (countLeft == 0 || countLeft == p.length) {
                // No hyperplane separates them (duplicates): split at random.
                countLeft = 0;
                for (int i = 0; i < p.length; i++) {
                    side[i] = rng.nextBoolean();
                    countLeft += side[i] ? 1 : 0;
                }
                if (countLeft == 0 || countLeft == p.length) {
                    side[0] = !side[0];
                    countLeft += side[0] ? 1 : -1;
                }
            }
            int[] a = new int[countLeft];
            int[] b = new int[p.length - countLeft];
            int ia = 0;
            int ib = 0;
            for (int i = 0; i < p.length; i++) {
                if (side[i]) {
                    a[ia++] = p[i];
                } else {
                    b[ib++] = p[i];
                }
            }
            stack.add(b);
            stack.add(a);
        }
    }

    private static double norm(double[] x, int dim, int i) {
        double s = 0;
        for (int d = 0; d < dim; d++) {
            s += x[i * dim + d] * x[i * dim + d];
        }
        return s > 0 ? Math.sqrt(s) : 1;
    }
}
