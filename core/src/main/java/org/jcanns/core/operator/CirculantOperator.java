package org.jcanns.core.operator;

import org.jcanns.core.fft.MixedRadixPlan;
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
 * periods that are not powers of two are handled without Bluestein. A torus whose period has only small prime
 * factors (100 = 4·5·5) is transformed at the period itself by {@link DirectTorusConvolution} when the cost model
 * says that is cheaper than the power-of-two embedding.
 */
public final class CirculantOperator implements RecurrentOperator {
    /** How a torus is transformed: by measured cost, a power-of-two embedding, or mixed radix at the period. */
    public enum Transform {
        /** The cheaper of the two by {@link OperatorCosts} (mixed radix only where the period's factors allow). */
        AUTO,
        /** Power-of-two transforms of size P >= 2M − 1 per axis (any period). */
        POWER_OF_TWO,
        /** Mixed-radix transforms of the period itself (prime factors up to {@code MixedRadixPlan.MAX_PRIME}). */
        MIXED_RADIX
    }

    private final int period;
    private final int length;
    private final boolean torus;
    private final RingConvolution ring;
    private final TorusConvolution plane;
    private final DirectTorusConvolution direct;

    private CirculantOperator(float[] kernel, int period, int length, boolean torus, Transform transform,
            Kernels kernels) {
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
        boolean mixed = torus && switch (transform) {
            case AUTO -> OperatorCosts.torusPrefersMixedRadix(period);
            case POWER_OF_TWO -> false;
            case MIXED_RADIX -> {
                if (!MixedRadixPlan.supports(period)) {
                    throw new IllegalArgumentException("period " + period + " has a prime factor above "
                            + MixedRadixPlan.MAX_PRIME + ": use the power-of-two transform");
                }
                yield true;
            }
        };
        this.plane = torus && !mixed ? new TorusConvolution(kernel.clone(), period, kernels) : null;
        this.direct = mixed ? new DirectTorusConvolution(kernel, period, kernels) : null;
    }

    /** As {@link #ring(float[], int)}, running the transforms on {@code kernels}. */
    public static CirculantOperator ring(float[] kernel, int n, Kernels kernels) {
        return new CirculantOperator(kernel, kernel.length, n, false, Transform.POWER_OF_TWO, kernels);
    }

    /** As {@link #torus(float[], int, int)}, running the transforms on {@code kernels}. */
    public static CirculantOperator torus(float[] kernel, int period, int length, Kernels kernels) {
        return torus(kernel, period, length, kernels, Transform.AUTO);
    }

    /** As {@link #torus(float[], int, int, Kernels)} with the transform chosen by the caller (tests, benchmarks). */
    public static CirculantOperator torus(float[] kernel, int period, int length, Kernels kernels,
            Transform transform) {
        return new CirculantOperator(kernel, period, length, true, transform, kernels);
    }

    /** The period M of the ring or of each torus axis. */
    public int period() {
        return period;
    }

    /** The FFT length actually used per axis (M itself, or a power of two >= 2M − 1). */
    public int transformLength() {
        return direct != null ? period : torus ? plane.paddedLength() : ring.paddedLength();
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
        if (direct != null) {
            direct.apply(r.segment(), out.segment(), length);
        } else if (torus) {
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
