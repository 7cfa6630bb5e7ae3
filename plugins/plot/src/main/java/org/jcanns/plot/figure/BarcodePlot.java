package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Text;
import org.jcanns.plot.render.Ticks;

/**
 * canns' persistence barcodes ({@code _plot_barcode} and {@code _plot_barcode_with_shuffle}): one panel per homology
 * dimension with its 30 longest bars, H1 and up sorted by decreasing birth. Without shuffle thresholds, infinite
 * bars are drawn up to the largest finite death plus 10 % of the range (figure 10×6 in). With thresholds (the 99.9th
 * percentile of the shuffled maxima per dimension), only finite bars are drawn, over a grey band from 0 to the
 * threshold, and bars outliving it are red (figure 10×8 in).
 */
public final class BarcodePlot {
    /** canns' bar colour. */
    public static final Color GREEN = new Color(0f, 0.55f, 0.2f);
    private static final int TOP = 30;

    private BarcodePlot() {
    }

    /** One bar. */
    private record Bar(double birth, double death) {
        double life() {
            return death - birth;
        }
    }

    /**
     * Draws the barcodes of {@code diagrams} (per dimension, row-major (k, 2) pairs of birth and death);
     * {@code thresholds} per dimension, or null for the plain barcode.
     */
    public static BufferedImage draw(List<double[]> diagrams, double[] thresholds, double dpi) {
        boolean shuffled = thresholds != null;
        if (shuffled && thresholds.length != diagrams.size()) {
            throw new IllegalArgumentException("barcode: expected one threshold per dimension (" + diagrams.size()
                    + "), got " + thresholds.length);
        }
        double minBirth = 0;
        double maxDeath = 0;
        for (double[] d : diagrams) {
            for (int i = 0; i + 1 < d.length; i += 2) {
                if (d[i + 1] != Double.POSITIVE_INFINITY) {
                    minBirth = Math.min(minBirth, Math.min(d[i], d[i + 1]));
                    maxDeath = Math.max(maxDeath, Math.max(d[i], d[i + 1]));
                }
            }
        }
        if (shuffled && maxDeath == 0 && minBirth == 0) {
            maxDeath = 1;
        }
        double delta = (maxDeath - minBirth) * 0.1;
        double infinity = maxDeath + delta;
        double start = shuffled ? 0 : minBirth - delta;
        if (infinity <= start) {
            infinity = start + 1;
        }
        double[] figsize = shuffled ? new double[] {10, 8} : new double[] {10, 6};
        try (Canvas c = Canvas.ofInches(figsize, dpi)) {
            int panels = diagrams.size();
            double h = (double) c.height() / panels;
            for (int dim = 0; dim < panels; dim++) {
                List<Bar> bars = topBars(diagrams.get(dim), dim, infinity, shuffled);
                double threshold = shuffled ? thresholds[dim] : 0;
                Rectangle2D.Double region = new Rectangle2D.Double(0, dim * h, c.width(), h);
                double top = Math.max(1, bars.size());
                String label = "H" + dim;
                Axes ax = Axes.fit(c, region, new double[] {start, infinity}, new double[] {-0.05 * top, 1.05 * top},
                        null, Ticks.of(new double[0]), shuffled ? label : "", "", shuffled ? "" : label, 0);
                Graphics2D g = c.g();
                if (shuffled) {
                    g.setColor(new Color(0.5f, 0.5f, 0.5f, 0.2f));
                    g.fill(new Rectangle2D.Double(ax.px(0), ax.box().y, ax.px(threshold) - ax.px(0),
                            ax.box().height));
                    g.setColor(new Color(0.5f, 0.5f, 0.5f, 0.7f));
                    g.setStroke(new BasicStroke(c.px(1), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                            new float[] {c.px(3.7f), c.px(1.6f)}, 0));
                    g.draw(new Line2D.Double(ax.px(threshold), ax.box().y, ax.px(threshold),
                            ax.box().y + ax.box().height));
                }
                for (int i = 0; i < bars.size(); i++) {
                    Bar b = bars.get(i);
                    boolean significant = shuffled && b.life() > threshold;
                    g.setColor(significant ? Color.RED : GREEN);
                    double x0 = ax.px(b.birth());
                    double x1 = ax.px(b.death());
                    double y0 = ax.py(0.5 + i + 0.4);
                    double y1 = ax.py(0.5 + i - 0.4);
                    g.fill(new Rectangle2D.Double(x0, y0, Math.max(c.px(0.5f), x1 - x0), y1 - y0));
                }
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(c.px(1)));
                g.draw(new Line2D.Double(ax.px(0), ax.py(0), ax.px(0), ax.py(bars.size())));
                if (shuffled) {
                    // canns hides the axes of the shuffled barcode: its title names the dimension.
                    g.setFont(c.font(Axes.TITLE_PT, false));
                    Text.draw(g, label, ax.box().x, ax.box().y - c.px(3), 0, 1);
                } else {
                    ax.paint(c, false);
                }
            }
            return c.image();
        }
    }

    /** Draws and writes a PNG. */
    public static Path plot(List<double[]> diagrams, double[] thresholds, double dpi, Path out) throws IOException {
        return Png.write(draw(diagrams, thresholds, dpi), dpi, out);
    }

    /** The 30 longest bars (infinite ones ending at {@code infinity}, or left out when shuffled), as canns orders them. */
    private static List<Bar> topBars(double[] d, int dim, double infinity, boolean shuffled) {
        List<Bar> all = new ArrayList<>();
        for (int i = 0; i + 1 < d.length; i += 2) {
            if (d[i + 1] == Double.POSITIVE_INFINITY) {
                if (!shuffled) {
                    all.add(new Bar(d[i], infinity));
                }
            } else {
                all.add(new Bar(d[i], d[i + 1]));
            }
        }
        all.sort(Comparator.comparingDouble(Bar::life));
        List<Bar> top = new ArrayList<>(all.subList(Math.max(0, all.size() - TOP), all.size()));
        if (dim > 0) {
            top.sort(Comparator.comparingDouble(Bar::birth).reversed());
        }
        return top;
    }
}
