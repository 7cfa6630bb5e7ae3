package org.jcanns.plot.figure;

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
import org.jcanns.plot.render.ScatterIndex;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code plot_grid_cell_manifold}: grid-cell activity as a scatter at the cells' (twisted) manifold
 * coordinates, equal aspect, top and right spines removed, with a colour bar "Activity".
 */
public final class GridManifoldPlot {
    private static final String FIGURE = "grid cell manifold";

    private GridManifoldPlot() {
    }

    /** Draws {@code activity} (N) at {@code points} (N, 2). */
    public static BufferedImage draw(Tensor points, Tensor activity, PlotConfig config) {
        Series.requireRank(points, 2, FIGURE, "points", "(N, 2) manifold coordinates");
        if (points.dim(1) != 2 || activity == null || activity.size() != points.dim(0)) {
            throw new IllegalArgumentException(FIGURE + ": points must be (N, 2) and activity have N values, got "
                    + java.util.Arrays.toString(points.shape()) + " and "
                    + (activity == null ? "none" : java.util.Arrays.toString(activity.shape())));
        }
        int n = points.dim(0);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = points.get(i, 0);
            y[i] = points.get(i, 1);
        }
        double[] xr = minMax(x);
        double[] yr = minMax(y);
        double[] xlim = Series.margin(xr[0], xr[1], 0.05);
        double[] ylim = Series.margin(yr[0], yr[1], 0.05);
        double[] range = Series.range(activity, FIGURE, "activity");
        Colormap map = Colormap.named(config.text("cmap"));
        boolean bar = config.flag("add_colorbar");
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            double reserve = bar ? ColorBar.reserve(c, range[0], range[1], "Activity") : 0;
            Axes ax = Axes.fitEqualAspect(c, new Rectangle2D.Double(0, 0, c.width(), c.height()), xlim, ylim, null,
                    null, config.title(), config.xlabel(), config.ylabel(), reserve);
            ScatterIndex scatter = new ScatterIndex(c, ax, ScatterIndex.Points.of(x, y, i -> i), n,
                    c.px(Math.sqrt(config.real("marker_size")) / 2));
            scatter.paint(c, activity::get, 0, map, range[0], range[1], config.real("alpha"), new int[n]);
            ax.paint(c, true);
            if (bar) {
                ColorBar.paint(c, ax, map, range[0], range[1], "Activity");
            }
            return c.image();
        }
    }

    private static double[] minMax(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        if (lo > hi) {
            throw new IllegalArgumentException(FIGURE + ": no finite coordinate");
        }
        return new double[] {lo, hi};
    }

    /** Draws and writes a PNG. */
    public static Path plot(Tensor points, Tensor activity, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(points, activity, config), config.dpi(), out);
    }
}
