package org.jcanns.models.navigation.theta;

/**
 * canns' {@code calculate_theta_modulation}: the theta phase at a step and the gains it puts on the direction-cell
 * and grid-cell inputs.
 *
 * @param phase the theta phase, {@code 2π·(t mod cycle)/cycle − π} in [−π, π), t = step·dt
 * @param hd the direction-cell gain {@code 1 + strength_hd·(0.5 + angular gain)·cos(phase)}
 * @param gc the grid-cell gain {@code 1 + strength_gc·(0.5 + linear gain)·cos(phase)}
 */
public record ThetaModulation(double phase, double hd, double gc) {
    /**
     * The modulation at {@code step} (time step·dt) for linear speed gain {@code linearGain} (in [0, 1]) and angular
     * speed gain {@code angularGain} (in [−1, 1], so 0.5 + gain may be negative, as in canns).
     */
    public static ThetaModulation at(long step, double linearGain, double angularGain, double strengthHd,
                                     double strengthGc, double cycleLength, double dt) {
        double t = step * dt;
        double phase = (t - Math.floor(t / cycleLength) * cycleLength) / cycleLength * 2 * Math.PI - Math.PI;
        double cos = Math.cos(phase);
        return new ThetaModulation(phase, 1 + strengthHd * (0.5 + angularGain) * cos,
                1 + strengthGc * (0.5 + linearGain) * cos);
    }
}
