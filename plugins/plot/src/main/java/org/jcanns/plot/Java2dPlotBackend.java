package org.jcanns.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcanns.plot.figure.DirectionPolarPlot;
import org.jcanns.plot.figure.EnergyLandscape1D;
import org.jcanns.plot.figure.EnergyLandscape2D;
import org.jcanns.plot.figure.FiringRatePlot;
import org.jcanns.plot.figure.GeodesicDistancePlot;
import org.jcanns.plot.figure.GridManifoldPlot;
import org.jcanns.plot.figure.RasterPlot;
import org.jcanns.plot.figure.ThetaPopulationPlot;
import org.jcanns.plot.figure.ThetaSweepAnimation;
import org.jcanns.plot.figure.TrajectoryAnalysisPlot;
import org.jcanns.plot.figure.TrajectoryPlot;
import org.jcanns.plot.figure.TuningCurvePlot;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.PlotBackend;

/**
 * The standard backend: every figure of canns' analyzer drawn with Java2D, static ones as PNG, animations as GIF
 * rendered on {@code threads} threads. The data map names arrays as {@link #dataDoc} says; options are the
 * fields of the figure's preset ({@link PlotConfigs}).
 */
public final class Java2dPlotBackend implements PlotBackend {
    /** Draws one figure kind. */
    @FunctionalInterface
    private interface Drawing {
        Path draw(Map<String, Tensor> data, PlotConfig config, Path out, int threads, ProgressListener progress)
                throws IOException;
    }

    private record Figure(String preset, boolean animated, String data, Drawing drawing) {
    }

