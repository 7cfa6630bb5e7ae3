package org.jcanns.models.cann;

import java.lang.foreign.Arena;
import org.jcanns.core.memory.MemoryLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.NamedStateModel;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;

/**
 * What canns' CANN1D, CANN2D and their SFA variants share: float32 states {@code u, r, inp} (and {@code v} with
 * spike-frequency adaptation), neurons at {@code linspace(z_min, z_max, length)} per axis with both ends (the last
 * neuron of an axis duplicates the first on the ring), and one Euler step in canns' order:
 * {@code r = u²/(1 + k·Σu²)} from the old u, then {@code u ← u + dt·(−u + W·r + inp − v)/tau}, then (SFA only)
 * {@code v ← v + dt·(−v + m·u)/tau_v} with the new u. Subclasses say what W and the stimulus are on their axes.
 */
public abstract class Cann extends NamedStateModel implements FeatureSpace, ReportsOperator {
    /** Parameters shared by the CANNs with canns' defaults; {@code size} is {@code num} (1D) or {@code length} (2D). */
    static List<Param> commonParams(Param size, double a, double amplitude, double j0) {
        return commonParams(size, a, amplitude, j0, OperatorChoice.ringParam());
    }

    /** As {@link #commonParams(Param, double, double, double)} with another {@code operator} parameter. */
    static List<Param> commonParams(Param size, double a, double amplitude, double j0, Param operator) {
        return List.of(
                size,
                Param.real("tau", 1.0, "membrane time constant").positive(),
                Param.real("k", 8.1, "strength of the global divisive inhibition").atLeast(0),
                Param.real("a", a, "width of the connection and stimulus profiles").positive(),
                Param.real("A", amplitude, "stimulus amplitude"),
                Param.real("J0", j0, "recurrent connection strength J0"),
                Param.real("z_min", -Math.PI, "start of the feature space"),
                Param.real("z_max", Math.PI, "end of the feature space (same point as z_min on the ring)"),
                operator);
    }

    /** {@code params} plus the SFA parameters {@code tau_v} (after tau) and {@code m} (last). */
    static List<Param> withAdaptation(List<Param> params) {
        List<Param> all = new ArrayList<>(params);
        all.add(2, Param.real("tau_v", 50.0, "time constant of the adaptation v").positive());
        all.add(Param.real("m", 0.3, "adaptation strength"));
        return all;
    }

    protected final Arena arena = Arena.ofShared();
    protected final Kernels kernels;
    /** Neurons per axis (canns' {@code num} or {@code length}). */
    protected final int length;
    protected final float tau;
    protected final float k;
    protected final double a;
    protected final double amplitude;
    protected final double zMin;
    protected final double zRange;
    protected final float dt;
    /** Neuron coordinates along one axis, float32 as in canns. */
    protected final Tensor x;
    protected final Tensor u;
    protected final Tensor r;
    protected final Tensor inp;
    protected final Tensor irec;
    /** The adaptation, or null without SFA. */
    protected final Tensor v;
    private final float tauV;
    private final float m;
    private final int[] shape;
    protected final RecurrentOperator recurrent;

