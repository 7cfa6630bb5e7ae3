package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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

/** {@code jcanns umap}: UMAP of the rows of an array, optionally drawn as canns' 3-D projection. */
@Command(name = "umap", mixinStandardHelpOptions = true,
        description = {"Reduce the rows of a (n, dim) array with UMAP (umap-learn's algorithm, parallel; one result per",
                "seed) and write the (n, n_components) float32 embedding as .npy; --plot draws canns' 3-D projection",
                "(.png: several views; .gif: one turn).",
                "Example: jcanns umap --in emb.npz --every 5 --n-components 3 --seed 42 --out proj.npy --plot proj.png"})
final class UmapCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--in", required = true, paramLabel = "FILE",
            description = "Data: .npy (n, dim), or .npz (the array named by --array, else 'spikes', else its only one).")
    Path in;

    @Option(names = "--array", paramLabel = "NAME", description = "Array of an .npz input.")
    String array;

    @Option(names = "--every", defaultValue = "1", paramLabel = "K",
            description = "Use every K-th row (canns' plot_projection reduces embed[::5]; default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--n-neighbors", defaultValue = "15", paramLabel = "K", description = "Neighbours (default: 15).")
    int nNeighbors;

    @Option(names = "--min-dist", defaultValue = "0.1", paramLabel = "D", description = "min_dist (default: 0.1).")
    double minDist;

    @Option(names = "--n-components", defaultValue = "3", paramLabel = "C", description = "Output dimensions "
            + "(default: 3).")
    int nComponents;

    @Option(names = "--metric", defaultValue = "euclidean", paramLabel = "NAME",
            description = "euclidean, manhattan, chebyshev, cosine or correlation (default: euclidean).")
    String metric;

    @Option(names = "--n-epochs", defaultValue = "0", paramLabel = "E",
            description = "SGD epochs (default: 0 = 500 up to 10000 points, else 200).")
    int nEpochs;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed (umap's random_state).")
    int seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.npy", description = "Output file.")
    Path out;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the projection (.png or .gif).")
    Path plot;

    @Option(names = {"-a", "--plot-option"}, paramLabel = "NAME=VALUE",
            description = "Options of the projection figure (title, xlabel, ylabel, zlabel, dpi, azims, elev, ...).")
    Map<String, String> plotOptions = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        BumpFitsCommand.requireExtension(out, ".npy", "--out");
        if (every < 1) {
            throw new IllegalArgumentException("--every must be >= 1, got " + every);
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + t);
        }
        try (OutputFiles outputs = new OutputFiles(); Registry registry = Registry.discover(main.pluginPath)) {
            OutputFiles.Output outFile = outputs.add("--out", out);
            OutputFiles.Output plotFile = plot == null ? null : outputs.add("--plot", plot);
            BackendFigure figure = plot == null ? null : projection(registry, plot, nComponents, plotOptions,
                    main.quiet);
            Map<String, String> params = params();
            registry.analyzer("umap").parameters().parse(params);
            NumericArray data = everyNth(read(in, array), every);
            long start = System.nanoTime();
            NumericArray y;
            try (ConsoleProgress bar = ConsoleProgress.of("umap    ", main.quiet)) {
                y = Analyses.run(registry, "umap", params, Map.of("data", data),
                        new AnalysisContext(null, bar, () -> false, t)).array("embedding");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            outFile.write(stream -> Npy.write(stream, float32(y)));
            if (figure != null) {
                plotFile.writeWith(path -> figure.render(Map.of("points", y), path));
            }
            outputs.commit();
            System.out.println("wrote " + out);
            if (figure != null) {
                System.out.println("wrote " + plot);
            }
            System.err.println(String.format(Locale.ROOT, "points=%d dims=%d components=%d seconds=%.3f threads=%d",
                    data.dim(0), data.dim(1), nComponents, seconds, t));
        }
        return 0;
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("n_neighbors", Integer.toString(nNeighbors));
        p.put("min_dist", Double.toString(minDist));
        p.put("n_components", Integer.toString(nComponents));
        p.put("metric", metric);
        p.put("n_epochs", Integer.toString(nEpochs));
        p.put("random_state", Integer.toString(seed));
        return p;
    }

    /** The projection figure for {@code file} (.png panels or .gif turn), its options checked now. */
    static BackendFigure projection(Registry registry, Path file, int components, Map<String, String> options,
                                    boolean quiet) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".gif")) {
            throw new IllegalArgumentException("--plot must name a .png or .gif file, got " + file);
        }
        if (components < 3) {
            throw new IllegalArgumentException("--plot draws three components; give --n-components 3 or more");
        }
        BackendFigure f = new BackendFigure(registry, name.endsWith(".gif") ? "projection-3d-animation"
                : "projection-3d", options, quiet);
        f.validate();
        return f;
    }

    /** A (n, dim) array from .npy, or from an .npz by name ({@code array}, else 'spikes', else the only one). */
    static NumericArray read(Path file, String array) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Arena arena = Arena.ofConfined()) {
            NpyArray a;
            if (name.endsWith(".npy")) {
                if (array != null) {
                    throw new IllegalArgumentException("--array applies to .npz input, not " + file);
                }
                a = Npy.load(file, arena);
            } else if (name.endsWith(".npz")) {
                Map<String, NpyArray> all = Npz.load(file, arena);
                String key = array != null ? array : all.containsKey("spikes") ? "spikes"
                        : all.size() == 1 ? all.keySet().iterator().next() : null;
                if (key == null || !all.containsKey(key)) {
                    throw new IllegalArgumentException(file + ": give --array NAME, one of " + all.keySet());
                }
                a = all.get(key);
            } else {
                throw new IllegalArgumentException("--in must be a .npy or .npz file, got " + file);
            }
            if (a.shape().length != 2) {
                throw new IllegalArgumentException(file + ": expected a (n, dim) array, got shape "
                        + java.util.Arrays.toString(a.shape()));
            }
            return new NumericArray(a.toDoubles(), a.shape());
        }
    }

    /** Rows 0, k, 2k, ... of {@code a} (numpy's a[::k]). */
    static NumericArray everyNth(NumericArray a, int k) {
        if (k == 1) {
            return a;
        }
        int rows = (a.dim(0) + k - 1) / k;
        int cols = a.dim(1);
        double[] v = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(a.values(), r * k * cols, v, r * cols, cols);
        }
        return NumericArray.of(v, rows, cols);
    }

    private static NpyArray float32(NumericArray a) {
        float[] f = new float[a.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) a.get(i);
        }
        return NpyArray.ofFloats(f, a.shape());
    }
}
