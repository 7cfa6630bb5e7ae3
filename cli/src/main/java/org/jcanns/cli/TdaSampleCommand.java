package org.jcanns.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jcanns.analysis.tda.TorusPopulation;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.topology.SampleClouds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns tda-sample}: seeded example data with known topology for {@code tda} and {@code tda-vis}. */
@Command(name = "tda-sample", mixinStandardHelpOptions = true,
        description = {"Example data with known topology: a point cloud (circle, sphere, torus in R^4, uniform cube) "
                + "for jcanns tda, or grid-cells: a (T, N) population whose activity lies on a torus, for "
                + "jcanns tda-vis.",
                "Example: jcanns tda-sample torus --points 400 --out torus.npy"})
final class TdaSampleCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", paramLabel = "KIND", description = "circle, sphere, torus, uniform or grid-cells.")
    String kind;

    @Option(names = "--points", defaultValue = "400", description = "Points of a cloud (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--noise", defaultValue = "0.05",
            description = "Gaussian noise of a cloud (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--times", defaultValue = "20000", description = "Time bins of grid-cells (default: ${DEFAULT-VALUE}).")
    int times;

    @Option(names = "--neurons", defaultValue = "64", description = "Neurons of grid-cells (default: ${DEFAULT-VALUE}).")
    int neurons;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.npy", description = "Output file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        OutputPaths.requireFolder(out.toAbsolutePath().getParent(), "--out");
        if (!kind.equals("grid-cells") && points < 1) {
            throw new IllegalArgumentException("--points: expected 1 or more, got " + points);
        }
        if (!(noise >= 0)) {
            throw new IllegalArgumentException("--noise: expected 0 or more, got " + noise);
        }
        NpyArray a = switch (kind.toLowerCase(Locale.ROOT)) {
            case "circle" -> NpyArray.ofDoubles(SampleClouds.circle(points, noise, seed), points, 2);
            case "sphere" -> NpyArray.ofDoubles(SampleClouds.sphere(points, noise, seed), points, 3);
            case "torus" -> NpyArray.ofDoubles(SampleClouds.torus(points, noise, seed), points, 4);
            case "uniform" -> NpyArray.ofDoubles(SampleClouds.uniform(points, 3, seed), points, 3);
            case "grid-cells" -> NpyArray.ofDoubles(TorusPopulation.generate(times, neurons, seed), times, neurons);
            default -> throw new IllegalArgumentException("KIND: expected circle, sphere, torus, uniform or grid-cells, "
                    + "got '" + kind + "'");
        };
        Npy.save(out, a);
        System.out.println("wrote " + out);
        return 0;
    }
}
