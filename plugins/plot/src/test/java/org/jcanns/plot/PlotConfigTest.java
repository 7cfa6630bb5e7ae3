package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jcanns.spi.param.ParameterException;
import org.junit.jupiter.api.Test;

/** canns' PlotConfigs presets (reference §4.1) and user values overriding them. */
class PlotConfigTest {
    private static void preset(String name, String title, String xlabel, String ylabel, double w, double h) {
        // dt has no default in canns (a function argument): give it where the preset needs it.
        PlotConfig c = PlotConfigs.preset(name, name.startsWith("average") ? Map.of("dt", 0.1) : Map.of());
        assertEquals(title, c.title(), name);
        assertEquals(xlabel, c.xlabel(), name);
        assertEquals(ylabel, c.ylabel(), name);
        assertArrayEquals(new double[] {w, h}, c.figsize(), name);
        assertFalse(c.grid(), name);
        assertTrue(c.showLegend(), name);
        assertEquals("black", c.text("color"), name);
        assertEquals("Value", c.clabel(), name);
    }

    @Test
    void presetsCarryCannsDefaults() {
        preset("energy_landscape_1d_static", "1D Energy Landscape", "Collective Variable / State", "Energy", 10, 6);
        preset("energy_landscape_1d_animation", "Evolving 1D Energy Landscape", "Collective Variable / State",
                "Energy", 10, 6);
        preset("energy_landscape_2d_static", "2D Static Landscape", "X-Index", "Y-Index", 8, 7);
        preset("energy_landscape_2d_animation", "Evolving 2D Landscape", "X-Index", "Y-Index", 8, 7);
        preset("raster_plot", "Raster Plot", "Time Step", "Neuron Index", 12, 6);
        preset("average_firing_rate_plot", "Average Firing Rate", "", "", 12, 5);
        preset("theta_population_activity_static", "Population Activity with Theta", "Time (s)", "Direction (°)",
                12, 4);
        preset("grid_cell_manifold_static", "Grid Cell Activity on Manifold", "", "", 8, 6);
        PlotConfig anim = PlotConfigs.energyLandscape1dAnimation(Map.of());
        assertEquals(30, anim.fps());
        assertEquals(1000, anim.timeStepsPerSecond());
        assertTrue(anim.repeat());
        assertEquals(1000, PlotConfigs.energyLandscape2dAnimation(Map.of()).timeStepsPerSecond());
        assertEquals("block", PlotConfigs.rasterPlot(Map.of()).text("mode"));
        assertEquals("per_neuron", PlotConfigs.averageFiringRatePlot(Map.of("dt", 0.1)).text("mode"));
        assertEquals(50, PlotConfigs.tuningCurve(Map.of("neuron_indices", new int[] {1})).integer("num_bins"));
        assertEquals("jet", PlotConfigs.thetaPopulationActivityStatic(Map.of()).text("cmap"));
        PlotConfig gc = PlotConfigs.gridCellManifoldStatic(Map.of());
        assertTrue(gc.flag("add_colorbar"));
        assertEquals("jet", gc.text("cmap"));
        PlotConfig sweep = PlotConfigs.thetaSweepAnimation(Map.of("env_size", 1.5, "mapping_ratio", 5.0));
        assertArrayEquals(new double[] {12, 3}, sweep.figsize());
        assertEquals(10, sweep.fps());
        assertEquals(0.8, sweep.real("alpha"));
        assertEquals("#FFFFFF", sweep.text("trajectory_color"));
        assertEquals("#1A1A1A", sweep.text("trajectory_outline"));
        assertEquals("#FF2D00", sweep.text("current_marker_color"));
        assertFalse(PlotConfigs.energyLandscape1dStatic(Map.of()).has("fps"), "stills have no animation fields");
    }

    @Test
    void userValuesOverrideThePreset() {
        PlotConfig c = PlotConfigs.energyLandscape1dAnimation(Map.of("time_steps_per_second", 100.0, "fps", 20));
        assertEquals(100, c.timeStepsPerSecond());
        assertEquals(20, c.fps());
        assertEquals("Evolving 1D Energy Landscape", c.title(), "untouched fields keep the preset's value");
        PlotConfig d = c.with("title", "Mine").parse(Map.of("figsize", "4,3", "grid", "true"));
        assertEquals("Mine", d.title());
        assertArrayEquals(new double[] {4, 3}, d.figsize());
        assertTrue(d.grid());
        assertEquals(20, d.fps());
        assertEquals("Evolving 1D Energy Landscape", c.title(), "configs are immutable");
    }

    @Test
    void badValuesNameTheField() {
        var unknown = assertThrows(ParameterException.class,
                () -> PlotConfigs.energyLandscape1dStatic(Map.of("fps", 3.0)));
        assertTrue(unknown.getMessage().contains("unknown parameter 'fps'"), unknown.getMessage());
        var fps = assertThrows(ParameterException.class,
                () -> PlotConfigs.energyLandscape1dAnimation(Map.of("fps", 0.0)));
        assertEquals("fps", fps.parameter());
        var size = assertThrows(ParameterException.class,
                () -> PlotConfigs.energyLandscape1dStatic(Map.of("figsize", new double[] {3})).figsize());
        assertEquals("figsize", size.parameter());
        var colour = assertThrows(IllegalArgumentException.class,
                () -> PlotConfigs.rasterPlot(Map.of("color", "blurple")).color("color"));
        assertTrue(colour.getMessage().contains("blurple"), colour.getMessage());
        var preset = assertThrows(IllegalArgumentException.class, () -> PlotConfigs.spec("energy"));
        assertTrue(preset.getMessage().contains("unknown plot preset 'energy'"), preset.getMessage());
    }
}
