package org.jcanns.core.operator;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * {@code W·r} for translation-invariant connectivity on a ring or a torus, as a circular convolution by FFT.
 *
 * <p>On a ring of period M, {@code W[i][j] = K[(i − j) mod M]}; on an M×M torus with neuron p at (row, column),
 * {@code W[p][q] = K[((row_p − row_q) mod M)·M + (col_p − col_q) mod M]}. canns places its CANN neurons with
 * {@code linspace(z_min, z_max, num)} including both ends, so neuron num−1 sits on neuron 0 and the period is
 * M = num − 1: the input is folded onto M points, convolved, and the result copied back to the duplicate. This is
 * exact, not an approximation: W itself has that structure. Any M works: see {@link RingConvolution} for how
 * periods that are not powers of two are handled without Bluestein.
 */
public final class CirculantOperator implements RecurrentOperator {
    private final int period;
    private final int length;
    private final boolean torus;
    private final RingConvolution ring;
    private final TorusConvolution plane;

    private CirculantOperator(float[] kernel, int period, int length, boolean torus, Kernels kernels) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, got " + period);
        }
        if (length != period && length != period + 1) {
            throw new IllegalArgumentException("neurons per axis must equal the period (" + period
                    + ") or exceed it by one duplicated end point, got " + length);
        }
        int cells = torus ? period * period : period;
        if (kernel.length != cells) {
            throw new IllegalArgumentException("kernel needs " + cells + " values, got " + kernel.length);
        }
        this.period = period;
        this.length = length;
        this.torus = torus;
        this.ring = torus ? null : new RingConvolution(kernel.clone(), kernels);
        this.plane = torus ? new TorusConvolution(kernel.clone(), period, kernels) : null;
    }

    /** A ring of {@code n} neurons with kernel {@code K} of length {@code period} ({@code n} = period or period + 1). */
    public static CirculantOperator ring(float[] kernel, int n) {
        return ring(kernel, n, Kernels.active());
    }

    /** As {@link #ring(float[], int)}, running the transforms on {@code kernels}. */
    public static CirculantOperator ring(float[] kernel, int n, Kernels kernels) {
        return new CirculantOperator(kernel, kernel.length, n, false, kernels);
    }

    /**
     * A torus of {@code length}×{@code length} neurons with an M×M row-major kernel ({@code length} = M or M + 1).
     */
    public static CirculantOperator torus(float[] kernel, int period, int length) {
        return torus(kernel, period, length, Kernels.active());
    }

    /** As {@link #torus(float[], int, int)}, running the transforms on {@code kernels}. */
    public static CirculantOperator torus(float[] kernel, int period, int length, Kernels kernels) {
        return new CirculantOperator(kernel, period, length, true, kernels);
    }

    /** The period M of the ring or of each torus axis. */
    public int period() {
        return period;
    }

    /** The FFT length actually used per axis (M, or a power of two >= 2M − 1). */
    public int transformLength() {
        return torus ? plane.paddedLength() : ring.paddedLength();
    }

    @Override
    public String name() {
        return "fft";
    }

    @Override
    public int size() {
        return torus ? length * length : length;
    }

    @Override
    public void apply(Tensor r, Tensor out) {
        RecurrentOperator.checkSizes(this, r, out);
        if (torus) {
            plane.apply(r.segment(), out.segment(), length);
        } else {
            ring.apply(r.segment(), out.segment(), length);
        }
    }

    /** Rings: networks split between the parts in pairs (two ride in one complex transform). */
    @Override
    public void applyBatchPart(Tensor r, Tensor out, int part, int parts) {
        RecurrentOperator.checkBatch(this, r, out);
        if (torus) {
            RecurrentOperator.super.applyBatchPart(r, out, part, parts);
            return;
        }
        int pairs = (r.dim(0) + 1) / 2;
        int from = 2 * RecurrentOperator.partStart(pairs, part, parts);
        int to = Math.min(r.dim(0), 2 * RecurrentOperator.partStart(pairs, part + 1, parts));
        if (from < to) {
            long row = (long) length * Float.BYTES;
            ring.applyBatch(r.segment().asSlice(from * row, (to - from) * row),
                    out.segment().asSlice(from * row, (to - from) * row), to - from, length);
        }
    }

    /** Rings: the rows in pairs through batched transforms, vectorised across networks; tori: row by row. */
    @Override
    public void applyBatch(Tensor r, Tensor out) {
        RecurrentOperator.checkBatch(this, r, out);
        if (torus) {
            RecurrentOperator.super.applyBatch(r, out);
        } else {
            ring.applyBatch(r.segment(), out.segment(), r.dim(0), length);
        }
    }
}
