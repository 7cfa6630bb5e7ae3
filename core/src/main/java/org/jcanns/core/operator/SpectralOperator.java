package org.jcanns.core.operator;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * {@code W·r} for a ring whose circulant W has a spectrum that falls below float32 resolution: the rank-(2K + 1)
 * product {@code Eᵀ·(P·r)} over the K lowest frequencies, 2·(2K + 1)·n multiply-adds instead of the FFT's passes.
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
 * <p>The basis is periodic, so canns' duplicated end point (n = M + 1) needs no folding: column M of P and E
 * equals column 0.
 */
public final class SpectralOperator implements RecurrentOperator {
    /** float32's unit roundoff: frequencies below it times log₂M times the largest eigenvalue are dropped. */
    static final double UNIT_ROUNDOFF = 0x1p-24;
    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;

    private final Kernels kernels;
    private final int n;
    private final int rank;
    /** Rows: 1, cos θ_k j, sin θ_k j for k = 1..K (the projections C_0, C_k, S_k of the input). */
    private final float[] project;
    /** Rows: the eigenvalues' action on those projections, scaled by 1/M or 2/M (see the constructor). */
    private final float[] expand;
    private final ThreadLocal<float[][]> scratch;

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
        double[][] spectrum = spectrum(kernel);
        int kept = keptFrequencies(spectrum, m);
        if (kept < 0) {
            throw new IllegalArgumentException("the kernel's spectrum does not fall below float32 resolution "
                    + "(no frequency of " + m + " can be dropped): use the fft or dense operator");
        }
        this.kernels = kernels;
        this.n = n;
        this.rank = 2 * kept + 1;
        this.project = new float[rank * n];
        this.expand = new float[rank * n];
        double[] cos = cosines(m, 0), sin = cosines(m, m / 4.0);
        double[] re = spectrum[0], im = spectrum[1];
        for (int j = 0; j < n; j++) {
            project[j] = 1f;
            expand[j] = (float) (re[0] / m);
        }
        // out_i = λ_0·C_0/M + (2/M)·Σ_k [C_k·(A_k·c_k[i] + B_k·s_k[i]) + S_k·(A_k·s_k[i] − B_k·c_k[i])], with
        // λ_k = A_k − i·B_k and the input's X_k = C_k − i·S_k: the real part of the frequency pair (k, M − k).
        for (int k = 1; k <= kept; k++) {
            double a = 2 * re[k] / m, b = -2 * im[k] / m;
            int rowC = (2 * k - 1) * n, rowS = 2 * k * n;
            for (int j = 0; j < n; j++) {
                int t = (int) ((long) k * j % m);
                project[rowC + j] = (float) cos[t];
                project[rowS + j] = (float) sin[t];
                expand[rowC + j] = (float) (a * cos[t] + b * sin[t]);
                expand[rowS + j] = (float) (a * sin[t] - b * cos[t]);
            }
        }
        this.scratch = ThreadLocal.withInitial(() -> new float[][] {new float[n], new float[rank], new float[n]});
    }

    /**
     * The rank of the operator for this kernel (2K + 1, K the highest frequency kept), or −1 when no frequency
     * falls below float32 resolution. Costs O(M²) in double: meant for set-up, not per step.
     */
    public static int rank(float[] kernel) {
        int kept = keptFrequencies(spectrum(kernel), kernel.length);
        return kept < 0 ? -1 : 2 * kept + 1;
    }

    /** The kernel's DFT for k = 0..⌊M/2⌋ in double: {re, im}. */
    private static double[][] spectrum(float[] kernel) {
        int m = kernel.length, half = m / 2;
        double[] cos = cosines(m, 0), sin = cosines(m, m / 4.0);
        double[] re = new double[half + 1], im = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            double sr = 0, si = 0;
            for (int d = 0, t = 0; d < m; d++, t = t + k >= m ? t + k - m : t + k) {
                sr += kernel[d] * cos[t];
                si -= kernel[d] * sin[t];
            }
            re[k] = sr;
            im[k] = si;
        }
        return new double[][] {re, im};
    }

    /** cos(2π·(t − shift)/M) for t < M (shift M/4 gives the sines). */
    private static double[] cosines(int m, double shift) {
        double[] c = new double[m];
        for (int t = 0; t < m; t++) {
            c[t] = Math.cos(2 * Math.PI * (t - shift) / m);
        }
        return c;
    }

    /** The fraction of the largest eigenvalue at or below which a frequency is dropped on a ring of period M. */
    public static double dropThreshold(int period) {
        return UNIT_ROUNDOFF * Math.max(1, Math.log(period) / Math.log(2));
    }

    /** The highest frequency above float32 resolution, or −1 when it leaves nothing to drop (2K + 1 >= M). */
    private static int keptFrequencies(double[][] spectrum, int m) {
        double[] re = spectrum[0], im = spectrum[1];
        double largest = 0;
        for (int k = 0; k < re.length; k++) {
            largest = Math.max(largest, Math.hypot(re[k], im[k]));
        }
        double threshold = dropThreshold(m) * largest;
        int kept = 0;
        for (int k = 1; k < re.length; k++) {
            if (Math.hypot(re[k], im[k]) > threshold) {
                kept = k;
            }
        }
        return 2 * kept + 1 >= m ? -1 : kept;
    }

    /** The number of terms of the product (2K + 1). */
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

    private void applyRow(MemorySegment r, MemorySegment out) {
        float[][] s = scratch.get();
        MemorySegment.copy(r, F, 0, s[0], 0, n);
        kernels.lowRankProduct(project, expand, rank, s[0], s[1], s[2]);
        MemorySegment.copy(s[2], 0, out, F, 0, n);
    }
}
