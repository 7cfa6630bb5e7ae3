package org.jcanns.tasks.navigation.geometry;

/**
 * A straight segment from (x0, y0) to (x1, y1): a wall, or an edge of a polygon. The intersection tests are canns'
 * ({@code closed_loop_navigation.py}): orientations within {@link #EPSILON} count as collinear and touching counts.
 */
public record Segment(double x0, double y0, double x1, double y1) {
    /** canns' tolerance of the orientation and containment tests. */
    public static final double EPSILON = 1e-12;

    public Segment {
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            throw new IllegalArgumentException("segment coordinates must be finite, got (" + x0 + ", " + y0 + ")-("
                    + x1 + ", " + y1 + ")");
        }
    }

    /** The length. */
    public double length() {
        return Math.hypot(x1 - x0, y1 - y0);
    }

    /** Twice the signed area of triangle abc: positive when c lies left of a→b (canns' {@code _orientation}). */
    static double orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static int sign(double v) {
        return Math.abs(v) <= EPSILON ? 0 : v > 0 ? 1 : -1;
    }

    private static boolean between(double ax, double ay, double bx, double by, double cx, double cy) {
        return Math.min(ax, cx) - EPSILON <= bx && bx <= Math.max(ax, cx) + EPSILON
                && Math.min(ay, cy) - EPSILON <= by && by <= Math.max(ay, cy) + EPSILON;
    }

    /** Whether this segment and {@code o} share a point (canns' {@code _segments_intersect}). */
    public boolean intersects(Segment o) {
        return intersects(x0, y0, x1, y1, o.x0, o.y0, o.x1, o.y1);
    }

    /** Whether segments p1p2 and q1q2 share a point (canns' {@code _segments_intersect}). */
    static boolean intersects(double p1x, double p1y, double p2x, double p2y,
                              double q1x, double q1y, double q2x, double q2y) {
        int s1 = sign(orientation(p1x, p1y, p2x, p2y, q1x, q1y));
        int s2 = sign(orientation(p1x, p1y, p2x, p2y, q2x, q2y));
        int s3 = sign(orientation(q1x, q1y, q2x, q2y, p1x, p1y));
        int s4 = sign(orientation(q1x, q1y, q2x, q2y, p2x, p2y));
        if (s1 != s2 && s3 != s4) {
            return true;
        }
        return (s1 == 0 && between(p1x, p1y, q1x, q1y, p2x, p2y))
                || (s2 == 0 && between(p1x, p1y, q2x, q2y, p2x, p2y))
                || (s3 == 0 && between(q1x, q1y, p1x, p1y, q2x, q2y))
                || (s4 == 0 && between(q1x, q1y, p2x, p2y, q2x, q2y));
    }

    /** Whether (x, y) lies in the rectangle, borders included within {@link #EPSILON}. */
    static boolean inRect(double x, double y, double left, double right, double bottom, double top) {
        return left - EPSILON <= x && x <= right + EPSILON && bottom - EPSILON <= y && y <= top + EPSILON;
    }

    /** Whether this segment touches the rectangle (canns' {@code _segment_intersects_rect}). */
    public boolean touchesRect(double left, double right, double bottom, double top) {
        if (Math.max(x0, x1) < left - EPSILON || Math.min(x0, x1) > right + EPSILON
                || Math.max(y0, y1) < bottom - EPSILON || Math.min(y0, y1) > top + EPSILON) {
            return false;
        }
        if (inRect(x0, y0, left, right, bottom, top) || inRect(x1, y1, left, right, bottom, top)) {
            return true;
        }
        return intersects(x0, y0, x1, y1, left, bottom, right, bottom)
                || intersects(x0, y0, x1, y1, right, bottom, right, top)
                || intersects(x0, y0, x1, y1, right, top, left, top)
                || intersects(x0, y0, x1, y1, left, top, left, bottom);
    }

    /** The distance from (x, y) to the nearest point of this segment. */
    public double distance(double x, double y) {
        double dx = x1 - x0, dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.clamp(((x - x0) * dx + (y - y0) * dy) / len2, 0.0, 1.0);
        return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
    }

    @Override
    public String toString() {
        return "(" + x0 + ", " + y0 + ")-(" + x1 + ", " + y1 + ")";
    }
}
