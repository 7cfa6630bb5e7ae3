package org.jcanns.models.navigation;

/**
 * brainstate's {@code exp_euler_step} for a linear leak {@code dx/dt = (−x + I)/tau}: it computes
 * {@code x + dt·exprel(−dt/tau)·f(x)}, which for this f is exactly {@code x + (1 − e^{−dt/tau})·(I − x)}.
 * Models apply it with {@code kernels.elementWise().leak(x, I, 1, coefficient(dt, tau))}.
 */
public final class ExponentialEuler {
    private ExponentialEuler() {
    }

    /** {@code 1 − e^{−dt/tau}}, computed without cancellation for small dt/tau. */
    public static float coefficient(double dt, double tau) {
        return (float) -Math.expm1(-dt / tau);
    }
}
