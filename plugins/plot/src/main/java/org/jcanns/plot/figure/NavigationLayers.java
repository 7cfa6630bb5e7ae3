package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Text;
import org.jcanns.spi.Tensor;

/**
 * What the navigation figures draw from their arrays: the environment (extent, boundary polygon, walls, holes),
 * the movement-cost grid (blocked, x_edges, y_edges) and points coloured by time.
 */
final class NavigationLayers {
    private NavigationLayers() {
    }

    /** The array {@code name}, checked for rank and trailing size ({@code cols} <= 0: any). */
    static Tensor array(Map<String, Tensor> data, String figure, String name, int rank, int cols, boolean required) {
        Tensor t = data.get(name);
        if (t == null) {
            if (required) {
                throw new IllegalArgumentException(figure + ": missing array '" + name + "'; given: " + data.keySet());
            }
            return null;
        }
        if (t.rank() != rank || (cols > 0 && t.dim(rank - 1) != cols)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: array '%s' must have rank %d%s, "
                    + "got shape %s", figure, name, rank, cols > 0 ? " and " + cols + " columns" : "",
                    Arrays.toString(t.shape())));
        }
        return t;
    }

    /** min x, max x, min y, max y of the environment (array {@code extent}, 4 values). */
    static double[] extent(Map<String, Tensor> data, String figure) {
        Tensor e = array(data, figure, "extent", 1, 4, true);
        double[] v = {e.get(0), e.get(1), e.get(2), e.get(3)};
        if (!(v[1] > v[0]) || !(v[3] > v[2])) {
            throw new IllegalArgumentException(figure + ": extent must be min x < max x, min y < max y, got "
                    + Arrays.toString(v));
        }
        return v;
    }

    /** The polygon through the rows of a (k, 2) array, in pixels of {@code ax}. */
    private static Path2D.Double polygon(Axes ax, Tensor xy, int from, int to, int xCol) {
        Path2D.Double p = new Path2D.Double();
        for (int i = from; i < to; i++) {
            double u = ax.px(xy.get(i, xCol));
            double v = ax.py(xy.get(i, xCol + 1));
            if (i == from) {
                p.moveTo(u, v);
            } else {
                p.lineTo(u, v);
            }
        }
        p.closePath();
        return p;
    }

    /** The outside of the boundary shaded, the holes filled grey; the walls and edges are drawn by {@link #walls}. */
    static void environment(Canvas c, Axes ax, Map<String, Tensor> data, String figure) {
        Graphics2D g = c.g();
        Tensor boundary = array(data, figure, "boundary", 2, 2, false);
        Shape clip = g.getClip();
        g.clip(ax.box());
        if (boundary != null) {
            g.setColor(new Color(0xeaeaea));
            g.fill(ax.box());
            g.setColor(Color.WHITE);
            g.fill(polygon(ax, boundary, 0, boundary.dim(0), 0));
        }
        Tensor holes = array(data, figure, "holes", 2, 3, false);
        if (holes != null) {
            g.setColor(new Color(0xc8c8c8));
            forEachHole(holes, (from, to) -> g.fill(polygon(ax, holes, from, to, 1)));
        }
        g.setClip(clip);
    }

    /** The boundary, hole edges and loose walls as thick dark lines. */
    static void walls(Canvas c, Axes ax, Map<String, Tensor> data, String figure) {
        Graphics2D g = c.g();
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(c.px(2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Tensor boundary = array(data, figure, "boundary", 2, 2, false);
        if (boundary != null) {
            g.draw(polygon(ax, boundary, 0, boundary.dim(0), 0));
        }
        Tensor holes = array(data, figure, "holes", 2, 3, false);
        if (holes != null) {
            forEachHole(holes, (from, to) -> g.draw(polygon(ax, holes, from, to, 1)));
        }
        Tensor walls = array(data, figure, "walls", 2, 4, false);
        if (walls != null) {
            for (int i = 0; i < walls.dim(0); i++) {
                g.draw(new Line2D.Double(ax.px(walls.get(i, 0)), ax.py(walls.get(i, 1)), ax.px(walls.get(i, 2)),
                        ax.py(walls.get(i, 3))));
            }
        }
    }

    private interface RowRange {
        void accept(int from, int to);
    }

    /** The runs of rows of (K, 3) {@code holes} with the same hole number in column 0. */
    private static void forEachHole(Tensor holes, RowRange body) {
        int start = 0;
        for (int i = 1; i <= holes.dim(0); i++) {
            if (i == holes.dim(0) || holes.get(i, 0) != holes.get(start, 0)) {
                body.accept(start, i);
                start = i;
            }
        }
    }

    /** The cost-grid arrays, or null when {@code blocked} is absent. */
    record CostGrid(Tensor blocked, double[] xEdges, double[] yEdges) {
        double xMin() {
            return Math.min(xEdges[0], xEdges[xEdges.length - 1]);
        }

        double xMax() {
            return Math.max(xEdges[0], xEdges[xEdges.length - 1]);
        }

        double yMin() {
            return Math.min(yEdges[0], yEdges[yEdges.length - 1]);
        }

        double yMax() {
            return Math.max(yEdges[0], yEdges[yEdges.length - 1]);
        }
    }

    static CostGrid costGrid(Map<String, Tensor> data, String figure) {
        Tensor blocked = array(data, figure, "blocked", 2, 0, false);
        if (blocked == null) {
            return null;
        }
        Tensor x = array(data, figure, "x_edges", 1, blocked.dim(1) + 1, true);
        Tensor y = array(data, figure, "y_edges", 1, blocked.dim(0) + 1, true);
        return new CostGrid(blocked, Series.doubles(x), Series.doubles(y));
    }

    /** canns' cost overlay: free and blocked cells in their colours at {@code alpha}, grid lines, "1" on free cells. */
    static void costGrid(Canvas c, Axes ax, CostGrid grid, Color free, Color blocked, Color lines, double alpha) {
        Graphics2D g = c.g();
        int rows = grid.blocked().dim(0);
        int cols = grid.blocked().dim(1);
        Color freeA = new Color(free.getRed(), free.getGreen(), free.getBlue(), (int) Math.round(255 * alpha));
        Color blockedA = new Color(blocked.getRed(), blocked.getGreen(), blocked.getBlue(),
                (int) Math.round(255 * alpha));
        g.setFont(c.font(7, false));
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < cols; col++) {
                boolean isBlocked = grid.blocked().get(r, col) != 0;
                double x0 = ax.px(grid.xEdges()[col]);
                double x1 = ax.px(grid.xEdges()[col + 1]);
                double y0 = ax.py(grid.yEdges()[r]);
                double y1 = ax.py(grid.yEdges()[r + 1]);
                g.setColor(isBlocked ? blockedA : freeA);
                g.fill(new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0),
                        Math.abs(y1 - y0)));
            }
        }
        g.setColor(new Color(lines.getRed(), lines.getGreen(), lines.getBlue(), 179));
        g.setStroke(new BasicStroke(c.px(0.5)));
        double top = ax.py(grid.yMax());
        double bottom = ax.py(grid.yMin());
        double left = ax.px(grid.xMin());
        double right = ax.px(grid.xMax());
        for (double x : grid.xEdges()) {
            g.draw(new Line2D.Double(ax.px(x), top, ax.px(x), bottom));
        }
        for (double y : grid.yEdges()) {
            g.draw(new Line2D.Double(left, ax.py(y), right, ax.py(y)));
        }
        g.setColor(new Color(0, 0, 0, 230));
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < cols; col++) {
                if (grid.blocked().get(r, col) == 0) {
                    Text.draw(g, "1", ax.px((grid.xEdges()[col] + grid.xEdges()[col + 1]) / 2),
                            ax.py((grid.yEdges()[r] + grid.yEdges()[r + 1]) / 2), 0.5, 0.5);
                }
            }
        }
    }

    /**
     * Dots of area {@code sizePt2} at every {@code stride}-th position, coloured by time on {@code map} over
     * [t0, t1], with opacity {@code alpha}, clipped to the axes.
     */
    static void pointsByTime(Canvas c, Axes ax, Tensor position, Tensor time, int stride, Colormap map,
                             double sizePt2, double alpha) {
        Graphics2D g = c.g();
        Shape clip = g.getClip();
        g.clip(ax.box());
        int n = position.dim(0);
        double t0 = time.get(0);
        double t1 = time.get(n - 1);
        double r = c.px(Math.sqrt(sizePt2) / 2);
        int a = (int) Math.round(255 * alpha);
        for (int i = 0; i < n; i += stride) {
            double t = t1 > t0 ? (time.get(i) - t0) / (t1 - t0) : 0;
            int rgb = map.rgb(t);
            g.setColor(new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, a));
            g.fill(new Ellipse2D.Double(ax.px(position.get(i, 0)) - r, ax.py(position.get(i, 1)) - r, 2 * r, 2 * r));
        }
        g.setClip(clip);
    }

    /** A filled dot of diameter {@code sizePt} points at (x, y) in data units. */
    static void marker(Canvas c, Axes ax, double x, double y, double sizePt, Color color) {
        double r = c.px(sizePt) / 2;
        c.g().setColor(color);
        c.g().fill(new Ellipse2D.Double(ax.px(x) - r, ax.py(y) - r, 2 * r, 2 * r));
    }
}
