package org.jcanns.analysis;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.Map;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.analysis.NumericArray;

/** Reading an analyzer's inputs: presence and rank checks with one-line errors, float32 tensors for core helpers. */
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

    /** A float32 tensor of {@code a} allocated from {@code arena}. */
    public static Tensor tensor(NumericArray a, Arena arena) {
        Tensor t = Tensor.allocate(arena, a.shape());
        for (int i = 0; i < a.size(); i++) {
            t.set(i, (float) a.get(i));
        }
        return t;
    }

    /** The values of {@code t} as a float64 array of the same shape. */
    public static NumericArray array(Tensor t) {
        double[] v = new double[Math.toIntExact(t.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.get(i);
        }
        return new NumericArray(v, t.shape());
    }
}
