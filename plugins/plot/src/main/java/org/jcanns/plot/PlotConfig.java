package org.jcanns.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.plot.render.Colors;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/**
 * The settings of one figure: canns' {@code PlotConfig} fields (title, labels, figsize, grid, fps,
 * time_steps_per_second, repeat, show_progress_bar, show_legend, color, clabel) plus what canns passes through
 * {@code kwargs} or function arguments (cmap, alpha, mode, num_bins, dpi, ...), validated against the preset's
 * {@link ParameterSpec}. Immutable; {@link #with} returns a copy where the given values override the preset's.
 */
public final class PlotConfig {
    private final String preset;
    private final Params params;

    PlotConfig(String preset, Params params) {
        this.preset = preset;
        this.params = params;
    }

    /** A config of {@code preset} from already validated parameters (as the plot backend receives them). */
    public static PlotConfig of(String preset, Params params) {
        ParameterSpec spec = PlotConfigs.spec(preset);
        if (!params.spec().owner().equals(spec.owner())) {
            throw new IllegalArgumentException("options were validated for " + params.spec().owner() + ", not for "
                    + spec.owner());
        }
        return new PlotConfig(preset, params);
    }

    /** The preset this config started from (canns' {@code PlotConfigs} method name). */
    public String preset() {
        return preset;
    }

    /** All values, validated. */
    public Params params() {
        return params;
    }

    /** This config with {@code values} (typed) overriding the current ones. */
    public PlotConfig with(Map<String, ?> values) {
        Map<String, Object> merged = new LinkedHashMap<>(params.asMap());
        values.forEach((k, v) -> merged.put(params.spec().get(k).name(), v));
        return new PlotConfig(preset, params.spec().of(merged));
    }

    /** This config with {@code name} set to {@code value}. */
    public PlotConfig with(String name, Object value) {
        return new PlotConfig(preset, params.with(name, value));
    }

    /** This config with text values (as given on a command line) overriding the current ones. */
    public PlotConfig parse(Map<String, String> text) {
        Map<String, Object> typed = new LinkedHashMap<>();
        text.forEach((k, v) -> typed.put(k, params.spec().get(k).parse(params.spec().owner(), v)));
        return with(typed);
    }

    /** Whether the preset has a field called {@code name}. */
    public boolean has(String name) {
        return params.spec().list().stream().anyMatch(p -> p.name().equals(name));
    }

    /** The figure title. */
    public String title() {
        return text("title");
    }

    /** The x-axis label. */
    public String xlabel() {
        return text("xlabel");
    }

    /** The y-axis label. */
    public String ylabel() {
        return text("ylabel");
    }

    /** Width and height in inches. */
    public double[] figsize() {
        double[] f = params.getDoubles("figsize");
        if (f.length != 2 || !(f[0] > 0) || !(f[1] > 0)) {
            throw new ParameterException("figsize", "parameter 'figsize' of " + params.spec().owner()
                    + ": expected two numbers > 0 (width,height in inches), got " + java.util.Arrays.toString(f));
        }
        return f;
    }

    /** Dots per inch of the output. */
    public double dpi() {
        return real("dpi");
    }

    /** Whether grid lines are drawn. */
    public boolean grid() {
        return flag("grid");
    }

    /** Whether the legend is drawn. */
    public boolean showLegend() {
        return flag("show_legend");
    }

    /** Frames per second of an animation. */
    public double fps() {
        return real("fps");
    }

    /** Simulation steps per second of simulated time (animations). */
    public double timeStepsPerSecond() {
        return real("time_steps_per_second");
    }

    /** Whether an animation loops forever (else it plays once). */
    public boolean repeat() {
        return flag("repeat");
    }

    /** The colour-bar label. */
    public String clabel() {
        return text("clabel");
    }

    /** A text or choice field. */
    public String text(String name) {
        return params.getString(name);
    }

    /** A real field. */
    public double real(String name) {
        return params.getDouble(name);
    }

    /** An integer field. */
    public int integer(String name) {
        return params.getInt(name);
    }

    /** A boolean field. */
    public boolean flag(String name) {
        return params.getBoolean(name);
    }

    /** An integer-list field. */
    public int[] ints(String name) {
        return params.getInts(name);
    }

    /** A colour field, parsed as matplotlib reads colours. */
    public Color color(String name) {
        return Colors.parse(text(name), "parameter '" + name + "' of " + params.spec().owner());
    }

    @Override
    public String toString() {
        return preset + params;
    }
}
