package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.analysis.NumericArrays;
import org.jcanns.analysis.bump.BumpFits;
import org.jcanns.analysis.bump.BumpFitsConfig;
import org.jcanns.analysis.bump.BumpFitsResult;
import org.jcanns.analysis.data.RoiFiles;
import org.jcanns.core.io.AtomicFiles;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;
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
        BumpFitsConfig config = config();
        requireExtension(out, ".npz", "--out");
        AtomicFiles.requireDirectory(out.toAbsolutePath().getParent());
        BumpAnimationJob anim = null;
        if (animation != null) {
            requireExtension(animation, ".gif", "--animation");
            AtomicFiles.requireDirectory(animation.toAbsolutePath().getParent());
            anim = new BumpAnimationJob(main.pluginPath, animationOptions, main.quiet);
            anim.validate();
        }
        NumericArray data = RoiFiles.load(roi);
        int columns = data.rank() == 2 ? data.dim(1) : 1;
        if (columns != nRoi) {
            throw new IllegalArgumentException("--roi " + roi + " has " + columns + " column" + (columns == 1 ? "" : "s")
                    + " but --n-roi is " + nRoi + ": give --n-roi " + columns + " or a (T, " + nRoi + ") file");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + t);
        }
        long start = System.nanoTime();
        BumpFitsResult result;
        try (ConsoleProgress progress = ConsoleProgress.of("bump_fits", main.quiet)) {
            result = BumpFits.fit(data, config, new AnalysisContext(null, progress, () -> false, t));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        NumericArrays.save(out, result.arrays());
        System.out.println("wrote " + out);
        if (anim != null) {
            anim.render(result.fits(), animation);
            System.out.println("wrote " + animation);
        }
        System.err.println(String.format(Locale.ROOT, "frames=%d rois=%d sweeps=%d chains=%d bumps=%d loglik=%.2f "
                        + "rhat=%.4f seconds=%.3f sweeps_per_s=%.1f threads=%d", data.dim(0), nRoi, nSteps, chains,
                result.fits().dim(0), result.convergence().finalLogLikelihood()[result.convergence().bestChain()],
                result.convergence().rhat(), seconds, (double) nSteps * chains / seconds, Math.min(t, chains)));
        return 0;
    }

    private BumpFitsConfig config() {
        ParameterSpec spec = new ParameterSpec("bump-fits", BumpFitsConfig.params());
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
        Params p = spec.parse(raw);
        return BumpFitsConfig.of(p);
    }

    static void requireExtension(Path file, String ext, String option) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)) {
            throw new IllegalArgumentException(option + " must name a " + ext + " file, got " + file);
        }
    }
}
