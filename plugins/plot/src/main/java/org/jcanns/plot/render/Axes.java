package org.jcanns.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * One set of axes: a box in pixels, data limits mapped linearly onto it, ticks, axis labels and a title. Layout
 * leaves room for every label so nothing is clipped; {@link #paint} draws the decorations.
 */
public final class Axes {
    /** Tick and axis label size in points (matplotlib's default). */
    public static final double LABEL_PT = 10;
    /** Title size in points. */
    public static final double TITLE_PT = 12;
    private final Rectangle2D.Double box;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final Ticks xticks;
    private final Ticks yticks;
    private final String title;
    private final String xlabel;
    private final String ylabel;

    private Axes(Rectangle2D.Double box, double[] xlim, double[] ylim, Ticks xticks, Ticks yticks, String title,
                 String xlabel, String ylabel) {
        this.box = box;
        // Limits may run backwards (an image with row 0 on top); equal limits are widened to a unit span.
        this.x0 = xlim[0];
        this.x1 = xlim[1] != xlim[0] ? xlim[1] : xlim[0] + 1;
        this.y0 = ylim[0];
        this.y1 = ylim[1] != ylim[0] ? ylim[1] : ylim[0] + 1;
        this.xticks = xticks;
        this.yticks = yticks;
        this.title = title == null ? "" : title;
        this.xlabel = xlabel == null ? "" : xlabel;
        this.ylabel = ylabel == null ? "" : ylabel;
    }

    /**
     * Axes filling {@code region} of the canvas less room for labels, ticks and the title, and less
     * {@code reserveRight} pixels on the right (for a colour bar). Null ticks mean nice automatic ticks.
     */
    public static Axes fit(Canvas c, Rectangle2D region, double[] xlim, double[] ylim, Ticks xticks, Ticks yticks,
                           String title, String xlabel, String ylabel, double reserveRight) {
        Graphics2D g = c.g();
        Font tickFont = c.font(LABEL_PT, false);
        double tickH = Text.height(g, tickFont);
        double pad = c.px(4);
        double tickLen = c.px(3.5);
        double labelH = Text.height(g, c.font(LABEL_PT, false));
        double titleH = Text.height(g, c.font(TITLE_PT, false));
        // Tick count from the axis length: about one label per 6 font heights horizontally, 3 vertically.
        Ticks yt = yticks != null ? yticks : Ticks.nice(Math.min(ylim[0], ylim[1]), Math.max(ylim[0], ylim[1]),
                clamp((int) (region.getHeight() / (2.5 * tickH)), 3, 11));
        double yLabelW = 0;
        for (String s : yt.labels()) {
            yLabelW = Math.max(yLabelW, Text.width(g, tickFont, s));
        }
        double left = pad + (blank(ylabel) ? 0 : labelH + pad) + yLabelW + pad + tickLen;
        double bottom = tickLen + pad + tickH + (blank(xlabel) ? 0 : pad + labelH) + pad;
        double top = Math.max(pad + tickH / 2, blank(title) ? pad + tickH / 2 : pad + titleH + c.px(6));
        double provisionalWidth = region.getWidth() - left - reserveRight - pad;
        Ticks xt = xticks;
        if (xt == null) {
            // About one label per four font heights, fewer when the labels are wide.
            int max = clamp((int) (provisionalWidth / (4 * tickH)), 3, 11);
            double lo = Math.min(xlim[0], xlim[1]);
            double hi = Math.max(xlim[0], xlim[1]);
            xt = Ticks.nice(lo, hi, max);
            while (max > 2 && widest(g, tickFont, xt) * 1.5 * xt.values().length > provisionalWidth) {
                xt = Ticks.nice(lo, hi, --max);
            }
        }
        double lastHalf = xt.labels().length == 0 ? 0
                : Text.width(g, tickFont, xt.labels()[xt.labels().length - 1]) / 2;
        double right = Math.max(pad + lastHalf, pad) + reserveRight;
        Rectangle2D.Double box = new Rectangle2D.Double(region.getX() + left, region.getY() + top,
                Math.max(10, region.getWidth() - left - right), Math.max(10, region.getHeight() - top - bottom));
        return new Axes(box, xlim, ylim, xt, yt, title, xlabel, ylabel);
    }

    /**
     * As {@link #fit}, then shrunk (centred in {@code region}) so that a data unit spans as many pixels on both axes
     * (matplotlib's {@code set_aspect("equal")}).
     */
    public static Axes fitEqualAspect(Canvas c, Rectangle2D region, double[] xlim, double[] ylim, Ticks xticks,
                                      Ticks yticks, String title, String xlabel, String ylabel, double reserveRight) {
        Axes fitted = fit(c, region, xlim, ylim, xticks, yticks, title, xlabel, ylabel, reserveRight);
        Rectangle2D.Double b = fitted.box();
        double xs = Math.abs(xlim[1] - xlim[0]);
        double ys = Math.abs(ylim[1] - ylim[0]);
        double scale = Math.min(b.width / xs, b.height / ys);
        // Re-fit in a region narrowed so that the box comes out with the equal-aspect size.
        double dx = (b.width - scale * xs) / 2;
        double dy = (b.height - scale * ys) / 2;
        Rectangle2D.Double narrowed = new Rectangle2D.Double(region.getX() + dx, region.getY() + dy,
                region.getWidth() - 2 * dx, region.getHeight() - 2 * dy);
        return fit(c, narrowed, xlim, ylim, xticks, yticks, title, xlabel, ylabel, reserveRight);
    }

    /** Axes exactly on {@code box} with no decorations of their own (panels that draw their own). */
    public static Axes bare(Rectangle2D.Double box, double[] xlim, double[] ylim) {
        return new Axes(box, xlim, ylim, new Ticks(new double[0], new String[0]),
                new Ticks(new double[0], new String[0]), "", "", "");
    }

    private static double widest(Graphics2D g, Font font, Ticks t) {
        double w = 0;
        for (String s : t.labels()) {
            w = Math.max(w, Text.width(g, font, s));
        }
        return w;
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The plot box in pixels. */
    public Rectangle2D.Double box() {
        return (Rectangle2D.Double) box.clone();
    }

    /** The x limits. */
    public double[] xlim() {
        return new double[] {x0, x1};
    }

    /** The y limits. */
    public double[] ylim() {
        return new double[] {y0, y1};
    }

    /** Pixel column of data x. */
    public double px(double x) {
        return box.x + (x - x0) / (x1 - x0) * box.width;
    }

    /** Pixel row of data y (rows grow downwards). */
    public double py(double y) {
        return box.y + box.height - (y - y0) / (y1 - y0) * box.height;
    }

    /** Data x at pixel column {@code u}. */
    public double dataX(double u) {
        return x0 + (u - box.x) / box.width * (x1 - x0);
    }

    /** Data y at pixel row {@code v}. */
    public double dataY(double v) {
        return y0 + (box.y + box.height - v) / box.height * (y1 - y0);
    }

    /** A polyline through the points, broken where a coordinate is NaN (as matplotlib does). */
    public Path2D.Double line(double[] x, double[] y, int n) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                pen = false;
                continue;
            }
            double u = px(x[i]);
            double v = py(y[i]);
            if (pen) {
                p.lineTo(u, v);
            } else {
                p.moveTo(u, v);
                pen = true;
            }
        }
        return p;
    }

    /** Draws {@code shape} in {@code color} with a line {@code widthPt} points wide, clipped to the box. */
    public void stroke(Canvas c, Shape shape, Color color, double widthPt) {
        Graphics2D g = c.g();
        Shape clip = g.getClip();
        g.clip(box);
        g.setColor(color);
        g.setStroke(new BasicStroke(c.px(widthPt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setClip(clip);
    }

    /** Grid lines at the ticks (light grey, under the data). */
    public void paintGrid(Canvas c) {
        Graphics2D g = c.g();
        g.setColor(new Color(0xb0b0b0));
        g.setStroke(new BasicStroke(c.px(0.8f)));
        for (double v : xticks.values()) {
            double u = px(v);
            g.draw(new Line2D.Double(u, box.y, u, box.y + box.height));
        }
        for (double v : yticks.values()) {
            double w = py(v);
            g.draw(new Line2D.Double(box.x, w, box.x + box.width, w));
        }
    }

    /** The frame lines (left and bottom only when {@code despine}). */
    public void paintFrame(Canvas c, boolean despine) {
        Graphics2D g = c.g();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(c.px(0.8f)));
        double l = box.x;
        double r = box.x + box.width;
        double t = box.y;
        double b = box.y + box.height;
        g.draw(new Line2D.Double(l, t, l, b));
        g.draw(new Line2D.Double(l, b, r, b));
        if (!despine) {
            g.draw(new Line2D.Double(l, t, r, t));
            g.draw(new Line2D.Double(r, t, r, b));
        }
    }

    /** The frame, ticks, tick labels, axis labels and title; {@code despine} leaves out the top and right lines. */
    public void paint(Canvas c, boolean despine) {
        paintFrame(c, despine);
        Graphics2D g = c.g();
        double l = box.x;
        double r = box.x + box.width;
        double t = box.y;
        double b = box.y + box.height;
        double tickLen = c.px(3.5);
        double pad = c.px(4);
        Font tickFont = c.font(LABEL_PT, false);
        g.setFont(tickFont);
        double tickH = Text.height(g, tickFont);
        double yLabelW = 0;
        for (int i = 0; i < xticks.values().length; i++) {
            double u = px(xticks.values()[i]);
            if (u < l - 0.5 || u > r + 0.5) {
                continue;
            }
            g.draw(new Line2D.Double(u, b, u, b + tickLen));
            Text.draw(g, xticks.labels()[i], u, b + tickLen + pad, 0.5, 0);
        }
        for (int i = 0; i < yticks.values().length; i++) {
            double w = py(yticks.values()[i]);
            if (w < t - 0.5 || w > b + 0.5) {
                continue;
            }
            g.draw(new Line2D.Double(l - tickLen, w, l, w));
            Text.draw(g, yticks.labels()[i], l - tickLen - pad, w, 1, 0.5);
            yLabelW = Math.max(yLabelW, Text.width(g, tickFont, yticks.labels()[i]));
        }
        g.setFont(c.font(LABEL_PT, false));
        if (!xlabel.isEmpty()) {
            double y = b + tickLen + pad + (xticks.values().length > 0 ? tickH + pad : 0);
            Text.draw(g, xlabel, box.getCenterX(), y, 0.5, 0);
        }
        if (!ylabel.isEmpty()) {
            double lh = Text.height(g, g.getFont());
            double x = l - tickLen - pad - (yticks.values().length > 0 ? yLabelW + pad : 0) - lh / 2;
            Text.drawVertical(g, ylabel, x, box.getCenterY());
        }
        if (!title.isEmpty()) {
            g.setFont(c.font(TITLE_PT, false));
            Text.draw(g, title, box.getCenterX(), t - c.px(6), 0.5, 1);
        }
    }
}
