package org.jcanns.core.operator;

import org.jcanns.spi.Tensor;

/**
 * The recurrent term {@code W·r} of a network with n neurons, whatever the structure of W: dense, circulant, ...
 * Implementations agree with {@link DenseOperator} to float32 tolerance.
 */
public interface RecurrentOperator {
    /** Short name for reports: {@code dense}, {@code fft}, ... */
    String name();

    /** Number of neurons n (W is n×n). */
    int size();

    /** Writes {@code W·r} into {@code out}; both hold n elements and must not overlap. Not thread-safe. */
    void apply(Tensor r, Tensor out);

    /**
     * Writes {@code W·r_b} into row b of {@code out} for every row b of {@code r}, both of shape (B, n): B networks
     * sharing W. Safe to call from several threads at once on disjoint rows. The default applies the rows one by
     * one (serialised, since {@link #apply} is not thread-safe); operators override it with one GEMM or batched FFTs.
     */
    default void applyBatch(Tensor r, Tensor out) {
        checkBatch(this, r, out);
        synchronized (this) {
            for (int b = 0; b < r.dim(0); b++) {
                apply(r.slice(b), out.slice(b));
            }
        }
    }

    /**
     * Part {@code part} (0-based) of {@code parts} of {@link #applyBatch}: the parts together do all of it and may
     * run at the same time on different threads. Operators split where it costs least (a GEMM by output columns, so
     * each thread reads its own part of W once; FFTs by networks). The default: part 0 does everything.
     */
    default void applyBatchPart(Tensor r, Tensor out, int part, int parts) {
        if (part == 0) {
            applyBatch(r, out);
        }
    }

    /** Rows or columns [first, end) of part {@code part} of {@code parts} over {@code count}. */
    static int partStart(int count, int part, int parts) {
        return (int) ((long) count * part / parts);
    }

    /** Fails unless r and out are (B, n) for this operator's n. */
    static void checkBatch(RecurrentOperator op, Tensor r, Tensor out) {
        if (r.rank() != 2 || out.rank() != 2 || r.dim(0) != out.dim(0) || r.dim(1) != op.size()
                || out.dim(1) != op.size()) {
            throw new IllegalArgumentException("applyBatch needs r and out of shape (B, " + op.size() + "), got " + r
                    + " and " + out);
        }
    }

    /** Fails unless r and out each hold the operator's n elements. */
    static void checkSizes(RecurrentOperator op, Tensor r, Tensor out) {
        if (r.size() != op.size() || out.size() != op.size()) {
            throw new IllegalArgumentException(op.name() + " operator of " + op.size() + " neurons got r " + r
                    + " and out " + out);
        }
    }
}
