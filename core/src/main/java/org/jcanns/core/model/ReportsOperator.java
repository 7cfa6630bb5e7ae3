package org.jcanns.core.model;

/**
 * A model or batch that computes its recurrent input with a named operator (dense, fft, spectral, ...), so that a
 * run report can say which one was used.
 */
public interface ReportsOperator {
    /** The name of the operator computing the recurrent input, e.g. {@code fft}. */
    String operator();

    /** The operator name of {@code modelOrBatch}, or {@code none} when it reports none. */
    static String of(Object modelOrBatch) {
        return modelOrBatch instanceof ReportsOperator r ? r.operator() : "none";
    }
}
