package org.jcanns.trainers;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Map;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.Patterns;
import org.jcanns.spi.train.Recall;
import org.jcanns.spi.train.RecallTrainer;
import org.jcanns.spi.train.RecurrentMemory;

/**
 * canns' HebbianTrainer. {@code train}: resize the network to the pattern length (keeping the learned block of W),
 * subtract the mean ρ of all pattern values, {@code W ← W + Σₚ(xₚ−ρ)(xₚ−ρ)ᵀ/P}, zero the diagonal; calls
 * accumulate. {@code recall}: up to {@code num_iter} network updates from each cue, all cues of a batch updated
 * together (one matrix product per update), each stopped early once an update leaves it unchanged
 * ({@code stop_early}): the state, and so the result, would stay as it is.
 *
 * <p>Differences from canns, on purpose: an empty pattern list and a cue whose length differs from the network's are
 * errors (canns returns, or silently resizes the network and loses part of W); predict leaves W alone (canns
 * resizes, which zeroes a diagonal kept by {@code zero_diagonal=false}).
 */
public class HebbianTrainer extends BaseTrainer implements RecallTrainer {
    /** The parameters, in canns' spelling. */
    public static List<Param> params() {
        return List.of(
                Param.bool("subtract_mean", true, "subtract the mean ρ of all pattern values before the outer products"),
                Param.bool("zero_diagonal", true, "set the self-connections W_ii to 0 after training"),
                Param.bool("normalize_by_patterns", true, "divide the summed outer products by the number of patterns"),
                Param.bool("preserve_on_resize", true, "keep the learned block of W when training resizes the network"),
                Param.integer("num_iter", 20, "most network updates per recall").atLeast(1),
                Param.bool("stop_early", true,
                        "end a recall once an update leaves the state unchanged (same result; off: canns' fixed count)"));
    }

    static final ParameterSpec SPEC = new ParameterSpec("trainer 'hebbian'", params());

    private final RecurrentMemory model;
    private final Kernels kernels;
    private final boolean anti;
    private final boolean subtractMean;
    private final boolean zeroDiagonal;
    private final boolean normalize;
    private final boolean preserveOnResize;
    private final boolean stopEarly;
    private int iterations;

    /** A Hebbian trainer for {@code model} with validated parameters (see {@link #params()}). */
    public HebbianTrainer(RecurrentMemory model, Params p, Kernels kernels) {
        this(model, p, kernels, false);
    }

    /** A trainer adding ({@code anti} false) or subtracting the outer products. */
    protected HebbianTrainer(RecurrentMemory model, Params p, Kernels kernels, boolean anti) {
        this.model = model;
        this.kernels = kernels;
        this.anti = anti;
        this.subtractMean = p.getBoolean("subtract_mean");
        this.zeroDiagonal = p.getBoolean("zero_diagonal");
        this.normalize = p.getBoolean("normalize_by_patterns");
        this.preserveOnResize = p.getBoolean("preserve_on_resize");
        this.stopEarly = p.getBoolean("stop_early");
        this.iterations = p.getInt("num_iter");
    }

    /** A Hebbian trainer with canns' defaults. */
    public static HebbianTrainer of(RecurrentMemory model, Kernels kernels) {
        return new HebbianTrainer(model, SPEC.parse(Map.of()), kernels);
    }

    @Override
    public int iterations() {
        return iterations;
    }

    @Override
    public void iterations(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("num_iter must be >= 1, got " + max);
        }
        iterations = max;
    }

    @Override
    public void train(Tensor patterns) {
        Patterns.requireBatch(patterns, "patterns");
        int p = patterns.dim(0), n = patterns.dim(1);
        progress(0, p);
        model.resize(n, preserveOnResize);
        float rho = 0;
        if (subtractMean) {
            // canns: the float32 sum of each pattern, summed over patterns, divided by P·N.
            float total = 0;
            for (int k = 0; k < p; k++) {
                total += kernels.elementWise().sum(patterns.slice(k));
            }
            rho = total / ((float) p * n);
        }
        model.learnOuterProducts(patterns, rho, normalize ? p : 1, anti, zeroDiagonal);
        progress(p, p);
    }

    @Override
    public void predict(Tensor pattern, Tensor out) {
        Patterns.requireLength(pattern, model.size(), "cue", "the network's neurons");
        recall(pattern.reshape(1, model.size()), out.reshape(1, model.size()));
    }

    @Override
    public Recall recall(Tensor cues, Tensor out) {
        int n = model.size();
        Patterns.requireBatch(cues, "cues");
        Patterns.requireLength(cues, n, "cues", "the network's neurons");
        if (out.rank() != 2 || out.dim(0) != cues.dim(0) || out.dim(1) != n) {
            throw new IllegalArgumentException("out must be (" + cues.dim(0) + ", " + n + "), got " + out);
        }
        int b = cues.dim(0), limit = iterations;
        float[][] energies = new float[b][limit + 1];
        int[] changes = new int[b];
        try (Arena arena = Arena.ofConfined()) {
            Tensor work = Tensor.allocate(arena, b, n), before = Tensor.allocate(arena, b, n);
            work.copyFrom(cues);
            // Row r of work holds cue cueOf[r]; settled cues leave, and the others move up, so that every update
            // is one product over the cues still changing.
            int[] cueOf = new int[b];
            for (int r = 0; r < b; r++) {
                cueOf[r] = r;
            }
            double[] e = new double[b];
            int active = b;
            long done = 0;
            for (int t = 0; t < limit && active > 0; t++) {
                Tensor now = rows(work, active), prev = rows(before, active);
                prev.copyFrom(now);
                model.updateBatch(now, e);
                int kept = 0;
                for (int r = 0; r < active; r++) {
                    int cue = cueOf[r];
                    energies[cue][t] = (float) e[r];
                    boolean changed = !same(now.slice(r), prev.slice(r));
                    if (changed) {
                        changes[cue]++;
                    }
                    if (stopEarly && !changed) {
                        java.util.Arrays.fill(energies[cue], t + 1, limit + 1, (float) e[r]);
                        out.slice(cue).copyFrom(now.slice(r));
                        done += limit - t;
                        continue;
                    }
                    if (kept != r) {
                        work.slice(kept).copyFrom(work.slice(r));
                    }
                    cueOf[kept++] = cue;
                    done++;
                }
                active = kept;
                progress(done, (long) b * limit);
            }
            if (active > 0) {
                model.energies(rows(work, active), e);
                for (int r = 0; r < active; r++) {
                    energies[cueOf[r]][limit] = (float) e[r];
                    out.slice(cueOf[r]).copyFrom(work.slice(r));
                }
            }
        }
        // canns leaves the network in the last recalled state.
        model.state("s").copyFrom(out.slice(b - 1));
        return new Recall(energies, changes);
    }

    private static Tensor rows(Tensor t, int count) {
        return count == t.dim(0) ? t
                : Tensor.wrap(t.segment().asSlice(0, (long) count * t.dim(1) * Float.BYTES), count, t.dim(1));
    }

    /** Bitwise equality: the next update of bit-identical states is bit-identical, so stopping on it is exact. */
    private static boolean same(Tensor a, Tensor b) {
        return a.segment().mismatch(b.segment()) == -1;
    }
}
