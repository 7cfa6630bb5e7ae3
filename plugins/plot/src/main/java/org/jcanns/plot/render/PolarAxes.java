package org.jcanns.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** Polar axes as matplotlib draws them: angle 0 to the right, counter-clockwise, radius from 0 to {@code rmax}. */
public final class PolarAxes {
    private final double cx;
    private final double cy;
    private final double radius;
    private final double rmax;

    /** Axes centred at (cx, cy) pixels with outer radius {@code radius} pixels showing radii up to {@code rmax}. */
    public PolarAxes(double cx, double cy, double radius, double rmax) {
        this.cx = cx;
        this.cy = cy;
        this.radius = radius;
        this.rmax = rmax > 0 ? rmax : 1;
    }

    /** Pixel x of (theta, r). */
    public double px(double theta, double r) {
        return cx + Math.cos(theta) * r / rmax * radius;
    }

    /** Pixel y of (theta, r). */
    public double py(double theta, double r) {
        return cy - Math.sin(theta) * r / rmax * radius;
    }

    /** The outer circle, light spokes and labels 0°, 90°, 180°, 270°. */
    public void paint(Canvas c) {
        Graphics2D g = c.g();
        g.setColor(new Color(0xb0b0b0));
        g.setStroke(new BasicStroke(c.px(0.8f)));
        for (int k = 0; k < 4; k++) {
            double a = k * Math.PI / 2;
            g.draw(new Line2D.Double(cx, cy, px(a, rmax), py(a, rmax)));
        }
        g.setColor(Color.BLACK);
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.setFont(c.font(Axes.LABEL_PT, false));
        double off = radius + c.px(5);
        String[] labels = {"0°", "90°", "180°", "270°"};
        double[][] align = {{0, 0.5}, {0.5, 1}, {1, 0.5}, {0.5, 0}};
        for (int k = 0; k < 4; k++) {
            double a = k * Math.PI / 2;
            Text.draw(g, labels[k], cx + Math.cos(a) * off, cy - Math.sin(a) * off, align[k][0], align[k][1]);
        }
    }

    /** The curve through (theta[i], r[i]) clipped at {@code rmax}. */
    public Path2D.Double curve(double[] theta, double[] r, int n) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        for (int i = 0; i < n; i++) {
            double v = Math.min(r[i], rmax);
            if (i == 0) {
                p.moveTo(px(theta[i], v), py(theta[i], v));
            } else {
                p.lineTo(px(theta[i], v), py(theta[i], v));
            }
        }
        return p;
    }

    /** Room (pixels) the angle labels need outside the circle. */
    public static double labelRoom(Canvas c) {
        return c.px(5) + Text.width(c.g(), c.font(Axes.LABEL_PT, false), "270°");
    }
}
