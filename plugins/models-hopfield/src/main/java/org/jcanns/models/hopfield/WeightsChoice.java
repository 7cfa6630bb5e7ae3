package org.jcanns.models.hopfield;

import java.util.List;
import java.util.Locale;

/** How the network computes {@code W·s} (parameter {@code weights}); every choice gives the same states. */
public enum WeightsChoice {
    /** Low-rank while W is a sum of few learned outer products, else compact when valid, else dense. */
    AUTO,
    /** The float32 matrix, as canns keeps it (N² floats). */
    DENSE,
    /** int8 matrix plus a low-rank mean correction: needs integer patterns (such as ±1), few enough to fit int8. */
    COMPACT,
    /** The learned (centred) patterns themselves: W·s costs 2·K·N for K patterns. */
    LOW_RANK;

    /** The parameter name of this choice: {@code auto}, {@code dense}, {@code compact}, {@code low-rank}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** All labels. */
    public static List<String> labels() {
        return List.of("auto", "dense", "compact", "low-rank");
    }

    /** The choice called {@code label}. */
    public static WeightsChoice of(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
