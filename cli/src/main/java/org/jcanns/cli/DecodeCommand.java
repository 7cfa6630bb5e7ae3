package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.NumericArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns decode}: canns' decode_circular_coordinates of a recording from its persistence result. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode every time bin's position on the torus from the two longest H1 cocycles of a",
                "persistence result (canns' decode_circular_coordinates); writes coords, coordsbox, times, times_box,",
                "centcosall, centsinall (np.savez_compressed, as canns).",
                "Example: jcanns decode --persistence tda/persistence.npz --grid grid.npz --out decoding.npz"})
final class DecodeCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--persistence", required = true, paramLabel = "FILE.npz",
            description = "tda-vis output: dgm1, cocycles1, cocycles1_offsets, dperm2all, indstemp, movetimes.")
    Path persistence;

    @Option(names = "--grid", required = true, paramLabel = "FILE",
            description = "The recording the persistence was computed from (.npz or .mat, plain layout).")
    Path grid;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.npz", description = "Output file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        BumpFitsCommand.requireExtension(out, ".npz", "--out");
        long start = System.nanoTime();
        Map<String, NumericArray> result;
        try (OutputFiles outputs = new OutputFiles(); Registry registry = Registry.discover(main.pluginPath)) {
            OutputFiles.Output file = outputs.add("--out", out);
            result = decode(registry, readPersistence(persistence), EmbedCommand.recording(registry, grid));
            file.write(stream -> Npz.write(stream, npy(result), true));
            outputs.commit();
        }
        System.out.println("wrote " + out);
        System.err.println(String.format(Locale.ROOT, "bins=%d cells=%d landmarks=%d seconds=%.3f",
                result.get("times").size(), result.get("centcosall").dim(0), result.get("centcosall").dim(2),
                (System.nanoTime() - start) / 1e9));
        return 0;
    }

    /** The decoding of {@code recording} (speed-filtered when it has positions) from {@code persistence}. */
    static Map<String, NumericArray> decode(Registry registry, Map<String, NumericArray> persistence,
                                            Map<String, NumericArray> recording) throws IOException {
        Map<String, NumericArray> in = new LinkedHashMap<>(persistence);
        in.putAll(recording);
        boolean positions = recording.containsKey("x") && recording.containsKey("y");
        return Analyses.run(registry, "decode-circular-coordinates", Map.of("real_ground", Boolean.toString(positions)),
                in, AnalysisContext.quiet()).arrays();
    }

    /** The arrays of a persistence file. */
    static Map<String, NumericArray> readPersistence(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz")) {
            throw new IllegalArgumentException("--persistence must be a .npz file (tda-vis writes persistence.npz), "
                    + "got " + file);
        }
        Map<String, NumericArray> arrays = new LinkedHashMap<>();
        try (Arena arena = Arena.ofConfined()) {
            for (Map.Entry<String, NpyArray> e : Npz.load(file, arena).entrySet()) {
                arrays.put(e.getKey(), new NumericArray(e.getValue().toDoubles(), e.getValue().shape()));
            }
        }
        return arrays;
    }

    /** A decoding's arrays as canns saves them: float64, with times and times_box int64. */
    static Map<String, NpyArray> npy(Map<String, NumericArray> result) {
        Map<String, NpyArray> z = Analyses.npy(result);
        for (String key : new String[] {"times", "times_box"}) {
            z.put(key, NpyArray.ofLongs(java.util.Arrays.stream(result.get(key).values()).mapToLong(v -> (long) v)
                    .toArray()));
        }
        return z;
    }
}
