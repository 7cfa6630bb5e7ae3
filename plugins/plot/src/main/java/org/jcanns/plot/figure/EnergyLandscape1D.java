package org.jcanns.plot.figure;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jcanns.plot.FrameSampling;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Colors;
import org.jcanns.plot.render.Legend;
import org.jcanns.plot.render.TitleBand;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code energy_landscape_1d_static} and {@code energy_landscape_1d_animation}: one line per labelled data
 * set on shared axes, with a legend; the animation fixes the y-limits to the range of all frames with a 10 % margin
 * and shows "Time: {step/tsps:.2f} s".
 */
public final class EnergyLandscape1D {
    private static final String FIGURE = "energy landscape 1D";
    /** Fill of the time label box: matplotlib's wheat at alpha 0.5 over white, made opaque for the palette. */
    private static final Color LABEL_BOX = new Color(Colors.blend(0xf5deb3, 0xffffff, 0.5));

    /** A labelled data set: positions x (N) and values y, (N) for a static plot or (T, N) for an animation. */
    public record DataSet(String label, Tensor x, Tensor y) {
    }

    private EnergyLandscape1D() {
    }

    /** Draws the static figure (each y of shape (N)) and writes it as PNG at the config's dpi. */
    public static Path plot(List<DataSet> sets, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(sets, config), config.dpi(), out);
    }

    /** Draws the static figure. */
    public static BufferedImage draw(List<DataSet> sets, PlotConfig config) {
        check(sets, 1);
        double[] r = yRange(sets);
        // matplotlib's automatic limits: 5 % of the span either side.
        Scene scene = new Scene(sets, config, Series.margin(r[0], r[1], 0.05), false);
        try (Canvas c = scene.newCanvas()) {
            scene.paintStatic(c);
            for (int k = 0; k < sets.size(); k++) {
                scene.paintCurve(c, k, sets.get(k).y(), 0);
            }
            scene.paintLegend(c);
            return c.image();
        }
    }

    /** Renders the animation (each y of shape (T, N)) into an animated GIF with {@code threads} threads. */
    public static Path animate(List<DataSet> sets, PlotConfig config, Path out, int threads,
                               ProgressListener progress) throws IOException {
        Animation a = animation(sets, config);
        return GifAnimation.write(out, a, config.fps(), config.repeat(), threads, progress);
    }

    /** The frames of the animation, for {@link GifAnimation} or for drawing single frames. */
    public static Animation animation(List<DataSet> sets, PlotConfig config) {
        check(sets, 2);
        int steps = sets.get(0).y().dim(0);
        for (DataSet s : sets) {
            if (s.y().dim(0) != steps) {
                throw new IllegalArgumentException(FIGURE + ": data sets differ in frame count: '"
                        + sets.get(0).label() + "' has " + steps + ", '" + s.label() + "' has " + s.y().dim(0));
            }
        }
        int[] indices = FrameSampling.indices(steps, config.timeStepsPerSecond(), config.fps());
        double[] r = yRange(sets);
        return new Animation(new Scene(sets, config, Series.margin(r[0], r[1], 0.1), true), indices);
    }

    /** Smallest and largest finite value over every data set and frame. */
    private static double[] yRange(List<DataSet> sets) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (DataSet s : sets) {
            double[] r = Series.range(s.y(), FIGURE, s.label());
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[1]);
        }
        return new double[] {lo, hi};
    }

    private static void check(List<DataSet> sets, int rank) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException(FIGURE + ": no data sets given");
        }
        for (DataSet s : sets) {
            Series.requireRank(s.x(), 1, FIGURE, "x of " + s.label(), "(N) positions");
            Series.requireRank(s.y(), rank, FIGURE, s.label(), rank == 1 ? "(N) for a static plot"
                    : "(T, N) for an animation");
            int n = s.y().dim(rank - 1);
            if (n != s.x().dim(0)) {
                throw new IllegalArgumentException(FIGURE + ": data set '" + s.label() + "' has " + n
                        + " values per frame but " + s.x().dim(0) + " positions");
            }
        }
    }

    /** The frames of an energy-landscape animation. */
    public static final class Animation implements FrameSource {
        private final Scene scene;
        private final int[] indices;

        private Animation(Scene scene, int[] indices) {
            this.scene = scene;
            this.indices = indices;
        }

        /** The simulation step each frame shows. */
        public int[] indices() {
            return indices.clone();
        }

        /** The axes every frame uses (data to pixel mapping). */
        public Axes axes() {
            return scene.axes;
        }

        @Override
        public int frames() {
            return indices.length;
        }

        @Override
        public int width() {
            return scene.width;
        }

        @Override
        public int height() {
            return scene.height;
        }

        @Override
        public int[] requiredColors() {
            int[] c = new int[scene.sets.size() + 3];
            for (int k = 0; k < scene.sets.size(); k++) {
                c[k] = Colors.cycle(k).getRGB();
            }
            c[c.length - 3] = 0xffffff;
            c[c.length - 2] = 0x000000;
            c[c.length - 1] = LABEL_BOX.getRGB();
            return c;
        }

        @Override
        public Renderer renderer() {
            Canvas c = scene.newCanvas();
            scene.paintStatic(c);
            int[] background = c.pixels().clone();
            return index -> {
                int[] px = c.pixels();
                System.arraycopy(background, 0, px, 0, px.length);
                int step = indices[index];
                for (int k = 0; k < scene.sets.size(); k++) {
                    scene.paintCurve(c, k, scene.sets.get(k).y(), step);
                }
                scene.paintLegend(c);
                scene.paintTime(c, step);
                return px;
            };
        }
    }

    /** Layout and drawing shared by the static figure and every frame. */
    private static final class Scene {
        final List<DataSet> sets;
        final PlotConfig config;
        final Axes axes;
        final int width;
        final int height;
        final Legend legend;
        final int corner;
        final TitleBand band;

        Scene(List<DataSet> sets, PlotConfig config, double[] ylim, boolean timed) {
            this.sets = List.copyOf(sets);
            this.config = config;
            double xlo = Double.POSITIVE_INFINITY;
            double xhi = Double.NEGATIVE_INFINITY;
            for (DataSet s : sets) {
                double[] r = Series.range(s.x(), FIGURE, "x of " + s.label());
                xlo = Math.min(xlo, r[0]);
                xhi = Math.max(xhi, r[1]);
            }
            try (Canvas c = newCanvas(config)) {
                this.width = c.width();
                this.height = c.height();
                double[] xlim = {xlo, xhi};
                if (timed) {
                    this.band = TitleBand.fit(c, config.title(), "Time: 0000.00 s", region -> Axes.fit(c, region,
                            xlim, ylim, null, null, "", config.xlabel(), config.ylabel(), 0));
                    this.axes = band.axes();
                } else {
                    this.band = null;
                    this.axes = Axes.fit(c, new Rectangle2D.Double(0, 0, c.width(), c.height()), xlim, ylim, null,
                            null, config.title(), config.xlabel(), config.ylabel(), 0);
                }
                List<Legend.Entry> entries = new ArrayList<>();
                for (int k = 0; k < sets.size(); k++) {
                    entries.add(new Legend.Entry(sets.get(k).label(), Colors.cycle(k), false));
                }
                this.legend = new Legend(c, entries);
                this.corner = pickCorner();
            }
        }

        private static Canvas newCanvas(PlotConfig config) {
            return Canvas.ofInches(config.figsize(), config.dpi());
        }

        Canvas newCanvas() {
            return newCanvas(config);
        }

        /** The legend corner covering the fewest points of up to 16 sampled frames. */
        private int pickCorner() {
            List<double[]> xs = new ArrayList<>();
            List<double[]> ys = new ArrayList<>();
            for (DataSet s : sets) {
                double[] x = Series.doubles(s.x());
                int rows = s.y().rank() == 1 ? 1 : s.y().dim(0);
                int every = Math.max(1, rows / 16);
                for (int t = 0; t < rows; t += every) {
                    Tensor row = s.y().rank() == 1 ? s.y() : s.y().slice(t);
                    xs.add(x);
                    ys.add(Series.doubles(row));
                }
            }
            return legend.bestCorner(axes, xs, ys);
        }

        void paintStatic(Canvas c) {
            if (config.grid()) {
                axes.paintGrid(c);
            }
            axes.paint(c, false);
            if (band != null) {
                band.paintTitle(c);
            }
        }

        void paintCurve(Canvas c, int k, Tensor y, int step) {
            Tensor x = sets.get(k).x();
            int n = x.dim(0);
            long base = y.rank() == 1 ? 0 : (long) step * n;
            Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                float v = y.get(base + i);
                if (!Float.isFinite(v)) {
                    pen = false;
                    continue;
                }
                double u = axes.px(x.get(i));
                double w = axes.py(v);
                if (pen) {
                    p.lineTo(u, w);
                } else {
                    p.moveTo(u, w);
                    pen = true;
                }
            }
            axes.stroke(c, p, Colors.cycle(k), 1.5);
        }

        void paintLegend(Canvas c) {
            if (config.showLegend()) {
                legend.paint(c, axes, corner);
            }
        }

        void paintTime(Canvas c, int step) {
            band.paintTime(c, String.format(Locale.ROOT, "Time: %.2f s", step / config.timeStepsPerSecond()), LABEL_BOX);
        }
    }
}
