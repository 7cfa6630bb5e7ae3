package org.jcanns.core.operator;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * {@code W·r} for a ring whose circulant W has a spectrum that falls below float32 resolution: a rank-(2K + 1)
 * product, r projected on the cosines and sines of the K lowest frequencies, scaled by W's eigenvalues and
 * summed back, instead of the FFT's passes.
 *
 * <p>W[i][j] = K[(i − j) mod M] has eigenvalues λ_k = Σ_d K[d]·e^{−2πikd/M} (the kernel's DFT). Dropping every
 * frequency with |λ_k| ≤ 2⁻²⁴·log₂M·max|λ| changes W by at most that much times ‖W‖₂ in the 2-norm (W is normal):
 * the float32 rounding bound of the FFT itself, and far below the dense product's (which grows with n), so the
 * result agrees with both to float32 tolerance. The threshold sits above the noise floor of canns' float32 kernel
 * (positions and values rounded to float32 give every frequency |λ_k| of about 10⁻⁸·max|λ|), which a threshold
 * of 2⁻²⁴ would keep. A Gaussian kernel of width a on a ring of length 2π keeps K ≈ 5.5/a frequencies (10 for
 * canns' CANN1D default a = 0.5: rank 21 at any n); narrow kernels keep more, and when nothing can be dropped the
 * operator is not available ({@link #rank(float[])} returns −1).
 *
 * <p>canns' duplicated end point (n = M + 1) is folded onto point 0 and copied back, as for the FFT. The work is
 * about 2·(2K + 1)·M/2 multiply-adds on factors that stay in L1 (see {@link #applyRow}).
 */
public final class SpectralOperator implements RecurrentOperator {
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    private final Kernels kernels;
    private final int n;
    private final int period;
    private final int rank;
    /**
     * Row length of the factors and halves: the even half (points 0..⌊M/2⌋) rounded up to a multiple of 8 with
     * zeros, so that the vector kernels have no scalar tails.
     */
    private final int width;
    /** Row k (k = 0..K): cos(2πkj/M) for j = 0..⌊M/2⌋, then zeros. */
    private final float[] cosines;
    /** Row k − 1 (k = 1..K): sin(2πkj/M) for j = 1..⌊(M − 1)/2⌋, then zeros. */
    private final float[] sines;
    /** λ_0/M, then 2·Re λ_k/M; and −2·Im λ_k/M (0 for an even kernel). */
    private final float[] gainA;
    private final float[] gainB;
    private final ThreadLocal<Scratch> scratch;

    /**
     * A ring of {@code n} neurons with kernel {@code K} of length M ({@code n} = M or M + 1).
     *
     * @throws IllegalArgumentException when the kernel's spectrum does not fall below float32 resolution
     */
    public SpectralOperator(float[] kernel, int n, Kernels kernels) {
        int m = kernel.length;
        if (m < 1 || (n != m && n != m + 1)) {
            throw new IllegalArgumentException("a ring of " + n + " neurons needs a kernel of period n or n − 1, got "
                    + m);
        }
        TruncatedSpectrum spectrum = new TruncatedSpectrum(kernel);
        int kept = spectrum.kept;
        if (kept < 0) {
            throw new IllegalArgumentException("the kernel's spectrum does not fall below float32 resolution "
                    + "(no frequency of " + m + " can be dropped): use the fft or dense operator");
        }
        this.kernels = kernels;
        this.n = n;
        this.period = m;
        this.rank = 2 * kept + 1;
        int half = (m - 1) / 2;
        this.width = (m - half + 7) / 8 * 8;
        double[] cos = TruncatedSpectrum.cosines(m, 0), sin = TruncatedSpectrum.cosines(m, m / 4.0);
        this.cosines = new float[(kept + 1) * width];
        this.sines = new float[kept * width];
        for (int k = 0; k <= kept; k++) {
            for (int j = 0; j < m - half; j++) {
                cosines[k * width + j] = (float) cos[(int) ((long) k * j % m)];
            }
        }
        for (int k = 1; k <= kept; k++) {
            for (int j = 1; j <= half; j++) {
                sines[(k - 1) * width + j - 1] = (float) sin[(int) ((long) k * j % m)];
            }
        }
        this.gainA = new float[kept + 1];
        this.gainB = new float[kept + 1];
        for (int k = 0; k <= kept; k++) {
            gainA[k] = (float) spectrum.cosineGain(k);
            gainB[k] = (float) spectrum.sineGain(k);
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n, width, kept));
    }

    /** Per-thread working arrays: the folded input and output halves and the projections. */
    private record Scratch(float[] r, float[] even, float[] odd, float[] c, float[] s, float[] u, float[] v,
            float[] outEven, float[] outOdd) {
        Scratch(int n, int width, int kept) {
            this(new float[n], new float[width], new float[width], new float[kept + 1], new float[kept],
                    new float[kept + 1], new float[kept], new float[width], new float[width]);
        }
    }

    /**
     * The rank of the operator for this kernel (2K + 1, K the highest frequency kept), or −1 when no frequency
     * falls below float32 resolution. Costs O(M²) in double: meant for set-up, not per step.
     */
    public static int rank(float[] kernel) {
        return new TruncatedSpectrum(kernel).rank();
    }

    /** The number of frequencies kept, counting cosines and sines apart (2K + 1). */
    public int rank() {
        return rank;
    }

    @Override
    public String name() {
        return "spectral";
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void apply(Tensor r, Tensor out) {
        RecurrentOperator.checkSizes(this, r, out);
        applyRow(r.segment(), out.segment());
    }

    @Override
    public void applyBatch(Tensor r, Tensor out) {
        applyBatchPart(r, out, 0, 1);
    }

    /** Networks split between the parts; each thread has its own scratch. */
    @Override
    public void applyBatchPart(Tensor r, Tensor out, int part, int parts) {
        RecurrentOperator.checkBatch(this, r, out);
        int rows = r.dim(0);
        for (int b = RecurrentOperator.partStart(rows, part, parts); b < RecurrentOperator.partStart(rows, part + 1,
                parts); b++) {
            applyRow(r.slice(b).segment(), out.slice(b).segment());
        }
    }

    /**
     * cos(θj) is even in j and sin(θj) odd, so the projections need only half the ring: C_k = Σ cos·(x_j + x_{M−j})
     * and S_k = Σ sin·(x_j − x_{M−j}); the output's even and odd halves come back the same way. Both factors
     * (about (2K + 1)·M/2 floats, 22 KiB for canns' defaults) then fit in L1.
     */
    private void applyRow(MemorySegment r, MemorySegment out) {
        Scratch w = scratch.get();
        float[] x = w.r;
        int m = period;
        MemorySegment.copy(r, F, 0, x, 0, n);
        if (n > m) {
            x[0] += x[m]; // canns' duplicated end point sits on point 0
        }
        kernels.elementWise().mirrorSplit(x, m, w.even, w.odd);
        kernels.products().gemv(cosines, w.even, w.c);
        kernels.products().gemv(sines, w.odd, w.s);
        // Y_k = λ_k·X_k with X_k = C_k − i·S_k: the real part pairs the cosine with A·C − B·S, the sine with A·S + B·C.
        w.u[0] = gainA[0] * w.c[0];
        for (int k = 1; k < w.u.length; k++) {
            w.u[k] = gainA[k] * w.c[k] - gainB[k] * w.s[k - 1];
            w.v[k - 1] = gainA[k] * w.s[k - 1] + gainB[k] * w.c[k];
        }
        kernels.products().gemvTransposed(cosines, w.u, w.outEven);
        kernels.products().gemvTransposed(sines, w.v, w.outOdd);
        kernels.elementWise().mirrorCombine(w.outEven, w.outOdd, m, x);
        if (n > m) {
            x[m] = x[0];
        }
        MemorySegment.copy(x, 0, out, F, 0, n);
    }
}
