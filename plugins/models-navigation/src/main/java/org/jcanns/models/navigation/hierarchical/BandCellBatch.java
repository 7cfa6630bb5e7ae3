package org.jcanns.models.navigation.hierarchical;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.models.navigation.CircularMean;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.spi.Tensor;

/**
 * B band cells that differ only in direction and spacing, stepped together in canns' BandCell order (see
 * {@link BandCell}). Every state lives in one heap array per quantity, band b at rows [b·n, (b+1)·n), so a network
 * exposes all bands of a kind as one tensor without copies. The three ring products of a band (left → ring, right →
 * ring, ring → ring; canns' row vector times W and W·r) are circulant: in the dense case each is a windowed product
 * from a 2n − 1 value array held in L1 ({@link Kernels#windowGemv(float[], float[], float[])}), so no n×n matrix is
 * read; in the FFT case they go through the shared ring operators.
 */
final class BandCellBatch {
    private final int n;
    private final int count;
    private final float dt;
    private final double dtDouble;
    private final float ringRate;
    private final float shifterRate;
    private final float ringK;
    private final float wL2S;
    private final double gain;
    private final double noise;
    private final double range;
    private final double stimulusWidth;
    private final RandomGenerator random;
    private final Kernels kernels;
    private final double[][] projK;
    private final double[] x;
    private final CircularMean decoder;
    /** The three kernels as windows {@code e[t] = K[(n − 1 − t) mod n]}: a window product gives y reversed. */
    private final float[] ringWindow;
    private final float[] leftWindow;
    private final float[] rightWindow;
    /** FFT operators (null when dense). */
    private final RecurrentOperator ringOperator;
    private final RecurrentOperator leftOperator;
    private final RecurrentOperator rightOperator;
    private final String operatorName;

    private final float[] u;
    private final float[] r;
    private final float[] leftU;
    private final float[] leftR;
    private final float[] rightU;
    private final float[] rightR;
    private final float[] center;
    private final float[] centerIdeal;
    private final float[] loc;
    private final float[] fromLeft;
    private final float[] fromRight;
    private final float[] fromRing;
    private final float[] rates;
    private final float[] reversed;
    private final GaussRecUnits.Config ring;
    private final double[] decodeBuffer;
    private final Tensor[] scratchViews;

    /**
     * Bands of {@code configs} (equal in everything but angle and spacing) stepped with {@code dt}; ring products
     * dense or FFT as {@code connectivity} resolves for the ring; noise from {@code random}.
     */
    BandCellBatch(List<BandCell.Config> configs, double dt, Kernels kernels, Connectivity connectivity,
                  RandomGenerator random) {
        BandCell.Config first = configs.getFirst();
        for (BandCell.Config c : configs) {
            if (!c.ignoringDirection().equals(first.ignoringDirection())) {
                throw new IllegalArgumentException("band cells of one batch differ only in angle and spacing: "
                        + first + " vs " + c);
            }
        }
        this.n = first.size();
        this.count = configs.size();
        this.dt = (float) dt;
        this.dtDouble = dt;
        this.ringRate = (float) dt / (float) first.gauss().tau();
        this.shifterRate = (float) dt / (float) first.nonrecTau();
        this.ringK = (float) first.gauss().k();
        this.wL2S = (float) first.wL2S();
        this.gain = first.gain();
        this.noise = first.noise();
        this.range = first.zMax() - first.zMin();
        this.stimulusWidth = first.gauss().a();
        this.ring = first.gauss();
        this.random = random;
        this.kernels = kernels;
        this.projK = new double[count][];
        for (int b = 0; b < count; b++) {
            projK[b] = BandCell.projection(configs.get(b).angle(), configs.get(b).spacing());
        }
        this.x = Linspace.of(first.zMin(), first.zMax(), n, false);
        this.decoder = new CircularMean(x);
        float[] ringKernel = GaussRecUnits.ringKernel(first.gauss());
        float[] leftKernel = BandCell.shiftedKernel(first, BandCell.PHASE_SHIFT);
        float[] rightKernel = BandCell.shiftedKernel(first, -BandCell.PHASE_SHIFT);
        boolean fft = connectivity.choice().resolveRing(n, n) == OperatorChoice.FFT;
        this.operatorName = fft ? "fft" : "dense";
        this.ringOperator = fft ? connectivity.ring(ringKernel) : null;
        this.leftOperator = fft ? connectivity.ring(leftKernel) : null;
        this.rightOperator = fft ? connectivity.ring(rightKernel) : null;
        // The window product runs whole blocks of eight outputs in vector code: pad the outputs to a multiple of 8
        // (the extra ones are computed and ignored) instead of leaving a scalar tail.
        int outputs = (n + 7) / 8 * 8;
        this.ringWindow = window(ringKernel, outputs);
        this.leftWindow = window(leftKernel, outputs);
        this.rightWindow = window(rightKernel, outputs);
        this.u = new float[count * n];
        this.r = new float[count * n];
        this.leftU = new float[count * n];
        this.leftR = new float[count * n];
        this.rightU = new float[count * n];
        this.rightR = new float[count * n];
        this.center = new float[count];
        this.centerIdeal = new float[count];
        this.loc = new float[n];
        this.fromLeft = new float[n];
        this.fromRight = new float[n];
        this.fromRing = new float[n];
        this.rates = new float[n];
        this.reversed = new float[outputs];
        this.decodeBuffer = new double[n];
        this.scratchViews = fft ? new Tensor[] {HeapTensors.view(rates, 0, n), HeapTensors.view(fromLeft, 0, n),
                HeapTensors.view(fromRight, 0, n), HeapTensors.view(fromRing, 0, n)} : null;
        reset();
    }

