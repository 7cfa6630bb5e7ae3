package org.jcanns.models.navigation.hierarchical;

import java.util.List;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.models.navigation.CircularMean;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' GaussRecUnits: a ring CANN of {@code size} neurons at {@code linspace(z_min, z_max, size, endpoint=False)}
 * with Gaussian recurrence of strength {@code J = J0·Jc}, {@code Jc = √(8·√(2π)·k·a/ρ)} (the critical strength).
 * Each step: {@code r = u²/(1 + k·Σu²)}; {@code u ← u + dt·(−u + W·r + input)/tau}; {@code center} decodes u.
 * It starts from the bump {@code u = 10·G(x)}, {@code r = 30·G(x)}, G the unwrapped Gaussian at 0.
 */
public final class GaussRecUnits extends NavigationModel implements ReportsOperator {
    /**
     * canns' parameters.
     *
     * @param size neurons on the ring
     * @param tau time constant
     * @param j0 connection strength as a multiple of the critical strength
     * @param k global inhibition
     * @param a width of the Gaussian connections
     * @param zMin start of the feature space
     * @param zMax end of the feature space (excluded)
     */
    public record Config(int size, double tau, double j0, double k, double a, double zMin, double zMax) {
        /** The parameters {@code <prefix>tau, J0, k, a} with canns' defaults. */
        static List<Param> params(String prefix) {
            return List.of(
                    Param.real(prefix + "tau", 1.0, "time constant of the Gaussian ring (GaussRecUnits)").positive(),
                    Param.real(prefix + "J0", 1.1, "ring strength as a multiple of the critical strength Jc"),
                    Param.real(prefix + "k", 5e-4, "global inhibition of the ring").atLeast(0),
                    Param.real(prefix + "a", 2 * Math.PI / 9, "width of the ring's Gaussian connections").positive());
        }

        /** The configuration from {@code <prefix>}-named parameters, for a ring of {@code size} over [zMin, zMax). */
        static Config from(Params p, String prefix, int size, double zMin, double zMax) {
            return new Config(size, p.getDouble(prefix + "tau"), p.getDouble(prefix + "J0"), p.getDouble(prefix + "k"),
                    p.getDouble(prefix + "a"), zMin, zMax);
        }

        double range() {
            return zMax - zMin;
        }

        /** The normalised Gaussian {@code exp(−½(d/a)²)/(√(2π)·a)}. */
        double gauss(double d) {
            return Math.exp(-0.5 * (d / a) * (d / a)) / (Math.sqrt(2 * Math.PI) * a);
        }
    }

    private final Config config;
    private final float dt;
    private final double[] x;
    private final RecurrentOperator w;
    private final CircularMean decoder;
    private final Tensor u;
    private final Tensor r;
    private final Tensor input;
    private final Tensor center;
    private final Tensor irec;

    /** A ring stepped with {@code dt}, its W from {@code connectivity} (shared between identical rings). */
    public GaussRecUnits(Config config, double dt, Kernels kernels, Connectivity connectivity) {
        super(kernels, config.size());
        this.config = config;
        this.dt = (float) dt;
        int n = config.size();
        this.x = Linspace.of(config.zMin(), config.zMax(), n, false);
        this.w = connectivity.ring(ringKernel(config));
        this.decoder = new CircularMean(x, kernels);
        this.u = newState("u", n);
        this.r = newState("r", n);
        this.input = newState("input", n);
        this.center = newState("center", 1);
        this.irec = Tensor.allocate(arena, n);
        declareInput("input", "external input per neuron", n);
        reset();
    }

    /** The ring's kernel {@code K[m] = J·G(wrap(m·dx))} (W[i][j] = K[(i − j) mod n]), J = J0·Jc. */
    static float[] ringKernel(Config config) {
        int n = config.size();
        double rho = n / config.range();
        double jc = Math.sqrt(8 * Math.sqrt(2 * Math.PI) * config.k() * config.a() / rho);
        double strength = config.j0() * jc;
        float[] kernel = new float[n];
        double dx = config.range() / n;
        for (int m = 0; m < n; m++) {
            kernel[m] = (float) (strength * config.gauss(Periodic.wrap(m * dx, config.range())));
        }
        return kernel;
    }

    /** canns' initial bump {@code u = 10·G(x)}, {@code r = 30·G(x)} into u and r from offset {@code o}. */
    static void initialBump(Config config, double[] x, float[] u, float[] r, int o) {
        for (int i = 0; i < x.length; i++) {
            double g = config.gauss(x[i]);
            u[o + i] = (float) (10 * g);
            r[o + i] = (float) (30 * g);
        }
    }

    @Override
    public void reset() {
        float[] u0 = new float[x.length];
        float[] r0 = new float[x.length];
        initialBump(config, x, u0, r0, 0);
        u.copyFrom(u0);
        r.copyFrom(r0);
        input.fill(0);
        center.fill(0);
    }

    @Override
    public void step(StepInput in) {
        update(in.get("input"));
    }

    /** One step with {@code external} input (kept as state {@code input}). */
    public void update(Tensor external) {
        input.copyFrom(external);
        float sumSq = kernels.elementWise().sumOfSquares(u);
        kernels.elementWise().squareScaled(u, 1f / (1f + (float) config.k() * sumSq), r);
        w.apply(r, irec);
        kernels.elementWise().axpy(1f, input, irec);
        kernels.elementWise().leak(u, irec, 1f, dt / (float) config.tau());
        // canns decodes u (not r) here, divided by Σu: angle(Σ e^{ix}·u / Σu).
        center.set(0, (float) decoder.normalisedAngle(u));
    }

    /** The rates (live). */
    public Tensor r() {
        return r;
    }

    /** The neuron angles. */
    public double[] x() {
        return x.clone();
    }

    @Override
    public String operator() {
        return w.name();
    }
}
