package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.train.Patterns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcanns hopfield-images}: canns' hopfield_train example: store pictures, corrupt them, recall them. */
@Command(name = "hopfield-images", mixinStandardHelpOptions = true,
        description = {"Store pictures in an Amari-Hopfield network, flip a fraction of their pixels and recall them "
                + "(canns' hopfield_train example); writes a PNG grid of training / input / output.",
                "Pictures: the image files given (grey, resized, thresholded at their mean), or four drawn in code."})
final class HopfieldImagesCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Parameters(paramLabel = "IMAGE", arity = "0..*", description = "Image files (PNG, JPEG, ...); default: drawn pictures.")
    List<Path> images = new ArrayList<>();

    @Option(names = "--out", defaultValue = "out/hopfield-images", paramLabel = "DIR",
            description = "Output directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--size", defaultValue = "128", paramLabel = "PIXELS", description = "Side of the square pictures (default: 128).")
    int size;

    @Option(names = "--noise", defaultValue = "0.3", paramLabel = "FRACTION",
            description = "Fraction of pixels flipped in each input (default: 0.3).")
    double noise;

    @CommandLine.Mixin
    RecallOptions recall;

    /** What the run wrote and how well each picture came back. */
    record Output(Path grid, Path arrays, float[] overlaps, String summary) {
    }

    @Override
    public Integer call() throws IOException {
        Output o;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            o = run(registry, main.quiet);
        }
        print(o);
        return 0;
    }

    /** Prints the written files and the overlap of every recalled picture with its original. */
    static void print(Output o) {
        StringBuilder s = new StringBuilder();
        for (float v : o.overlaps()) {
            s.append(s.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
        }
        System.out.println("overlap of each output with its training picture: " + s);
        System.out.println("wrote " + o.grid());
        System.out.println("wrote " + o.arrays());
        System.err.println(o.summary());
    }

    Output run(Registry registry, boolean quiet) throws IOException {
        if (size < 2) {
            throw new IllegalArgumentException("--size must be >= 2, got " + size);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("--noise must be in [0, 1], got " + noise);
        }
        HopfieldRun run = recall.run(Map.of(), quiet);
        List<float[]> pictures = new ArrayList<>();
        for (Path image : images) {
            pictures.add(BinaryImages.read(image, size));
        }
        if (pictures.isEmpty()) {
            pictures.addAll(BinaryImages.drawn(size));
        }
        Files.createDirectories(out);
        try (OutputFiles outputs = new OutputFiles(); Arena arena = Arena.ofShared()) {
            Path grid = out.resolve("hopfield_images.png"), arrays = out.resolve("hopfield_images.npz");
            OutputFiles.Output gridFile = outputs.add("--out", grid);
            OutputFiles.Output arraysFile = outputs.add("--out", arrays);
            Tensor patterns = Patterns.stack(arena, pictures, "pictures");
            Tensor cues = corrupt(patterns, noise, Seeds.generator(recall.seed).split(), arena);
            Tensor recovered = Tensor.allocate(arena, cues.dim(0), cues.dim(1));
            HopfieldRun.Result result = run.run(registry, patterns, cues, recovered);
            RecallGrid.write(gridFile, List.of(rows(patterns), rows(cues), rows(recovered)), size);
            float[] own = new float[patterns.dim(0)];
            for (int p = 0; p < own.length; p++) {
                own[p] = result.overlaps()[p][p];
            }
            Map<String, NpyArray> z = new LinkedHashMap<>();
            z.put("patterns", NpyArray.of(patterns.reshape(patterns.dim(0), size, size)));
            z.put("inputs", NpyArray.of(cues.reshape(cues.dim(0), size, size)));
            z.put("outputs", NpyArray.of(recovered.reshape(recovered.dim(0), size, size)));
            z.put("overlaps", NpyArray.ofFloats(own, own.length));
            arraysFile.write(stream -> Npz.write(stream, z, true));
            outputs.commit();
            return new Output(grid, arrays, own, result.summary(patterns.dim(0), patterns.dim(1)));
        }
    }

    /** A copy of {@code patterns} with exactly round(fraction·N) pixels of every row flipped, chosen at random. */
    static Tensor corrupt(Tensor patterns, double fraction, RandomGenerator random, Arena arena) {
        int n = patterns.dim(1);
        int flips = (int) Math.round(fraction * n);
        Tensor cues = Tensor.allocate(arena, patterns.shape());
        cues.copyFrom(patterns);
        int[] idx = new int[n];
        for (int p = 0; p < patterns.dim(0); p++) {
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            // The first `flips` entries of a partial Fisher–Yates shuffle: a uniform subset without repeats.
            for (int i = 0; i < flips; i++) {
                int j = i + random.nextInt(n - i);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                cues.set(p, idx[i], -cues.get(p, idx[i]));
            }
        }
        return cues;
    }

    private static List<float[]> rows(Tensor t) {
        List<float[]> rows = new ArrayList<>();
        for (int r = 0; r < t.dim(0); r++) {
            rows.add(t.slice(r).toArray());
        }
        return rows;
    }
}
