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
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Heatmap;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code raster_plot} of a spike train (T, N), non-zero meaning a spike. Mode {@code block}: an image of
 * spikesᵀ in white and the config colour, neuron 0 on top as imshow shows it; mode {@code scatter}: a vertical tick
 * of {@code marker_size} per spike, neuron 0 at the bottom.
 */
public final class RasterPlot {
    private static final String FIGURE = "raster plot";

    private RasterPlot() {
    }

    /** Draws the raster. */
    public static BufferedImage draw(Tensor spikes, PlotConfig config) {
        Series.requireRank(spikes, 2, FIGURE, "spikes", "(T, N)");
        int steps = spikes.dim(0);
        int neurons = spikes.dim(1);
        Color color = config.color("color");
        String mode = config.text("mode");
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            Rectangle2D.Double all = new Rectangle2D.Double(0, 0, c.width(), c.height());
            if (mode.equals("block")) {
                double[] xlim = {-0.5, steps - 0.5};
                double[] ylim = {neurons - 0.5, -0.5};
                Axes ax = Axes.fit(c, all, xlim, ylim, null, null, config.title(), config.xlabel(), config.ylabel(),
                        0);
                // Two-colour map: white for no spike, the config colour for a spike.
                int ink = color.getRGB() & 0xffffff;
                new Heatmap(ax, neurons, steps, xlim, new double[] {-0.5, neurons - 0.5}).paint(c,
                        (row, col) -> spikes.get(col, row) != 0f ? 1 : 0, Colormap.listed("raster", 0xffffff, ink), 0, 1);
                ax.paint(c, false);
                return c.image();
            }
            if (!mode.equals("scatter")) {
                throw new IllegalArgumentException(FIGURE + ": mode must be block or scatter, got '" + mode + "'");
            }
            double[] xlim = Series.margin(0, steps - 1, 0.05);
            double[] ylim = Series.margin(0, neurons - 1, 0.05);
            Axes ax = Axes.fit(c, all, xlim, ylim, null, null, config.title(), config.xlabel(), config.ylabel(), 0);
            var g = c.g();
            g.setColor(color);
            double half = Math.max(0.5, c.px(Math.sqrt(config.real("marker_size"))) / 2);
            g.setStroke(new BasicStroke(Math.max(1f, c.px(0.5))));
            var clip = g.getClip();
            g.clip(ax.box());
            for (int t = 0; t < steps; t++) {
                for (int n = 0; n < neurons; n++) {
                    if (spikes.get(t, n) != 0f) {
                        double u = ax.px(t);
                        double v = ax.py(n);
                        g.draw(new Line2D.Double(u, v - half, u, v + half));
                    }
                }
            }
            g.setClip(clip);
            ax.paint(c, false);
            return c.image();
        }
    }

    /** Draws and writes a PNG. */
    public static Path plot(Tensor spikes, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(spikes, config), config.dpi(), out);
    }
}
