package org.jcanns.tasks.navigation;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.task.TaskData;

/**
 * canns' {@code OpenLoopNavigationData}: position (T, 2), velocity (T, 2), speed, movement_direction, hd_angle,
 * rot_vel, and the theta-sweep fields ang_velocity, linear_speed_gains, ang_speed_gains, which stay absent (null)
 * until {@link #withThetaSweepData} computes them. Float64, as canns keeps them. Immutable; accessors return
 * copies.
 *
 * <p>Saved as {@code .npz} with canns' keys, one per field, in canns' order. canns writes an absent field as a
 * pickled None; jcanns leaves its key out, and reads canns' None entries as absent.
 */
public final class OpenLoopNavigationData {
    /** The npz keys, in canns' field order. */
    public static final List<String> KEYS = List.of("position", "velocity", "speed", "movement_direction",
            "hd_angle", "rot_vel", "ang_velocity", "linear_speed_gains", "ang_speed_gains");

    private final double[] position;
    private final double[] velocity;
    private final double[] speed;
    private final double[] movementDirection;
    private final double[] hdAngle;
    private final double[] rotVel;
    private final double[] angVelocity;
    private final double[] linearSpeedGains;
    private final double[] angSpeedGains;

    /** The fields; positions and velocities as x0, y0, x1, y1, ...; the last three may be null. */
    public OpenLoopNavigationData(double[] position, double[] velocity, double[] speed, double[] movementDirection,
                                  double[] hdAngle, double[] rotVel, double[] angVelocity, double[] linearSpeedGains,
                                  double[] angSpeedGains) {
        int n = speed.length;
        require(position, 2 * n, "position");
        require(velocity, 2 * n, "velocity");
        require(movementDirection, n, "movement_direction");
        require(hdAngle, n, "hd_angle");
        require(rotVel, n, "rot_vel");
        boolean theta = angVelocity != null || linearSpeedGains != null || angSpeedGains != null;
        if (theta) {
            require(angVelocity, n, "ang_velocity");
            require(linearSpeedGains, n, "linear_speed_gains");
            require(angSpeedGains, n, "ang_speed_gains");
        }
        this.position = position.clone();
        this.velocity = velocity.clone();
        this.speed = speed.clone();
        this.movementDirection = movementDirection.clone();
        this.hdAngle = hdAngle.clone();
        this.rotVel = rotVel.clone();
        this.angVelocity = theta ? angVelocity.clone() : null;
        this.linearSpeedGains = theta ? linearSpeedGains.clone() : null;
        this.angSpeedGains = theta ? angSpeedGains.clone() : null;
    }

    private static void require(double[] a, int length, String name) {
        if (a == null || a.length != length) {
            throw new IllegalArgumentException("navigation data: '" + name + "' needs " + length + " values, got "
                    + (a == null ? "none" : a.length));
        }
    }

    /**
     * The data of a trajectory with the given velocities and head directions (radians): speed = |v|,
     * movement_direction = angle(vx + i·vy) (0 where the speed is 0), rot_vel = map2pi of the head-direction
     * steps (0 first).
     */
    static OpenLoopNavigationData of(double[] position, double[] velocity, double[] hdAngle) {
        int n = hdAngle.length;
        double[] speed = new double[n];
        double[] movement = new double[n];
        for (int i = 0; i < n; i++) {
            double vx = velocity[2 * i];
            double vy = velocity[2 * i + 1];
            speed[i] = Math.sqrt(vx * vx + vy * vy);
            movement[i] = speed[i] == 0 ? 0 : Math.atan2(vy, vx);
        }
        return new OpenLoopNavigationData(position, velocity, speed, movement, hdAngle,
                Angles.rotationalSteps(hdAngle), null, null, null);
    }

