package org.jcanns.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;

/**
 * The presets of canns' {@code PlotConfigs}, by canns' names ({@code energy_landscape_1d_animation}, ...), each a
 * {@link ParameterSpec} whose defaults are the preset's values. Values given by the user override them.
 *
 * <p>Static presets save at 300 dpi (canns' {@code savefig(dpi=300)}); animations at 100 dpi (matplotlib's figure
 * dpi, which canns' PillowWriter uses), the theta sweep at 150 ({@code output_dpi}).
 */
public final class PlotConfigs {
    private static final Map<String, Supplier<List<Param>>> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put("energy_landscape_1d_static", () -> base("1D Energy Landscape",
                "Collective Variable / State", "Energy", 10, 6, 300));
        PRESETS.put("energy_landscape_1d_animation", () -> animation(base("Evolving 1D Energy Landscape",
                "Collective Variable / State", "Energy", 10, 6, 100), 1000.0, 30));
        PRESETS.put("energy_landscape_2d_static", () -> with(base("2D Static Landscape", "X-Index", "Y-Index", 8, 7,
                300), cmap("viridis")));
        PRESETS.put("energy_landscape_2d_animation", () -> with(animation(base("Evolving 2D Landscape", "X-Index",
                "Y-Index", 8, 7, 100), 1000.0, 30), cmap("viridis")));
        PRESETS.put("raster_plot", () -> with(base("Raster Plot", "Time Step", "Neuron Index", 12, 6, 300),
                Param.choice("mode", "block", List.of("block", "scatter"), "block image or one tick per spike"),
                Param.real("marker_size", 1.0, "tick size in scatter mode (points)").positive()));
        PRESETS.put("average_firing_rate_plot", () -> with(base("Average Firing Rate", "", "", 12, 5, 300),
                Param.choice("mode", "per_neuron", List.of("per_neuron", "population", "weighted_average"),
                        "rate per neuron (Hz), population rate over time, or weighted mean of the spiking neurons"),
                Param.real("dt", null, "time step of the spike train (s)").positive()));
        PRESETS.put("tuning_curve", () -> with(base("Tuning Curve", "Stimulus Value", "Average Firing Rate", 10, 6,
                300), Param.integer("num_bins", 50, "stimulus bins").atLeast(1),
                Param.ints("neuron_indices", null, "neurons to draw, comma-separated").atLeast(0)));
        PRESETS.put("theta_population_activity_static", () -> with(base("Population Activity with Theta",
                "Time (s)", "Direction (°)", 12, 4, 300), cmap("jet"),
                Param.bool("add_lines", true, "dashed lines where the theta phase is 0"),
                Param.real("atol", 1e-2, "tolerance for a zero theta phase").atLeast(0)));
        PRESETS.put("direction_cell_polar", () -> base("Direction Cell Activity", "", "", 6, 6, 300));
        PRESETS.put("grid_cell_manifold_static", () -> with(base("Grid Cell Activity on Manifold", "", "", 8, 6,
                300), cmap("jet"), Param.bool("add_colorbar", true, "draw a colour bar"),
                Param.real("marker_size", 8.0, "marker area (points^2)").positive(),
                Param.real("alpha", 0.8, "marker opacity").atLeast(0).atMost(1)));
        PRESETS.put("navigation_trajectory", () -> with(base("", "", "", 3, 3, 100), cmap("viridis"),
                Param.real("point_size", 15.0, "marker area of the positions (points^2)").positive(),
                Param.text("free_color", "#f8f9fa", "colour of free cells of the cost grid"),
                Param.text("blocked_color", "#f94144", "colour of blocked cells of the cost grid"),
                Param.text("gridline_color", "#2b2d42", "colour of the cost grid's lines"),
                Param.real("cost_alpha", 0.6, "opacity of the cost grid").atLeast(0).atMost(1)));
        PRESETS.put("trajectory_analysis", () -> with(base("", "", "", 12, 3, 300),
                Param.integer("smooth_window", 50, "samples of the moving average (<= 1: no smoothing)")));
        PRESETS.put("geodesic_distance_matrix", () -> with(base("Geodesic distances", "Accessible cell index",
                "Accessible cell index", 4, 4, 100), cmap("viridis"),
                Param.bool("normalize", false, "divide by the largest finite distance"),
                Param.bool("colorbar", true, "draw a colour bar")));
        PRESETS.put("theta_sweep_animation", () -> {
            List<Param> p = animationOnly(base("", "", "", 12, 3, 150), 10);
            p.add(cmap("jet"));
            p.add(Param.real("alpha", 0.8, "opacity of the grid-cell markers").atLeast(0).atMost(1));
            p.add(Param.text("trajectory_color", "#FFFFFF", "colour of the manifold trajectory"));
            p.add(Param.text("trajectory_outline", "#1A1A1A", "outline of the manifold trajectory"));
            p.add(Param.text("current_marker_color", "#FF2D00", "colour of the current-position marker"));
            p.add(Param.integer("n_step", 10, "draw every n-th simulation step").atLeast(1));
            p.add(Param.real("dt", 0.001, "simulation time step (s), for the time in the title").positive());
            p.add(Param.real("env_size", null, "side of the square environment (m)").positive());
            p.add(Param.real("mapping_ratio", null, "grid-cell mapping ratio (spacing 2π/ratio)").positive());
            return p;
        });
        PRESETS.put("cann1d_bump_animation", () -> {
            List<Param> p = new ArrayList<>();
            p.add(Param.text("title", "1D CANN Bump Animation", "figure title"));
            p.add(Param.reals("figsize", new double[] {4, 4}, "width,height in inches"));
            p.add(Param.real("dpi", 100.0, "dots per inch of the output").positive().atMost(1200));
            p.add(Param.real("fps", 5.0, "frames per second").positive().atMost(100));
            p.add(Param.bool("repeat", false, "loop forever (else play once)"));
            p.add(Param.bool("show_progress_bar", true, "report progress of long work"));
            p.add(Param.real("max_height_value", 0.5, "largest bump height (radius units)").positive());
            p.add(Param.integer("max_width_range", 40, "largest bump width (points of the circle)").atLeast(2));
            p.add(Param.integer("npoints", 300, "points around the circle").atLeast(3));
            p.add(Param.integer("nframes", 0, "frames to draw: the first unique times (0: all)").atLeast(0));
            p.add(Param.choice("bump_selection", "strongest", List.of("strongest", "first"),
                    "which bump of a frame to draw: the largest amplitude or the first"));
            return p;
        });
        PRESETS.put("projection_3d", () -> with(base("3D Data Projection", "Component 1", "Component 2", 10, 8, 300),
                Param.text("zlabel", "Component 3", "z-axis label"),
                Param.real("elev", 30.0, "elevation of the views (degrees)"),
                Param.reals("azims", new double[] {-60, 30, 120, 210}, "azimuth of each panel (degrees)"),
                Param.real("marker_size", 1.0, "marker area (points^2)").positive(),
                Param.real("alpha", 0.5, "marker opacity").atLeast(0).atMost(1)));
        PRESETS.put("projection_3d_animation", () -> with(animationOnly(base("3D Data Projection", "Component 1",
                "Component 2", 6, 5, 100), 10), Param.text("zlabel", "Component 3", "z-axis label"),
                Param.real("elev", 30.0, "elevation of the view (degrees)"),
                Param.real("azim_start", -60.0, "azimuth of the first frame (degrees)"),
                Param.integer("frames", 36, "frames in one turn").atLeast(1),
                Param.real("marker_size", 1.0, "marker area (points^2)").positive(),
                Param.real("alpha", 0.5, "marker opacity").atLeast(0).atMost(1)));
        PRESETS.put("torus_animation", () -> {
            List<Param> p = new ArrayList<>();
            p.add(Param.text("title", "3D Bump on Torus", "figure title"));
            p.add(Param.reals("figsize", new double[] {8, 8}, "width,height in inches"));
            p.add(Param.real("dpi", 100.0, "dots per inch of the output").positive().atMost(1200));
            p.add(Param.real("fps", 5.0, "frames per second").positive().atMost(100));
            p.add(Param.bool("repeat", true, "loop forever (else play once)"));
            p.add(Param.bool("show_progress_bar", true, "report progress of long work"));
            p.add(Param.integer("numangsint", 51, "angle grid: numangsint - 2 bins per angle").atLeast(3));
            p.add(Param.real("r1", 1.5, "major radius").positive());
            p.add(Param.real("r2", 1.0, "minor radius").positive());
            p.add(Param.integer("window_size", 300, "decoded bins per frame").atLeast(1));
            p.add(Param.integer("frame_step", 5, "bins between frame starts").atLeast(1));
            p.add(Param.integer("n_frames", 20, "most frames").atLeast(1));
            return p;
        });
    }

    private PlotConfigs() {
    }

    private static List<Param> base(String title, String xlabel, String ylabel, double w, double h, double dpi) {
        List<Param> p = new ArrayList<>();
        p.add(Param.text("title", title, "figure title"));
        p.add(Param.text("xlabel", xlabel, "x-axis label"));
        p.add(Param.text("ylabel", ylabel, "y-axis label"));
        p.add(Param.reals("figsize", new double[] {w, h}, "width,height in inches"));
        p.add(Param.real("dpi", dpi, "dots per inch of the output").positive().atMost(1200));
        p.add(Param.bool("grid", false, "draw grid lines"));
        p.add(Param.bool("show_legend", true, "draw the legend"));
        p.add(Param.text("color", "black", "colour of single-colour marks (name, letter, C0-C9 or #RRGGBB)"));
        p.add(Param.text("clabel", "Value", "colour-bar label"));
        p.add(Param.bool("show_progress_bar", true, "report progress of long work"));
        return p;
    }

    private static List<Param> animation(List<Param> p, Double tsps, double fps) {
        p.add(Param.real("time_steps_per_second", tsps, "simulation steps per second of simulated time").positive());
        return animationOnly(p, fps);
    }

    private static List<Param> animationOnly(List<Param> p, double fps) {
        p.add(Param.real("fps", fps, "frames per second").positive().atMost(100));
        p.add(Param.bool("repeat", true, "loop forever (else play once)"));
        return p;
    }

    private static Param cmap(String name) {
        return Param.text("cmap", name, "colour map: jet, viridis, hot, gray, gray_r");
    }

    private static List<Param> with(List<Param> p, Param... more) {
        p.addAll(List.of(more));
        return p;
    }

    /** The preset names, in canns' order. */
    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    /** The fields of {@code preset} with its defaults, or an error listing the presets. */
    public static ParameterSpec spec(String preset) {
        Supplier<List<Param>> p = PRESETS.get(preset);
        if (p == null) {
            throw new IllegalArgumentException("unknown plot preset '" + preset + "'; available: "
                    + String.join(", ", PRESETS.keySet()));
        }
        return new ParameterSpec("plot preset '" + preset + "'", p.get());
    }

    /** The config of {@code preset} with {@code overrides} (typed values) replacing its defaults. */
    public static PlotConfig preset(String preset, Map<String, ?> overrides) {
        return new PlotConfig(preset, spec(preset).of(overrides));
    }

    /** canns' {@code energy_landscape_1d_static}. */
    public static PlotConfig energyLandscape1dStatic(Map<String, ?> overrides) {
        return preset("energy_landscape_1d_static", overrides);
    }

    /** canns' {@code energy_landscape_1d_animation} (time_steps_per_second 1000, fps 30 unless overridden). */
    public static PlotConfig energyLandscape1dAnimation(Map<String, ?> overrides) {
        return preset("energy_landscape_1d_animation", overrides);
    }

    /** canns' {@code energy_landscape_2d_static}. */
    public static PlotConfig energyLandscape2dStatic(Map<String, ?> overrides) {
        return preset("energy_landscape_2d_static", overrides);
    }

    /** canns' {@code energy_landscape_2d_animation}. */
    public static PlotConfig energyLandscape2dAnimation(Map<String, ?> overrides) {
        return preset("energy_landscape_2d_animation", overrides);
    }

    /** canns' {@code raster_plot} (mode block). */
    public static PlotConfig rasterPlot(Map<String, ?> overrides) {
        return preset("raster_plot", overrides);
    }

    /** canns' {@code average_firing_rate_plot} (mode per_neuron; dt is required). */
    public static PlotConfig averageFiringRatePlot(Map<String, ?> overrides) {
        return preset("average_firing_rate_plot", overrides);
    }

    /** canns' {@code tuning_curve} (50 bins; neuron_indices is required). */
    public static PlotConfig tuningCurve(Map<String, ?> overrides) {
        return preset("tuning_curve", overrides);
    }

    /** canns' {@code theta_population_activity_static}. */
    public static PlotConfig thetaPopulationActivityStatic(Map<String, ?> overrides) {
        return preset("theta_population_activity_static", overrides);
    }

    /** The defaults of canns' {@code plot_direction_cell_polar} (no preset in canns). */
    public static PlotConfig directionCellPolar(Map<String, ?> overrides) {
        return preset("direction_cell_polar", overrides);
    }

    /** canns' {@code grid_cell_manifold_static}. */
    public static PlotConfig gridCellManifoldStatic(Map<String, ?> overrides) {
        return preset("grid_cell_manifold_static", overrides);
    }

    /** canns' {@code CANN1DPlotConfig.for_bump_animation} (4x4 in, 5 fps, played once, 300 points). */
    public static PlotConfig cann1dBumpAnimation(Map<String, ?> overrides) {
        return preset("cann1d_bump_animation", overrides);
    }

    /** canns' {@code CANN2DPlotConfig.for_projection_3d} (10x8 in, 300 dpi), drawn as panels of several azimuths. */
    public static PlotConfig projection3d(Map<String, ?> overrides) {
        return preset("projection_3d", overrides);
    }

    /** canns' projection as a GIF turning once around (36 frames at 10 fps). */
    public static PlotConfig projection3dAnimation(Map<String, ?> overrides) {
        return preset("projection_3d_animation", overrides);
    }

    /** canns' {@code CANN2DPlotConfig.for_torus_animation} (8x8 in, 5 fps, 20 frames of 300 bins, step 5). */
    public static PlotConfig torusAnimation(Map<String, ?> overrides) {
        return preset("torus_animation", overrides);
    }

    /** canns' {@code theta_sweep_animation} (env_size and mapping_ratio are required). */
    public static PlotConfig thetaSweepAnimation(Map<String, ?> overrides) {
        return preset("theta_sweep_animation", overrides);
    }
}
