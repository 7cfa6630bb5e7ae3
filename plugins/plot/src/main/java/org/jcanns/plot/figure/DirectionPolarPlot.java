package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.PolarAxes;
import org.jcanns.plot.render.Text;
import org.jcanns.spi.Tensor;

/** canns' {@code plot_direction_cell_polar}: activity against direction on polar axes and the true direction. */
public final class DirectionPolarPlot {
    private static final String FIGURE = "direction cell polar plot";
    private static final Color TRUE_DIRECTION = new Color(0x009FB9);

    private DirectionPolarPlot() {
    }

    /** Draws activity (N) at direction bins (N, radians) with a ray at {@code trueDirection}. */
    public static BufferedImage draw(Tensor bins, Tensor activity, double trueDirection, PlotConfig config) {
        Series.requireRank(bins, 1, FIGURE, "direction_bins", "(N) radians");
        Series.requireRank(activity, 1, FIGURE, "activity", "(N)");
        if (bins.dim(0) != activity.dim(0)) {
            throw new IllegalArgumentException(FIGURE + ": " + bins.dim(0) + " direction bins but "
                    + activity.dim(0) + " activity values");
        }
        double max = Series.range(activity, FIGURE, "activity")[1];
        double rmax = max > 0 ? max * 1.2 : 1;
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            var g = c.g();
            double titleH = config.title().isEmpty() ? 0 : Text.height(g, c.font(Axes.TITLE_PT, true)) + c.px(20);
            double room = PolarAxes.labelRoom(c) + c.px(6);
            double radius = Math.min(c.width(), c.height() - titleH) / 2.0 - room;
            PolarAxes p = new PolarAxes(c.width() / 2.0, titleH + (c.height() - titleH) / 2.0, radius, rmax);
            p.paint(c);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(c.px(2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(p.curve(Series.doubles(bins), Series.doubles(activity), bins.dim(0)));
            g.setColor(TRUE_DIRECTION);
            g.setStroke(new BasicStroke(c.px(3), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(p.px(trueDirection, 0), p.py(trueDirection, 0), p.px(trueDirection, rmax),
                    p.py(trueDirection, rmax)));
            if (!config.title().isEmpty()) {
                g.setColor(Color.BLACK);
                g.setFont(c.font(Axes.TITLE_PT, true));
                Text.draw(g, config.title(), c.width() / 2.0, c.px(8), 0.5, 0);
            }
            return c.image();
        }
    }

    /** Draws and writes a PNG. */
    public static Path plot(Tensor bins, Tensor activity, double trueDirection, PlotConfig config, Path out)
            throws IOException {
        return Png.write(draw(bins, activity, trueDirection, config), config.dpi(), out);
    }
}
