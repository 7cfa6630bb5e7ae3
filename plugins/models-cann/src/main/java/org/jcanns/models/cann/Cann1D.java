package org.jcanns.models.cann;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.core.operator.RingDenseOperator;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;

/**
 * canns' CANN1D (Wu, Hamaguchi and Amari 2008): a ring of {@code num} neurons with Gaussian recurrent
 * excitation and divisive normalisation. Each step, in canns' order: {@code r = u²/(1 + k·Σu²)} from the old u,
 * then {@code u ← u + dt·(−u + W·r + inp)/tau}.
 *
 * <p>Neurons sit at {@code linspace(z_min, z_max, num)} with both ends, as in canns: neuron num−1 duplicates
 * neuron 0 on the ring (their distance is 0).
 */
public class Cann1D implements Model, FeatureSpace {
    /** Parameters of CANN1D with canns' defaults (the SFA variant shares them with other defaults). */
    static List<Param> commonParams(double a, double amplitude, double j0) {
        return List.of(
                Param.integer("num", 512, "number of neurons on the ring").atLeast(2),
                Param.real("tau", 1.0, "membrane time constant").positive(),
                Param.real("k", 8.1, "strength of the global divisive inhibition").atLeast(0),
                Param.real("a", a, "width of the connection and stimulus profiles").positive(),
                Param.real("A", amplitude, "stimulus amplitude"),
                Param.real("J0", j0, "recurrent connection strength J0"),
                Param.real("z_min", -Math.PI, "start of the feature space"),
                Param.real("z_max", Math.PI, "end of the feature space (same point as z_min on the ring)"),
                OperatorChoice.param());
    }

    protected final Arena arena = Arena.ofShared();
    protected final Kernels kernels;
    protected final int num;
    protected final float tau;
    protected final float k;
    protected final double a;
    protected final double amplitude;
    protected final double zMin;
    protected final double zRange;
    protected final float dt;
    protected final Tensor x;
    protected final Tensor u;
    protected final Tensor r;
    protected final Tensor inp;
    protected final Tensor irec;
    protected final RecurrentOperator recurrent;

    /** A CANN1D from validated parameters, stepped with {@code dt}, using {@code kernels}. */
    public Cann1D(Params p, double dt, Kernels kernels) {
        this.kernels = kernels;
        this.num = p.getInt("num");
        this.tau = (float) p.getDouble("tau");
        this.k = (float) p.getDouble("k");
        this.a = p.getDouble("a");
        this.amplitude = p.getDouble("A");
        this.zMin = p.getDouble("z_min");
        this.zRange = p.getDouble("z_max") - zMin;
        if (!(zRange > 0)) {
            throw new ParameterException("z_max", "parameter 'z_max' of " + p.spec().owner() + ": expected a number > z_min ("
                    + zMin + "), got " + p.getDouble("z_max"));
        }
        this.dt = (float) dt;
        double[] xs = Linspace.of(zMin, zMin + zRange, num, true);
        float[] xf = new float[num];
        for (int i = 0; i < num; i++) {
            xf[i] = (float) xs[i];
        }
        this.x = Tensor.of(arena, xf);
        this.u = Tensor.allocate(arena, num);
        this.r = Tensor.allocate(arena, num);
        this.inp = Tensor.allocate(arena, num);
        this.irec = Tensor.allocate(arena, num);
        this.recurrent = makeOperator(OperatorChoice.of(p.getString("operator")).resolveRing(num, num - 1),
                p.getDouble("J0"));
    }

    /** W[i][j] = J0·exp(−½(d/a)²)/(√(2π)·a) with d the wrapped distance x_i − x_j (canns' make_conn). */
    private static float weight(double j0, double a, double zRange, float xi, float xj) {
        double d = Periodic.wrap((double) xi - xj, zRange);
        return (float) (j0 * Math.exp(-0.5 * (d / a) * (d / a)) / (Math.sqrt(2 * Math.PI) * a));
    }

    /**
     * Column 0 of canns' W for these parameters: W[i][j] depends only on (i − j) mod (num − 1), so this is the
     * convolution kernel (computed from the float32 neuron positions, as canns does).
     */
    static float[] ringKernel(int num, double zMin, double zRange, double a, double j0) {
        double[] xs = Linspace.of(zMin, zMin + zRange, num, true);
        int period = num - 1;
        float[] kernel = new float[period];
        for (int d = 0; d < period; d++) {
            kernel[d] = weight(j0, a, zRange, (float) xs[d], (float) xs[0]);
        }
        return kernel;
    }

    private RecurrentOperator makeOperator(OperatorChoice choice, double j0) {
        return ringOperator(choice, ringKernel(num, zMin, zRange, a, j0), num, kernels);
    }

    /** The operator {@code choice} (dense or FFT, already resolved) for a ring kernel. */
    static RecurrentOperator ringOperator(OperatorChoice choice, float[] kernel, int num, Kernels kernels) {
        if (choice == OperatorChoice.FFT) {
            return CirculantOperator.ring(kernel, num, kernels);
        }
        // canns' dense W @ r, product for product, without storing the num² matrix.
        return new RingDenseOperator(kernel, num, kernels);
    }

    @Override
    public int[] shape() {
        return new int[] {num};
    }

    @Override
    public List<String> stateNames() {
        return List.of("u", "r", "inp");
    }

    @Override
    public Tensor state(String name) {
        Tensor t = states().get(name);
        if (t == null) {
            throw new IllegalArgumentException("no state '" + name + "'; states: " + stateNames());
        }
        return t;
    }

    /** The state arrays by name. */
    protected Map<String, Tensor> states() {
        return Map.of("u", u, "r", r, "inp", inp);
    }

    @Override
    public List<InputSpec> inputs() {
        return List.of(new InputSpec("inp", shape(), "external input current per neuron"));
    }

    @Override
    public void reset() {
        u.fill(0);
        r.fill(0);
        inp.fill(0);
    }

    @Override
    public void step(StepInput input) {
        inp.copyFrom(input.get("inp"));
        computeRate();
        recurrent.apply(r, irec);
        kernels.axpy(1f, inp, irec);
        kernels.leak(u, irec, 1f, dt / tau);
    }

    /** r ← u²/(1 + k·Σu²), from the current (old) u. */
    protected final void computeRate() {
        float sumSq = kernels.sumOfSquares(u);
        kernels.squareScaled(u, 1f / (1f + k * sumSq), r);
    }

    @Override
    public Optional<FeatureSpace> featureSpace() {
        return Optional.of(this);
    }

    @Override
    public String operator() {
        return recurrent.name();
    }

    /** The recurrent operator (dense or FFT). */
    public RecurrentOperator recurrentOperator() {
        return recurrent;
    }

    @Override
    public int dimensions() {
        return 1;
    }

    @Override
    public Tensor x() {
        return x;
    }

    @Override
    public double rho() {
        return num / zRange;
    }

    @Override
    public double amplitude() {
        return amplitude;
    }

    @Override
    public void stimulusAt(double[] position, Tensor out) {
        if (position.length != 1) {
            throw new IllegalArgumentException("a 1D CANN takes 1 coordinate, got " + position.length);
        }
        for (int i = 0; i < num; i++) {
            double d = Periodic.wrap(x.get(i) - position[0], zRange);
            out.set(i, (float) (amplitude * Math.exp(-0.25 * (d / a) * (d / a))));
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
