package org.jcanns.models.navigation.hierarchical;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.models.navigation.CircularMean;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' BandCell: a GaussRecUnits ring holding a 1D phase of position along direction {@code angle} (bands
 * {@code spacing} apart), shifted by two NonRecUnits populations (left, right) whose velocity-gated rates feed the
 * ring through Gaussian connections displaced by ±{@code 0.76·π/9}.
 *
 * <p>Each step, in canns' order: the location input {@code loc_input_stre·stimulus(loc)} (none when the strength
 * is 0); {@code v_φ = velocity·proj_k}; the ideal centre integrates v_φ; left and right take {@code w_L2S·r} of the
 * ring's previous rates; their rates are scaled by {@code gain ± v_φ}; the ring steps with
 * {@code left.r·W_L + right.r·W_R + loc_input} (brainstate's Linear: a row vector times W); the centre is decoded
 * from the ring's rates.
 */
public final class BandCell extends VelocityDriven {
    /** The shift of the left/right connections: canns' {@code 1/9·π·0.76}. */
    static final double PHASE_SHIFT = Math.PI / 9 * 0.76;

    /**
     * canns' parameters of one band cell.
     *
     * @param angle direction of the bands' normal, radians
     * @param spacing distance between bands
     * @param size neurons in each population
     * @param zMin start of the phase space
     * @param zMax end of the phase space (excluded)
     * @param noise noise level of the left/right units
     * @param wL2S ring → left/right weight
     * @param wS2L left/right → ring weight
     * @param gain velocity gain offset
     * @param gauss the ring's parameters
     * @param nonrecTau time constant of the left/right units
     */
    public record Config(double angle, double spacing, int size, double zMin, double zMax, double noise, double wL2S,
                         double wS2L, double gain, GaussRecUnits.Config gauss, double nonrecTau) {
        /** The parameters {@code <prefix>size, noise, w_L2S, w_S2L, gain}, gauss_*, nonrec_tau. */
        static List<Param> params(String prefix, double noise) {
            List<Param> all = new ArrayList<>(List.of(
                    Param.integer(prefix + "size", 180, "neurons in each band-cell population").atLeast(2),
                    Param.real(prefix + "noise", noise, "noise level of the left/right (NonRecUnits) populations")
                            .atLeast(0),
                    Param.real(prefix + "w_L2S", 0.2, "band ring -> left/right weight"),
                    Param.real(prefix + "w_S2L", 1.0, "left/right -> band ring weight"),
                    Param.real(prefix + "gain", 0.2, "velocity gain offset of the left/right populations")));
            all.addAll(GaussRecUnits.Config.params("gauss_"));
            all.add(Param.real("nonrec_tau", 0.1, "time constant of the left/right populations").positive());
            return all;
        }

        /** The configuration from {@code <prefix>}-named parameters for bands at {@code angle}, {@code spacing}. */
        static Config from(Params p, String prefix, double angle, double spacing, double zMin, double zMax) {
            int size = p.getInt(prefix + "size");
            return new Config(angle, spacing, size, zMin, zMax, p.getDouble(prefix + "noise"),
                    p.getDouble(prefix + "w_L2S"), p.getDouble(prefix + "w_S2L"), p.getDouble(prefix + "gain"),
                    GaussRecUnits.Config.from(p, "gauss_", size, zMin, zMax), p.getDouble("nonrec_tau"));
        }

        /** The same configuration at another angle. */
        Config rotated(double by) {
            return new Config(angle + by, spacing, size, zMin, zMax, noise, wL2S, wS2L, gain, gauss, nonrecTau);
        }
    }

    private final Config config;
    private final double dt;
    private final double[] projK;
    private final double[] x;
    private final GaussRecUnits band;
    private final NonRecUnits left;
    private final NonRecUnits right;
    private final RecurrentOperator leftToBand;
    private final RecurrentOperator rightToBand;
    private final CircularMean decoder;
    private final Tensor center;
    private final Tensor centerIdeal;
    private final Tensor shifterInput;
    private final Tensor bandInput;
    private final Tensor fromRight;

    /** A band cell stepped with {@code dt}; operators from {@code connectivity}, noise from {@code random}. */
    public BandCell(Config config, double dt, Kernels kernels, Connectivity connectivity, RandomGenerator random) {
        super(kernels, config.size());
        this.config = config;
        this.dt = dt;
        double k = 2 * Math.PI / config.spacing();
        this.projK = new double[] {Math.cos(config.angle() - Math.PI / 2) * k, Math.sin(config.angle() - Math.PI / 2) * k};
        int n = config.size();
        this.band = own(new GaussRecUnits(config.gauss(), dt, kernels, connectivity));
        this.left = own(new NonRecUnits(n, config.nonrecTau(), config.noise(), dt, kernels, random));
        this.right = own(new NonRecUnits(n, config.nonrecTau(), config.noise(), dt, kernels, random));
        this.x = band.x();
        this.leftToBand = connectivity.ring(shiftedKernel(PHASE_SHIFT));
        this.rightToBand = connectivity.ring(shiftedKernel(-PHASE_SHIFT));
        this.decoder = new CircularMean(x);
        expose("r", band.r());
        expose("u", band.state("u"));
        expose("left_r", left.r());
        expose("right_r", right.r());
        this.center = newState("center", 1);
        this.centerIdeal = newState("center_ideal", 1);
        this.shifterInput = Tensor.allocate(arena, n);
        this.bandInput = Tensor.allocate(arena, n);
        this.fromRight = Tensor.allocate(arena, n);
    }

    /**
     * The row-vector product {@code y_j = Σ_i r_i·w_S2L·G(dist(x_i − x_j + shift))} as a ring operator: W[j][i] =
     * K[(j − i) mod n] with {@code K[m] = w_S2L·G(dist(−m·dx + shift))}.
     */
    private float[] shiftedKernel(double shift) {
        int n = config.size();
        double range = config.zMax() - config.zMin();
        float[] kernel = new float[n];
        for (int m = 0; m < n; m++) {
            kernel[m] = (float) (config.wS2L() * config.gauss().gauss(Periodic.wrap(-m * range / n + shift, range)));
        }
        return kernel;
    }

    @Override
    public void reset() {
        band.reset();
        left.reset();
        right.reset();
        center.fill(0);
        centerIdeal.fill(0);
    }

    @Override
    public void update(double vx, double vy, double lx, double ly, double strength) {
        if (strength != 0) {
            stimulusAt(lx, ly, bandInput);
            kernels.scale((float) strength, bandInput);
        } else {
            bandInput.fill(0);
        }
        double vPhi = vx * projK[0] + vy * projK[1];
        centerIdeal.set(0, (float) Periodic.map2pi(centerIdeal.get(0) + vPhi * dt));
        shifterInput.fill(0);
        kernels.axpy((float) config.wL2S(), band.r(), shifterInput);
        left.update(shifterInput);
        right.update(shifterInput);
        kernels.scale((float) (config.gain() + vPhi), left.r());
        kernels.scale((float) (config.gain() - vPhi), right.r());
        leftToBand.apply(left.r(), shifterInput);
        rightToBand.apply(right.r(), fromRight);
        kernels.axpy(1f, shifterInput, bandInput);
        kernels.axpy(1f, fromRight, bandInput);
        band.update(bandInput);
        center.set(0, (float) decoder.angle(band.r()));
    }

    /** canns' Postophase: {@code (loc·proj_k mod 2π) − π}. */
    public double phaseOf(double lx, double ly) {
        double p = lx * projK[0] + ly * projK[1];
        return p - Math.floor(p / (2 * Math.PI)) * 2 * Math.PI - Math.PI;
    }

    /** canns' get_stimulus_by_pos: {@code exp(−¼(dist(phase − x)/a)²)} (no amplitude). */
    void stimulusAt(double lx, double ly, Tensor out) {
        double phase = phaseOf(lx, ly);
        double range = config.zMax() - config.zMin();
        double a = config.gauss().a();
        for (int i = 0; i < x.length; i++) {
            double d = Periodic.wrap(phase - x[i], range);
            out.set(i, (float) Math.exp(-0.25 * (d / a) * (d / a)));
        }
    }

    /** The projection vector {@code (2π/spacing)·(cos(angle − π/2), sin(angle − π/2))}. */
    double[] projK() {
        return projK.clone();
    }

    /** The decoded centre of the ring (radians). */
    public double center() {
        return center.get(0);
    }

    /** The ring's rates (live). */
    public Tensor r() {
        return band.r();
    }

    @Override
    public String operator() {
        return band.operator();
    }
}
