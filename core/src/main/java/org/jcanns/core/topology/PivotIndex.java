package org.jcanns.core.topology;

/**
 * Which reduced column has which pivot: an open-addressing hash map from a simplex number to the column's position
 * and the pivot's coefficient. Keys and values sit side by side in one array (one cache line per probe).
 */
final class PivotIndex {
    private static final long EMPTY = -1;
    private long[] slots;
    private int mask;
    private int size;

    PivotIndex(int expected) {
        // Start at most at 2^24 slots; the table doubles when half full.
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 24, expected * 2L)) - 1) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        slots = new long[2 * capacity];
        java.util.Arrays.fill(slots, EMPTY);
        mask = capacity - 1;
        size = 0;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The (column << 32 | coefficient) stored for {@code simplex}, or -1. */
    long get(long simplex) {
        int i = hash(simplex) & mask;
        while (true) {
            long k = slots[2 * i];
            if (k == simplex) {
                return slots[2 * i + 1];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Whether {@code simplex} is the pivot of a column. */
    boolean contains(long simplex) {
        return get(simplex) != -1;
    }

    /** Records that column {@code column} has pivot {@code simplex} with coefficient {@code coefficient}. */
    void put(long simplex, int column, int coefficient) {
        if (2L * (size + 1) > mask + 1) {
            rehash();
        }
        int i = hash(simplex) & mask;
        while (slots[2 * i] != EMPTY) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = simplex;
        slots[2 * i + 1] = ((long) column << 32) | coefficient;
        size++;
    }

    private void rehash() {
        long[] old = slots;
        allocate((mask + 1) * 2);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                put(old[i], (int) (old[i + 1] >>> 32), (int) old[i + 1]);
            }
        }
    }
}
