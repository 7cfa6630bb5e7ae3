package org.jcanns.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** A vertical colour bar with ticks and a label on its right. */
public final class ColorBar {
    private ColorBar() {
    }

    /** Room a colour bar with {@code label} and tick labels of {@code vmin..vmax} takes right of the axes. */
    public static double reserve(Canvas c, double vmin, double vmax, String label) {
        Graphics2D g = c.g();
        Font font = c.font(Axes.LABEL_PT, false);
        double w = 0;
        for (String s : Ticks.nice(vmin, vmax, 6).labels()) {
            w = Math.max(w, Text.width(g, font, s));
        }
        double labelW = label == null || label.isEmpty() ? 0 : Text.height(g, font) + c.px(4);
        return c.px(10) + c.px(12) + c.px(3.5) + c.px(4) + w + c.px(4) + labelW;
    }

    /** Draws the bar for [vmin, vmax] right of {@code axes}, as tall as the axes box. */
    public static void paint(Canvas c, Axes axes, Colormap map, double vmin, double vmax, String label) {
        Rectangle2D.Double a = axes.box();
        paint(c, new Rectangle2D.Double(a.x + a.width + c.px(10), a.y, c.px(12), a.height), map, vmin, vmax, label);
    }

    /** Draws the bar in {@code bar} for [vmin, vmax]. */
    public static void paint(Canvas c, Rectangle2D.Double bar, Colormap map, double vmin, double vmax, String label) {
        Graphics2D g = c.g();
        int top = (int) Math.round(bar.y);
        int bottom = (int) Math.round(bar.y + bar.height);
        int left = (int) Math.round(bar.x);
        int right = (int) Math.round(bar.x + bar.width);
        for (int y = top; y < bottom; y++) {
            double t = 1 - (y + 0.5 - top) / (bottom - top);
            g.setColor(new Color(map.rgb(t)));
            g.fillRect(left, y, right - left, 1);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(c.px(0.8f)));
        g.draw(new Rectangle2D.Double(left, top, right - left, bottom - top));
        Font font = c.font(Axes.LABEL_PT, false);
        g.setFont(font);
        double span = vmax > vmin ? vmax - vmin : 1;
        Ticks ticks = Ticks.nice(vmin, vmin + span, 6);
        double tickLen = c.px(3.5);
        double w = 0;
        for (int i = 0; i < ticks.values().length; i++) {
            double y = bottom - (ticks.values()[i] - vmin) / span * (bottom - top);
            g.draw(new Line2D.Double(right, y, right + tickLen, y));
            Text.draw(g, ticks.labels()[i], right + tickLen + c.px(4), y, 0, 0.5);
            w = Math.max(w, Text.width(g, font, ticks.labels()[i]));
        }
        if (label != null && !label.isEmpty()) {
            double x = right + tickLen + c.px(4) + w + c.px(4) + Text.height(g, font) / 2;
            Text.drawVertical(g, label, x, (top + bottom) / 2.0);
        }
    }
}