    /**
     * A CANN of {@code dims} axes (1 or 2) from validated parameters ({@code size} names the neurons-per-axis
     * parameter), stepped with {@code dt} using {@code kernels}; with {@code adaptation} it reads tau_v and m.
     */
    @SuppressWarnings("this-escape") // makeOperator is the subclass hook that builds W, called last on purpose
    protected Cann(Params p, String size, int dims, boolean adaptation, double dt, Kernels kernels) {
        this.kernels = kernels;
        this.length = p.getInt(size);
        long neurons = dims == 1 ? length : (long) length * length;
        // States u, r, inp (and v), the recurrent input and the operator's working arrays: about 16 floats a neuron.
        MemoryLimit.require(MemoryLimit.times(neurons, 64), p.spec().owner() + " with " + size + "=" + length
                + " (" + neurons + " neurons)");
        this.tau = (float) p.getDouble("tau");
        this.k = (float) p.getDouble("k");
        this.a = p.getDouble("a");
        this.amplitude = p.getDouble("A");
        this.zMin = p.getDouble("z_min");
        this.zRange = p.getDouble("z_max") - zMin;
        if (!(zRange > 0)) {
            throw new ParameterException("z_max", "parameter 'z_max' of " + p.spec().owner()
                    + ": expected a number > z_min (" + zMin + "), got " + p.getDouble("z_max"));
        }
        this.dt = (float) dt;
        double[] xs = Linspace.of(zMin, zMin + zRange, length, true);
        float[] xf = new float[length];
        for (int i = 0; i < length; i++) {
            xf[i] = (float) xs[i];
        }
        this.x = Tensor.of(arena, xf);
        this.shape = dims == 1 ? new int[] {length} : new int[] {length, length};
        this.u = addState("u", Tensor.allocate(arena, shape));
        this.r = addState("r", Tensor.allocate(arena, shape));
        this.inp = addState("inp", Tensor.allocate(arena, shape));
        this.irec = Tensor.allocate(arena, shape);
        this.v = adaptation ? addState("v", Tensor.allocate(arena, shape)) : null;
        this.tauV = adaptation ? (float) p.getDouble("tau_v") : Float.NaN;
        this.m = adaptation ? (float) p.getDouble("m") : Float.NaN;
        // Subclasses build W from the fields above only: they are all set by now.
        this.recurrent = makeOperator(OperatorChoice.of(p.getString("operator")), p.getDouble("J0"));
    }

    /**
     * The recurrent operator for {@code choice} (AUTO resolved by the subclass from its measured costs) with
     * strength {@code j0}; called once from the constructor, when only the fields of this class are set.
     */
    protected abstract RecurrentOperator makeOperator(OperatorChoice choice, double j0);

    /** canns' connection profile {@code J0·exp(−½·d²/a²)/(√(2π)·a)} at squared distance {@code d2}. */
    protected final double profile(double j0, double d2) {
        return profile(j0, a, d2);
    }

    /** The connection profile for width {@code a} (the batch builds kernels without a model). */
    static double profile(double j0, double a, double d2) {
        return j0 * Math.exp(-0.5 * d2 / (a * a)) / (Math.sqrt(2 * Math.PI) * a);
    }

    @Override
    public final int[] shape() {
        return shape.clone();
    }

    @Override
    public final List<InputSpec> inputs() {
        return List.of(new InputSpec("inp", shape(), "external input current per neuron"));
    }

    @Override
    public final void reset() {
        zeroStates();
    }

    @Override
    public final void step(StepInput input) {
        inp.copyFrom(input.get("inp"));
        // r from the old u (canns' order), then u, then v from the new u.
        float sumSq = kernels.elementWise().sumOfSquares(u);
        kernels.elementWise().squareScaled(u, 1f / (1f + k * sumSq), r);
        recurrent.apply(r, irec);
        kernels.elementWise().axpy(1f, inp, irec);
        if (v != null) {
            kernels.elementWise().axpy(-1f, v, irec);
        }
        kernels.elementWise().leak(u, irec, 1f, dt / tau);
        if (v != null) {
            kernels.elementWise().leak(v, u, m, dt / tauV);
        }
    }

    @Override
    public final Optional<FeatureSpace> featureSpace() {
        return Optional.of(this);
    }

    @Override
    public final String operator() {
        return recurrent.name();
    }

    /** The recurrent operator (dense or FFT). */
    public final RecurrentOperator recurrentOperator() {
        return recurrent;
    }

    @Override
    public final Tensor x() {
        return x;
    }

    @Override
    public final double rho() {
        return length / zRange;
    }

    @Override
    public final double amplitude() {
        return amplitude;
    }

    /** canns' stimulus {@code A·exp(−¼·d²/a²)} at squared wrapped distance {@code d2} (σ = √2·a). */
    protected final float stimulus(double d2) {
        return (float) (amplitude * Math.exp(-0.25 * d2 / (a * a)));
    }

    /** Fails unless {@code position} has one coordinate per axis. */
    protected final void requireCoordinates(double[] position) {
        if (position.length != dimensions()) {
            throw new IllegalArgumentException("a " + dimensions() + "D CANN takes " + dimensions()
                    + " coordinate(s), got " + position.length);
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
