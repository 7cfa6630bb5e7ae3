package org.jcanns.plot.figure;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Legend;

/** Static line charts: lines (NaN breaks them) with matplotlib's automatic 5 % margins, grid and legend. */
final class LineChart {
    /** One line; {@code markers} adds a dot at every finite point. */
    record Line(String label, double[] x, double[] y, Color color, boolean markers) {
    }

    private LineChart() {
    }

    /** Draws {@code lines}; empty config labels fall back to {@code xlabel}, {@code ylabel}. */
    static BufferedImage draw(PlotConfig config, String xlabel, String ylabel, List<Line> lines, String figure) {
        double xlo = Double.POSITIVE_INFINITY;
        double xhi = Double.NEGATIVE_INFINITY;
        double ylo = Double.POSITIVE_INFINITY;
        double yhi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i])) {
                    xlo = Math.min(xlo, l.x()[i]);
                    xhi = Math.max(xhi, l.x()[i]);
                    ylo = Math.min(ylo, l.y()[i]);
                    yhi = Math.max(yhi, l.y()[i]);
                }
            }
        }
        if (xlo > xhi) {
            throw new IllegalArgumentException(figure + ": nothing to draw (no finite value)");
        }
        String xl = config.xlabel().isEmpty() ? xlabel : config.xlabel();
        String yl = config.ylabel().isEmpty() ? ylabel : config.ylabel();
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            Axes ax = Axes.fit(c, new Rectangle2D.Double(0, 0, c.width(), c.height()), Series.margin(xlo, xhi, 0.05),
                    Series.margin(ylo, yhi, 0.05), null, null, config.title(), xl, yl, 0);
            if (config.grid()) {
                ax.paintGrid(c);
            }
            List<Legend.Entry> entries = new ArrayList<>();
            List<double[]> xs = new ArrayList<>();
            List<double[]> ys = new ArrayList<>();
            for (Line l : lines) {
                ax.stroke(c, ax.line(l.x(), l.y(), l.x().length), l.color(), 1.5);
                if (l.markers()) {
                    c.g().setColor(l.color());
                    double r = c.px(2.5);
                    for (int i = 0; i < l.x().length; i++) {
                        if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i])) {
                            c.g().fill(new Ellipse2D.Double(ax.px(l.x()[i]) - r, ax.py(l.y()[i]) - r, 2 * r, 2 * r));
                        }
                    }
                }
                if (!l.label().isEmpty()) {
                    entries.add(new Legend.Entry(l.label(), l.color(), l.markers()));
                }
                xs.add(l.x());
                ys.add(l.y());
            }
            ax.paint(c, false);
            if (config.showLegend() && !entries.isEmpty()) {
                Legend legend = new Legend(c, entries);
                legend.paint(c, ax, legend.bestCorner(ax, xs, ys));
            }
            return c.image();
        }
    }
}
