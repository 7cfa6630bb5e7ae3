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

    /** Candidate places as matplotlib's "best" tries them: {horizontal, vertical}, 0 left/top, 1 centre, 2 right/bottom. */
    private static final int[][] PLACES = {{2, 0}, {0, 0}, {0, 2}, {2, 2}, {0, 1}, {2, 1}, {1, 2}, {1, 0}, {1, 1}};

    /**
     * The box of the legend at place {@code place}: 0 upper right, 1 upper left, 2 lower left, 3 lower right,
     * 4 centre left, 5 centre right, 6 lower centre, 7 upper centre, 8 centre.
     */
    public Rectangle2D.Double box(Axes ax, int place) {
        Rectangle2D.Double b = ax.box();
        double h = pad + entries.size() * rowHeight + pad;
        double margin = pad * 1.5;
        int[] p = PLACES[place];
        double x = switch (p[0]) {
            case 0 -> b.x + margin;
            case 1 -> b.getCenterX() - width / 2;
            default -> b.x + b.width - margin - width;
        };
        double y = switch (p[1]) {
            case 0 -> b.y + margin;
            case 1 -> b.getCenterY() - h / 2;
            default -> b.y + b.height - margin - h;
        };
        return new Rectangle2D.Double(x, y, width, h);
    }

    /**
     * The place whose box covers the least of the lines through (x[k][i], y[k][i]), sampled every few pixels along
     * each segment so that a box between two far vertices still counts the line it hides; ties go to the earlier.
     */
    public int bestCorner(Axes ax, List<double[]> xs, List<double[]> ys) {
        Rectangle2D.Double[] boxes = new Rectangle2D.Double[PLACES.length];
        long[] hits = new long[PLACES.length];
        for (int k = 0; k < PLACES.length; k++) {
            boxes[k] = box(ax, k);
        }
        double step = Math.max(2, rowHeight / 4);
        for (int k = 0; k < xs.size(); k++) {
            double[] x = xs.get(k);
            double[] y = ys.get(k);
            double pu = Double.NaN;
            double pv = Double.NaN;
            for (int i = 0; i < x.length; i++) {
                double u = ax.px(x[i]);
                double v = ax.py(y[i]);
                if (!Double.isFinite(u) || !Double.isFinite(v)) {
                    pu = Double.NaN;
                    continue;
                }
                int parts = Double.isNaN(pu) ? 1 : (int) Math.min(1000, Math.ceil(Math.hypot(u - pu, v - pv) / step));
                for (int s = 1; s <= parts; s++) {
                    double f = (double) s / parts;
                    double su = Double.isNaN(pu) ? u : pu + f * (u - pu);
                    double sv = Double.isNaN(pu) ? v : pv + f * (v - pv);
                    for (int b = 0; b < boxes.length; b++) {
                        if (boxes[b].contains(su, sv)) {
                            hits[b]++;
                        }
                    }
                }
                pu = u;
                pv = v;
            }
        }
        int best = 0;
        for (int b = 1; b < hits.length; b++) {
            if (hits[b] < hits[best]) {
                best = b;
            }
        }
        return best;
    }

    /** Draws the legend at place {@code corner} (see {@link #box}). */
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
