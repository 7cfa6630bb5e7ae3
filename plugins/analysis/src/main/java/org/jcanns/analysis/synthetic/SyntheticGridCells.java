package org.jcanns.analysis.synthetic;

import java.util.random.RandomGenerator;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.core.random.Seeds;

/**
 * Grid-cell spike trains of a rat running in a square box (canns' grid data sets, made in code): a smooth random
 * walk reflected at the walls, sampled every {@code dt}; its 2-D torus phase {@code φ = 2π·B⁻¹·R(−θ)·p mod 2π} for
 * a hexagonal lattice B of spacing λ and orientation θ; cell n (of side² cells, phase offsets on a side × side
 * grid of the torus) fires Poisson spikes at {@code peak·exp(κ(cos Δ₁ + cos Δ₂ + cos(Δ₁ − Δ₂) − 3))},
 * Δ = φ − φₙ.
 *
 * @param side cells per torus axis (side² cells)
 * @param duration seconds of recording
 * @param dt position sampling step (s)
 * @param box side of the box (m)
 * @param spacing grid spacing λ (m)
 * @param orientation lattice orientation θ (rad)
 * @param peakRate firing rate at a field centre (Hz)
 * @param kappa field sharpness κ
 * @param speed running speed (m/s)
 */
public record SyntheticGridCells(int side, double duration, double dt, double box, double spacing,
                                 double orientation, double peakRate, double kappa, double speed) {
    /** The recording and, per cell, its phase offset on the torus (N, 2), row-major. */
    public record Data(GridRecording recording, double[] phaseOffsets) {
    }

    /** The defaults: 6 × 6 cells, 300 s at 100 Hz in a 1.5 m box, spacing 0.5 m, 15 Hz peaks, 0.25 m/s. */
    public static SyntheticGridCells defaults() {
        return new SyntheticGridCells(6, 300, 0.01, 1.5, 0.5, 0.1, 15, 1.5, 0.25);
    }

    /** Checks every field, naming the bad one. */
    public SyntheticGridCells {
        Checks.atLeast("side", side, 1);
        Checks.positive("duration", duration);
        Checks.positive("dt", dt);
        Checks.atLeast("samples (duration/dt)", (long) (duration / dt), 2);
        Checks.positive("box", box);
        Checks.positive("spacing", spacing);
        Checks.positive("peak_rate", peakRate);
        Checks.positive("kappa", kappa);
        Checks.positive("speed", speed);
    }

    /** This configuration with another cell count per axis and duration. */
    public SyntheticGridCells with(int side, double duration) {
        return new SyntheticGridCells(side, duration, dt, box, spacing, orientation, peakRate, kappa, speed);
    }

    /** The data set for {@code seed}; the same seed gives the same spikes. */
    public Data generate(long seed) {
        RandomGenerator rng = Seeds.generator(seed);
        int samples = (int) (duration / dt);
        int cells = side * side;
        double[] offsets = new double[2 * cells];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                offsets[2 * (i * side + j)] = 2 * Math.PI * i / side;
                offsets[2 * (i * side + j) + 1] = 2 * Math.PI * j / side;
            }
        }
        Walk walk = new Walk(box, speed, dt, rng);
        double[] t = new double[samples];
        double[] x = new double[samples];
        double[] y = new double[samples];
        PoissonSpikes spikes = new PoissonSpikes(cells, rng);
        for (int k = 0; k < samples; k++) {
            t[k] = k * dt;
            x[k] = walk.x;
            y[k] = walk.y;
            double[] phi = phase(walk.x, walk.y);
            double phi1 = phi[0];
            double phi2 = phi[1];
            for (int n = 0; n < cells; n++) {
                double d1 = phi1 - offsets[2 * n];
                double d2 = phi2 - offsets[2 * n + 1];
                double rate = peakRate * Math.exp(kappa * (Math.cos(d1) + Math.cos(d2) + Math.cos(d1 - d2) - 3));
                spikes.bin(n, t[k], dt, rate);
            }
            walk.step();
        }
        return new Data(spikes.recording(t, x, y), offsets);
    }

    /**
     * The torus phase (φ₁, φ₂) of position (x, y), unwrapped: {@code 2π·B⁻¹·R(−θ)·p} for the lattice B with columns
     * λ(1, 0) and λ(1/2, √3/2). Cells fire where it is near their offsets modulo 2π.
     */
    public double[] phase(double x, double y) {
        double c = Math.cos(-orientation);
        double s = Math.sin(-orientation);
        double h = Math.sqrt(3) / 2;
        double rx = c * x - s * y;
        double ry = s * x + c * y;
        double b2 = ry / (spacing * h);
        double b1 = rx / spacing - 0.5 * b2;
        return new double[] {2 * Math.PI * b1, 2 * Math.PI * b2};
    }

    /** A constant-speed walk whose heading diffuses, reflected at the walls of a square box [0, box]². */
    private static final class Walk {
        final double box;
        final double stepLength;
        final RandomGenerator rng;
        double x;
        double y;
        double heading;

        Walk(double box, double speed, double dt, RandomGenerator rng) {
            this.box = box;
            this.stepLength = speed * dt;
            this.rng = rng;
            this.x = box * rng.nextDouble();
            this.y = box * rng.nextDouble();
            this.heading = 2 * Math.PI * rng.nextDouble();
        }

        void step() {
            heading += 0.2 * rng.nextGaussian();
            x += stepLength * Math.cos(heading);
            y += stepLength * Math.sin(heading);
            if (x < 0 || x > box) {
                x = x < 0 ? -x : 2 * box - x;
                heading = Math.PI - heading;
            }
            if (y < 0 || y > box) {
                y = y < 0 ? -y : 2 * box - y;
                heading = -heading;
            }
        }
    }
}
