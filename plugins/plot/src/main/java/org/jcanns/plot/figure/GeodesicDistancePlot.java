package org.jcanns.plot.figure;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.ColorBar;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Heatmap;
import org.jcanns.plot.render.Text;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code show_geodesic_distance_matrix}: the A × A matrix as an image (row 0 on top, nearest sampling),
 * non-finite distances left blank, optionally divided by the largest finite one, with a colour bar; an empty
 * matrix says "No traversable cells".
 */
public final class GeodesicDistancePlot {
    static final String FIGURE = "geodesic distances";

    private GeodesicDistancePlot() {
    }

    /** Draws the (A, A) {@code distances}. */
    public static BufferedImage draw(Tensor distances, PlotConfig config) {
        if (distances == null || distances.rank() != 2 || distances.dim(0) != distances.dim(1)) {
            throw new IllegalArgumentException(FIGURE + ": 'distances' must be a square (A, A) array, got "
                    + (distances == null ? "none" : Arrays.toString(distances.shape())));
        }
        int a = distances.dim(0);
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            if (a == 0) {
                c.g().setColor(Color.BLACK);
                c.g().setFont(c.font(10, false));
                Text.draw(c.g(), "No traversable cells", c.width() / 2.0, c.height() / 2.0, 0.5, 0.5);
                return c.image();
            }
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (long i = 0; i < distances.size(); i++) {
                float v = distances.get(i);
                if (Float.isFinite(v)) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
            }
            double scale = config.flag("normalize") && max > 0 ? 1 / max : 1;
            double vmin = Double.isFinite(min) ? min * scale : 0;
            double vmax = Double.isFinite(min) ? max * scale : 1;
            Colormap map = Colormap.named(config.text("cmap"));
            boolean bar = config.flag("colorbar");
            double reserve = bar ? ColorBar.reserve(c, vmin, vmax, "") : 0;
            double[] xlim = {-0.5, a - 0.5};
            double[] ylim = {a - 0.5, -0.5};
            Axes ax = Axes.fitEqualAspect(c, new Rectangle2D.Double(0, 0, c.width(), c.height()), xlim, ylim, null,
                    null, config.title(), config.xlabel(), config.ylabel(), reserve);
            new Heatmap(ax, a, a, xlim, new double[] {-0.5, a - 0.5}).paint(c, (row, col) -> {
                float v = distances.get(row, col);
                return Float.isFinite(v) ? v * scale : Double.NaN;
            }, map, vmin, vmax);
            ax.paint(c, false);
            if (bar) {
                ColorBar.paint(c, ax, map, vmin, vmax, "");
            }
            return c.image();
        }
    }

    /** Draws and writes a PNG. */
    public static Path plot(Tensor distances, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(distances, config), config.dpi(), out);
    }
}
