package org.jcanns.plot.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jcanns.core.analysis.BinnedStatistic;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.Png;
import org.jcanns.plot.render.Colors;
import org.jcanns.spi.Tensor;

/**
 * canns' {@code tuning_curve}: for each chosen neuron, its mean rate in {@code num_bins} equal bins of the
 * stimulus (scipy's {@code binned_statistic}), drawn at the bin centres; empty bins leave gaps.
 */
public final class TuningCurvePlot {
    private static final String FIGURE = "tuning curve";

    private TuningCurvePlot() {
    }

    /** The binned means of neuron {@code neuron}: rates (T, N) against stimulus (T). */
    public static BinnedStatistic curve(Tensor stimulus, Tensor rates, int neuron, int bins) {
        check(stimulus, rates, new int[] {neuron});
        int steps = rates.dim(0);
        double[] s = Series.doubles(stimulus);
        double[] r = new double[steps];
        for (int t = 0; t < steps; t++) {
            r[t] = rates.get(t, neuron);
        }
        return BinnedStatistic.mean(s, r, bins);
    }

    /** Draws the curves; {@code prefStim} (N) may be null, else it labels each neuron's preferred stimulus. */
    public static BufferedImage draw(Tensor stimulus, Tensor rates, Tensor prefStim, PlotConfig config) {
        int[] neurons = config.ints("neuron_indices");
        check(stimulus, rates, neurons);
        int bins = config.integer("num_bins");
        List<LineChart.Line> lines = new ArrayList<>();
        for (int k = 0; k < neurons.length; k++) {
            int n = neurons[k];
            BinnedStatistic b = curve(stimulus, rates, n, bins);
            String label = prefStim != null && n < prefStim.size()
                    ? String.format(Locale.ROOT, "Neuron %d (pref_stim=%.2f)", n, prefStim.get(n))
                    : "Neuron " + n;
            lines.add(new LineChart.Line(label, b.centres(), b.means(), Colors.cycle(k),
                    true));
        }
        return LineChart.draw(config, "", "", lines, FIGURE);
    }

    /** Draws and writes a PNG. */
    public static Path plot(Tensor stimulus, Tensor rates, Tensor prefStim, PlotConfig config, Path out)
            throws IOException {
        return Png.write(draw(stimulus, rates, prefStim, config), config.dpi(), out);
    }

    private static void check(Tensor stimulus, Tensor rates, int[] neurons) {
        Series.requireRank(stimulus, 1, FIGURE, "stimulus", "(T)");
        Series.requireRank(rates, 2, FIGURE, "rates", "(T, N)");
        if (stimulus.dim(0) != rates.dim(0)) {
            throw new IllegalArgumentException(FIGURE + ": the stimulus has " + stimulus.dim(0)
                    + " steps but the rates have " + rates.dim(0));
        }
        if (neurons.length == 0) {
            throw new IllegalArgumentException(FIGURE + ": no neuron_indices given");
        }
        for (int n : neurons) {
            if (n < 0 || n >= rates.dim(1)) {
                throw new IllegalArgumentException(FIGURE + ": neuron index " + n + " is outside 0.."
                        + (rates.dim(1) - 1));
            }
        }
    }
}
