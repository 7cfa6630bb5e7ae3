package org.jcanns.analysis.bump;

import java.util.List;
import java.util.Locale;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' {@code BumpFitsConfig} (same names and defaults) plus what jcanns adds: a seed that is always set, the
 * number of independent chains, the I₀ form, the bump matching between frames and how often the log-likelihood
 * is recorded.
 *
 * @param nSteps sweeps over all frames
 * @param nRoi ROIs on the ring (columns of the data)
 * @param nBumpMax most bumps per frame
 * @param sigmaDiff standard deviation of a position move (rad)
 * @param ampliMin amplitude of a new bump
 * @param kappaMean concentration κ of a new bump
 * @param sig2 noise variance of the data term
 * @param penbump penalty per bump
 * @param jc coupling strength between consecutive frames
 * @param beta inverse temperature
 * @param seed random seed; chain c draws from {@code Seeds.forCopy(seed, c)}
 * @param chains independent chains (run in parallel; the best final log-likelihood is reported)
 * @param i0 how the von Mises normaliser I₀(κ) is computed
 * @param matching how bumps of consecutive frames are paired in the coupling term
 * @param traceEvery record the log-likelihood every this many sweeps
 */
public record BumpFitsConfig(int nSteps, int nRoi, int nBumpMax, double sigmaDiff, double ampliMin, double kappaMean,
                             double sig2, double penbump, double jc, double beta, long seed, int chains, I0 i0,
                             Matching matching, int traceEvery) {
    /** The von Mises normaliser's I₀. */
    public enum I0 {
        /** The exact function (scipy's {@code i0}; canns' pure-numpy path). The default. */
        EXACT,
        /** canns' numba approximation ({@link Bessel#i0Numba}), the path canns normally runs. */
        NUMBA
    }

    /** How the coupling term pairs the bumps of consecutive frames. */
    public enum Matching {
        /** canns' numba path: greedy when both frames have at most 4 bumps, else the optimal assignment. */
        AUTO,
        /** canns' pure-numpy path: always the optimal (Hungarian) assignment. */
        HUNGARIAN
    }

    /** Checks every field, naming the parameter as canns does. */
    public BumpFitsConfig {
        atLeast("n_steps", nSteps, 1);
        atLeast("n_roi", nRoi, 1);
        atLeast("n_bump_max", nBumpMax, 1);
        atLeast("chains", chains, 1);
        atLeast("trace_every", traceEvery, 1);
        positive("sigma_diff", sigmaDiff);
        positive("ampli_min", ampliMin);
        positive("kappa_mean", kappaMean);
        positive("sig2", sig2);
        positive("beta", beta);
        finite("penbump", penbump);
        finite("jc", jc);
    }

    /** canns' defaults (20000 sweeps, 16 ROIs, 4 bumps, ...), seed 0, one chain, exact I₀, canns' matching. */
    public static BumpFitsConfig defaults() {
        return new BumpFitsConfig(20000, 16, 4, 0.5, 2.0, 2.5, 1.0, 0.4, 1.8, 5.0, 0, 1, I0.EXACT, Matching.AUTO, 100);
    }

    /** The parameters as an analyzer or the command line takes them, with canns' names and defaults. */
    public static List<Param> params() {
        BumpFitsConfig d = defaults();
        return List.of(
                Param.integer("n_steps", d.nSteps, "MCMC sweeps over all frames").atLeast(1),
                Param.integer("n_roi", d.nRoi, "ROIs on the ring: columns of the data").atLeast(1),
                Param.integer("n_bump_max", d.nBumpMax, "most bumps per frame").atLeast(1),
                Param.real("sigma_diff", d.sigmaDiff, "standard deviation of a position move (rad)").positive(),
                Param.real("ampli_min", d.ampliMin, "amplitude of a new bump").positive(),
                Param.real("kappa_mean", d.kappaMean, "concentration of a new bump").positive(),
                Param.real("sig2", d.sig2, "noise variance of the data term").positive(),
                Param.real("penbump", d.penbump, "log-likelihood penalty per bump"),
                Param.real("jc", d.jc, "coupling between consecutive frames"),
                Param.real("beta", d.beta, "inverse temperature").positive(),
                Param.integer("random_seed", 0, "seed; chain c uses an independent stream derived from it"),
                Param.integer("chains", d.chains, "independent chains, run in parallel").atLeast(1),
                Param.choice("i0", "exact", List.of("exact", "numba"),
                        "I0 of the von Mises normaliser: exact, or canns' numba approximation"),
                Param.choice("matching", "auto", List.of("auto", "hungarian"),
                        "pairing of bumps between frames: greedy up to 4 bumps (canns' numba path) or always optimal"),
                Param.integer("trace_every", d.traceEvery, "record the log-likelihood every this many sweeps")
                        .atLeast(1));
    }

    /** The configuration of validated {@link #params()}. */
    public static BumpFitsConfig of(Params p) {
        return new BumpFitsConfig(p.getInt("n_steps"), p.getInt("n_roi"), p.getInt("n_bump_max"),
                p.getDouble("sigma_diff"), p.getDouble("ampli_min"), p.getDouble("kappa_mean"), p.getDouble("sig2"),
                p.getDouble("penbump"), p.getDouble("jc"), p.getDouble("beta"), p.getInt("random_seed"),
                p.getInt("chains"), I0.valueOf(p.getString("i0").toUpperCase(Locale.ROOT)),
                Matching.valueOf(p.getString("matching").toUpperCase(Locale.ROOT)), p.getInt("trace_every"));
    }

    /** This configuration with {@code nSteps} sweeps. */
    public BumpFitsConfig withSteps(int nSteps) {
        return new BumpFitsConfig(nSteps, nRoi, nBumpMax, sigmaDiff, ampliMin, kappaMean, sig2, penbump, jc, beta,
                seed, chains, i0, matching, traceEvery);
    }

    /** This configuration with another seed and chain count. */
    public BumpFitsConfig withChains(long seed, int chains) {
        return new BumpFitsConfig(nSteps, nRoi, nBumpMax, sigmaDiff, ampliMin, kappaMean, sig2, penbump, jc, beta,
                seed, chains, i0, matching, traceEvery);
    }

    /** This configuration with at most {@code nBumpMax} bumps per frame. */
    public BumpFitsConfig withBumpMax(int nBumpMax) {
        return new BumpFitsConfig(nSteps, nRoi, nBumpMax, sigmaDiff, ampliMin, kappaMean, sig2, penbump, jc, beta,
                seed, chains, i0, matching, traceEvery);
    }

    /** This configuration with another I₀ form and matching. */
    public BumpFitsConfig withForms(I0 i0, Matching matching) {
        return new BumpFitsConfig(nSteps, nRoi, nBumpMax, sigmaDiff, ampliMin, kappaMean, sig2, penbump, jc, beta,
                seed, chains, i0, matching, traceEvery);
    }

    private static void atLeast(String name, long v, long min) {
        if (v < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + v);
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + v);
        }
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + v);
        }
    }
}
