package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.render.Axes;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.ColorBar;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Colors;
import org.jcanns.plot.render.PolarAxes;
import org.jcanns.plot.render.ScatterIndex;
import org.jcanns.plot.render.Text;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code create_theta_sweep_animation}, defined on plain arrays: four panels per frame — the trajectory
 * with the current position, the direction cells on polar axes with the heading, the grid-cell activity on the
 * twisted-torus manifold, and that activity tiled over real space — every {@code n_step}-th step.
 *
 * <p>Grid-cell geometry as canns' {@code GridCellNetwork}: value grid {@code linspace(−π, π, n+1)[:-1]} squared
 * (or given), twisted by {@code M⁻¹ = [[1, ½], [0, √3/2]]}; real-space tiles at the candidate centres
 * {@code M⁻¹·((i−16)Λ, (j−16)Λ)}, i, j in [15, 32), Λ = 2π/mapping_ratio; a 3-cell border of the (n, n) activity
 * is left blank. Scatters are rasterised once ({@link ScatterIndex}), so a frame costs about a pixel copy.
 */
public final class ThetaSweepAnimation implements FrameSource {
    private static final String FIGURE = "theta sweep animation";
    private static final Color TRAJECTORY = new Color(0xF18D00);
    private static final Color DIRECTION = new Color(0x009FB9);
    private static final int EDGE = 3;
    private static final double SQRT3 = Math.sqrt(3);

    /**
     * The arrays: positions (T, 2) in metres, head direction (T) or (T, 1) in radians, direction-cell activity
     * (T, Ndc), grid-cell activity (T, n·n), and optionally the untwisted value grid (n·n, 2).
     */
    public record Data(Tensor position, Tensor direction, Tensor dcActivity, Tensor gcActivity, Tensor valueGrid) {
    }

    private final PlotConfig config;
    private final Data data;
    private final int frames;
    private final int nStep;
    private final int side;
    private final int cells;
    private final int dcCells;
    private final double envSize;
    private final double vmax;
    private final double maxDc;
    private final double[] directionBins;
    private final double[] twistedX;
    private final double[] twistedY;
    private final double[] phaseX;
    private final double[] phaseY;
    private final boolean[] border;
    private final Colormap map;
    private final double alpha;
    private final Layout layout;

