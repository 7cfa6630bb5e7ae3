package org.jcanns.spi.analysis;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an analysis returns: named arrays, in a stable order, and the files it wrote, by role. */
public record AnalysisResult(Map<String, NumericArray> arrays, Map<String, Path> files) {
    /** Keeps unmodifiable copies in the given order. */
    public AnalysisResult {
        arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** A result of arrays only. */
    public static AnalysisResult of(Map<String, NumericArray> arrays) {
        return new AnalysisResult(arrays, Map.of());
    }

    /** The array called {@code name}, or an error listing the names there are. */
    public NumericArray array(String name) {
        NumericArray a = arrays.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no result array '" + name + "'; available: " + arrays.keySet());
        }
        return a;
    }
}
