package org.jcanns.analysis.bump;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jcanns.analysis.data.RoiFiles;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.NumericArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * canns' {@code bump_fits}: fits 0..n_bump_max von Mises bumps to every frame of ROI data (T, n_roi) by Metropolis
 * sampling (§4.6). The data are normalised as canns does ({@code y = flat/median(flat) − 1}); chain c draws from
 * {@code Seeds.forCopy(seed, c)} and the chains run in parallel on the context's threads, so a seed gives the same
 * result whatever the thread count. The chain with the highest final log-likelihood gives the fits.
 */
public final class BumpFits {
    private static final Logger LOG = LoggerFactory.getLogger(BumpFits.class);

    private BumpFits() {
    }

    /** Fits {@code data} (T, n_roi), reporting sweeps of all chains to the context's listener. */
    public static BumpFitsResult fit(NumericArray data, BumpFitsConfig config, AnalysisContext context) {
        RoiFiles.validate(data, "data");
        if (data.rank() != 2 || data.dim(1) != config.nRoi()) {
            throw new IllegalArgumentException("data has " + (data.rank() == 2 ? data.dim(1) + " columns (ROIs)"
                    : "shape " + Arrays.toString(data.shape())) + " but n_roi is " + config.nRoi()
                    + ": expected a (T, " + config.nRoi() + ") array, one row per frame");
        }
        int frames = data.dim(0);
        if (frames < 2) {
            throw new IllegalArgumentException("data has " + frames + " frame; bump_fits needs at least 2 (it couples "
                    + "consecutive frames)");
        }
        double[] y = normalise(data.values());
        Runs runs = runChains(y, frames, config, context);
        List<BumpChain> chains = runs.chains();
        double[][] traces = runs.traces().toArray(double[][]::new);
        int best = 0;
        for (int c = 0; c < chains.size(); c++) {
            if (chains.get(c).logLikelihood() > chains.get(best).logLikelihood()) {
                best = c;
            }
        }
        BumpChain chosen = chains.get(best);
        double[] finals = new double[chains.size()];
        double[] acceptance = new double[chains.size()];
        double[] disagreement = new double[chains.size()];
        for (int c = 0; c < chains.size(); c++) {
            BumpChain ch = chains.get(c);
            finals[c] = ch.logLikelihood();
            acceptance[c] = ch.evaluated() == 0 ? 0 : (double) ch.accepted() / ch.evaluated();
            disagreement[c] = disagreement(ch, chosen, frames, config.nBumpMax());
        }
        Convergence convergence = new Convergence(finals, acceptance, traces, Convergence.rhat(traces), disagreement,
                best);
        return outputs(chosen, data, frames, config, convergence);
    }

    /** The finished chains and their log-likelihood traces, in chain order. */
    private record Runs(List<BumpChain> chains, List<double[]> traces) {
    }

    /** canns' normalisation: {@code flat/median(flat) − 1}; the median must be finite and non-zero. */
    static double[] normalise(double[] flat) {
        double[] sorted = flat.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        if (median == 0 || !Double.isFinite(median)) {
            throw new IllegalArgumentException("the median of the data is " + median + "; bump_fits divides the data "
                    + "by it (fluorescence should be positive)");
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = flat[i] / median - 1.0;
        }
        return y;
    }

