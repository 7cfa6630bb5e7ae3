package org.jcanns.tasks.navigation;

import java.util.Locale;

/**
 * canns' {@code import_data}: checks a recorded trajectory and derives the navigation fields from it —
 * velocity[1:] = diff(position)/diff(times) with velocity[0] = velocity[1], speed, movement direction (0 where
 * the speed is 0), head direction = movement direction with stationary samples keeping the previous value (or the
 * given head directions), rot_vel. Beyond canns it refuses non-finite values and times that do not increase.
 */
final class TrajectoryImporter {
    private TrajectoryImporter() {
    }

    /** The positions flattened to x0, y0, x1, y1, ..., checked: n >= 2 rows of two finite numbers. */
    static double[] positions(double[][] rows) {
        if (rows == null || rows.length < 2) {
            throw new IllegalArgumentException("trajectory: expected positions of shape (n, 2) with n >= 2 points, got "
                    + (rows == null ? "none" : rows.length + " point(s)"));
        }
        double[] flat = new double[2 * rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != 2) {
                throw new IllegalArgumentException("trajectory: expected positions of shape (n, 2) (x, y per row), "
                        + "row " + i + " has " + (rows[i] == null ? 0 : rows[i].length) + " value(s)");
            }
            if (!Double.isFinite(rows[i][0]) || !Double.isFinite(rows[i][1])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "trajectory: positions must be "
                        + "finite, row %d is (%s, %s)", i, rows[i][0], rows[i][1]));
            }
            flat[2 * i] = rows[i][0];
            flat[2 * i + 1] = rows[i][1];
        }
        return flat;
    }

    /** {@code times} checked (n finite, strictly increasing values), or {@code 0, dt, 2dt, ...} when null. */
    static double[] times(double[] times, int n, double dt) {
        if (times == null) {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = i * dt;
            }
            return t;
        }
        if (times.length != n) {
            throw new IllegalArgumentException("trajectory: times must have one value per position (" + n + "), got "
                    + times.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(times[i])) {
                throw new IllegalArgumentException("trajectory: times must be finite, times[" + i + "] is " + times[i]);
            }
            if (i > 0 && !(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("trajectory: times must increase strictly, but times[" + i + "] = "
                        + times[i] + " follows times[" + (i - 1) + "] = " + times[i - 1]);
            }
        }
        return times.clone();
    }

    /** The navigation data of positions (flat) at {@code times}; head directions given or null (derived). */
    static OpenLoopNavigationData derive(double[] position, double[] times, double[] headDirection) {
        int n = times.length;
        double[] velocity = new double[2 * n];
        for (int i = 1; i < n; i++) {
            double dt = times[i] - times[i - 1];
            velocity[2 * i] = (position[2 * i] - position[2 * i - 2]) / dt;
            velocity[2 * i + 1] = (position[2 * i + 1] - position[2 * i - 1]) / dt;
        }
        velocity[0] = velocity[2];
        velocity[1] = velocity[3];
        double[] hd = new double[n];
        if (headDirection == null) {
            for (int i = 0; i < n; i++) {
                double vx = velocity[2 * i];
                double vy = velocity[2 * i + 1];
                boolean still = Math.sqrt(vx * vx + vy * vy) == 0;
                hd[i] = still ? (i > 0 ? hd[i - 1] : 0) : Math.atan2(vy, vx);
            }
        } else {
            if (headDirection.length != n) {
                throw new IllegalArgumentException("trajectory: head_direction must have one value per position ("
                        + n + "), got " + headDirection.length);
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(headDirection[i])) {
                    throw new IllegalArgumentException("trajectory: head_direction must be finite, value " + i
                            + " is " + headDirection[i]);
                }
            }
            System.arraycopy(headDirection, 0, hd, 0, n);
        }
        return OpenLoopNavigationData.of(position, velocity, hd);
    }
}
