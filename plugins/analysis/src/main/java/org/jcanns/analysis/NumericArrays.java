package org.jcanns.analysis;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.core.io.DType;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.spi.analysis.NumericArray;

/** Analysis arrays to and from numpy's files: float64, the shape kept as it is (0-d included). */
public final class NumericArrays {
    private NumericArrays() {
    }

    /** {@code a} as a float64 numpy array (the values are copied). */
    public static NpyArray npy(NumericArray a) {
        return new NpyArray(DType.FLOAT64, a.shape(), MemorySegment.ofArray(a.values().clone()));
    }

    /** Any numeric numpy array as float64 values of the same shape. */
    public static NumericArray of(NpyArray a) {
        return new NumericArray(a.toDoubles(), a.shape());
    }

    /** Writes {@code arrays} as an uncompressed {@code .npz} (as numpy's {@code savez}), atomically. */
    public static void save(Path file, Map<String, NumericArray> arrays) throws IOException {
        Map<String, NpyArray> z = new LinkedHashMap<>();
        arrays.forEach((k, v) -> z.put(k, npy(v)));
        Npz.save(file, z, false);
    }
}
