package org.jcanns.analysis.data;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jcanns.analysis.mat.MatFile;
import org.jcanns.analysis.mat.MatVariable;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.NpzArchive;
import org.jcanns.spi.analysis.NumericArray;

/**
 * canns' {@code load_grid_data} and {@code validate_grid_data} in jcanns' plain layout ({@link GridRecording}):
 * {@code .npz} with {@code spike_times}, {@code spike_counts}, {@code t} and optionally {@code x}, {@code y}; or a
 * MAT v5 file with the same variables, or with {@code spike} as a cell array of spike-time vectors (MATLAB's usual
 * form). canns keeps {@code spike} as a pickled dict inside its npz: jcanns never unpickles (a pickle can run
 * code), and says how to convert such a file.
 */
public final class GridFiles {

    /** The arrays of the plain layout: the only ones read from an archive (the others are only listed). */
    private static final java.util.Set<String> LAYOUT = java.util.Set.of("spike_times", "spike_counts", "t", "x", "y");

    private GridFiles() {
    }

    /** The validated recording of {@code file} ({@code .npz} or {@code .mat}). */
    public static GridRecording load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "grid-cell data file not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, NumericArray> arrays = new LinkedHashMap<>();
        if (name.endsWith(".mat")) {
            for (Map.Entry<String, MatVariable> e : MatFile.read(file).entrySet()) {
                if (e.getValue() instanceof MatVariable.Numeric n) {
                    arrays.put(e.getKey(), n.array());
                } else if (e.getKey().equals("spike") && e.getValue() instanceof MatVariable.Cell c) {
                    flattenCells(c, arrays, file);
                }
            }
        } else if (name.endsWith(".npz")) {
            PickleGuard.refuse(file, true);
            try (Arena arena = Arena.ofConfined(); NpzArchive z = Npz.open(file)) {
                for (String key : z.names()) {
                    if (LAYOUT.contains(key)) {
                        NpyArray a = z.read(key, arena);
                        arrays.put(key, new NumericArray(a.toDoubles(), a.shape()));
                    } else {
                        arrays.put(key, NumericArray.of(new double[0], 0));
                    }
                }
            }
        } else {
            throw new IllegalArgumentException(file + ": grid-cell data must be a .npz or .mat file");
        }
        return validate(arrays, file.toString());
    }

    /** A recording from named arrays in the plain layout, checked as canns' {@code validate_grid_data} and more. */
    public static GridRecording validate(Map<String, NumericArray> arrays, String source) {
        for (String key : new String[] {"spike_times", "spike_counts", "t"}) {
            if (!arrays.containsKey(key)) {
                throw new IllegalArgumentException(source + ": grid data needs arrays spike_times, spike_counts "
                        + "and t (x, y optional); missing '" + key + "', found " + arrays.keySet()
                        + (arrays.containsKey("spike") ? "; 'spike' (canns' layout): "
                        + PickleGuard.CONVERSION_HINT : ""));
            }
        }
        double[] times = vector(arrays.get("spike_times"), "spike_times", source);
        double[] countValues = vector(arrays.get("spike_counts"), "spike_counts", source);
        double[] t = vector(arrays.get("t"), "t", source);
        if (countValues.length == 0) {
            throw new IllegalArgumentException(source + ": spike data is empty (spike_counts has no cells)");
        }
        if (t.length == 0) {
            throw new IllegalArgumentException(source + ": time data 't' is empty");
        }
        requireFinite(t, "t", source);
        requireFinite(times, "spike_times", source);
        long[] counts = new long[countValues.length];
        long total = 0;
        for (int c = 0; c < counts.length; c++) {
            double v = countValues[c];
            if (!(v >= 0) || v != Math.rint(v)) {
                throw new IllegalArgumentException(source + ": spike_counts[" + c + "] must be a whole number >= 0, "
                        + "got " + v);
            }
            counts[c] = (long) v;
            total += counts[c];
        }
        if (total != times.length) {
            throw new IllegalArgumentException(source + ": spike_counts add up to " + total + " spikes but "
                    + "spike_times holds " + times.length);
        }
        double[] x = position(arrays, "x", t.length, source);
        double[] y = position(arrays, "y", t.length, source);
        if ((x == null) != (y == null)) {
            throw new IllegalArgumentException(source + ": give both x and y, or neither");
        }
        return new GridRecording(times, counts, t, x, y);
    }

    private static double[] position(Map<String, NumericArray> arrays, String key, int length, String source) {
        NumericArray a = arrays.get(key);
        if (a == null) {
            return null;
        }
        double[] v = vector(a, key, source);
        if (v.length == 0) {
            throw new IllegalArgumentException(source + ": position data '" + key + "' is empty");
        }
        requireFinite(v, key, source);
        if (v.length != length) {
            throw new IllegalArgumentException(source + ": position data '" + key + "' has " + v.length
                    + " samples but t has " + length);
        }
        return v;
    }

    /** A 1-D array, or a MATLAB row or column vector, as its values. */
    private static double[] vector(NumericArray a, String key, String source) {
        int[] s = a.shape();
        boolean vector = s.length == 1 || (s.length == 2 && (s[0] == 1 || s[1] == 1)) || a.size() == 0;
        if (!vector) {
            throw new IllegalArgumentException(source + ": '" + key + "' must be a vector, got shape "
                    + java.util.Arrays.toString(s));
        }
        return a.values();
    }

    private static void requireFinite(double[] v, String key, String source) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(source + ": '" + key + "' contains a non-finite value (" + v[i]
                        + " at index " + i + ")");
            }
        }
    }

    /** A MATLAB cell array of spike-time vectors as spike_times and spike_counts. */
    private static void flattenCells(MatVariable.Cell cell, Map<String, NumericArray> arrays, Path file) {
        int total = 0;
        for (MatVariable v : cell.elements()) {
            if (!(v instanceof MatVariable.Numeric n)) {
                throw new IllegalArgumentException(file + ": cell array 'spike' must hold numeric vectors of spike "
                        + "times");
            }
            total += n.array().size();
        }
        double[] times = new double[total];
        double[] counts = new double[cell.elements().size()];
        int at = 0;
        for (int c = 0; c < counts.length; c++) {
            double[] v = ((MatVariable.Numeric) cell.elements().get(c)).array().values();
            System.arraycopy(v, 0, times, at, v.length);
            at += v.length;
            counts[c] = v.length;
        }
        arrays.put("spike_times", NumericArray.of(times));
        arrays.put("spike_counts", NumericArray.of(counts));
    }
}
