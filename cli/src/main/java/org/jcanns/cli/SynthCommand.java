package org.jcanns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.LinkedHashMap;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.NumericArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcanns synth roi|grid|hd}: seeded synthetic data sets in place of canns' downloads. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a seeded synthetic data set (jcanns never downloads data):",
                "  roi   ROI traces of a bump drifting on a ring (T, n_roi): .txt (np.loadtxt), .npy, or .npz with the "
                        + "true position",
                "  grid  grid-cell spikes of a rat in a box, plain layout (spike_times, spike_counts, t, x, y) .npz",
                "  hd    head-direction cell spikes, plain layout plus heading (T) and preferred_direction (N) .npz",
                "Example: jcanns synth roi --seed 1 --out roi.txt"})
final class SynthCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "roi, grid or hd.")
    String kind;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed (default: 0).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--frames", paramLabel = "T", description = "roi: time frames (default: 500).")
    Integer frames;

    @Option(names = "--n-roi", paramLabel = "N", description = "roi: ROIs on the ring (default: 16).")
    Integer rois;

    @Option(names = "--cells", paramLabel = "N",
            description = "grid: cells per torus axis (N*N cells, default 6); hd: cells (default 32).")
    Integer cells;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "grid, hd: recording length (default: 300).")
    Double duration;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        String ext = extension(out);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("seed", Long.toString(seed));
        String analyzer = switch (kind) {
            case "roi" -> {
                requireNone("--cells", cells);
                requireNone("--duration", duration);
                put(params, "frames", frames);
                put(params, "n_roi", rois);
                if (!ext.equals(".txt") && !ext.equals(".npy") && !ext.equals(".npz")) {
                    throw new IllegalArgumentException("--out for roi must end in .txt, .npy or .npz, got " + out);
                }
                yield "synth-roi";
            }
            case "grid", "hd" -> {
                requireNone("--frames", frames);
                requireNone("--n-roi", rois);
                put(params, kind.equals("grid") ? "side" : "cells", cells);
                put(params, "duration", duration);
                if (!ext.equals(".npz")) {
                    throw new IllegalArgumentException("--out for " + kind + " must end in .npz, got " + out);
                }
                yield kind.equals("grid") ? "synth-grid" : "synth-hd";
            }
            default -> throw new IllegalArgumentException("KIND must be roi, grid or hd, got '" + kind + "'");
        };
        try (OutputFiles outputs = new OutputFiles()) {
            OutputFiles.Output file = outputs.add("--out", out);
            String what = write(file, analyzer, params, ext);
            outputs.commit();
            System.out.println("wrote " + out + " (" + what + ")");
        }
        return 0;
    }

    /** Runs the analyzer that makes the data set and writes it to {@code file}; says what was written. */
    private String write(OutputFiles.Output file, String analyzer, Map<String, String> params, String ext)
            throws IOException {
        Map<String, NumericArray> arrays;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            arrays = Analyses.run(registry, analyzer, params, Map.of(), AnalysisContext.quiet()).arrays();
        }
        String what;
        if (kind.equals("roi")) {
            NumericArray data = arrays.get("data");
            switch (ext) {
                case ".txt" -> writeText(file, data);
                case ".npy" -> file.write(stream -> Npy.write(stream, NpyArray.of(data)));
                default -> file.write(stream -> Npz.write(stream, Analyses.npy(arrays), false));
            }
            what = data.dim(0) + " frames x " + data.dim(1) + " ROIs";
        } else {
            // The plain layout's spike_counts are int64, as numpy's len() gives them.
            Map<String, NpyArray> z = Analyses.npy(arrays);
            z.put("spike_counts", NpyArray.ofLongs(java.util.Arrays.stream(arrays.get("spike_counts").values())
                    .mapToLong(v -> (long) v).toArray()));
            file.write(stream -> Npz.write(stream, z, true));
            what = arrays.get("spike_counts").size() + (kind.equals("grid") ? " grid cells, " : " head-direction cells, ")
                    + arrays.get("spike_times").size() + " spikes, " + arrays.get("t").size() + " samples";
        }
        return what;
    }

    private static void put(Map<String, String> params, String name, Object value) {
        if (value != null) {
            params.put(name, value.toString());
        }
    }

    /** Rows of {@code data} as np.savetxt writes them ({@code %.18e}, space-separated). */
    private static void writeText(OutputFiles.Output file, NumericArray data) throws IOException {
        file.write(os -> {
            PrintStream p = new PrintStream(os, false, StandardCharsets.UTF_8);
            int cols = data.dim(1);
            StringBuilder line = new StringBuilder();
            for (int t = 0; t < data.dim(0); t++) {
                line.setLength(0);
                for (int j = 0; j < cols; j++) {
                    line.append(j == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.18e", data.get(t, j)));
                }
                p.println(line);
            }
            p.flush();
        });
    }

    private void requireNone(String option, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(option + " does not apply to synth " + kind);
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}
