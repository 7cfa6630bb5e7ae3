package org.jcanns.core.topology;

import java.util.Arrays;
import java.util.Locale;

/**
 * A rough estimate of the memory a persistence computation needs, from the number of simplices it will hold (edges
 * and triangles counted, higher dimensions extrapolated), so that an impossible computation is refused up front
 * with a threshold that would fit instead of failing after minutes.
 */
final class RipsMemory {
    /** Above this many bit operations, triangles are bounded from the degrees instead of counted. */
    private static final double EXACT_TRIANGLE_WORK = 2e8;

    private RipsMemory() {
    }

    /** Estimated peak bytes for dimensions up to {@code maxDim} at {@code threshold}. */
    static double bytes(RipsDistances d, float threshold, int maxDim) {
        double[] counts = simplexCounts(d, threshold, maxDim);
        double edges = counts[1];
        double peak = 32 * edges;
        for (int k = 1; k <= maxDim; k++) {
            // Edge list, the simplices of dimension k-1 being extended, and the columns and pivots of dimension k
            // (half of the simplices, the rest being apparent pairs or cleared, at 32 bytes each).
            double stage = 12 * edges + (k >= 2 ? 12 * counts[k - 1] : 0) + 16 * counts[k];
            peak = Math.max(peak, stage);
        }
        double representation = d instanceof DenseDistances ? 0 : 16 * edges;
        return peak + representation;
    }

    /** Counts (estimates above dimension 2) of the simplices of dimensions 0..maxDim + 1 at {@code threshold}. */
    static double[] simplexCounts(RipsDistances d, float threshold, int maxDim) {
        int n = d.size();
        double[] c = new double[Math.max(3, maxDim + 2)];
        c[0] = n;
        long[] degree = new long[n];
        long edges = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (d.distance(i, j) <= threshold) {
                    degree[i]++;
                    degree[j]++;
                    edges++;
                }
            }
        }
        c[1] = edges;
        c[2] = (double) edges * n / 64 <= EXACT_TRIANGLE_WORK ? triangles(d, threshold) : triangleBound(degree);
        double perEdge = edges == 0 ? 0 : 3 * c[2] / edges;
        for (int k = 3; k < c.length; k++) {
            c[k] = Math.min(c[k - 1] * perEdge / (k + 1), choose(n, k + 1));
        }
        return c;
    }

    private static long triangles(RipsDistances d, float threshold) {
        int n = d.size();
        int words = (n + 63) >>> 6;
        long[] adjacent = new long[n * words];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (d.distance(i, j) <= threshold) {
                    adjacent[i * words + (j >>> 6)] |= 1L << j;
                    adjacent[j * words + (i >>> 6)] |= 1L << i;
                }
            }
        }
        long count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if ((adjacent[i * words + (j >>> 6)] & (1L << j)) == 0) {
                    continue;
                }
                // Common neighbours below j: each triangle i > j > k once.
                for (int w = 0; w <= (j >>> 6); w++) {
                    long common = adjacent[i * words + w] & adjacent[j * words + w];
                    if (w == (j >>> 6)) {
                        common &= (1L << j) - 1;
                    }
                    count += Long.bitCount(common);
                }
            }
        }
        return count;
    }

    private static double triangleBound(long[] degree) {
        double s = 0;
        for (long g : degree) {
            s += g * (g - 1) / 2.0;
        }
        return s / 3;
    }

    static double choose(int n, int k) {
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    /**
     * Refuses the computation when its estimate exceeds {@code available} bytes, naming the need, what the JVM has
     * and a threshold at which the estimate fits.
     */
    static void check(RipsDistances d, float threshold, int maxDim, long available) {
        double need = bytes(d, threshold, maxDim);
        if (need <= available) {
            return;
        }
        float suggestion = largestFitting(d, threshold, maxDim, 0.8 * available);
        String advice = suggestion > 0
                ? String.format(Locale.ROOT, "a threshold of at most %.4g fits (--threshold)", suggestion)
                : "no threshold fits";
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "persistence up to dimension %d needs about %s for %.3g simplices, but the JVM has %s; %s, or lower "
                        + "maxdim, or give Java more memory (-Xmx, e.g. JCANNS_JAVA_OPTS=-Xmx16g)",
                maxDim, gib(need), simplexCounts(d, threshold, maxDim)[maxDim], gib((double) available), advice));
    }

    private static float largestFitting(RipsDistances d, float threshold, int maxDim, double budget) {
        int n = d.size();
        // Candidate thresholds: the edge lengths (a strided sample of at most a million), sorted.
        long pairs = (long) n * (n - 1) / 2;
        int stride = (int) Math.max(1, pairs / 1_000_000);
        float[] lengths = new float[(int) Math.min(pairs, 1_000_000) + 1];
        int m = 0;
        long k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++, k++) {
                float v = d.distance(i, j);
                if (k % stride == 0 && v <= threshold && m < lengths.length) {
                    lengths[m++] = v;
                }
            }
        }
        lengths = Arrays.copyOf(lengths, m);
        Arrays.sort(lengths);
        int lo = -1;
        int hi = m - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (bytes(d, lengths[mid], maxDim) <= budget) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo < 0 ? 0 : lengths[lo];
    }

    /** Refuses a full n×n float32 matrix that does not fit in the heap that is left. */
    static void requireFullMatrix(int n, String what) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        double need = 4.0 * n * n;
        if (need > available) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: the %d×%d distance matrix needs %s, "
                    + "but the JVM has %s; give Java more memory (-Xmx, e.g. JCANNS_JAVA_OPTS=-Xmx16g) or fewer "
                    + "points", what, n, n, gib(need), gib((double) available)));
        }
    }

    static String gib(double bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (1L << 30))
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (1L << 20));
    }
}
