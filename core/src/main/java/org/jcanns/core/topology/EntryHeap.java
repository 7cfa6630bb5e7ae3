package org.jcanns.core.topology;

import java.util.Arrays;

/**
 * A working column of the reduction: a 4-ary heap (shallower than a binary one, its children side by side) of (diameter, entry) pairs, an entry being a simplex number with
 * its coefficient in the low bits. The top is the filtration-first simplex: smallest diameter, then the largest
 * number (simplices of equal diameter enter the filtration in reverse colexicographic order). Entries for the same
 * simplex are summed only when they reach the top ({@link #pivot}).
 */
final class EntryHeap {
    private float[] diameter = new float[64];
    private long[] entry = new long[64];
    private int size;
    private final int bits;
    private final long mask;
    private final int p;

    EntryHeap(PrimeField field) {
        this.bits = field.bits();
        this.mask = (1L << bits) - 1;
        this.p = field.p;
    }

    void clear() {
        size = 0;
    }

    /** Adds an entry, keeping the heap order. */
    void push(float d, long e) {
        if (size == entry.length) {
            grow();
        }
        int i = size++;
        siftUp(i, d, e);
    }

    /** Adds an entry without ordering; call {@link #heapify} before reading the heap. */
    void append(float d, long e) {
        if (size == entry.length) {
            grow();
        }
        diameter[size] = d;
        entry[size++] = e;
    }

    /** Restores the heap order after {@link #append}s (linear time). */
    void heapify() {
        for (int i = (size - 2) >> 2; i >= 0; i--) {
            siftDown(i, diameter[i], entry[i]);
        }
    }

    /**
     * The pivot: the first simplex whose summed coefficient is non-zero, left at the top; entries before it that
     * cancelled are removed. Returns its entry with the summed coefficient, or -1 when the column is zero.
     */
    long pivot() {
        while (size > 0) {
            long top = entry[0];
            float d = diameter[0];
            long simplex = top >>> bits;
            int c = (int) (top & mask);
            removeTop();
            while (size > 0 && entry[0] >>> bits == simplex) {
                c += (int) (entry[0] & mask);
                removeTop();
            }
            c %= p;
            if (c != 0) {
                long e = (simplex << bits) | c;
                push(d, e);
                return e;
            }
        }
        return -1;
    }

    /** The diameter of the top entry (after {@link #pivot}). */
    float topDiameter() {
        return diameter[0];
    }

    private void removeTop() {
        int last = --size;
        if (last > 0) {
            siftDown(0, diameter[last], entry[last]);
        }
    }

    private void siftUp(int i, float d, long e) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            float pd = diameter[parent];
            long pe = entry[parent];
            if (pd < d || (pd == d && pe >= e)) {
                break;
            }
            diameter[i] = pd;
            entry[i] = pe;
            i = parent;
        }
        diameter[i] = d;
        entry[i] = e;
    }

    private void siftDown(int i, float d, long e) {
        int n = size;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) {
                break;
            }
            // The first of up to four children in filtration order.
            int child = first;
            float cd = diameter[first];
            long ce = entry[first];
            int last = Math.min(first + 4, n);
            for (int k = first + 1; k < last; k++) {
                float kd = diameter[k];
                long ke = entry[k];
                if (kd < cd || (kd == cd && ke > ce)) {
                    child = k;
                    cd = kd;
                    ce = ke;
                }
            }
            if (d < cd || (d == cd && e >= ce)) {
                break;
            }
            diameter[i] = cd;
            entry[i] = ce;
            i = child;
        }
        diameter[i] = d;
        entry[i] = e;
    }

    private void grow() {
        diameter = Arrays.copyOf(diameter, diameter.length * 2);
        entry = Arrays.copyOf(entry, entry.length * 2);
    }
}
