package org.jcanns.cli;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.analysis.tda.PersistenceArrays;
import org.jcanns.analysis.tda.ShuffleTest;
import org.jcanns.analysis.tda.TdaConfig;
import org.jcanns.analysis.tda.TdaResult;
import org.jcanns.analysis.tda.TdaVis;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.topology.Metric;
import org.jcanns.plot.figure.BarcodePlot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns tda-vis}: canns' tda_vis on a (T, N) population activity, with barcodes and the shuffle test. */
@Command(name = "tda-vis", mixinStandardHelpOptions = true,
        description = {"canns' tda_vis: active times, z-scoring, PCA, fuzzy-kNN denoising to landmarks, persistence "
                + "of their -log(membership) distances with cocycles; with --shuffles, the significance test "
                + "(circular shifts of each neuron, 99.9th percentile of the longest lifetimes).",
                "Writes DIR/persistence.npz (dgm<d>, cocycles<d>, cocycles<d>_offsets, dperm2all, indstemp, "
                        + "movetimes; with shuffles shuffle_max<d> and shuffle_threshold), DIR/barcode.png and, "
                        + "with shuffles, DIR/barcode_shuffle.png.",
                "Example: jcanns tda-vis --embedding activity.npy --n-points 1200 --shuffles 1000 --out tda"})
final class TdaVisCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--embedding", required = true, paramLabel = "E.npy",
            description = "Population activity (T, N): time bins by neurons (canns' embed_spike_trains output).")
    Path embedding;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--dim", defaultValue = "6", description = "PCA components (default: ${DEFAULT-VALUE}).")
    int dim;

    @Option(names = "--num-times", defaultValue = "5", description = "Keep every n-th time bin (default: ${DEFAULT-VALUE}).")
    int numTimes;

    @Option(names = "--active-times", defaultValue = "15000",
            description = "Most active bins kept (default: ${DEFAULT-VALUE}).")
    int activeTimes;

    @Option(names = "--k", defaultValue = "1000", description = "Neighbours of the denoising graph (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--n-points", defaultValue = "1200", description = "Landmarks (default: ${DEFAULT-VALUE}).")
    int nPoints;

    @Option(names = "--metric", defaultValue = "cosine", description = "cosine or euclidean (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--nbs", defaultValue = "800",
            description = "Neighbours of the landmark graph (default: ${DEFAULT-VALUE}).")
    int nbs;

    @Option(names = "--maxdim", defaultValue = "1", description = "Largest homology dimension (default: ${DEFAULT-VALUE}).")
    int maxDim;

    @Option(names = "--coeff", defaultValue = "47", description = "Prime p of Z/p (default: ${DEFAULT-VALUE}).")
    int coeff;

    @Option(names = "--shuffles", defaultValue = "0",
            description = "Shuffled copies for the significance test (default: none; canns runs 1000).")
    int shuffles;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the shuffles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for the shuffles (default: all processors); the result is the same for any N.")
    Integer threads;

    @Option(names = "--dpi", defaultValue = "100", description = "Resolution of the barcodes (default: ${DEFAULT-VALUE}).")
    double dpi;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        TdaConfig config = new TdaConfig(dim, numTimes, activeTimes, k, nPoints, Metric.of(metric), nbs, maxDim, coeff,
                shuffles, seed);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new IllegalArgumentException("--threads: expected 1 or more, got " + workers);
        }
        Path dir = out.toAbsolutePath();
        OutputPaths.requireFolder(dir.getParent(), "--out");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: " + out + " exists and is not a directory");
        }
        double[] embed;
        int times;
        int neurons;
        try (Arena arena = Arena.ofConfined()) {
            NpyArray a = Npy.load(embedding, arena);
            if (a.shape().length != 2) {
                throw new IllegalArgumentException("--embedding: expected a (T, N) array in " + embedding
                        + ", got shape " + Arrays.toString(a.shape()));
            }
            times = a.shape()[0];
            neurons = a.shape()[1];
            embed = a.toDoubles();
        }
        TdaResult r;
        try (ConsoleProgress bar = ConsoleProgress.of("tda-vis ", main.quiet)) {
            r = TdaVis.run(embed, times, neurons, config, workers, bar);
        }
        Files.createDirectories(dir);
        Map<String, NpyArray> arrays = new LinkedHashMap<>(PersistenceArrays.of(r.persistence(), r.distances(), true));
        arrays.put("indstemp", NpyArray.ofInts(r.indstemp(), r.indstemp().length));
        arrays.put("movetimes", NpyArray.ofInts(r.movetimes(), r.movetimes().length));
        List<double[]> diagrams = new ArrayList<>();
        for (int d = 0; d < r.persistence().diagrams().size(); d++) {
            diagrams.add(r.persistence().diagram(d).toArray());
        }
        BarcodePlot.plot(diagrams, null, dpi, dir.resolve("barcode.png"));
        ShuffleTest.Result s = r.shuffles();
        if (s != null) {
            double[] thresholds = new double[diagrams.size()];
            for (int d = 0; d < s.dimensions(); d++) {
                arrays.put("shuffle_max" + d, NpyArray.ofDoubles(s.maxLifetimes()[d], shuffles));
                thresholds[d] = s.threshold(d);
                System.out.println(String.format(Locale.ROOT,
                        "H%d: %d valid iterations | Mean maximum persistence: %.4f | 99.9th percentile: %.4f", d,
                        s.valid(d), s.mean(d), s.percentile(d, ShuffleTest.PERCENTILE)));
            }
            arrays.put("shuffle_threshold", NpyArray.ofDoubles(thresholds, thresholds.length));
            BarcodePlot.plot(diagrams, thresholds, dpi, dir.resolve("barcode_shuffle.png"));
        }
        Npz.save(dir.resolve("persistence.npz"), arrays, false);
        System.out.println("wrote " + out.resolve("persistence.npz") + ", " + out.resolve("barcode.png")
                + (s != null ? ", " + out.resolve("barcode_shuffle.png") : ""));
        System.err.println(String.format(Locale.ROOT, "points=%d maxdim=%d bars=%d shuffles=%d seconds=%.3f",
                r.nPoints(), maxDim, r.persistence().bars(), shuffles, (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
