package org.jcanns.core.topology;

import java.util.Arrays;

/** A growable list of simplices: diameter and number, side by side. */
final class SimplexList {
    float[] diameter;
    long[] index;
    int size;

    SimplexList(int capacity) {
        diameter = new float[Math.max(16, capacity)];
        index = new long[Math.max(16, capacity)];
    }

    void add(float d, long i) {
        if (size == index.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, size * 2L);
            if (capacity == size) {
                throw new IllegalStateException("more than " + size + " simplices in one dimension");
            }
            diameter = Arrays.copyOf(diameter, capacity);
            index = Arrays.copyOf(index, capacity);
        }
        diameter[size] = d;
        index[size++] = i;
    }

    void reverse() {
        for (int a = 0, b = size - 1; a < b; a++, b--) {
            float d = diameter[a];
            diameter[a] = diameter[b];
            diameter[b] = d;
            long i = index[a];
            index[a] = index[b];
            index[b] = i;
        }
    }

    /**
     * Sorts into the order columns are reduced in: decreasing diameter, then increasing number (the reverse of the
     * filtration order).
     */
    void sortForReduction() {
        // Diameters are non-negative, so their bit patterns order as they do; sort (reversed bits, position) keys.
        long[] keys = new long[size];
        for (int k = 0; k < size; k++) {
            keys[k] = ((long) (0x7FFFFFFF - Float.floatToRawIntBits(diameter[k])) << 32) | k;
        }
        Arrays.sort(keys);
        float[] d = new float[diameter.length];
        long[] idx = new long[index.length];
        for (int k = 0; k < size; k++) {
            int from = (int) keys[k];
            d[k] = diameter[from];
            idx[k] = index[from];
        }
        keys = null;
        for (int a = 0; a < size; ) {
            int b = a + 1;
            while (b < size && d[b] == d[a]) {
                b++;
            }
            if (b - a > 1) {
                Arrays.sort(idx, a, b);
            }
            a = b;
        }
        diameter = d;
        index = idx;
    }
}
