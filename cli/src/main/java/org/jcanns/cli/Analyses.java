package org.jcanns.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.AnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;

/** Runs analyzers found by the registry and writes their arrays as numpy files. */
final class Analyses {
    private Analyses() {
    }

    /** Runs analyzer {@code name} with text {@code params} (validated by its spec) on {@code inputs}. */
    static AnalysisResult run(Registry registry, String name, Map<String, String> params,
                              Map<String, NumericArray> inputs, AnalysisContext context) throws IOException {
        AnalyzerProvider p = registry.analyzer(name);
        return p.create(p.parameters().parse(params)).analyze(inputs, context);
    }

    /** {@code arrays} as float64 numpy arrays, in order. */
    static Map<String, NpyArray> npy(Map<String, NumericArray> arrays) {
        Map<String, NpyArray> z = new LinkedHashMap<>();
        arrays.forEach((k, v) -> z.put(k, NpyArray.of(v)));
        return z;
    }
}
