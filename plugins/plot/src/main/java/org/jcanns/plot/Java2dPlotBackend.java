package org.jcanns.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcanns.plot.figure.BumpAnimation1D;
import org.jcanns.plot.figure.DirectionPolarPlot;
import org.jcanns.plot.figure.EnergyLandscape1D;
import org.jcanns.plot.figure.EnergyLandscape2D;
import org.jcanns.plot.figure.FiringRatePlot;
import org.jcanns.plot.figure.GeodesicDistancePlot;
import org.jcanns.plot.figure.GridManifoldPlot;
import org.jcanns.plot.figure.Projection3D;
import org.jcanns.plot.figure.RasterPlot;
import org.jcanns.plot.figure.ThetaPopulationPlot;
import org.jcanns.plot.figure.ThetaSweepAnimation;
import org.jcanns.plot.figure.TorusBump3D;
import org.jcanns.plot.figure.TrajectoryAnalysisPlot;
import org.jcanns.plot.figure.TrajectoryPlot;
import org.jcanns.plot.figure.TuningCurvePlot;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.FigureArray;
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

    private record Figure(String preset, boolean animated, List<FigureArray> arrays, Drawing drawing) {
        /** The arrays as one line, for error messages and listings. */
        String data() {
            return String.join(", ", arrays.stream().map(FigureArray::toString).toList());
        }
    }

    private static FigureArray array(String name, String doc, String... dims) {
        return FigureArray.of(name, doc, dims);
    }

    private static final Map<String, Figure> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("energy-1d", new Figure("energy_landscape_1d_static", false,
                List.of(array("x", "neuron positions", "N"), array(FigureArray.ANY_NAME, "one labelled data set", "N")),
                (d, c, out, th, p) -> EnergyLandscape1D.plot(dataSets(d, "energy-1d"), c, out)));
        FIGURES.put("energy-1d-animation", new Figure("energy_landscape_1d_animation", true,
                List.of(array("x", "neuron positions", "N"),
                        array(FigureArray.ANY_NAME, "one labelled data set per step", "T", "N")),
                (d, c, out, th, p) -> EnergyLandscape1D.animate(dataSets(d, "energy-1d-animation"), c, out, th, p)));
        FIGURES.put("energy-2d", new Figure("energy_landscape_2d_static", false,
                List.of(array(FigureArray.ANY_NAME, "the one state to draw", "Y", "X")),
                (d, c, out, th, p) -> EnergyLandscape2D.plot(only(d, "energy-2d"), c, out)));
        FIGURES.put("energy-2d-animation", new Figure("energy_landscape_2d_animation", true,
                List.of(array(FigureArray.ANY_NAME, "the one state to draw, per step", "T", "Y", "X")),
                (d, c, out, th, p) -> EnergyLandscape2D.animate(only(d, "energy-2d-animation"), c, out, th, p)));
        FIGURES.put("raster", new Figure("raster_plot", false,
                List.of(array("spikes", "non-zero = spike", "T", "N")),
                (d, c, out, th, p) -> RasterPlot.plot(need(d, "raster", "spikes"), c, out)));
        FIGURES.put("firing-rate", new Figure("average_firing_rate_plot", false,
                List.of(array("spikes", "non-zero = spike", "T", "N"),
                        array("weights", "per-neuron weights for mode weighted_average", "N").optional()),
                (d, c, out, th, p) -> FiringRatePlot.plot(need(d, "firing-rate", "spikes"),
                        d.containsKey("weights") ? toDoubles(d.get("weights")) : null, c, out)));
        FIGURES.put("tuning", new Figure("tuning_curve", false,
                List.of(array("stimulus", "the stimulus at each step", "T"), array("rates", "firing rates", "T", "N"),
                        array("pref_stim", "each neuron's preferred stimulus", "N").optional()),
                (d, c, out, th, p) -> TuningCurvePlot.plot(need(d, "tuning", "stimulus"), need(d, "tuning", "rates"),
                        d.get("pref_stim"), c, out)));
        FIGURES.put("theta-population", new Figure("theta_population_activity_static", false,
                List.of(array("time", "time of each step", "T"), array("theta_phase", "theta phase (rad)", "T"),
                        array("activity", "population activity", "T", "N"), array("direction", "heading (rad)", "T")),
                (d, c, out, th, p) -> ThetaPopulationPlot.plot(need(d, "theta-population", "time"),
                        need(d, "theta-population", "theta_phase"), need(d, "theta-population", "activity"),
                        need(d, "theta-population", "direction"), c, out)));
        FIGURES.put("direction-polar", new Figure("direction_cell_polar", false,
                List.of(array("direction_bins", "preferred direction of each cell (rad)", "N"),
                        array("activity", "activity of each cell", "N"), array("true_direction", "heading (rad)", "1")),
                (d, c, out, th, p) -> DirectionPolarPlot.plot(need(d, "direction-polar", "direction_bins"),
                        need(d, "direction-polar", "activity"), need(d, "direction-polar", "true_direction").get(0),
                        c, out)));
        FIGURES.put("grid-manifold", new Figure("grid_cell_manifold_static", false,
                List.of(array("points", "positions on the manifold", "N", "2"),
                        array("activity", "activity at each point", "N")),
                (d, c, out, th, p) -> GridManifoldPlot.plot(need(d, "grid-manifold", "points"),
                        need(d, "grid-manifold", "activity"), c, out)));
        FIGURES.put("theta-sweep", new Figure("theta_sweep_animation", true,
                List.of(array("position", "animal position", "T", "2"), array("direction", "heading (rad)", "T"),
                        array("dc_activity", "direction-cell activity", "T", "Ndc"),
                        array("gc_activity", "grid-cell activity on the n×n sheet", "T", "n*n"),
                        array("gc_value_grid", "sheet coordinates of the grid cells", "n*n", "2").optional()),
                (d, c, out, th, p) -> ThetaSweepAnimation.animate(new ThetaSweepAnimation.Data(
                        need(d, "theta-sweep", "position"), need(d, "theta-sweep", "direction"),
                        need(d, "theta-sweep", "dc_activity"), need(d, "theta-sweep", "gc_activity"),
                        d.get("gc_value_grid")), c, out, th, p)));
        FIGURES.put("bump-1d-animation", new Figure("cann1d_bump_animation", true,
                List.of(array("fits", "bump_fits' rows [t, pos, ampli, kappa]", "F", "4")),
                (d, c, out, th, p) -> BumpAnimation1D.animate(need(d, "bump-1d-animation", "fits"), c, out, th, p)));
        FIGURES.put("projection-3d", new Figure("projection_3d", false,
                List.of(array("points", "reduced data, the first three columns drawn", "M", "3")),
                (d, c, out, th, p) -> Projection3D.plot(need(d, "projection-3d", "points"), c, out)));
        FIGURES.put("projection-3d-animation", new Figure("projection_3d_animation", true,
                List.of(array("points", "reduced data, the first three columns drawn", "M", "3")),
                (d, c, out, th, p) -> Projection3D.animate(need(d, "projection-3d-animation", "points"), c, out, th,
                        p)));
        FIGURES.put("torus-bump", new Figure("torus_animation", true,
                List.of(array("coords", "decoded angles (decoding's coordsbox)", "K", "2"),
                        array("times", "bin of each decoded row (times_box)", "K"),
                        array("activity", "population activity of every speed-filtered bin (unsmoothed)", "T")),
                (d, c, out, th, p) -> TorusBump3D.animate(need(d, "torus-bump", "coords"),
                        need(d, "torus-bump", "times"), need(d, "torus-bump", "activity"), c, out, th, p)));
    }

    static {
        List<FigureArray> environment = List.of(array("extent", "min x, max x, min y, max y", "4"),
                array("boundary", "polygon corners", "B", "2").optional(),
                array("walls", "wall segments x0, y0, x1, y1", "W", "4").optional(),
                array("holes", "hole number, x, y of each hole corner", "H", "3").optional());
        List<FigureArray> trajectory = new ArrayList<>(List.of(array("position", "agent position", "T", "2"),
                array("time", "time of each position (s)", "T")));
        trajectory.addAll(environment);
        trajectory.addAll(List.of(array("blocked", "cost-grid cells blocked (non-zero)", "R", "C").optional(),
                array("x_edges", "cost-grid column edges", "C+1").optional(),
                array("y_edges", "cost-grid row edges", "R+1").optional()));
        FIGURES.put("trajectory", new Figure("navigation_trajectory", false, List.copyOf(trajectory),
                (d, c, out, th, p) -> TrajectoryPlot.plot(d, c, out)));
        List<FigureArray> analysis = new ArrayList<>(List.of(array("position", "agent position", "T", "2"),
                array("time", "time of each position (s)", "T"), array("speed", "speed", "T"),
                array("hd_angle", "head direction (rad)", "T")));
        analysis.addAll(environment);
        FIGURES.put("trajectory-analysis", new Figure("trajectory_analysis", false, List.copyOf(analysis),
                (d, c, out, th, p) -> TrajectoryAnalysisPlot.plot(d, c, out)));
        FIGURES.put("geodesic-distances", new Figure("geodesic_distance_matrix", false,
                List.of(array("distances", "geodesic distance between free cells", "A", "A")),
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
    public List<FigureArray> arrays(String figure) {
        return figure(figure).arrays();
    }

    @Override
    public String format(String figure) {
        return figure(figure).animated() ? "gif" : "png";
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
