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

    /** What an analysis does with its inputs: the body of {@link #of}. */
    @FunctionalInterface
    interface Body {
        /** Runs on {@code inputs} within {@code context}. */
        AnalysisResult apply(Map<String, NumericArray> inputs, AnalysisContext context) throws IOException;
    }

    /** The analyzer that reads {@code inputs} and runs {@code body}. */
    static Analyzer of(List<AnalysisInput> inputs, Body body) {
        List<AnalysisInput> declared = List.copyOf(inputs);
        return new Analyzer() {
            @Override
            public List<AnalysisInput> inputs() {
                return declared;
            }

            @Override
            public AnalysisResult analyze(Map<String, NumericArray> in, AnalysisContext context) throws IOException {
                return body.apply(in, context);
            }
        };
    }
}
