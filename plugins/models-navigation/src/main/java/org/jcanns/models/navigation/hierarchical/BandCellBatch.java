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
 * ring, ring → ring; canns' row vector times W and W·r) are circulant: in the dense case they are summed in one pass
 * over all bands from periodic windows of the three kernels held in L1 ({@link StepProducts#ringSums}), so no n×n
 * matrix is read; in the FFT case they go through the shared ring operators.
 */
final class BandCellBatch {
    private final int n;
    private final int count;
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
    private final double[][] projK;
    private final double[] x;
    private final CircularMean decoder;
    private final StepProducts products;
    /** The left, right and ring kernels as {@link StepProducts#ringWindow}s, and their inputs. */
    private final float[][] windows;
    private final float[][] inputs;
    private final int outputs;
    private final float[] sums;
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
        this.projK = new double[count][];
        for (int b = 0; b < count; b++) {
            projK[b] = BandCell.projection(configs.get(b).angle(), configs.get(b).spacing());
        }
        this.x = Linspace.of(first.zMin(), first.zMax(), n, false);
        this.decoder = new CircularMean(x, kernels);
        float[] ringKernel = GaussRecUnits.ringKernel(first.gauss());
        float[] leftKernel = BandCell.shiftedKernel(first, BandCell.PHASE_SHIFT);
        float[] rightKernel = BandCell.shiftedKernel(first, -BandCell.PHASE_SHIFT);
        // Only an FFT choice leaves the fused window sums (auto's spectral choice has no batched form here).
        boolean fft = connectivity.choice().resolveRing(n, ringKernel) == OperatorChoice.FFT;
        this.operatorName = fft ? "fft" : "dense";
        this.ringOperator = fft ? connectivity.ring(ringKernel) : null;
        this.leftOperator = fft ? connectivity.ring(leftKernel) : null;
        this.rightOperator = fft ? connectivity.ring(rightKernel) : null;
        this.products = kernels.get(StepProducts.class);
        this.windows = new float[][] {products.ringWindow(leftKernel), products.ringWindow(rightKernel),
                products.ringWindow(ringKernel)};
        this.outputs = products.ringOutputs(n);
        this.u = new float[count * n];
        this.r = new float[count * n];
        this.leftU = new float[count * n];
        this.leftR = new float[count * n];
        this.rightU = new float[count * n];
        this.rightR = new float[count * n];
        this.inputs = new float[][] {leftR, rightR, r};
        this.sums = new float[count * outputs];
        this.center = new float[count];
        this.centerIdeal = new float[count];
        this.loc = new float[count * n];
        this.fromLeft = new float[n];
        this.fromRight = new float[n];
        this.fromRing = new float[n];
        this.rates = new float[n];
        this.decodeBuffer = new double[n];
        this.scratchViews = fft ? new Tensor[] {HeapTensors.view(rates, 0, n), HeapTensors.view(fromLeft, 0, n),
                HeapTensors.view(fromRight, 0, n), HeapTensors.view(fromRing, 0, n)} : null;
        reset();
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

    /**
     * One step of every band with velocity (vx, vy), location (lx, ly) and location-input strength: first every
     * band's location input, shifters and ring rates (noise drawn band after band), then the ring products of all
     * bands in one pass, then every ring's u and decoded centre.
     */
    void update(double vx, double vy, double lx, double ly, double strength) {
        for (int b = 0; b < count; b++) {
            prepare(b, vx, vy, lx, ly, strength);
        }
        ringProducts();
        for (int b = 0; b < count; b++) {
            int o = b * n;
            int s = b * outputs;
            for (int j = 0; j < n; j++) {
                float drive = sums[s + j] + loc[o + j];
                float v = u[o + j];
                u[o + j] = v + ringRate * (drive - v);
            }
            for (int i = 0; i < n; i++) {
                decodeBuffer[i] = r[o + i];
            }
            center[b] = (float) decoder.angle(decodeBuffer);
        }
    }

    private void prepare(int b, double vx, double vy, double lx, double ly, double strength) {
        int o = b * n;
        if (strength != 0) {
            stimulus(b, lx, ly, (float) strength);
        } else {
            Arrays.fill(loc, o, o + n, 0);
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

    /** sums[b·outputs + j] = (left.r·W_L + right.r·W_R + W·r)_j of every band b. */
    private void ringProducts() {
        if (ringOperator == null) {
            products.ringSums(windows, inputs, n, count, sums);
            return;
        }
        for (int b = 0; b < count; b++) {
            int o = b * n;
            System.arraycopy(leftR, o, rates, 0, n);
            leftOperator.apply(scratchViews[0], scratchViews[1]);
            System.arraycopy(rightR, o, rates, 0, n);
            rightOperator.apply(scratchViews[0], scratchViews[2]);
            System.arraycopy(r, o, rates, 0, n);
            ringOperator.apply(scratchViews[0], scratchViews[3]);
            for (int j = 0; j < n; j++) {
                sums[b * outputs + j] = fromLeft[j] + fromRight[j] + fromRing[j];
            }
        }
    }

    /** canns' get_stimulus_by_pos times the strength into band b's {@code loc}: {@code s·exp(−¼(dist(phase − x)/a)²)}. */
    private void stimulus(int b, double lx, double ly, float strength) {
        double phase = BandCell.phaseOf(projK[b], lx, ly);
        double a = stimulusWidth;
        for (int i = 0; i < n; i++) {
            double d = Periodic.wrap(phase - x[i], range);
            loc[b * n + i] = strength * (float) Math.exp(-0.25 * (d / a) * (d / a));
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
