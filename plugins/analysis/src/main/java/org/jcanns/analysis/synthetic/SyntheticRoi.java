package org.jcanns.analysis.synthetic;

import java.util.random.RandomGenerator;
import org.jcanns.analysis.bump.Bessel;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.analysis.NumericArray;

/**
 * ROI fluorescence of one bump drifting on a ring (canns' ROI data set, made in code): {@code rois} ROIs at
 * {@code 2πj/rois}, each frame {@code baseline·(1 + amplitude·exp(κ cos(x_j − pos))/(2π I₀(κ)) + noise·N(0, 1))},
 * the bump position a smooth random walk (its angular velocity an AR(1) process).
 *
 * @param frames time frames T
 * @param rois ROIs on the ring
 * @param kappa bump concentration κ
 * @param amplitude bump weight, as {@code ampli} in bump_fits' model
 * @param noise Gaussian noise, relative to the baseline
 * @param drift standard deviation of the angular-velocity innovations (rad per frame)
 * @param baseline fluorescence without the bump
 */
public record SyntheticRoi(int frames, int rois, double kappa, double amplitude, double noise, double drift,
                           double baseline) {
    /** What was generated: the data (T, rois) and the true bump position per frame. */
    public record Data(NumericArray data, double[] position) {
    }

    /** The defaults: 500 frames of 16 ROIs, κ 3, amplitude 4, noise 0.05, drift 0.03, baseline 1. */
    public static SyntheticRoi defaults() {
        return new SyntheticRoi(500, 16, 3.0, 4.0, 0.05, 0.03, 1.0);
    }

    /** Checks every field, naming the bad one. */
    public SyntheticRoi {
        Checks.atLeast("frames", frames, 2);
        Checks.atLeast("n_roi", rois, 3);
        Checks.positive("kappa", kappa);
        Checks.positive("amplitude", amplitude);
        Checks.nonNegative("noise", noise);
        Checks.nonNegative("drift", drift);
        Checks.positive("baseline", baseline);
    }

    /** This configuration with another size. */
    public SyntheticRoi withSize(int frames, int rois) {
        return new SyntheticRoi(frames, rois, kappa, amplitude, noise, drift, baseline);
    }

    /** The data set for {@code seed}; the same seed gives the same numbers. */
    public Data generate(long seed) {
        RandomGenerator rng = Seeds.generator(seed);
        double twoPi = 2 * Math.PI;
        double norm = amplitude / (twoPi * Bessel.i0(kappa));
        double[] values = new double[frames * rois];
        double[] position = new double[frames];
        double pos = rng.nextDouble() * twoPi;
        double velocity = 0;
        for (int t = 0; t < frames; t++) {
            position[t] = pos;
            for (int j = 0; j < rois; j++) {
                double x = twoPi * j / rois;
                double bump = norm * Math.exp(kappa * Math.cos(x - pos));
                values[t * rois + j] = baseline * (1 + bump + noise * rng.nextGaussian());
            }
            velocity = 0.9 * velocity + drift * rng.nextGaussian();
            pos = (pos + velocity) % twoPi;
            pos = pos < 0 ? pos + twoPi : pos;
        }
        return new Data(NumericArray.of(values, frames, rois), position);
    }
}
