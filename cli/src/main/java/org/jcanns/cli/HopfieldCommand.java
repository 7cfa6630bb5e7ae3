package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.train.Patterns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns hopfield}: Hebbian training of an Amari–Hopfield network on patterns, then recall from cues. */
@Command(name = "hopfield", mixinStandardHelpOptions = true,
        description = {"Train an Amari-Hopfield network on patterns (Hebbian, as canns) and recall from cues.",
                "Writes recovered (B, N), energies (B, iterations + 1), overlaps (B, P) and changes (B) as .npz.",
                "Example: jcanns hopfield --patterns p.npy --predict q.npy --iterations 20 --out out.npz"})
final class HopfieldCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--patterns", required = true, paramLabel = "FILE.npy",
            description = "Training patterns: (P, N) or (N,) .npy, repeatable; ±1 values for --activation sign.")
    List<Path> patterns;

    @Option(names = "--predict", required = true, paramLabel = "FILE.npy",
            description = "Cues to recall from: (B, N) or (N,) .npy.")
    Path predict;

    @CommandLine.Mixin
    RecallOptions recall;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.npz", description = "Output file.")
    Path out;

    @Option(names = "--activation", defaultValue = "sign", paramLabel = "NAME",
            description = "sign, tanh or sigmoid (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--threshold", defaultValue = "0", paramLabel = "THETA", description = "Threshold θ (default: 0).")
    double threshold;

    @Option(names = "--temperature", defaultValue = "1", paramLabel = "T",
            description = "Temperature of tanh and sigmoid (default: 1).")
    double temperature;

    @Option(names = "--trainer", defaultValue = "hebbian", paramLabel = "NAME",
            description = "hebbian or anti-hebbian (default: ${DEFAULT-VALUE}).")
    String trainer;

    @Option(names = "--stop-early", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Stop a cue once an update leaves it unchanged (same result; --no-stop-early: canns' fixed count).")
    boolean stopEarly;

    @Override
    public Integer call() throws IOException {
        HopfieldRun run = recall.run(Map.of("activation", activation, "threshold", Double.toString(threshold),
                "temperature", Double.toString(temperature)), main.quiet);
        run.trainer = trainer;
        run.stopEarly = stopEarly;
        try (OutputFiles outputs = new OutputFiles(); Arena arena = Arena.ofShared();
             Registry registry = Registry.discover(main.pluginPath)) {
            OutputFiles.Output outFile = out == null ? null : OutputOptions.add(outputs, "--out", out, ".npz");

            Tensor p = readPatterns(arena);
            if (activation.trim().equalsIgnoreCase("sign")) {
                Patterns.requireBipolar(p, "--patterns");
            }
            Tensor q = rows(Npy.load(predict, arena).toTensor(arena), "--predict " + predict);
            Patterns.requireBatch(q, "--predict " + predict);
            Patterns.requireLength(q, p.dim(1), "--predict " + predict, "the length of the training patterns");
            Tensor recovered = Tensor.allocate(arena, q.dim(0), q.dim(1));
            HopfieldRun.Result result = run.run(registry, p, q, recovered);
            if (outFile != null) {
                write(result, outFile);
                outputs.commit();
                System.out.println("wrote " + out);
            }
            System.err.println(result.summary(p.dim(0), p.dim(1)));
            if (out == null) {
                OutputOptions.noteNotSaved("--out", "the recalled states were");
            }
        }
        return 0;
    }

    /** The training patterns of every --patterns file, stacked; all must have the same length. */
    private Tensor readPatterns(Arena arena) throws IOException {
        List<float[]> rows = new ArrayList<>();
        List<String> origin = new ArrayList<>();
        for (Path f : patterns) {
            Tensor t = rows(Npy.load(f, arena).toTensor(arena), "--patterns " + f);
            for (int r = 0; r < t.dim(0); r++) {
                rows.add(t.slice(r).toArray());
                origin.add(f + " row " + r);
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).length != rows.getFirst().length) {
                throw new IllegalArgumentException("--patterns: all patterns must have the same length; " + origin.get(r)
                        + " has " + rows.get(r).length + " values, " + origin.getFirst() + " has "
                        + rows.getFirst().length);
            }
        }
        Tensor t = Patterns.stack(arena, rows, "--patterns");
        Patterns.requireBatch(t, "--patterns");
        return t;
    }

    /** A (N,) array as one row, a (P, N) array as it is. */
    private static Tensor rows(Tensor t, String what) {
        return switch (t.rank()) {
            case 1 -> t.reshape(1, t.dim(0));
            case 2 -> t;
            default -> throw new IllegalArgumentException(what + ": expected a (P, N) or (N,) array, got shape "
                    + java.util.Arrays.toString(t.shape()));
        };
    }

    private static void write(HopfieldRun.Result r, OutputFiles.Output out) throws IOException {
        int b = r.recall().cues();
        int t = r.recall().energies()[0].length;
        float[] energies = new float[b * t];
        float[] overlaps = new float[b * r.overlaps()[0].length];
        for (int i = 0; i < b; i++) {
            System.arraycopy(r.recall().energies()[i], 0, energies, i * t, t);
            System.arraycopy(r.overlaps()[i], 0, overlaps, i * r.overlaps()[i].length, r.overlaps()[i].length);
        }
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("recovered", NpyArray.of(r.recovered()));
        arrays.put("energies", NpyArray.ofFloats(energies, b, t));
        arrays.put("overlaps", NpyArray.ofFloats(overlaps, b, r.overlaps()[0].length));
        arrays.put("changes", NpyArray.ofInts(r.recall().changes(), b));
        out.write(stream -> Npz.write(stream, arrays, false));
    }
}
