package org.jcanns.analysis.numeric;

/** Order statistics without sorting: Hoare's quickselect with a median-of-three pivot. */
public final class QuickSelect {
    private QuickSelect() {
    }

    /** The value of rank {@code r} (0-based) of {@code a}, which is reordered. */
    public static double select(double[] a, int r) {
        return select(a, a.length, r);
    }

    /** The value of rank {@code r} (0-based) among {@code a[0, length)}, which is reordered. */
    public static double select(double[] a, int length, int r) {
        int lo = 0;
        int hi = length - 1;
        while (lo < hi) {
            double pivot = median3(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (r <= j) {
                hi = j;
            } else if (r >= i) {
                lo = i;
            } else {
                return a[r];
            }
        }
        return a[r];
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