    /**
     * {@code e[t] = K[(n − 1 − t) mod n]} for t < outputs + n − 1: then Σ_i e[j + i]·x_i = (K ⊛ x)[n − 1 − j] for
     * j < n.
     */
    private static float[] window(float[] kernel, int outputs) {
        int n = kernel.length;
        float[] e = new float[outputs + n - 1];
        for (int t = 0; t < e.length; t++) {
            e[t] = kernel[Math.floorMod(n - 1 - t, n)];
        }
        return e;
    }

    /** canns' initial state: the ring holds the bump {@code u = 10·G(x)}, {@code r = 30·G(x)}; all else zero. */
    void reset() {
        for (int b = 0; b < count; b++) {
            GaussRecUnits.initialBump(ring, x, u, r, b * n);
        }
        Arrays.fill(leftU, 0);
        Arrays.fill(leftR, 0);
        Arrays.fill(rightU, 0);
        Arrays.fill(rightR, 0);
        Arrays.fill(center, 0);
        Arrays.fill(centerIdeal, 0);
    }

    /** One step of every band with velocity (vx, vy), location (lx, ly) and location-input strength. */
    void update(double vx, double vy, double lx, double ly, double strength) {
        for (int b = 0; b < count; b++) {
            step(b, vx, vy, lx, ly, strength);
        }
    }

    private void step(int b, double vx, double vy, double lx, double ly, double strength) {
        int o = b * n;
        if (strength != 0) {
            stimulus(b, lx, ly, (float) strength);
        } else {
            Arrays.fill(loc, 0);
        }
        double vPhi = vx * projK[b][0] + vy * projK[b][1];
        centerIdeal[b] = (float) Periodic.map2pi(centerIdeal[b] + vPhi * dtDouble);
        // left and right take w_L2S·r of the ring's previous rates; their r lags their u by one step.
        shifters(leftU, leftR, o, (float) (gain + vPhi));
        shifters(rightU, rightR, o, (float) (gain - vPhi));
        float sumSq = 0;
        for (int i = o; i < o + n; i++) {
            sumSq += u[i] * u[i];
        }
        float c = 1f / (1f + ringK * sumSq);
        for (int i = o; i < o + n; i++) {
            float v = u[i];
            r[i] = c * (v * v);
        }
        ringProducts(o);
        // The ring's drive, in the order of the unbatched code: W·r + ((loc + left·W_L) + right·W_R).
        for (int j = 0; j < n; j++) {
            float drive = fromRing[j] + ((loc[j] + fromLeft[j]) + fromRight[j]);
            float v = u[o + j];
            u[o + j] = v + ringRate * (drive - v);
        }
        for (int i = 0; i < n; i++) {
            decodeBuffer[i] = r[o + i];
        }
        center[b] = (float) decoder.angle(decodeBuffer);
    }

