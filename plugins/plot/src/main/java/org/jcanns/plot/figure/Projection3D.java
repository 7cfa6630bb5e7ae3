package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Text;
import org.jcanns.plot.render.Ticks;
import org.jcanns.plot.render.View3D;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code plot_projection} (§4.9): a 3-D scatter of the first three columns of reduced data, markers of area
 * 1 pt² at alpha 0.5 in matplotlib's first colour, fainter with depth (matplotlib's depth shading), drawn back to
 * front inside matplotlib's 3-D axes (grey back panes with grid lines, tick labels, axis labels). A PNG shows the
 * cloud from several azimuths side by side ({@code azims}, one panel each); a GIF turns it once around.
 */
public final class Projection3D {
    private static final String FIGURE = "3D projection";
    private static final Color POINT = new Color(0x1f77b4);
    private static final Color PANE = new Color(0xf2f2f2);
    private static final Color PANE_EDGE = new Color(0xbfbfbf);
    private static final Color GRID = new Color(0xdcdcdc);

    private Projection3D() {
    }

    /** The points and the data box of a (M, ≥3) array. */
    record Cloud(double[] x, double[] y, double[] z, double[][] limits) {
        static Cloud of(Tensor points) {
            Series.requireRank(points, 2, FIGURE, "points", "(M, 3) reduced data");
            if (points.dim(1) < 3 || points.dim(0) < 1) {
                throw new IllegalArgumentException(FIGURE + ": points must be (M, 3) with M >= 1, got "
                        + Arrays.toString(points.shape()));
            }
            int m = points.dim(0);
            double[][] v = new double[3][m];
            double[][] lim = new double[3][];
            for (int d = 0; d < 3; d++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    v[d][i] = points.get(i, d);
                    if (!Double.isFinite(v[d][i])) {
                        throw new IllegalArgumentException(FIGURE + ": point " + i + " has a non-finite coordinate");
                    }
                    lo = Math.min(lo, v[d][i]);
                    hi = Math.max(hi, v[d][i]);
                }
                lim[d] = Series.margin(lo, hi, 0.02);
            }
            return new Cloud(v[0], v[1], v[2], lim);
        }
    }

    /** The panels PNG of {@code points} (M, ≥3): one view per azimuth of {@code azims}, at elevation {@code elev}. */
    public static BufferedImage draw(Tensor points, PlotConfig config) {
        Cloud cloud = Cloud.of(points);
        double[] azims = config.params().getDoubles("azims");
        if (azims.length < 1) {
            throw new IllegalArgumentException(FIGURE + ": azims needs at least one azimuth");
        }
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            Graphics2D g = c.g();
            g.setColor(Color.BLACK);
            g.setFont(c.font(14, false));
            double titleH = Text.height(g, g.getFont());
            Text.draw(g, config.title(), c.width() / 2.0, c.px(8), 0.5, 0);
            int cols = (int) Math.ceil(Math.sqrt(azims.length));
            int rows = (int) Math.ceil(azims.length / (double) cols);
            double top = c.px(14) + titleH;
            double w = c.width() / (double) cols;
            double h = (c.height() - top) / rows;
            for (int p = 0; p < azims.length; p++) {
                int row = p / cols;
                Rectangle2D.Double r = new Rectangle2D.Double((p % cols) * w, top + row * h, w, h);
                panel(c, r, cloud, config, config.real("elev"), azims[p],
                        String.format(java.util.Locale.ROOT, "elev %.0f°, azim %.0f°", config.real("elev"), azims[p]));
            }
            return c.image();
        }
    }

    /** Draws and writes the panels PNG. */
    public static Path plot(Tensor points, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(points, config), config.dpi(), out);
    }

    /** Writes a GIF turning the cloud once around ({@code frames} azimuths from {@code azim_start}). */
    public static Path animate(Tensor points, PlotConfig config, Path out, int threads, ProgressListener progress)
            throws IOException {
        Cloud cloud = Cloud.of(points);
        int frames = config.integer("frames");
        double start = config.real("azim_start");
        FrameSource source = Figures.frames(config, frames, new int[] {0xffffff, 0x000000, POINT.getRGB() & 0xffffff,
            PANE.getRGB() & 0xffffff}, () -> {
                Canvas c = Canvas.ofInches(config.figsize(), config.dpi());
                return f -> {
                    Graphics2D g = c.g();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, c.width(), c.height());
                    g.setColor(Color.BLACK);
                    g.setFont(c.font(14, false));
                    double titleH = Text.height(g, g.getFont());
                    Text.draw(g, config.title(), c.width() / 2.0, c.px(8), 0.5, 0);
                    double top = c.px(14) + titleH;
                    panel(c, new Rectangle2D.Double(0, top, c.width(), c.height() - top), cloud, config,
                            config.real("elev"), start + 360.0 * f / frames, null);
                    return c.pixels();
                };
            });
        return GifAnimation.write(out, source, config.fps(), config.repeat(), threads, progress);
    }

    private static void panel(Canvas c, Rectangle2D.Double r, Cloud cloud, PlotConfig config, double elev,
                              double azim, String caption) {
        Graphics2D g = c.g();
        View3D view = new View3D(elev, azim, cloud.limits()[0], cloud.limits()[1], cloud.limits()[2])
                .fit(new Rectangle2D.Double(r.x + r.width * 0.12, r.y + r.height * 0.08, r.width * 0.76,
                        r.height * 0.8), 1.0);
        double[][] lim = cloud.limits();
        panes(c, view, lim);
        int m = cloud.x().length;
        double[][] p = new double[m][];
        double dmin = Double.POSITIVE_INFINITY;
        double dmax = Double.NEGATIVE_INFINITY;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            p[i] = view.project(cloud.x()[i], cloud.y()[i], cloud.z()[i]);
            dmin = Math.min(dmin, p[i][2]);
            dmax = Math.max(dmax, p[i][2]);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b][2], p[a][2]));
        double radius = Math.max(0.5, c.px(Math.sqrt(config.real("marker_size"))) / 2);
        double alpha = config.real("alpha");
        for (int i : order) {
            double shade = dmax > dmin ? 1 - 0.7 * (p[i][2] - dmin) / (dmax - dmin) : 1;
            g.setColor(new Color(POINT.getRed(), POINT.getGreen(), POINT.getBlue(),
                    (int) Math.round(255 * alpha * shade)));
            g.fill(new Ellipse2D.Double(p[i][0] - radius, p[i][1] - radius, 2 * radius, 2 * radius));
        }
        labels(c, view, lim, config);
        if (caption != null) {
            g.setColor(Color.DARK_GRAY);
            g.setFont(c.font(9, false));
            Text.draw(g, caption, r.getCenterX(), r.y + r.height - c.px(4), 0.5, 1);
        }
    }

    /** The three back panes (those facing the eye from behind the data) with grid lines at the ticks. */
    private static void panes(Canvas c, View3D view, double[][] lim) {
        Graphics2D g = c.g();
        double[] toEye = view.towardsEye();
        Ticks[] ticks = new Ticks[3];
        for (int d = 0; d < 3; d++) {
            ticks[d] = Ticks.nice(lim[d][0], lim[d][1], 6);
        }
        for (int axis = 0; axis < 3; axis++) {
            // The pane of this axis at the end away from the eye.
            double at = toEye[axis] > 0 ? lim[axis][0] : lim[axis][1];
            int a = (axis + 1) % 3;
            int b = (axis + 2) % 3;
            Path2D.Double pane = new Path2D.Double();
            double[][] corners = {{lim[a][0], lim[b][0]}, {lim[a][1], lim[b][0]}, {lim[a][1], lim[b][1]},
                {lim[a][0], lim[b][1]}};
            for (int k = 0; k < 4; k++) {
                Point2D.Double q = view.pixel(coord(axis, at, a, corners[k][0], corners[k][1], 0),
                        coord(axis, at, a, corners[k][0], corners[k][1], 1),
                        coord(axis, at, a, corners[k][0], corners[k][1], 2));
                if (k == 0) {
                    pane.moveTo(q.x, q.y);
                } else {
                    pane.lineTo(q.x, q.y);
                }
            }
            pane.closePath();
            g.setColor(PANE);
            g.fill(pane);
            g.setStroke(new BasicStroke(c.px(0.8)));
            g.setColor(GRID);
            for (int side = 0; side < 2; side++) {
                int along = side == 0 ? a : b;
                int across = side == 0 ? b : a;
                for (double t : ticks[along].values()) {
                    Point2D.Double q0 = pixelOn(view, axis, at, along, t, lim[across][0]);
                    Point2D.Double q1 = pixelOn(view, axis, at, along, t, lim[across][1]);
                    g.draw(new Line2D.Double(q0, q1));
                }
            }
            g.setColor(PANE_EDGE);
            g.draw(pane);
        }
    }

    /** Tick labels and the axis labels along the lower front edges (x, y) and a vertical edge (z). */
    private static void labels(Canvas c, View3D view, double[][] lim, PlotConfig config) {
        Graphics2D g = c.g();
        double[] toEye = view.towardsEye();
        String[] names = {config.xlabel(), config.ylabel(), config.text("zlabel")};
        // x runs along the y end nearest the eye at the bottom; y along the x end nearest the eye.
        double zBottom = toEye[2] >= 0 ? lim[2][0] : lim[2][1];
        double yFront = toEye[1] > 0 ? lim[1][1] : lim[1][0];
        double xFront = toEye[0] > 0 ? lim[0][1] : lim[0][0];
        double xBack = toEye[0] > 0 ? lim[0][0] : lim[0][1];
        double[][][] edges = {
            {{lim[0][0], yFront, zBottom}, {lim[0][1], yFront, zBottom}},
            {{xFront, lim[1][0], zBottom}, {xFront, lim[1][1], zBottom}},
            {{xBack, yFront, lim[2][0]}, {xBack, yFront, lim[2][1]}}};
        double[] centre = {(lim[0][0] + lim[0][1]) / 2, (lim[1][0] + lim[1][1]) / 2, (lim[2][0] + lim[2][1]) / 2};
        Point2D.Double mid = view.pixel(centre[0], centre[1], centre[2]);
        g.setFont(c.font(8, false));
        for (int axis = 0; axis < 3; axis++) {
            double[] e0 = edges[axis][0];
            Ticks ticks = Ticks.nice(lim[axis][0], lim[axis][1], 6);
            for (int k = 0; k < ticks.values().length; k++) {
                double[] pt = e0.clone();
                pt[axis] = ticks.values()[k];
                Point2D.Double q = view.pixel(pt[0], pt[1], pt[2]);
                Point2D.Double out = outward(q, mid, c.px(12));
                g.setColor(Color.BLACK);
                Text.draw(g, ticks.labels()[k], out.x, out.y, 0.5, 0.5);
            }
            double[] half = e0.clone();
            half[axis] = centre[axis];
            Point2D.Double q = view.pixel(half[0], half[1], half[2]);
            Point2D.Double out = outward(q, mid, c.px(30));
            g.setFont(c.font(10, false));
            Text.draw(g, names[axis], out.x, out.y, 0.5, 0.5);
            g.setFont(c.font(8, false));
        }
    }

    private static Point2D.Double outward(Point2D.Double q, Point2D.Double centre, double by) {
        double dx = q.x - centre.x;
        double dy = q.y - centre.y;
        double n = Math.hypot(dx, dy);
        return n == 0 ? q : new Point2D.Double(q.x + dx / n * by, q.y + dy / n * by);
    }

    private static Point2D.Double pixelOn(View3D view, int axis, double at, int a, double va, double vb) {
        return view.pixel(coord(axis, at, a, va, vb, 0), coord(axis, at, a, va, vb, 1),
                coord(axis, at, a, va, vb, 2));
    }

    private static double coord(int axis, double at, int a, double va, double vb, int want) {
        return want == axis ? at : (want == a ? va : vb);
    }
}