    /**
     * canns' {@code calculate_theta_sweep_data} with time step {@code dt}: ang_velocity = [0, diff(unwrap(hd))/dt],
     * linear_speed_gains = speed / max speed, ang_speed_gains = ang_velocity / max |ang_velocity| (0 where the
     * maximum is 0).
     */
    public OpenLoopNavigationData withThetaSweepData(double dt) {
        int n = speed.length;
        double[] unwrapped = Angles.unwrap(hdAngle);
        double[] ang = new double[n];
        double maxSpeed = 0;
        double maxAng = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                ang[i] = (unwrapped[i] - unwrapped[i - 1]) / dt;
            }
            maxSpeed = Math.max(maxSpeed, speed[i]);
            maxAng = Math.max(maxAng, Math.abs(ang[i]));
        }
        double[] lin = new double[n];
        double[] angGain = new double[n];
        for (int i = 0; i < n; i++) {
            lin[i] = maxSpeed > 0 ? speed[i] / maxSpeed : 0;
            angGain[i] = maxAng > 0 ? ang[i] / maxAng : 0;
        }
        return new OpenLoopNavigationData(position, velocity, speed, movementDirection, hdAngle, rotVel, ang, lin,
                angGain);
    }

    /** The number of time steps T. */
    public int steps() {
        return speed.length;
    }

    /** Whether the theta-sweep fields have been computed. */
    public boolean hasThetaSweepData() {
        return angVelocity != null;
    }

    /** Positions x0, y0, x1, y1, ... */
    public double[] position() {
        return position.clone();
    }

    /** Velocities vx0, vy0, vx1, vy1, ... */
    public double[] velocity() {
        return velocity.clone();
    }

    /** Speeds. */
    public double[] speed() {
        return speed.clone();
    }

    /** Directions of movement, radians. */
    public double[] movementDirection() {
        return movementDirection.clone();
    }

    /** Head directions, radians. */
    public double[] hdAngle() {
        return hdAngle.clone();
    }

    /** Head-direction change per step, wrapped into [−π, π]. */
    public double[] rotVel() {
        return rotVel.clone();
    }

    /** Angular velocity from the unwrapped head direction, rad/s; null before {@link #withThetaSweepData}. */
    public double[] angVelocity() {
        return angVelocity == null ? null : angVelocity.clone();
    }

    /** Speeds over the largest speed, in [0, 1]; null before {@link #withThetaSweepData}. */
    public double[] linearSpeedGains() {
        return linearSpeedGains == null ? null : linearSpeedGains.clone();
    }

    /** Angular velocities over the largest magnitude, in [−1, 1]; null before {@link #withThetaSweepData}. */
    public double[] angSpeedGains() {
        return angSpeedGains == null ? null : angSpeedGains.clone();
    }

    /** The fields present, by canns' key, as float64 arrays. */
    public Map<String, NpyArray> arrays() {
        int n = steps();
        Map<String, NpyArray> out = new LinkedHashMap<>();
        double[][] fields = {position, velocity, speed, movementDirection, hdAngle, rotVel, angVelocity,
            linearSpeedGains, angSpeedGains};
        for (int k = 0; k < fields.length; k++) {
            if (fields[k] != null) {
                out.put(KEYS.get(k), k < 2 ? NpyArray.ofDoubles(fields[k], n, 2) : NpyArray.ofDoubles(fields[k]));
            }
        }
        return out;
    }

    /** Writes the fields as a compressed {@code .npz} with canns' keys (atomically). */
    public void save(Path file) throws IOException {
        Npz.save(file, arrays(), true);
    }

    /** Reads data saved by jcanns or canns; fails naming the file and the missing or misshapen key. */
    public static OpenLoopNavigationData load(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> a = Npz.loadNumeric(file, arena);
            double[][] f = new double[KEYS.size()][];
            for (int k = 0; k < KEYS.size(); k++) {
                NpyArray v = a.get(KEYS.get(k));
                if (v == null && k < 6) {
                    throw new IOException(file + " holds no navigation data: key '" + KEYS.get(k) + "' is missing "
                            + "(expected " + String.join(", ", KEYS.subList(0, 6)) + ")");
                }
                f[k] = v == null ? null : v.toDoubles();
            }
            try {
                return new OpenLoopNavigationData(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
    }

    /** The fields present as float32 tensors from {@code arena}, named by canns' keys, with a time axis of T. */
    public TaskData toTaskData(Arena arena) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        arrays().forEach((name, a) -> out.put(name, Tensor.of(arena, a.toFloats(), a.shape())));
        return new TaskData(steps(), out);
    }
}
