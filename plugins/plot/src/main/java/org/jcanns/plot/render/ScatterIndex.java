package org.jcanns.plot.render;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * A scatter of fixed points whose colours change per frame, rasterised once: for every pixel inside the axes
 * the value index of the last point (in drawing order) whose round marker covers it. A frame then costs one
 * colour per value and one store per covered pixel, however many points overlap (the real-space theta-sweep panel
 * tiles 10 000 points 289 times). Overlapping translucent markers are drawn as the topmost one over white, which
 * is what dense matplotlib scatters look like at alpha 0.8.
 */
public final class ScatterIndex {
    private final int[] pixel;
    private final int[] value;
    private final int values;

    /** Points to rasterise, in drawing order. */
    public interface Points {
        /** Number of points. */
        int count();

        /** Data x of point {@code i}. */
        double x(int i);

        /** Data y of point {@code i}. */
        double y(int i);

        /** The value index point {@code i} shows, or a negative number to leave it out. */
        int value(int i);

        /** Points at (x[i], y[i]) showing value {@code value(i)}. */
        static Points of(double[] x, double[] y, java.util.function.IntUnaryOperator value) {
            return new Points() {
                @Override
                public int count() {
                    return x.length;
                }

                @Override
                public double x(int i) {
                    return x[i];
                }

                @Override
                public double y(int i) {
                    return y[i];
                }

                @Override
                public int value(int i) {
                    return value.applyAsInt(i);
                }
            };
        }
    }

    /**
     * Rasterises markers of {@code radius} pixels at the points, in the data coordinates of {@code axes}, clipped
     * to its box; values are indices in [0, values).
     */
    public ScatterIndex(Canvas c, Axes axes, Points points, int values, double radius) {
        this.values = values;
        Rectangle2D.Double b = axes.box();
        int left = Math.max(0, (int) Math.ceil(b.x));
        int top = Math.max(0, (int) Math.ceil(b.y));
        int right = Math.min(c.width() - 1, (int) Math.floor(b.x + b.width - 1e-9));
        int bottom = Math.min(c.height() - 1, (int) Math.floor(b.y + b.height - 1e-9));
        int w = right - left + 1;
        int h = bottom - top + 1;
        int[] owner = new int[Math.max(0, w) * Math.max(0, h)];
        Arrays.fill(owner, -1);
        double r2 = radius * radius;
        int reach = (int) Math.ceil(radius);
        int n = points.count();
        for (int i = 0; i < n; i++) {
            int val = points.value(i);
            if (val < 0) {
                continue;
            }
            double u = axes.px(points.x(i)) - 0.5;
            double v = axes.py(points.y(i)) - 0.5;
            int cu = (int) Math.round(u);
            int cv = (int) Math.round(v);
            if (cu + reach < left || cu - reach > right || cv + reach < top || cv - reach > bottom) {
                continue;
            }
            for (int py = Math.max(top, cv - reach); py <= Math.min(bottom, cv + reach); py++) {
                double dy = py - v;
                for (int px = Math.max(left, cu - reach); px <= Math.min(right, cu + reach); px++) {
                    double dx = px - u;
                    if (dx * dx + dy * dy <= r2) {
                        owner[(py - top) * w + (px - left)] = val;
                    }
                }
            }
        }
        int covered = 0;
        for (int o : owner) {
            if (o >= 0) {
                covered++;
            }
        }
        pixel = new int[covered];
        value = new int[covered];
        int k = 0;
        for (int j = 0; j < owner.length; j++) {
            if (owner[j] >= 0) {
                pixel[k] = (top + j / w) * c.width() + left + j % w;
                value[k++] = owner[j];
            }
        }
    }

    /** Number of pixels some marker covers. */
    public int coveredPixels() {
        return pixel.length;
    }

    /**
     * Paints the markers with colours of {@code data[offset + v]} on [vmin, vmax], at opacity {@code alpha} over
     * white; NaN values are not drawn (as matplotlib's transparent "bad" colour).
     */
    public void paint(Canvas c, FloatSource data, long offset, Colormap map, double vmin, double vmax, double alpha,
                      int[] colourScratch) {
        int[] colour = colourScratch.length >= values ? colourScratch : new int[values];
        double scale = vmax > vmin ? 1 / (vmax - vmin) : 0;
        for (int v = 0; v < values; v++) {
            float f = data.get(offset + v);
            colour[v] = Float.isNaN(f) ? -1 : Colors.blend(map.rgb((f - vmin) * scale), 0xffffff, alpha);
        }
        int[] px = c.pixels();
        for (int k = 0; k < pixel.length; k++) {
            int col = colour[value[k]];
            if (col >= 0) {
                px[pixel[k]] = col;
            }
        }
    }

    /** Values by flat index (a tensor's {@code get}). */
    @FunctionalInterface
    public interface FloatSource {
        /** Element {@code i}. */
        float get(long i);
    }
}
