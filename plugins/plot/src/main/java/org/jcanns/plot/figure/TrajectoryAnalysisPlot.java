package org.jcanns.plot.figure;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.ColorBar;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Legend;
import org.jcanns.plot.render.Ticks;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code show_trajectory_analysis}: three panels (width ratios 1:2:2) — the trajectory coloured by time
 * with start and end markers and a "Time (s)" colour bar on [0, width] × [0, height]; the speed over time, raw and
 * smoothed ({@link Smoothing#movingAverage}); the head direction over time, raw and circularly smoothed, broken
 * where it wraps, with ticks at −π, −π/2, 0, π/2, π.
 */
public final class TrajectoryAnalysisPlot {
    static final String FIGURE = "trajectory analysis";
    private static final Color LINE = new Color(0x009FB9);
    private static final Color FAINT = new Color(0x00, 0x9F, 0xB9, 77);

    private TrajectoryAnalysisPlot() {
    }

    /** Draws the figure from extent, position (T, 2), time (T), speed (T) and hd_angle (T). */
    public static BufferedImage draw(Map<String, Tensor> data, PlotConfig config) {
        double[] ext = NavigationLayers.extent(data, FIGURE);
        Tensor position = NavigationLayers.array(data, FIGURE, "position", 2, 2, true);
        double[] time = Series.doubles(NavigationLayers.array(data, FIGURE, "time", 1, 0, true));
        double[] speed = Series.doubles(NavigationLayers.array(data, FIGURE, "speed", 1, 0, true));
        double[] hd = Series.doubles(NavigationLayers.array(data, FIGURE, "hd_angle", 1, 0, true));
        int n = position.dim(0);
        if (n < 2 || time.length != n || speed.length != n || hd.length != n) {
            throw new IllegalArgumentException(FIGURE + ": position (T, 2), time, speed and hd_angle (T) must share "
                    + "T >= 2, got " + n + ", " + time.length + ", " + speed.length + ", " + hd.length);
        }
        int window = config.integer("smooth_window");
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            double w = c.width();
            double h = c.height();
            double pad = c.px(6);
            // canns' width_ratios 1:2:2 are of the axes; the first panel's region also holds its colour bar.
            double w1 = 0.26 * w;
            double w2 = (w - w1) / 2;
            Rectangle2D.Double r1 = new Rectangle2D.Double(pad, pad, w1 - pad, h - 2 * pad);
            Rectangle2D.Double r2 = new Rectangle2D.Double(w1 + pad, pad, w2 - 2 * pad, h - 2 * pad);
            Rectangle2D.Double r3 = new Rectangle2D.Double(w1 + w2 + pad, pad, w2 - 2 * pad, h - 2 * pad);
            trajectory(c, r1, ext, position, time);
            String suffix = window > 1 ? " (smoothed, window=" + window + ")" : "";
            double[] smoothSpeed = window > 1 ? Smoothing.movingAverage(speed, window) : null;
            lines(c, r2, time, speed, smoothSpeed, "Movement Speed" + suffix, "Speed (m/s)", null);
            double[] smoothHd = window > 1 ? Smoothing.breakAtWraps(Smoothing.circularAverage(hd, window)) : null;
            Ticks piTicks = Ticks.of(new double[] {-Math.PI, -Math.PI / 2, 0, Math.PI / 2, Math.PI}, "-π", "-π/2",
                    "0", "π/2", "π");
            lines(c, r3, time, Smoothing.breakAtWraps(hd), smoothHd, "Head Direction" + suffix, "Direction (rad)",
                    piTicks);
            return c.image();
        }
    }

    private static void trajectory(Canvas c, Rectangle2D.Double region, double[] ext, Tensor position,
                                   double[] time) {
        int n = position.dim(0);
        Colormap viridis = Colormap.named("viridis");
        double t0 = time[0];
        double t1 = time[n - 1];
        double reserve = ColorBar.reserve(c, t0, t1, "Time (s)");
        double[] xlim = {0, ext[1]};
        double[] ylim = {0, ext[3]};
        Axes ax = Axes.fitEqualAspect(c, region, xlim, ylim, Ticks.of(xlim, "0", Series.label(ext[1])),
                Ticks.of(ylim, "0", Series.label(ext[3])), "Animal Trajectory", "X Position", "Y Position", reserve);
        Tensor t = Tensor.of(java.lang.foreign.Arena.ofAuto(), toFloats(time));
        NavigationLayers.pointsByTime(c, ax, position, t, 1, viridis, 1, 0.7);
        NavigationLayers.marker(c, ax, position.get(0, 0), position.get(0, 1), 8, new Color(0x008000));
        NavigationLayers.marker(c, ax, position.get(n - 1, 0), position.get(n - 1, 1), 8, new Color(0xff0000));
        ax.paint(c, false);
        new Legend(c, List.of(new Legend.Entry("Start", new Color(0x008000), true),
                new Legend.Entry("End", new Color(0xff0000), true))).paint(c, ax, 0);
        ColorBar.paint(c, ax, viridis, t0, t1, "Time (s)");
    }

    private static void lines(Canvas c, Rectangle2D.Double region, double[] t, double[] raw, double[] smooth,
                              String title, String ylabel, Ticks yticks) {
        double[] yr = finiteRange(raw, smooth);
        if (yticks != null) {
            yr = new double[] {Math.min(yr[0], -Math.PI), Math.max(yr[1], Math.PI)};
        }
        Axes ax = Axes.fit(c, region, Series.margin(t[0], t[t.length - 1], 0.05), Series.margin(yr[0], yr[1], 0.05),
                null, yticks, title, "Time (s)", ylabel, 0);
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        if (smooth == null) {
            ax.stroke(c, ax.line(t, raw, t.length), LINE, 1);
        } else {
            ax.stroke(c, ax.line(t, raw, t.length), FAINT, 0.5);
            ax.stroke(c, ax.line(t, smooth, t.length), LINE, 2);
            xs.add(t);
            ys.add(raw);
        }
        ax.paint(c, true);
        if (smooth != null) {
            Legend legend = new Legend(c, List.of(new Legend.Entry("Raw", FAINT, false),
                    new Legend.Entry("Smoothed", LINE, false)));
            legend.paint(c, ax, legend.bestCorner(ax, xs, ys));
        }
    }

    private static double[] finiteRange(double[] a, double[] b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] arr : new double[][] {a, b}) {
            if (arr != null) {
                for (double v : arr) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo > hi) {
            throw new IllegalArgumentException(FIGURE + ": no finite value to draw");
        }
        return new double[] {lo, hi};
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    /** Draws and writes a PNG. */
    public static Path plot(Map<String, Tensor> data, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(data, config), config.dpi(), out);
    }
}
