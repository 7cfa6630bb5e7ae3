package org.jcanns.core.topology;

/**
 * Sums a list of (entry, diameter) pairs per simplex: the entries (simplex number << bits | coefficient) are sorted,
 * the coefficients of each simplex added modulo p and the simplices whose sum is zero dropped.
 */
final class EntrySums {
    private EntrySums() {
    }

    /** Sums {@code entry[0, size)} (with their {@code diameter}s) in place; returns the new size. */
    static int sum(long[] entry, float[] diameter, int size, int bits, int p) {
        sort(entry, diameter, size);
        long mask = (1L << bits) - 1;
        int out = 0;
        for (int a = 0; a < size; ) {
            long simplex = entry[a] >>> bits;
            float d = diameter[a];
            long c = 0;
            int b = a;
            while (b < size && entry[b] >>> bits == simplex) {
                c += entry[b] & mask;
                b++;
            }
            c %= p;
            if (c != 0) {
                entry[out] = (simplex << bits) | c;
                diameter[out++] = d;
            }
            a = b;
        }
        return out;
    }

    /** Sorts the pairs by entry: insertion sort for the usual handful, else a bottom-up merge sort. */
    private static void sort(long[] e, float[] d, int size) {
        if (size <= 32) {
            for (int a = 1; a < size; a++) {
                long x = e[a];
                float y = d[a];
                int b = a - 1;
                while (b >= 0 && e[b] > x) {
                    e[b + 1] = e[b];
                    d[b + 1] = d[b];
                    b--;
                }
                e[b + 1] = x;
                d[b + 1] = y;
            }
            return;
        }
        long[] e2 = new long[size];
        float[] d2 = new float[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(lo + width, size);
                int hi = Math.min(lo + 2 * width, size);
                for (int a = lo, b = mid, out = lo; out < hi; out++) {
                    boolean left = b >= hi || (a < mid && e[a] <= e[b]);
                    e2[out] = left ? e[a] : e[b];
                    d2[out] = left ? d[a++] : d[b++];
                }
            }
            System.arraycopy(e2, 0, e, 0, size);
            System.arraycopy(d2, 0, d, 0, size);
        }
    }
}
