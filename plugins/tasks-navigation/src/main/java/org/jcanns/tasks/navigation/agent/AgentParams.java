package org.jcanns.tasks.navigation.agent;

import java.util.List;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * The motion parameters of canns' open-loop agent (RatInABox's Agent), with canns' names and defaults.
 *
 * @param speedMean σ of the Rayleigh speed (its mean is σ·√(π/2)), m/s
 * @param speedStd kept for canns' signature; the 2D speed model does not use it
 * @param speedCoherenceTime correlation time of the speed's normal variable, s
 * @param rotationalVelocityCoherenceTime correlation time of the rotational velocity, s
 * @param rotationalVelocityStd standard deviation of the rotational velocity, rad/s
 * @param headDirectionSmoothingTimescale time constant of the head direction following the movement, s
 * @param thigmotaxis tendency to linger near walls, 0 (none) to 1
 * @param wallRepelDistance distance within which walls repel, m
 * @param wallRepelStrength scale of the repulsion (the repelling speed is strength·speed_mean)
 */
public record AgentParams(double speedMean, double speedStd, double speedCoherenceTime,
                          double rotationalVelocityCoherenceTime, double rotationalVelocityStd,
                          double headDirectionSmoothingTimescale, double thigmotaxis, double wallRepelDistance,
                          double wallRepelStrength) {
    /** canns' defaults (speed_mean 0.04, speed_std 0.016, coherence times 0.7 and 0.08, rotation std 120°, ...). */
    public static final AgentParams CANNS = new AgentParams(0.04, 0.016, 0.7, 0.08, 120 * Math.PI / 180, 0.15, 0.5,
            0.1, 1.0);

    /** The parameters with canns' names, defaults and ranges. */
    public static List<Param> params() {
        return List.of(
                Param.real("speed_mean", CANNS.speedMean, "sigma of the Rayleigh speed (mean speed = sigma*sqrt(pi/2)),"
                        + " m/s").positive(),
                Param.real("speed_std", CANNS.speedStd, "unused by the 2D speed model (kept for canns' signature)")
                        .atLeast(0),
                Param.real("speed_coherence_time", CANNS.speedCoherenceTime, "correlation time of the speed, s")
                        .positive(),
                Param.real("rotational_velocity_coherence_time", CANNS.rotationalVelocityCoherenceTime,
                        "correlation time of the rotational velocity, s").positive(),
                Param.real("rotational_velocity_std", CANNS.rotationalVelocityStd,
                        "standard deviation of the rotational velocity, rad/s").atLeast(0),
                Param.real("head_direction_smoothing_timescale", CANNS.headDirectionSmoothingTimescale,
                        "time constant of the head direction following the movement, s").positive(),
                Param.real("thigmotaxis", CANNS.thigmotaxis, "tendency to linger near walls, 0 to 1").atLeast(0)
                        .atMost(1),
                Param.real("wall_repel_distance", CANNS.wallRepelDistance, "distance within which walls repel, m")
                        .positive(),
                Param.real("wall_repel_strength", CANNS.wallRepelStrength, "strength of the wall repulsion (0: none)")
                        .atLeast(0));
    }

    /** The parameters read from validated {@code p} (which has every name of {@link #params()}). */
    public static AgentParams of(Params p) {
        return new AgentParams(p.getDouble("speed_mean"), p.getDouble("speed_std"),
                p.getDouble("speed_coherence_time"), p.getDouble("rotational_velocity_coherence_time"),
                p.getDouble("rotational_velocity_std"), p.getDouble("head_direction_smoothing_timescale"),
                p.getDouble("thigmotaxis"), p.getDouble("wall_repel_distance"), p.getDouble("wall_repel_strength"));
    }
}
