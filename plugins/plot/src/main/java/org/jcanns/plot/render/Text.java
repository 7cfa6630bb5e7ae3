package org.jcanns.plot.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** Aligned, optionally rotated text; alignment fractions 0 = left/top, 0.5 = centre, 1 = right/bottom. */
public final class Text {
    private Text() {
    }

    /** Draws {@code s} with its box aligned at (x, y) by fractions {@code ha}, {@code va} of its width and height. */
    public static void draw(Graphics2D g, String s, double x, double y, double ha, double va) {
        if (s == null || s.isEmpty()) {
            return;
        }
        FontMetrics fm = g.getFontMetrics();
        double w = fm.getStringBounds(s, g).getWidth();
        double h = fm.getAscent() + fm.getDescent();
        g.drawString(s, (float) (x - ha * w), (float) (y - va * h + fm.getAscent()));
    }

    /** Draws {@code s} turned 90° counter-clockwise, centred at (x, y). */
    public static void drawVertical(Graphics2D g, String s, double x, double y) {
        if (s == null || s.isEmpty()) {
            return;
        }
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        draw(g, s, 0, 0, 0.5, 0.5);
        g.setTransform(saved);
    }

    /** Width of {@code s} in {@code font}, in pixels. */
    public static double width(Graphics2D g, Font font, String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Rectangle2D b = g.getFontMetrics(font).getStringBounds(s, g);
        return b.getWidth();
    }

    /** Line height (ascent + descent) of {@code font}, in pixels. */
    public static double height(Graphics2D g, Font font) {
        FontMetrics fm = g.getFontMetrics(font);
        return fm.getAscent() + fm.getDescent();
    }
}
