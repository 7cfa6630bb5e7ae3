package org.jcanns.analysis.tda;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.topology.Metric;
import org.jcanns.core.topology.RipsDistances;

/** Reads the inputs of a persistence computation from numpy files: a point cloud or a distance matrix. */
public final class DistanceInput {
    private DistanceInput() {
    }

    /** The distances between the rows of the (n, d) array in {@code file} by {@code metric}. */
    public static RipsDistances points(Path file, Metric metric) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            NpyArray a = Npy.load(file, arena);
            if (a.shape().length != 2 || a.shape()[0] < 1 || a.shape()[1] < 1) {
                throw new IllegalArgumentException("points: expected an (n, d) array in " + file + ", got shape "
                        + Arrays.toString(a.shape()));
            }
            return RipsDistances.ofPoints(a.toDoubles(), a.shape()[0], a.shape()[1], metric);
        }
    }

    /**
     * A distance matrix: a full (n, n) {@code .npy} ({@code +inf} for no edge), or a sparse one as an {@code .npz}
     * with arrays {@code row}, {@code col}, {@code data} (one entry per edge) and {@code shape} (n, n), e.g. from
     * {@code np.savez(f, row=m.row, col=m.col, data=m.data, shape=m.shape)} of a scipy COO matrix.
     */
    public static RipsDistances distances(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz")) {
                Map<String, NpyArray> z = Npz.load(file, arena);
                for (String key : new String[] {"row", "col", "data", "shape"}) {
                    if (!z.containsKey(key)) {
                        throw new IllegalArgumentException("distances: a sparse matrix .npz needs arrays row, col, "
                                + "data and shape; " + file + " has " + String.join(", ", z.keySet()));
                    }
                }
                long[] shape = z.get("shape").toLongs();
                if (shape.length != 2 || shape[0] != shape[1]) {
                    throw new IllegalArgumentException("distances: expected a square (n, n) matrix, got shape "
                            + Arrays.toString(shape));
                }
                if (shape[0] < 1 || shape[0] > RipsDistances.MAX_POINTS) {
                    throw new IllegalArgumentException("distances: expected 1 to " + RipsDistances.MAX_POINTS
                            + " points, got " + shape[0]);
                }
                return RipsDistances.ofEdges((int) shape[0], ints(z.get("row"), "row"), ints(z.get("col"), "col"),
                        z.get("data").toDoubles());
            }
            NpyArray a = Npy.load(file, arena);
            if (a.shape().length != 2) {
                throw new IllegalArgumentException("distances: expected a square (n, n) matrix in " + file
                        + ", got shape " + Arrays.toString(a.shape()));
            }
            return RipsDistances.ofMatrix(a.toDoubles(), a.shape()[0], a.shape()[1]);
        }
    }

    private static int[] ints(NpyArray a, String name) {
        long[] v = a.toLongs();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("distances: " + name + "[" + i + "] is " + v[i]
                        + "; expected a point index");
            }
            out[i] = (int) v[i];
        }
        return out;
    }
}
