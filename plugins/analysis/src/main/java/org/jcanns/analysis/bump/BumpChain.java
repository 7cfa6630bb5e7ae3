package org.jcanns.analysis.bump;

import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;

/**
 * One Metropolis chain of canns' {@code _mcmc}: every frame starts without bumps; each sweep visits the frames in
 * order and proposes one move per frame (create, delete, diffuse, change width, change amplitude, chosen by one
 * uniform draw as canns does), accepted when the change of the site term plus the couplings with both neighbours
 * is positive or with probability e^Δ.
 *
 * <p>Each bump keeps its profile {@code exp(κ cos(x_j − pos))}, so a move recomputes exponentials only for the bump
 * whose position or width it changed (none for amplitude moves and deletions). Not thread-safe: one chain, one
 * thread.
 */
final class BumpChain {
    private static final double TWO_PI = 2 * Math.PI;
    private final BumpModel model;
    private final BumpFitsConfig config;
    private final double[] y;
    private final int frames;
    private final int rois;
    private final int max;
    private final RandomGenerator rng;

    // The state of every frame: bump count, parameters, normaliser and profile of each bump slot.
    final int[] count;
    final double[] pos;
    final double[] ampli;
    final double[] kappa;
    private final double[] norm;
    private final double[] prof;
    private final double[] site;
    private final double[] coupling;

    // The proposal: one frame's state.
    private int pCount;
    private final double[] pPos;
    private final double[] pAmpli;
    private final double[] pKappa;
    private final double[] pNorm;
    private final double[] pProf;

    private double total;
    private long evaluated;
    private long accepted;

    /** A chain over {@code y} (frames × rois, median-normalised, row-major) drawing from {@code rng}. */
    BumpChain(double[] y, int frames, BumpFitsConfig config, RandomGenerator rng) {
        this.model = new BumpModel(config);
        this.config = config;
        this.y = y;
        this.frames = frames;
        this.rois = config.nRoi();
        this.max = config.nBumpMax();
        this.rng = rng;
        this.count = new int[frames];
        this.pos = new double[frames * max];
        this.ampli = new double[frames * max];
        this.kappa = new double[frames * max];
        this.norm = new double[frames * max];
        this.prof = new double[frames * max * rois];
        this.site = new double[frames];
        this.coupling = new double[frames - 1];
        this.pPos = new double[max];
        this.pAmpli = new double[max];
        this.pKappa = new double[max];
        this.pNorm = new double[max];
        this.pProf = new double[max * rois];
        for (int t = 0; t < frames; t++) {
            site[t] = model.site(y, t * rois, 0, ampli, norm, 0, prof, 0);
            total += site[t];
        }
    }

    /** The log-likelihood of the current state (kept up to date by adding each accepted change, as canns does). */
    double logLikelihood() {
        return total;
    }

    /** Proposals that were evaluated (moves that did not fail) and those accepted. */
    long evaluated() {
        return evaluated;
    }

    /** Proposals accepted. */
    long accepted() {
        return accepted;
    }

    /** Runs {@code sweeps} sweeps, telling {@code afterSweep} the number of each finished sweep (from 1). */
    void run(int sweeps, IntConsumer afterSweep) {
        for (int s = 1; s <= sweeps; s++) {
            for (int t = 0; t < frames; t++) {
                step(t);
            }
            afterSweep.accept(s);
        }
    }

    private void step(int t) {
        double u = rng.nextDouble();
        load(t);
        boolean moved;
        if (u < 0.01) {
            moved = create();
        } else if (u < 0.01 * (1 + pCount)) {
            moved = delete();
        } else if (u < 0.3) {
            moved = diffuse();
        } else if (u < 0.4) {
            moved = changeWidth();
        } else {
            moved = changeAmplitude();
        }
        if (!moved) {
            return;
        }
        evaluated++;
        double siteNew = model.site(y, t * rois, pCount, pAmpli, pNorm, 0, pProf, 0);
        double delta = siteNew - site[t];
        double before = 0;
        double after = 0;
        if (t > 0) {
            before = model.coupling(pos, (t - 1) * max, count[t - 1], pPos, 0, pCount);
            delta += before - coupling[t - 1];
        }
        if (t < frames - 1) {
            after = model.coupling(pPos, 0, pCount, pos, (t + 1) * max, count[t + 1]);
            delta += after - coupling[t];
        }
        if (delta > 0 || rng.nextDouble() < Math.exp(delta)) {
            store(t);
            site[t] = siteNew;
            if (t > 0) {
                coupling[t - 1] = before;
            }
            if (t < frames - 1) {
                coupling[t] = after;
            }
            total += delta;
            accepted++;
        }
    }

    private void load(int t) {
        pCount = count[t];
        int b = t * max;
        System.arraycopy(pos, b, pPos, 0, pCount);
        System.arraycopy(ampli, b, pAmpli, 0, pCount);
        System.arraycopy(kappa, b, pKappa, 0, pCount);
        System.arraycopy(norm, b, pNorm, 0, pCount);
        System.arraycopy(prof, b * rois, pProf, 0, pCount * rois);
    }

    private void store(int t) {
        count[t] = pCount;
        int b = t * max;
        System.arraycopy(pPos, 0, pos, b, pCount);
        System.arraycopy(pAmpli, 0, ampli, b, pCount);
        System.arraycopy(pKappa, 0, kappa, b, pCount);
        System.arraycopy(pNorm, 0, norm, b, pCount);
        System.arraycopy(pProf, 0, prof, b * rois, pCount * rois);
    }

    private boolean create() {
        if (pCount >= max) {
            return false;
        }
        int i = pCount++;
        pPos[i] = rng.nextDouble() * TWO_PI;
        pAmpli[i] = config.ampliMin();
        pKappa[i] = config.kappaMean();
        refresh(i);
        return true;
    }

    /** Removes a random bump: the last one takes its slot (canns' swap-with-last and pop). */
    private boolean delete() {
        if (pCount == 0) {
            return false;
        }
        int i = rng.nextInt(pCount);
        int last = --pCount;
        if (i < last) {
            pPos[i] = pPos[last];
            pAmpli[i] = pAmpli[last];
            pKappa[i] = pKappa[last];
            pNorm[i] = pNorm[last];
            System.arraycopy(pProf, last * rois, pProf, i * rois, rois);
        }
        return true;
    }

    private boolean diffuse() {
        if (pCount == 0) {
            return false;
        }
        int i = rng.nextInt(pCount);
        double p = (pPos[i] + rng.nextGaussian() * config.sigmaDiff()) % TWO_PI;
        pPos[i] = p < 0 ? p + TWO_PI : p;
        refresh(i);
        return true;
    }

    private boolean changeWidth() {
        if (pCount == 0) {
            return false;
        }
        int i = rng.nextInt(pCount);
        double k = pKappa[i] + rng.nextGaussian() * 0.5;
        if (k < 2.0 || k > 6.0) {
            return false;
        }
        pKappa[i] = k;
        refresh(i);
        return true;
    }

    private boolean changeAmplitude() {
        if (pCount == 0) {
            return false;
        }
        int i = rng.nextInt(pCount);
        double delta = rng.nextGaussian();
        if (pAmpli[i] + delta <= 0) {
            return false;
        }
        pAmpli[i] += delta;
        return true;
    }

    /** Recomputes the normaliser and profile of proposal bump {@code i} after its position or width changed. */
    private void refresh(int i) {
        pNorm[i] = model.normaliser(pKappa[i]);
        model.profile(pPos[i], pKappa[i], pProf, i * rois);
    }
}