    private static Runs runChains(double[] y, int frames, BumpFitsConfig config, AnalysisContext context) {
        int chains = config.chains();
        long total = (long) chains * config.nSteps();
        Object lock = new Object();
        long[] done = {0};
        ProgressListener progress = context.progress();
        List<double[]> traces = new ArrayList<>();
        for (int c = 0; c < chains; c++) {
            traces.add(new double[config.nSteps() / config.traceEvery()]);
        }
        int threads = Math.min(context.threads(), chains);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jcanns-bump-fits");
            t.setDaemon(true);
            return t;
        });
        List<Future<BumpChain>> futures = new ArrayList<>();
        try {
            for (int c = 0; c < chains; c++) {
                int index = c;
                futures.add(pool.submit(() -> {
                    BumpChain chain = new BumpChain(y, frames, config, Seeds.forCopy(config.seed(), index));
                    if (index == 0) {
                        LOG.info("bump_fits: {} frames of {} ROIs, initial log-likelihood {}", frames,
                                config.nRoi(), String.format(java.util.Locale.ROOT, "%.2f", chain.logLikelihood()));
                    }
                    double[] trace = traces.get(index);
                    chain.run(config.nSteps(), sweep -> {
                        if (sweep % config.traceEvery() == 0 && sweep / config.traceEvery() <= trace.length) {
                            trace[sweep / config.traceEvery() - 1] = chain.logLikelihood();
                        }
                        synchronized (lock) {
                            progress.update(++done[0], total);
                        }
                        context.checkCancelled();
                    });
                    return chain;
                }));
            }
            List<BumpChain> out = new ArrayList<>();
            for (Future<BumpChain> f : futures) {
                out.add(take(f));
            }
            return new Runs(out, traces);
        } finally {
            for (Future<BumpChain> f : futures) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static BumpChain take(Future<BumpChain> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while fitting bumps");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("bump_fits chain failed: " + e.getCause(), e.getCause());
        }
    }

    /** Median circular distance between the strongest bumps of two chains over frames where both have one. */
    private static double disagreement(BumpChain a, BumpChain b, int frames, int max) {
        double[] d = new double[frames];
        int n = 0;
        for (int t = 0; t < frames; t++) {
            int ia = strongest(a, t, max);
            int ib = strongest(b, t, max);
            if (ia >= 0 && ib >= 0) {
                double x = Math.abs(a.pos[ia] - b.pos[ib]);
                d[n++] = x > Math.PI ? 2 * Math.PI - x : x;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(d, 0, n);
        return n % 2 == 1 ? d[n / 2] : 0.5 * (d[n / 2 - 1] + d[n / 2]);
    }

    private static int strongest(BumpChain c, int t, int max) {
        int best = -1;
        for (int k = 0; k < c.count[t]; k++) {
            int i = t * max + k;
            if (best < 0 || c.ampli[i] > c.ampli[best]) {
                best = i;
            }
        }
        return best;
    }

    /** canns' fits, nbump and centrbump arrays of a chain's final state. */
    private static BumpFitsResult outputs(BumpChain chain, NumericArray data, int frames, BumpFitsConfig config,
                                          Convergence convergence) {
        int rois = config.nRoi();
        int max = config.nBumpMax();
        int bumps = Arrays.stream(chain.count).sum();
        double[] fits = new double[bumps * 4];
        double[] nbump = new double[frames * (rois + 2)];
        double[] centr = new double[bumps * rois * 2];
        BumpModel model = new BumpModel(config);
        double[] profile = new double[rois];
        int f = 0;
        int c = 0;
        for (int t = 0; t < frames; t++) {
            nbump[t * (rois + 2)] = t;
            nbump[t * (rois + 2) + 1] = chain.count[t];
            for (int k = 0; k < chain.count[t]; k++) {
                int i = t * max + k;
                double pos = chain.pos[i];
                double ampli = chain.ampli[i];
                fits[f * 4] = t;
                fits[f * 4 + 1] = pos;
                fits[f * 4 + 2] = ampli;
                fits[f * 4 + 3] = chain.kappa[i];
                f++;
                model.profile(pos, chain.kappa[i], profile, 0);
                double weight = ampli * model.normaliser(chain.kappa[i]);
                for (int j = 0; j < rois; j++) {
                    nbump[t * (rois + 2) + 2 + j] += weight * profile[j];
                    double d = pos - j * 2 * Math.PI / rois;
                    d = d > Math.PI ? d - 2 * Math.PI : d < -Math.PI ? d + 2 * Math.PI : d;
                    centr[c * 2] = d;
                    centr[c * 2 + 1] = data.get(t, j) / ampli;
                    c++;
                }
            }
        }
        return new BumpFitsResult(NumericArray.of(fits, bumps, 4), NumericArray.of(nbump, frames, rois + 2),
                NumericArray.of(centr, bumps * rois, 2), convergence);
    }
}
