package org.jcanns.plot.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * matplotlib's 3-D axes camera: data limits mapped onto a box of aspect (4, 4, 3), an eye at distance 10 from its
 * centre in the direction given by elevation and azimuth (the up vector flips beyond ±90° elevation, as
 * matplotlib's), perspective with focal length 1. Projected points are then fitted into a pixel rectangle so the
 * whole box shows at one scale. Depth grows away from the eye: draw the largest depth first.
 */
public final class View3D {
    private static final double[] ASPECT = aspect();
    private final double[] lo;
    private final double[] span;
    private final double[] eye;
    private final double[] u;
    private final double[] v;
    private final double[] w;
    private double scale = 1;
    private double cx;
    private double cy;
    private double ox;
    private double oy;

    /** A camera at {@code elevDeg}, {@code azimDeg} on the box [xlim] × [ylim] × [zlim]. */
    public View3D(double elevDeg, double azimDeg, double[] xlim, double[] ylim, double[] zlim) {
        lo = new double[] {xlim[0], ylim[0], zlim[0]};
        span = new double[] {nonZero(xlim[1] - xlim[0]), nonZero(ylim[1] - ylim[0]), nonZero(zlim[1] - zlim[0])};
        double e = Math.toRadians(elevDeg);
        double a = Math.toRadians(azimDeg);
        w = new double[] {Math.cos(e) * Math.cos(a), Math.cos(e) * Math.sin(a), Math.sin(e)};
        eye = new double[3];
        for (int i = 0; i < 3; i++) {
            eye[i] = ASPECT[i] / 2 + 10 * w[i];
        }
        double normalized = Math.IEEEremainder(elevDeg, 360);
        double[] up = {0, 0, Math.abs(normalized) > 90 ? -1 : 1};
        u = unit(cross(up, w));
        v = cross(w, u);
    }

    private static double[] aspect() {
        double[] a = {4, 4, 3};
        double norm = Math.sqrt(16 + 16 + 9);
        for (int i = 0; i < 3; i++) {
            a[i] *= 1.8294640721620434 / norm;
        }
        return a;
    }

    private static double nonZero(double d) {
        return d != 0 ? d : 1;
    }

    /** Fits the projected box into {@code r}, centred, at {@code fill} of the tighter dimension. */
    public View3D fit(Rectangle2D r, double fill) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int corner = 0; corner < 8; corner++) {
            double[] p = projectBox((corner & 1) * ASPECT[0], (corner >> 1 & 1) * ASPECT[1],
                    (corner >> 2 & 1) * ASPECT[2]);
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        scale = fill * Math.min(r.getWidth() / (maxX - minX), r.getHeight() / (maxY - minY));
        cx = (minX + maxX) / 2;
        cy = (minY + maxY) / 2;
        ox = r.getCenterX();
        oy = r.getCenterY();
        return this;
    }

    /** The pixel position of data point (x, y, z). */
    public Point2D.Double pixel(double x, double y, double z) {
        double[] p = project(x, y, z);
        return new Point2D.Double(p[0], p[1]);
    }

    /** {pixel x, pixel y, depth} of data point (x, y, z). */
    public double[] project(double x, double y, double z) {
        double[] p = projectBox((x - lo[0]) / span[0] * ASPECT[0], (y - lo[1]) / span[1] * ASPECT[1],
                (z - lo[2]) / span[2] * ASPECT[2]);
        return new double[] {ox + (p[0] - cx) * scale, oy - (p[1] - cy) * scale, p[2]};
    }

    private double[] projectBox(double bx, double by, double bz) {
        double rx = bx - eye[0];
        double ry = by - eye[1];
        double rz = bz - eye[2];
        double xv = u[0] * rx + u[1] * ry + u[2] * rz;
        double yv = v[0] * rx + v[1] * ry + v[2] * rz;
        double depth = -(w[0] * rx + w[1] * ry + w[2] * rz);
        return new double[] {xv / depth, yv / depth, depth};
    }

    /** The unit vector from the box centre to the eye, in data-box coordinates (for shading and pane choice). */
    public double[] towardsEye() {
        return w.clone();
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] unit(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
