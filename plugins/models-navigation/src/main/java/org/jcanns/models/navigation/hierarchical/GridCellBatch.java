package org.jcanns.models.navigation.hierarchical;

import java.util.Arrays;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.ExponentialEuler;
import org.jcanns.models.navigation.LatticeMetric;
import org.jcanns.spi.Tensor;

/**
 * M grid modules of one configuration (see {@link GridCell}) stepped together, module m's states at rows
 * [m·N, (m + 1)·N) of one heap array per quantity, so a network exposes all modules' rates as one tensor. In the
 * dense case W·r is the direct torus convolution over the neurons whose rate is non-zero, reading the n×n kernel from
 * L1 ({@link StepProducts#torusProduct}; the N×N matrix is never built); with {@code operator=fft}, or
 * {@code auto} above {@value #DENSE_LIMIT} neurons, it is the shared torus FFT convolution.
 */
final class GridCellBatch {
    /** Up to this many neurons per module auto takes the direct convolution (N² multiply-adds per module). */
    static final int DENSE_LIMIT = 1024;

    private final int neurons;
    private final int count;
    private final float cu;
    private final float cv;
    private final float m;
    private final float k;
    private final int side;
    private final StepProducts products;
    /** The torus kernel as {@link StepProducts#torusWindow} rows; null with the FFT. */
    private final float[] window;
    private final int[] nonZero;
    private final RecurrentOperator fft;
    private final float[] u;
    private final float[] v;
    private final float[] r;
    private final float[] input;
    private final float[] drive;
    private final Tensor[] rateViews;
    private final Tensor[] driveViews;

    /** {@code count} modules of {@code config} stepped with {@code dt}; the FFT operator from {@code connectivity}. */
    GridCellBatch(GridCell.Config config, int count, double dt, Kernels kernels, Connectivity connectivity) {
        int n = config.num();
        this.side = n;
        this.neurons = config.neurons();
        this.count = count;
        this.cu = ExponentialEuler.coefficient(dt, config.tau());
        this.cv = ExponentialEuler.coefficient(dt, config.tauV());
        this.m = (float) (config.mbar() * config.tau() / config.tauV());
        this.k = (float) config.k();
        double a = config.a();
        double norm = config.j0() / (Math.sqrt(2 * Math.PI) * a);
        float[] kernel = LatticeMetric.HEXAGONAL.circulantKernel(n, q -> norm * Math.exp(-0.5 * q / (a * a)));
        OperatorChoice choice = connectivity.choice();
        boolean dense = choice == OperatorChoice.AUTO ? neurons <= DENSE_LIMIT
                : choice.resolve(neurons) == OperatorChoice.DENSE;
        this.products = kernels.get(StepProducts.class);
        this.window = dense ? products.torusWindow(kernel, n) : null;
        this.nonZero = new int[neurons];
        this.fft = dense ? null : connectivity.torus(kernel, n);
        this.u = new float[count * neurons];
        this.v = new float[count * neurons];
        this.r = new float[count * neurons];
        this.input = new float[count * neurons];
        this.drive = new float[count * neurons];
        this.rateViews = new Tensor[count];
        this.driveViews = new Tensor[count];
        for (int i = 0; i < count; i++) {
            rateViews[i] = HeapTensors.view(r, i * neurons, neurons);
            driveViews[i] = HeapTensors.view(drive, i * neurons, neurons);
        }
    }

    /** Zero state (canns' reset_state). */
    void reset() {
        Arrays.fill(u, 0);
        Arrays.fill(v, 0);
        Arrays.fill(r, 0);
        Arrays.fill(input, 0);
    }

    /**
     * One step of every module on its input (set through {@link #input(int)}), in canns' order: v from the old u,
     * u with the new v and W·r of the old r, u = max(u, 0), then r.
     */
    void update() {
        for (int i = 0; i < count; i++) {
            step(i);
        }
    }

    private void step(int module) {
        int o = module * neurons;
        if (window != null) {
            int active = StepProducts.nonZero(r, o, neurons, nonZero);
            products.torusProduct(window, side, nonZero, active, r, o, drive, o);
        } else {
            fft.apply(rateViews[module], driveViews[module]);
        }
        float sumSq = 0;
        for (int i = o; i < o + neurons; i++) {
            float vi = v[i] + cv * (m * u[i] - v[i]);
            v[i] = vi;
            // (W·r + input) − v, as the unbatched kernels added them.
            float d = (drive[i] + input[i]) - vi;
            float ui = u[i] + cu * (d - u[i]);
            // max(u, 0), leaving a NaN for the simulation's divergence check (canns' where(u > 0, u, 0) hides it).
            ui = ui < 0 ? 0f : ui;
            u[i] = ui;
            sumSq += ui * ui;
        }
        float c = 1f / (1f + k * sumSq);
        for (int i = o; i < o + neurons; i++) {
            float ui = u[i];
            r[i] = c * (ui * ui);
        }
    }

    /** Neurons per module. */
    int neurons() {
        return neurons;
    }

    /** {@code dense} or {@code fft}: how W·r is computed. */
    String operatorName() {
        return window != null ? "dense" : "fft";
    }

    /** The rates of {@code modules} modules from {@code from}, (modules × N), live. */
    Tensor rates(int from, int modules) {
        return HeapTensors.view(r, from * neurons, modules * neurons).reshape(modules, neurons);
    }

    /** The rates of all modules as one array (read-only use), module m at [m·N, (m + 1)·N). */
    float[] rateArray() {
        return r;
    }

    /** The input of module i (live: write it before {@link #update()}). */
    Tensor input(int i) {
        return HeapTensors.view(input, i * neurons, neurons);
    }

    /** The membrane input u of module i (live). */
    Tensor membrane(int i) {
        return HeapTensors.view(u, i * neurons, neurons);
    }

    /** The adaptation v of module i (live). */
    Tensor adaptation(int i) {
        return HeapTensors.view(v, i * neurons, neurons);
    }
}
