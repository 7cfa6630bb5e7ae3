package org.jcanns.spi.plot;

import java.util.List;
import java.util.Objects;

/**
 * One array a figure reads: its name ({@link #ANY_NAME} for "any other name", e.g. labelled data sets), its
 * dimensions as symbols shared across the figure's arrays ({@code "T"} steps, {@code "N"} neurons, ...), a product
 * of symbols ({@code "n*n"}) or fixed sizes ({@code "2"}), whether it is required, and a one-line doc.
 *
 * @param name the key in the data map, or {@link #ANY_NAME}
 * @param dims the shape, one symbol, product or number per axis
 * @param required whether the figure fails without it
 * @param doc what the values mean
 */
public record FigureArray(String name, List<String> dims, boolean required, String doc) {
    /** The name of an entry that stands for any number of arrays with other names (labelled data sets). */
    public static final String ANY_NAME = "*";

    public FigureArray {
        Objects.requireNonNull(name, "name");
        dims = List.copyOf(dims);
        Objects.requireNonNull(doc, "doc");
    }

    /** A required array. */
    public static FigureArray of(String name, String doc, String... dims) {
        return new FigureArray(name, List.of(dims), true, doc);
    }

    /** The same array, optional. */
    public FigureArray optional() {
        return new FigureArray(name, dims, false, doc);
    }

    /** {@code name (d1, d2)}, with "(optional)" when it is. */
    @Override
    public String toString() {
        return name + " (" + String.join(", ", dims) + ")" + (required ? "" : " optional");
    }
}
