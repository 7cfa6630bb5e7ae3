package org.jcanns.analysis.decode;

import java.util.Arrays;

/**
 * canns' {@code _get_coords}: a circle-valued coordinate on the landmarks from a persistent cocycle over Z/p.
 * The cocycle's values are lifted to the integers nearest 0 ({@code c − p} when {@code p − c < c}); every edge
 * (i &lt; j) with {@code 0 < d(i, j) ≤ threshold} takes the value the cocycle gives it (placed at row
 * {@code [.., 1]}, column {@code [.., 0]}, later rows winning) or 0; the least-squares solution f of
 * {@code f(j) − f(i) = value} by {@link Lsmr} is returned modulo 1 on the vertices that edges touch.
 */
public final class CircularCoordinates {
    private CircularCoordinates() {
    }

    /** The coordinate in [0, 1) of each vertex touched by an edge, and which vertices those are. */
    public record Result(double[] values, int[] vertices) {
    }

    /**
     * The coordinate from {@code cocycle} (rows of {vertex, vertex, value}), {@code distances} (n × n row-major,
     * +∞ for absent edges) and {@code threshold}, over Z/{@code coeff}.
     */
    public static Result of(long[] cocycle, int rows, double[] distances, int n, double threshold, int coeff) {
        if ((long) n * n != distances.length) {
            throw new IllegalArgumentException("dperm2all: expected a (" + n + ", " + n + ") matrix, got "
                    + distances.length + " values");
        }
        double[] d = new double[n * n];
        // NaN marks "no edge": the lower triangle and diagonal first, as canns' np.tril_indices.
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                d[i * n + j] = Double.NaN;
            }
        }
        for (int r = 0; r < rows; r++) {
            long a = cocycle[3 * r];
            long b = cocycle[3 * r + 1];
            long value = cocycle[3 * r + 2];
            if (a < 0 || a >= n || b < 0 || b >= n) {
                throw new IllegalArgumentException("cocycle row " + r + " names vertices " + a + ", " + b
                        + "; the landmarks are 0.." + (n - 1));
            }
            long lifted = coeff - value < value ? value - coeff : value;
            d[(int) b * n + (int) a] = lifted;
        }
        int edges = 0;
        for (int i = 0; i < n * n; i++) {
            if (distances[i] > threshold || distances[i] == 0) {
                d[i] = Double.NaN;
            }
            edges += Double.isNaN(d[i]) ? 0 : 1;
        }
        int[] first = new int[edges];
        int[] second = new int[edges];
        double[] values = new double[edges];
        boolean[] touched = new boolean[n];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isNaN(d[i * n + j])) {
                    first[e] = i;
                    second[e] = j;
                    values[e] = d[i * n + j];
                    touched[i] = true;
                    touched[j] = true;
                    e++;
                }
            }
        }
        int[] vertices = new int[n];
        int[] column = new int[n];
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (touched[v]) {
                column[v] = count;
                vertices[count++] = v;
            }
        }
        for (int k = 0; k < edges; k++) {
            first[k] = column[first[k]];
            second[k] = column[second[k]];
        }
        Lsmr solution = Lsmr.solve(new Coboundary(first, second, count), values);
        double[] f = solution.x();
        for (int v = 0; v < count; v++) {
            f[v] = mod1(f[v]);
        }
        return new Result(f, Arrays.copyOf(vertices, count));
    }

    /** numpy's {@code x % 1}: fmod, moved into [0, 1) for negative x (which can round up to 1.0, as numpy's). */
    static double mod1(double x) {
        double m = x % 1.0;
        if (m != 0 && m < 0) {
            m += 1.0;
        } else if (m == 0) {
            m = 0.0;
        }
        return m;
    }
}
