package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.NumericArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns embed}: canns' embed_spike_trains of a grid-cell recording. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Bin a grid-cell recording's spikes into 10 ms bins, smooth them in time and keep the bins where",
                "the animal runs (canns' embed_spike_trains); writes spikes (T_bins, N) and, with the speed filter,",
                "xx, yy, tt of the kept bins.",
                "Example: jcanns embed --grid grid.npz --out emb.npz"})
final class EmbedCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--grid", required = true, paramLabel = "FILE",
            description = "Grid-cell data in the plain layout (.npz or .mat): spike_times, spike_counts, t, x, y.")
    Path grid;

    @Option(names = "--no-speed-filter", description = "Keep every bin (no positions needed).")
    boolean noSpeedFilter;

    @Option(names = "--no-smooth", description = "Spike counts, not Gaussian-smoothed rates.")
    boolean noSmooth;

    @Option(names = "--res", defaultValue = "100000", paramLabel = "N", description = "Time units per second "
            + "(default: ${DEFAULT-VALUE}).")
    int res;

    @Option(names = "--dt", defaultValue = "1000", paramLabel = "N",
            description = "Bin width in res units (default: ${DEFAULT-VALUE}, 10 ms).")
    int dt;

    @Option(names = "--sigma", defaultValue = "5000", paramLabel = "N",
            description = "Smoothing width in res units (default: ${DEFAULT-VALUE}, 50 ms).")
    int sigma;

    @Option(names = "--min-speed", defaultValue = "2.5", paramLabel = "CM_PER_S",
            description = "Speed filter threshold in cm/s (default: ${DEFAULT-VALUE}).")
    double minSpeed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.npz", description = "Output file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        BumpFitsCommand.requireExtension(out, ".npz", "--out");
        long start = System.nanoTime();
        Map<String, NumericArray> result;
        try (OutputFiles outputs = new OutputFiles(); Registry registry = Registry.discover(main.pluginPath)) {
            OutputFiles.Output file = outputs.add("--out", out);
            result = embed(registry, grid, params());
            file.write(stream -> Npz.write(stream, Analyses.npy(result), false));
            outputs.commit();
        }
        NumericArray spikes = result.get("spikes");
        System.out.println("wrote " + out);
        System.err.println(String.format(Locale.ROOT, "bins=%d cells=%d smooth=%b speed_filter=%b seconds=%.3f",
                spikes.dim(0), spikes.dim(1), !noSmooth, !noSpeedFilter, (System.nanoTime() - start) / 1e9));
        return 0;
    }

    /** The embed-spike-trains parameters of these options. */
    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("res", Integer.toString(res));
        p.put("dt", Integer.toString(dt));
        p.put("sigma", Integer.toString(sigma));
        p.put("smooth", Boolean.toString(!noSmooth));
        p.put("speed_filter", Boolean.toString(!noSpeedFilter));
        p.put("min_speed", Double.toString(minSpeed));
        return p;
    }

    /** Loads {@code file} (plain layout) and embeds it with {@code params}. */
    static Map<String, NumericArray> embed(Registry registry, Path file, Map<String, String> params)
            throws IOException {
        Map<String, NumericArray> recording = recording(registry, file);
        return Analyses.run(registry, "embed-spike-trains", params, recording, AnalysisContext.quiet()).arrays();
    }

    /** The validated recording of {@code file} as the plain layout's arrays. */
    static Map<String, NumericArray> recording(Registry registry, Path file) throws IOException {
        return Analyses.run(registry, "load-grid-data", Map.of("source", file.toString()), Map.of(),
                AnalysisContext.quiet()).arrays();
    }
}
