package org.jcanns.spi.model;

import java.util.Arrays;

/** A named per-step model input with its shape (without the time axis) and a one-line doc. */
public record InputSpec(String name, int[] shape, String doc) {
    public InputSpec {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSpec s && s.name.equals(name) && Arrays.equals(s.shape, shape) && s.doc.equals(doc);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
