package org.jcanns.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** A legend box inside the axes, in the corner where it covers the fewest data points (matplotlib's "best"). */
public final class Legend {
    /** One entry: a line (and optionally a dot) in {@code color} and its label. */
    public record Entry(String label, Color color, boolean marker) {
    }

    private final List<Entry> entries;
    private final double width;
    private final double rowHeight;
    private final double pad;

    /** A legend of {@code entries} sized for canvas {@code c}. */
    public Legend(Canvas c, List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Graphics2D g = c.g();
        Font font = c.font(Axes.LABEL_PT, false);
        double text = 0;
        for (Entry e : entries) {
            text = Math.max(text, Text.width(g, font, e.label()));
        }
        this.pad = c.px(4);
        this.rowHeight = Text.height(g, font) * 1.15;
        this.width = pad + c.px(20) + pad + text + pad;
    }

    /** The box of the legend in {@code corner} (0 upper right, 1 upper left, 2 lower left, 3 lower right). */
    public Rectangle2D.Double box(Axes ax, int corner) {
        Rectangle2D.Double b = ax.box();
        double h = pad + entries.size() * rowHeight + pad;
        double margin = pad * 1.5;
        double x = corner == 1 || corner == 2 ? b.x + margin : b.x + b.width - margin - width;
        double y = corner == 0 || corner == 1 ? b.y + margin : b.y + b.height - margin - h;
        return new Rectangle2D.Double(x, y, width, h);
    }

    /** The corner whose box holds the fewest of the points (x[k][i], y[k][i]); ties go to the earlier corner. */
    public int bestCorner(Axes ax, List<double[]> xs, List<double[]> ys) {
        int best = 0;
        long fewest = Long.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            Rectangle2D.Double b = box(ax, corner);
            long n = 0;
            for (int k = 0; k < xs.size(); k++) {
                double[] x = xs.get(k);
                double[] y = ys.get(k);
                for (int i = 0; i < x.length; i++) {
                    if (b.contains(ax.px(x[i]), ax.py(y[i]))) {
                        n++;
                    }
                }
            }
            if (n < fewest) {
                fewest = n;
                best = corner;
            }
        }
        return best;
    }

    /** Draws the legend in {@code corner}. */
    public void paint(Canvas c, Axes ax, int corner) {
        if (entries.isEmpty()) {
            return;
        }
        Graphics2D g = c.g();
        Rectangle2D.Double b = box(ax, corner);
        RoundRectangle2D.Double frame = new RoundRectangle2D.Double(b.x, b.y, b.width, b.height, pad, pad);
        g.setColor(new Color(255, 255, 255, 204));
        g.fill(frame);
        g.setColor(new Color(0xcccccc));
        g.setStroke(new BasicStroke(c.px(0.8f)));
        g.draw(frame);
        g.setFont(c.font(Axes.LABEL_PT, false));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double cy = b.y + pad + (i + 0.5) * rowHeight;
            double x0 = b.x + pad;
            double x1 = x0 + c.px(20);
            g.setColor(e.color());
            g.setStroke(new BasicStroke(c.px(1.5f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x0, cy, x1, cy));
            if (e.marker()) {
                double r = c.px(3);
                g.fill(new Ellipse2D.Double((x0 + x1) / 2 - r, cy - r, 2 * r, 2 * r));
            }
            g.setColor(Color.BLACK);
            Text.draw(g, e.label(), x1 + pad, cy, 0, 0.5);
        }
    }
}
