package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.NumericArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns bump-fits}: canns' 1D bump fitting of recorded ROI data, and optionally its animation. */
@Command(name = "bump-fits", mixinStandardHelpOptions = true,
        description = {"Fit 1D CANN bumps to ROI data by MCMC (canns' bump_fits) and write fits, nbump, centrbump",
                "and the chains' convergence summary as .npz; --animation also writes canns' bump animation (GIF).",
                "Example: jcanns bump-fits --roi roi.txt --n-steps 5000 --seed 42 --out fits.npz --animation bump.gif"})
final class BumpFitsCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--roi", required = true, paramLabel = "FILE",
            description = "ROI data (T, n_roi): whitespace text as np.loadtxt, .npy, .npz (array 'data') or .mat.")
    Path roi;

    @Option(names = "--n-steps", defaultValue = "20000", paramLabel = "N", description = "MCMC sweeps (default: 20000).")
    int nSteps;

    @Option(names = "--n-roi", defaultValue = "16", paramLabel = "N", description = "ROIs: columns of the data (default: 16).")
    int nRoi;

    @Option(names = "--n-bump-max", defaultValue = "4", paramLabel = "N", description = "Most bumps per frame (default: 4).")
    int nBumpMax;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed (default: 0).")
    int seed;

    @Option(names = "--chains", defaultValue = "1", paramLabel = "C",
            description = "Independent chains, run in parallel; the best is reported (default: 1).")
    int chains;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for the chains (default: all processors).")
    Integer threads;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Other bump_fits parameters: sigma_diff, ampli_min, kappa_mean, sig2, penbump, jc, beta, "
                    + "i0 (exact|numba), matching (auto|hungarian), trace_every.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.npz", description = "Output file.")
    Path out;

    @Option(names = "--animation", paramLabel = "FILE.gif", description = "Also write canns' 1D bump animation.")
    Path animation;

    @Option(names = {"-a", "--animation-option"}, paramLabel = "NAME=VALUE",
            description = "Options of the animation (cann1d_bump_animation preset: fps, nframes, bump_selection, ...).")
    Map<String, String> animationOptions = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        requireExtension(out, ".npz", "--out");
        if (animation != null) {
            requireExtension(animation, ".gif", "--animation");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + t);
        }
        try (OutputFiles outputs = new OutputFiles(); Registry registry = Registry.discover(main.pluginPath)) {
            OutputFiles.Output outFile = outputs.add("--out", out);
            OutputFiles.Output animationFile = animation == null ? null : outputs.add("--animation", animation);
            Map<String, String> fitParams = params(registry);
            BumpAnimationJob anim = animation == null ? null : new BumpAnimationJob(registry, animationOptions,
                    main.quiet);
            if (anim != null) {
                anim.validate();
            }
            NumericArray data = Analyses.run(registry, "load-roi-data", Map.of("source", roi.toString()), Map.of(),
                    AnalysisContext.quiet()).array("data");
            int columns = data.rank() == 2 ? data.dim(1) : 1;
            if (columns != nRoi) {
                throw new IllegalArgumentException("--roi " + roi + " has " + columns + " column"
                        + (columns == 1 ? "" : "s") + " but --n-roi is " + nRoi + ": give --n-roi " + columns
                        + " or a (T, " + nRoi + ") file");
            }
            long start = System.nanoTime();
            AnalysisResult result;
            try (ConsoleProgress progress = ConsoleProgress.of("bump_fits", main.quiet)) {
                result = Analyses.run(registry, "bump-fits", fitParams, Map.of("data", data),
                        new AnalysisContext(null, progress, () -> false, t));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            outFile.write(stream -> Npz.write(stream, Analyses.npy(result.arrays()), false));
            if (anim != null) {
                animationFile.writeWith(file -> anim.render(result.array("fits"), file));
            }
            outputs.commit();
            System.out.println("wrote " + out);
            if (anim != null) {
                System.out.println("wrote " + animation);
            }
            int best = (int) result.array("best_chain").get(0);
            System.err.println(String.format(Locale.ROOT, "frames=%d rois=%d sweeps=%d chains=%d bumps=%d "
                            + "loglik=%.2f rhat=%.4f seconds=%.3f sweeps_per_s=%.1f threads=%d", data.dim(0), nRoi,
                    nSteps, chains, result.array("fits").dim(0), result.array("chain_loglik").get(best),
                    result.array("rhat_loglik").get(0), seconds, (double) nSteps * chains / seconds,
                    Math.min(t, chains)));
        }
        return 0;
    }

    /** The bump-fits parameters: the named options plus {@code -p}, checked against the analyzer's spec. */
    private Map<String, String> params(Registry registry) {
        Map<String, String> raw = new LinkedHashMap<>(params);
        for (String named : new String[] {"n_steps", "n_roi", "n_bump_max", "random_seed", "chains"}) {
            if (raw.containsKey(named)) {
                throw new IllegalArgumentException("give " + named + " as --" + (named.equals("random_seed") ? "seed"
                        : named.replace('_', '-')) + ", not -p");
            }
        }
        raw.put("n_steps", Integer.toString(nSteps));
        raw.put("n_roi", Integer.toString(nRoi));
        raw.put("n_bump_max", Integer.toString(nBumpMax));
        raw.put("random_seed", Integer.toString(seed));
        raw.put("chains", Integer.toString(chains));
        registry.analyzer("bump-fits").parameters().parse(raw);
        return raw;
    }

    static void requireExtension(Path file, String ext, String option) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)) {
            throw new IllegalArgumentException(option + " must name a " + ext + " file, got " + file);
        }
    }
}
