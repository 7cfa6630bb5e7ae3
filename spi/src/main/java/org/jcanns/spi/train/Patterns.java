package org.jcanns.spi.train;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.List;
import org.jcanns.spi.Tensor;

/** Checks and assembles training patterns, failing with a message that names what is wrong and where. */
public final class Patterns {
    /** A test on one pattern value. */
    @FunctionalInterface
    public interface ValueTest {
        /** Whether {@code v} is allowed. */
        boolean allows(float v);
    }

    private Patterns() {
    }

    /** Stacks equal-length rows into a new (P, N) tensor from {@code arena}; {@code what} names them in errors. */
    public static Tensor stack(Arena arena, List<float[]> rows, String what) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(what + ": expected at least one pattern, got none");
        }
        int n = rows.getFirst().length;
        if (n == 0) {
            throw new IllegalArgumentException(what + ": pattern 0 is empty");
        }
        Tensor t = Tensor.allocate(arena, rows.size(), n);
        for (int p = 0; p < rows.size(); p++) {
            if (rows.get(p).length != n) {
                throw new IllegalArgumentException(what + ": all patterns must have the same length; pattern " + p
                        + " has " + rows.get(p).length + " values, pattern 0 has " + n);
            }
            t.slice(p).copyFrom(rows.get(p));
        }
        return t;
    }

    /** Requires a (P, N) tensor with P, N >= 1 and only finite values. */
    public static void requireBatch(Tensor t, String what) {
        if (t.rank() != 2 || t.dim(0) < 1 || t.dim(1) < 1) {
            throw new IllegalArgumentException(what + ": expected a (P, N) array with at least one pattern of at "
                    + "least one value, got shape " + Arrays.toString(t.shape()));
        }
        requireValues(t, what, "finite numbers", Float::isFinite);
    }

    /** Requires rows of length {@code n}; {@code expected} says where n comes from, e.g. "the network's neurons". */
    public static void requireLength(Tensor t, int n, String what, String expected) {
        int got = t.dim(t.rank() - 1);
        if (got != n) {
            throw new IllegalArgumentException(what + ": each pattern must have " + n + " values (" + expected
                    + "), got " + got);
        }
    }

    /** Requires every value to pass {@code test}, naming the first that does not and {@code expected}. */
    public static void requireValues(Tensor t, String what, String expected, ValueTest test) {
        int n = t.dim(t.rank() - 1);
        for (long i = 0; i < t.size(); i++) {
            float v = t.get(i);
            if (!test.allows(v)) {
                throw new IllegalArgumentException(what + ": expected " + expected + "; pattern " + i / n + " has "
                        + v + " at index " + i % n);
            }
        }
    }

    /** Requires every value to be −1 or +1. */
    public static void requireBipolar(Tensor t, String what) {
        requireValues(t, what, "values of -1 and +1 only", v -> v == 1f || v == -1f);
    }
}
