package org.jcanns.analysis.data;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jcanns.analysis.mat.MatFile;
import org.jcanns.analysis.mat.MatVariable;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.NpzArchive;
import org.jcanns.spi.analysis.NumericArray;

/**
 * canns' {@code load_roi_data} and {@code validate_roi_data}: ROI fluorescence, one row per time frame and one
 * column per ROI, from whitespace text ({@code np.loadtxt}), {@code .npy}, {@code .npz} (array {@code data} or the
 * only array) or a MAT v5 file (variable {@code data} or the only numeric one). jcanns never downloads data: give
 * a file, or make one with {@code jcanns synth roi}.
 */
public final class RoiFiles {
    private RoiFiles() {
    }

    /** The validated ROI array of {@code file} (1-D or 2-D, non-empty, finite), chosen by its extension. */
    public static NumericArray load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "ROI data file not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        NumericArray a;
        if (name.endsWith(".npy")) {
            PickleGuard.refuse(file, false);
            try (Arena arena = Arena.ofConfined()) {
                a = array(Npy.load(file, arena), file);
            }
        } else if (name.endsWith(".npz")) {
            PickleGuard.refuse(file, true);
            try (Arena arena = Arena.ofConfined(); NpzArchive z = Npz.open(file)) {
                a = array(z.read(pick(z.names(), file), arena), file);
            }
        } else if (name.endsWith(".mat")) {
            a = matArray(MatFile.read(file), file);
        } else {
            a = TextArrays.read(file);
        }
        return validate(a, file.toString());
    }

    /** {@code a} if it is ROI data as canns accepts it (1-D or 2-D, non-empty, all finite); else a one-line error. */
    public static NumericArray validate(NumericArray a, String source) {
        if (a.rank() != 1 && a.rank() != 2) {
            throw new IllegalArgumentException(source + ": ROI data must be 1-D or 2-D (time x ROI), got shape "
                    + Arrays.toString(a.shape()));
        }
        if (a.size() == 0) {
            throw new IllegalArgumentException(source + ": ROI data is empty");
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Double.isFinite(a.get(i))) {
                int columns = a.rank() == 2 ? a.dim(1) : 1;
                throw new IllegalArgumentException(source + ": ROI data contains a non-finite value (" + a.get(i)
                        + " at row " + i / columns + ", column " + i % columns + ")");
            }
        }
        return a;
    }

    /** The array to read: {@code data}, or the only one. */
    private static String pick(java.util.Set<String> names, Path file) {
        if (names.contains("data")) {
            return "data";
        }
        if (names.size() == 1) {
            return names.iterator().next();
        }
        throw new IllegalArgumentException(file + ": expected an array 'data' or a single array, found " + names);
    }

    private static NumericArray array(NpyArray a, Path file) {
        long n = a.size();
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(file + ": array of " + n + " values is too large");
        }
        return new NumericArray(a.toDoubles(), a.shape());
    }

    private static NumericArray matArray(Map<String, MatVariable> vars, Path file) {
        if (vars.get("data") instanceof MatVariable.Numeric n) {
            return n.array();
        }
        var numeric = vars.entrySet().stream().filter(e -> e.getValue() instanceof MatVariable.Numeric).toList();
        if (numeric.size() == 1) {
            return ((MatVariable.Numeric) numeric.getFirst().getValue()).array();
        }
        throw new IllegalArgumentException(file + ": expected a numeric variable 'data' or a single numeric "
                + "variable, found " + vars.keySet());
    }
}
