package org.jcanns.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jcanns.analysis.tda.DistanceInput;
import org.jcanns.analysis.tda.PersistenceArrays;
import org.jcanns.core.io.Npz;
import org.jcanns.core.topology.Metric;
import org.jcanns.core.topology.RipsDistances;
import org.jcanns.core.topology.RipsOptions;
import org.jcanns.core.topology.RipsResult;
import org.jcanns.core.topology.VietorisRips;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns tda}: Vietoris–Rips persistence barcodes (and cocycles) of a point cloud or a distance matrix. */
@Command(name = "tda", mixinStandardHelpOptions = true,
        description = {"Persistent homology of the Vietoris-Rips filtration over Z/p (as ripser.py), with cocycles.",
                "Writes dgm0, dgm1, ... (float64 (k, 2), death +inf for classes that never die) and, with "
                        + "--cocycles, cocycles<d> (int64 rows: d+1 vertices largest first, then the value), "
                        + "cocycles<d>_offsets (bar i: rows offsets[i]..offsets[i+1]) and dperm2all (the distances).",
                "Example: jcanns tda --points torus.npy --maxdim 2 --out ph.npz"})
final class TdaCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Exactly one of a point cloud or a distance matrix. */
    static final class Input {
        @Option(names = "--points", required = true, paramLabel = "X.npy",
                description = "Point cloud: an (n, d) array, one point per row.")
        Path points;

        @Option(names = "--distances", required = true, paramLabel = "D.npy|D.npz",
                description = "Distance matrix: a full (n, n) .npy (+inf: no edge), or a sparse .npz with row, col, "
                        + "data and shape (a scipy COO matrix's fields).")
        Path distances;
    }

    @Option(names = "--metric", defaultValue = "euclidean", paramLabel = "NAME",
            description = "Distance between points: euclidean or cosine (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--maxdim", defaultValue = "1", paramLabel = "D",
            description = "Largest homology dimension (default: ${DEFAULT-VALUE}).")
    int maxDim;

    @Option(names = "--coeff", defaultValue = "47", paramLabel = "P",
            description = "Prime p of the coefficient field Z/p (default: ${DEFAULT-VALUE}, as canns).")
    int coeff;

    @Option(names = "--threshold", defaultValue = "Infinity", paramLabel = "T",
            description = "Largest diameter of the complexes (default: none; the enclosing radius when one point "
                    + "reaches all others, which changes nothing).")
    double threshold;

    @Option(names = "--cocycles", description = "Also write representative cocycles and dperm2all.")
    boolean cocycles;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PH.npz", description = "Output file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        RipsOptions options = new RipsOptions(maxDim, coeff, threshold, cocycles);
        Metric m = Metric.of(metric);
        OutputPaths.requireFolder(out.toAbsolutePath().getParent(), "--out");
        RipsDistances d = input.points != null ? DistanceInput.points(input.points, m)
                : DistanceInput.distances(input.distances);
        RipsResult result;
        try (ConsoleProgress bar = ConsoleProgress.of("tda     ", main.quiet)) {
            result = VietorisRips.compute(d, options, bar);
        }
        Npz.save(out, PersistenceArrays.of(result, d, cocycles), false);
        System.out.println("wrote " + out);
        System.err.println(String.format(Locale.ROOT, "points=%d maxdim=%d bars=%d seconds=%.3f", d.size(), maxDim,
                result.bars(), (System.nanoTime() - start) / 1e9));
        return 0;
    }
}