    private ThetaSweepAnimation(Data data, PlotConfig config) {
        this.config = config;
        this.data = data;
        int steps = check(data);
        this.nStep = config.integer("n_step");
        this.frames = (steps + nStep - 1) / nStep;
        this.cells = data.gcActivity().dim(1);
        this.side = (int) Math.round(Math.sqrt(cells));
        this.dcCells = data.dcActivity().dim(1);
        this.envSize = config.real("env_size");
        this.map = Colormap.named(config.text("cmap"));
        this.alpha = config.real("alpha");
        border = new boolean[cells];
        for (int k = 0; k < cells; k++) {
            int row = k / side;
            int col = k % side;
            border[k] = side > 2 * EDGE && (row < EDGE || row >= side - EDGE || col < EDGE || col >= side - EDGE);
        }
        double top = Double.NEGATIVE_INFINITY;
        double topDc = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < frames; f++) {
            long base = (long) f * nStep * cells;
            for (int k = 0; k < cells; k++) {
                float v = data.gcActivity().get(base + k);
                if (!border[k] && Float.isFinite(v)) {
                    top = Math.max(top, v);
                }
            }
            for (int k = 0; k < dcCells; k++) {
                topDc = Math.max(topDc, data.dcActivity().get(f * nStep, k));
            }
        }
        this.vmax = Double.isFinite(top) ? top : 1;
        this.maxDc = Double.isFinite(topDc) ? topDc : 1;
        directionBins = new double[dcCells];
        for (int k = 0; k < dcCells; k++) {
            directionBins[k] = -Math.PI + 2 * Math.PI * k / dcCells;
        }
        twistedX = new double[cells];
        twistedY = new double[cells];
        double[] bins = org.jcanns.core.geometry.Linspace.of(-Math.PI, Math.PI, side + 1, true);
        for (int k = 0; k < cells; k++) {
            double gx = data.valueGrid() != null ? data.valueGrid().get(k, 0) : bins[k % side];
            double gy = data.valueGrid() != null ? data.valueGrid().get(k, 1) : bins[k / side];
            twistedX[k] = gx + 0.5 * gy;
            twistedY[k] = SQRT3 / 2 * gy;
        }
        double ratio = config.real("mapping_ratio");
        phaseX = new double[frames];
        phaseY = new double[frames];
        for (int f = 0; f < frames; f++) {
            // position2phase: q = M·(ratio·p) + π, wrapped to [−π, π); then twisted by M⁻¹.
            double px = ratio * data.position().get(f * nStep, 0);
            double py = ratio * data.position().get(f * nStep, 1);
            double qx = wrap(px - py / SQRT3 + Math.PI);
            double qy = wrap(2 / SQRT3 * py + Math.PI);
            phaseX[f] = qx + 0.5 * qy;
            phaseY[f] = SQRT3 / 2 * qy;
        }
        this.layout = new Layout();
    }

    private static double wrap(double q) {
        double m = q % (2 * Math.PI);
        if (m < 0) {
            m += 2 * Math.PI;
        }
        return m - Math.PI;
    }

    /** The frames of the animation of {@code data}. */
    public static ThetaSweepAnimation of(Data data, PlotConfig config) {
        return new ThetaSweepAnimation(data, config);
    }

    /** Renders the animation into an animated GIF. */
    public static Path animate(Data data, PlotConfig config, Path out, int threads, ProgressListener progress)
            throws IOException {
        return GifAnimation.write(out, of(data, config), config.fps(), config.repeat(), threads, progress);
    }

    private static int check(Data d) {
        Series.requireRank(d.position(), 2, FIGURE, "position", "(T, 2) positions");
        int steps = d.position().dim(0);
        if (d.position().dim(1) != 2) {
            throw new IllegalArgumentException(FIGURE + ": position must be (T, 2), got "
                    + Arrays.toString(d.position().shape()));
        }
        if (d.direction() == null || d.direction().size() != steps
                || d.direction().rank() > 2 || d.direction().dim(0) != steps) {
            throw new IllegalArgumentException(FIGURE + ": direction must be (T) or (T, 1) with T = " + steps
                    + ", got " + (d.direction() == null ? "none" : Arrays.toString(d.direction().shape())));
        }
        Series.requireRank(d.dcActivity(), 2, FIGURE, "dc_activity", "(T, Ndc)");
        Series.requireRank(d.gcActivity(), 2, FIGURE, "gc_activity", "(T, n*n)");
        for (Tensor t : new Tensor[] {d.dcActivity(), d.gcActivity()}) {
            if (t.dim(0) != steps) {
                throw new IllegalArgumentException(FIGURE + ": the arrays differ in frame count: position has "
                        + steps + ", an activity array has " + t.dim(0));
            }
        }
        int cells = d.gcActivity().dim(1);
        int n = (int) Math.round(Math.sqrt(cells));
        if (n * n != cells) {
            throw new IllegalArgumentException(FIGURE + ": gc_activity must have n*n columns (an n x n sheet), got "
                    + cells);
        }
        if (d.valueGrid() != null && (d.valueGrid().rank() != 2 || d.valueGrid().dim(0) != cells
                || d.valueGrid().dim(1) != 2)) {
            throw new IllegalArgumentException(FIGURE + ": gc_value_grid must be (" + cells + ", 2), got "
                    + Arrays.toString(d.valueGrid().shape()));
        }
        return steps;
    }

    @Override
    public int frames() {
        return frames;
    }

    /** The axes of the trajectory panel (metres to pixels). */
    public Axes trajectoryAxes() {
        return layout.trajectory;
    }

    /** The axes of the real-space panel (metres to pixels). */
    public Axes realSpaceAxes() {
        return layout.real;
    }

    /** The largest grid-cell activity shown (the top of the colour range; the bottom is 0). */
    public double vmax() {
        return vmax;
    }

    @Override
    public int width() {
        return layout.width;
    }

    @Override
    public int height() {
        return layout.height;
    }

    @Override
    public int[] requiredColors() {
        int[] table = map.table();
        int[] out = new int[table.length / 2 + 8];
        for (int i = 0; i < table.length / 2; i++) {
            out[i] = Colors.blend(table[2 * i + 1], 0xffffff, alpha);
        }
        int k = table.length / 2;
        out[k++] = 0xffffff;
        out[k++] = 0x000000;
        out[k++] = TRAJECTORY.getRGB() & 0xffffff;
        out[k++] = DIRECTION.getRGB() & 0xffffff;
        out[k++] = config.color("current_marker_color").getRGB() & 0xffffff;
        out[k++] = config.color("trajectory_color").getRGB() & 0xffffff;
        out[k++] = config.color("trajectory_outline").getRGB() & 0xffffff;
        out[k] = 0xb0b0b0;
        return out;
    }

    @Override
    public Renderer renderer() {
        return new FrameRenderer();
    }

    /** The real-space tiles that reach into the environment, each a shifted copy of the twisted grid. */
    private ScatterIndex.Points realPoints() {
        double ratio = config.real("mapping_ratio");
        double lambda = 2 * Math.PI / ratio;
        double halfW = 1.5 * Math.PI / ratio + 1e-9;
        double halfH = SQRT3 / 2 * Math.PI / ratio + 1e-9;
        java.util.List<double[]> tiles = new java.util.ArrayList<>();
        for (int i = 15; i < 32; i++) {
            for (int j = 15; j < 32; j++) {
                double ax = (i - 16) * lambda;
                double ay = (j - 16) * lambda;
                double cx = ax + 0.5 * ay;
                double cy = SQRT3 / 2 * ay;
                if (cx + halfW >= 0 && cx - halfW <= envSize && cy + halfH >= 0 && cy - halfH <= envSize) {
                    tiles.add(new double[] {cx, cy});
                }
            }
        }
        return new ScatterIndex.Points() {
            @Override
            public int count() {
                return tiles.size() * cells;
            }

            @Override
            public double x(int i) {
                return twistedX[i % cells] / ratio + tiles.get(i / cells)[0];
            }

            @Override
            public double y(int i) {
                return twistedY[i % cells] / ratio + tiles.get(i / cells)[1];
            }

            @Override
            public int value(int i) {
                return border[i % cells] ? -1 : i % cells;
            }
        };
    }

    /** Where the four panels sit; computed once and shared by every renderer. */
    private final class Layout {
        final int width;
        final int height;
        final Axes trajectory;
        final PolarAxes polar;
        final Axes manifold;
        final Axes real;
        final double[] slotX = new double[4];
        final double slotW;
        final double titleY;
        /** The rasterised scatters, shared by every renderer (immutable once built). */
        final ScatterIndex manifoldScatter;
        final ScatterIndex realScatter;

        Layout() {
            try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
                width = c.width();
                height = c.height();
                // canns: subplots_adjust(left=0.05, right=0.98, top=0.9, bottom=0.1, wspace=0.35).
                double left = 0.05 * width;
                double usable = 0.93 * width;
                slotW = usable / (4 + 3 * 0.35);
                for (int k = 0; k < 4; k++) {
                    slotX[k] = left + k * slotW * 1.35;
                }
                double top = 0.1 * height;
                double slotH = 0.8 * height;
                titleY = top - c.px(6);
                double sq = Math.min(slotW, slotH);
                double y = top + (slotH - sq) / 2;
                trajectory = Axes.bare(new Rectangle2D.Double(slotX[0] + (slotW - sq) / 2, y, sq, sq),
                        new double[] {0, envSize}, new double[] {0, envSize});
                double room = PolarAxes.labelRoom(c);
                double r = sq / 2 - room;
                polar = new PolarAxes(slotX[1] + slotW / 2, y + sq / 2, r, maxDc * 1.2);
                // Manifold: the twisted grid's extent plus 5 %, equal aspect, room for the colour bar.
                double xlo = Double.POSITIVE_INFINITY;
                double xhi = Double.NEGATIVE_INFINITY;
                double ylo = Double.POSITIVE_INFINITY;
                double yhi = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < cells; k++) {
                    xlo = Math.min(xlo, twistedX[k]);
                    xhi = Math.max(xhi, twistedX[k]);
                    ylo = Math.min(ylo, twistedY[k]);
                    yhi = Math.max(yhi, twistedY[k]);
                }
                double[] mx = Series.margin(xlo, xhi, 0.05);
                double[] my = Series.margin(ylo, yhi, 0.05);
                double mw = slotW * (1 - 0.046 - 0.04);
                double mh = mw * (my[1] - my[0]) / (mx[1] - mx[0]);
                if (mh > slotH) {
                    mw *= slotH / mh;
                    mh = slotH;
                }
                manifold = Axes.bare(new Rectangle2D.Double(slotX[2], top + (slotH - mh) / 2, mw, mh), mx, my);
                real = Axes.bare(new Rectangle2D.Double(slotX[3] + (slotW - sq) / 2, y, sq, sq),
                        new double[] {0, envSize}, new double[] {0, envSize});
                manifoldScatter = new ScatterIndex(c, manifold, ScatterIndex.Points.of(twistedX, twistedY,
                        i -> border[i] ? -1 : i), cells, c.px(Math.sqrt(4) / 2));
                realScatter = new ScatterIndex(c, real, realPoints(), cells, c.px(Math.sqrt(8) / 2));
            }
        }
    }

    /** One thread's canvas, pre-drawn background and rasterised scatters. */
    private final class FrameRenderer implements Renderer {
        private final Canvas c;
        private final int[] background;
        private final int[] colours = new int[cells];
        private final Path2D.Double realTrajectory;
        private final Path2D.Double manifoldTrajectory;
        private final Color marker = config.color("current_marker_color");

        FrameRenderer() {
            Layout l = layout;
            c = Canvas.ofInches(config.figsize(), config.dpi());
            paintBackground(l);
            background = c.pixels().clone();
            double[] xs = new double[frames];
            double[] ys = new double[frames];
            for (int f = 0; f < frames; f++) {
                xs[f] = data.position().get(f * nStep, 0);
                ys[f] = data.position().get(f * nStep, 1);
            }
            realTrajectory = l.real.line(xs, ys, frames);
            double[] mx = phaseX.clone();
            double[] my = phaseY.clone();
            for (int f = 1; f < frames; f++) {
                if (Math.abs(phaseX[f] - phaseX[f - 1]) > Math.PI || Math.abs(phaseY[f] - phaseY[f - 1]) > Math.PI) {
                    mx[f] = Double.NaN;
                    my[f] = Double.NaN;
                }
            }
            manifoldTrajectory = l.manifold.line(mx, my, frames);
        }

        private void paintBackground(Layout l) {
            // Panel 1: trajectory, ticks at 0 and env_size, top and right spines removed.
            Axes t = l.trajectory;
            double[] xs = new double[frames];
            double[] ys = new double[frames];
            for (int f = 0; f < frames; f++) {
                xs[f] = data.position().get(f * nStep, 0);
                ys[f] = data.position().get(f * nStep, 1);
            }
            t.stroke(c, t.line(xs, ys, frames), TRAJECTORY, 1);
            paintTicks(t);
            // Panel 2: polar frame and title.
            l.polar.paint(c);
            title("Direction Sweep", l.slotX[1] + l.slotW / 2, l);
            // Panel 3: colour bar and title (axis off).
            Rectangle2D.Double m = l.manifold.box();
            ColorBar.paint(c, new Rectangle2D.Double(m.x + m.width + 0.04 * l.slotW, m.y, 0.046 * l.slotW, m.height),
                    map, 0, vmax, "");
            title("GC Sweep on Manifold", m.getCenterX(), l);
            // Panel 4: frame and title.
            l.real.paintFrame(c, false);
            title("GC Sweep in Real Space", l.real.box().getCenterX(), l);
        }

        /** Ticks of panel 1 drawn on the panel's own box (its box is fixed by the layout, not fitted). */
        private void paintTicks(Axes panel) {
            Graphics2D g = c.g();
            Rectangle2D.Double b = panel.box();
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(c.px(0.8f)));
            g.draw(new Line2D.Double(b.x, b.y, b.x, b.y + b.height));
            g.draw(new Line2D.Double(b.x, b.y + b.height, b.x + b.width, b.y + b.height));
            g.setFont(c.font(Axes.LABEL_PT, false));
            double tick = c.px(3.5);
            double pad = c.px(3);
            String label = num(envSize);
            for (double v : new double[] {0, envSize}) {
                String s = v == 0 ? "0" : label;
                double u = panel.px(v);
                g.draw(new Line2D.Double(u, b.y + b.height, u, b.y + b.height + tick));
                Text.draw(g, s, u, b.y + b.height + tick + pad, 0.5, 0);
                double w = panel.py(v);
                g.draw(new Line2D.Double(b.x - tick, w, b.x, w));
                Text.draw(g, s, b.x - tick - pad, w, 1, 0.5);
            }
        }

        private void title(String s, double cx, Layout l) {
            Graphics2D g = c.g();
            g.setColor(Color.BLACK);
            g.setFont(c.font(Axes.TITLE_PT, false));
            Text.draw(g, s, cx, l.titleY, 0.5, 1);
        }

        @Override
        public int[] render(int f) {
            Layout l = layout;
            int[] px = c.pixels();
            System.arraycopy(background, 0, px, 0, px.length);
            Graphics2D g = c.g();
            int step = f * nStep;
            double x = data.position().get(step, 0);
            double y = data.position().get(step, 1);
            // Panel 1: current position and the time in the title.
            dot(l.trajectory.px(x), l.trajectory.py(y), 5, marker);
            title(String.format(Locale.ROOT, "Animal Trajectory (t=%.2fs)", step * config.real("dt")),
                    l.slotX[0] + l.slotW / 2, l);
            // Panel 2: direction-cell activity and the heading.
            double[] act = new double[dcCells];
            for (int k = 0; k < dcCells; k++) {
                act[k] = data.dcActivity().get(step, k);
            }
            g.setColor(DIRECTION);
            g.setStroke(new BasicStroke(c.px(1.5f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(l.polar.curve(directionBins, act, dcCells));
            double hd = data.direction().get(step);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(c.px(2f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(l.polar.px(hd, 0), l.polar.py(hd, 0), l.polar.px(hd, maxDc),
                    l.polar.py(hd, maxDc)));
            // Panel 3: activity on the manifold, the trajectory in phase space, the current phase.
            long base = (long) step * cells;
            Tensor gc = data.gcActivity();
            l.manifoldScatter.paint(c, gc::get, base, map, 0, vmax, alpha, colours);
            l.manifold.stroke(c, manifoldTrajectory, config.color("trajectory_outline"), 2.4);
            l.manifold.stroke(c, manifoldTrajectory, config.color("trajectory_color"), 1.2);
            dot(l.manifold.px(phaseX[f]), l.manifold.py(phaseY[f]), 5, marker);
            // Panel 4: activity tiled over the arena, the trajectory, the position.
            l.realScatter.paint(c, gc::get, base, map, 0, vmax, alpha, colours);
            l.real.stroke(c, realTrajectory, new Color(Colors.blend(TRAJECTORY.getRGB(), 0xffffff, 0.8)), 1);
            dot(l.real.px(x), l.real.py(y), 6, marker);
            l.real.paintFrame(c, false);
            return px;
        }

        private void dot(double u, double v, double sizePt, Color color) {
            double r = c.px(sizePt) / 2;
            c.g().setColor(color);
            c.g().fill(new Ellipse2D.Double(u - r, v - r, 2 * r, 2 * r));
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
