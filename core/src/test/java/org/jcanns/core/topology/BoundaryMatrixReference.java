package org.jcanns.core.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The obviously-correct reference for the engine: list every simplex of the Vietoris–Rips complex up to dimension
 * maxDim + 1 explicitly, sort them into a filtration (diameter, then dimension), build the boundary matrix over Z/p
 * and reduce it with the textbook column algorithm (homology, not cohomology; no clearing, no apparent pairs, no
 * implicit matrix). Bars of zero length are dropped, as Ripser does. Only for small inputs.
 */
final class BoundaryMatrixReference {
    private BoundaryMatrixReference() {
    }

    /** A simplex: its vertices in increasing order and its diameter. */
    record Simplex(int[] vertices, double diameter) {
        int dim() {
            return vertices.length - 1;
        }
    }

    /** The bars of dimensions 0..maxDim, each a list of {birth, death}. */
    static List<List<double[]>> barcodes(double[] d, int n, int maxDim, int p, double threshold) {
        List<Simplex> simplices = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            simplices.add(new Simplex(new int[] {v}, 0));
        }
        extend(simplices, d, n, maxDim + 1, threshold);
        simplices.sort((a, b) -> a.diameter() != b.diameter() ? Double.compare(a.diameter(), b.diameter())
                : Integer.compare(a.dim(), b.dim()));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < simplices.size(); i++) {
            position.put(Arrays.toString(simplices.get(i).vertices()), i);
        }
        int m = simplices.size();
        List<TreeMap<Integer, Integer>> columns = new ArrayList<>();
        for (Simplex s : simplices) {
            TreeMap<Integer, Integer> column = new TreeMap<>();
            int[] v = s.vertices();
            if (v.length > 1) {
                for (int i = 0; i < v.length; i++) {
                    int[] face = new int[v.length - 1];
                    for (int a = 0, b = 0; a < v.length; a++) {
                        if (a != i) {
                            face[b++] = v[a];
                        }
                    }
                    column.put(position.get(Arrays.toString(face)), (i % 2 == 0) ? 1 : p - 1);
                }
            }
            columns.add(column);
        }
        // Standard reduction: while another column has the same lowest row, subtract a multiple of it.
        int[] columnOfLow = new int[m];
        Arrays.fill(columnOfLow, -1);
        for (int j = 0; j < m; j++) {
            TreeMap<Integer, Integer> col = columns.get(j);
            while (!col.isEmpty() && columnOfLow[col.lastKey()] != -1) {
                int low = col.lastKey();
                TreeMap<Integer, Integer> other = columns.get(columnOfLow[low]);
                long factor = (long) col.get(low) * inverse(other.get(low), p) % p;
                for (Map.Entry<Integer, Integer> e : other.entrySet()) {
                    int value = (int) (((col.getOrDefault(e.getKey(), 0) - factor * e.getValue()) % p + p) % p);
                    if (value == 0) {
                        col.remove(e.getKey());
                    } else {
                        col.put(e.getKey(), value);
                    }
                }
            }
            if (!col.isEmpty()) {
                columnOfLow[col.lastKey()] = j;
            }
        }
        List<List<double[]>> bars = new ArrayList<>();
        for (int k = 0; k <= maxDim; k++) {
            bars.add(new ArrayList<>());
        }
        for (int i = 0; i < m; i++) {
            Simplex s = simplices.get(i);
            if (s.dim() > maxDim || !columns.get(i).isEmpty()) {
                continue;
            }
            if (columnOfLow[i] == -1) {
                bars.get(s.dim()).add(new double[] {s.diameter(), Double.POSITIVE_INFINITY});
            } else {
                double death = simplices.get(columnOfLow[i]).diameter();
                if (death > s.diameter()) {
                    bars.get(s.dim()).add(new double[] {s.diameter(), death});
                }
            }
        }
        return bars;
    }

    /** Adds every simplex of dimension 1..top (cliques of edges within the threshold). */
    private static void extend(List<Simplex> out, double[] d, int n, int top, double threshold) {
        List<int[]> current = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            current.add(new int[] {v});
        }
        for (int dim = 1; dim <= top; dim++) {
            List<int[]> next = new ArrayList<>();
            for (int[] s : current) {
                for (int w = s[s.length - 1] + 1; w < n; w++) {
                    int[] t = Arrays.copyOf(s, s.length + 1);
                    t[s.length] = w;
                    double diam = diameter(t, d, n);
                    if (diam <= threshold && diam < Double.POSITIVE_INFINITY) {
                        next.add(t);
                        out.add(new Simplex(t, diam));
                    }
                }
            }
            current = next;
        }
    }

    static double diameter(int[] v, double[] d, int n) {
        double diam = 0;
        for (int a = 0; a < v.length; a++) {
            for (int b = a + 1; b < v.length; b++) {
                diam = Math.max(diam, d[v[a] * n + v[b]]);
            }
        }
        return diam;
    }

    static int inverse(int a, int p) {
        for (int x = 1; x < p; x++) {
            if ((long) a * x % p == 1) {
                return x;
            }
        }
        throw new ArithmeticException(a + " has no inverse mod " + p);
    }
}
