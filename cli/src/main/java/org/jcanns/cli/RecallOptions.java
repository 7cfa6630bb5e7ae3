package org.jcanns.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options {@code hopfield} and {@code hopfield-images} share: update limit, weight form, update order, seed. */
final class RecallOptions {
    @Option(names = "--iterations", defaultValue = "20", paramLabel = "N",
            description = "Most updates per cue (canns' num_iter; default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--weights", defaultValue = "auto", paramLabel = "FORM",
            description = "How W·s is computed: auto, dense, compact or low-rank (default: ${DEFAULT-VALUE}).")
    String weights;

    @Option(names = "--asyn", description = "Update neurons one at a time in a random (seeded) order.")
    boolean asyn;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Random seed (default: 0).")
    long seed;

    /** A run with these options and the given extra model parameters; fails on a bad --iterations. */
    HopfieldRun run(Map<String, String> modelParams, boolean quiet) {
        if (iterations < 1) {
            throw new IllegalArgumentException("--iterations must be >= 1, got " + iterations);
        }
        HopfieldRun run = new HopfieldRun();
        run.modelParams = new LinkedHashMap<>(modelParams);
        run.modelParams.put("weights", weights);
        run.modelParams.put("asyn", Boolean.toString(asyn));
        run.iterations = iterations;
        run.seed = seed;
        run.quiet = quiet;
        return run;
    }
}
