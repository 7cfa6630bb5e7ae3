package org.jcanns.analysis.synthetic;

import java.util.random.RandomGenerator;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.core.random.Seeds;

/**
 * Head-direction cells: the heading turns with an AR(1) angular velocity; cell n, preferring {@code 2πn/cells},
 * fires Poisson spikes at {@code base + peak·exp(κ(cos(θ − θₙ) − 1))}.
 *
 * @param cells number of cells
 * @param duration seconds of recording
 * @param dt sampling step (s)
 * @param peakRate rate at the preferred direction above the base (Hz)
 * @param baseRate background rate (Hz)
 * @param kappa tuning sharpness κ
 * @param turning standard deviation of the angular-velocity innovations (rad/s per step)
 */
public record SyntheticHeadDirection(int cells, double duration, double dt, double peakRate, double baseRate,
                                     double kappa, double turning) {
    /** The spikes (no positions) and the heading per sample (T). */
    public record Data(GridRecording recording, double[] heading, double[] preferred) {
    }

    /** The defaults: 32 cells, 300 s at 100 Hz, 20 Hz peaks over 0.5 Hz, κ 4. */
    public static SyntheticHeadDirection defaults() {
        return new SyntheticHeadDirection(32, 300, 0.01, 20, 0.5, 4, 0.5);
    }

    /** Checks every field, naming the bad one. */
    public SyntheticHeadDirection {
        Checks.atLeast("cells", cells, 1);
        Checks.positive("duration", duration);
        Checks.positive("dt", dt);
        Checks.atLeast("samples (duration/dt)", (long) (duration / dt), 2);
        Checks.positive("peak_rate", peakRate);
        Checks.nonNegative("base_rate", baseRate);
        Checks.positive("kappa", kappa);
        Checks.nonNegative("turning", turning);
    }

    /** This configuration with another cell count and duration. */
    public SyntheticHeadDirection with(int cells, double duration) {
        return new SyntheticHeadDirection(cells, duration, dt, peakRate, baseRate, kappa, turning);
    }

    /** The data set for {@code seed}; the same seed gives the same spikes. */
    public Data generate(long seed) {
        RandomGenerator rng = Seeds.generator(seed);
        int samples = (int) (duration / dt);
        double[] preferred = new double[cells];
        for (int n = 0; n < cells; n++) {
            preferred[n] = 2 * Math.PI * n / cells;
        }
        double[] t = new double[samples];
        double[] heading = new double[samples];
        PoissonSpikes spikes = new PoissonSpikes(cells, rng);
        double theta = 2 * Math.PI * rng.nextDouble();
        double omega = 0;
        for (int k = 0; k < samples; k++) {
            t[k] = k * dt;
            heading[k] = theta;
            for (int n = 0; n < cells; n++) {
                spikes.bin(n, t[k], dt, baseRate + peakRate * Math.exp(kappa * (Math.cos(theta - preferred[n]) - 1)));
            }
            omega = 0.95 * omega + turning * rng.nextGaussian();
            theta = (theta + omega * dt) % (2 * Math.PI);
            theta = theta < 0 ? theta + 2 * Math.PI : theta;
        }
        return new Data(spikes.recording(t, null, null), heading, preferred);
    }
}
