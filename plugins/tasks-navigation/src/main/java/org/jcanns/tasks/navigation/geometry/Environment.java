package org.jcanns.tasks.navigation.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arena an agent moves in (RatInABox's 2D Environment as canns builds it): the rectangle [0, width] ×
 * [0, height] or a polygon boundary, loose walls, holes, and solid or periodic boundary conditions. Under solid
 * conditions the boundary's edges are walls too; the edges of holes always are.
 */
public final class Environment {
    private final Polygon boundary;
    private final boolean rectangular;
    private final List<Segment> walls;
    private final List<Polygon> holes;
    private final BoundaryConditions conditions;
    private final List<Segment> obstacles;
    private final double[] bounds;

    /**
     * An environment bounded by {@code boundary}, or by [0, width] × [0, height] when it is null, with loose
     * {@code walls} and {@code holes} (each inside the boundary).
     */
    public Environment(Polygon boundary, double width, double height, List<Segment> walls, List<Polygon> holes,
                       BoundaryConditions conditions) {
        if (boundary == null) {
            if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
                throw new IllegalArgumentException("width and height must be finite numbers > 0, got width "
                        + width + ", height " + height);
            }
            boundary = Polygon.rectangle(0, 0, width, height);
        } else if (conditions == BoundaryConditions.PERIODIC) {
            throw new IllegalArgumentException("boundary_conditions: periodic needs the rectangular environment "
                    + "(width × height); a boundary polygon is only allowed with solid conditions");
        }
        this.rectangular = boundary.size() == 4 && isAxisRectangle(boundary);
        this.boundary = boundary;
        this.walls = List.copyOf(walls);
        this.holes = List.copyOf(holes);
        this.conditions = conditions;
        for (int h = 0; h < holes.size(); h++) {
            Polygon hole = holes.get(h);
            for (int i = 0; i < hole.size(); i++) {
                if (!boundary.contains(hole.x(i), hole.y(i))) {
                    throw new IllegalArgumentException("holes: hole " + (h + 1) + " has corner (" + hole.x(i) + ", "
                            + hole.y(i) + ") outside the environment " + describe(boundary)
                            + "; holes must lie inside it");
                }
            }
        }
        List<Segment> all = new ArrayList<>();
        if (conditions == BoundaryConditions.SOLID) {
            all.addAll(boundary.edges());
        }
        all.addAll(this.walls);
        for (Polygon hole : this.holes) {
            all.addAll(hole.edges());
        }
        this.obstacles = List.copyOf(all);
        this.bounds = boundary.bounds();
    }

    /** The rectangle [0, width] × [0, height] with nothing in it. */
    public static Environment rectangle(double width, double height, BoundaryConditions conditions) {
        return new Environment(null, width, height, List.of(), List.of(), conditions);
    }

    private static boolean isAxisRectangle(Polygon p) {
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            if (p.x(i) != p.x(j) && p.y(i) != p.y(j)) {
                return false;
            }
        }
        return true;
    }

    /** The boundary polygon (the rectangle when none was given). */
    public Polygon boundary() {
        return boundary;
    }

    /** Whether the boundary is an axis-aligned rectangle. */
    public boolean rectangular() {
        return rectangular;
    }

    /** The loose walls. */
    public List<Segment> walls() {
        return walls;
    }

    /** The holes. */
    public List<Polygon> holes() {
        return holes;
    }

    /** The boundary conditions. */
    public BoundaryConditions conditions() {
        return conditions;
    }

    /** Every segment the agent is repelled by and bounces off: solid boundary edges, walls, hole edges. */
    public List<Segment> obstacles() {
        return obstacles;
    }

    /** Smallest x of the boundary. */
    public double minX() {
        return bounds[0];
    }

    /** Largest x of the boundary. */
    public double maxX() {
        return bounds[1];
    }

    /** Smallest y of the boundary. */
    public double minY() {
        return bounds[2];
    }

    /** Largest y of the boundary. */
    public double maxY() {
        return bounds[3];
    }

    /** Whether (x, y) is in the environment: inside the boundary (edges included) and not inside a hole. */
    public boolean contains(double x, double y) {
        if (!boundary.contains(x, y)) {
            return false;
        }
        for (Polygon h : holes) {
            if (h.containsStrictly(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** Whether (x, y) is strictly inside: in the environment and on no boundary, hole edge or wall. */
    public boolean containsStrictly(double x, double y) {
        if (!boundary.containsStrictly(x, y)) {
            return false;
        }
        for (Polygon h : holes) {
            if (h.contains(x, y)) {
                return false;
            }
        }
        for (Segment w : walls) {
            if (w.distance(x, y) <= Polygon.ON_EDGE) {
                return false;
            }
        }
        return true;
    }

    /** Fails naming {@code what} unless (x, y) lies strictly inside the environment. */
    public void requireInside(double x, double y, String what) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException(what + " must be finite, got (" + x + ", " + y + ")");
        }
        if (!containsStrictly(x, y)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s (%s, %s) is outside the environment %s"
                    + "%s; give a point strictly inside it", what, x, y, describe(boundary),
                    holes.isEmpty() && walls.isEmpty() ? "" : " (or on a wall or in a hole)"));
        }
    }

    /** x wrapped into [minX, maxX) (periodic conditions). */
    public double wrapX(double x) {
        return wrap(x, bounds[0], bounds[1]);
    }

    /** y wrapped into [minY, maxY) (periodic conditions). */
    public double wrapY(double y) {
        return wrap(y, bounds[2], bounds[3]);
    }

    private static double wrap(double v, double lo, double hi) {
        double w = hi - lo;
        double r = (v - lo) % w;
        return (r < 0 ? r + w : r) + lo;
    }

    /** The shortest x displacement from a to b (the minimum image under periodic conditions). */
    public double dx(double a, double b) {
        return shortest(b - a, bounds[1] - bounds[0]);
    }

    /** The shortest y displacement from a to b (the minimum image under periodic conditions). */
    public double dy(double a, double b) {
        return shortest(b - a, bounds[3] - bounds[2]);
    }

    private double shortest(double d, double period) {
        if (conditions != BoundaryConditions.PERIODIC) {
            return d;
        }
        return d > period / 2 ? d - period : d < -period / 2 ? d + period : d;
    }

    /** The boundary as text: "[0, w] × [0, h]" for the rectangle, else its corners. */
    static String describe(Polygon p) {
        double[] b = p.bounds();
        if (p.size() == 4 && isAxisRectangle(p)) {
            return String.format(Locale.ROOT, "[%s, %s] x [%s, %s]", num(b[0]), num(b[1]), num(b[2]), num(b[3]));
        }
        return "with corners " + p;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return "Environment " + describe(boundary) + ", " + walls.size() + " wall(s), " + holes.size() + " hole(s), "
                + conditions.name().toLowerCase(Locale.ROOT);
    }
}
