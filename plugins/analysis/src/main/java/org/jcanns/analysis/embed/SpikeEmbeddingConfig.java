package org.jcanns.analysis.embed;

/**
 * canns' {@code SpikeEmbeddingConfig}: {@code res} time units per second (100000: 10 µs), bin width {@code dt} and
 * smoothing width {@code sigma} in those units (1000: 10 ms bins; 5000: 50 ms), Gaussian smoothing on or off,
 * speed filtering on or off and the speed below which bins are dropped ({@code minSpeed}, cm/s).
 */
public record SpikeEmbeddingConfig(int res, int dt, int sigma, boolean smooth, boolean speedFilter,
                                   double minSpeed) {
    /** Checks every field, naming the bad one. */
    public SpikeEmbeddingConfig {
        if (res < 1) {
            throw new IllegalArgumentException("res must be >= 1 (time units per second), got " + res);
        }
        if (dt < 1) {
            throw new IllegalArgumentException("dt must be >= 1 (bin width in res units), got " + dt);
        }
        if (sigma < 1) {
            throw new IllegalArgumentException("sigma must be >= 1 (smoothing width in res units), got " + sigma);
        }
        if (!Double.isFinite(minSpeed)) {
            throw new IllegalArgumentException("min_speed must be a finite number (cm/s), got " + minSpeed);
        }
    }

    /** canns' defaults: res 100000, dt 1000, sigma 5000, smoothing and speed filter on, min_speed 2.5 cm/s. */
    public static SpikeEmbeddingConfig defaults() {
        return new SpikeEmbeddingConfig(100000, 1000, 5000, true, true, 2.5);
    }

    /** This configuration with smoothing and the speed filter set. */
    public SpikeEmbeddingConfig with(boolean smooth, boolean speedFilter) {
        return new SpikeEmbeddingConfig(res, dt, sigma, smooth, speedFilter, minSpeed);
    }
}
