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

    /** Per-neuron rate in Hz: spike count / (T·dt) (canns' {@code average_firing_rate_plot}, mode per_neuron). */
    public static double[] perNeuron(Tensor spikes, double dt) {
        SpikeTrains.requireMatrix(spikes, "spike_train");
        requireDt(dt);
        int steps = spikes.dim(0);
        int neurons = spikes.dim(1);
        double[] rate = new double[neurons];
        for (int t = 0; t < steps; t++) {
            for (int n = 0; n < neurons; n++) {
                rate[n] += spikes.get(t, n);
            }
        }
        for (int n = 0; n < neurons; n++) {
            rate[n] /= steps * dt;
        }
        return rate;
    }

    /** Population rate per step: spikes summed over neurons / dt (mode population). */
    public static double[] population(Tensor spikes, double dt) {
        SpikeTrains.requireMatrix(spikes, "spike_train");
        requireDt(dt);
        int steps = spikes.dim(0);
        int neurons = spikes.dim(1);
        double[] rate = new double[steps];
        for (int t = 0; t < steps; t++) {
            double sum = 0;
            for (int n = 0; n < neurons; n++) {
                sum += spikes.get(t, n);
            }
            rate[t] = sum / dt;
        }
        return rate;
    }

    /**
     * Per step, the mean of {@code weights} over the neurons that spiked, {@code Σ(s·w)/(Σs + 1e-9)}, NaN where no
     * neuron spiked (mode weighted_average); {@code weights} has one entry per neuron.
     */
    public static double[] weightedAverage(Tensor spikes, double[] weights) {
        SpikeTrains.requireMatrix(spikes, "spike_train");
        int steps = spikes.dim(0);
        int neurons = spikes.dim(1);
        if (weights == null || weights.length != neurons) {
            throw new IllegalArgumentException("weights must have one entry per neuron (" + neurons + "), got "
                    + (weights == null ? "none" : weights.length));
        }
        double[] out = new double[steps];
        for (int t = 0; t < steps; t++) {
            double num = 0;
            double count = 0;
            for (int n = 0; n < neurons; n++) {
                double s = spikes.get(t, n);
                num += s * weights[n];
                count += s;
            }
            out[t] = count == 0 ? Double.NaN : num / (count + 1e-9);
        }
        return out;
    }

    private static void requireDt(double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
    }
}
