package org.jcanns.plot.figure;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jcanns.plot.FrameSampling;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.ColorBar;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Heatmap;
import org.jcanns.plot.render.TitleBand;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.ProgressListener;

/**
 * canns' {@code energy_landscape_2d_static} and {@code energy_landscape_2d_animation}: a heat map of a (Y, X) array
 * with row 0 at the bottom ({@code origin="lower"}), a colour bar labelled {@code clabel}; the animation keeps
 * the colour range of all frames fixed.
 */
public final class EnergyLandscape2D {
    private static final String FIGURE = "energy landscape 2D";

    private EnergyLandscape2D() {
    }

    /** Draws {@code z} (Y, X) and writes a PNG. */
    public static Path plot(Tensor z, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(z, config), config.dpi(), out);
    }

    /** Draws {@code z} (Y, X). */
    public static BufferedImage draw(Tensor z, PlotConfig config) {
        Series.requireRank(z, 2, FIGURE, "z", "(Y, X)");
        double[] r = Series.range(z, FIGURE, "z");
        Scene s = new Scene(z.dim(0), z.dim(1), r, config, false);
        try (Canvas c = s.newCanvas()) {
            s.paintStatic(c);
            s.heatmap.paint(c, (row, col) -> z.get(row, col), s.map, r[0], r[1]);
            s.axes.paintFrame(c, false);
            return c.image();
        }
    }

    /** Renders {@code zs} (T, Y, X) into an animated GIF. */
    public static Path animate(Tensor zs, PlotConfig config, Path out, int threads, ProgressListener progress)
            throws IOException {
        return GifAnimation.write(out, animation(zs, config), config.fps(), config.repeat(), threads, progress);
    }

    /** The frames of the animation of {@code zs} (T, Y, X). */
    public static FrameSource animation(Tensor zs, PlotConfig config) {
        Series.requireRank(zs, 3, FIGURE, "zs", "(T, Y, X)");
        int[] indices = FrameSampling.indices(zs.dim(0), config.timeStepsPerSecond(), config.fps());
        double[] r = Series.range(zs, FIGURE, "zs");
        Scene s = new Scene(zs.dim(1), zs.dim(2), r, config, true);
        int rows = zs.dim(1);
        int cols = zs.dim(2);
        return new FrameSource() {
            @Override
            public int frames() {
                return indices.length;
            }

            @Override
            public int width() {
                return s.width;
            }

            @Override
            public int height() {
                return s.height;
            }

            @Override
            public int[] requiredColors() {
                return Figures.colormapAndInk(s.map);
            }

            @Override
            public Renderer renderer() {
                Canvas c = s.newCanvas();
                s.paintStatic(c);
                int[] background = c.pixels().clone();
                return index -> {
                    int[] px = c.pixels();
                    System.arraycopy(background, 0, px, 0, px.length);
                    long base = (long) indices[index] * rows * cols;
                    s.heatmap.paint(c, (row, col) -> zs.get(base + (long) row * cols + col), s.map, r[0], r[1]);
                    s.axes.paintFrame(c, false);
                    s.band.paintTime(c, String.format(Locale.ROOT, "Time: %.2f s",
                            indices[index] / config.timeStepsPerSecond()), Color.WHITE);
                    return px;
                };
            }
        };
    }

    /** Layout shared by the static plot and the frames. */
    private static final class Scene {
        final PlotConfig config;
        final Colormap map;
        final Axes axes;
        final TitleBand band;
        final Heatmap heatmap;
        final double[] range;
        final int width;
        final int height;

        Scene(int rows, int cols, double[] range, PlotConfig config, boolean timed) {
            this.config = config;
            this.range = range;
            this.map = Colormap.named(config.text("cmap"));
            double[] xlim = {-0.5, cols - 0.5};
            double[] ylim = {-0.5, rows - 0.5};
            try (Canvas c = newCanvas()) {
                width = c.width();
                height = c.height();
                double reserve = ColorBar.reserve(c, range[0], range[1], config.clabel());
                if (timed) {
                    band = TitleBand.fit(c, config.title(), "Time: 0000.00 s", region -> Axes.fit(c, region, xlim,
                            ylim, null, null, "", config.xlabel(), config.ylabel(), reserve));
                    axes = band.axes();
                } else {
                    band = null;
                    axes = Axes.fit(c, new Rectangle2D.Double(0, 0, width, height), xlim, ylim, null, null,
                            config.title(), config.xlabel(), config.ylabel(), reserve);
                }
            }
            heatmap = new Heatmap(axes, rows, cols, xlim, ylim);
        }

        Canvas newCanvas() {
            return Canvas.ofInches(config.figsize(), config.dpi());
        }

        void paintStatic(Canvas c) {
            axes.paint(c, false);
            ColorBar.paint(c, axes, map, range[0], range[1], config.clabel());
            if (band != null) {
                band.paintTitle(c);
            }
        }
    }
}
