package org.jcanns.tasks.navigation.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A simple polygon (the boundary of an environment, or a hole in it): at least three finite vertices in order
 * (either direction), no zero-length edge, no two edges crossing, a non-zero area. Points within
 * {@link #ON_EDGE} of an edge count as inside (canns asks matplotlib's {@code contains_point} with radius 1e-9).
 */
public final class Polygon {
    /** The distance within which a point on an edge counts as inside. */
    public static final double ON_EDGE = 1e-9;

    private final double[] xs;
    private final double[] ys;
    private final List<Segment> edges;

    /** The polygon through the vertices (x[i], y[i]); {@code what} names it in errors (e.g. "parameter 'holes'"). */
    public Polygon(double[] x, double[] y, String what) {
        if (x.length != y.length || x.length < 3) {
            throw new IllegalArgumentException(what + ": a polygon needs at least 3 vertices (x,y pairs), got "
                    + Math.min(x.length, y.length));
        }
        this.xs = x.clone();
        this.ys = y.clone();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new IllegalArgumentException(what + ": vertex " + i + " is not finite: (" + xs[i] + ", " + ys[i]
                        + ")");
            }
        }
        List<Segment> e = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            if (xs[i] == xs[j] && ys[i] == ys[j]) {
                throw new IllegalArgumentException(what + ": vertices " + i + " and " + j + " coincide at (" + xs[i]
                        + ", " + ys[i] + "); give each corner once");
            }
            e.add(new Segment(xs[i], ys[i], xs[j], ys[j]));
        }
        this.edges = List.copyOf(e);
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                boolean adjacent = j == i + 1 || (i == 0 && j == edges.size() - 1);
                if (!adjacent && edges.get(i).intersects(edges.get(j))) {
                    throw new IllegalArgumentException(what + ": the polygon intersects itself (edge " + edges.get(i)
                            + " meets edge " + edges.get(j) + "); give the corners in order around a simple polygon");
                }
            }
        }
        if (Math.abs(signedArea()) <= Segment.EPSILON) {
            throw new IllegalArgumentException(what + ": the polygon has no area (its vertices lie on one line)");
        }
    }

    /** The axis-aligned rectangle [x0, x1] × [y0, y1], counter-clockwise from (x0, y0). */
    public static Polygon rectangle(double x0, double y0, double x1, double y1) {
        return new Polygon(new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1}, "rectangle");
    }

    /** The number of vertices. */
    public int size() {
        return xs.length;
    }

    /** x of vertex i. */
    public double x(int i) {
        return xs[i];
    }

    /** y of vertex i. */
    public double y(int i) {
        return ys[i];
    }

    /** The edges, vertex i to vertex i + 1 (the last closes the polygon). */
    public List<Segment> edges() {
        return edges;
    }

    /** The area, positive when the vertices run counter-clockwise. */
    public double signedArea() {
        double a = 0;
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            a += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return a / 2;
    }

    /** min x, max x, min y, max y. */
    public double[] bounds() {
        return new double[] {Arrays.stream(xs).min().orElseThrow(), Arrays.stream(xs).max().orElseThrow(),
                Arrays.stream(ys).min().orElseThrow(), Arrays.stream(ys).max().orElseThrow()};
    }

    /** Whether (x, y) is inside by the even-odd rule, edges excluded. */
    public boolean containsStrictly(double x, double y) {
        return crossingsInside(x, y) && distanceToEdge(x, y) > ON_EDGE;
    }

    /** Whether (x, y) is inside or within {@link #ON_EDGE} of an edge. */
    public boolean contains(double x, double y) {
        return crossingsInside(x, y) || distanceToEdge(x, y) <= ON_EDGE;
    }

    private boolean crossingsInside(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The distance from (x, y) to the nearest edge. */
    public double distanceToEdge(double x, double y) {
        double d = Double.POSITIVE_INFINITY;
        for (Segment s : edges) {
            d = Math.min(d, s.distance(x, y));
        }
        return d;
    }

    /** Whether this polygon overlaps the rectangle (canns' {@code _polygon_intersects_rect}). */
    public boolean touchesRect(double left, double right, double bottom, double top) {
        if (contains(left, bottom) || contains(right, bottom) || contains(right, top) || contains(left, top)) {
            return true;
        }
        for (int i = 0; i < xs.length; i++) {
            if (Segment.inRect(xs[i], ys[i], left, right, bottom, top)) {
                return true;
            }
        }
        for (Segment s : edges) {
            if (s.touchesRect(left, right, bottom, top)) {
                return true;
            }
        }
        return false;
    }

    /** The vertices as x0,y0,x1,y1,... (the text form {@link Shapes} reads). */
    public double[] flat() {
        double[] f = new double[2 * xs.length];
        for (int i = 0; i < xs.length; i++) {
            f[2 * i] = xs[i];
            f[2 * i + 1] = ys[i];
        }
        return f;
    }

    @Override
    public String toString() {
        return Shapes.format(flat());
    }
}
