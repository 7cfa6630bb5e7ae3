package org.jcanns.analysis.umap;

import java.util.Arrays;
import java.util.Locale;

/** The distances UMAP's input space may use, by umap-learn's names; rows of a row-major (n, dim) array. */
public enum Metric {
    /** √Σ(x − y)². */
    EUCLIDEAN,
    /** Σ|x − y|. */
    MANHATTAN,
    /** max |x − y|. */
    CHEBYSHEV,
    /** 1 − x·y/(‖x‖‖y‖); 0 between two zero rows, 1 between a zero and a non-zero row (umap-learn's convention). */
    COSINE,
    /** The cosine distance of the rows minus their means. */
    CORRELATION;

    /** The metric called {@code name} (umap-learn's spelling), or an error listing them. */
    public static Metric named(String name) {
        for (Metric m : values()) {
            if (m.label().equals(name.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("metric: expected one of " + Arrays.stream(values()).map(Metric::label)
                .toList() + ", got '" + name + "'");
    }

    /** umap-learn's name of this metric. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The rows as this metric reads them: unchanged, or (cosine, correlation) centred for correlation and scaled to
     * unit length, zero rows left zero; then {@link #between} needs no norms.
     */
    public double[] prepare(double[] x, int n, int dim) {
        if (this != COSINE && this != CORRELATION) {
            return x;
        }
        double[] out = x.clone();
        for (int i = 0; i < n; i++) {
            int o = i * dim;
            if (this == CORRELATION) {
                double mean = 0;
                for (int d = 0; d < dim; d++) {
                    mean += out[o + d];
                }
                mean /= dim;
                for (int d = 0; d < dim; d++) {
                    out[o + d] -= mean;
                }
            }
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                norm += out[o + d] * out[o + d];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int d = 0; d < dim; d++) {
                    out[o + d] /= norm;
                }
            }
        }
        return out;
    }

    /** The distance between rows i and j of {@code prepared} (the output of {@link #prepare}). */
    public double between(double[] prepared, int dim, int i, int j) {
        int a = i * dim;
        int b = j * dim;
        return switch (this) {
            case EUCLIDEAN -> {
                double s = 0;
                for (int d = 0; d < dim; d++) {
                    double v = prepared[a + d] - prepared[b + d];
                    s += v * v;
                }
                yield Math.sqrt(s);
            }
            case MANHATTAN -> {
                double s = 0;
                for (int d = 0; d < dim; d++) {
                    s += Math.abs(prepared[a + d] - prepared[b + d]);
                }
                yield s;
            }
            case CHEBYSHEV -> {
                double s = 0;
                for (int d = 0; d < dim; d++) {
                    s = Math.max(s, Math.abs(prepared[a + d] - prepared[b + d]));
                }
                yield s;
            }
            case COSINE, CORRELATION -> angularDistance(prepared, dim, a, b);
        };
    }

    private static double angularDistance(double[] prepared, int dim, int a, int b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < dim; d++) {
            dot += prepared[a + d] * prepared[b + d];
            na += prepared[a + d] * prepared[a + d];
            nb += prepared[b + d] * prepared[b + d];
        }
        if (na == 0 && nb == 0) {
            return 0;
        }
        if (na == 0 || nb == 0) {
            return 1;
        }
        return Math.max(0, 1 - dot);
    }

    /** Whether random-projection trees split this metric's rows by angle (hyperplanes through the origin). */
    boolean angular() {
        return this == COSINE || this == CORRELATION;
    }
}