    /** NonRecUnits with input w_L2S·r: r = relu(u) (+ noise), then u leaks to the input; r scaled by the gate. */
    private void shifters(float[] su, float[] sr, int o, float gate) {
        for (int i = o; i < o + n; i++) {
            float ui = su[i];
            float ri = ui > 0 ? ui : 0;
            if (noise != 0) {
                ri = (float) (ri + noise * random.nextGaussian());
            }
            sr[i] = gate * ri;
            su[i] = ui + shifterRate * (wL2S * r[i] - ui);
        }
    }

    /** fromLeft, fromRight, fromRing of band at offset o, in neuron order. */
    private void ringProducts(int o) {
        if (ringOperator != null) {
            System.arraycopy(leftR, o, rates, 0, n);
            leftOperator.apply(scratchViews[0], scratchViews[1]);
            System.arraycopy(rightR, o, rates, 0, n);
            rightOperator.apply(scratchViews[0], scratchViews[2]);
            System.arraycopy(r, o, rates, 0, n);
            ringOperator.apply(scratchViews[0], scratchViews[3]);
            return;
        }
        windowed(leftWindow, leftR, o, fromLeft);
        windowed(rightWindow, rightR, o, fromRight);
        windowed(ringWindow, r, o, fromRing);
    }

    /** y = K ⊛ x[o, o + n) through the window product (which yields it reversed), then put in order. */
    private void windowed(float[] window, float[] source, int o, float[] y) {
        System.arraycopy(source, o, rates, 0, n);
        kernels.windowGemv(window, rates, reversed);
        for (int j = 0; j < n; j++) {
            y[j] = reversed[n - 1 - j];
        }
    }

    /** canns' get_stimulus_by_pos times the strength into {@code loc}: {@code s·exp(−¼(dist(phase − x)/a)²)}. */
    private void stimulus(int b, double lx, double ly, float strength) {
        double phase = BandCell.phaseOf(projK[b], lx, ly);
        double a = stimulusWidth;
        for (int i = 0; i < n; i++) {
            double d = Periodic.wrap(phase - x[i], range);
            loc[i] = strength * (float) Math.exp(-0.25 * (d / a) * (d / a));
        }
    }

    /** Bands in the batch. */
    int count() {
        return count;
    }

    /** Neurons per population. */
    int size() {
        return n;
    }

    /** {@code dense} or {@code fft}: how the ring products are computed. */
    String operatorName() {
        return operatorName;
    }

    /** The decoded centre of band b, radians. */
    double center(int b) {
        return center[b];
    }

    /** The ring rates of {@code bands} bands from {@code from}, (bands × n), live. */
    Tensor rates(int from, int bands) {
        return HeapTensors.view(r, from * n, bands * n).reshape(bands, n);
    }

    /** The ring membrane inputs of band b (live). */
    Tensor membrane(int b) {
        return HeapTensors.view(u, b * n, n);
    }

    /** The gated left rates of band b (live). */
    Tensor leftRates(int b) {
        return HeapTensors.view(leftR, b * n, n);
    }

    /** The gated right rates of band b (live). */
    Tensor rightRates(int b) {
        return HeapTensors.view(rightR, b * n, n);
    }

    /** The decoded centre of band b as a one-value tensor (live). */
    Tensor centerView(int b) {
        return HeapTensors.view(center, b, 1);
    }

    /** The integrated ideal centre of band b as a one-value tensor (live). */
    Tensor idealCenterView(int b) {
        return HeapTensors.view(centerIdeal, b, 1);
    }
}
