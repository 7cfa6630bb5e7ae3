package org.jcanns.models.navigation.theta;

import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.models.navigation.CircularMean;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' DirectionCellNetwork (Ji et al. 2025): a ring of {@code num} head-direction cells at
 * {@code linspace(−π, π, num, endpoint=False)} with Gaussian recurrence and adaptation. Each step: the centre is
 * decoded from the previous rates; the input {@code theta_input·A·exp(−½(d(x − hd)/a)²)} drives the dynamics of
 * {@link AdaptiveAttractor}.
 */
public final class DirectionCellNetwork extends NavigationModel implements ReportsOperator {
    /** The parameters with canns' names and defaults. */
    static List<Param> params() {
        List<Param> all = AdaptiveAttractor.params(0.2, 0.7, 1.0, 1.0);
        all.addFirst(Param.integer("num", 100, "head-direction cells on the ring").atLeast(2));
        return all;
    }

    private final double a;
    private final double amplitude;
    private final double[] x;
    private final AdaptiveAttractor dynamics;
    private final CircularMean decoder;
    private final Tensor r;
    private final Tensor center;
    private final Tensor external;

    /** A network from validated parameters, stepped with {@code dt}; noise from {@code random}. */
    public DirectionCellNetwork(Params p, double dt, Kernels kernels, RandomGenerator random) {
        super(kernels, p.getInt("num"));
        int n = p.getInt("num");
        this.a = p.getDouble("a");
        this.amplitude = p.getDouble("A");
        this.x = Linspace.of(-Math.PI, Math.PI, n, false);
        double j0 = p.getDouble("J0");
        float[] kernel = new float[n];
        for (int d = 0; d < n; d++) {
            double dist = Periodic.wrap(d * 2 * Math.PI / n, 2 * Math.PI);
            kernel[d] = (float) (j0 * Math.exp(-0.5 * (dist / a) * (dist / a)) / (Math.sqrt(2 * Math.PI) * a));
        }
        this.decoder = new CircularMean(x, kernels);
        Tensor u = newState("u", n);
        Tensor v = newState("v", n);
        this.r = newState("r", n);
        this.center = newState("center", 1);
        this.external = Tensor.allocate(arena, n);
        Connectivity connectivity = own(new Connectivity(AdaptiveAttractor.choice(p), kernels));
        this.dynamics = new AdaptiveAttractor(p, dt, kernels, random, connectivity, kernel, 0, u, v, r,
                Tensor.allocate(arena, n));
        declareInput("head_direction", "head direction, radians", 1);
        declareInput("theta_input", "theta modulation of the input (ThetaModulation.hd)", 1);
    }

    @Override
    public void reset() {
        zeroStates();
    }

    @Override
    public void step(StepInput in) {
        update(scalar(in, "head_direction"), scalar(in, "theta_input"));
    }

    /** One step towards head direction {@code hd} with input gain {@code thetaInput}. */
    public void update(double hd, double thetaInput) {
        center.set(0, (float) decoder.angle(r));
        for (int i = 0; i < x.length; i++) {
            // canns' calculate_dist: the single wrap, then minus the range above half of it.
            double d = Periodic.map2pi(x[i] - hd);
            d = d > Math.PI ? d - 2 * Math.PI : d;
            external.set(i, (float) (thetaInput * amplitude * Math.exp(-0.5 * (d / a) * (d / a))));
        }
        dynamics.step(external);
    }

    /** The rates (live). */
    public Tensor r() {
        return r;
    }

    @Override
    public String operator() {
        return dynamics.operator();
    }
}
