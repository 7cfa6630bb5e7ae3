package org.jcanns.core.topology;

import java.util.Locale;

/** How distances between the rows of a point cloud are measured (as scipy's {@code pdist}). */
public enum Metric {
    /** Euclidean distance. */
    EUCLIDEAN,
    /** One minus the cosine of the angle between the two vectors. */
    COSINE;

    /** The metric named {@code name} (euclidean or cosine, any case). */
    public static Metric of(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "euclidean" -> EUCLIDEAN;
            case "cosine" -> COSINE;
            default -> throw new IllegalArgumentException("metric: expected euclidean or cosine, got '" + name + "'");
        };
    }

    /**
     * The distances from row {@code i} of {@code x} (rows of {@code dim} values) to rows 0..count-1, into
     * {@code out}, with the per-row values of {@link #prepare}. Loops per metric keep the inner loop tight.
     */
    public void row(double[] x, int dim, int i, int count, double[] norms, double[] out) {
        int a = i * dim;
        if (this == EUCLIDEAN) {
            for (int j = 0, b = 0; j < count; j++, b += dim) {
                double s = 0;
                for (int c = 0; c < dim; c++) {
                    double d = x[a + c] - x[b + c];
                    s += d * d;
                }
                out[j] = Math.sqrt(s);
            }
            return;
        }
        double ni = norms[i];
        for (int j = 0, b = 0; j < count; j++, b += dim) {
            double s = 0;
            for (int c = 0; c < dim; c++) {
                s += x[a + c] * x[b + c];
            }
            // As scipy: rounding can leave the result just outside [0, 2]; clip it.
            out[j] = Math.min(2, Math.max(0, 1 - s / (ni * norms[j])));
        }
    }

    /** Per-row values the metric needs (Euclidean norms for cosine), after checking the rows suit it. */
    public double[] prepare(double[] x, int n, int dim) {
        if (this == EUCLIDEAN) {
            return null;
        }
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < dim; c++) {
                s += x[i * dim + c] * x[i * dim + c];
            }
            norms[i] = Math.sqrt(s);
            if (norms[i] == 0) {
                throw new IllegalArgumentException("metric cosine: point " + i + " is the zero vector, whose angle "
                        + "to other points is undefined; use the euclidean metric or remove the point");
            }
        }
        return norms;
    }
}
