package org.jcanns.core.geometry;

/** Periodic distances as canns computes them (the two wrapping conventions of canns-reference §2.0). */
public final class Periodic {
    private Periodic() {
    }

    /** Floor-mod wrap into (−R/2, R/2]: {@code d mod R} (sign of R, as Python's %), minus R above R/2. */
    public static double wrap(double d, double range) {
        double m = d - Math.floor(d / range) * range;
        return m > range / 2 ? m - range : m;
    }

    /** The same wrap in float32 arithmetic, as canns' JAX code computes it. */
    public static float wrap(float d, float range) {
        float m = d - (float) Math.floor(d / range) * range;
        return m > range / 2 ? m - range : m;
    }

    /** Single wrap: subtract 2π above π, add 2π below −π (canns' {@code map2pi}). */
    public static double map2pi(double a) {
        return a > Math.PI ? a - 2 * Math.PI : a < -Math.PI ? a + 2 * Math.PI : a;
    }
}
