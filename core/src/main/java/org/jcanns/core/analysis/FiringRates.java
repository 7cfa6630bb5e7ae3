package org.jcanns.core.analysis;

import java.lang.foreign.Arena;
import java.util.Locale;
import org.jcanns.spi.Tensor;

/** Normalisation of firing-rate arrays with global statistics (canns' {@code normalize_firing_rates}). */
public final class FiringRates {
    private FiringRates() {
    }

    /** How {@link #normalize} scales. */
    public enum Method {
        /** {@code (x − min)/(max − min)} over the whole array; all zeros when max = min. */
        MIN_MAX,
        /** {@code (x − mean)/std} with the population std (ddof 0); all zeros when std = 0. */
        Z_SCORE;

        /** The method named as in canns ({@code min_max}, {@code z_score}), or an error listing both. */
        public static Method of(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "min_max", "min-max" -> MIN_MAX;
                case "z_score", "z-score" -> Z_SCORE;
                default -> throw new IllegalArgumentException("normalisation method must be min_max or z_score, got '"
                        + name + "'");
            };
        }
    }

    /** A new (T, N) array: {@code rates} normalised by {@code method}; statistics in double precision. */
    public static Tensor normalize(Tensor rates, Method method, Arena arena) {
        SpikeTrains.requireMatrix(rates, "firing_rates");
        long n = rates.size();
        Tensor out = Tensor.allocate(arena, rates.shape());
        if (n == 0) {
            return out;
        }
        double offset;
        double scale;
        if (method == Method.MIN_MAX) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (long i = 0; i < n; i++) {
                double v = rates.get(i);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            offset = min;
            scale = max - min;
        } else {
            double sum = 0;
            for (long i = 0; i < n; i++) {
                sum += rates.get(i);
            }
            double mean = sum / n;
            double ss = 0;
            for (long i = 0; i < n; i++) {
                double d = rates.get(i) - mean;
                ss += d * d;
            }
            offset = mean;
            scale = Math.sqrt(ss / n);
        }
        if (scale == 0) {
            return out;
        }
        for (long i = 0; i < n; i++) {
            out.set(i, (float) ((rates.get(i) - offset) / scale));
        }
        return out;
    }
}
