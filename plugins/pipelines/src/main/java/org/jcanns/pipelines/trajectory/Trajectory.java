package org.jcanns.pipelines.trajectory;

/**
 * A recorded path: positions (n rows of x, y) and, optionally, the time of each (null: uniform steps).
 *
 * @param positions n rows of x, y
 * @param times n times, or null
 * @param source where it came from, for messages (a file name, "trajectory 3", ...)
 */
public record Trajectory(double[][] positions, double[] times, String source) {
    /** The number of points. */
    public int length() {
        return positions.length;
    }

    /** times[last] − times[0], or length·dt without times (canns' duration of an imported trajectory). */
    public double duration(double dt) {
        return times != null && times.length > 1 ? times[times.length - 1] - times[0] : positions.length * dt;
    }
}
