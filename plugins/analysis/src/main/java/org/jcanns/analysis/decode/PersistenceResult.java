package org.jcanns.analysis.decode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jcanns.analysis.tda.TdaResult;
import org.jcanns.spi.analysis.NumericArray;

/**
 * What decoding reads of canns' {@code tda_vis} result, in the layout {@code jcanns tda} writes: {@code dgm1}
 * (k, 2) births and deaths of the H1 classes (death +∞ for classes that never die); {@code cocycles1} (rows, 3),
 * each row two vertices and a value in 0..p−1, bar i's rows being {@code cocycles1_offsets[i] ..
 * cocycles1_offsets[i + 1]}; {@code dperm2all} (n, n) the landmark distances; {@code indstemp} (n) the landmarks'
 * rows among the active times; {@code movetimes} the active time bins of the embedding.
 */
public record PersistenceResult(double[] births, double[] deaths, long[] cocycleRows, long[] cocycleOffsets,
                                double[] distances, int[] indstemp, int[] movetimes) {

    /** The number of landmarks. */
    public int nPoints() {
        return indstemp.length;
    }

    /** The number of H1 classes. */
    public int classes() {
        return births.length;
    }

    /** The rows of bar {@code i}'s cocycle, three values each. */
    public long[] cocycle(int i) {
        return Arrays.copyOfRange(cocycleRows, (int) (3 * cocycleOffsets[i]), (int) (3 * cocycleOffsets[i + 1]));
    }

    /** The result of {@code tda_vis} as decoding reads it: H1 bars, their cocycles, the landmarks and distances. */
    public static PersistenceResult of(TdaResult r) {
        double[] dgm = r.persistence().diagram(1).toArray();
        int k = dgm.length / 2;
        double[] births = new double[k];
        double[] deaths = new double[k];
        for (int i = 0; i < k; i++) {
            births[i] = dgm[2 * i];
            deaths[i] = dgm[2 * i + 1];
        }
        List<int[]> cocycles = r.persistence().cocycles(1);
        long[] offsets = new long[cocycles.size() + 1];
        for (int i = 0; i < cocycles.size(); i++) {
            offsets[i + 1] = offsets[i] + cocycles.get(i).length / 3;
        }
        long[] rows = new long[(int) (3 * offsets[cocycles.size()])];
        int at = 0;
        for (int[] c : cocycles) {
            for (int v : c) {
                rows[at++] = v;
            }
        }
        return new PersistenceResult(births, deaths, rows, offsets, r.distances().toMatrix(), r.indstemp().clone(),
                r.movetimes().clone());
    }

    /** The result in {@code arrays}, checked: names, shapes, and indices in range. */
    public static PersistenceResult of(Map<String, NumericArray> arrays, String source) {
        NumericArray dgm = need(arrays, "dgm1", source);
        NumericArray cocycles = need(arrays, "cocycles1", source);
        NumericArray offsets = need(arrays, "cocycles1_offsets", source);
        NumericArray dperm = need(arrays, "dperm2all", source);
        NumericArray inds = need(arrays, "indstemp", source);
        NumericArray moves = need(arrays, "movetimes", source);
        if (dgm.rank() != 2 || dgm.dim(1) != 2) {
            throw new IllegalArgumentException(source + ": dgm1 must be a (k, 2) array, got "
                    + Arrays.toString(dgm.shape()));
        }
        int k = dgm.dim(0);
        if (cocycles.size() > 0 && (cocycles.rank() != 2 || cocycles.dim(1) != 3)) {
            throw new IllegalArgumentException(source + ": cocycles1 must be a (rows, 3) array, got "
                    + Arrays.toString(cocycles.shape()));
        }
        if (offsets.size() != k + 1) {
            throw new IllegalArgumentException(source + ": cocycles1_offsets must have " + (k + 1)
                    + " entries (one more than the H1 classes), got " + offsets.size());
        }
        int rows = cocycles.size() / 3;
        long[] off = new long[k + 1];
        for (int i = 0; i <= k; i++) {
            off[i] = whole(offsets.get(i), "cocycles1_offsets", source);
            if (off[i] < 0 || off[i] > rows || (i > 0 && off[i] < off[i - 1])) {
                throw new IllegalArgumentException(source + ": cocycles1_offsets must rise from 0 to " + rows
                        + ", got " + off[i] + " at " + i);
            }
        }
        long[] cc = new long[cocycles.size()];
        for (int i = 0; i < cc.length; i++) {
            cc[i] = whole(cocycles.get(i), "cocycles1", source);
        }
        if (dperm.rank() != 2 || dperm.dim(0) != dperm.dim(1)) {
            throw new IllegalArgumentException(source + ": dperm2all must be a square (n, n) array, got "
                    + Arrays.toString(dperm.shape()));
        }
        int n = dperm.dim(0);
        int[] indstemp = ints(inds, "indstemp", source);
        int[] movetimes = ints(moves, "movetimes", source);
        if (indstemp.length != n) {
            throw new IllegalArgumentException(source + ": indstemp has " + indstemp.length + " landmarks but "
                    + "dperm2all is " + n + " x " + n);
        }
        for (int i : indstemp) {
            if (i < 0 || i >= movetimes.length) {
                throw new IllegalArgumentException(source + ": indstemp holds " + i + "; movetimes has "
                        + movetimes.length + " entries");
            }
        }
        double[] births = new double[k];
        double[] deaths = new double[k];
        for (int i = 0; i < k; i++) {
            births[i] = dgm.get(i, 0);
            deaths[i] = dgm.get(i, 1);
        }
        return new PersistenceResult(births, deaths, cc, off, dperm.values(), indstemp, movetimes);
    }

    private static NumericArray need(Map<String, NumericArray> arrays, String name, String source) {
        NumericArray a = arrays.get(name);
        if (a == null) {
            throw new IllegalArgumentException(source + ": a persistence result needs dgm1, cocycles1, "
                    + "cocycles1_offsets, dperm2all, indstemp and movetimes (jcanns tda_vis with cocycles); "
                    + "missing '" + name + "', found " + arrays.keySet());
        }
        return a;
    }

    private static long whole(double v, String name, String source) {
        if (v != Math.rint(v) || Math.abs(v) > 1e15) {
            throw new IllegalArgumentException(source + ": " + name + " must hold whole numbers, got " + v);
        }
        return (long) v;
    }

    private static int[] ints(NumericArray a, String name, String source) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            long v = whole(a.get(i), name, source);
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(source + ": " + name + " must hold indices >= 0, got " + v);
            }
            out[i] = (int) v;
        }
        return out;
    }
}
