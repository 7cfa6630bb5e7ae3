package org.jcanns.models.navigation.theta;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.ExponentialEuler;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;

/**
 * The dynamics canns' theta-sweep networks share: {@code I = W·r + external + noise}; u and v take brainstate's
 * exponential-Euler step together from their old values ({@code u' = u + (1 − e^{−dt/τ})(I − v − u)},
 * {@code v' = v + (1 − e^{−dt/τv})(m·u − v)}, m = adaptation_strength·τ/τv); {@code u = max(u', 0)};
 * {@code r = g·u²/(1 + k·Σu²)}. W is translation invariant (a ring or a torus) unless {@code conn_noise} adds a fixed
 * Normal(0, conn_noise) draw to every entry, which only the dense W can hold.
 */
final class AdaptiveAttractor {
    /** The shared parameters with canns' names; the defaults that differ between the networks are given. */
    static List<Param> params(double k, double a, double j0, double g) {
        return new ArrayList<>(List.of(
                Param.real("tau", 10.0, "membrane time constant").positive(),
                Param.real("tau_v", 100.0, "adaptation time constant").positive(),
                Param.real("noise_strength", 0.1, "standard deviation of the input noise per step (0: none)").atLeast(0),
                Param.real("k", k, "global inhibition").atLeast(0),
                Param.real("adaptation_strength", 15.0, "adaptation strength (m = strength·tau/tau_v)"),
                Param.real("a", a, "width of the connection and input profiles").positive(),
                Param.real("A", 3.0, "input amplitude"),
                Param.real("J0", j0, "recurrent strength"),
                Param.real("g", g, "firing-rate gain").positive(),
                Param.real("conn_noise", 0.0, "standard deviation of fixed noise added to W (needs operator=dense "
                        + "or auto, and the full N×N matrix)").atLeast(0),
                OperatorChoice.param()));
    }

    private final Kernels kernels;
    private final RandomGenerator random;
    private final double noise;
    private final float k;
    private final float g;
    private final float m;
    private final float cu;
    private final float cv;
    private final RecurrentOperator w;
    private final Tensor u;
    private final Tensor v;
    private final Tensor r;
    private final Tensor drive;

    /**
     * The dynamics of states u, v, r (and scratch {@code drive}) with W from {@code kernel}: a ring when
     * {@code torusSide} is 0, else a torusSide² torus; operators from {@code connectivity}.
     */
    AdaptiveAttractor(Params p, double dt, Kernels kernels, RandomGenerator random, Connectivity connectivity,
                      float[] kernel, int torusSide, Tensor u, Tensor v, Tensor r, Tensor drive) {
        this.kernels = kernels;
        this.random = random;
        this.noise = p.getDouble("noise_strength");
        this.k = (float) p.getDouble("k");
        this.g = (float) p.getDouble("g");
        double tau = p.getDouble("tau"), tauV = p.getDouble("tau_v");
        this.m = (float) (p.getDouble("adaptation_strength") * tau / tauV);
        this.cu = ExponentialEuler.coefficient(dt, tau);
        this.cv = ExponentialEuler.coefficient(dt, tauV);
        double connNoise = p.getDouble("conn_noise");
        if (connNoise > 0) {
            Tensor dense = torusSide == 0 ? connectivity.denseRing(kernel) : connectivity.denseTorus(kernel, torusSide);
            for (long i = 0; i < dense.size(); i++) {
                dense.set(i, (float) (dense.get(i) + connNoise * random.nextGaussian()));
            }
            this.w = connectivity.dense(dense);
        } else {
            this.w = torusSide == 0 ? connectivity.ring(kernel) : connectivity.torus(kernel, torusSide);
        }
        this.u = u;
        this.v = v;
        this.r = r;
        this.drive = drive;
    }

    /** The operator choice of {@code p}, checked against {@code conn_noise} (which needs the dense W). */
    static OperatorChoice choice(Params p) {
        OperatorChoice choice = OperatorChoice.of(p.getString("operator"));
        if (p.getDouble("conn_noise") > 0) {
            if (choice == OperatorChoice.FFT) {
                throw new ParameterException("operator", "parameter 'operator' of " + p.spec().owner()
                        + ": conn_noise > 0 makes W dense; expected dense or auto, got fft");
            }
            return OperatorChoice.DENSE;
        }
        return choice;
    }

    /** One step with the external input {@code external} (same size as u). */
    void step(Tensor external) {
        w.apply(r, drive);
        kernels.elementWise().axpy(1f, external, drive);
        if (noise != 0) {
            for (long i = 0; i < drive.size(); i++) {
                drive.set(i, (float) (drive.get(i) + noise * random.nextGaussian()));
            }
        }
        kernels.elementWise().axpy(-1f, v, drive);
        kernels.elementWise().leak(v, u, m, cv);
        kernels.elementWise().leak(u, drive, 1f, cu);
        // max(u, 0), leaving a NaN for the simulation's divergence check (canns' where(u > 0, u, 0) hides it).
        kernels.elementWise().relu(u);
        float sumSq = kernels.elementWise().sumOfSquares(u);
        kernels.elementWise().squareScaled(u, g / (1f + k * sumSq), r);
    }

    /** The recurrent operator's name. */
    String operator() {
        return w.name();
    }
}
