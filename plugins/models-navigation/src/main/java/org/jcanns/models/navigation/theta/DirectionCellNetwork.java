package org.jcanns.models.navigation.theta;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.models.navigation.CircularMean;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.ExponentialEuler;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' DirectionCellNetwork (Ji et al. 2025): a ring of {@code num} head-direction cells at
 * {@code linspace(−π, π, num, endpoint=False)} with Gaussian recurrence and adaptation. Each step: the centre is
 * decoded from the previous rates; {@code I = theta_input·A·exp(−½(d(x − hd)/a)²) + W·r + noise}; u and v take
 * brainstate's exponential-Euler step together from their old values ({@code u' = u + (1 − e^{−dt/τ})(I − v − u)},
 * {@code v' = v + (1 − e^{−dt/τv})(m·u − v)}); {@code u = max(u', 0)}; {@code r = g·u²/(1 + k·Σu²)}.
 */
public final class DirectionCellNetwork extends NavigationModel {
    /** The parameters with canns' names and defaults. */
    static List<Param> params() {
        return new ArrayList<>(List.of(
                Param.integer("num", 100, "head-direction cells on the ring").atLeast(2),
                Param.real("tau", 10.0, "membrane time constant").positive(),
                Param.real("tau_v", 100.0, "adaptation time constant").positive(),
                Param.real("noise_strength", 0.1, "standard deviation of the input noise per step (0: none)").atLeast(0),
                Param.real("k", 0.2, "global inhibition").atLeast(0),
                Param.real("adaptation_strength", 15.0, "adaptation strength (m = strength·tau/tau_v)"),
                Param.real("a", 0.7, "width of the connection and input profiles, radians").positive(),
                Param.real("A", 3.0, "input amplitude"),
                Param.real("J0", 1.0, "recurrent strength"),
                Param.real("g", 1.0, "firing-rate gain"),
                Param.real("conn_noise", 0.0, "standard deviation of fixed noise added to W (needs operator=dense "
                        + "or auto)").atLeast(0),
                OperatorChoice.param()));
    }

    private final double a;
    private final double amplitude;
    private final double noise;
    private final float k;
    private final float g;
    private final float m;
    private final float cu;
    private final float cv;
    private final double[] x;
    private final RandomGenerator random;
    private final RecurrentOperator w;
    private final CircularMean decoder;
    private final Tensor u;
    private final Tensor v;
    private final Tensor r;
    private final Tensor center;
    private final Tensor drive;

    /** A network from validated parameters, stepped with {@code dt}; noise from {@code random}. */
    public DirectionCellNetwork(Params p, double dt, Kernels kernels, RandomGenerator random) {
        super(kernels, p.getInt("num"));
        int n = p.getInt("num");
        this.a = p.getDouble("a");
        this.amplitude = p.getDouble("A");
        this.noise = p.getDouble("noise_strength");
        this.k = (float) p.getDouble("k");
        this.g = (float) p.getDouble("g");
        double tau = p.getDouble("tau"), tauV = p.getDouble("tau_v");
        this.m = (float) (p.getDouble("adaptation_strength") * tau / tauV);
        this.cu = ExponentialEuler.coefficient(dt, tau);
        this.cv = ExponentialEuler.coefficient(dt, tauV);
        this.x = Linspace.of(-Math.PI, Math.PI, n, false);
        this.random = random;
        double j0 = p.getDouble("J0");
        float[] kernel = new float[n];
        for (int d = 0; d < n; d++) {
            double dist = Periodic.wrap(d * 2 * Math.PI / n, 2 * Math.PI);
            kernel[d] = (float) (j0 * Math.exp(-0.5 * (dist / a) * (dist / a)) / (Math.sqrt(2 * Math.PI) * a));
        }
        Connectivity connectivity = own(new Connectivity(connNoiseChoice(p), kernels));
        double connNoise = p.getDouble("conn_noise");
        if (connNoise > 0) {
            // canns adds Normal(0, conn_noise) to every entry: W is no longer circulant, only dense can hold it.
            Tensor dense = connectivity.denseRing(kernel);
            for (long i = 0; i < dense.size(); i++) {
                dense.set(i, (float) (dense.get(i) + connNoise * random.nextGaussian()));
            }
            this.w = connectivity.dense(dense);
        } else {
            this.w = connectivity.ring(kernel);
        }
        this.decoder = new CircularMean(x);
        this.u = newState("u", n);
        this.v = newState("v", n);
        this.r = newState("r", n);
        this.center = newState("center", 1);
        this.drive = Tensor.allocate(arena, n);
        declareInput("head_direction", "head direction, radians", 1);
        declareInput("theta_input", "theta modulation of the input (ThetaModulation.hd)", 1);
    }

    /** The operator choice, checked against {@code conn_noise} (which needs a dense W). */
    static OperatorChoice connNoiseChoice(Params p) {
        OperatorChoice choice = OperatorChoice.of(p.getString("operator"));
        if (p.getDouble("conn_noise") > 0) {
            if (choice == OperatorChoice.FFT) {
                throw new org.jcanns.spi.param.ParameterException("operator", "parameter 'operator' of "
                        + p.spec().owner() + ": conn_noise > 0 makes W dense; expected dense or auto, got fft");
            }
            return OperatorChoice.DENSE;
        }
        return choice;
    }

    @Override
    public void reset() {
        u.fill(0);
        v.fill(0);
        r.fill(0);
        center.fill(0);
    }

    @Override
    public void step(StepInput in) {
        update(scalar(in, "head_direction"), scalar(in, "theta_input"));
    }

    /** One step towards head direction {@code hd} with input gain {@code thetaInput}. */
    public void update(double hd, double thetaInput) {
        center.set(0, (float) decoder.angle(r));
        w.apply(r, drive);
        for (int i = 0; i < x.length; i++) {
            double d = Periodic.map2pi(x[i] - hd);
            d = d > Math.PI ? d - 2 * Math.PI : d;
            double in = thetaInput * amplitude * Math.exp(-0.5 * (d / a) * (d / a));
            if (noise != 0) {
                in += noise * random.nextGaussian();
            }
            drive.set(i, (float) (drive.get(i) + in));
        }
        kernels.axpy(-1f, v, drive);
        kernels.leak(v, u, m, cv);
        kernels.leak(u, drive, 1f, cu);
        for (int i = 0; i < x.length; i++) {
            if (u.get(i) < 0) {
                u.set(i, 0f);
            }
        }
        float sumSq = kernels.sumOfSquares(u);
        kernels.squareScaled(u, g / (1f + k * sumSq), r);
    }

    /** The rates (live). */
    public Tensor r() {
        return r;
    }

    @Override
    public String operator() {
        return w.name();
    }
}
