package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeMap;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Text;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code create_1d_bump_animation} (§4.7): one frame per fitted time, the chosen bump (strongest or first)
 * drawn as a bulge of a unit circle: position, height and width series smoothed by a 3-point moving average,
 * heights rescaled to [0.1, max_height_value] and widths to whole points in [2, max_width_range]; each frame adds a
 * Gaussian of that height and σ = width/2 (points) around the point nearest the position, smooths the radius
 * circularly over 5 points and draws it in red over a grey dashed unit circle, with a black dot at radius 0.96.
 */
public final class BumpAnimation1D {
    private static final String FIGURE = "1D bump animation";
    private static final int MAX_KERNEL = 60;
    private static final double LIMIT = 1.8;
    private static final Color GRAY = new Color(0x808080);
    private static final Color RED = new Color(0xff0000);

    private BumpAnimation1D() {
    }

    /** The per-frame bump position (rad), height (radius units) and width (points). */
    public record Series(double[] positions, double[] heights, int[] widths) {
        /** Number of frames. */
        public int frames() {
            return positions.length;
        }
    }

    /** The series of {@code fits} (n, 4) rows {@code [t, pos, ampli, kappa]}, as canns prepares them. */
    public static Series series(Tensor fits, PlotConfig config) {
        if (fits.rank() != 2 || fits.dim(1) != 4) {
            throw new IllegalArgumentException(FIGURE + ": fits must be a (n, 4) array of [t, pos, ampli, kappa] rows, "
                    + "got shape " + Arrays.toString(fits.shape()));
        }
        if (fits.dim(0) == 0) {
            throw new IllegalArgumentException(FIGURE + ": no bump data provided (fits has no rows)");
        }
        boolean strongest = config.text("bump_selection").equals("strongest");
        // Rows by time (canns: astype(int), which truncates), in row order within a time.
        TreeMap<Integer, double[]> chosen = new TreeMap<>();
        for (int i = 0; i < fits.dim(0); i++) {
            float tv = fits.get(i, 0);
            if (!Float.isFinite(tv)) {
                throw new IllegalArgumentException(FIGURE + ": fits row " + i + " has time " + tv);
            }
            int t = (int) tv;
            double[] row = {fits.get(i, 1), fits.get(i, 2), fits.get(i, 3)};
            double[] old = chosen.get(t);
            if (old == null || (strongest && row[1] > old[1])) {
                chosen.put(t, row);
            }
        }
        int nframes = config.integer("nframes");
        int n = nframes == 0 ? chosen.size() : Math.min(nframes, chosen.size());
        double[] pos = new double[n];
        double[] height = new double[n];
        double[] width = new double[n];
        int i = 0;
        for (double[] row : chosen.values()) {
            if (i == n) {
                break;
            }
            pos[i] = row[0];
            height[i] = row[1];
            width[i] = row[2];
            i++;
        }
        double[] positions = smooth3(pos);
        double[] h = rescale(smooth3(height), 0.1, config.real("max_height_value"), 0.1);
        int maxWidth = config.integer("max_width_range");
        double[] w = rescale(smooth3(width), 2, maxWidth, maxWidth / 2.0);
        int[] widths = new int[n];
        for (int k = 0; k < n; k++) {
            widths[k] = (int) w[k];
        }
        return new Series(positions, h, widths);
    }

