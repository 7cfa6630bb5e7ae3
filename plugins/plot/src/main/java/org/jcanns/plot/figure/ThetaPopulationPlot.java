package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.ColorBar;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Heatmap;
import org.jcanns.plot.render.Ticks;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code plot_population_activity_with_theta}: the activity (T, N) of a direction-cell population ×100 as
 * an image over time and direction [−π, π], the head direction in white (broken where it wraps), grey dashed lines
 * where the theta phase is 0 (within {@code atol}), and a colour bar "Activity (%)".
 */
public final class ThetaPopulationPlot {
    private static final String FIGURE = "population activity with theta";

    private ThetaPopulationPlot() {
    }

    /** Draws the figure from time (T), theta phase (T), activity (T, N) and direction (T). */
    public static BufferedImage draw(Tensor time, Tensor thetaPhase, Tensor activity, Tensor direction,
                                     PlotConfig config) {
        Series.requireRank(activity, 2, FIGURE, "activity", "(T, N)");
        int steps = activity.dim(0);
        int neurons = activity.dim(1);
        for (var e : new Object[][] {{"time", time}, {"theta_phase", thetaPhase}, {"direction", direction}}) {
            Tensor t = (Tensor) e[1];
            if (t == null || t.size() != steps) {
                throw new IllegalArgumentException(FIGURE + ": array '" + e[0] + "' must have one value per step ("
                        + steps + "), got " + (t == null ? "none" : java.util.Arrays.toString(t.shape())));
            }
        }
        double t0 = time.get(0);
        double t1 = time.get(steps - 1);
        double[] range = Series.range(activity, FIGURE, "activity");
        Colormap map = Colormap.named(config.text("cmap"));
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            double reserve = ColorBar.reserve(c, 100 * range[0], 100 * range[1], "Activity (%)");
            double[] xlim = {t0, t1 > t0 ? t1 : t0 + 1};
            double[] ylim = {-Math.PI, Math.PI};
            Axes ax = Axes.fit(c, new Rectangle2D.Double(0, 0, c.width(), c.height()), xlim, ylim, null,
                    Ticks.of(new double[] {-Math.PI, Math.PI}, "0", "360"), config.title(), config.xlabel(),
                    config.ylabel(), reserve);
            new Heatmap(ax, neurons, steps, xlim, ylim).paint(c, (row, col) -> 100.0 * activity.get(col, row), map,
                    100 * range[0], 100 * range[1]);
            double[] t = Series.doubles(time);
            double[] d = Series.doubles(direction);
            for (int i = 1; i < steps; i++) {
                if (Math.abs(d[i] - d[i - 1]) > Math.PI) {
                    d[i] = Double.NaN;
                }
            }
            var g = c.g();
            if (config.flag("add_lines")) {
                double atol = config.real("atol");
                var clip = g.getClip();
                g.clip(ax.box());
                g.setColor(new Color(128, 128, 128, 128));
                g.setStroke(new BasicStroke(c.px(1), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {c.px(3.7f), c.px(1.6f)}, 0));
                for (int i = 0; i < steps; i++) {
                    if (Math.abs(thetaPhase.get(i)) <= atol) {
                        double u = ax.px(t[i]);
                        g.draw(new Line2D.Double(u, ax.box().y, u, ax.box().y + ax.box().height));
                    }
                }
                g.setClip(clip);
            }
            ax.stroke(c, ax.line(t, d, steps), Color.WHITE, 3);
            ax.paint(c, true);
            ColorBar.paint(c, ax, map, 100 * range[0], 100 * range[1], "Activity (%)");
            return c.image();
        }
    }

    /** Draws and writes a PNG. */
    public static Path plot(Tensor time, Tensor thetaPhase, Tensor activity, Tensor direction, PlotConfig config,
                            Path out) throws IOException {
        return Png.write(draw(time, thetaPhase, activity, direction, config), config.dpi(), out);
    }
}
