package org.jcanns.models.navigation.hierarchical;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
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
public final class BandCell extends VelocityDriven implements ReportsOperator {
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

        /** The configuration with angle 0 and spacing 1: what band cells of one batch share. */
        Config ignoringDirection() {
            return new Config(0, 1, size, zMin, zMax, noise, wL2S, wS2L, gain, gauss, nonrecTau);
        }

        /** The same configuration at another angle. */
        Config rotated(double by) {
            return new Config(angle + by, spacing, size, zMin, zMax, noise, wL2S, wS2L, gain, gauss, nonrecTau);
        }
    }

    private final double[] projK;
    private final BandCellBatch batch;

    /** A band cell stepped with {@code dt}; operators from {@code connectivity}, noise from {@code random}. */
    public BandCell(Config config, double dt, Kernels kernels, Connectivity connectivity, RandomGenerator random) {
        super(kernels, config.size());
        this.projK = projection(config.angle(), config.spacing());
        this.batch = new BandCellBatch(List.of(config), dt, kernels, connectivity, random);
        addState("r", batch.rates(0, 1).reshape(config.size()));
        addState("u", batch.membrane(0));
        addState("left_r", batch.leftRates(0));
        addState("right_r", batch.rightRates(0));
        addState("center", batch.centerView(0));
        addState("center_ideal", batch.idealCenterView(0));
    }

    /** The projection vector {@code (2π/spacing)·(cos(angle − π/2), sin(angle − π/2))}. */
    static double[] projection(double angle, double spacing) {
        double k = 2 * Math.PI / spacing;
        return new double[] {Math.cos(angle - Math.PI / 2) * k, Math.sin(angle - Math.PI / 2) * k};
    }

    /**
     * The row-vector product {@code y_j = Σ_i r_i·w_S2L·G(dist(x_i − x_j + shift))} as a ring operator: W[j][i] =
     * K[(j − i) mod n] with {@code K[m] = w_S2L·G(dist(−m·dx + shift))}.
     */
    static float[] shiftedKernel(Config config, double shift) {
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
        batch.reset();
    }

    @Override
    public void update(double vx, double vy, double lx, double ly, double strength) {
        batch.update(vx, vy, lx, ly, strength);
    }

    /** canns' Postophase: {@code (loc·proj_k mod 2π) − π}. */
    public double phaseOf(double lx, double ly) {
        return phaseOf(projK, lx, ly);
    }

    /** canns' Postophase for the projection vector {@code projK}. */
    static double phaseOf(double[] projK, double lx, double ly) {
        double p = lx * projK[0] + ly * projK[1];
        return p - Math.floor(p / (2 * Math.PI)) * 2 * Math.PI - Math.PI;
    }

    /** The decoded centre of the ring (radians). */
    public double center() {
        return batch.center(0);
    }

    /** The ring's rates (live). */
    public Tensor r() {
        return state("r");
    }

    @Override
    public String operator() {
        return batch.operatorName();
    }
}