    /** numpy's {@code convolve(x, ones(3)/3, mode="same")}: a centred 3-point mean with zeros beyond the ends. */
    static double[] smooth3(double[] x) {
        double third = 1.0 / 3.0;
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = x[i] * third;
            s += i > 0 ? x[i - 1] * third : 0;
            s += i + 1 < x.length ? x[i + 1] * third : 0;
            out[i] = s;
        }
        return out;
    }

    /** numpy's {@code interp(x, (min, max), (lo, hi))}, or {@code constant} everywhere when x is constant. */
    private static double[] rescale(double[] x, double lo, double hi, double constant) {
        double min = Arrays.stream(x).min().orElse(0);
        double max = Arrays.stream(x).max().orElse(0);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = max > min ? lo + (x[i] - min) / (max - min) * (hi - lo) : constant;
        }
        return out;
    }

    /** The radius at each of {@code npoints} angles {@code 2πk/npoints} for frame {@code f}. */
    public static double[] radius(Series s, int f, int npoints) {
        double[] r = new double[npoints];
        Arrays.fill(r, 1.0);
        int centre = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = 0; k < npoints; k++) {
            double d = Math.abs(2 * Math.PI * k / npoints - s.positions()[f]);
            if (d < bestDistance) {
                bestDistance = d;
                centre = k;
            }
        }
        double sigma = s.widths()[f] / 2.0;
        for (int offset = -MAX_KERNEL; offset <= MAX_KERNEL; offset++) {
            double weight = Math.exp(-(double) offset * offset / (2 * sigma * sigma));
            if (weight < 0.01) {
                continue;
            }
            r[Math.floorMod(centre + offset, npoints)] += s.heights()[f] * weight;
        }
        double[] out = new double[npoints];
        for (int k = 0; k < npoints; k++) {
            double sum = 0;
            for (int j = -2; j <= 2; j++) {
                sum += r[Math.floorMod(k + j, npoints)] * 0.2;
            }
            out[k] = sum;
        }
        return out;
    }

    /** Renders the animation of {@code fits} into a GIF at the preset's fps, played once unless {@code repeat}. */
    public static Path animate(Tensor fits, PlotConfig config, Path out, int threads, ProgressListener progress)
            throws IOException {
        return GifAnimation.write(out, animation(fits, config), config.fps(), config.repeat(), threads, progress);
    }

    /** The frames of the animation of {@code fits}. */
    public static FrameSource animation(Tensor fits, PlotConfig config) {
        Series s = series(fits, config);
        int npoints = config.integer("npoints");
        double[] cos = new double[npoints];
        double[] sin = new double[npoints];
        for (int k = 0; k < npoints; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / npoints);
            sin[k] = Math.sin(2 * Math.PI * k / npoints);
        }
        int[] size;
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            size = new int[] {c.width(), c.height()};
        }
        return new FrameSource() {
            @Override
            public int frames() {
                return s.frames();
            }

            @Override
            public int width() {
                return size[0];
            }

            @Override
            public int height() {
                return size[1];
            }

            @Override
            public int[] requiredColors() {
                return new int[] {0xffffff, 0x000000, 0xff0000, 0x808080};
            }

            @Override
            public Renderer renderer() {
                Canvas c = Canvas.ofInches(config.figsize(), config.dpi());
                // matplotlib's default subplot box: 12.5%-90% of the width, 11%-88% of the height.
                double x0 = 0.125 * c.width();
                double x1 = 0.9 * c.width();
                double y0 = 0.12 * c.height();
                double y1 = 0.89 * c.height();
                double sx = (x1 - x0) / (2 * LIMIT);
                double sy = (y1 - y0) / (2 * LIMIT);
                double cx = (x0 + x1) / 2;
                double cy = (y0 + y1) / 2;
                var g = c.g();
                g.setColor(Color.BLACK);
                g.setFont(c.font(14, true));
                Text.draw(g, config.title(), c.width() / 2.0, y0 - c.px(20), 0.5, 1);
                g.setColor(GRAY);
                g.setStroke(new BasicStroke(c.px(1), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {c.px(3.7f), c.px(1.6f)}, 0));
                g.draw(curve(cos, sin, null, cx, cy, sx, sy));
                int[] background = c.pixels().clone();
                BasicStroke line = new BasicStroke(c.px(2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
                double dot = c.px(6);
                return f -> {
                    int[] px = c.pixels();
                    System.arraycopy(background, 0, px, 0, px.length);
                    g.setColor(RED);
                    g.setStroke(line);
                    g.draw(curve(cos, sin, radius(s, f, npoints), cx, cy, sx, sy));
                    g.setColor(Color.BLACK);
                    double a = s.positions()[f];
                    g.fill(new Ellipse2D.Double(cx + 0.96 * Math.cos(a) * sx - dot / 2,
                            cy - 0.96 * Math.sin(a) * sy - dot / 2, dot, dot));
                    return px;
                };
            }
        };
    }

    /** The open polyline through radius r (1 when null) at the given angles, as matplotlib's plot draws it. */
    private static Path2D.Double curve(double[] cos, double[] sin, double[] r, double cx, double cy, double sx,
                                       double sy) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, cos.length);
        for (int k = 0; k < cos.length; k++) {
            double radius = r == null ? 1 : r[k];
            double x = cx + radius * cos[k] * sx;
            double y = cy - radius * sin[k] * sy;
            if (k == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        return p;
    }
}
