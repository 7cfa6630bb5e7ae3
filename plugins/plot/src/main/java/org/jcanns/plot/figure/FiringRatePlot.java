package org.jcanns.plot.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jcanns.core.analysis.FiringRates;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.Png;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code average_firing_rate_plot}: per-neuron rates (Hz) against the neuron index, the population rate
 * against time, or the weighted mean of the spiking neurons against time, by the config's {@code mode}.
 */
public final class FiringRatePlot {
    private static final String FIGURE = "average firing rate";

    private FiringRatePlot() {
    }

    /** Draws the plot of {@code spikes} (T, N); {@code weights} (N) is needed by mode weighted_average. */
    public static BufferedImage draw(Tensor spikes, double[] weights, PlotConfig config) {
        Series.requireRank(spikes, 2, FIGURE, "spikes", "(T, N)");
        double dt = config.real("dt");
        String mode = config.text("mode");
        var color = config.color("color");
        return switch (mode) {
            case "per_neuron" -> {
                double[] r = FiringRates.perNeuron(spikes, dt);
                yield LineChart.draw(config, "Neuron Index", "Average Firing Rate (Hz)",
                        List.of(new LineChart.Line("", index(r.length, 1), r, color, false)), FIGURE);
            }
            case "population" -> {
                double[] r = FiringRates.population(spikes, dt);
                yield LineChart.draw(config, "Time (s)", "Population Rate (Hz)",
                        List.of(new LineChart.Line("", index(r.length, dt), r, color, false)), FIGURE);
            }
            case "weighted_average" -> {
                if (weights == null) {
                    throw new IllegalArgumentException(FIGURE + ": mode weighted_average needs weights (one per "
                            + "neuron, e.g. the neurons' preferred positions)");
                }
                double[] r = FiringRates.weightedAverage(spikes, weights);
                yield LineChart.draw(config, "Time (s)", "Weighted Average",
                        List.of(new LineChart.Line("", index(r.length, dt), r, color, false)), FIGURE);
            }
            default -> throw new IllegalArgumentException(FIGURE + ": unknown mode '" + mode + "'");
        };
    }

    /** Draws and writes a PNG. */
    public static Path plot(Tensor spikes, double[] weights, PlotConfig config, Path out) throws IOException {
        return Png.write(draw(spikes, weights, config), config.dpi(), out);
    }

    private static double[] index(int n, double step) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * step;
        }
        return x;
    }
}
