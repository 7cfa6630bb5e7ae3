package org.jcanns.analysis.decode;

/**
 * The coboundary (incidence) matrix of a graph, edges × vertices: row e is −1 at the edge's first vertex and +1 at
 * its second, so {@code (A·f)_e = f(second) − f(first)}. Stored as the two vertex lists, never as a matrix.
 */
public record Coboundary(int[] first, int[] second, int vertices) implements LinearOperator {
    /** Checks that both lists have one entry per edge and name vertices that exist. */
    public Coboundary {
        if (first.length != second.length) {
            throw new IllegalArgumentException("edge lists differ in length: " + first.length + " and "
                    + second.length);
        }
        for (int e = 0; e < first.length; e++) {
            if (first[e] < 0 || first[e] >= vertices || second[e] < 0 || second[e] >= vertices) {
                throw new IllegalArgumentException("edge " + e + " joins " + first[e] + " and " + second[e]
                        + "; vertices are 0.." + (vertices - 1));
            }
        }
    }

    @Override
    public int rows() {
        return first.length;
    }

    @Override
    public int columns() {
        return vertices;
    }

    @Override
    public void times(double[] f, double[] out) {
        for (int e = 0; e < first.length; e++) {
            out[e] = f[second[e]] - f[first[e]];
        }
    }

    @Override
    public void transposeTimes(double[] y, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int e = 0; e < first.length; e++) {
            out[first[e]] -= y[e];
            out[second[e]] += y[e];
        }
    }
}
