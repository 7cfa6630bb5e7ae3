package org.jcanns.plot.render;

import java.awt.geom.Rectangle2D;

/**
 * An image of a rows x cols grid filling an axes box, as matplotlib's {@code imshow} with nearest-neighbour
 * sampling: the pixel-to-cell mapping is computed once, so a frame costs one lookup and one colour per pixel.
 */
public final class Heatmap {
    /** Values of the grid; NaN leaves the pixel as it is (matplotlib draws NaN transparent). */
    @FunctionalInterface
    public interface Grid {
        /** Value of cell ({@code row}, {@code col}). */
        double value(int row, int col);
    }

    private final int left;
    private final int top;
    private final int[] colOf;
    private final int[] rowOf;

    /**
     * A grid whose cell edges span {@code xExtent} (columns) and {@code yExtent} (rows, row 0 at
     * {@code yExtent[0]}) in the data coordinates of {@code axes}.
     */
    public Heatmap(Axes axes, int rows, int cols, double[] xExtent, double[] yExtent) {
        Rectangle2D.Double b = axes.box();
        left = (int) Math.ceil(b.x - 0.5);
        top = (int) Math.ceil(b.y - 0.5);
        int right = (int) Math.floor(b.x + b.width - 0.5);
        int bottom = (int) Math.floor(b.y + b.height - 0.5);
        colOf = new int[Math.max(0, right - left + 1)];
        rowOf = new int[Math.max(0, bottom - top + 1)];
        for (int i = 0; i < colOf.length; i++) {
            double x = axes.dataX(left + i + 0.5);
            colOf[i] = cell((x - xExtent[0]) / (xExtent[1] - xExtent[0]), cols);
        }
        for (int j = 0; j < rowOf.length; j++) {
            double y = axes.dataY(top + j + 0.5);
            rowOf[j] = cell((y - yExtent[0]) / (yExtent[1] - yExtent[0]), rows);
        }
    }

    private static int cell(double fraction, int n) {
        int k = (int) Math.floor(fraction * n);
        return k < 0 || k >= n ? -1 : k;
    }

    /** Fills the box with the colours of {@code grid} on [vmin, vmax] through {@code map}. */
    public void paint(Canvas c, Grid grid, Colormap map, double vmin, double vmax) {
        int[] px = c.pixels();
        int width = c.width();
        double scale = vmax > vmin ? 1 / (vmax - vmin) : 0;
        for (int j = 0; j < rowOf.length; j++) {
            int row = rowOf[j];
            if (row < 0 || top + j < 0 || top + j >= c.height()) {
                continue;
            }
            int base = (top + j) * width;
            for (int i = 0; i < colOf.length; i++) {
                int col = colOf[i];
                int x = left + i;
                if (col < 0 || x < 0 || x >= width) {
                    continue;
                }
                double v = grid.value(row, col);
                if (!Double.isNaN(v)) {
                    px[base + x] = map.rgb((v - vmin) * scale);
                }
            }
        }
    }
}
