package org.jcanns.models.hopfield;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The activation of an Amari–Hopfield neuron applied to {@code h − θ} (canns' {@code activation}). */
public enum Activation {
    /** {@code sign(x)}, with {@code sign(0) = 0} as in JAX: a neuron with zero net input goes silent. */
    SIGN {
        @Override
        public float apply(float x, float temperature) {
            return Math.signum(x);
        }

        @Override
        public void applyAll(float[] h, int n, float threshold, float temperature) {
            for (int i = 0; i < n; i++) {
                h[i] = Math.signum(h[i] - threshold);
            }
        }
    },
    /** {@code tanh(x/T)}. */
    TANH {
        @Override
        public float apply(float x, float temperature) {
            return (float) Math.tanh(x / temperature);
        }
    },
    /** {@code 1/(1 + exp(−x/T))}. */
    SIGMOID {
        @Override
        public float apply(float x, float temperature) {
            return (float) (1.0 / (1.0 + Math.exp(-(double) (x / temperature))));
        }
    };

    /** The activation of net input {@code x} at temperature {@code T} (ignored by sign). */
    public abstract float apply(float x, float temperature);

    /** {@code h[i] ← act(h[i] − θ)} for the first {@code n} values: one tight loop per activation. */
    public void applyAll(float[] h, int n, float threshold, float temperature) {
        for (int i = 0; i < n; i++) {
            h[i] = apply(h[i] - threshold, temperature);
        }
    }

    /** The name used in parameters: {@code sign}, {@code tanh}, {@code sigmoid}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** All labels, for parameter choices. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Activation::label).toList();
    }

    /** The activation called {@code label}. */
    public static Activation of(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
