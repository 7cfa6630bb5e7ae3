package org.jcanns.analysis;

import java.util.Arrays;
import java.util.Map;
import org.jcanns.spi.analysis.NumericArray;

/** Reading an analyzer's inputs: presence and rank checks with one-line errors. */
public final class Inputs {
    private Inputs() {
    }

    /** The input {@code name}, or an error naming the analyzer and what it reads. */
    public static NumericArray require(Map<String, NumericArray> inputs, String name, String analyzer) {
        NumericArray a = inputs.get(name);
        if (a == null) {
            throw new IllegalArgumentException("analyzer '" + analyzer + "' needs an input array '" + name
                    + "'; given: " + inputs.keySet());
        }
        return a;
    }

    /** {@code a} if it has {@code rank} dimensions, else an error naming it and the expected {@code shape}. */
    public static NumericArray requireRank(NumericArray a, int rank, String name, String shape) {
        if (a.rank() != rank) {
            throw new IllegalArgumentException(name + ": expected a " + shape + " array, got shape "
                    + Arrays.toString(a.shape()));
        }
        return a;
    }
}
