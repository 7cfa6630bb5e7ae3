package org.jcanns.analysis.umap;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * umap-learn's spectral initialisation: the eigenvectors of the normalised graph Laplacian
 * {@code I − D^{-1/2} A D^{-1/2}} with the smallest eigenvalues after the trivial one. A graph in several
 * components has each component laid out on its own and placed around a meta layout: the components'
 * centroids embedded spectrally when there are more than 2·dim of them, else ±unit vectors (umap-learn's
 * {@code multi_component_layout}); components too small for an eigenproblem get uniform random points.
 */
final class SpectralLayout {
    private SpectralLayout() {
    }

    /** The (n, dim) initial layout of {@code graph}, whose vertices are the rows of {@code x} (for centroids). */
    static double[] of(FuzzyGraph graph, double[] x, int dim, int dataDim, Metric metric, long seed) {
        int n = graph.n();
        int[] label = graph.components();
        int components = Arrays.stream(label).max().orElse(0) + 1;
        double[] out = new double[n * dim];
        if (components == 1) {
            double[] layout = connected(graph, dim, seed);
            System.arraycopy(layout, 0, out, 0, layout.length);
            return out;
        }
        double[] meta = components > 2 * dim ? metaLayout(x, dataDim, label, components, dim, metric)
                : unitVectors(components, dim);
        SplittableRandom rng = RandomKeys.stream(seed, 4, 0);
        for (int c = 0; c < components; c++) {
            int[] members = members(label, c);
            double range = Double.POSITIVE_INFINITY;
            for (int o = 0; o < components; o++) {
                double d = 0;
                for (int k = 0; k < dim; k++) {
                    double diff = meta[c * dim + k] - meta[o * dim + k];
                    d += diff * diff;
                }
                if (d > 0) {
                    range = Math.min(range, Math.sqrt(d));
                }
            }
            range /= 2;
            int m = members.length;
            if (m < 2 * dim || m <= dim + 1) {
                for (int i : members) {
                    for (int k = 0; k < dim; k++) {
                        out[i * dim + k] = -range + 2 * range * rng.nextDouble() + meta[c * dim + k];
                    }
                }
                continue;
            }
            double[] layout = connected(subgraph(graph, members), dim, seed + c);
            double max = 0;
            for (double v : layout) {
                max = Math.max(max, Math.abs(v));
            }
            double expansion = max > 0 ? range / max : 0;
            for (int r = 0; r < m; r++) {
                for (int k = 0; k < dim; k++) {
                    out[members[r] * dim + k] = layout[r * dim + k] * expansion + meta[c * dim + k];
                }
            }
        }
        return out;
    }

    /** The spectral layout of a connected graph: dim eigenvectors of D^{-1/2}AD^{-1/2} after the trivial one. */
    static double[] connected(FuzzyGraph g, int dim, long seed) {
        int n = g.n();
        double[] sqrtDeg = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
                s += g.weight()[e];
            }
            sqrtDeg[i] = Math.sqrt(s);
        }
        double norm = Math.sqrt(Lanczos.dot(sqrtDeg, sqrtDeg));
        double[] known = new double[n];
        for (int i = 0; i < n; i++) {
            known[i] = sqrtDeg[i] / norm;
        }
        double[][] pairs = Lanczos.largest((v, out) -> {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
                    int j = g.column()[e];
                    s += g.weight()[e] * v[j] / sqrtDeg[j];
                }
                out[i] = s / sqrtDeg[i];
            }
        }, n, known, dim, 1e-4, seed);
        double[] layout = new double[n * dim];
        for (int k = 0; k < dim; k++) {
            for (int i = 0; i < n; i++) {
                layout[i * dim + k] = pairs[k + 1][i];
            }
        }
        return layout;
    }

    private static int[] members(int[] label, int c) {
        return java.util.stream.IntStream.range(0, label.length).filter(i -> label[i] == c).toArray();
    }

    private static FuzzyGraph subgraph(FuzzyGraph g, int[] members) {
        int[] local = new int[g.n()];
        for (int r = 0; r < members.length; r++) {
            local[members[r]] = r;
        }
        int[] start = new int[members.length + 1];
        int count = 0;
        for (int r = 0; r < members.length; r++) {
            int i = members[r];
            count += g.start()[i + 1] - g.start()[i];
            start[r + 1] = count;
        }
        int[] col = new int[count];
        double[] w = new double[count];
        int at = 0;
        for (int i : members) {
            for (int e = g.start()[i]; e < g.start()[i + 1]; e++) {
                col[at] = local[g.column()[e]];
                w[at++] = g.weight()[e];
            }
        }
        return new FuzzyGraph(members.length, start, col, w);
    }

    /** ±unit vectors, one per component: umap-learn's layout for at most 2·dim components. */
    private static double[] unitVectors(int components, int dim) {
        int k = (components + 1) / 2;
        double[] meta = new double[components * dim];
        for (int c = 0; c < components; c++) {
            int axis = c % k;
            if (axis < dim) {
                meta[c * dim + axis] = c < k ? 1 : -1;
            }
        }
        return meta;
    }

    /**
     * The components' centroids embedded spectrally (sklearn's {@code SpectralEmbedding} of the affinities
     * exp(−d²)), scaled to a largest value of 1.
     */
    private static double[] metaLayout(double[] x, int dataDim, int[] label, int components, int dim, Metric metric) {
        double[] centroid = new double[components * dataDim];
        int[] count = new int[components];
        for (int i = 0; i < label.length; i++) {
            count[label[i]]++;
            for (int d = 0; d < dataDim; d++) {
                centroid[label[i] * dataDim + d] += x[i * dataDim + d];
            }
        }
        for (int c = 0; c < components; c++) {
            for (int d = 0; d < dataDim; d++) {
                centroid[c * dataDim + d] /= count[c];
            }
        }
        double[] prepared = metric.prepare(centroid, components, dataDim);
        double[] a = new double[components * components];
        double[] deg = new double[components];
        for (int i = 0; i < components; i++) {
            for (int j = 0; j < components; j++) {
                double d = metric.between(prepared, dataDim, i, j);
                a[i * components + j] = Math.exp(-d * d);
                deg[i] += a[i * components + j];
            }
        }
        for (int i = 0; i < components; i++) {
            for (int j = 0; j < components; j++) {
                a[i * components + j] /= Math.sqrt(deg[i] * deg[j]);
            }
        }
        SymmetricEigen e = SymmetricEigen.of(a, components);
        double[] meta = new double[components * dim];
        double max = 0;
        for (int k = 0; k < dim; k++) {
            // Deterministic sign: the largest entry of each vector positive (sklearn's sign flip).
            int col = k + 1;
            double big = 0;
            for (int i = 0; i < components; i++) {
                double v = e.vectors()[i * components + col];
                big = Math.abs(v) > Math.abs(big) ? v : big;
            }
            double sign = big < 0 ? -1 : 1;
            for (int i = 0; i < components; i++) {
                meta[i * dim + k] = sign * e.vectors()[i * components + col] / Math.sqrt(deg[i]);
                max = Math.max(max, meta[i * dim + k]);
            }
        }
        for (int i = 0; i < meta.length; i++) {
            meta[i] /= max > 0 ? max : 1;
        }
        return meta;
    }
}
