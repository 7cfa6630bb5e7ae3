package org.jcanns.core.topology;

import java.util.Arrays;

/**
 * The stored part of the reduction: for each column, the other simplices (with coefficients) added to it during its
 * reduction. Most columns store nothing (apparent and emergent pairs need no additions).
 */
final class ReductionMatrix {
    private int[] start = new int[1025];
    private float[] diameter = new float[1024];
    private long[] entry = new long[1024];
    private int columns;
    private int size;

    /** Starts the next column. */
    void appendColumn() {
        if (columns + 1 == start.length) {
            start = Arrays.copyOf(start, start.length * 2);
        }
        columns++;
        start[columns] = size;
    }

    /** Adds an entry to the last column. */
    void push(float d, long e) {
        if (size == entry.length) {
            diameter = Arrays.copyOf(diameter, size * 2);
            entry = Arrays.copyOf(entry, size * 2);
        }
        diameter[size] = d;
        entry[size++] = e;
        start[columns] = size;
    }

    int from(int column) {
        return start[column];
    }

    int to(int column) {
        return start[column + 1];
    }

    float diameter(int k) {
        return diameter[k];
    }

    long entry(int k) {
        return entry[k];
    }
}
