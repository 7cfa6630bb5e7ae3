package org.jcanns.spi.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A parameterised analysis from named input arrays to named result arrays (and files). Long work reports progress
 * through the context's listener and stops with {@link java.util.concurrent.CancellationException} when the
 * context is cancelled; bad inputs are {@link IllegalArgumentException}s naming the array and what was expected.
 */
public interface Analyzer {
    /** The arrays {@link #analyze} reads, in order. */
    List<AnalysisInput> inputs();

    /** Runs the analysis on {@code inputs}. */
    AnalysisResult analyze(Map<String, NumericArray> inputs, AnalysisContext context) throws IOException;
}
