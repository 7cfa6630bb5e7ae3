package org.jcanns.plot.figure;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Colors;
import org.jcanns.plot.render.Legend;
import org.jcanns.plot.render.Ticks;
import org.jcanns.spi.Tensor;

/**
 * canns' navigation {@code show_data} (RatInABox's {@code plot_trajectory} with {@code color="changing"}): the
 * environment, the visited positions every 0.1 s coloured from start to end, the agent at its last position;
 * with the closed-loop task's movement-cost overlay when the cost-grid arrays are given. A single position is
 * drawn as canns' "start" dot.
 */
public final class TrajectoryPlot {
    static final String FIGURE = "trajectory";

    private TrajectoryPlot() {
    }

    /** Draws the figure from the arrays (see the backend's data doc). */
    public static BufferedImage draw(Map<String, Tensor> data, PlotConfig config) {
        double[] ext = NavigationLayers.extent(data, FIGURE);
        Tensor position = NavigationLayers.array(data, FIGURE, "position", 2, 2, true);
        Tensor time = NavigationLayers.array(data, FIGURE, "time", 1, 0, true);
        int n = position.dim(0);
        if (n == 0 || time.dim(0) != n) {
            throw new IllegalArgumentException(FIGURE + ": position (T, 2) and time (T) must have the same T >= 1, got "
                    + n + " and " + time.dim(0));
        }
        NavigationLayers.CostGrid grid = NavigationLayers.costGrid(data, FIGURE);
        double[] xlim = {ext[0], ext[1]};
        double[] ylim = {ext[2], ext[3]};
        if (grid != null) {
            xlim = new double[] {Math.min(xlim[0], grid.xMin()), Math.max(xlim[1], grid.xMax())};
            ylim = new double[] {Math.min(ylim[0], grid.yMin()), Math.max(ylim[1], grid.yMax())};
        }
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            Axes ax = Axes.fitEqualAspect(c, new Rectangle2D.Double(0, 0, c.width(), c.height()), xlim, ylim,
                    ticks(xlim), ticks(ylim), config.title(), config.xlabel(), config.ylabel(), 0);
            NavigationLayers.environment(c, ax, data, FIGURE);
            if (grid != null) {
                NavigationLayers.costGrid(c, ax, grid, config.color("free_color"), config.color("blocked_color"),
                        config.color("gridline_color"), config.real("cost_alpha"));
            }
            NavigationLayers.walls(c, ax, data, FIGURE);
            if (n == 1) {
                NavigationLayers.marker(c, ax, position.get(0, 0), position.get(0, 1), Math.sqrt(30), Colors.cycle(0));
                Legend legend = new Legend(c, List.of(new Legend.Entry("start", Colors.cycle(0), true)));
                legend.paint(c, ax, 0);
            } else {
                double dt = time.get(1) - time.get(0);
                // RatInABox draws the history at framerate 10: every max(1, int(0.1 / dt))-th sample.
                int stride = dt > 0 ? Math.max(1, (int) (0.1 / dt)) : 1;
                NavigationLayers.pointsByTime(c, ax, position, time, stride, Colormap.named(config.text("cmap")),
                        config.real("point_size"), 0.7);
                NavigationLayers.marker(c, ax, position.get(n - 1, 0), position.get(n - 1, 1), 8,
                        new Color(0xd62728));
            }
            ax.paint(c, false);
            return c.image();
        }
    }

    private static Ticks ticks(double[] lim) {
        return Ticks.of(lim, Series.label(lim[0]), Series.label(lim[1]));
    }

    /** Draws and writes a PNG. */
    public static Path plot(Map<String, Tensor> data, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(data, config), config.dpi(), out);
    }
}
