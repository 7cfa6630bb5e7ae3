package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.analysis.cann2d.ExperimentalCann2d;
import org.jcanns.analysis.data.GridFiles;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.analysis.tda.PersistenceArrays;
import org.jcanns.analysis.tda.TdaConfig;
import org.jcanns.analysis.umap.UmapConfig;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.core.topology.Metric;
import org.jcanns.plot.figure.BarcodePlot;
import org.jcanns.spi.analysis.NumericArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns experimental-cann2d}: canns' whole 2D grid-cell analysis in one command. */
@Command(name = "experimental-cann2d", mixinStandardHelpOptions = true,
        description = {"canns' experimental_cann2d_analysis in one command: embed the recording, project every fifth",
                "bin to 3-D with UMAP, find the torus by persistent homology (tda_vis), decode every bin on it and",
                "animate the bump. Writes DIR/embedding.npz, projection.npy, projection.png, persistence.npz,",
                "barcode.png, decoding.npz and torus.gif.",
                "Example: jcanns experimental-cann2d --grid grid.npz --out cann2d"})
final class ExperimentalCann2dCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--grid", required = true, paramLabel = "FILE",
            description = "Grid-cell recording (.npz or .mat, plain layout).")
    Path grid;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--n-points", defaultValue = "1200", description = "tda_vis landmarks (default: ${DEFAULT-VALUE}).")
    int nPoints;

    @Option(names = "--active-times", defaultValue = "15000",
            description = "tda_vis' most active bins (default: ${DEFAULT-VALUE}).")
    int activeTimes;

    @Option(names = "--k", defaultValue = "1000", description = "Neighbours of the denoising graph (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--nbs", defaultValue = "800", description = "Neighbours of the landmark graph (default: ${DEFAULT-VALUE}).")
    int nbs;

    @Option(names = "--dim", defaultValue = "6", description = "PCA components (default: ${DEFAULT-VALUE}).")
    int dim;

    @Option(names = "--seed", defaultValue = "42", description = "UMAP seed (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--no-projection", description = "Skip the UMAP projection.")
    boolean noProjection;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = {"-a", "--torus-option"}, paramLabel = "NAME=VALUE",
            description = "Options of the torus animation (n_frames, window_size, frame_step, fps, dpi, ...).")
    Map<String, String> torusOptions = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + t);
        }
        Path dir = out.toAbsolutePath();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + out + " exists and is not a directory");
        }
        TdaConfig tda = new TdaConfig(dim, 5, activeTimes, k, nPoints, Metric.COSINE, nbs, 1, 47, 0, 0);
        ExperimentalCann2d.Config config = ExperimentalCann2d.Config.canns().withTda(tda)
                .withProjection(noProjection ? 0 : 5, UmapConfig.defaults().with(15, 3, 0.1, seed));
        try (Registry registry = Registry.discover(main.pluginPath)) {
            BackendFigure torus = new BackendFigure(registry, TorusCommand.FIGURE, torusOptions, main.quiet);
            torus.validate();
            BackendFigure projection = new BackendFigure(registry, "projection-3d", Map.of("dpi", "150"), main.quiet);
            GridRecording recording = GridFiles.load(grid);
            ExperimentalCann2d.Result r;
            try (ConsoleProgress bar = ConsoleProgress.of("cann2d  ", main.quiet)) {
                r = ExperimentalCann2d.run(recording, config, t, bar);
            }
            Files.createDirectories(dir);
            try (OutputFiles outputs = new OutputFiles()) {
                OutputFiles.Output embFile = outputs.add("--out", dir.resolve("embedding.npz"));
                OutputFiles.Output phFile = outputs.add("--out", dir.resolve("persistence.npz"));
                OutputFiles.Output barFile = outputs.add("--out", dir.resolve("barcode.png"));
                OutputFiles.Output decFile = outputs.add("--out", dir.resolve("decoding.npz"));
                OutputFiles.Output torusFile = outputs.add("--out", dir.resolve("torus.gif"));
                embFile.write(s -> Npz.write(s, Analyses.npy(r.embedding().arrays()), false));
                Map<String, NpyArray> ph = new LinkedHashMap<>(PersistenceArrays.of(r.tda().persistence(),
                        r.tda().distances(), true));
                ph.put("indstemp", NpyArray.ofInts(r.tda().indstemp(), r.tda().indstemp().length));
                ph.put("movetimes", NpyArray.ofInts(r.tda().movetimes(), r.tda().movetimes().length));
                phFile.write(s -> Npz.write(s, ph, false));
                List<double[]> diagrams = new ArrayList<>();
                for (int d = 0; d < r.tda().persistence().diagrams().size(); d++) {
                    diagrams.add(r.tda().persistence().diagram(d).toArray());
                }
                barFile.writeWith(path -> BarcodePlot.plot(diagrams, null, 100, path));
                Map<String, NumericArray> decoding = r.decoding().arrays();
                decFile.write(s -> Npz.write(s, DecodeCommand.npy(decoding), true));
                Map<String, NumericArray> data = new LinkedHashMap<>();
                data.put("coords", decoding.get("coordsbox"));
                data.put("times", decoding.get("times_box"));
                data.put("activity", NumericArray.of(r.activity()));
                torusFile.writeWith(path -> torus.render(data, path));
                if (r.projection() != null) {
                    OutputFiles.Output projFile = outputs.add("--out", dir.resolve("projection.npy"));
                    OutputFiles.Output projPlot = outputs.add("--out", dir.resolve("projection.png"));
                    projFile.write(s -> Npy.write(s, NpyArray.ofFloats(r.projection(), r.projectionRows(), 3)));
                    double[] p = new double[r.projection().length];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = r.projection()[i];
                    }
                    projPlot.writeWith(path -> projection.render(Map.of("points",
                            NumericArray.of(p, r.projectionRows(), 3)), path));
                }
                outputs.commit();
            }
            for (String name : List.of("embedding.npz", "projection.npy", "projection.png", "persistence.npz",
                    "barcode.png", "decoding.npz", "torus.gif")) {
                if (r.projection() != null || !name.startsWith("projection")) {
                    System.out.println("wrote " + out.resolve(name));
                }
            }
            System.err.println(String.format(Locale.ROOT, "bins=%d cells=%d landmarks=%d h1_bars=%d decoded=%d "
                            + "seconds=%.3f threads=%d", r.embedding().bins(), r.embedding().cells(),
                    r.tda().nPoints(), r.tda().persistence().diagram(1).size(), r.decoding().times().length,
                    (System.nanoTime() - start) / 1e9, t));
        }
        return 0;
    }
}