    private static final Map<String, Figure> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("energy-1d", new Figure("energy_landscape_1d_static", false,
                "x (N) and one (N) array per labelled data set",
                (d, c, out, th, p) -> EnergyLandscape1D.plot(dataSets(d, "energy-1d"), c, out)));
        FIGURES.put("energy-1d-animation", new Figure("energy_landscape_1d_animation", true,
                "x (N) and one (T, N) array per labelled data set",
                (d, c, out, th, p) -> EnergyLandscape1D.animate(dataSets(d, "energy-1d-animation"), c, out, th, p)));
        FIGURES.put("energy-2d", new Figure("energy_landscape_2d_static", false, "one (Y, X) array",
                (d, c, out, th, p) -> EnergyLandscape2D.plot(only(d, "energy-2d"), c, out)));
        FIGURES.put("energy-2d-animation", new Figure("energy_landscape_2d_animation", true, "one (T, Y, X) array",
                (d, c, out, th, p) -> EnergyLandscape2D.animate(only(d, "energy-2d-animation"), c, out, th, p)));
        FIGURES.put("raster", new Figure("raster_plot", false, "spikes (T, N), non-zero = spike",
                (d, c, out, th, p) -> RasterPlot.plot(need(d, "raster", "spikes"), c, out)));
        FIGURES.put("firing-rate", new Figure("average_firing_rate_plot", false,
                "spikes (T, N); weights (N) for mode weighted_average",
                (d, c, out, th, p) -> FiringRatePlot.plot(need(d, "firing-rate", "spikes"),
                        d.containsKey("weights") ? toDoubles(d.get("weights")) : null, c, out)));
        FIGURES.put("tuning", new Figure("tuning_curve", false,
                "stimulus (T), rates (T, N); optional pref_stim (N)",
                (d, c, out, th, p) -> TuningCurvePlot.plot(need(d, "tuning", "stimulus"), need(d, "tuning", "rates"),
                        d.get("pref_stim"), c, out)));
        FIGURES.put("theta-population", new Figure("theta_population_activity_static", false,
                "time (T), theta_phase (T), activity (T, N), direction (T)",
                (d, c, out, th, p) -> ThetaPopulationPlot.plot(need(d, "theta-population", "time"),
                        need(d, "theta-population", "theta_phase"), need(d, "theta-population", "activity"),
                        need(d, "theta-population", "direction"), c, out)));
        FIGURES.put("direction-polar", new Figure("direction_cell_polar", false,
                "direction_bins (N), activity (N), true_direction (1)",
                (d, c, out, th, p) -> DirectionPolarPlot.plot(need(d, "direction-polar", "direction_bins"),
                        need(d, "direction-polar", "activity"), need(d, "direction-polar", "true_direction").get(0),
                        c, out)));
        FIGURES.put("grid-manifold", new Figure("grid_cell_manifold_static", false,
                "points (N, 2), activity (N)",
                (d, c, out, th, p) -> GridManifoldPlot.plot(need(d, "grid-manifold", "points"),
                        need(d, "grid-manifold", "activity"), c, out)));
        FIGURES.put("theta-sweep", new Figure("theta_sweep_animation", true,
                "position (T, 2), direction (T), dc_activity (T, Ndc), gc_activity (T, n*n); optional "
                        + "gc_value_grid (n*n, 2)",
                (d, c, out, th, p) -> ThetaSweepAnimation.animate(new ThetaSweepAnimation.Data(
                        need(d, "theta-sweep", "position"), need(d, "theta-sweep", "direction"),
                        need(d, "theta-sweep", "dc_activity"), need(d, "theta-sweep", "gc_activity"),
                        d.get("gc_value_grid")), c, out, th, p)));
    }

    static {
        String environment = "extent (4: min x, max x, min y, max y); optional boundary (k, 2), walls (m, 4), holes "
                + "(K, 3: hole number, x, y)";
        FIGURES.put("trajectory", new Figure("navigation_trajectory", false, "position (T, 2), time (T), "
                + environment + "; optional cost grid blocked (rows, cols), x_edges (cols+1), y_edges (rows+1)",
                (d, c, out, th, p) -> TrajectoryPlot.plot(d, c, out)));
        FIGURES.put("trajectory-analysis", new Figure("trajectory_analysis", false,
                "position (T, 2), time (T), speed (T), hd_angle (T), " + environment,
                (d, c, out, th, p) -> TrajectoryAnalysisPlot.plot(d, c, out)));
        FIGURES.put("geodesic-distances", new Figure("geodesic_distance_matrix", false, "distances (A, A)",
                (d, c, out, th, p) -> GeodesicDistancePlot.plot(need(d, "geodesic-distances", "distances"), c, out)));
    }

    private final int threads;

    /** A backend rendering animation frames on {@code threads} threads. */
    public Java2dPlotBackend(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public List<String> figures() {
        return List.copyOf(FIGURES.keySet());
    }

    @Override
    public ParameterSpec options(String figure) {
        return PlotConfigs.spec(figure(figure).preset());
    }

    /** The preset (canns' name) behind {@code figure}. */
    public static String preset(String figure) {
        return figure(figure).preset();
    }

    /** Whether {@code figure} is an animation (GIF) rather than a still (PNG). */
    public static boolean animated(String figure) {
        return figure(figure).animated();
    }

    /** The arrays {@code figure} reads, by name and shape. */
    public static String dataDoc(String figure) {
        return figure(figure).data();
    }

    @Override
    public Path render(String figure, Map<String, Tensor> data, Params options, Path out, ProgressListener progress)
            throws IOException {
        Figure f = figure(figure);
        String ext = f.animated() ? ".gif" : ".png";
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)) {
            throw new IllegalArgumentException("figure '" + figure + "' writes " + ext.substring(1).toUpperCase(
                    Locale.ROOT) + ": give an output ending in " + ext + ", got " + out);
        }
        PlotConfig config = PlotConfig.of(f.preset(), options);
        ProgressListener p = config.flag("show_progress_bar") ? progress : ProgressListener.NONE;
        Path written = f.drawing().draw(data, config, out, threads, p);
        if (!f.animated()) {
            p.update(1, 1);
        }
        return written;
    }

    private static Figure figure(String name) {
        Figure f = FIGURES.get(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown figure '" + name + "'; available: "
                    + String.join(", ", FIGURES.keySet()));
        }
        return f;
    }

    private static Tensor need(Map<String, Tensor> data, String figure, String name) {
        Tensor t = data.get(name);
        if (t == null) {
            throw new IllegalArgumentException("figure '" + figure + "' needs an array '" + name + "' ("
                    + FIGURES.get(figure).data() + "); given: " + data.keySet());
        }
        return t;
    }

    private static Tensor only(Map<String, Tensor> data, String figure) {
        if (data.size() != 1) {
            throw new IllegalArgumentException("figure '" + figure + "' draws exactly one array ("
                    + FIGURES.get(figure).data() + "); given: " + data.keySet());
        }
        return data.values().iterator().next();
    }

    /** "x" gives the positions; every other array, in map order, is a data set labelled by its name. */
    private static List<EnergyLandscape1D.DataSet> dataSets(Map<String, Tensor> data, String figure) {
        Tensor x = need(data, figure, "x");
        List<EnergyLandscape1D.DataSet> sets = new ArrayList<>();
        data.forEach((name, t) -> {
            if (!name.equals("x")) {
                sets.add(new EnergyLandscape1D.DataSet(name, x, t));
            }
        });
        return sets;
    }

    private static double[] toDoubles(Tensor t) {
        double[] d = new double[Math.toIntExact(t.size())];
        for (int i = 0; i < d.length; i++) {
            d[i] = t.get(i);
        }
        return d;
    }
}
