package org.jcanns.core.topology;

import java.util.Arrays;

/** The bars of one homology dimension: (birth, death) pairs, death {@code +inf} for classes that never die. */
public final class PersistenceDiagram {
    private double[] pairs = new double[32];
    private int size;

    /** Appends the bar [birth, death). */
    void add(double birth, double death) {
        if (2 * size == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[2 * size] = birth;
        pairs[2 * size + 1] = death;
        size++;
    }

    /** The number of bars. */
    public int size() {
        return size;
    }

    /** Birth of bar {@code i}. */
    public double birth(int i) {
        return pairs[2 * i];
    }

    /** Death of bar {@code i} ({@code +inf} if the class never dies). */
    public double death(int i) {
        return pairs[2 * i + 1];
    }

    /** The bars as a row-major (size, 2) array of (birth, death), as ripser.py's {@code dgms[d]}. */
    public double[] toArray() {
        return Arrays.copyOf(pairs, 2 * size);
    }

    /** The longest finite lifetime (death - birth), or 0 when there is no finite bar. */
    public double maxFiniteLifetime() {
        double m = 0;
        for (int i = 0; i < size; i++) {
            if (death(i) != Double.POSITIVE_INFINITY) {
                m = Math.max(m, death(i) - birth(i));
            }
        }
        return m;
    }
}
