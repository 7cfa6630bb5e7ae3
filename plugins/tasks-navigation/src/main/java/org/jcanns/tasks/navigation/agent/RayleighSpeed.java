package org.jcanns.tasks.navigation.agent;

/**
 * RatInABox's speed model in 2D: the speed s is Rayleigh(σ = speed_mean) distributed because it is a fixed
 * transform of a standard normal z that follows an Ornstein–Uhlenbeck process, {@code z = Φ⁻¹(1 − e^{−s²/2σ²})}
 * (the uniform value clipped to [1e-6, 1 − 1e-6]) and {@code s = σ·sqrt(−2 ln(1 − Φ(z)))}.
 */
final class RayleighSpeed {
    /** The clip of the uniform value, as RatInABox's {@code rayleigh_to_normal}. */
    static final double CLIP = 1e-6;
    /** The z the clip allows: Φ⁻¹(1 − 1e-6) and its negative. */
    static final double Z_MAX = -StandardNormal.quantile(CLIP);

    private RayleighSpeed() {
    }

    /** The normal variable of speed {@code s} (σ = {@code sigma}). */
    static double normalOf(double s, double sigma) {
        // 1 − u = exp(−s²/2σ²) is computed directly, which keeps precision when u is close to 1.
        double tail = Math.clamp(Math.exp(-s * s / (2 * sigma * sigma)), CLIP, 1 - CLIP);
        return -StandardNormal.quantile(tail);
    }

    /** The speed of normal variable {@code z} (σ = {@code sigma}). */
    static double speedOf(double z, double sigma) {
        return sigma * Math.sqrt(-2 * Math.log(StandardNormal.upperTail(z)));
    }
}
