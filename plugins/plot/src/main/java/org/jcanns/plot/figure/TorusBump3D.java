package org.jcanns.plot.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.render.Canvas;
import org.jcanns.plot.render.Colormap;
import org.jcanns.plot.render.Text;
import org.jcanns.plot.render.View3D;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code plot_3d_bump_on_torus} (§4.12): the activity map of each window ({@link TorusMaps}) painted on a
 * torus of radii r1, r2 ({@code x = (r1 + r2 cos X) cos Y}, {@code y = (r1 + r2 cos X) sin Y}, {@code z = −r2 sin X},
 * X shifted by π/5), each face in viridis scaled by the frame's maximum, seen from elevation −125°, azimuth 135°
 * with z in [−2, 2] and the axes hidden; faces are sorted by depth and painted back to front (the painter's
 * algorithm, as matplotlib's 3-D collections). "Frame i/n" in a white box; frames streamed into a GIF.
 */
public final class TorusBump3D {
    private static final String FIGURE = "3D bump on torus";
    private static final double ELEV = -125;
    private static final double AZIM = 135;

    private TorusBump3D() {
    }

    /** The frames' maps of decoded {@code coords} (K, 2) at bins {@code times} (K) with {@code activity} (T). */
    public static List<TorusMaps.Frame> maps(Tensor coords, Tensor times, Tensor activity, PlotConfig config) {
        Series.requireRank(coords, 2, FIGURE, "coords", "(K, 2) decoded angles");
        if (coords.dim(1) != 2) {
            throw new IllegalArgumentException(FIGURE + ": coords must be (K, 2), got " + Arrays.toString(
                    coords.shape()));
        }
        int k = coords.dim(0);
        if (times.size() != k) {
            throw new IllegalArgumentException(FIGURE + ": times must have one bin per row of coords (" + k + "), got "
                    + times.size());
        }
        double[] c = Series.doubles(coords);
        int[] t = new int[k];
        for (int i = 0; i < k; i++) {
            t[i] = (int) times.get(i);
        }
        return TorusMaps.frames(c, t, Series.doubles(activity), config.integer("numangsint"),
                config.integer("window_size"), config.integer("frame_step"), config.integer("n_frames"));
    }

    /** Renders the GIF of the bump on the torus into {@code out}. */
    public static Path animate(Tensor coords, Tensor times, Tensor activity, PlotConfig config, Path out, int threads,
                               ProgressListener progress) throws IOException {
        return GifAnimation.write(out, animation(maps(coords, times, activity, config), config), config.fps(),
                config.repeat(), threads, progress);
    }

    /** The frames of {@code frames}' maps on the torus. */
    public static FrameSource animation(List<TorusMaps.Frame> frames, PlotConfig config) {
        int bins = frames.get(0).bins();
        double r1 = config.real("r1");
        double r2 = config.real("r2");
        // Vertices on the bin edges: X along columns, Y along rows (numpy's meshgrid(x_edge, y_edge)).
        double[] edges = org.jcanns.core.geometry.Linspace.of(0, 2 * Math.PI, bins + 1, true);
        int nv = bins + 1;
        double[][] vx = new double[nv][nv];
        double[][] vy = new double[nv][nv];
        double[][] vz = new double[nv][nv];
        double extent = 0;
        for (int i = 0; i < nv; i++) {
            for (int j = 0; j < nv; j++) {
                double x = (edges[j] + Math.PI / 5) % (2 * Math.PI);
                double y = edges[i];
                vx[i][j] = (r1 + r2 * Math.cos(x)) * Math.cos(y);
                vy[i][j] = (r1 + r2 * Math.cos(x)) * Math.sin(y);
                vz[i][j] = -r2 * Math.sin(x);
                extent = Math.max(extent, Math.max(Math.abs(vx[i][j]), Math.abs(vy[i][j])));
            }
        }
        double[] lim = {-extent * 1.05, extent * 1.05};
        Colormap viridis = Colormap.named("viridis");
        return Figures.frames(config, frames.size(), Figures.colormapAndInk(viridis), () -> {
            Canvas c = Canvas.ofInches(config.figsize(), config.dpi());
            // matplotlib's default subplot box: 12.5%-90% of the width, 11%-88% of the height.
            Rectangle2D.Double box = new Rectangle2D.Double(0.125 * c.width(), 0.12 * c.height(),
                    0.775 * c.width(), 0.77 * c.height());
            View3D view = new View3D(ELEV, AZIM, lim, lim, new double[] {-2, 2}).fit(box, 1.0);
            int faces = bins * bins;
            Path2D.Double[] polygons = new Path2D.Double[faces];
            double[] depth = new double[faces];
            for (int r = 0; r < bins; r++) {
                for (int q = 0; q < bins; q++) {
                    Path2D.Double p = new Path2D.Double();
                    double d = 0;
                    int[][] corners = {{r, q}, {r, q + 1}, {r + 1, q + 1}, {r + 1, q}};
                    for (int k = 0; k < 4; k++) {
                        double[] s = view.project(vx[corners[k][0]][corners[k][1]],
                                vy[corners[k][0]][corners[k][1]], vz[corners[k][0]][corners[k][1]]);
                        if (k == 0) {
                            p.moveTo(s[0], s[1]);
                        } else {
                            p.lineTo(s[0], s[1]);
                        }
                        d += s[2] / 4;
                    }
                    p.closePath();
                    polygons[r * bins + q] = p;
                    depth[r * bins + q] = d;
                }
            }
            Integer[] order = new Integer[faces];
            for (int i = 0; i < faces; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(depth[b], depth[a]));
            BasicStroke seam = new BasicStroke(c.px(0.7), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            return f -> {
                Graphics2D g = c.g();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, c.width(), c.height());
                double[] m = frames.get(f).map();
                double max = Double.NEGATIVE_INFINITY;
                for (double v : m) {
                    max = Math.max(max, v);
                }
                g.setStroke(seam);
                for (int i : order) {
                    g.setColor(new Color(viridis.rgb(m[i] / (max + 1e-9))));
                    g.fill(polygons[i]);
                    g.draw(polygons[i]);
                }
                g.setColor(Color.BLACK);
                g.setFont(c.font(14, false));
                Text.draw(g, config.title(), c.width() / 2.0, c.px(10), 0.5, 0);
                String label = "Frame: " + (f + 1) + "/" + frames.size();
                g.setFont(c.font(12, false));
                double tw = Text.width(g, g.getFont(), label);
                double th = Text.height(g, g.getFont());
                double x = box.x + 0.05 * box.width;
                double y = box.y + 0.05 * box.height;
                g.setColor(new Color(255, 255, 255, 178));
                g.fill(new RoundRectangle2D.Double(x - c.px(4), y - c.px(3), tw + c.px(8), th + c.px(6), 0, 0));
                g.setColor(Color.BLACK);
                Text.draw(g, label, x, y, 0, 0);
                return c.pixels();
            };
        });
    }
}
